//! Builders for promises (DESIGN §11), each one undo step: add, edit, keep (optionally as
//! a gift, which logs the touch and the gift in the same step), reopen, delete.

use chrono::NaiveDate;

use crate::domain::{
    AskId, Channel, ContactId, Direction, Gift, GiftId, GiftKind, Network, Promise, PromiseId,
    Touch, TouchId, TouchKind,
};
use crate::i18n::tr;

use super::Action;

/// What a new promise says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewPromise {
    /// Who it is made to (or by).
    pub contact: ContactId,
    /// What.
    pub text: String,
    /// By when.
    pub due: NaiveDate,
    /// Outbound: mine to them; inbound: theirs to me.
    pub direction: Direction,
    /// The touch it came from.
    pub touch: Option<TouchId>,
    /// The ask it answers.
    pub ask: Option<AskId>,
}

impl NewPromise {
    /// A promise of mine to `contact`.
    pub fn mine(contact: ContactId, text: &str, due: NaiveDate) -> Self {
        Self {
            contact,
            text: text.trim().to_owned(),
            due,
            direction: Direction::Outbound,
            touch: None,
            ask: None,
        }
    }

    /// The record, with id `id`, written down on `today`.
    pub fn record(&self, id: PromiseId, today: NaiveDate) -> Promise {
        Promise {
            id,
            contact: self.contact,
            text: self.text.trim().to_owned(),
            due: self.due,
            done: None,
            direction: self.direction,
            created: today,
            touch: self.touch,
            ask: self.ask,
        }
    }
}

/// Adds a promise; returns its id and the step. `None` when the text is empty.
pub fn add_promise(
    network: &Network,
    promise: &NewPromise,
    today: NaiveDate,
) -> Option<(PromiseId, Action)> {
    if promise.text.trim().is_empty() {
        return None;
    }
    let id = PromiseId::new(network.fresh_id());
    let record = promise.record(id, today);
    let label = tr!("action-add-promise", text = record.text.as_str());
    Some((
        id,
        Action::batch(label, vec![Action::InsertPromise(Box::new(record))]),
    ))
}

/// Changes a promise's text, due day and whose it is; `None` when nothing changes or the
/// text is empty.
pub fn edit_promise(
    network: &Network,
    id: PromiseId,
    text: &str,
    due: NaiveDate,
    direction: Direction,
) -> Option<Action> {
    let old = network.promise(id)?;
    let mut edited = old.clone();
    edited.text = text.trim().to_owned();
    edited.due = due;
    edited.direction = direction;
    if edited == *old || edited.text.is_empty() {
        return None;
    }
    let label = tr!("action-edit-promise", text = edited.text.as_str());
    Some(Action::batch(
        label,
        vec![Action::ReplacePromise(Box::new(edited))],
    ))
}

/// Marks a promise kept on `today`. `as_gift`: it was value given (or, for their promise,
/// received), so a touch and a knowledge gift are logged in the same undo step. `None`
/// when the promise is unknown or already kept.
pub fn promise_done(
    network: &Network,
    id: PromiseId,
    today: NaiveDate,
    as_gift: bool,
) -> Option<Action> {
    let promise = network.promise(id)?;
    if !promise.is_open() {
        return None;
    }
    let mut kept = promise.clone();
    kept.done = Some(today);
    let mut actions = vec![Action::ReplacePromise(Box::new(kept))];
    let label = if as_gift {
        let mut ids = network.fresh_ids(2);
        let touch_id = TouchId::new(ids.next().unwrap_or_else(|| network.fresh_id()));
        let gift_id = GiftId::new(ids.next().unwrap_or_else(|| network.fresh_id() + 1));
        actions.push(Action::InsertTouch(Box::new(Touch {
            id: touch_id,
            date: today,
            contacts: vec![promise.contact],
            channel: Channel::Message,
            direction: promise.direction,
            kind: TouchKind::Meaningful,
            note: promise.text.clone(),
            awaiting_reply: false,
            capture_key: String::new(),
        })));
        actions.push(Action::InsertGift(Box::new(Gift {
            id: gift_id,
            contact: promise.contact,
            date: today,
            direction: promise.direction,
            kind: GiftKind::Knowledge,
            item: None,
            note: promise.text.clone(),
            touch: Some(touch_id),
        })));
        tr!("action-promise-done-gift", text = promise.text.as_str())
    } else {
        tr!("action-promise-done", text = promise.text.as_str())
    };
    Some(Action::batch(label, actions))
}

/// Opens a kept promise again (the gift it was logged with stays).
pub fn reopen_promise(network: &Network, id: PromiseId) -> Option<Action> {
    let promise = network.promise(id)?;
    promise.done?;
    let mut open = promise.clone();
    open.done = None;
    let label = tr!("action-reopen-promise", text = promise.text.as_str());
    Some(Action::batch(
        label,
        vec![Action::ReplacePromise(Box::new(open))],
    ))
}

/// Deletes a promise.
pub fn delete_promise(network: &Network, id: PromiseId) -> Option<Action> {
    network.promise(id)?;
    Some(Action::batch(
        tr!("action-remove-promise"),
        vec![Action::RemovePromise(id)],
    ))
}

use chrono::NaiveDate;

use crate::domain::{
    Ask, AskId, AskKind, AskStatus, Channel, ContactId, Direction, Gift, GiftId, GiftKind,
    LibraryItemId, Network, Promise, PromiseId, Touch, TouchId, TouchKind,
};
use crate::review::ask_readiness_with_gift;

use super::{Action, LogError};

/// One logged interaction: a touch, and optionally a gift given, a gift received and an
/// ask, recorded together as a single undo step (giving and asking are touches too).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogEntry {
    /// Who it involved.
    pub contacts: Vec<ContactId>,
    /// The day.
    pub date: NaiveDate,
    /// How.
    pub channel: Channel,
    /// Who reached out.
    pub direction: Direction,
    /// Meaningful, light, or "shared my work".
    pub kind: TouchKind,
    /// What it was about.
    pub note: String,
    /// They wrote and wait for my answer.
    pub awaiting_reply: bool,
    /// A gift I gave.
    pub gave: Option<GiftKind>,
    /// The library item given, if any.
    pub gave_item: Option<LibraryItemId>,
    /// A gift I received.
    pub received: Option<GiftKind>,
    /// An ask I made.
    pub asked: Option<AskKind>,
    /// Record the ask even if it is not ready (marked premature).
    pub ask_anyway: bool,
    /// A promise I made in it: what, and by when ("promised the article by friday").
    pub promise: Option<(String, NaiveDate)>,
}

impl LogEntry {
    /// The promise made in the entry, one per person, tied to the touch.
    fn promise_actions(
        &self,
        touch: TouchId,
        today: NaiveDate,
        next: &mut impl FnMut() -> u64,
        actions: &mut Vec<Action>,
    ) {
        let Some((text, due)) = &self.promise else {
            return;
        };
        if text.trim().is_empty() {
            return;
        }
        for contact in &self.contacts {
            actions.push(Action::InsertPromise(Box::new(Promise {
                id: PromiseId::new(next()),
                contact: *contact,
                text: text.trim().to_owned(),
                due: *due,
                done: None,
                direction: Direction::Outbound,
                created: today,
                touch: Some(touch),
                ask: None,
            })));
        }
    }

    /// A plain outbound meaningful touch.
    pub fn new(contacts: Vec<ContactId>, date: NaiveDate, channel: Channel) -> Self {
        Self {
            contacts,
            date,
            channel,
            direction: Direction::Outbound,
            kind: TouchKind::Meaningful,
            note: String::new(),
            awaiting_reply: false,
            gave: None,
            gave_item: None,
            received: None,
            asked: None,
            ask_anyway: false,
            promise: None,
        }
    }

    /// Checks the entry against the rules and builds the action. An ask that is not ready
    /// fails with the reasons unless `ask_anyway`, in which case it is marked premature.
    pub fn to_action(&self, network: &Network, today: NaiveDate) -> Result<Action, LogError> {
        if self.contacts.is_empty() {
            return Err(LogError::NoContacts);
        }
        if self.awaiting_reply && self.direction == Direction::Outbound {
            return Err(LogError::AwaitingOutbound);
        }
        let mut premature = Vec::new();
        for id in &self.contacts {
            let contact = network
                .contact(*id)
                .ok_or(LogError::UnknownContact(id.get()))?;
            if self.asked.is_some() {
                let readiness = ask_readiness_with_gift(network, *id, today, self.gave.is_some());
                if !readiness.is_ready() {
                    if !self.ask_anyway {
                        return Err(LogError::AskNotReady {
                            name: contact.display_name.clone(),
                            readiness,
                        });
                    }
                    premature.push(*id);
                }
            }
        }
        let mut ids = network.fresh_ids(u64::MAX);
        let mut next = || ids.next().unwrap_or(u64::MAX);
        let touch_id = TouchId::new(next());
        let mut actions = vec![Action::InsertTouch(Box::new(Touch {
            id: touch_id,
            date: self.date,
            contacts: self.contacts.clone(),
            channel: self.channel,
            direction: self.direction,
            kind: self.kind,
            note: self.note.trim().to_owned(),
            awaiting_reply: self.awaiting_reply,
            capture_key: String::new(),
        }))];
        for contact in &self.contacts {
            for (kind, direction) in [
                (self.gave, Direction::Outbound),
                (self.received, Direction::Inbound),
            ] {
                if let Some(kind) = kind {
                    actions.push(Action::InsertGift(Box::new(Gift {
                        id: GiftId::new(next()),
                        contact: *contact,
                        date: self.date,
                        direction,
                        kind,
                        item: if direction == Direction::Outbound {
                            self.gave_item
                        } else {
                            None
                        },
                        note: self.note.trim().to_owned(),
                        touch: Some(touch_id),
                    })));
                }
            }
            if let Some(kind) = self.asked {
                actions.push(Action::InsertAsk(Box::new(Ask {
                    id: AskId::new(next()),
                    contact: *contact,
                    date: self.date,
                    kind,
                    status: AskStatus::Open,
                    premature: premature.contains(contact),
                    note: self.note.trim().to_owned(),
                    touch: Some(touch_id),
                })));
            }
        }
        self.promise_actions(touch_id, today, &mut next, &mut actions);
        let what = match (self.gave, self.asked, self.received) {
            (Some(_), _, _) => "log gift",
            (None, Some(_), _) => "log ask",
            (None, None, Some(_)) => "log received gift",
            _ => "log touch",
        };
        // "log touch with Mette Frederiksen": what the banner and the undo tooltip say.
        let names: Vec<&str> = self
            .contacts
            .iter()
            .filter_map(|id| network.contact(*id))
            .map(|c| c.display_name.as_str())
            .collect();
        let label = match names.as_slice() {
            [one] => format!("{what} with {one}"),
            many => format!("{what} with {} people", many.len()),
        };
        Ok(Action::batch(label, actions))
    }
}

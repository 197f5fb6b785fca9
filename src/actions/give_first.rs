use crate::i18n::tr;
use chrono::NaiveDate;

use crate::domain::{GiftKind, LibraryItemId, Network};

use super::{Action, LogEntry, LogError, edits};

/// What "Give first" did with the ask that the give-first prompt stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GiveFirstOutcome {
    /// The gift made the ask ready: gift, note and ask were logged together.
    Asked,
    /// The ask is still not ready (an earlier ask is open, the balance is short): the gift
    /// and the note were logged and the ask waits in the review as a planned ask.
    Planned,
    /// The entry asked for nothing; the gift was added to it.
    Given,
}

/// Turns an entry whose ask was not ready into "give first": the same entry (note,
/// channel, date, ask — nothing the user typed is dropped) with a gift added — the library
/// item `item`, or `kind` when it is another kind of gift. When the ask is ready counting
/// the gift it is logged with it; otherwise the ask becomes a planned ask of the same
/// kind and note. One action, so one undo takes it all back.
pub fn give_first(
    entry: &LogEntry,
    item: Option<LibraryItemId>,
    kind: GiftKind,
    network: &Network,
    today: NaiveDate,
) -> Result<(Action, GiveFirstOutcome), LogError> {
    let mut giving = entry.clone();
    giving.gave = Some(kind);
    giving.gave_item = item;
    giving.ask_anyway = false;
    let Some(asked) = giving.asked else {
        return Ok((giving.to_action(network, today)?, GiveFirstOutcome::Given));
    };
    match giving.to_action(network, today) {
        Ok(action) => Ok((action, GiveFirstOutcome::Asked)),
        Err(LogError::AskNotReady { .. }) => {
            giving.asked = None;
            let given = giving.to_action(network, today)?;
            // The plan's id must not collide with the ids the gift's batch takes.
            let mut after = network.clone();
            given.clone().apply(&mut after)?;
            let mut steps = vec![given];
            for contact in &entry.contacts {
                let plan = edits::plan_ask(&after, *contact, asked, &entry.note, today);
                plan.clone().apply(&mut after)?;
                steps.push(plan);
            }
            Ok((
                Action::batch(tr!("action-give-first-plan"), steps),
                GiveFirstOutcome::Planned,
            ))
        }
        Err(other) => Err(other),
    }
}

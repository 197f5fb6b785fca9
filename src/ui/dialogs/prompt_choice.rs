use crate::actions::LogEntry;
use crate::domain::{GiftKind, LibraryItemId};

/// What the user chose in the give-first prompt. Every choice carries the entry the user
/// was logging, so nothing they typed is lost on the detour.
#[derive(Clone, Debug, PartialEq)]
pub enum PromptChoice {
    /// Give first: the library item picked (or another kind of gift), then complete the
    /// entry — the ask too when the gift makes it ready, else the ask is planned.
    GiveFirst {
        /// The entry that was stopped.
        entry: LogEntry,
        /// The library item chosen, if any.
        item: Option<LibraryItemId>,
        /// What kind of gift it is.
        kind: GiftKind,
    },
    /// Record the ask anyway (marked premature).
    AskAnyway(LogEntry),
    /// Close without logging (the entry stays in the log bar).
    Cancel,
}

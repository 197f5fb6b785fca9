use crate::actions::LogEntry;
use crate::domain::LibraryItemId;

/// What the user chose in the prompt.
#[derive(Clone, Debug, PartialEq)]
pub enum PromptChoice {
    /// Turn the log into a gift of the top suggestion.
    GiveFirst(Option<(LibraryItemId, String)>),
    /// Record the ask anyway (marked premature).
    AskAnyway(LogEntry),
    /// Close without logging.
    Cancel,
}

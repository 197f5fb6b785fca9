use crate::actions::{Action, LogEntry};
use crate::domain::ContactId;

use super::UiCommand;

/// Something a panel asks the app shell to do after the frame is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum UiRequest {
    /// Apply a change to the network as one undo step.
    Apply(Action),
    /// Check a log entry against the rules and record it (an ask that is not ready opens
    /// the give-first prompt instead).
    Log(LogEntry),
    /// Run a command.
    Command(UiCommand),
    /// Open a contact's page (and select it in the table).
    OpenContact(ContactId),
    /// Make the backup with this file name the current network (Settings, Backups).
    RestoreBackup(String),
}

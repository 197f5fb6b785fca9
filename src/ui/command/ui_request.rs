use std::path::PathBuf;

use crate::actions::{Action, LogEntry};
use crate::domain::{ContactId, PromiseId};
use crate::i18n::Language;
use crate::interchange::{ExportFilter, ExportFormat};

use crate::ui::UiCommand;

/// Something a panel asks the app shell to do after the frame is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum UiRequest {
    /// Apply a change to the network as one undo step.
    Apply(Action),
    /// Check a log entry against the rules and record it (an ask that is not ready opens
    /// the give-first prompt instead).
    Log(LogEntry),
    /// Record a message written in the composer (like `Log`); the composer closes once it
    /// is recorded.
    LogMessage(LogEntry),
    /// Open the outreach composer for a contact.
    Compose(ContactId),
    /// Open the window that writes down a promise to a contact.
    Promise(ContactId),
    /// Open the window that edits a promise.
    EditPromise(PromiseId),
    /// Open a contact's meeting brief.
    Brief(ContactId),
    /// Run a command.
    Command(UiCommand),
    /// Open a contact's page (and select it in the table).
    OpenContact(ContactId),
    /// Open the demo network in a window of its own (`dunbar --demo`).
    OpenDemo,
    /// Mirror contacts to this vdir from now on (`None`: stop), and run a round now.
    SetMirrorFolder(Option<PathBuf>),
    /// Speak `Some(language)`, or the system's language (`None`), from now on.
    SetLanguage(Option<Language>),
    /// Say something in the banner once the requests before it are done (a summary that
    /// must not be replaced by the "Done" line of the change it follows).
    Notice(String),
    /// Make the backup with this file name the current network (Settings, Backups).
    RestoreBackup(String),
    /// Save this device's reminder settings (Settings › Reminders); a schedule already
    /// installed moves to the new time.
    SaveReminders(crate::remind::RemindSettings),
    /// Install the daily reminder schedule (`true`) or remove it (`false`).
    ScheduleReminders(bool),
    /// Ask the system for a file to import (on a background thread).
    ChooseImportFile,
    /// Read and preview the file at this path (on a background thread).
    ReadImportFile(PathBuf),
    /// Read a mail file or folder for capture (on a background thread), reporting progress
    /// into the shared `CaptureProgress`, which can also cancel it.
    ReadMail(PathBuf, std::sync::Arc<crate::capture::CaptureProgress>),
    /// Apply a previewed import as one undo step and say `summary` in the banner.
    Import {
        /// The whole import, one batch.
        action: Action,
        /// "Imported 3, merged 1, skipped 1".
        summary: String,
    },
    /// Export the contacts `filter` keeps as `format` to `path`, or to a file chosen in a
    /// save dialog when there is no path.
    Export {
        /// The file format.
        format: ExportFormat,
        /// Which contacts.
        filter: ExportFilter,
        /// Where, if already known.
        path: Option<PathBuf>,
    },
}

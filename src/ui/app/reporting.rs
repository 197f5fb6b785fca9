//! Every error the window meets becomes what happened and what to do about it, in the
//! banner; news ("Logged …") says how to take it back.

use crate::interchange::FileError;
use crate::session::{SaveReport, SessionError};
use crate::ui::UiCommand;

use super::{DunbarApp, SaveOutcome};

impl DunbarApp {
    pub(super) fn report_history(
        &mut self,
        verb: &str,
        result: Result<Option<String>, SessionError>,
    ) {
        match result {
            Ok(Some(label)) => self.banner.notice(format!("{verb} {label}.")),
            Ok(None) => {}
            Err(error) => self.report_error(&error),
        }
    }
    pub(super) fn report_error(&mut self, error: &SessionError) {
        let advice = match error {
            SessionError::ReadOnly => {
                "Another Dunbar has this data folder open; close it and reopen this window."
            }
            SessionError::Storage(_) => {
                "Your changes are kept in memory and saving is retried; check the disk \
                 space and permissions of the data folder."
            }
            SessionError::Network(_) | SessionError::Log(_) => {
                "Nothing was changed; correct the entry and try again."
            }
        };
        self.banner.error(error.to_string(), advice);
    }
    pub(super) fn report_file_error(&mut self, error: &FileError) {
        let advice = match error {
            FileError::Read { .. } => "Check that the file exists and can be read.",
            FileError::Export(_) => "Nothing was written; try another format.",
            FileError::Write(_) => {
                "Nothing was written; check the folder exists and has space and permission."
            }
        };
        self.banner
            .error(format!("{}.", capitalise(&error.to_string())), advice);
    }
    pub(super) fn report_save(&mut self, outcome: SaveOutcome) {
        match outcome {
            Ok(SaveReport::Conflict { copy }) => self.banner.error(
                "The data file was changed on another device, so it was not overwritten.",
                format!(
                    "The window now shows that version; yours is kept in {}.",
                    copy.display()
                ),
            ),
            Ok(SaveReport::Saved | SaveReport::NothingToSave) => {}
            Err(error) => self.banner.error(
                format!("Saving failed: {error}."),
                "Your changes are kept in memory and saving is retried in a few seconds; \
                 check the disk space and permissions of the data folder.",
            ),
        }
    }

    /// "Undo with Ctrl+Z", from the command list (Cmd on a Mac).
    pub(super) fn undo_hint() -> String {
        UiCommand::Undo
            .shortcut()
            .map(|s| {
                let keys = s.format(&egui::ModifierNames::NAMES, cfg!(target_os = "macos"));
                format!("Undo with {keys}.")
            })
            .unwrap_or_default()
    }
}

/// "could not read …" → "Could not read …".
pub(super) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

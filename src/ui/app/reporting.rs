//! Every error the window meets becomes what happened and what to do about it, in the
//! banner; news ("Logged …") says how to take it back.

use crate::i18n::tr;
use crate::interchange::FileError;
use crate::session::{SaveReport, SessionError, SessionNews};
use crate::ui::UiCommand;

use super::{DunbarApp, SaveOutcome};

impl DunbarApp {
    pub(super) fn report_history(
        &mut self,
        verb: &str,
        result: Result<Option<String>, SessionError>,
    ) {
        match result {
            Ok(Some(label)) => {
                self.banner
                    .notice(tr!("report-history", verb = verb, label = label));
            }
            Ok(None) => {}
            Err(error) => self.report_error(&error),
        }
    }
    pub(super) fn report_error(&mut self, error: &SessionError) {
        let advice = match error {
            SessionError::ReadOnly => tr!("advice-read-only"),
            SessionError::Storage(_) => tr!("advice-storage"),
            SessionError::Network(_) | SessionError::Log(_) => tr!("advice-correct-entry"),
        };
        self.banner.error(error.spoken(), advice);
    }
    pub(super) fn report_file_error(&mut self, error: &FileError) {
        let advice = match error {
            FileError::Read { .. } => tr!("advice-file-read"),
            FileError::Export(_) => tr!("advice-export"),
            FileError::Write(_) => tr!("advice-write"),
        };
        let said = match error {
            FileError::Read { path, source } => tr!(
                "file-error-read",
                path = path.display().to_string(),
                source = source.to_string()
            ),
            FileError::Write(error) => error.spoken(),
            FileError::Export(_) => error.to_string(),
        };
        self.banner
            .error(tr!("report-sentence", text = capitalise(&said)), advice);
    }
    /// Says what came from other devices (the banner, and the clashes to choose from) and
    /// which file beside the data file does not open (once per version of it).
    pub(super) fn report_news(&mut self) {
        for news in self.session.take_news() {
            match news {
                SessionNews::Merged { report, .. } => {
                    let lines = crate::cli::merge_lines(&report);
                    let devices = lines.len().saturating_sub(report.clashes.len());
                    let text = lines.into_iter().take(devices.max(1)).collect::<Vec<_>>();
                    if !text.is_empty() {
                        self.banner.notice(text.join(" "));
                    }
                    self.clashes.extend(
                        report
                            .clashes
                            .iter()
                            .map(|clash| (clash.clone(), report.device_name(clash.other_device))),
                    );
                }
                SessionNews::Unreadable { path, problem } => self.banner.error(
                    tr!(
                        "outside-unreadable",
                        path = path.display().to_string(),
                        problem = problem
                    ),
                    tr!("advice-outside-unreadable"),
                ),
            }
        }
    }

    /// Runs a round with the mirrored contacts folder, if there is one (after each save
    /// and when the folder is chosen), and says what it did when it did something.
    pub(super) fn mirror_round(&mut self) {
        let Some(folder) = self.view.mirror_folder.clone() else {
            return;
        };
        let round = self
            .session
            .mirror_round(&folder, self.today, &tr!("vdir-undo-label"));
        // What the round wrote is ours, not the phone's.
        self.acknowledge_mirror();
        match round {
            Ok(round) => {
                if round.does_something() {
                    self.banner.notice(round.summary());
                }
            }
            Err(error) => self.banner.error(
                tr!("report-mirror-failed", error = error.spoken()),
                tr!("advice-mirror-failed"),
            ),
        }
    }

    pub(super) fn report_save(&mut self, outcome: SaveOutcome) {
        if matches!(outcome, Ok(SaveReport::Saved | SaveReport::Merged)) {
            self.mirror_round();
        }
        match outcome {
            Ok(_) => {}
            Err(error) => self.banner.error(
                tr!("report-save-failed", error = error.spoken()),
                tr!("advice-save-retried"),
            ),
        }
    }

    /// "Undo with Ctrl+Z", from the command list (Cmd on a Mac).
    pub(super) fn undo_hint() -> String {
        UiCommand::Undo
            .shortcut()
            .map(|s| {
                let keys = s.format(&egui::ModifierNames::NAMES, cfg!(target_os = "macos"));
                tr!("report-undo-with", keys = keys)
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

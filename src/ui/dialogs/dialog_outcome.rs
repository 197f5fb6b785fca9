use crate::i18n::{Language, in_language, tr};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// How a system file dialog ended. Run these on a background thread: they block until the
/// user answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogOutcome {
    /// The user chose this file.
    Chosen(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown (rfd needs an xdg desktop portal or zenity on Linux).
    Unavailable,
}

/// A dialog that answers "nothing chosen" faster than this never opened: nobody cancels
/// a file dialog within a third of a second.
const TOO_FAST: Duration = Duration::from_millis(300);

impl DialogOutcome {
    /// Asks for a contacts file to import, titled in `language` (the dialog runs on a
    /// thread of its own, which does not follow the window's language).
    pub fn pick_import_file(language: Language) -> Self {
        let (title, contacts, any) = in_language(language, || {
            (
                tr!("dialog-import-title"),
                tr!("dialog-import-filter"),
                tr!("dialog-any-file"),
            )
        });
        Self::timed(|| {
            rfd::FileDialog::new()
                .set_title(title)
                .add_filter(contacts, &["vcf", "vcard", "csv"])
                .add_filter(any, &["*"])
                .pick_file()
        })
    }

    /// Asks where to save an export, suggesting `file_name`, titled in `language`.
    pub fn pick_export_file(file_name: &str, language: Language) -> Self {
        let title = in_language(language, || tr!("dialog-export-title"));
        Self::timed(|| {
            rfd::FileDialog::new()
                .set_title(title)
                .set_file_name(file_name)
                .save_file()
        })
    }

    fn timed(dialog: impl FnOnce() -> Option<PathBuf>) -> Self {
        let started = Instant::now();
        match dialog() {
            Some(path) => Self::Chosen(path),
            None if started.elapsed() < TOO_FAST => Self::Unavailable,
            None => Self::Cancelled,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dialog_that_answers_nothing_at_once_never_opened() {
        assert_eq!(DialogOutcome::timed(|| None), DialogOutcome::Unavailable);
        let path = PathBuf::from("/tmp/people.vcf");
        assert_eq!(
            DialogOutcome::timed(|| Some(path.clone())),
            DialogOutcome::Chosen(path)
        );
        let slow_cancel = || {
            std::thread::sleep(TOO_FAST + Duration::from_millis(50));
            None
        };
        assert_eq!(DialogOutcome::timed(slow_cancel), DialogOutcome::Cancelled);
    }
}

use std::path::PathBuf;

use crate::interchange::{FileError, ParsedFile};

use crate::ui::DialogOutcome;

/// What a background file job hands back to the window.
#[derive(Debug)]
pub enum FileJobResult {
    /// A file to import was read and parsed.
    Parsed(Result<ParsedFile, FileError>),
    /// A mail file or folder was read for capture (or the read failed or was cancelled).
    CaptureRead(Result<crate::capture::CaptureInput, crate::capture::CaptureError>),
    /// The dialog choosing a file to import closed.
    ImportChosen(DialogOutcome),
    /// The dialog choosing where to save an export closed.
    ExportChosen(DialogOutcome),
    /// An export was written (or not) to `path`.
    Written {
        /// Where.
        path: PathBuf,
        /// What was exported, in words ("3 contacts").
        what: String,
        /// Whether it worked.
        result: Result<(), FileError>,
    },
    /// The job stopped without an answer (its thread panicked).
    Lost,
}

use std::path::PathBuf;

/// Why a capture source could not be read. Facts only, the path last (DESIGN §4).
#[derive(Debug, thiserror::Error)]
pub enum CaptureError {
    /// The file or folder cannot be read.
    #[error("cannot read {path}: {source}")]
    Unreadable {
        /// What was read.
        path: PathBuf,
        /// The system's reason.
        #[source]
        source: std::io::Error,
    },
    /// The file is not mail this build can read (a calendar or `LinkedIn` export, say).
    #[error(
        "{what} cannot be captured yet; mail (mbox files, Maildir folders) and calendars (.ics) are read: {path}"
    )]
    NotYetSupported {
        /// What it looks like.
        what: &'static str,
        /// The file.
        path: PathBuf,
    },
    /// The user cancelled the read; nothing was changed.
    #[error("capture cancelled; nothing was changed")]
    Cancelled,
    /// Nothing in it looks like mail.
    #[error("no mail found (neither an mbox file nor a Maildir folder): {path}")]
    NoMail {
        /// The file or folder.
        path: PathBuf,
    },
}

use std::path::PathBuf;

/// Why a capture source could not be read. Facts only, the path last (DESIGN §4); said in
/// the reader's language.
#[derive(Debug)]
pub enum CaptureError {
    /// The file or folder cannot be read.
    Unreadable {
        /// What was read.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The file is not mail this build can read (a calendar or `LinkedIn` export, say).
    NotYetSupported {
        /// What it looks like: `zip` (a zip archive) or `linkedin` (a `LinkedIn` export).
        what: &'static str,
        /// The file.
        path: PathBuf,
    },
    /// The user cancelled the read; nothing was changed.
    Cancelled,
    /// Nothing in it looks like mail.
    NoMail {
        /// The file or folder.
        path: PathBuf,
    },
}

impl std::fmt::Display for CaptureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Unreadable { path, source } => crate::tr!(
                "capture-error-unreadable",
                path = path.display().to_string(),
                source = source.to_string()
            ),
            Self::NotYetSupported { what, path } => crate::tr!(
                "capture-error-not-supported",
                what = *what,
                path = path.display().to_string()
            ),
            Self::Cancelled => crate::tr!("capture-error-cancelled"),
            Self::NoMail { path } => {
                crate::tr!("capture-error-no-mail", path = path.display().to_string())
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for CaptureError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Unreadable { source, .. } => Some(source),
            _ => None,
        }
    }
}

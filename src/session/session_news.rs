use std::path::PathBuf;

use crate::merge::MergeReport;

/// Something from outside the session that the user should hear about once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionNews {
    /// Another device's version was merged in: what came from which device, and clashes.
    Merged {
        /// What came.
        report: Box<MergeReport>,
        /// The files it came from (the data file, conflict files).
        from: Vec<PathBuf>,
    },
    /// A file beside the data file does not open; it is left alone (said once per
    /// version of the file).
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why, in words.
        problem: String,
    },
}

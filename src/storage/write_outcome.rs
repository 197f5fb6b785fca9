use std::path::PathBuf;

use super::FileStamp;

/// How a save ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteOutcome {
    /// The data file now holds the network.
    Saved(FileStamp),
    /// The data file had been changed by someone else since we read it; it was left alone
    /// and our network went to a conflict copy beside it.
    Conflict {
        /// Where our version went.
        copy: PathBuf,
    },
}

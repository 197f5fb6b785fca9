use crate::storage::Backup;

/// Why the window could not open the network straight away.
#[derive(Clone, Debug)]
pub enum StartupProblem {
    /// The data file does not parse, is newer, or is inconsistent; it was left untouched.
    Damaged {
        /// What is wrong, naming the file and the position.
        message: String,
        /// The newest backup that opens cleanly, to offer.
        latest_good: Option<Backup>,
    },
    /// Another Dunbar holds the data folder.
    Locked {
        /// Who holds it.
        message: String,
    },
    /// Anything else (e.g. the folder cannot be created).
    Other {
        /// What happened.
        message: String,
    },
}

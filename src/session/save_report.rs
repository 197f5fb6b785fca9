use std::path::PathBuf;

/// What a save did, for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveReport {
    /// Nothing had changed.
    NothingToSave,
    /// Written to the data file.
    Saved,
    /// Another device had changed the data file: it was left alone, our version was written
    /// to `copy`, and the session now shows the other device's version.
    Conflict {
        /// Where our version went.
        copy: PathBuf,
    },
}

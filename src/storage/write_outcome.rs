use super::FileStamp;

/// How a save ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteOutcome {
    /// The data file now holds the network.
    Saved(FileStamp),
    /// The data file had been changed by someone else since we read it: nothing was
    /// written (the session merges the other version in and saves again).
    Changed,
}

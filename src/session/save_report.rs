/// What a save did, for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveReport {
    /// Nothing had changed.
    NothingToSave,
    /// Written to the data file.
    Saved,
    /// Another device's version (the data file changed on disk, or a sync tool's conflict
    /// file) was merged in and the merged network written; what came is in
    /// `Session::take_news`.
    Merged,
    /// Nothing written: the data file on disk does not open (a sync tool may be writing
    /// it) or kept changing. It is left alone, the changes stay in memory, and the save is
    /// tried again later; why is in `Session::take_news` (once per version of the file).
    Waiting,
}

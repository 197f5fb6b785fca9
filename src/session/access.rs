/// How a session opens its data folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Take the lock; changes are allowed and saved.
    ReadWrite,
    /// No lock; changes are refused. For commands that only read.
    ReadOnly,
}

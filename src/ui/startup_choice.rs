/// What the user picked on the startup screen.
pub(super) enum StartupChoice {
    /// Restore the named backup, then open.
    Restore(String),
    /// Open without the lock; changes are refused.
    ReadOnly,
    /// Try to open normally again.
    Retry,
}

use std::fmt;

/// A field where the file and the network disagree. The network's value is kept; the
/// plan shows the conflict so that the user can decide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldConflict {
    /// Which field (`company`, `role`, `birthday`, …).
    pub field: &'static str,
    /// The value in the network, which is kept.
    pub kept: String,
    /// The value in the file, which is not applied.
    pub offered: String,
}

impl fmt::Display for FieldConflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: kept \u{201c}{}\u{201d}, file has \u{201c}{}\u{201d}",
            self.field, self.kept, self.offered
        )
    }
}

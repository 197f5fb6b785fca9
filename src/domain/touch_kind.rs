use serde::{Deserialize, Serialize};

/// How much a touch counts ("mean it": a like is not a conversation).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum TouchKind {
    /// A real exchange: restarts the whole cadence.
    #[default]
    Meaningful,
    /// A like or reaction: restarts only half a cadence.
    Light,
    /// They shared my work: counts toward being an ambassador, and is a real touch.
    SharedMyWork,
}

impl TouchKind {
    /// The default kind (left out of the data file).
    pub fn is_meaningful(&self) -> bool {
        *self == Self::Meaningful
    }
}

use serde::{Deserialize, Serialize};

/// Who moved: you, or them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Direction {
    /// I reached out / I gave.
    Outbound,
    /// They reached out / they gave.
    Inbound,
}

use super::{FieldConflict, PlanOutcome};

/// One record of the file in an import plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanEntry {
    /// The record's 1-based line in the file.
    pub line: usize,
    /// The record's name, as the file gives it.
    pub name: String,
    /// What would happen.
    pub outcome: PlanOutcome,
    /// Values the file offers that differ from what the network keeps.
    pub conflicts: Vec<FieldConflict>,
}

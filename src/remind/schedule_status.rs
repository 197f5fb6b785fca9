use std::path::PathBuf;

/// Whether the reminder schedule is installed on this device, and where.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScheduleStatus {
    /// The schedule's files (or entry) exist.
    pub installed: bool,
    /// The scheduler says it is active: `None` when it cannot be asked (no user manager).
    pub active: Option<bool>,
    /// The unit, agent or task file, where there is one.
    pub file: Option<PathBuf>,
}

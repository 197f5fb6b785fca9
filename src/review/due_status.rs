use chrono::NaiveDate;

/// Where a contact stands against their cadence on a given day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DueStatus {
    /// The cadence in force, in days (family tolerance included, so it may be fractional).
    pub cadence_days: f64,
    /// The first day they are due.
    pub due_date: NaiveDate,
    /// Days since the due date; negative while not yet due.
    pub days_overdue: i64,
    /// Overdue by half a cadence or more (1.5 cadences since a meaningful touch).
    pub at_risk: bool,
    /// The last touch of any kind.
    pub last_touch: Option<NaiveDate>,
}

impl DueStatus {
    /// Due today or earlier.
    pub fn is_due(&self) -> bool {
        self.days_overdue >= 0
    }
}

use crate::domain::{Circle, ContactId};

/// How full one circle is against its soft budget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CircleFill {
    /// The circle.
    pub circle: Circle,
    /// Contacts in this circle alone.
    pub count: usize,
    /// Contacts in this circle and all inner ones.
    pub cumulative: usize,
    /// The cumulative budget.
    pub budget: usize,
    /// Who could move out (least recently touched first) when over budget.
    pub move_out: Vec<ContactId>,
}

impl CircleFill {
    /// How many over the budget (0 when within).
    pub fn over_by(&self) -> usize {
        self.cumulative.saturating_sub(self.budget)
    }
}

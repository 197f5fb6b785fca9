use crate::domain::Circle;

use crate::ui::ContactRow;

/// What the Contacts table is narrowed to, besides the search text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[allow(clippy::struct_excessive_bools)] // independent check boxes
pub struct ContactFilter {
    /// Only this circle.
    pub circle: Option<Circle>,
    /// Only contacts with this tag.
    pub tag: Option<String>,
    /// Only contacts who are due or at risk.
    pub due_only: bool,
    /// Only hubs.
    pub hubs_only: bool,
    /// Only contacts with a promise due today or earlier.
    pub promises_due: bool,
    /// Only contacts with a meeting in the next 7 days.
    pub this_week: bool,
}

impl ContactFilter {
    /// Whether the row passes every filter.
    pub fn accepts(&self, row: &ContactRow) -> bool {
        self.circle.is_none_or(|circle| row.circle == circle)
            && self
                .tag
                .as_ref()
                .is_none_or(|tag| row.tags.iter().any(|t| t == tag))
            && (!self.due_only || row.is_due())
            && (!self.hubs_only || row.hub)
            && (!self.promises_due || row.promise_due)
            && (!self.this_week || row.this_week)
    }

    /// Whether any filter is on.
    pub fn is_active(&self) -> bool {
        *self != Self::default()
    }
}

use crate::domain::Circle;

use crate::ui::ContactRow;

/// What the Contacts table is narrowed to, besides the search text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactFilter {
    /// Only this circle.
    pub circle: Option<Circle>,
    /// Only contacts with this tag.
    pub tag: Option<String>,
    /// Only contacts who are due or at risk.
    pub due_only: bool,
    /// Only hubs.
    pub hubs_only: bool,
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
    }

    /// Whether any filter is on.
    pub fn is_active(&self) -> bool {
        *self != Self::default()
    }
}

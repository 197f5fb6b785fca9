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

/// The fill chart's bars stop here, so one circle far over budget does not flatten the
/// others; the real figure is written on a bar that is cut.
pub const FILL_CHART_CAP_PERCENT: f64 = 200.0;

impl CircleFill {
    /// How full the circle is, in % of its budget (may be far above 100).
    pub fn percent(&self) -> f64 {
        let count = |n: usize| f64::from(u32::try_from(n).unwrap_or(u32::MAX));
        count(self.cumulative) * 100.0 / count(self.budget.max(1))
    }

    /// The height of its bar: [`Self::percent`], at most [`FILL_CHART_CAP_PERCENT`].
    pub fn drawn_percent(&self) -> f64 {
        self.percent().min(FILL_CHART_CAP_PERCENT)
    }

    /// Whether its bar is cut at the cap.
    pub fn is_capped(&self) -> bool {
        self.percent() > FILL_CHART_CAP_PERCENT
    }

    /// How many over the budget (0 when within).
    pub fn over_by(&self) -> usize {
        self.cumulative.saturating_sub(self.budget)
    }
}

use crate::domain::Circle;

/// Touches with the people of one circle, week by week.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CircleSeries {
    /// The circle.
    pub circle: Circle,
    /// One count per week, oldest first (a touch with two people counts for each).
    pub counts: Vec<u32>,
}

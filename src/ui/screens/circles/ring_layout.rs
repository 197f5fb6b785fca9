use crate::domain::Circle;
use crate::review::CircleFill;

/// One ring of the Circles screen: its band (in outer-radius units), how full it is and
/// what the legend says about it.
#[derive(Clone, Debug, PartialEq)]
pub struct RingLayout {
    /// How full the circle is, cumulative, against its budget.
    pub fill: CircleFill,
    /// Inner edge of the band (0 for the innermost disk).
    pub inner: f32,
    /// Outer edge of the band.
    pub outer: f32,
    /// Members not drawn as dots because the band is full ("+ N more").
    pub hidden: usize,
    /// Names of the people who could move out when the circle is over budget.
    pub move_out_names: Vec<String>,
    /// The cadence in force for the circle, in days (`None`: no upkeep).
    pub cadence_days: Option<u32>,
}

impl RingLayout {
    /// The circle.
    pub fn circle(&self) -> Circle {
        self.fill.circle
    }

    /// The middle of the band, where its label sits.
    pub fn middle(&self) -> f32 {
        if self.inner <= 0.0 {
            0.0
        } else {
            f32::midpoint(self.inner, self.outer)
        }
    }

    /// "count / budget", cumulative: "7 / 5".
    pub fn fill_text(&self) -> String {
        format!("{} / {}", self.fill.cumulative, self.fill.budget)
    }

    /// Whether the circle holds more people than its soft budget.
    pub fn is_over_budget(&self) -> bool {
        self.fill.over_by() > 0
    }
}

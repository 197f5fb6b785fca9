use crate::domain::Circle;

/// How much of your contact over the last year went to one circle.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CircleShare {
    /// The circle.
    pub circle: Circle,
    /// Touches with its people.
    pub touches: u32,
    /// Its share of all touches, 0–1.
    pub share: f64,
    /// What Dunbar's research finds for this layer, 0–1 (about 40 % of social time to the
    /// closest 5, about 20 % to the next 10), where it says.
    pub dunbar: Option<f64>,
}

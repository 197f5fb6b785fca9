use chrono::NaiveDate;

use crate::domain::{Circle, ContactId};
use crate::review::Health;

/// One contact's dot on the Circles screen: what it shows and where it sits, as an offset
/// from the centre in units of the outermost ring's radius (the screen scales it).
#[derive(Clone, Debug, PartialEq)]
pub struct DotLayout {
    /// The contact.
    pub id: ContactId,
    /// Their display name (tooltip and accessible label).
    pub name: String,
    /// Up to two initials, drawn inside the dot.
    pub initials: String,
    /// Their circle.
    pub circle: Circle,
    /// Ok, due or at risk on the layout's day.
    pub health: Health,
    /// Whether their circle (or their own cadence) asks for upkeep at all.
    pub upkeep: bool,
    /// Flagged as a hub: drawn with a ring around the dot.
    pub hub: bool,
    /// The last touch of any kind.
    pub last_touch: Option<NaiveDate>,
    /// When they are next due, if they need upkeep.
    pub next_due: Option<NaiveDate>,
    /// Position relative to the centre, in outer-radius units.
    pub offset: egui::Vec2,
}

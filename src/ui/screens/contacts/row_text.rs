use chrono::NaiveDate;

use crate::domain::spoken_date::{long_date, spoken_day, spoken_due};
use crate::i18n::tr;
use crate::ui::ContactRow;

/// The words of one table row (name with its hub mark, circle, last touch and next due with
/// their full dates for hovering), formatted once and kept by [`crate::ui::RowTexts`] so a
/// frame looks up no message per row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RowText {
    /// The name, with "(hub)" for a hub.
    pub name: String,
    /// The circle's name.
    pub circle: String,
    /// The last touch in words ("for 3 dage siden"); empty when never touched.
    pub last_touch: String,
    /// The last touch's full date.
    pub last_touch_long: String,
    /// When they are next due, in words; empty when their circle needs no upkeep.
    pub next_due: String,
    /// The due date in full.
    pub next_due_long: String,
}

impl RowText {
    /// The words for `row` on `today`, in this thread's language.
    pub fn new(row: &ContactRow, today: NaiveDate) -> Self {
        Self {
            name: if row.hub {
                tr!("table-hub-name", name = row.name.as_str())
            } else {
                row.name.clone()
            },
            circle: row.circle.label(),
            last_touch: row
                .last_touch
                .map(|d| spoken_day(d, today))
                .unwrap_or_default(),
            last_touch_long: row.last_touch.map(long_date).unwrap_or_default(),
            next_due: row
                .next_due
                .map(|d| spoken_due(d, today))
                .unwrap_or_default(),
            next_due_long: row.next_due.map(long_date).unwrap_or_default(),
        }
    }
}

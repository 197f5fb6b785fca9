use chrono::{Datelike, NaiveDate};

use crate::domain::ReviewRecord;

/// The habit of weekly reviews.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReviewStreak {
    /// Consecutive ISO weeks with a review, ending this week or last week.
    pub weeks: u32,
    /// The day of the last review.
    pub last: Option<NaiveDate>,
    /// The last review is 7 or more days old (or there never was one).
    pub badge: bool,
}

/// The streak of weekly reviews as of `today`.
pub fn review_streak(records: &[ReviewRecord], today: NaiveDate) -> ReviewStreak {
    let last = records.iter().map(|r| r.date).filter(|d| *d <= today).max();
    let badge = last.is_none_or(|day| (today - day).num_days() >= 7);
    let mut weeks: Vec<i32> = records
        .iter()
        .map(|r| r.date)
        .filter(|d| *d <= today)
        .map(week_index)
        .collect();
    weeks.sort_unstable();
    weeks.dedup();
    let this_week = week_index(today);
    let mut expected = match weeks.last() {
        Some(&w) if w == this_week || w == this_week - 1 => w,
        _ => {
            return ReviewStreak {
                weeks: 0,
                last,
                badge,
            };
        }
    };
    let mut count = 0;
    for week in weeks.iter().rev() {
        if *week == expected {
            count += 1;
            expected -= 1;
        } else {
            break;
        }
    }
    ReviewStreak {
        weeks: count,
        last,
        badge,
    }
}

/// Consecutive numbers for consecutive Monday-based weeks.
fn week_index(day: NaiveDate) -> i32 {
    let monday =
        day.num_days_from_ce() - i32::try_from(day.weekday().num_days_from_monday()).unwrap_or(0);
    monday.div_euclid(7)
}

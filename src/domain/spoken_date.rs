//! Dates as the window says them (DESIGN §3a rule 6): "today", "3 days ago", "in 2 weeks",
//! "due today", "1 day overdue", birthdays as "15 April", with [`long_date`] for a
//! tooltip. Files, exports and the command line keep ISO dates. "Today" is a parameter.

use chrono::{Datelike, NaiveDate};

use super::PartialDate;

/// Month names for "15 April".
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "1 day", "3 weeks": a count with its unit, singular for one.
fn count(n: i64, unit: &str) -> String {
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

/// A distance of `days` (> 1) in the largest unit that reads well: days under a week,
/// weeks under eight weeks, months under a year, then years.
fn span(days: i64) -> String {
    match days {
        ..7 => count(days, "day"),
        7..56 => count(days / 7, "week"),
        56..365 => count((days / 30).max(2), "month"),
        _ => count(days / 365, "year"),
    }
}

/// `date` relative to `today`: "today", "yesterday", "3 days ago", "last week",
/// "2 weeks ago", "tomorrow", "in 3 days", "next week", "in 2 weeks".
pub fn spoken_day(date: NaiveDate, today: NaiveDate) -> String {
    let days = (today - date).num_days();
    match days {
        0 => "today".to_owned(),
        1 => "yesterday".to_owned(),
        -1 => "tomorrow".to_owned(),
        7..14 => "last week".to_owned(),
        -13..=-7 => "next week".to_owned(),
        2.. => format!("{} ago", span(days)),
        _ => format!("in {}", span(-days)),
    }
}

/// A number of days past due: "due today", "1 day overdue", "12 days overdue" (the count
/// stays in days, as the review orders by it); a negative count is "due in 3 days".
pub fn spoken_overdue(days_overdue: i64) -> String {
    match days_overdue {
        0 => "due today".to_owned(),
        1.. => format!("{} overdue", count(days_overdue, "day")),
        -1 => "due tomorrow".to_owned(),
        _ => format!("due in {}", span(-days_overdue)),
    }
}

/// A due date relative to `today`: "due today", "1 day overdue", "due in 3 days".
pub fn spoken_due(due: NaiveDate, today: NaiveDate) -> String {
    spoken_overdue((today - due).num_days())
}

/// A birthday or anniversary: "15 April", or "15 April 1990" when the year is known.
pub fn spoken_partial_date(date: PartialDate) -> String {
    let month = usize::try_from(date.month)
        .ok()
        .and_then(|m| m.checked_sub(1))
        .and_then(|m| MONTHS.get(m))
        .copied()
        .unwrap_or("?");
    match date.year {
        Some(year) => format!("{} {month} {year}", date.day),
        None => format!("{} {month}", date.day),
    }
}

/// The full date for a tooltip: "Monday 16 November 2026 (2026-11-16)".
pub fn long_date(date: NaiveDate) -> String {
    format!(
        "{} {} ({date})",
        weekday_name(date),
        spoken_partial_date(PartialDate {
            year: Some(date.year()),
            month: date.month(),
            day: date.day(),
        })
    )
}

/// The English name of the day of the week of `date`.
fn weekday_name(date: NaiveDate) -> &'static str {
    match date.weekday() {
        chrono::Weekday::Mon => "Monday",
        chrono::Weekday::Tue => "Tuesday",
        chrono::Weekday::Wed => "Wednesday",
        chrono::Weekday::Thu => "Thursday",
        chrono::Weekday::Fri => "Friday",
        chrono::Weekday::Sat => "Saturday",
        chrono::Weekday::Sun => "Sunday",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_default()
    }

    const TODAY: &str = "2026-11-22";

    fn said(date: &str) -> String {
        spoken_day(d(date), d(TODAY))
    }

    #[test]
    fn past_days_speak() {
        assert_eq!(said("2026-11-22"), "today");
        assert_eq!(said("2026-11-21"), "yesterday");
        assert_eq!(said("2026-11-19"), "3 days ago");
        assert_eq!(said("2026-11-16"), "6 days ago");
        assert_eq!(said("2026-11-15"), "last week");
        assert_eq!(said("2026-11-09"), "last week");
        assert_eq!(said("2026-11-08"), "2 weeks ago");
        assert_eq!(said("2026-10-01"), "7 weeks ago");
        assert_eq!(said("2026-09-01"), "2 months ago");
        assert_eq!(said("2026-03-01"), "8 months ago");
        assert_eq!(said("2025-11-22"), "1 year ago");
        assert_eq!(said("2023-01-01"), "3 years ago");
    }

    #[test]
    fn future_days_speak() {
        assert_eq!(said("2026-11-23"), "tomorrow");
        assert_eq!(said("2026-11-25"), "in 3 days");
        assert_eq!(said("2026-11-29"), "next week");
        assert_eq!(said("2026-12-06"), "in 2 weeks");
        assert_eq!(said("2027-02-22"), "in 3 months");
    }

    #[test]
    fn due_dates_speak() {
        let today = d(TODAY);
        assert_eq!(spoken_due(today, today), "due today");
        assert_eq!(spoken_due(d("2026-11-21"), today), "1 day overdue");
        assert_eq!(spoken_due(d("2026-11-10"), today), "12 days overdue");
        assert_eq!(spoken_due(d("2026-09-01"), today), "82 days overdue");
        assert_eq!(spoken_due(d("2026-11-23"), today), "due tomorrow");
        assert_eq!(spoken_due(d("2026-11-25"), today), "due in 3 days");
        assert_eq!(spoken_due(d("2026-12-06"), today), "due in 2 weeks");
        assert_eq!(spoken_overdue(0), "due today");
        assert_eq!(spoken_overdue(1), "1 day overdue");
    }

    #[test]
    fn birthdays_without_a_year_read_as_day_and_month() {
        let birthday = PartialDate::year_less(4, 15).unwrap_or(PartialDate {
            year: None,
            month: 1,
            day: 1,
        });
        assert_eq!(spoken_partial_date(birthday), "15 April");
        let full = PartialDate::full(1990, 12, 3).unwrap_or(birthday);
        assert_eq!(spoken_partial_date(full), "3 December 1990");
    }

    #[test]
    fn the_tooltip_has_the_long_and_the_iso_date() {
        assert_eq!(
            long_date(d("2026-11-16")),
            "Monday 16 November 2026 (2026-11-16)"
        );
    }
}

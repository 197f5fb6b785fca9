//! Dates as the window says them (DESIGN §3a rule 6, §13): "today", "3 days ago", "in 2
//! weeks", "due today", "1 day overdue", birthdays as "15 April" ("15. april" in Danish),
//! with [`long_date`] for a tooltip, all in this thread's language. Files, exports and the
//! command line keep ISO dates. "Today" is a parameter.

use chrono::{Datelike, NaiveDate};

use crate::domain::PartialDate;
use crate::tr;

/// The name of month `month` (1 to 12) in this thread's language.
fn month_name(month: u32) -> String {
    match month {
        1 => tr!("month-1"),
        2 => tr!("month-2"),
        3 => tr!("month-3"),
        4 => tr!("month-4"),
        5 => tr!("month-5"),
        6 => tr!("month-6"),
        7 => tr!("month-7"),
        8 => tr!("month-8"),
        9 => tr!("month-9"),
        10 => tr!("month-10"),
        11 => tr!("month-11"),
        12 => tr!("month-12"),
        _ => "?".to_owned(),
    }
}

/// A distance of `days` (> 1) in the largest unit that reads well: days under a week,
/// weeks under eight weeks, months under a year, then years ("3 days", "2 weeks").
fn span(days: i64) -> String {
    match days {
        ..7 => tr!("n-days", count = days),
        7..56 => tr!("n-weeks", count = days / 7),
        56..365 => tr!("n-months", count = (days / 30).max(2)),
        _ => tr!("n-years", count = days / 365),
    }
}

/// `date` relative to `today`: "today", "yesterday", "3 days ago", "last week",
/// "2 weeks ago", "tomorrow", "in 3 days", "next week", "in 2 weeks".
pub fn spoken_day(date: NaiveDate, today: NaiveDate) -> String {
    let days = (today - date).num_days();
    match days {
        0 => tr!("day-today"),
        1 => tr!("day-yesterday"),
        -1 => tr!("day-tomorrow"),
        7..14 => tr!("day-last-week"),
        -13..=-7 => tr!("day-next-week"),
        2.. => tr!("day-ago", span = span(days)),
        _ => tr!("day-in", span = span(-days)),
    }
}

/// A number of days past due: "due today", "1 day overdue", "12 days overdue" (the count
/// stays in days, as the review orders by it); a negative count is "due in 3 days".
pub fn spoken_overdue(days_overdue: i64) -> String {
    match days_overdue {
        0 => tr!("due-today"),
        1.. => tr!("due-overdue", count = days_overdue),
        -1 => tr!("due-tomorrow"),
        _ => tr!("due-in", span = span(-days_overdue)),
    }
}

/// A due date relative to `today`: "due today", "1 day overdue", "due in 3 days".
pub fn spoken_due(due: NaiveDate, today: NaiveDate) -> String {
    spoken_overdue((today - due).num_days())
}

/// A birthday or anniversary: "15 April", or "15 April 1990" when the year is known
/// ("15. april", "15. april 1990" in Danish).
pub fn spoken_partial_date(date: PartialDate) -> String {
    let month = month_name(date.month);
    if let Some(year) = date.year {
        tr!(
            "date-full",
            day = date.day,
            month = month,
            year = year.to_string()
        )
    } else {
        tr!("date-day-month", day = date.day, month = month)
    }
}

/// A whole date in words: "14 March 2026" ("14. marts 2026").
pub fn spoken_date(date: NaiveDate) -> String {
    spoken_partial_date(PartialDate {
        year: Some(date.year()),
        month: date.month(),
        day: date.day(),
    })
}

/// The full date for a tooltip: "Monday 16 November 2026 (2026-11-16)"
/// ("mandag den 16. november 2026 (2026-11-16)").
pub fn long_date(date: NaiveDate) -> String {
    tr!(
        "date-long",
        weekday = weekday_name(date),
        date = spoken_date(date),
        iso = date.to_string()
    )
}

/// A date short enough for a chart's axis: "14 Mar 2026" ("14. mar. 2026").
pub fn short_date(date: NaiveDate) -> String {
    tr!(
        "date-short",
        day = date.day(),
        month = tr!("month-short", month = date.month()),
        year = date.year().to_string()
    )
}

/// A month short enough for a chart's axis: "Mar 2026" ("mar. 2026").
pub fn short_month(date: NaiveDate) -> String {
    tr!(
        "date-short-month",
        month = tr!("month-short", month = date.month()),
        year = date.year().to_string()
    )
}

/// The name of the day of the week of `date` ("Monday", "mandag").
pub fn weekday_name(date: NaiveDate) -> String {
    weekday_word(date.weekday())
}

/// The name of a day of the week ("Monday", "mandag").
pub fn weekday_word(day: chrono::Weekday) -> String {
    match day {
        chrono::Weekday::Mon => tr!("weekday-mon"),
        chrono::Weekday::Tue => tr!("weekday-tue"),
        chrono::Weekday::Wed => tr!("weekday-wed"),
        chrono::Weekday::Thu => tr!("weekday-thu"),
        chrono::Weekday::Fri => tr!("weekday-fri"),
        chrono::Weekday::Sat => tr!("weekday-sat"),
        chrono::Weekday::Sun => tr!("weekday-sun"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, in_language, use_language};

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_default()
    }

    const TODAY: &str = "2026-11-22";

    fn said(date: &str) -> String {
        in_language(Language::English, || spoken_day(d(date), d(TODAY)))
    }

    fn dansk(date: &str) -> String {
        in_language(Language::Danish, || spoken_day(d(date), d(TODAY)))
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
    fn danish_days_speak_danish() {
        assert_eq!(dansk("2026-11-22"), "i dag");
        assert_eq!(dansk("2026-11-21"), "i går");
        assert_eq!(dansk("2026-11-19"), "for 3 dage siden");
        assert_eq!(dansk("2026-11-08"), "for 2 uger siden");
        assert_eq!(dansk("2025-11-22"), "for 1 år siden");
        assert_eq!(dansk("2026-12-06"), "om 2 uger");
        assert_eq!(dansk("2026-11-23"), "i morgen");
        in_language(Language::Danish, || {
            assert_eq!(spoken_date(d("2026-03-14")), "14. marts 2026");
            assert_eq!(
                long_date(d("2026-11-16")),
                "mandag den 16. november 2026 (2026-11-16)"
            );
            assert_eq!(spoken_overdue(1), "1 dag over tid");
            assert_eq!(spoken_overdue(12), "12 dage over tid");
            assert_eq!(spoken_overdue(0), "forfalder i dag");
        });
    }

    #[test]
    fn due_dates_speak() {
        use_language(Language::English);
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
        use_language(Language::English);
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
        use_language(Language::English);
        assert_eq!(
            long_date(d("2026-11-16")),
            "Monday 16 November 2026 (2026-11-16)"
        );
    }

    #[test]
    fn axis_dates_are_short_in_both_languages() {
        let day = d("2026-03-14");
        assert_eq!(
            in_language(Language::English, || short_date(day)),
            "14 Mar 2026"
        );
        assert_eq!(
            in_language(Language::Danish, || short_date(day)),
            "14. mar. 2026"
        );
        assert_eq!(
            in_language(Language::English, || short_month(day)),
            "Mar 2026"
        );
        assert_eq!(
            in_language(Language::Danish, || short_month(day)),
            "mar. 2026"
        );
    }
}

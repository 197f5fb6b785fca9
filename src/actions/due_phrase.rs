//! Due dates as people write them (DESIGN §11), in English and Danish, relative to a
//! `today` that is passed in (no clock): "by friday", "in 2 weeks", "next week",
//! "tomorrow", "12 May", "2026-04-01", "på fredag", "inden næste uge", "om 2 uger",
//! "i morgen", "12/5".
//!
//! The rules, so that a day is never guessed:
//! - a weekday ("friday", "på fredag") is the next such day after today (said on a Friday,
//!   it is a week later); "next friday" / "næste fredag" could be this coming Friday or the
//!   one after, so it is refused with both readings;
//! - "next week" / "næste uge" is the Monday of next week; "this week", "end of the week"
//!   / "denne uge", "slutningen af ugen" the Friday on or after today; "next month" /
//!   "næste måned" the first of next month; "end of the month" its last day;
//! - "in N days/weeks/months" / "om N dage/uger/måneder" (also "within", "inden for");
//! - numbers with a dot are day first everywhere ("12.5." is 12 May); with a slash they are
//!   day first in Danish ("12/5" is 12 May, as Danes write it), and in English they are
//!   read only when one number is above 12 ("25/12", "5/25"): "12/5" is refused, since
//!   British and American readers disagree. A date without a year is its next occurrence
//!   from today;
//! - a day before today is refused.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::i18n::Language;

use super::DueProblem;

/// Words that may stand before a date and change nothing ("by friday", "på fredag").
const LEAD_WORDS: [&str; 14] = [
    "by",
    "before",
    "on",
    "until",
    "till",
    "due",
    "no later than",
    "inden",
    "på",
    "senest",
    "til",
    "før",
    "den",
    "d.",
];

/// Words that make "N units" relative to today ("in 2 weeks", "om 2 uger").
const WITHIN_WORDS: [&str; 6] = ["in", "within", "om", "inden for", "indenfor", "i løbet af"];

/// The day a phrase means, relative to `today`. `language` decides only how "12/5" is read
/// (see the module's rules); words of both languages are understood in either.
pub fn parse_due(
    phrase: &str,
    today: NaiveDate,
    language: Language,
) -> Result<NaiveDate, DueProblem> {
    let cleaned = clean(phrase);
    let not_understood = || DueProblem::NotUnderstood(phrase.trim().to_owned());
    if cleaned.is_empty() {
        return Err(not_understood());
    }
    let Some(day) = read(&cleaned, today, language, phrase)? else {
        return Err(not_understood());
    };
    if day < today {
        return Err(DueProblem::Past(day));
    }
    Ok(day)
}

/// Lower case, single spaces, no closing punctuation (but a date's final dot stays).
fn clean(phrase: &str) -> String {
    let lower = phrase.trim().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let mut joined = words.join(" ");
    while joined.ends_with(['!', '?', ',', ';']) {
        joined.pop();
    }
    // "friday." but not "12.5.": a dot after a letter closes a sentence.
    if joined.ends_with('.')
        && joined.chars().rev().nth(1).is_some_and(char::is_alphabetic)
        && !joined.ends_with(" d.")
    {
        joined.pop();
    }
    joined
}

/// The phrase without its lead words, then read; `Ok(None)` when it is no date.
fn read(
    text: &str,
    today: NaiveDate,
    language: Language,
    phrase: &str,
) -> Result<Option<NaiveDate>, DueProblem> {
    if let Some(day) = relative(text, today) {
        return Ok(Some(day));
    }
    let mut rest = text;
    loop {
        let before = rest;
        for lead in LEAD_WORDS {
            if let Some(after) = rest.strip_prefix(lead).and_then(|r| r.strip_prefix(' ')) {
                rest = after;
            }
        }
        if rest == before {
            break;
        }
    }
    if let Some(day) = named_day(rest, today) {
        return Ok(Some(day));
    }
    if let Some(day) = relative(rest, today) {
        return Ok(Some(day));
    }
    if let Some(result) = weekday_phrase(rest, today, phrase) {
        return result.map(Some);
    }
    if let Ok(day) = NaiveDate::parse_from_str(rest, "%Y-%m-%d") {
        return Ok(Some(day));
    }
    if let Some(result) = numeric(rest, today, language, phrase) {
        return result.map(Some);
    }
    Ok(day_and_month_in_words(rest, today))
}

/// "today", "tomorrow", "next week", "end of the month" and their Danish words.
fn named_day(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let add = |days: u64| today.checked_add_days(Days::new(days));
    match text {
        "today" | "i dag" | "idag" | "end of day" | "end of today" => Some(today),
        "tomorrow" | "i morgen" | "imorgen" => add(1),
        "the day after tomorrow" | "day after tomorrow" | "overmorgen" | "i overmorgen" => add(2),
        "next week"
        | "næste uge"
        | "the start of next week"
        | "start of next week"
        | "starten af næste uge" => add(u64::from(7 - today.weekday().num_days_from_monday())),
        "this week"
        | "the end of the week"
        | "end of the week"
        | "end of week"
        | "the end of this week"
        | "end of this week"
        | "denne uge"
        | "ugens udgang"
        | "slutningen af ugen"
        | "udgangen af ugen" => {
            let ahead = (7 + 4 - today.weekday().num_days_from_monday()) % 7;
            add(u64::from(ahead))
        }
        "next month" | "næste måned" => today
            .with_day(1)
            .and_then(|first| first.checked_add_months(Months::new(1))),
        "the end of the month"
        | "end of the month"
        | "end of month"
        | "the end of this month"
        | "end of this month"
        | "slutningen af måneden"
        | "udgangen af måneden"
        | "månedens udgang" => today
            .with_day(1)
            .and_then(|first| first.checked_add_months(Months::new(1)))
            .and_then(|last| last.pred_opt()),
        _ => None,
    }
}

/// A count in digits or words ("2", "two", "a", "to", "en").
fn count(word: &str) -> Option<u32> {
    if let Ok(n) = word.parse::<u32>() {
        return (n <= 1000).then_some(n);
    }
    Some(match word {
        "a" | "an" | "one" | "en" | "et" | "én" | "ét" => 1,
        "two" | "to" | "a couple of" | "a couple" | "et par" => 2,
        "three" | "tre" => 3,
        "four" | "fire" => 4,
        "five" | "fem" => 5,
        "six" | "seks" => 6,
        "seven" | "syv" => 7,
        "eight" | "otte" => 8,
        "nine" | "ni" => 9,
        "ten" | "ti" => 10,
        _ => return None,
    })
}

/// "in 2 weeks", "within a month", "om 2 uger", "inden for en måned", "3 days from now".
fn relative(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let body = WITHIN_WORDS
        .iter()
        .find_map(|w| text.strip_prefix(w).and_then(|r| r.strip_prefix(' ')))
        .or_else(|| text.strip_suffix(" from now"))
        .or_else(|| text.strip_suffix(" from today"))?;
    let (amount, unit) = body.rsplit_once(' ')?;
    let n = count(amount)?;
    match unit {
        "day" | "days" | "dag" | "dage" | "dagen" => today.checked_add_days(Days::new(n.into())),
        "week" | "weeks" | "uge" | "uger" | "ugen" => {
            today.checked_add_days(Days::new(u64::from(n) * 7))
        }
        "fortnight" | "fortnights" => today.checked_add_days(Days::new(u64::from(n) * 14)),
        "month" | "months" | "måned" | "måneder" | "måneden" => {
            today.checked_add_months(Months::new(n))
        }
        _ => None,
    }
}

fn weekday_of(word: &str) -> Option<Weekday> {
    Some(match word {
        "monday" | "mon" | "mandag" | "man" => Weekday::Mon,
        "tuesday" | "tue" | "tues" | "tirsdag" | "tirs" => Weekday::Tue,
        "wednesday" | "wed" | "onsdag" | "ons" => Weekday::Wed,
        "thursday" | "thu" | "thur" | "thurs" | "torsdag" | "tors" => Weekday::Thu,
        "friday" | "fri" | "fredag" | "fre" => Weekday::Fri,
        "saturday" | "sat" | "lørdag" | "lør" => Weekday::Sat,
        "sunday" | "sun" | "søndag" | "søn" => Weekday::Sun,
        _ => return None,
    })
}

/// The next `weekday` after today (a week ahead when today is that day).
fn next_weekday(today: NaiveDate, weekday: Weekday) -> Option<NaiveDate> {
    let ahead = (7 + weekday.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
    let ahead = if ahead == 0 { 7 } else { ahead };
    today.checked_add_days(Days::new(u64::from(ahead)))
}

/// "friday", "this friday", "denne fredag"; "next friday" is refused with both readings.
fn weekday_phrase(
    text: &str,
    today: NaiveDate,
    phrase: &str,
) -> Option<Result<NaiveDate, DueProblem>> {
    if let Some(day) = ["this ", "denne ", "coming ", "the coming ", "kommende "]
        .iter()
        .find_map(|p| text.strip_prefix(p))
        .or(Some(text))
        .and_then(weekday_of)
    {
        return next_weekday(today, day).map(Ok);
    }
    let day = ["next ", "næste ", "på næste "]
        .iter()
        .find_map(|p| text.strip_prefix(p))
        .and_then(weekday_of)?;
    let one = next_weekday(today, day)?;
    let other = one.checked_add_days(Days::new(7))?;
    Some(Err(DueProblem::Ambiguous {
        phrase: phrase.trim().to_owned(),
        one,
        other,
    }))
}

/// The next occurrence of day/month from today, or that day in `year`.
fn on_day(today: NaiveDate, day: u32, month: u32, year: Option<i32>) -> Option<NaiveDate> {
    if let Some(year) = year {
        return NaiveDate::from_ymd_opt(year, month, day);
    }
    // 29 February waits for the next leap year.
    (today.year()..=today.year() + 8)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .find(|d| *d >= today)
}

fn year_of(text: &str) -> Option<i32> {
    let n: i32 = text.parse().ok()?;
    match text.len() {
        2 => Some(2000 + n),
        4 => Some(n),
        _ => None,
    }
}

/// "12/5", "12/5/2026", "12.5.", "12.5.2026", "5/25": see the module's rules.
fn numeric(
    text: &str,
    today: NaiveDate,
    language: Language,
    phrase: &str,
) -> Option<Result<NaiveDate, DueProblem>> {
    if !text
        .chars()
        .all(|c| c.is_ascii_digit() || c == '/' || c == '.')
    {
        return None;
    }
    let dotted = text.contains('.');
    let separator = if dotted { '.' } else { '/' };
    if dotted && text.contains('/') {
        return None;
    }
    let parts: Vec<&str> = text.trim_end_matches('.').split(separator).collect();
    let (a, b, year) = match parts.as_slice() {
        [a, b] => (a.parse::<u32>().ok()?, b.parse::<u32>().ok()?, None),
        [a, b, y] => (
            a.parse::<u32>().ok()?,
            b.parse::<u32>().ok()?,
            Some(year_of(y)?),
        ),
        _ => return None,
    };
    let day_first = on_day(today, a, b, year);
    if dotted || language == Language::Danish || a > 12 {
        return day_first.map(Ok);
    }
    let month_first = on_day(today, b, a, year);
    if b > 12 || a == b {
        return month_first.or(day_first).map(Ok);
    }
    match (day_first, month_first) {
        (Some(one), Some(other)) => Some(Err(DueProblem::Ambiguous {
            phrase: phrase.trim().to_owned(),
            one,
            other,
        })),
        (one, other) => one.or(other).map(Ok),
    }
}

fn month_of(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    Some(match word {
        "january" | "januar" | "jan" => 1,
        "february" | "februar" | "feb" => 2,
        "march" | "marts" | "mar" => 3,
        "april" | "apr" => 4,
        "may" | "maj" => 5,
        "june" | "juni" | "jun" => 6,
        "july" | "juli" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oktober" | "oct" | "okt" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// "12", "12.", "12th", "1st".
fn day_number(word: &str) -> Option<u32> {
    let digits = word
        .trim_end_matches('.')
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    let n: u32 = digits.parse().ok()?;
    (1..=31).contains(&n).then_some(n)
}

/// "12 May", "12. maj", "May 12", "the 12th of May", "12 May 2026".
fn day_and_month_in_words(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let text = text.strip_prefix("the ").unwrap_or(text);
    let words: Vec<&str> = text
        .split(' ')
        .filter(|w| *w != "of")
        .map(|w| w.trim_end_matches(','))
        .collect();
    let (day, month, year) = match words.as_slice() {
        [d, m] if day_number(d).is_some() => (day_number(d)?, month_of(m)?, None),
        [m, d] => (day_number(d)?, month_of(m)?, None),
        [d, m, y] if day_number(d).is_some() && month_of(m).is_some() => {
            (day_number(d)?, month_of(m)?, Some(year_of(y)?))
        }
        [m, d, y] => (day_number(d)?, month_of(m)?, Some(year_of(y)?)),
        _ => return None,
    };
    on_day(today, day, month, year)
}

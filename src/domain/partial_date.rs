use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// A calendar date whose year may be unknown, as birthdays often are (`--04-15`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartialDate {
    /// The year, when known.
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31.
    pub day: u32,
}

impl PartialDate {
    /// A date with a known year, if it is a real calendar date.
    pub fn full(year: i32, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, day)?;
        Some(Self {
            year: Some(year),
            month,
            day,
        })
    }

    /// A date without a year; 29 February is allowed.
    pub fn year_less(month: u32, day: u32) -> Option<Self> {
        // 2000 is a leap year, so every month/day that exists in some year passes.
        NaiveDate::from_ymd_opt(2000, month, day)?;
        Some(Self {
            year: None,
            month,
            day,
        })
    }

    /// Parses `YYYY-MM-DD`, `--MM-DD` or `--MMDD`.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        if let Some(rest) = text.strip_prefix("--") {
            let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
            let month = digits.get(0..2)?.parse().ok()?;
            let day = digits.get(2..4)?.parse().ok()?;
            return Self::year_less(month, day);
        }
        let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
        Self::full(date.year(), date.month(), date.day())
    }

    /// The next day on or after `today` when this date comes round (29 February falls on
    /// 28 February in common years).
    pub fn next_occurrence(self, today: NaiveDate) -> Option<NaiveDate> {
        let this_year = self.in_year(today.year())?;
        if this_year >= today {
            Some(this_year)
        } else {
            self.in_year(today.year() + 1)
        }
    }

    fn in_year(self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, self.month, self.day)
            .or_else(|| NaiveDate::from_ymd_opt(year, self.month, self.day.saturating_sub(1)))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(year) => write!(f, "{year:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "--{:02}-{:02}", self.month, self.day),
        }
    }
}

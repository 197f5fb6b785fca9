//! Dates as files write them: vCard (`--0203`, `--04-15`, `1985-03-12`, `19800322`,
//! `16040101`), `LinkedIn` (`09 Oct 2024`, `1/8/18, 6:14 PM`), Google and Outlook CSV.

use chrono::{Datelike, NaiveDate};

use crate::domain::PartialDate;

use super::DateOrder;

/// Apple and Thunderbird write a birthday without a year as year 1604.
const NO_YEAR_SENTINEL: i32 = 1604;

/// A vCard BDAY / ANNIVERSARY value, or `None` for text such as `circa 1800`.
pub fn parse_vcard_date(raw: &str) -> Option<PartialDate> {
    let text = raw.trim();
    // A time part (`T1430-0500`) does not matter for a birthday.
    let date = text.split(['T', 't']).next().unwrap_or_default().trim();
    if let Some(rest) = date.strip_prefix("--") {
        let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
        let month = digits.get(0..2)?.parse().ok()?;
        let day = digits.get(2..4)?.parse().ok()?;
        return PartialDate::year_less(month, day);
    }
    let digits: String = date.chars().filter(char::is_ascii_digit).collect();
    let shape_ok = date
        .chars()
        .all(|c| c.is_ascii_digit() || c == '-' || c == '.' || c == '/');
    if !shape_ok || digits.len() != 8 {
        return None;
    }
    let year: i32 = digits.get(0..4)?.parse().ok()?;
    let month: u32 = digits.get(4..6)?.parse().ok()?;
    let day: u32 = digits.get(6..8)?.parse().ok()?;
    from_parts(year, month, day)
}

fn from_parts(year: i32, month: u32, day: u32) -> Option<PartialDate> {
    if year == NO_YEAR_SENTINEL || year == 0 {
        PartialDate::year_less(month, day)
    } else {
        PartialDate::full(year, month, day)
    }
}

/// A date in a CSV cell: ISO (`1985-03-12`, `--03-12`), `09 Oct 2024`, `Oct 9, 2024`, or
/// numeric (`3/22/1980`, `1/8/18, 6:14 PM`, `22.03.1980`, `22-03-1980`) read month first
/// unless the first number exceeds 12. See [`parse_csv_date_as`] to read day first.
pub fn parse_csv_date(raw: &str) -> Option<PartialDate> {
    parse_csv_date_as(raw, DateOrder::MonthFirst)
}

/// Like [`parse_csv_date`], with `order` deciding numeric dates whose first two numbers
/// could both be a month (`05/11/1979`). A number above 12 decides on its own.
pub fn parse_csv_date_as(raw: &str, order: DateOrder) -> Option<PartialDate> {
    let text = raw.trim();
    if text.is_empty() {
        return None;
    }
    if text.starts_with("--") {
        return parse_vcard_date(text);
    }
    let date_part = date_part(text);
    for format in ["%Y-%m-%d", "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y"] {
        if let Ok(date) = NaiveDate::parse_from_str(date_part, format) {
            return from_parts(date.year(), date.month(), date.day());
        }
    }
    if let Some((first, second, year)) = numeric_date(text) {
        let day_first = first > 12 || (second <= 12 && order == DateOrder::DayFirst);
        let (month, day) = if day_first {
            (second, first)
        } else {
            (first, second)
        };
        return from_parts(year, month, day);
    }
    parse_vcard_date(text)
}

/// `1/8/18, 6:14 PM`: the time after the comma or space does not matter.
fn date_part(text: &str) -> &str {
    if text.contains('/') {
        text.split(',').next().unwrap_or_default().trim()
    } else {
        text
    }
}

/// The two leading numbers and the (widened) year of a numeric date with `/`, `.` or `-`
/// between them, such as `05/11/1979`, `5.11.79` or `05-11-1979`; `None` for anything
/// else, ISO dates included.
pub fn numeric_date(raw: &str) -> Option<(u32, u32, i32)> {
    let text = date_part(raw.trim());
    let text = text.split_whitespace().next().unwrap_or_default();
    let mut parts = text.split(['/', '.', '-']);
    let (first, second, year) = (parts.next()?, parts.next()?, parts.next()?);
    let short = |part: &str| (1..=2).contains(&part.len());
    if parts.next().is_some()
        || !short(first)
        || !short(second)
        || !(year.len() == 2 || year.len() == 4)
    {
        return None;
    }
    let year: i32 = year.parse().ok()?;
    let year = match year {
        0..=69 => 2000 + year,
        70..=99 => 1900 + year,
        _ => year,
    };
    Some((first.parse().ok()?, second.parse().ok()?, year))
}

/// `LinkedIn`'s "Connected On" as a full date.
pub fn parse_connected_on(raw: &str) -> Option<NaiveDate> {
    let date = parse_csv_date(raw)?;
    NaiveDate::from_ymd_opt(date.year?, date.month, date.day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full(y: i32, m: u32, d: u32) -> Option<PartialDate> {
        PartialDate::full(y, m, d)
    }

    #[test]
    fn vcard_dates_in_every_shape() {
        assert_eq!(parse_vcard_date("--0203"), PartialDate::year_less(2, 3));
        assert_eq!(parse_vcard_date("--04-15"), PartialDate::year_less(4, 15));
        assert_eq!(parse_vcard_date("1985-03-12"), full(1985, 3, 12));
        assert_eq!(parse_vcard_date("19800322"), full(1980, 3, 22));
        assert_eq!(parse_vcard_date("16040101"), PartialDate::year_less(1, 1));
        assert_eq!(parse_vcard_date("20090808T1430-0500"), full(2009, 8, 8));
        assert_eq!(parse_vcard_date("circa 1800"), None);
        assert_eq!(parse_vcard_date("1985-02-30"), None);
    }

    #[test]
    fn csv_dates_in_every_shape() {
        assert_eq!(parse_csv_date("09 Oct 2024"), full(2024, 10, 9));
        assert_eq!(parse_csv_date("1/8/18, 6:14 PM"), full(2018, 1, 8));
        assert_eq!(parse_csv_date("20/01/1991"), full(1991, 1, 20));
        assert_eq!(parse_csv_date("3/22/1980"), full(1980, 3, 22));
        assert_eq!(parse_csv_date("--12-24"), PartialDate::year_less(12, 24));
        assert_eq!(parse_csv_date("0/0/00"), None);
        assert_eq!(parse_csv_date(""), None);
        assert_eq!(parse_csv_date("22.03.1980"), full(1980, 3, 22));
        assert_eq!(parse_csv_date("22-03-1980"), full(1980, 3, 22));
        assert_eq!(parse_csv_date("05-11-1979"), full(1979, 5, 11));
        assert_eq!(
            parse_csv_date_as("05-11-1979", DateOrder::DayFirst),
            full(1979, 11, 5)
        );
        assert_eq!(
            parse_csv_date_as("3/22/1980", DateOrder::DayFirst),
            full(1980, 3, 22)
        );
        assert_eq!(numeric_date("1985-03-12"), None);
        assert_eq!(numeric_date("+45 12 34"), None);
    }
}

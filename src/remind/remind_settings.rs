use chrono::{Datelike, NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

/// When reminders come, on this device (not in the synced data folder: each laptop has its
/// own schedule).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RemindSettings {
    /// The time of day the schedule runs `dunbar remind`.
    pub time: NaiveTime,
    /// Days without reminders (the weekend by default).
    pub quiet_days: Vec<Weekday>,
    /// Hours without reminders, from and to (may wrap past midnight: 22:00–07:00).
    pub quiet_hours: Option<(NaiveTime, NaiveTime)>,
}

impl Default for RemindSettings {
    fn default() -> Self {
        Self {
            time: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default(),
            quiet_days: vec![Weekday::Sat, Weekday::Sun],
            quiet_hours: None,
        }
    }
}

impl RemindSettings {
    /// Whether `now` falls on a quiet day or in the quiet hours.
    pub fn is_quiet(&self, now: NaiveDateTime) -> bool {
        if self.quiet_days.contains(&now.weekday()) {
            return true;
        }
        match self.quiet_hours {
            Some((from, to)) if from <= to => (from..to).contains(&now.time()),
            Some((from, to)) => now.time() >= from || now.time() < to,
            None => false,
        }
    }

    /// Parses quiet days written as `sat,sun` (English or Danish short names, or `none`).
    pub fn parse_days(text: &str) -> Option<Vec<Weekday>> {
        let text = text.trim().to_lowercase();
        if text.is_empty() || text == "none" || text == "ingen" {
            return Some(Vec::new());
        }
        text.split(',')
            .map(|day| match day.trim() {
                "mon" | "monday" | "man" | "mandag" => Some(Weekday::Mon),
                "tue" | "tuesday" | "tir" | "tirsdag" => Some(Weekday::Tue),
                "wed" | "wednesday" | "ons" | "onsdag" => Some(Weekday::Wed),
                "thu" | "thursday" | "tor" | "torsdag" => Some(Weekday::Thu),
                "fri" | "friday" | "fre" | "fredag" => Some(Weekday::Fri),
                "sat" | "saturday" | "lør" | "lørdag" => Some(Weekday::Sat),
                "sun" | "sunday" | "søn" | "søndag" => Some(Weekday::Sun),
                _ => None,
            })
            .collect()
    }

    /// Parses quiet hours written as `22:00-07:00` (or `none`).
    pub fn parse_hours(text: &str) -> Option<Option<(NaiveTime, NaiveTime)>> {
        let text = text.trim();
        if text.is_empty() || text == "none" || text == "ingen" {
            return Some(None);
        }
        let (from, to) = text.split_once('-')?;
        let time = |t: &str| NaiveTime::parse_from_str(t.trim(), "%H:%M").ok();
        Some(Some((time(from)?, time(to)?)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day: &str, time: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(&format!("{day} {time}"), "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn weekends_are_quiet_by_default_and_quiet_hours_wrap_midnight() {
        let mut settings = RemindSettings::default();
        assert!(settings.is_quiet(at("2026-12-05", "09:00")), "a Saturday");
        assert!(!settings.is_quiet(at("2026-12-07", "09:00")), "a Monday");
        settings.quiet_hours = RemindSettings::parse_hours("22:00-07:00").unwrap();
        assert!(settings.is_quiet(at("2026-12-07", "06:30")));
        assert!(settings.is_quiet(at("2026-12-07", "23:00")));
        assert!(!settings.is_quiet(at("2026-12-07", "07:00")));
        assert_eq!(
            RemindSettings::parse_days("fre, lørdag"),
            Some(vec![Weekday::Fri, Weekday::Sat])
        );
        assert_eq!(RemindSettings::parse_days("someday"), None);
        assert_eq!(RemindSettings::parse_days("none"), Some(Vec::new()));
    }
}

use crate::remind::RemindSettings;

/// Settings › Reminders as typed: this device's reminder settings (read by the shell from
/// the state folder), the fields as text, and what the schedule's status says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReminderDraft {
    /// The settings as last saved.
    pub settings: RemindSettings,
    /// The time of day as typed (`09:00`).
    pub time: String,
    /// Saturdays and Sundays are quiet.
    pub quiet_weekends: bool,
    /// The quiet hours as typed (`22:00-07:00`, or empty).
    pub quiet_hours: String,
    /// Whether the schedule is installed, when it last ran, the quiet times (lines).
    pub status: String,
    /// Whether the daily schedule is installed.
    pub installed: bool,
    /// Why a field could not be taken.
    pub problem: Option<String>,
}

impl ReminderDraft {
    /// A draft of `settings`, with the schedule's status.
    pub fn new(settings: RemindSettings, status: String, installed: bool) -> Self {
        Self {
            time: settings.time.format("%H:%M").to_string(),
            quiet_weekends: settings.quiet_days.contains(&chrono::Weekday::Sat)
                && settings.quiet_days.contains(&chrono::Weekday::Sun),
            quiet_hours: settings.quiet_hours.map_or_else(String::new, |(from, to)| {
                format!("{}-{}", from.format("%H:%M"), to.format("%H:%M"))
            }),
            settings,
            status,
            installed,
            problem: None,
        }
    }

    /// The settings the fields say, or why not.
    pub fn edited(&self) -> Result<RemindSettings, String> {
        let mut settings = self.settings.clone();
        settings.time = chrono::NaiveTime::parse_from_str(self.time.trim(), "%H:%M")
            .map_err(|_| crate::tr!("remind-bad-time", text = self.time.as_str()))?;
        settings
            .quiet_days
            .retain(|d| !matches!(d, chrono::Weekday::Sat | chrono::Weekday::Sun));
        if self.quiet_weekends {
            settings
                .quiet_days
                .extend([chrono::Weekday::Sat, chrono::Weekday::Sun]);
        }
        settings.quiet_hours = RemindSettings::parse_hours(&self.quiet_hours)
            .ok_or_else(|| crate::tr!("remind-bad-hours", text = self.quiet_hours.as_str()))?;
        Ok(settings)
    }
}

use std::fmt::Write as _;

use crate::tr;

use super::{RemindFolder, RemindSettings, ScheduleStatus};

/// What `--status` and Settings › Reminders say.
pub fn status_text(
    status: &ScheduleStatus,
    folder: &RemindFolder,
    settings: &RemindSettings,
) -> String {
    let time = settings.time.format("%H:%M").to_string();
    let mut text = String::new();
    let installed = match (status.installed, status.active) {
        (false, _) => tr!("remind-status-off"),
        (true, Some(false)) => tr!("remind-status-inactive", time = time),
        (true, _) => tr!("remind-status-on", time = time),
    };
    let _ = writeln!(text, "{installed}");
    if let Some(file) = status.file.as_ref().filter(|_| status.installed) {
        let _ = writeln!(text, "  {}", file.display());
    }
    let state = folder.state();
    let _ = writeln!(
        text,
        "{}",
        match state.last_run {
            Some(at) => tr!(
                "remind-last-run",
                when = at.format("%Y-%m-%d %H:%M").to_string()
            ),
            None => tr!("remind-never-ran"),
        }
    );
    let days: Vec<String> = settings
        .quiet_days
        .iter()
        .map(|d| crate::i18n::spoken_date::weekday_word(*d))
        .collect();
    let hours = settings.quiet_hours.map_or_else(
        || tr!("remind-none"),
        |(from, to)| format!("{}\u{2013}{}", from.format("%H:%M"), to.format("%H:%M")),
    );
    let _ = writeln!(
        text,
        "{}",
        tr!(
            "remind-quiet-settings",
            days = if days.is_empty() {
                tr!("remind-none")
            } else {
                days.join(", ")
            },
            hours = hours
        )
    );
    text
}

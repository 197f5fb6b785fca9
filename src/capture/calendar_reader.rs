//! iCalendar files (Google Calendar's export, Outlook, Apple) and folders of them (a vdir)
//! through `calcard`, which expands `RRULE`/`RDATE`/`EXDATE`, applies moved instances
//! (`RECURRENCE-ID`) and resolves time zones, Windows names included.

use std::path::{Path, PathBuf};

use calcard::common::timezone::Tz;
use calcard::icalendar::{
    ICalendar, ICalendarComponent, ICalendarComponentType, ICalendarParameterName,
    ICalendarParameterValue, ICalendarParticipationStatus, ICalendarProperty, ICalendarStatus,
    ICalendarUserTypes,
};
use chrono::{Local, NaiveDateTime};

use super::{Attendee, CalendarOccurrence, CaptureError};

/// Occurrences of a series taken at most (a daily meeting over two years is ~730).
const MAX_OCCURRENCES: usize = 20_000;

/// Whether the bytes start like an iCalendar file.
pub fn looks_like_calendar(start: &[u8]) -> bool {
    String::from_utf8_lossy(start)
        .trim_start_matches('\u{feff}')
        .trim_start()
        .to_ascii_uppercase()
        .starts_with("BEGIN:VCALENDAR")
}

/// Whether `path` is a calendar: an iCalendar file, or a folder of `.ics` files (a vdir).
pub fn is_calendar(path: &Path) -> bool {
    if path.is_dir() {
        return !calendar_files(path).is_empty();
    }
    let mut head = [0u8; 64];
    std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read(&mut f, &mut head))
        .is_ok_and(|n| looks_like_calendar(head.get(..n).unwrap_or_default()))
}

/// The `.ics` files at `path` (a file, or a folder and its subfolders), sorted.
pub fn calendar_files(path: &Path) -> Vec<PathBuf> {
    if !path.is_dir() {
        return vec![path.to_owned()];
    }
    let mut found = Vec::new();
    let mut stack = vec![path.to_owned()];
    while let Some(next) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&next) else {
            continue;
        };
        for entry in entries.flatten() {
            let file = entry.path();
            if file.is_dir() {
                stack.push(file);
            } else if file
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("ics"))
            {
                found.push(file);
            }
        }
    }
    found.sort();
    found
}

fn text(component: &ICalendarComponent, property: &ICalendarProperty) -> String {
    component
        .property(property)
        .and_then(|e| e.values.first())
        .and_then(|v| v.as_text())
        .unwrap_or_default()
        .trim()
        .to_owned()
}

fn address(value: &str) -> String {
    let value = value.trim();
    value
        .strip_prefix("mailto:")
        .or_else(|| value.strip_prefix("MAILTO:"))
        .unwrap_or(value)
        .trim()
        .to_ascii_lowercase()
}

fn attendees(component: &ICalendarComponent) -> Vec<Attendee> {
    component
        .properties(&ICalendarProperty::Attendee)
        .filter_map(|entry| {
            let address = address(entry.calendar_address()?);
            let mut declined = false;
            let mut room = false;
            for param in &entry.params {
                match (&param.name, &param.value) {
                    (
                        ICalendarParameterName::Partstat,
                        ICalendarParameterValue::Partstat(ICalendarParticipationStatus::Declined),
                    ) => declined = true,
                    (
                        ICalendarParameterName::Cutype,
                        ICalendarParameterValue::Cutype(
                            ICalendarUserTypes::Room | ICalendarUserTypes::Resource,
                        ),
                    ) => room = true,
                    _ => {}
                }
            }
            (!address.is_empty()).then_some(Attendee {
                address,
                declined,
                room,
            })
        })
        .collect()
}

/// Whether text holds a video-call link.
fn has_video_link(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    [
        "meet.google.com",
        "zoom.us/",
        "teams.microsoft.com",
        "teams.live.com",
        "whereby.com",
    ]
    .iter()
    .any(|host| lower.contains(host))
}

/// Outlook keeps a cancelled meeting as confirmed with its summary marked.
fn summary_cancelled(summary: &str) -> bool {
    let lower = summary.to_lowercase();
    ["canceled:", "cancelled:", "aflyst:", "abgesagt:"]
        .iter()
        .any(|p| lower.starts_with(p))
}

fn occurrence_of(component: &ICalendarComponent, start: NaiveDateTime) -> CalendarOccurrence {
    let summary = text(component, &ICalendarProperty::Summary);
    let location = text(component, &ICalendarProperty::Location);
    let conference = component
        .entries
        .iter()
        .filter(|e| {
            matches!(
                &e.name,
                ICalendarProperty::Description | ICalendarProperty::Url
            ) || e.name.as_str().eq_ignore_ascii_case("X-GOOGLE-CONFERENCE")
        })
        .filter_map(|e| e.values.first().and_then(|v| v.as_text()))
        .any(has_video_link);
    CalendarOccurrence {
        uid: component.uid().unwrap_or_default().to_owned(),
        start,
        cancelled: matches!(component.status(), Some(ICalendarStatus::Cancelled))
            || summary_cancelled(&summary),
        summary,
        organizer: component
            .property(&ICalendarProperty::Organizer)
            .and_then(|e| e.calendar_address())
            .map(address)
            .filter(|a| !a.is_empty()),
        attendees: attendees(component),
        video: conference || has_video_link(&location),
        place: !location.is_empty() && !location.contains("://") && !has_video_link(&location),
    }
}

/// Every occurrence of every event in the calendar file(s) at `path`.
pub fn read_calendar(path: &Path) -> Result<Vec<CalendarOccurrence>, CaptureError> {
    let mut occurrences = Vec::new();
    for file in calendar_files(path) {
        let bytes = std::fs::read(&file).map_err(|source| CaptureError::Unreadable {
            path: file.clone(),
            source,
        })?;
        occurrences.extend(calendar_occurrences(&String::from_utf8_lossy(&bytes)));
    }
    Ok(occurrences)
}

/// Every occurrence of every event in one iCalendar text; nothing when it does not parse.
pub fn calendar_occurrences(text: &str) -> Vec<CalendarOccurrence> {
    let mut occurrences = Vec::new();
    let Ok(mut calendar) = ICalendar::parse(text) else {
        return occurrences;
    };
    // calcard matches a moved instance to its series only when their SEQUENCE numbers
    // agree; Google and Outlook raise the instance's. Which one applies is told by
    // RECURRENCE-ID alone, so the numbers are dropped before expanding.
    for component in &mut calendar.components {
        component
            .entries
            .retain(|entry| entry.name != ICalendarProperty::Sequence);
    }
    let expanded = calendar.expand_dates(Tz::Floating, MAX_OCCURRENCES);
    for event in expanded.events {
        let Some(component) = calendar
            .components
            .get(usize::try_from(event.comp_id).unwrap_or(usize::MAX))
        else {
            continue;
        };
        if component.component_type != ICalendarComponentType::VEvent {
            continue;
        }
        // A floating time is already local; a zoned one is turned into the user's.
        let start = if event.start.timezone().is_floating() {
            event.start.naive_local()
        } else {
            event.start.with_timezone(&Local).naive_local()
        };
        occurrences.push(occurrence_of(component, start));
    }
    occurrences
}

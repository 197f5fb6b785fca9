//! iCalendar export: for each contact with a cadence the next follow-up, and each
//! birthday as a yearly event, all-day, with a reminder.

use chrono::{Duration, NaiveDate};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, Trigger};

use crate::domain::{Contact, Network};
use crate::review::due_status;

/// Writes follow-ups and birthdays of `contacts` as an iCalendar file. Every UID and
/// DTSTAMP is set here, so the same network and day give the same file.
/// Overdue follow-ups
/// are put on `today`; `today` also stamps the events (the export never reads the clock).
pub fn export_ics(network: &Network, contacts: &[&Contact], today: NaiveDate) -> String {
    let mut calendar = Calendar::new();
    calendar.name("Dunbar follow-ups and birthdays");
    let stamp = today.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc();
    for contact in contacts {
        if let Some(status) = due_status(network, contact, today) {
            let day = status.due_date.max(today);
            let event = Event::new()
                .uid(&format!("dunbar-follow-up-{}@dunbar.local", contact.id))
                .summary(&format!("Follow up with {}", contact.display_name))
                .description(&format!(
                    "{} is due for a touch (every {} days).",
                    contact.display_name, status.cadence_days
                ))
                .all_day(day)
                .timestamp(stamp)
                .alarm(
                    Alarm::display(
                        &format!("Follow up with {}", contact.display_name),
                        Trigger::after_start(Duration::hours(9)),
                    )
                    .uid(&format!(
                        "dunbar-follow-up-alarm-{}@dunbar.local",
                        contact.id
                    ))
                    .timestamp(stamp)
                    .done(),
                )
                .done();
            calendar.push(event);
        }
        if let Some(day) = contact.birthday.and_then(|b| b.next_occurrence(today)) {
            let event = Event::new()
                .uid(&format!("dunbar-birthday-{}@dunbar.local", contact.id))
                .summary(&format!("{}\u{2019}s birthday", contact.display_name))
                .all_day(day)
                .add_property("RRULE", "FREQ=YEARLY")
                .timestamp(stamp)
                .alarm(
                    Alarm::display(
                        &format!("{}\u{2019}s birthday tomorrow", contact.display_name),
                        Trigger::before_start(Duration::days(1)),
                    )
                    .uid(&format!(
                        "dunbar-birthday-alarm-{}@dunbar.local",
                        contact.id
                    ))
                    .timestamp(stamp)
                    .done(),
                )
                .done();
            calendar.push(event);
        }
    }
    calendar.done().to_string()
}

//! iCalendar export: for each contact with a cadence the next follow-up, each open
//! promise as a to-do (VTODO) due on its day with a reminder at 09:00 that day, and each
//! birthday as a yearly event, all-day (DTEND the next day, RFC 5545 §3.6.1), with a
//! reminder at 09:00 on the day; 29 February birthdays fall on 28 February in common years. Text never carries a raw CR or LF: line breaks are escaped as `\n`.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, Property, Todo, Trigger};

/// The hour of the day (local time) when a reminder shows: 09:00 on the day.
const ALARM_HOUR: i64 = 9;

/// Names this program in the file (RFC 5545 §3.7.3).
const ICS_PRODID: &str = concat!("-//Dunbar//Dunbar ", env!("CARGO_PKG_VERSION"), "//EN");

/// Text as iCalendar may carry it: CR LF and a lone CR become LF (which the writer escapes
/// as `\n`), and other control characters are dropped.
fn plain_text(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect()
}

use crate::domain::{Contact, Direction, Network};
use crate::review::due_status;

/// One all-day event with one display alarm; UIDs derive from `key` and the contact.
struct DayEvent<'a> {
    key: &'a str,
    contact: &'a Contact,
    day: NaiveDate,
    summary: String,
    alarm: String,
    trigger: Trigger,
}

impl DayEvent<'_> {
    fn build(self, stamp: DateTime<Utc>) -> Event {
        let id = self.contact.id;
        // An all-day event ends (exclusively) on the next day; on the last day chrono
        // knows, it ends on that day.
        let end = self.day.succ_opt().unwrap_or(self.day);
        Event::new()
            .uid(&format!("dunbar-{}-{id}@dunbar.local", self.key))
            .summary(&plain_text(&self.summary))
            .starts(self.day)
            .ends(end)
            .timestamp(stamp)
            .alarm(
                Alarm::display(&plain_text(&self.alarm), self.trigger)
                    .uid(&format!("dunbar-{}-alarm-{id}@dunbar.local", self.key))
                    .timestamp(stamp)
                    .done(),
            )
            .done()
    }
}

/// Writes follow-ups and birthdays of `contacts` as an iCalendar file. Overdue follow-ups
/// are put on `today`; `today` also stamps the events, and every UID is derived from the
/// contact, so the same network and day give the same file (no clock, no randomness).
pub fn export_ics(network: &Network, contacts: &[&Contact], today: NaiveDate) -> String {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", ICS_PRODID))
        .append_property(Property::new("CALSCALE", "GREGORIAN"));
    calendar.name("Dunbar follow-ups and birthdays");
    let stamp = today.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc();
    for contact in contacts {
        let name = &contact.display_name;
        if let Some(status) = due_status(network, contact, today) {
            let mut event = DayEvent {
                key: "follow-up",
                contact,
                day: status.due_date.max(today),
                summary: format!("Follow up with {name}"),
                alarm: format!("Follow up with {name}"),
                trigger: Trigger::after_start(Duration::hours(ALARM_HOUR)),
            }
            .build(stamp);
            event.description(&plain_text(&format!(
                "{name} is due for a touch (every {} days).",
                status.cadence_days
            )));
            calendar.push(event);
        }
        if let Some(birthday) = contact.birthday
            && let Some(day) = birthday.next_occurrence(today)
        {
            let mut event = DayEvent {
                key: "birthday",
                contact,
                day,
                summary: format!("{name}\u{2019}s birthday"),
                alarm: format!("{name}\u{2019}s birthday today"),
                trigger: Trigger::after_start(Duration::hours(ALARM_HOUR)),
            }
            .build(stamp);
            // 29 February falls on the last day of February: the 29th in leap years,
            // the 28th in the others (a plain yearly rule would skip three years in four).
            let rule = if birthday.month == 2 && birthday.day == 29 {
                "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"
            } else {
                "FREQ=YEARLY"
            };
            event.add_property("RRULE", rule);
            calendar.push(event);
        }
        for promise in network.promises_of(contact.id).filter(|p| p.is_open()) {
            let text = &promise.text;
            let summary = if promise.direction == Direction::Outbound {
                format!("Promised {name}: {text}")
            } else {
                format!("{name} promised: {text}")
            };
            let id = promise.id;
            // A to-do has no start: its alarm is told from DUE (RELATED=END, RFC 5545
            // §3.8.6.3), 09:00 on the due day.
            let todo = Todo::new()
                .uid(&format!("dunbar-promise-{id}@dunbar.local"))
                .summary(&plain_text(&summary))
                .description(&plain_text(&format!(
                    "Promised on {} (due {}).",
                    promise.created, promise.due
                )))
                .due(promise.due)
                .timestamp(stamp)
                .alarm(
                    Alarm::display(
                        &plain_text(&summary),
                        Trigger::after_end(Duration::hours(ALARM_HOUR)),
                    )
                    .uid(&format!("dunbar-promise-alarm-{id}@dunbar.local"))
                    .timestamp(stamp)
                    .done(),
                )
                .done();
            calendar.push(todo);
        }
    }
    calendar.done().to_string()
}

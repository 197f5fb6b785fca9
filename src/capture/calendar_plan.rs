//! Calendar occurrences into touches (DESIGN §9): one touch per past occurrence holding every
//! known person who did not decline; video when the event has a conference link, in person
//! when its location names a place, else a call; outbound when I organised it. Cancelled,
//! declined, solo and crowded events are skipped, a series counted once.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use chrono::{Days, Months, NaiveDateTime};

use crate::actions::Action;
use crate::domain::{
    Channel, ContactId, Direction, Network, Touch, TouchId, TouchKind, UpcomingEvent,
};

use super::mail_plan::{contacts_by_address, known_keys, my_addresses, source_action};
use super::{
    CalendarOccurrence, CaptureOptions, CapturePlan, CaptureReport, PerContact, SkipReason,
};

/// More people than this besides me and an event is a meeting of many, not a touch.
const MAX_OTHERS: usize = 8;
/// The longest note, in characters.
const NOTE_CHARS: usize = 80;
/// How far ahead coming events are kept (the review shows the next 7 days; a scan a few
/// weeks old still knows next week's meetings).
const UPCOMING_DAYS: u64 = 31;
/// The most coming events kept per calendar.
const MAX_UPCOMING: usize = 500;

/// What one occurrence makes: a touch with these contacts, or a reason not to.
fn judge(
    occurrence: &CalendarOccurrence,
    me: &HashSet<String>,
    by_address: &std::collections::HashMap<String, ContactId>,
) -> Result<Vec<ContactId>, SkipReason> {
    if occurrence.cancelled {
        return Err(SkipReason::Cancelled);
    }
    if occurrence
        .attendees
        .iter()
        .any(|a| me.contains(&a.address) && a.declined)
    {
        return Err(SkipReason::Declined);
    }
    let organised_by_me = occurrence.organizer.as_ref().is_none_or(|o| me.contains(o));
    let invited = occurrence.attendees.iter().any(|a| me.contains(&a.address));
    let mut others: BTreeSet<&str> = occurrence
        .attendees
        .iter()
        .filter(|a| !a.room && !me.contains(&a.address))
        .map(|a| a.address.as_str())
        .collect();
    if let Some(organizer) = occurrence.organizer.as_deref().filter(|o| !me.contains(*o)) {
        others.insert(organizer);
    }
    if !organised_by_me && !invited {
        return Err(SkipReason::NotMe);
    }
    if others.is_empty() {
        return Err(SkipReason::Solo);
    }
    if others.len() > MAX_OTHERS {
        return Err(SkipReason::TooManyAttendees);
    }
    let declined: HashSet<&str> = occurrence
        .attendees
        .iter()
        .filter(|a| a.declined)
        .map(|a| a.address.as_str())
        .collect();
    let mut contacts: Vec<ContactId> = others
        .iter()
        .filter(|address| !declined.contains(*address))
        .filter_map(|address| by_address.get(*address).copied())
        .collect();
    contacts.sort_unstable();
    contacts.dedup();
    if contacts.is_empty() {
        return Err(SkipReason::UnknownPerson);
    }
    Ok(contacts)
}

fn note(summary: &str) -> String {
    let summary = summary.split_whitespace().collect::<Vec<_>>().join(" ");
    if summary.chars().count() <= NOTE_CHARS {
        return summary;
    }
    let cut: String = summary.chars().take(NOTE_CHARS - 1).collect();
    let at_word = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}\u{2026}", at_word.trim_end())
}

/// Plans the capture of calendar `occurrences` into `network`.
#[allow(clippy::too_many_lines)] // the rules of DESIGN §9 in their order
pub fn plan_calendar_capture(
    network: &Network,
    occurrences: &[CalendarOccurrence],
    options: &CaptureOptions,
) -> CapturePlan {
    let mut report = CaptureReport {
        messages: occurrences.len(),
        ..CaptureReport::default()
    };
    let me = my_addresses(network);
    let by_address = contacts_by_address(network);
    let window_start = options
        .now
        .checked_sub_months(Months::new(options.window_months))
        .unwrap_or(NaiveDateTime::MIN);
    let existing = known_keys(network);
    // Per series: whether an occurrence was captured, else the reason of its latest past
    // occurrence (a series counts once).
    let mut series: BTreeMap<&str, (bool, Option<SkipReason>)> = BTreeMap::new();
    let mut ids = network.fresh_ids(u64::try_from(occurrences.len() + 1).unwrap_or(u64::MAX));
    let mut actions: Vec<Action> = Vec::new();
    let mut keys: BTreeSet<String> = BTreeSet::new();
    let mut per_contact: BTreeMap<ContactId, usize> = BTreeMap::new();
    let mut sorted: Vec<&CalendarOccurrence> = occurrences.iter().collect();
    sorted.sort_by_key(|o| o.start);
    let horizon = options
        .now
        .checked_add_days(Days::new(UPCOMING_DAYS))
        .unwrap_or(NaiveDateTime::MAX);
    let mut upcoming: Vec<UpcomingEvent> = Vec::new();
    for occurrence in sorted {
        if occurrence.start > options.now {
            // A coming meeting is no touch (its reason is `future`); with known people it
            // is kept for the review's "Coming up" and the meeting brief (DESIGN §11).
            if occurrence.start <= horizon
                && upcoming.len() < MAX_UPCOMING
                && let Ok(contacts) = judge(occurrence, &me, &by_address)
            {
                upcoming.push(UpcomingEvent {
                    uid: occurrence.uid.clone(),
                    start: occurrence.start,
                    summary: note(&occurrence.summary),
                    contacts,
                });
            }
            continue;
        }
        let outcome = if occurrence.start < window_start
            || options
                .since
                .is_some_and(|since| occurrence.start.date() < since)
        {
            Err(SkipReason::TooOld)
        } else {
            judge(occurrence, &me, &by_address)
        };
        let state = series
            .entry(occurrence.uid.as_str())
            .or_insert((false, None));
        let contacts = match outcome {
            Ok(contacts) => {
                state.0 = true;
                contacts
            }
            Err(reason) => {
                state.1 = Some(reason);
                continue;
            }
        };
        let key = format!(
            "calendar:{}:{}",
            occurrence.uid,
            occurrence.start.format("%Y%m%dT%H%M")
        );
        if existing.contains(key.as_str()) || keys.contains(&key) {
            continue;
        }
        let Some(id) = ids.next() else { break };
        for contact in &contacts {
            *per_contact.entry(*contact).or_default() += 1;
        }
        let channel = if occurrence.video {
            Channel::Video
        } else if occurrence.place {
            Channel::InPerson
        } else {
            Channel::Call
        };
        let mine = occurrence.organizer.as_ref().is_none_or(|o| me.contains(o));
        actions.push(Action::InsertTouch(Box::new(Touch {
            id: TouchId::new(id),
            date: occurrence.start.date(),
            contacts,
            channel,
            direction: if mine {
                Direction::Outbound
            } else {
                Direction::Inbound
            },
            kind: TouchKind::Meaningful,
            note: note(&occurrence.summary),
            awaiting_reply: false,
            capture_key: key.clone(),
        })));
        report.touches += 1;
        keys.insert(key);
    }
    for (captured, reason) in series.values() {
        if let (false, Some(reason)) = (captured, reason) {
            *report.skipped.entry(*reason).or_default() += 1;
        }
    }
    report.contacts = per_contact.len();
    let mut listed: Vec<PerContact> = per_contact
        .iter()
        .filter_map(|(id, touches)| {
            network.contact(*id).map(|c| PerContact {
                name: c.display_name.clone(),
                touches: *touches,
                awaiting_reply: 0,
            })
        })
        .collect();
    listed.sort_by(|a, b| b.touches.cmp(&a.touches).then_with(|| a.name.cmp(&b.name)));
    report.per_contact = listed;
    let known_upcoming = network
        .sources()
        .find(|s| s.path == options.path)
        .map(|s| s.upcoming.as_slice());
    let upcoming_changed = known_upcoming.map_or(!upcoming.is_empty(), |known| known != upcoming);
    report.upcoming = upcoming.len();
    if !actions.is_empty() || upcoming_changed {
        actions.push(source_action(
            network,
            &mut ids,
            keys,
            BTreeSet::new(),
            options,
            Some(upcoming),
        ));
    }
    let action = (!actions.is_empty()).then(|| Action::Batch {
        label: format!("capture {}", options.path),
        actions,
    });
    CapturePlan { action, report }
}

//! The weekly review: one queue, in the order of DESIGN §2.

use std::cmp::Ordering;

use chrono::{Days, NaiveDate};

use crate::domain::spoken_date::{spoken_day, spoken_overdue, spoken_partial_date, weekday_name};
use crate::domain::{AskStatus, Circle, Contact, ContactLinks, Direction, Network, PartialDate};
use crate::tr;

use super::CircleFill;
use super::agenda::{coming_up, event_contacts, promises_due_by};
use super::budgets::{CircleMembers, fills_of};
use super::cadence::due_status_in;
use super::obligations::{owed_gift_in, waiting_on_you_in};
use super::readiness::ask_readiness;
use super::{DueStatus, ReviewItem, ReviewSection};

/// How far ahead birthdays and anniversaries are shown.
pub const UPCOMING_DAYS: u64 = 14;

fn is_snoozed(contact: &Contact, today: NaiveDate) -> bool {
    contact.snoozed_until.is_some_and(|until| today < until)
}

/// How a reason names a day: ISO for the command line, spoken for the window (§3a rule 6).
#[derive(Clone, Copy)]
enum Dates {
    Iso,
    Spoken(NaiveDate),
}

impl Dates {
    /// "on 2026-11-02" or "3 weeks ago".
    fn on(self, date: NaiveDate) -> String {
        match self {
            Self::Iso => tr!("date-on", date = date.to_string()),
            Self::Spoken(today) => spoken_day(date, today),
        }
    }

    /// "2026-11-02" or "3 weeks ago".
    fn bare(self, date: NaiveDate) -> String {
        match self {
            Self::Iso => date.to_string(),
            Self::Spoken(today) => spoken_day(date, today),
        }
    }
}

/// An item whose reason is written once per kind of date.
fn item(
    section: ReviewSection,
    contact: &Contact,
    today: NaiveDate,
    reason: impl Fn(Dates) -> String,
) -> ReviewItem {
    let mut entry = bare_item(
        section,
        contact.display_name.clone(),
        contact.circle,
        reason(Dates::Iso),
    );
    entry.spoken_reason = reason(Dates::Spoken(today));
    entry.contact = Some(contact.id);
    entry
}

/// An item with nothing but its section, name, circle and reason.
fn bare_item(section: ReviewSection, name: String, circle: Circle, reason: String) -> ReviewItem {
    ReviewItem {
        section,
        contact: None,
        name,
        circle,
        last_touch: None,
        due: None,
        days_overdue: None,
        at_risk: false,
        ask: None,
        ready: false,
        spoken_reason: reason.clone(),
        reason,
        subject: None,
        promise: None,
        text: None,
        event: None,
        start: None,
    }
}

/// Birthdays and anniversaries of `contact` up to `horizon`.
fn date_items(
    contact: &Contact,
    today: NaiveDate,
    horizon: NaiveDate,
    items: &mut Vec<ReviewItem>,
) {
    for (birthday, date) in [(true, contact.birthday), (false, contact.anniversary)] {
        if let Some((day, next)) = date
            .and_then(|d| Some((d, d.next_occurrence(today)?)))
            .filter(|(_, next)| *next <= horizon)
        {
            // "birthday in 3 days (15 April)": the day and month, never a year.
            let spoken = PartialDate { year: None, ..day };
            let mut entry = item(
                ReviewSection::UpcomingDate,
                contact,
                today,
                |dates| match dates {
                    Dates::Iso if birthday => tr!("review-birthday-on", date = next.to_string()),
                    Dates::Iso => tr!("review-anniversary-on", date = next.to_string()),
                    Dates::Spoken(_) => {
                        let (when, day) = (dates.on(next), spoken_partial_date(spoken));
                        if birthday {
                            tr!("review-birthday", when = when, day = day)
                        } else {
                            tr!("review-anniversary", when = when, day = day)
                        }
                    }
                },
            );
            entry.due = Some(next);
            items.push(entry);
        }
    }
}

/// Adds what one person contributes to each section to `items`. Most of 30,000 people
/// contribute nothing, so each check starts from the cheap per-contact summary.
fn person_items(
    network: &Network,
    contact: &Contact,
    links: &ContactLinks,
    today: NaiveDate,
    horizon: NaiveDate,
    items: &mut Vec<ReviewItem>,
) {
    let has_dates = contact.birthday.is_some() || contact.anniversary.is_some();
    let may_be_due =
        contact.cadence_days.is_some() || network.cadences().days(contact.circle).is_some();
    let has_records =
        !links.awaiting_reply.is_empty() || !links.gifts.is_empty() || !links.asks.is_empty();
    if !has_records && !has_dates && !may_be_due {
        return;
    }
    let first = items.len();
    let last = links.last_touch();
    if let Some(touch) = waiting_on_you_in(network, links) {
        // A captured message names its subject (the note), so the user knows which mail.
        let subject =
            (touch.captured_from().is_some() && !touch.note.is_empty()).then(|| touch.note.clone());
        let reason = |dates: Dates| {
            if let Some(subject) = &subject {
                tr!(
                    "review-waiting-about",
                    when = dates.on(touch.date),
                    subject = subject.clone()
                )
            } else {
                tr!("review-waiting", when = dates.on(touch.date))
            }
        };
        let mut entry = item(ReviewSection::Waiting, contact, today, reason);
        entry.due = Some(touch.date);
        entry.subject = subject;
        items.push(entry);
    }
    if let Some(gift) = owed_gift_in(network, links) {
        let reason = |dates: Dates| {
            tr!(
                "review-give-back",
                key = gift.kind.key(),
                when = dates.on(gift.date)
            )
        };
        let mut entry = item(ReviewSection::GiveBack, contact, today, reason);
        entry.due = Some(gift.date);
        items.push(entry);
    }
    if let Some(status) = due_status_in(network, contact, links, today).filter(DueStatus::is_due) {
        let risk = if status.at_risk {
            format!(" ({})", tr!("health-at-risk"))
        } else {
            String::new()
        };
        let reason = |dates: Dates| {
            let since = last.map_or_else(
                || tr!("review-never-touched"),
                |d| tr!("review-last-touch", when = dates.bare(d)),
            );
            let overdue = spoken_overdue(status.days_overdue);
            let whole = status.cadence_days.fract() == 0.0;
            tr!(
                "review-overdue",
                since = since,
                days = crate::i18n::decimal(status.cadence_days),
                whole = if whole { "yes" } else { "no" },
                overdue = overdue
            ) + &risk
        };
        let mut entry = item(ReviewSection::Overdue, contact, today, reason);
        entry.due = Some(status.due_date);
        entry.days_overdue = Some(status.days_overdue);
        entry.at_risk = status.at_risk;
        items.push(entry);
    }
    date_items(contact, today, horizon, items);
    for ask in network
        .asks_of(contact.id)
        .filter(|a| a.status == AskStatus::Planned)
    {
        let readiness = ask_readiness(network, contact.id, today);
        let (kind, key) = (ask.kind.label().to_lowercase(), ask.kind.key());
        let reason = if readiness.is_ready() {
            tr!("review-ask-ready", kind = kind, key = key)
        } else {
            tr!(
                "review-ask-waits",
                kind = kind,
                key = key,
                why = readiness.explanation()
            )
        };
        let mut entry = item(ReviewSection::PlannedAsk, contact, today, |_| {
            reason.clone()
        });
        entry.due = Some(ask.date);
        entry.ask = Some(ask.id);
        entry.ready = readiness.is_ready();
        items.push(entry);
    }
    for entry in items.iter_mut().skip(first) {
        entry.last_touch = last;
    }
}

/// Promises due today or earlier, and the coming week's meetings with known people.
fn agenda_items(
    network: &Network,
    today: NaiveDate,
    shown: impl Fn(&Contact) -> bool,
    items: &mut Vec<ReviewItem>,
) {
    for promise in promises_due_by(network, today) {
        let Some(contact) = network.contact(promise.contact).filter(|c| shown(c)) else {
            continue;
        };
        let text = promise.text.clone();
        let mine = promise.direction == Direction::Outbound;
        let reason = |dates: Dates| {
            let due = match dates {
                Dates::Iso => tr!("review-due-on", date = promise.due.to_string()),
                Dates::Spoken(today) => spoken_overdue((today - promise.due).num_days()),
            };
            if mine {
                tr!("review-promised", text = text.as_str(), due = due)
            } else {
                tr!("review-they-promised", text = text.as_str(), due = due)
            }
        };
        let mut entry = item(ReviewSection::Promised, contact, today, reason);
        entry.due = Some(promise.due);
        entry.days_overdue = Some((today - promise.due).num_days());
        entry.promise = Some(promise.id);
        entry.text = Some(promise.text.clone());
        entry.last_touch = network.links(contact.id).last_touch();
        items.push(entry);
    }
    for event in coming_up(network, today) {
        for id in event_contacts(network, event) {
            let Some(contact) = network.contact(id).filter(|c| shown(c)) else {
                continue;
            };
            let time = event.start.format("%H:%M").to_string();
            let summary = event.summary.clone();
            let reason = |dates: Dates| {
                let day = match dates {
                    Dates::Iso => event.start.date().to_string(),
                    Dates::Spoken(today) if (event.start.date() - today).num_days() <= 1 => {
                        spoken_day(event.start.date(), today)
                    }
                    Dates::Spoken(_) => weekday_name(event.start.date()),
                };
                tr!(
                    "review-coming-up",
                    event = summary.as_str(),
                    day = day,
                    time = time.as_str()
                )
            };
            let mut entry = item(ReviewSection::ComingUp, contact, today, reason);
            entry.due = Some(event.start.date());
            entry.event = Some(event.summary.clone());
            entry.start = Some(event.start);
            entry.last_touch = network.links(contact.id).last_touch();
            items.push(entry);
        }
    }
}

/// One item per circle over its budget, naming who could move out.
fn budget_items(
    network: &Network,
    fills: Vec<CircleFill>,
) -> impl Iterator<Item = ReviewItem> + '_ {
    fills
        .into_iter()
        .filter(|fill| fill.over_by() > 0)
        .map(|fill| {
            let names: Vec<String> = fill
                .move_out
                .iter()
                .filter_map(|id| network.contact(*id))
                .map(|c| c.display_name.clone())
                .collect();
            bare_item(
                ReviewSection::OverBudget,
                fill.circle.label(),
                fill.circle,
                tr!(
                    "review-over-budget",
                    count = fill.cumulative,
                    budget = fill.budget,
                    over = fill.over_by(),
                    names = names.join(", ")
                ),
            )
        })
}

/// Order within a section: Overdue by circle (inner first) then most overdue; planned asks
/// ready first; the rest oldest first.
fn within_section(a: &ReviewItem, b: &ReviewItem) -> Ordering {
    let by_section = match a.section {
        ReviewSection::Overdue => a
            .circle
            .cmp(&b.circle)
            .then(b.days_overdue.cmp(&a.days_overdue)),
        ReviewSection::PlannedAsk => b.ready.cmp(&a.ready).then(a.due.cmp(&b.due)),
        ReviewSection::ComingUp => a.start.cmp(&b.start),
        _ => a.due.cmp(&b.due),
    };
    by_section
        .then(a.name.cmp(&b.name))
        .then(a.contact.cmp(&b.contact))
}

/// The review queue for `today`: promises due today or earlier; Waiting on you; the
/// coming week's meetings, by day; Give back; Overdue by circle (inner first,
/// most overdue first, at-risk marked); birthdays and anniversaries in the next 14 days;
/// planned asks (ready first); circles over budget. Snoozed and trashed people are left out.
pub fn review_queue(network: &Network, today: NaiveDate) -> Vec<ReviewItem> {
    let horizon = today
        .checked_add_days(Days::new(UPCOMING_DAYS))
        .unwrap_or(today);
    let mut items: Vec<ReviewItem> = Vec::new();
    // One walk over the people: each one's items, and the circles' fills for the budgets.
    let mut members = CircleMembers::default();
    for contact in network.contacts() {
        let links = network.links(contact.id);
        members.add(contact, links.last_touch());
        if !is_snoozed(contact, today) {
            person_items(network, contact, links, today, horizon, &mut items);
        }
    }
    agenda_items(
        network,
        today,
        |c| !c.is_trashed() && !is_snoozed(c, today),
        &mut items,
    );
    items.sort_by(|a, b| a.section.cmp(&b.section).then_with(|| within_section(a, b)));
    items.extend(budget_items(network, fills_of(members)));
    items
}

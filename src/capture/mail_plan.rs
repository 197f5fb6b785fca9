//! Messages into touches (DESIGN §9): the filters in their order, one touch per (contact,
//! thread, day) taking the direction of the day's last message between us, replies I owe,
//! the people I write with who are not in Dunbar, and one undoable batch that also
//! remembers the source. No IO and no clock: `now` is a parameter.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use chrono::{Months, NaiveDate, NaiveDateTime};

use crate::actions::Action;
use crate::domain::{
    CaptureSource, CaptureSourceId, Channel, ContactId, Direction, Network, Touch, TouchId,
    TouchKind, UpcomingEvent,
};

use super::{CaptureReport, MailMessage, NotInDunbar, PerContact, SkipReason};

/// More recipients than this and a message is a broadcast, not a conversation.
const MAX_RECIPIENTS: usize = 10;
/// An unanswered message older than this no longer waits for a reply.
const AWAITING_DAYS: i64 = 60;
/// The longest note, in characters.
const NOTE_CHARS: usize = 80;

/// What a capture is asked to do.
#[derive(Clone, Debug)]
pub struct CaptureOptions {
    /// Now, local time (with `--today D`, the end of day D).
    pub now: NaiveDateTime,
    /// How far back messages count (months; default 24).
    pub window_months: u32,
    /// Messages before this day are not read (`--since`).
    pub since: Option<NaiveDate>,
    /// The source: its kind (`mbox`, `maildir`) and path.
    pub kind: String,
    /// The path, as remembered.
    pub path: String,
    /// Bytes read (an mbox's size at this scan).
    pub scanned_bytes: u64,
    /// The fingerprint of the bytes before `scanned_bytes` (see `CaptureSource`).
    pub fingerprint: u64,
}

/// A capture planned: the batch to apply (none when nothing changes) and the preview.
#[derive(Clone, Debug)]
pub struct CapturePlan {
    /// One undoable batch: new touches, answered replies, the remembered source.
    pub action: Option<Action>,
    /// What it finds.
    pub report: CaptureReport,
}

/// Every e-mail address of a contact (not in the trash), lower case, to the contact.
pub(super) fn contacts_by_address(network: &Network) -> HashMap<String, ContactId> {
    let mut by_address: HashMap<String, ContactId> = HashMap::new();
    for contact in network.contacts().filter(|c| !c.is_trashed()) {
        for address in contact.email_addresses() {
            by_address
                .entry(address.trim().to_ascii_lowercase())
                .or_insert(contact.id);
        }
    }
    by_address
}

/// The capture keys already made: of the touches there are, and of those the user deleted
/// since (their sources keep them). Neither is made again.
pub(super) fn known_keys(network: &Network) -> HashSet<&str> {
    network
        .touches()
        .map(|t| t.capture_key.as_str())
        .filter(|k| !k.is_empty())
        .chain(
            network
                .sources()
                .flat_map(|s| s.keys.iter().map(String::as_str)),
        )
        .collect()
}

/// My addresses, lower case.
pub(super) fn my_addresses(network: &Network) -> HashSet<String> {
    network
        .profile()
        .emails
        .iter()
        .map(|e| e.trim().to_ascii_lowercase())
        .collect()
}

/// The first reason `message` makes no touch, before contacts are looked at.
fn skip_reason<'a>(
    message: &'a MailMessage,
    me: &HashSet<String>,
    seen: &mut HashSet<&'a str>,
    options: &CaptureOptions,
) -> Option<SkipReason> {
    let labelled = |names: &[&str]| {
        message.labels.iter().any(|label| {
            let last = label.rsplit('/').next().unwrap_or(label).trim();
            names.iter().any(|n| last.eq_ignore_ascii_case(n))
        })
    };
    if labelled(&["Spam", "Junk", "Trash", "Bin", "Deleted", "Drafts", "Draft"]) {
        return Some(SkipReason::SpamTrashDraft);
    }
    if labelled(&["Chat", "Chats"]) {
        return Some(SkipReason::Chat);
    }
    if !message.message_id.is_empty() && !seen.insert(message.message_id.as_str()) {
        return Some(SkipReason::Duplicate);
    }
    let sent = message.sent?;
    if sent > options.now {
        return Some(SkipReason::Future);
    }
    let window_start = options
        .now
        .checked_sub_months(Months::new(options.window_months))
        .unwrap_or(NaiveDateTime::MIN);
    if sent < window_start || options.since.is_some_and(|since| sent.date() < since) {
        return Some(SkipReason::TooOld);
    }
    if message.newsletter {
        return Some(SkipReason::Newsletter);
    }
    if message.auto_submitted
        || message
            .from
            .as_ref()
            .is_some_and(|f| is_noreply(&f.address))
    {
        return Some(SkipReason::Automated);
    }
    if message.to.len() + message.cc.len() > MAX_RECIPIENTS {
        return Some(SkipReason::TooManyRecipients);
    }
    let from_me = message
        .from
        .as_ref()
        .is_some_and(|f| me.contains(&f.address));
    let to_me = message
        .to
        .iter()
        .chain(&message.cc)
        .any(|p| me.contains(&p.address));
    if !from_me && !to_me {
        return Some(SkipReason::NotMe);
    }
    None
}

/// `noreply@`, `no-reply@`, `donotreply@`, `notifications@`, `mailer-daemon@`,
/// `postmaster@`, `bounce…@`.
fn is_noreply(address: &str) -> bool {
    let local = address.split('@').next().unwrap_or_default();
    matches!(
        local,
        "noreply" | "no-reply" | "donotreply" | "notifications" | "mailer-daemon" | "postmaster"
    ) || local.starts_with("bounce")
}

/// The subject without `Re:`, `Fwd:`, `SV:`, `AW:` … (repeatedly), cut at a word.
pub fn clean_subject(subject: &str) -> String {
    const PREFIXES: [&str; 10] = [
        "re", "fw", "fwd", "sv", "vs", "aw", "wg", "rv", "tr", "antw",
    ];
    let mut text = subject.trim();
    while let Some((head, rest)) = text.split_once(':') {
        if !PREFIXES.contains(&head.trim().to_lowercase().as_str()) {
            break;
        }
        text = rest.trim_start();
    }
    let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= NOTE_CHARS {
        return text;
    }
    let cut: String = text.chars().take(NOTE_CHARS - 1).collect();
    let at_word = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}\u{2026}", at_word.trim_end())
}

/// A message that passed the filters.
struct Passed<'a> {
    message: &'a MailMessage,
    sent: NaiveDateTime,
    outbound: bool,
    contacts: Vec<ContactId>,
}

/// One (contact, thread, day): the day's last message decides the direction.
struct DayTouch {
    last: NaiveDateTime,
    outbound: bool,
    subject: String,
    awaiting: bool,
}

/// Who is who in a kind of message: my keys, a key to its contact, and how the touches are
/// named (`mail`, `linkedin`) and made (e-mail, message).
pub(super) struct Identity {
    /// My addresses (or profile keys).
    pub me: HashSet<String>,
    /// Every contact's addresses (or profile keys).
    pub by_address: HashMap<String, ContactId>,
    /// The capture keys' prefix.
    pub prefix: &'static str,
    /// The touches' channel.
    pub channel: Channel,
}

/// Plans the capture of `messages` into `network`.
pub fn plan_mail_capture(
    network: &Network,
    messages: &[MailMessage],
    options: &CaptureOptions,
) -> CapturePlan {
    let identity = Identity {
        me: my_addresses(network),
        by_address: contacts_by_address(network),
        prefix: "mail",
        channel: Channel::Email,
    };
    plan_messages(network, messages, options, &identity, Vec::new())
}

/// Plans the capture of messages with `identity`'s way of telling people apart; `extra`
/// are touches made beforehand (`LinkedIn` invitations) to go into the same batch.
#[allow(clippy::too_many_lines)] // the rules of DESIGN §9 in their order
pub(super) fn plan_messages(
    network: &Network,
    messages: &[MailMessage],
    options: &CaptureOptions,
    identity: &Identity,
    extra: Vec<Touch>,
) -> CapturePlan {
    let mut report = CaptureReport {
        messages: messages.len(),
        ..CaptureReport::default()
    };
    let me = identity.me.clone();
    if me.is_empty() {
        let mut proposed: BTreeSet<String> = BTreeSet::new();
        for message in messages {
            let in_sent = message.labels.iter().any(|l| {
                l.rsplit('/')
                    .next()
                    .unwrap_or(l)
                    .trim()
                    .eq_ignore_ascii_case("sent")
            });
            if in_sent && let Some(from) = &message.from {
                proposed.insert(from.address.clone());
            }
        }
        report.proposed_me = proposed.into_iter().collect();
    }
    let by_address = &identity.by_address;
    let mut seen: HashSet<&str> = network
        .sources()
        .flat_map(|s| s.message_ids.iter().map(String::as_str))
        .collect();
    let mut new_ids: BTreeSet<String> = BTreeSet::new();
    let mut passed: Vec<Passed<'_>> = Vec::new();
    for message in messages {
        let before = seen.len();
        if let Some(reason) = skip_reason(message, &me, &mut seen, options) {
            *report.skipped.entry(reason).or_default() += 1;
            continue;
        }
        if seen.len() > before {
            new_ids.insert(message.message_id.clone());
        }
        let Some(sent) = message.sent else { continue };
        if message.invitation {
            // The calendar makes the touch of an invitation.
            continue;
        }
        let outbound = message
            .from
            .as_ref()
            .is_some_and(|f| me.contains(&f.address));
        let contacts: Vec<ContactId> = if outbound {
            let mut ids: Vec<ContactId> = message
                .to
                .iter()
                .chain(&message.cc)
                .filter_map(|p| by_address.get(&p.address).copied())
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        } else {
            message
                .from
                .as_ref()
                .and_then(|f| by_address.get(&f.address).copied())
                .into_iter()
                .collect()
        };
        if contacts.is_empty() {
            *report.skipped.entry(SkipReason::UnknownPerson).or_default() += 1;
        }
        passed.push(Passed {
            message,
            sent,
            outbound,
            contacts,
        });
    }
    // One touch per (contact, thread, day); the day's last message decides the direction.
    let mut days: BTreeMap<(ContactId, &str, NaiveDate), DayTouch> = BTreeMap::new();
    for item in passed.iter().filter(|p| !p.contacts.is_empty()) {
        for contact in &item.contacts {
            let key = (*contact, item.message.thread.as_str(), item.sent.date());
            let entry = days.entry(key).or_insert_with(|| DayTouch {
                last: item.sent,
                outbound: item.outbound,
                subject: clean_subject(&item.message.subject),
                awaiting: false,
            });
            if item.sent >= entry.last {
                entry.last = item.sent;
                entry.outbound = item.outbound;
            }
        }
    }
    // The last message of each thread (after the filters) decides replies owed.
    let mut thread_last: HashMap<&str, &Passed<'_>> = HashMap::new();
    for item in &passed {
        let slot = thread_last
            .entry(item.message.thread.as_str())
            .or_insert(item);
        if item.sent >= slot.sent {
            *slot = item;
        }
    }
    let mut replied_threads: HashMap<String, NaiveDateTime> = HashMap::new();
    for (thread, last) in &thread_last {
        if last.outbound {
            replied_threads.insert((*thread).to_owned(), last.sent);
            continue;
        }
        let me_in_to = last.message.to.iter().any(|p| me.contains(&p.address));
        let age = (options.now.date() - last.sent.date()).num_days();
        if me_in_to && (0..=AWAITING_DAYS).contains(&age) {
            for contact in &last.contacts {
                let key = (*contact, *thread, last.sent.date());
                if let Some(day) = days.get_mut(&key)
                    && !day.outbound
                {
                    day.awaiting = true;
                }
            }
        }
    }
    // Keys already made (and kept, or deleted by the user since) are never made again.
    let existing = known_keys(network);
    let mut actions: Vec<Action> = Vec::new();
    let mut ids =
        network.fresh_ids(u64::try_from(days.len() + extra.len() + 1).unwrap_or(u64::MAX));
    let mut keys: BTreeSet<String> = BTreeSet::new();
    let mut per_contact: BTreeMap<ContactId, (usize, usize)> = BTreeMap::new();
    for ((contact, thread, day), touch) in &days {
        let key = format!("{}:{thread}:{day}", identity.prefix);
        if existing.contains(key.as_str()) || keys.contains(&key) {
            continue;
        }
        let Some(id) = ids.next() else { break };
        let entry = per_contact.entry(*contact).or_default();
        entry.0 += 1;
        entry.1 += usize::from(touch.awaiting);
        report.touches += 1;
        report.awaiting_reply += usize::from(touch.awaiting);
        actions.push(Action::InsertTouch(Box::new(Touch {
            id: TouchId::new(id),
            date: *day,
            contacts: vec![*contact],
            channel: identity.channel,
            direction: if touch.outbound {
                Direction::Outbound
            } else {
                Direction::Inbound
            },
            kind: TouchKind::Meaningful,
            note: touch.subject.clone(),
            awaiting_reply: touch.awaiting,
            capture_key: key.clone(),
        })));
        keys.insert(key);
    }
    // Touches made beforehand (invitations), under the same rules of keys.
    for mut touch in extra {
        if existing.contains(touch.capture_key.as_str()) || keys.contains(&touch.capture_key) {
            continue;
        }
        let Some(id) = ids.next() else { break };
        touch.id = TouchId::new(id);
        for contact in &touch.contacts {
            per_contact.entry(*contact).or_default().0 += 1;
        }
        report.touches += 1;
        keys.insert(touch.capture_key.clone());
        actions.push(Action::InsertTouch(Box::new(touch)));
    }
    // A later message of mine in the same thread answers a reply I owed.
    for touch in network.touches().filter(|t| t.awaiting_reply) {
        let Some(rest) = touch
            .capture_key
            .strip_prefix(identity.prefix)
            .and_then(|rest| rest.strip_prefix(':'))
        else {
            continue;
        };
        let thread = rest.rsplit_once(':').map_or(rest, |(thread, _)| thread);
        if replied_threads
            .get(thread)
            .is_some_and(|mine| mine.date() >= touch.date)
        {
            let mut answered = touch.clone();
            answered.awaiting_reply = false;
            actions.push(Action::ReplaceTouch(Box::new(answered)));
            report.replied += 1;
        }
    }
    report.contacts = per_contact.len();
    let mut listed: Vec<PerContact> = per_contact
        .iter()
        .filter_map(|(id, (touches, awaiting))| {
            network.contact(*id).map(|c| PerContact {
                name: c.display_name.clone(),
                touches: *touches,
                awaiting_reply: *awaiting,
            })
        })
        .collect();
    listed.sort_by(|a, b| b.touches.cmp(&a.touches).then_with(|| a.name.cmp(&b.name)));
    report.per_contact = listed;
    report.not_in_dunbar = not_in_dunbar(&passed, &me, by_address, options.now);
    if !actions.is_empty() || !new_ids.is_empty() {
        actions.push(source_action(
            network, &mut ids, keys, new_ids, options, None,
        ));
    }
    let action = (!actions.is_empty()).then(|| Action::Batch {
        label: format!("capture {}", options.path),
        actions,
    });
    CapturePlan { action, report }
}

/// The remembered source: a new one, or the one of this path with the new keys added.
pub(super) fn source_action(
    network: &Network,
    ids: &mut std::ops::Range<u64>,
    keys: BTreeSet<String>,
    message_ids: BTreeSet<String>,
    options: &CaptureOptions,
    upcoming: Option<Vec<UpcomingEvent>>,
) -> Action {
    if let Some(known) = network.sources().find(|s| s.path == options.path) {
        let mut updated = known.clone();
        if let Some(upcoming) = upcoming {
            updated.upcoming = upcoming;
        }
        updated.keys.extend(keys);
        updated.message_ids.extend(message_ids);
        updated.last_scan = options.now.date();
        updated.scanned_bytes = options.scanned_bytes;
        updated.fingerprint = options.fingerprint;
        return Action::ReplaceSource(Box::new(updated));
    }
    let id = ids.next().unwrap_or_else(|| network.fresh_id());
    Action::InsertSource(Box::new(CaptureSource {
        id: CaptureSourceId::new(id),
        kind: options.kind.clone(),
        path: options.path.clone(),
        last_scan: options.now.date(),
        scanned_bytes: options.scanned_bytes,
        fingerprint: options.fingerprint,
        keys,
        message_ids,
        upcoming: upcoming.unwrap_or_default(),
    }))
}

/// People with a two-way exchange over the last 12 months who are not contacts.
fn not_in_dunbar(
    passed: &[Passed<'_>],
    me: &HashSet<String>,
    known: &HashMap<String, ContactId>,
    now: NaiveDateTime,
) -> Vec<NotInDunbar> {
    #[derive(Default)]
    struct Tally {
        sent: usize,
        received: usize,
        last: Option<NaiveDate>,
        names: BTreeMap<String, usize>,
    }
    let start = now
        .checked_sub_months(Months::new(12))
        .unwrap_or(NaiveDateTime::MIN);
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    for item in passed.iter().filter(|p| p.sent >= start) {
        let people: Vec<&super::MailPerson> = if item.outbound {
            item.message.to.iter().chain(&item.message.cc).collect()
        } else {
            item.message.from.iter().collect()
        };
        for person in people {
            if me.contains(&person.address) || known.contains_key(&person.address) {
                continue;
            }
            let tally = tallies.entry(person.address.clone()).or_default();
            if item.outbound {
                tally.sent += 1;
            } else {
                tally.received += 1;
            }
            tally.last = tally.last.max(Some(item.sent.date()));
            if !person.name.is_empty() {
                *tally.names.entry(person.name.clone()).or_default() += 1;
            }
        }
    }
    let mut found: Vec<NotInDunbar> = tallies
        .into_iter()
        .filter(|(_, t)| t.sent > 0 && t.received > 0)
        .filter_map(|(address, t)| {
            let name = t
                .names
                .iter()
                .max_by_key(|(name, count)| (**count, std::cmp::Reverse((*name).clone())))
                .map_or_else(|| address.clone(), |(name, _)| name.clone());
            Some(NotInDunbar {
                name,
                address,
                sent: t.sent,
                received: t.received,
                last: t.last?,
            })
        })
        .collect();
    found.sort_by(|a, b| b.last.cmp(&a.last).then_with(|| a.address.cmp(&b.address)));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_lose_reply_prefixes_and_long_ones_are_cut_at_a_word() {
        assert_eq!(clean_subject("Re: SV: Fwd: Lunch"), "Lunch");
        assert_eq!(clean_subject("AW: wg: Antw: Termin"), "Termin");
        assert_eq!(clean_subject("Reunion: plans"), "Reunion: plans");
        let long = "word ".repeat(30);
        let cut = clean_subject(&long);
        assert!(
            cut.ends_with('\u{2026}') && cut.chars().count() <= 80,
            "{cut}"
        );
        assert!(cut.trim_end_matches('\u{2026}').ends_with("word"));
    }

    #[test]
    fn noreply_senders_are_recognised() {
        assert!(is_noreply("no-reply@github.com"));
        assert!(is_noreply("bounces+123@mail.example"));
        assert!(!is_noreply("mette@example.dk"));
    }
}

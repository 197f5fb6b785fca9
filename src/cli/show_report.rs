//! `dunbar show NAME [--json]`: one contact with every field and the timeline. The JSON
//! shape is fixed (scripts and tests rely on it): dates `YYYY-MM-DD` or `--MM-DD`, labels
//! lower case, `null` for what is not known.

use std::fmt::Write as _;

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::domain::{
    AskStatus, Contact, ContactLabel, Direction, Network, PartialDate, PostalAddress, TouchKind,
};

use crate::i18n::tr;

use super::visible::visible;

/// One entry of the timeline, newest first.
struct Entry<'a> {
    date: NaiveDate,
    what: &'static str,
    channel: Option<&'static str>,
    direction: &'static str,
    kind: &'static str,
    note: String,
    awaiting_reply: bool,
    source: &'a str,
}

fn direction_key(direction: Direction) -> &'static str {
    match direction {
        Direction::Outbound => "outbound",
        Direction::Inbound => "inbound",
    }
}

fn touch_kind_key(kind: TouchKind) -> &'static str {
    match kind {
        TouchKind::Meaningful => "meaningful",
        TouchKind::Light => "light",
        TouchKind::SharedMyWork => "shared_my_work",
    }
}

fn ask_status_key(status: AskStatus) -> &'static str {
    match status {
        AskStatus::Open => "open",
        _ => "closed",
    }
}

fn timeline<'a>(network: &'a Network, contact: &Contact) -> Vec<Entry<'a>> {
    let mut entries = Vec::new();
    for touch in network.touches_of(contact.id) {
        entries.push(Entry {
            date: touch.date,
            what: "touch",
            channel: Some(touch.channel.key()),
            direction: direction_key(touch.direction),
            kind: touch_kind_key(touch.kind),
            note: touch.note.clone(),
            awaiting_reply: touch.awaiting_reply,
            source: touch.captured_from().unwrap_or("manual"),
        });
    }
    for gift in network.gifts_of(contact.id) {
        let note = gift
            .item
            .and_then(|i| network.library_item(i))
            .map_or_else(|| gift.note.clone(), |item| item.title.clone());
        entries.push(Entry {
            date: gift.date,
            what: "gift",
            channel: None,
            direction: direction_key(gift.direction),
            kind: gift.kind.key(),
            note,
            awaiting_reply: false,
            source: "manual",
        });
    }
    for ask in network.asks_of(contact.id) {
        entries.push(Entry {
            date: ask.date,
            what: "ask",
            channel: None,
            direction: "outbound",
            kind: ask.kind.key(),
            note: if ask.note.is_empty() {
                ask_status_key(ask.status).to_owned()
            } else {
                ask.note.clone()
            },
            awaiting_reply: false,
            source: "manual",
        });
    }
    entries.sort_by_key(|entry| std::cmp::Reverse(entry.date));
    entries
}

fn label_json(label: Option<&ContactLabel>) -> Value {
    label.map_or(Value::Null, |l| json!(l.as_str().to_lowercase()))
}

fn date_json(date: Option<PartialDate>) -> Value {
    date.map_or(Value::Null, |d| json!(d.to_string()))
}

fn address_json(address: &PostalAddress) -> Value {
    json!({
        "label": label_json(address.label.as_ref()),
        "street": address.street,
        "city": address.city,
        "region": address.region,
        "postcode": address.postcode,
        "country": address.country,
    })
}

/// `show --json`.
pub fn show_json(network: &Network, contact: &Contact) -> Value {
    json!({
        "name": contact.display_name,
        "given_name": contact.given_name,
        "family_name": contact.family_name,
        "kind": contact.kind.as_str(),
        "uid": contact.uid,
        "emails": contact.emails.iter().map(|e| json!({
            "address": e.address,
            "label": label_json(e.label.as_ref()),
        })).collect::<Vec<_>>(),
        "phones": contact.phones.iter().map(|p| json!({
            "number": p.number,
            "label": label_json(p.label.as_ref()),
        })).collect::<Vec<_>>(),
        "addresses": contact.addresses.iter().map(address_json).collect::<Vec<_>>(),
        "company": contact.company,
        "role": contact.role,
        "birthday": date_json(contact.birthday),
        "anniversary": date_json(contact.anniversary),
        "linkedin_url": contact.linkedin_url,
        "links": contact.links,
        "tags": contact.tags,
        "interests": contact.interests,
        "notes": contact.notes,
        "circle": contact.circle.key(),
        "timeline": timeline(network, contact).into_iter().map(|entry| json!({
            "date": entry.date.to_string(),
            "type": entry.what,
            "channel": entry.channel,
            "direction": entry.direction,
            "kind": entry.kind,
            "note": entry.note,
            "awaiting_reply": entry.awaiting_reply,
            "source": entry.source,
        })).collect::<Vec<_>>(),
    })
}

/// `show` as text: the fields that have a value, then the timeline (control characters
/// shown as visible escapes).
pub fn show_text(network: &Network, contact: &Contact) -> String {
    let mut out = format!(
        "{} ({})\n",
        visible(&contact.display_name),
        contact.circle.label()
    );
    // Labels as the user types them in this language ("arbejde"); a custom one as written.
    let labelled = |value: &str, label: Option<&ContactLabel>| match label {
        Some(label) => format!("{} ({})", visible(value), label.typed()),
        None => visible(value).into_owned(),
    };
    let mut rows: Vec<(String, String)> = vec![
        (
            tr!("show-kind"),
            tr!("show-contact-kind", key = contact.kind.as_str()),
        ),
        (tr!("field-company"), visible(&contact.company).into_owned()),
        (tr!("field-role"), visible(&contact.role).into_owned()),
    ];
    rows.extend(
        contact
            .emails
            .iter()
            .map(|e| (tr!("show-email"), labelled(&e.address, e.label.as_ref()))),
    );
    rows.extend(
        contact
            .phones
            .iter()
            .map(|p| (tr!("show-phone"), labelled(&p.number, p.label.as_ref()))),
    );
    rows.extend(contact.addresses.iter().map(|a| {
        (
            tr!("show-address"),
            labelled(&a.one_line(), a.label.as_ref()),
        )
    }));
    rows.extend([
        (
            tr!("field-birthday"),
            contact.birthday.map(|d| d.to_string()).unwrap_or_default(),
        ),
        (
            tr!("field-anniversary"),
            contact
                .anniversary
                .map(|d| d.to_string())
                .unwrap_or_default(),
        ),
        (
            "LinkedIn".to_owned(),
            visible(contact.linkedin_url.as_deref().unwrap_or_default()).into_owned(),
        ),
    ]);
    rows.extend(
        contact
            .links
            .iter()
            .map(|l| (tr!("show-link"), visible(l).into_owned())),
    );
    let tags: Vec<&str> = contact.tags.iter().map(String::as_str).collect();
    rows.push((tr!("field-tags"), visible(&tags.join(", ")).into_owned()));
    let interests: Vec<&str> = contact.interests.iter().map(String::as_str).collect();
    rows.push((
        tr!("field-interests"),
        visible(&interests.join(", ")).into_owned(),
    ));
    rows.push((tr!("field-notes"), visible(&contact.notes).into_owned()));
    for (name, value) in rows.iter().filter(|(_, v)| !v.is_empty()) {
        let _ = writeln!(out, "  {name}: {value}");
    }
    timeline_text(&mut out, timeline(network, contact));
    out
}

/// The timeline of `show` as text, in this thread's language (the keys are the JSON's).
fn timeline_text(out: &mut String, entries: Vec<Entry>) {
    if entries.is_empty() {
        let _ = writeln!(*out, "\n{}", tr!("timeline-empty"));
    } else {
        let _ = writeln!(*out, "\n{}", tr!("page-timeline"));
        let waiting_text = tr!("show-awaiting-reply");
        for entry in entries {
            let channel = entry
                .channel
                .map(|c| tr!("show-by-channel", key = c))
                .unwrap_or_default();
            let waiting = if entry.awaiting_reply {
                waiting_text.as_str()
            } else {
                ""
            };
            let from = if entry.source == "manual" {
                String::new()
            } else {
                format!(", {}", tr!("show-from-source", source = entry.source))
            };
            // An ask without a note shows its status ("open"), said in this language.
            let note = if entry.what == "ask" && (entry.note == "open" || entry.note == "closed") {
                tr!("show-ask-status", key = entry.note.as_str())
            } else {
                visible(&entry.note).into_owned()
            };
            let _ = writeln!(
                *out,
                "  {} {} ({}, {}{channel}{waiting}{from}) {note}",
                entry.date,
                tr!("show-what", key = entry.what),
                tr!("show-entry-kind", key = entry.kind),
                tr!("show-direction", key = entry.direction),
            );
        }
    }
}

//! vCard 2.1 / 3.0 / 4.0 through calcard, one card at a time, with the repairs calcard
//! leaves to its caller (DESIGN §6): dates read from the raw text, Apple `itemN.` labels,
//! lines without a colon reported, a name found for every card.

use std::collections::HashMap;

use calcard::vcard::{VCard, VCardEntry, VCardProperty, VCardValue};

use super::dates::parse_vcard_date;
use super::decoding::repair_c1_controls;
use super::imported_record::collapse_spaces;
use super::normalise::is_exchange_address;
use super::{ImportWarning, ImportedRecord, ParsedFile};

/// Whether the text holds a vCard (a `BEGIN:VCARD` line near the start).
pub fn looks_like_vcard(text: &str) -> bool {
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .take(8)
        .any(is_begin)
}

fn is_begin(line: &str) -> bool {
    line.trim()
        .trim_start_matches('\u{feff}')
        .eq_ignore_ascii_case("BEGIN:VCARD")
}

fn is_end(line: &str) -> bool {
    line.trim().eq_ignore_ascii_case("END:VCARD")
}

/// A contact-group card (`KIND:group`, `X-ADDRESSBOOKSERVER-KIND:group`): a name and
/// the UIDs of its members, not a person.
struct GroupCard {
    line: usize,
    name: String,
    members: Vec<String>,
}

/// What reading one card leaves for the end of the file: the UID of every record kept,
/// and the group cards, whose members may come later in the file.
#[derive(Default)]
struct Cards {
    by_uid: HashMap<String, usize>,
    groups: Vec<GroupCard>,
}

/// `urn:uuid:ABC` and `abc` name the same card.
fn uid_key(value: &str) -> String {
    let lower = value.trim().to_ascii_lowercase();
    lower.strip_prefix("urn:uuid:").unwrap_or(&lower).to_owned()
}

/// Reads every card of `text` into `out`; bad cards and lines become warnings. Group
/// cards become a tag on those of their members that are in the file.
pub fn read_vcards(text: &str, out: &mut ParsedFile) {
    let mut cards = Cards::default();
    read_all_cards(text, out, &mut cards);
    for group in cards.groups {
        let members: Vec<usize> = group
            .members
            .iter()
            .filter_map(|uid| cards.by_uid.get(uid).copied())
            .collect();
        if members.is_empty() || group.name.is_empty() {
            out.warnings.push(ImportWarning::new(
                group.line,
                format!(
                    "group card \u{201c}{}\u{201d} is not a person and none of its members is \
                     in this file; skipped",
                    group.name
                ),
            ));
            continue;
        }
        for index in members {
            if let Some(record) = out.records.get_mut(index) {
                record.add_tag(&group.name);
            }
        }
    }
}

fn read_all_cards(text: &str, out: &mut ParsedFile, cards: &mut Cards) {
    let mut card: Vec<(usize, &str)> = Vec::new();
    let mut start: Option<usize> = None;
    for (index, raw_line) in text.split('\n').enumerate() {
        let number = index + 1;
        let line = raw_line.strip_suffix('\r').unwrap_or(raw_line);
        match start {
            None => {
                if is_begin(line) {
                    start = Some(number);
                    card.clear();
                    card.push((number, line));
                } else if !line.trim().is_empty() {
                    out.warnings.push(ImportWarning::new(
                        number,
                        "text outside a vCard (no BEGIN:VCARD before it); ignored",
                    ));
                }
            }
            Some(first) => {
                if is_begin(line) {
                    out.warnings.push(ImportWarning::new(
                        first,
                        "vCard has no END:VCARD before the next card; read up to there",
                    ));
                    read_card(first, &card, out, cards);
                    start = Some(number);
                    card.clear();
                    card.push((number, line));
                } else {
                    card.push((number, line));
                    if is_end(line) {
                        read_card(first, &card, out, cards);
                        start = None;
                        card.clear();
                    }
                }
            }
        }
    }
    if let Some(first) = start {
        out.warnings.push(ImportWarning::new(
            first,
            "vCard has no END:VCARD (the file ends inside it); read what was there",
        ));
        card.push((0, "END:VCARD"));
        read_card(first, &card, out, cards);
    }
}

/// One logical (unfolded) line: where it starts, its name, parameters and raw value.
struct RawProperty {
    line: usize,
    name: String,
    /// The parameters, lower case, without the name (`;type=linkedin;x-user=ann`).
    params: String,
    value: String,
}

/// Unfolds a card's lines (folding, quoted-printable soft breaks) and reports lines that
/// calcard would drop silently.
fn raw_properties(lines: &[(usize, &str)], warnings: &mut Vec<ImportWarning>) -> Vec<RawProperty> {
    let mut logical: Vec<(usize, String)> = Vec::new();
    let mut qp_continues = false;
    for (number, line) in lines {
        if line.trim().is_empty() {
            qp_continues = false;
            continue;
        }
        let folded = line.starts_with(' ') || line.starts_with('\t');
        if let Some((_, current)) = logical.last_mut().filter(|_| folded || qp_continues) {
            if folded && !qp_continues {
                current.push_str(line.get(1..).unwrap_or_default());
            } else {
                current.push_str(line);
            }
        } else {
            logical.push((*number, (*line).to_owned()));
        }
        let current = logical.last().map_or("", |(_, text)| text.as_str());
        qp_continues = current.ends_with('=') && is_quoted_printable(current);
    }
    let mut properties = Vec::with_capacity(logical.len());
    for (number, text) in logical {
        let Some((head, value)) = text.split_once(':') else {
            warnings.push(ImportWarning::new(
                number,
                format!(
                    "line without a colon is not a vCard property; ignored: \u{201c}{}\u{201d}",
                    shorten(&text)
                ),
            ));
            continue;
        };
        let (property, params) = head.split_once(';').unwrap_or((head, ""));
        let name = property
            .rsplit('.')
            .next()
            .unwrap_or_default()
            .to_ascii_uppercase();
        properties.push(RawProperty {
            line: number,
            name,
            params: params.to_ascii_lowercase(),
            value: value.to_owned(),
        });
    }
    properties
}

fn is_quoted_printable(line: &str) -> bool {
    let head = line.split(':').next().unwrap_or_default();
    head.to_ascii_uppercase().contains("QUOTED-PRINTABLE")
}

fn shorten(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

fn read_card(first_line: usize, lines: &[(usize, &str)], out: &mut ParsedFile, cards: &mut Cards) {
    let raw = raw_properties(lines, &mut out.warnings);
    let mut text = String::new();
    for (_, line) in lines {
        text.push_str(line);
        text.push_str("\r\n");
    }
    let Ok(card) = VCard::parse(&text) else {
        out.warnings.push(ImportWarning::new(
            first_line,
            "vCard could not be read; skipped",
        ));
        out.rejected += 1;
        return;
    };
    let raw_value = |names: &[&str]| {
        raw.iter()
            .find(|p| names.contains(&p.name.as_str()))
            .map(|p| p.value.trim().to_ascii_lowercase())
    };
    let kind = raw_value(&["KIND", "X-ADDRESSBOOKSERVER-KIND"]).unwrap_or_default();
    if kind == "group" {
        let name = card
            .entries
            .iter()
            .find(|entry| entry.name == VCardProperty::Fn)
            .map(first_text)
            .unwrap_or_default();
        let members = raw
            .iter()
            .filter(|p| p.name == "MEMBER" || p.name == "X-ADDRESSBOOKSERVER-MEMBER")
            .map(|p| uid_key(&p.value))
            .collect();
        cards.groups.push(GroupCard {
            line: first_line,
            name,
            members,
        });
        return;
    }
    let mut record = record_from_card(&card, &raw, &mut out.warnings);
    record.line = first_line;
    record.uid = raw
        .iter()
        .find(|p| p.name == "UID")
        .map(|p| p.value.trim().to_owned())
        .unwrap_or_default();
    record.organisation =
        kind == "org" || raw_value(&["X-ABSHOWAS"]).is_some_and(|v| v == "company");
    if record.organisation {
        record.given_name.clear();
        record.family_name.clear();
    }
    let index = out.records.len();
    out.keep_or_reject(record, "vCard");
    if out.records.len() > index
        && let Some(uid) = raw_value(&["UID"]).filter(|uid| !uid.is_empty())
    {
        cards.by_uid.entry(uid_key(&uid)).or_insert(index);
    }
}

fn texts(entry: &VCardEntry) -> Vec<String> {
    entry
        .values
        .iter()
        .filter_map(|value| match value {
            VCardValue::Text(text) => Some(repair_c1_controls(text)),
            VCardValue::Component(parts) => Some(repair_c1_controls(&parts.join(","))),
            _ => None,
        })
        .collect()
}

fn first_text(entry: &VCardEntry) -> String {
    collapse_spaces(&texts(entry).into_iter().next().unwrap_or_default())
}

/// `_$!<HomePage>!$_` → `HomePage`.
fn clean_label(label: &str) -> String {
    label
        .trim()
        .trim_start_matches("_$!<")
        .trim_end_matches(">!$_")
        .to_owned()
}

fn other_name(entry: &VCardEntry) -> Option<String> {
    match &entry.name {
        VCardProperty::Other(name) => Some(name.to_ascii_uppercase()),
        _ => None,
    }
}

fn record_from_card(
    card: &VCard,
    raw: &[RawProperty],
    warnings: &mut Vec<ImportWarning>,
) -> ImportedRecord {
    let mut record = ImportedRecord::default();
    // Apple keeps a property's label in a sibling `itemN.X-ABLabel` line.
    let labels: HashMap<String, String> = card
        .entries
        .iter()
        .filter(|entry| other_name(entry).as_deref() == Some("X-ABLABEL"))
        .filter_map(|entry| {
            let group = entry.group.as_ref()?.to_ascii_lowercase();
            Some((group, clean_label(&first_text(entry))))
        })
        .collect();
    let label_of = |entry: &VCardEntry| -> String {
        entry
            .group
            .as_ref()
            .and_then(|group| labels.get(&group.to_ascii_lowercase()))
            .cloned()
            .unwrap_or_default()
    };
    let mut organisation = String::new();
    for entry in &card.entries {
        match &entry.name {
            VCardProperty::Fn if record.display_name.is_empty() => {
                record.display_name = first_text(entry);
            }
            VCardProperty::N => {
                let parts = texts(entry);
                if record.family_name.is_empty() && record.given_name.is_empty() {
                    record.family_name = collapse_spaces(parts.first().map_or("", String::as_str));
                    record.given_name = collapse_spaces(parts.get(1).map_or("", String::as_str));
                }
            }
            VCardProperty::Email => {
                for email in texts(entry) {
                    if is_exchange_address(&email) {
                        let line = raw
                            .iter()
                            .find(|p| p.name == "EMAIL" && p.value.contains(email.trim()))
                            .map_or(0, |p| p.line);
                        warnings.push(ImportWarning::exchange_address(line, &email));
                    } else {
                        record.add_email(&email);
                    }
                }
            }
            VCardProperty::Tel => {
                for phone in texts(entry) {
                    record.add_phone(&phone);
                }
            }
            VCardProperty::Org if organisation.is_empty() => {
                organisation = texts(entry)
                    .iter()
                    .map(|p| collapse_spaces(p))
                    .find(|p| !p.is_empty())
                    .unwrap_or_default();
            }
            VCardProperty::Title if record.role.is_empty() => {
                record.role = first_text(entry);
            }
            VCardProperty::Categories => {
                for tag in texts(entry) {
                    record.add_tag(&tag);
                }
            }
            VCardProperty::Note => {
                let note = texts(entry).join(",").trim().to_owned();
                if !note.is_empty() {
                    if !record.notes.is_empty() {
                        record.notes.push('\n');
                    }
                    record.notes.push_str(&note);
                }
            }
            VCardProperty::Url => {
                for url in texts(entry) {
                    if label_of(entry).eq_ignore_ascii_case("linkedin")
                        && record.linkedin_url.is_none()
                    {
                        record.linkedin_url = Some(url.trim().to_owned());
                    } else {
                        record.add_link(&url);
                    }
                }
            }
            _ => {}
        }
    }
    record.company = organisation;
    read_social_profiles(&mut record, raw);
    read_dates(&mut record, card, raw, warnings);
    record
}

/// Apple's `X-SOCIALPROFILE;type=linkedin;x-user=ann:http://www.linkedin.com/in/ann`: the
/// `LinkedIn` one is the profile URL (built from `x-user` when the value is Apple's own
/// `x-apple:` reference); other services' web addresses are links.
fn read_social_profiles(record: &mut ImportedRecord, raw: &[RawProperty]) {
    for property in raw.iter().filter(|p| p.name == "X-SOCIALPROFILE") {
        let value = property.value.trim().replace("\\:", ":");
        let is_web = value.starts_with("http://") || value.starts_with("https://");
        let linkedin = property
            .params
            .split(';')
            .any(|param| param.trim() == "type=linkedin");
        if linkedin && record.linkedin_url.is_none() {
            let user = property
                .params
                .split(';')
                .find_map(|param| param.trim().strip_prefix("x-user="))
                .filter(|user| !user.is_empty());
            if is_web {
                record.linkedin_url = Some(value);
            } else if let Some(user) = user {
                record.linkedin_url = Some(format!("https://www.linkedin.com/in/{user}"));
            }
        } else if is_web {
            record.add_link(&value);
        }
    }
}

/// BDAY and ANNIVERSARY from the raw text: calcard loses the day of `--04-15` and of
/// `1985-03-12`, and cannot know that `16040101` means "no year".
fn read_dates(
    record: &mut ImportedRecord,
    card: &VCard,
    raw: &[RawProperty],
    warnings: &mut Vec<ImportWarning>,
) {
    for property in raw {
        let slot = match property.name.as_str() {
            "BDAY" => &mut record.birthday,
            "ANNIVERSARY" | "X-ANNIVERSARY" | "X-MS-ANNIVERSARY" | "X-EVOLUTION-ANNIVERSARY" => {
                &mut record.anniversary
            }
            _ => continue,
        };
        if slot.is_some() {
            continue;
        }
        match parse_vcard_date(&property.value) {
            Some(date) => *slot = Some(date),
            None => warnings.push(ImportWarning::new(
                property.line,
                format!(
                    "{} \u{201c}{}\u{201d} is not a date; left out",
                    property.name,
                    shorten(property.value.trim())
                ),
            )),
        }
    }
    // Apple and Gmail: `itemN.X-ABDATE` labelled `_$!<Anniversary>!$_`.
    if record.anniversary.is_none() {
        let anniversary_groups: Vec<String> = card
            .entries
            .iter()
            .filter(|entry| {
                other_name(entry).as_deref() == Some("X-ABLABEL")
                    && clean_label(&first_text(entry)).eq_ignore_ascii_case("anniversary")
            })
            .filter_map(|entry| entry.group.as_ref().map(|g| g.to_ascii_lowercase()))
            .collect();
        record.anniversary = card
            .entries
            .iter()
            .filter(|entry| other_name(entry).as_deref() == Some("X-ABDATE"))
            .filter(|entry| {
                entry
                    .group
                    .as_ref()
                    .is_some_and(|g| anniversary_groups.contains(&g.to_ascii_lowercase()))
            })
            .find_map(|entry| parse_vcard_date(&first_text(entry)));
    }
}

//! vCard 2.1 / 3.0 / 4.0 through calcard, one card at a time, with the repairs calcard
//! leaves to its caller (DESIGN §6): dates read from the raw text, Apple `itemN.` labels,
//! lines without a colon reported, a name found for every card.

use std::collections::HashMap;

use calcard::vcard::{
    VCard, VCardEntry, VCardParameterName, VCardParameterValue, VCardProperty, VCardType,
    VCardValue,
};

use crate::domain::{Circle, ContactLabel, PartialDate, PostalAddress};

use super::dates::parse_vcard_date;
use super::decoding::repair_c1_controls;
use super::imported_record::collapse_spaces;
use super::kept_property::{is_modelled, kept_line};
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
                crate::tr!(
                    "import-warning-group-not-person",
                    name = group.name.as_str()
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
        let line = raw_line.trim_end_matches('\r');
        match start {
            None => {
                if is_begin(line) {
                    start = Some(number);
                    card.clear();
                    card.push((number, line));
                } else if !line.trim().is_empty() {
                    out.warnings.push(ImportWarning::new(
                        number,
                        crate::tr!("import-warning-text-outside-card"),
                    ));
                }
            }
            Some(first) => {
                if is_begin(line) {
                    out.warnings.push(ImportWarning::new(
                        first,
                        crate::tr!("import-warning-card-not-ended"),
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
            crate::tr!("import-warning-card-cut-off"),
        ));
        card.push((0, "END:VCARD"));
        read_card(first, &card, out, cards);
    }
}

/// The most properties one card may have. A real card has dozens; a card of hundreds of
/// thousands of lines is no contact and would make reading it slow.
pub const MAX_CARD_PROPERTIES: usize = 10_000;

/// One logical (unfolded) line: where it starts, its name, parameters and raw value.
struct RawProperty {
    line: usize,
    /// The whole unfolded line, as the file has it.
    text: String,
    /// The Apple-style group (`item1`), lower case.
    group: Option<String>,
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
                // A quoted-printable soft line break: the `=` goes, the text joins.
                current.pop();
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
                crate::tr!("import-warning-line-without-colon", line = shorten(&text)),
            ));
            continue;
        };
        let (property, params) = head.split_once(';').unwrap_or((head, ""));
        let (group, name) = match property.rsplit_once('.') {
            Some((group, name)) => (Some(group.to_ascii_lowercase()), name),
            None => (None, property),
        };
        properties.push(RawProperty {
            line: number,
            group,
            name: name.to_ascii_uppercase(),
            params: params.to_ascii_lowercase(),
            value: value.to_owned(),
            text: text.clone(),
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
    if raw.len() > MAX_CARD_PROPERTIES {
        out.warnings.push(ImportWarning::new(
            first_line,
            crate::tr!(
                "import-warning-too-many-properties",
                count = raw.len(),
                limit = MAX_CARD_PROPERTIES
            ),
        ));
        out.rejected += 1;
        return;
    }
    let mut text = String::new();
    for (_, line) in lines {
        text.push_str(line);
        text.push_str("\r\n");
    }
    let Ok(card) = VCard::parse(&text) else {
        out.warnings.push(ImportWarning::new(
            first_line,
            crate::tr!("import-warning-card-unreadable"),
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
    record.kept_properties = kept_properties(&raw);
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
    out.keep_or_reject(record, false);
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

/// The label of an `EMAIL`, `TEL` or `ADR`: Apple's `itemN.X-ABLabel` when there is one,
/// else the `TYPE` parameters (fax and cell before home and work: `TYPE=fax,work` is a fax).
fn label_of_entry(entry: &VCardEntry, labels: &HashMap<String, String>) -> Option<ContactLabel> {
    if let Some(label) = entry
        .group
        .as_ref()
        .and_then(|group| labels.get(&group.to_ascii_lowercase()))
    {
        return ContactLabel::parse(label);
    }
    let mut found: Option<ContactLabel> = None;
    for param in &entry.params {
        if param.name != VCardParameterName::Type {
            continue;
        }
        let label = match &param.value {
            VCardParameterValue::Type(VCardType::Cell) => Some(ContactLabel::Mobile),
            VCardParameterValue::Type(VCardType::Fax) => Some(ContactLabel::Fax),
            VCardParameterValue::Type(VCardType::Home) => Some(ContactLabel::Home),
            VCardParameterValue::Type(VCardType::Work) => Some(ContactLabel::Work),
            VCardParameterValue::Text(text) => match text.to_ascii_lowercase().as_str() {
                "other" => Some(ContactLabel::Other),
                "mobile" | "iphone" => Some(ContactLabel::Mobile),
                _ => None,
            },
            _ => None,
        };
        found = match (found, label) {
            (Some(kept @ (ContactLabel::Fax | ContactLabel::Mobile)), _) => Some(kept),
            (_, Some(label)) => Some(label),
            (found, None) => found,
        };
    }
    found
}

/// `ADR`'s seven parts (PO box, extended, street, locality, region, code, country).
fn address_of(entry: &VCardEntry, label: Option<ContactLabel>) -> PostalAddress {
    let parts = texts(entry);
    let part = |n: usize| parts.get(n).map_or("", |p| p.trim()).to_owned();
    let street = [part(2), part(1), part(0)]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    PostalAddress {
        label,
        street,
        city: part(3),
        region: part(4),
        postcode: part(5),
        country: part(6),
    }
}

/// The category that carries a Dunbar circle (`Dunbar: support`), lower case.
const CIRCLE_CATEGORY: &str = "dunbar:";

/// The circle a category or label written by Dunbar names (`Dunbar: support`).
pub fn circle_of_category(tag: &str) -> Option<Circle> {
    tag.trim()
        .to_ascii_lowercase()
        .strip_prefix(CIRCLE_CATEGORY)
        .and_then(Circle::from_key)
}

#[allow(clippy::too_many_lines)] // one short rule per property, in one match
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
                let part = |n: usize| collapse_spaces(parts.get(n).map_or("", String::as_str));
                if record.family_name.is_empty() && record.given_name.is_empty() {
                    record.family_name = part(0);
                    record.given_name = part(1);
                    record.middle_name = part(2);
                    record.name_prefix = part(3);
                    record.name_suffix = part(4);
                }
            }
            VCardProperty::Email => {
                let label = label_of_entry(entry, &labels);
                for email in texts(entry) {
                    if is_exchange_address(&email) {
                        let line = raw
                            .iter()
                            .find(|p| p.name == "EMAIL" && p.value.contains(email.trim()))
                            .map_or(0, |p| p.line);
                        warnings.push(ImportWarning::exchange_address(line, &email));
                    } else {
                        record.add_email(&email, label.clone());
                    }
                }
            }
            VCardProperty::Tel => {
                let label = label_of_entry(entry, &labels);
                for phone in texts(entry) {
                    record.add_phone(&phone, label.clone());
                }
            }
            VCardProperty::Adr => {
                record.add_address(address_of(entry, label_of_entry(entry, &labels)));
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
                    match circle_of_category(&tag) {
                        Some(circle) => record.circle = Some(circle),
                        None => record.add_tag(&tag),
                    }
                }
            }
            VCardProperty::Note => {
                let note = texts(entry).join(",").replace("\r\n", "\n");
                let note = note.trim();
                if !note.is_empty() {
                    if !record.notes.is_empty() {
                        record.notes.push('\n');
                    }
                    record.notes.push_str(note);
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

/// Whether a raw property is one Dunbar reads into a field: the modelled ones, the label
/// of a modelled property in the same group, an anniversary or birthday of Apple or Android.
fn is_read(property: &RawProperty, raw: &[RawProperty]) -> bool {
    match property.name.as_str() {
        "X-ABLABEL" => raw.iter().any(|other| {
            other.group.is_some()
                && other.group == property.group
                && other.name != "X-ABLABEL"
                && is_read(other, raw)
        }),
        "X-ABDATE" => raw.iter().any(|other| {
            other.name == "X-ABLABEL"
                && other.group.is_some()
                && other.group == property.group
                && clean_label(&other.value).eq_ignore_ascii_case("anniversary")
        }),
        "X-ANDROID-CUSTOM" => android_event(&property.value).is_some(),
        name => is_modelled(name),
    }
}

/// The properties of a card Dunbar does not read, to keep and write back.
fn kept_properties(raw: &[RawProperty]) -> Vec<String> {
    raw.iter()
        .filter(|property| !is_read(property, raw))
        .map(|property| kept_line(&property.text))
        .collect()
}

/// Android's `X-ANDROID-CUSTOM:vnd.android.cursor.item/contact_event;DATE;TYPE;…`: an
/// anniversary (type 1, true) or a birthday (type 3, false) with its date; other events are
/// kept as they are.
fn android_event(value: &str) -> Option<(bool, PartialDate)> {
    let mut fields = value.split(';');
    if !fields
        .next()?
        .trim()
        .eq_ignore_ascii_case("vnd.android.cursor.item/contact_event")
    {
        return None;
    }
    let date = parse_vcard_date(fields.next()?)?;
    match fields.next()?.trim() {
        "1" => Some((true, date)),
        "3" => Some((false, date)),
        _ => None,
    }
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

/// BDAY and ANNIVERSARY from the raw text (and Android's events): calcard loses the day of `--04-15` and of
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
                crate::tr!(
                    "import-warning-property-not-date",
                    property = property.name.as_str(),
                    value = shorten(property.value.trim())
                ),
            )),
        }
    }
    for property in raw.iter().filter(|p| p.name == "X-ANDROID-CUSTOM") {
        match android_event(&property.value) {
            Some((true, date)) if record.anniversary.is_none() => record.anniversary = Some(date),
            Some((false, date)) if record.birthday.is_none() => record.birthday = Some(date),
            _ => {}
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

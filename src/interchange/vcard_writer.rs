//! vCard 3.0 and 4.0 export: UTF-8, CRLF, lines folded at 75 octets without splitting a
//! character, text escaped (`\\`, `\,`, `\;`, `\n`, no other control characters),
//! labels as `TYPE` (custom ones as Apple's `X-ABLabel`), postal addresses, organisations as
//! `KIND:org` / `X-ABShowAs:COMPANY`, year-less birthdays as `--MMDD` (4.0) or Apple's
//! `X-APPLE-OMIT-YEAR` (3.0), the circle as a category, and the properties Dunbar does not
//! model written back as they came; every card with `PRODID`, `UID` and `REV`.

use chrono::NaiveDate;

use crate::domain::{Contact, ContactKind, ContactLabel, PartialDate};

use super::VCardVersion;
use super::kept_property::{has_uri_scheme, line_for_4_0};

/// The longest line, in octets, not counting the CRLF (RFC 6350 §3.2).
pub const MAX_LINE_OCTETS: usize = 75;

/// Escapes a text value: backslash, comma, semicolon and line breaks.
pub fn escape_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ',' => escaped.push_str("\\,"),
            ';' => escaped.push_str("\\;"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                escaped.push_str("\\n");
            }
            '\n' => escaped.push_str("\\n"),
            '\t' => escaped.push(' '),
            other if other.is_control() => {}
            other => escaped.push(other),
        }
    }
    escaped
}

/// A value that is not text (an address, a URI): only line breaks are removed.
fn single_line(text: &str) -> String {
    text.replace(['\r', '\n'], " ")
}

/// Appends `line` folded into lines of at most 75 octets, each ending in CRLF.
pub fn push_folded(out: &mut String, line: &str) {
    let mut rest = line;
    let mut limit = MAX_LINE_OCTETS;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while cut > 0 && !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let (head, tail) = rest.split_at(cut);
        out.push_str(head);
        out.push_str("\r\n ");
        rest = tail;
        // The leading space of a continuation line counts toward its 75 octets.
        limit = MAX_LINE_OCTETS - 1;
    }
}

/// A date value; a year-less one is `--MMDD` in 4.0 and Apple's `1604-MM-DD` (with the
/// `X-APPLE-OMIT-YEAR` parameter, see `date_line`) in 3.0.
fn date_value(date: PartialDate, version: VCardVersion) -> String {
    match (date.year, version) {
        (None, VCardVersion::V4) => format!("--{:02}{:02}", date.month, date.day),
        (None, VCardVersion::V3) => format!("1604-{:02}-{:02}", date.month, date.day),
        (Some(year), VCardVersion::V4) => format!("{year:04}{:02}{:02}", date.month, date.day),
        (Some(year), VCardVersion::V3) => format!("{year:04}-{:02}-{:02}", date.month, date.day),
    }
}

fn date_line(name: &str, date: PartialDate, version: VCardVersion) -> String {
    let omit_year = if date.year.is_none() && version == VCardVersion::V3 {
        ";X-APPLE-OMIT-YEAR=1604"
    } else {
        ""
    };
    format!("{name}{omit_year}:{}", date_value(date, version))
}

/// Names this program in every card (RFC 6350 §6.7.3).
const PRODID: &str = concat!("-//Dunbar//Dunbar ", env!("CARGO_PKG_VERSION"), "//EN");

/// The contact's `UID`: the one it was imported with, else one derived from its id, the
/// same in every export of this network.
pub(crate) fn uid_of(contact: &Contact) -> String {
    if contact.uid.is_empty() {
        format!("urn:uuid:00000000-0000-4000-8000-{:012x}", contact.id.get())
    } else {
        single_line(&contact.uid)
    }
}

/// A web address as a `URL` value: 4.0 requires a URI, so `www.example.com` is written as
/// `http://www.example.com` there (what a browser makes of it); 3.0 takes it as it is.
fn url_value(url: &str, version: VCardVersion) -> String {
    let url = single_line(url.trim());
    if version == VCardVersion::V4 && !has_uri_scheme(&url) {
        format!("http://{url}")
    } else {
        url
    }
}

/// The `TYPE` value of a usual label; a custom one goes into an `X-ABLabel` instead.
fn type_value(label: &ContactLabel) -> Option<&'static str> {
    match label {
        ContactLabel::Home => Some("home"),
        ContactLabel::Work => Some("work"),
        ContactLabel::Mobile => Some("cell"),
        ContactLabel::Fax => Some("fax"),
        ContactLabel::Other => Some("other"),
        ContactLabel::Custom(_) => None,
    }
}

/// Builds the lines of one card; custom labels become Apple's `groupN.X-ABLabel`, the
/// form Apple, Google and Android read.
struct CardLines {
    lines: Vec<String>,
    groups: usize,
}

impl CardLines {
    /// Adds `NAME;params:value` with the label as a `TYPE` or a labelled group.
    fn labelled(&mut self, name: &str, params: &[&str], label: Option<&ContactLabel>, value: &str) {
        let mut params: Vec<String> = params.iter().map(|p| (*p).to_owned()).collect();
        let mut group = String::new();
        if let Some(label) = label {
            if let Some(kind) = type_value(label) {
                params.push(format!("TYPE={kind}"));
            } else {
                self.groups += 1;
                group = format!("dunbar{}.", self.groups);
            }
        }
        let params: String = params.iter().fold(String::new(), |mut all, p| {
            all.push(';');
            all.push_str(p);
            all
        });
        self.lines.push(format!("{group}{name}{params}:{value}"));
        if let Some(ContactLabel::Custom(text)) = label.filter(|_| !group.is_empty()) {
            self.lines
                .push(format!("{group}X-ABLabel:{}", escape_text(text)));
        }
    }
}

/// Writes one contact as a vCard; `today` is its `REV` (Dunbar keeps no edit times).
#[allow(clippy::too_many_lines)] // one short block per property, in the order written
pub fn write_card(out: &mut String, contact: &Contact, version: VCardVersion, today: NaiveDate) {
    let mut card = CardLines {
        lines: Vec::new(),
        groups: 0,
    };
    let lines = &mut card.lines;
    lines.push("BEGIN:VCARD".to_owned());
    lines.push(
        match version {
            VCardVersion::V3 => "VERSION:3.0",
            VCardVersion::V4 => "VERSION:4.0",
        }
        .to_owned(),
    );
    lines.push(format!("PRODID:{PRODID}"));
    let uid = uid_of(contact);
    lines.push(match version {
        // A 4.0 UID is a URI unless it says it is text.
        VCardVersion::V4 if !uid.contains(':') => format!("UID;VALUE=text:{uid}"),
        _ => format!("UID:{uid}"),
    });
    lines.push(format!("REV:{}T000000Z", today.format("%Y%m%d")));
    if contact.kind == ContactKind::Organisation {
        lines.push(match version {
            VCardVersion::V3 => "X-ABShowAs:COMPANY".to_owned(),
            VCardVersion::V4 => "KIND:org".to_owned(),
        });
    }
    lines.push(format!("FN:{}", escape_text(&contact.display_name)));
    lines.push(format!(
        "N:{};{};{};{};{}",
        escape_text(&contact.family_name),
        escape_text(&contact.given_name),
        escape_text(&contact.middle_name),
        escape_text(&contact.name_prefix),
        escape_text(&contact.name_suffix),
    ));
    if !contact.company.is_empty() {
        lines.push(format!("ORG:{}", escape_text(&contact.company)));
    }
    if !contact.role.is_empty() {
        lines.push(format!("TITLE:{}", escape_text(&contact.role)));
    }
    for email in &contact.emails {
        let params: &[&str] = match version {
            VCardVersion::V3 => &["TYPE=INTERNET"],
            VCardVersion::V4 => &[],
        };
        card.labelled(
            "EMAIL",
            params,
            email.label.as_ref(),
            &escape_text(&email.address),
        );
    }
    for phone in &contact.phones {
        let params: &[&str] = match version {
            VCardVersion::V3 => &[],
            VCardVersion::V4 => &["VALUE=text"],
        };
        card.labelled(
            "TEL",
            params,
            phone.label.as_ref(),
            &escape_text(&phone.number),
        );
    }
    for address in &contact.addresses {
        let value = format!(
            ";;{};{};{};{};{}",
            escape_text(&address.street),
            escape_text(&address.city),
            escape_text(&address.region),
            escape_text(&address.postcode),
            escape_text(&address.country),
        );
        card.labelled("ADR", &[], address.label.as_ref(), &value);
    }
    let lines = &mut card.lines;
    for url in contact.linkedin_url.iter().chain(&contact.links) {
        lines.push(format!("URL:{}", url_value(url, version)));
    }
    if let Some(birthday) = contact.birthday {
        lines.push(date_line("BDAY", birthday, version));
    }
    if let Some(anniversary) = contact.anniversary {
        let name = match version {
            VCardVersion::V3 => "X-ANNIVERSARY",
            VCardVersion::V4 => "ANNIVERSARY",
        };
        lines.push(date_line(name, anniversary, version));
    }
    let categories: Vec<String> = contact
        .tags
        .iter()
        .map(|t| escape_text(t))
        .chain(std::iter::once(format!("Dunbar: {}", contact.circle.key())))
        .collect();
    lines.push(format!("CATEGORIES:{}", categories.join(",")));
    if !contact.notes.is_empty() {
        lines.push(format!("NOTE:{}", escape_text(&contact.notes)));
    }
    for kept in &contact.kept_properties {
        let kept: String = kept.chars().filter(|c| !c.is_control()).collect();
        lines.push(match version {
            VCardVersion::V3 => kept,
            VCardVersion::V4 => line_for_4_0(&kept),
        });
    }
    lines.push("END:VCARD".to_owned());
    for line in &card.lines {
        push_folded(out, line);
    }
}

/// Writes `contacts` as one vCard file, stamped (`REV`) with `today`.
pub fn export_vcard(contacts: &[&Contact], version: VCardVersion, today: NaiveDate) -> String {
    let mut out = String::new();
    for contact in contacts {
        write_card(&mut out, contact, version, today);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_characters_whole_and_lines_short() {
        let mut out = String::new();
        let line = format!("NOTE:{}", "æøå€".repeat(40));
        push_folded(&mut out, &line);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= MAX_LINE_OCTETS, "{physical:?}");
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
    }

    #[test]
    fn escaping_covers_the_four_specials() {
        assert_eq!(escape_text("a\\b,c;d\r\ne\nf"), "a\\\\b\\,c\\;d\\ne\\nf");
    }
}

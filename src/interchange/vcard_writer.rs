//! vCard 3.0 and 4.0 export: UTF-8, CRLF, lines folded at 75 octets without splitting a
//! character, text escaped (`\\`, `\,`, `\;`, `\n`), year-less birthdays as `--MMDD`;
//! every card with `PRODID`, `UID` and `REV`.

use chrono::NaiveDate;

use crate::domain::{Contact, PartialDate};

use super::VCardVersion;

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

fn date_value(date: PartialDate, version: VCardVersion) -> String {
    match (date.year, version) {
        (None, _) => format!("--{:02}{:02}", date.month, date.day),
        (Some(year), VCardVersion::V4) => format!("{year:04}{:02}{:02}", date.month, date.day),
        (Some(year), VCardVersion::V3) => format!("{year:04}-{:02}-{:02}", date.month, date.day),
    }
}

/// Names this program in every card (RFC 6350 §6.7.3).
const PRODID: &str = concat!("-//Dunbar//Dunbar ", env!("CARGO_PKG_VERSION"), "//EN");

/// The contact's `UID`: the one it was imported with, else one derived from its id, the
/// same in every export of this network.
fn uid_of(contact: &Contact) -> String {
    if contact.uid.is_empty() {
        format!("urn:uuid:00000000-0000-4000-8000-{:012x}", contact.id.get())
    } else {
        single_line(&contact.uid)
    }
}

/// Writes one contact as a vCard; `today` is its `REV` (Dunbar keeps no edit times).
pub fn write_card(out: &mut String, contact: &Contact, version: VCardVersion, today: NaiveDate) {
    let mut lines: Vec<String> = Vec::new();
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
    lines.push(format!("FN:{}", escape_text(&contact.display_name)));
    lines.push(format!(
        "N:{};{};;;",
        escape_text(&contact.family_name),
        escape_text(&contact.given_name)
    ));
    if !contact.company.is_empty() {
        lines.push(format!("ORG:{}", escape_text(&contact.company)));
    }
    if !contact.role.is_empty() {
        lines.push(format!("TITLE:{}", escape_text(&contact.role)));
    }
    for email in &contact.emails {
        lines.push(match version {
            VCardVersion::V3 => format!("EMAIL;TYPE=INTERNET:{}", escape_text(email)),
            VCardVersion::V4 => format!("EMAIL:{}", escape_text(email)),
        });
    }
    for phone in &contact.phones {
        lines.push(match version {
            VCardVersion::V3 => format!("TEL:{}", escape_text(phone)),
            VCardVersion::V4 => format!("TEL;VALUE=text:{}", escape_text(phone)),
        });
    }
    if let Some(url) = &contact.linkedin_url {
        lines.push(format!("URL:{}", single_line(url)));
    }
    for link in &contact.links {
        lines.push(format!("URL:{}", single_line(link)));
    }
    if let Some(birthday) = contact.birthday {
        lines.push(format!("BDAY:{}", date_value(birthday, version)));
    }
    if let Some(anniversary) = contact.anniversary {
        let name = match version {
            VCardVersion::V3 => "X-ANNIVERSARY",
            VCardVersion::V4 => "ANNIVERSARY",
        };
        lines.push(format!("{name}:{}", date_value(anniversary, version)));
    }
    if !contact.tags.is_empty() {
        let tags: Vec<String> = contact.tags.iter().map(|t| escape_text(t)).collect();
        lines.push(format!("CATEGORIES:{}", tags.join(",")));
    }
    if !contact.notes.is_empty() {
        lines.push(format!("NOTE:{}", escape_text(&contact.notes)));
    }
    lines.push("END:VCARD".to_owned());
    for line in lines {
        push_folded(out, &line);
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

//! CSV export with Google Contacts' column names, safe to open in a spreadsheet.

use crate::domain::{Contact, ContactKind, ContactLabel};

use super::ExportError;

/// Google's separator between several values in one cell.
const MULTI: &str = " ::: ";

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage
/// return at the start) gets a leading `'`, which makes it plain text. A phone number
/// (`+45 12 34 56 78`) or a year-less date (`--03-12`) is left as it is: it can call no
/// function, and a `'` in front of every phone number spoils the file for everyone else.
pub fn neutralise_cell(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_phone_or_date(cell) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// `+` then digits, spaces and `-().` (several numbers joined by ` ::: `), or `--` then
/// digits and dashes.
fn is_phone_or_date(cell: &str) -> bool {
    if let Some(date) = cell.strip_prefix("--") {
        return !date.is_empty() && date.chars().all(|c| c.is_ascii_digit() || c == '-');
    }
    cell.split(MULTI).all(|number| {
        number.strip_prefix('+').is_some_and(|rest| {
            rest.chars().filter(char::is_ascii_digit).count() >= 3
                && rest
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '.'))
        }) || (!number.is_empty()
            && number
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '.'))
            && number.starts_with(|c: char| c.is_ascii_digit() || c == '('))
    })
}

/// Undoes `neutralise_cell` on import of a file this program wrote.
pub fn restore_cell(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// The columns every export has, in Google Contacts' names; e-mail, phone and address
/// columns follow, as many as the contact with the most of them needs.
const FIXED_COLUMNS: [&str; 13] = [
    "File As",
    "Name Prefix",
    "First Name",
    "Middle Name",
    "Last Name",
    "Name Suffix",
    "Organization Name",
    "Organization Title",
    "Birthday",
    "Event 1 - Label",
    "Event 1 - Value",
    "Notes",
    "Labels",
];

/// Google's parts of a postal address, after `Address N - Label`.
const ADDRESS_PARTS: [&str; 5] = ["Street", "City", "Region", "Postal Code", "Country"];

/// A label as Google writes it (`Home`, `Work`, `Mobile`, a custom one as it is); `* ` marks
/// the preferred (first) value. No label stays empty, so that it comes back as none.
fn google_label(label: Option<&ContactLabel>, first: bool) -> String {
    match label {
        Some(label) if first => format!("* {}", label.title()),
        Some(label) => label.title(),
        None => String::new(),
    }
}

/// Text without control characters other than line breaks (CRLF becomes LF): a cell may
/// span lines inside its quotes, but nothing else invisible goes into a spreadsheet.
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect()
}

/// Writes `contacts` as CSV (UTF-8, header row, CRLF line ends) with Google Contacts'
/// columns: names, organisation, birthday, anniversary (`Event 1`), notes, labels (tags),
/// then e-mails, phones, addresses and websites, each with its label.
#[allow(clippy::too_many_lines)] // one block per group of Google's columns, in their order
pub fn export_csv(contacts: &[&Contact]) -> Result<String, ExportError> {
    let emails = contacts
        .iter()
        .map(|c| c.emails.len())
        .max()
        .unwrap_or(0)
        .max(1);
    let phones = contacts
        .iter()
        .map(|c| c.phones.len())
        .max()
        .unwrap_or(0)
        .max(1);
    let addresses = contacts
        .iter()
        .map(|c| c.addresses.len())
        .max()
        .unwrap_or(0);
    let websites = contacts
        .iter()
        .map(|c| c.links.len() + usize::from(c.linkedin_url.is_some()))
        .max()
        .unwrap_or(0)
        .max(1);
    let mut header: Vec<String> = FIXED_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
    for n in 1..=emails {
        header.push(format!("E-mail {n} - Label"));
        header.push(format!("E-mail {n} - Value"));
    }
    for n in 1..=phones {
        header.push(format!("Phone {n} - Label"));
        header.push(format!("Phone {n} - Value"));
    }
    for n in 1..=addresses {
        header.push(format!("Address {n} - Label"));
        for part in ADDRESS_PARTS {
            header.push(format!("Address {n} - {part}"));
        }
    }
    for n in 1..=websites {
        header.push(format!("Website {n} - Label"));
        header.push(format!("Website {n} - Value"));
    }
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let failed = |e: csv::Error| ExportError::Csv(e.to_string());
    writer.write_record(&header).map_err(failed)?;
    for contact in contacts {
        let (first, last) = if contact.given_name.is_empty() && contact.family_name.is_empty() {
            // An organisation (or a name never split) is its organisation or whole name.
            if contact.company.is_empty() || contact.kind != ContactKind::Organisation {
                (contact.display_name.clone(), String::new())
            } else {
                (String::new(), String::new())
            }
        } else {
            (contact.given_name.clone(), contact.family_name.clone())
        };
        let circle = format!("Dunbar: {}", contact.circle.key());
        let labels: Vec<&str> = std::iter::once("* myContacts")
            .chain(contact.tags.iter().map(String::as_str))
            .chain(std::iter::once(circle.as_str()))
            .collect();
        let mut row: Vec<String> = vec![
            contact.display_name.clone(),
            contact.name_prefix.clone(),
            first,
            contact.middle_name.clone(),
            last,
            contact.name_suffix.clone(),
            contact.company.clone(),
            contact.role.clone(),
            contact.birthday.map(|d| d.to_string()).unwrap_or_default(),
            if contact.anniversary.is_some() {
                "Anniversary".to_owned()
            } else {
                String::new()
            },
            contact
                .anniversary
                .map(|d| d.to_string())
                .unwrap_or_default(),
            contact.notes.clone(),
            labels.join(MULTI),
        ];
        for n in 0..emails {
            match contact.emails.get(n) {
                Some(email) => {
                    row.push(google_label(email.label.as_ref(), n == 0));
                    row.push(email.address.clone());
                }
                None => row.extend([String::new(), String::new()]),
            }
        }
        for n in 0..phones {
            match contact.phones.get(n) {
                Some(phone) => {
                    row.push(google_label(phone.label.as_ref(), n == 0));
                    row.push(phone.number.clone());
                }
                None => row.extend([String::new(), String::new()]),
            }
        }
        for n in 0..addresses {
            match contact.addresses.get(n) {
                Some(address) => row.extend([
                    google_label(address.label.as_ref(), n == 0),
                    address.street.clone(),
                    address.city.clone(),
                    address.region.clone(),
                    address.postcode.clone(),
                    address.country.clone(),
                ]),
                None => row.extend(std::iter::repeat_n(String::new(), 1 + ADDRESS_PARTS.len())),
            }
        }
        let sites = contact
            .linkedin_url
            .iter()
            .map(|url| ("LinkedIn", url))
            .chain(contact.links.iter().map(|link| ("Other", link)));
        let mut written = 0;
        for (label, url) in sites {
            row.push(label.to_owned());
            row.push(url.clone());
            written += 1;
        }
        for _ in written..websites {
            row.extend([String::new(), String::new()]);
        }
        writer
            .write_record(row.iter().map(|cell| neutralise_cell(&clean(cell))))
            .map_err(failed)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| ExportError::Csv(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| ExportError::Csv(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_formulas_are_neutralised() {
        assert_eq!(neutralise_cell("+45 12 34 56 78"), "+45 12 34 56 78");
        assert_eq!(
            neutralise_cell("+45 20 30 40 50 ::: 33 44 55 66"),
            "+45 20 30 40 50 ::: 33 44 55 66"
        );
        assert_eq!(neutralise_cell("+1 (555) 010-9999"), "+1 (555) 010-9999");
        assert_eq!(neutralise_cell("--03-12"), "--03-12");
        assert_eq!(neutralise_cell("=1+2"), "'=1+2");
        assert_eq!(neutralise_cell("-2+3"), "'-2+3");
        assert_eq!(
            neutralise_cell("+1+cmd|' /C calc'!A0"),
            "'+1+cmd|' /C calc'!A0"
        );
        assert_eq!(neutralise_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise_cell("\t=1"), "'\t=1");
        assert_eq!(neutralise_cell("+"), "'+");
    }
}

//! CSV export with Google Contacts' column names, safe to open in a spreadsheet.

use crate::domain::Contact;

use super::ExportError;

/// Google Contacts' names for the columns written.
pub const CSV_COLUMNS: [&str; 17] = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Nickname",
    "Organization Name",
    "Organization Title",
    "Birthday",
    "Notes",
    "Labels",
    "E-mail 1 - Label",
    "E-mail 1 - Value",
    "Phone 1 - Label",
    "Phone 1 - Value",
    "Website 1 - Label",
    "Website 1 - Value",
    "Website 2 - Label",
    "Website 2 - Value",
];

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

/// Writes `contacts` as CSV (UTF-8, header row, CRLF line ends).
pub fn export_csv(contacts: &[&Contact]) -> Result<String, ExportError> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let failed = |e: csv::Error| ExportError::Csv(e.to_string());
    writer.write_record(CSV_COLUMNS).map_err(failed)?;
    for contact in contacts {
        let (first, last) = if contact.given_name.is_empty() && contact.family_name.is_empty() {
            (contact.display_name.clone(), String::new())
        } else {
            (contact.given_name.clone(), contact.family_name.clone())
        };
        let labels: Vec<&str> = std::iter::once("* myContacts")
            .chain(contact.tags.iter().map(String::as_str))
            .collect();
        let row: [String; 17] = [
            first,
            String::new(),
            last,
            String::new(),
            contact.company.clone(),
            contact.role.clone(),
            contact.birthday.map(|d| d.to_string()).unwrap_or_default(),
            contact.notes.clone(),
            labels.join(MULTI),
            if contact.emails.is_empty() {
                String::new()
            } else {
                "* Other".to_owned()
            },
            contact.emails.join(MULTI),
            if contact.phones.is_empty() {
                String::new()
            } else {
                "Mobile".to_owned()
            },
            contact.phones.join(MULTI),
            if contact.linkedin_url.is_some() {
                "LinkedIn".to_owned()
            } else {
                String::new()
            },
            contact.linkedin_url.clone().unwrap_or_default(),
            if contact.links.is_empty() {
                String::new()
            } else {
                "Other".to_owned()
            },
            contact.links.join(MULTI),
        ];
        writer
            .write_record(row.iter().map(|cell| neutralise_cell(cell)))
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

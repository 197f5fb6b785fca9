//! Contact CSV files (`LinkedIn`, Google new and legacy, Outlook, Thunderbird, others): the
//! header row is found by content (`LinkedIn` puts a `Notes:` preamble before it) and
//! columns are mapped by name, case-insensitively.

use super::csv_writer::restore_cell;
use super::dates::{parse_connected_on, parse_csv_date};
use super::imported_record::collapse_spaces;
use super::{ImportFormat, ImportWarning, ImportedRecord, ParsedFile};

/// How many lines from the top the header row may be (after a preamble).
const HEADER_SEARCH_LINES: usize = 40;

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Display,
    Given,
    Middle,
    Family,
    Email,
    Phone,
    Company,
    Role,
    Notes,
    Birthday,
    Anniversary,
    Tags,
    Url,
    ConnectedOn,
    BirthYear,
    BirthMonth,
    BirthDay,
}

fn classify(header: &str) -> Option<Field> {
    let h = header
        .trim()
        .trim_start_matches('\u{feff}')
        .trim()
        .to_lowercase();
    let h = h.as_str();
    let excluded = ["type", "label", "display", "html", "yomi", "phonetic"];
    let is_excluded = excluded.iter().any(|word| h.contains(word));
    Some(match h {
        "display name" | "name" | "full name" | "formatted name" => Field::Display,
        "first name" | "given name" => Field::Given,
        "middle name" | "additional name" => Field::Middle,
        "last name" | "family name" | "surname" => Field::Family,
        "company"
        | "organization"
        | "organisation"
        | "organization 1 - name"
        | "organization name"
        | "company name" => Field::Company,
        "position" | "job title" | "organization 1 - title" | "organization title" | "role" => {
            Field::Role
        }
        "notes" | "note" => Field::Notes,
        "birthday" | "birth date" | "date of birth" => Field::Birthday,
        "anniversary" => Field::Anniversary,
        "labels" | "group membership" | "categories" | "tags" | "groups" => Field::Tags,
        "connected on" => Field::ConnectedOn,
        "birth year" => Field::BirthYear,
        "birth month" => Field::BirthMonth,
        "birth day" => Field::BirthDay,
        "url" | "profile url" | "linkedin url" | "linkedin" => Field::Url,
        _ if is_excluded => return None,
        _ if h.contains("e-mail") || h.contains("email") => Field::Email,
        _ if (h.contains("phone") || h.contains("mobile")) && !h.contains("fax") => Field::Phone,
        _ if h.contains("website") || h.contains("web page") || h.contains("homepage") => {
            Field::Url
        }
        _ => return None,
    })
}

/// The header row: its line, its columns, and which format it says the file is.
pub struct CsvHeader {
    line_index: usize,
    columns: Vec<Option<Field>>,
    format: ImportFormat,
}

fn split_row(line: &str) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(line.as_bytes());
    reader
        .records()
        .next()
        .and_then(Result::ok)
        .map(|record| record.iter().map(str::to_owned).collect())
        .unwrap_or_default()
}

/// Finds the header row among the first lines: the first row that names at least two
/// contact columns, one of them a name or an e-mail.
pub fn find_header(text: &str) -> Option<CsvHeader> {
    for (line_index, line) in text.lines().take(HEADER_SEARCH_LINES).enumerate() {
        if !line.contains(',') && !line.contains(';') && !line.contains('\t') {
            continue;
        }
        let names = split_row(line);
        let columns: Vec<Option<Field>> = names.iter().map(|n| classify(n)).collect();
        let known = columns.iter().flatten().count();
        let has_name = columns.iter().flatten().any(|f| {
            matches!(
                f,
                Field::Display | Field::Given | Field::Family | Field::Email
            )
        });
        if known >= 2 && has_name {
            let lower: Vec<String> = names
                .iter()
                .map(|n| n.trim().trim_start_matches('\u{feff}').to_lowercase())
                .collect();
            return Some(CsvHeader {
                line_index,
                columns,
                format: format_of(&lower),
            });
        }
    }
    None
}

fn format_of(headers: &[String]) -> ImportFormat {
    let has = |name: &str| headers.iter().any(|h| h == name);
    if has("connected on") || (has("first name") && has("position") && has("company")) {
        ImportFormat::LinkedIn
    } else if has("group membership") || has("given name") {
        ImportFormat::GoogleLegacy
    } else if has("labels") || has("e-mail 1 - value") {
        ImportFormat::Google
    } else if has("e-mail address") && (has("job title") || has("business phone")) {
        ImportFormat::Outlook
    } else {
        ImportFormat::GenericCsv
    }
}

/// Reads the rows under `header` into `out`.
pub fn read_rows(text: &str, header: &CsvHeader, out: &mut ParsedFile) {
    out.format = header.format;
    // Byte offset of the first line after the header.
    let mut offset = 0usize;
    for line in text.split_inclusive('\n').take(header.line_index + 1) {
        offset += line.len();
    }
    let body = text.get(offset..).unwrap_or_default();
    let first_body_line = header.line_index + 2;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes());
    let mut row = csv::StringRecord::new();
    let mut lines = LineCounter::new(body.as_bytes(), first_body_line);
    loop {
        let before = usize::try_from(reader.position().byte()).unwrap_or(usize::MAX);
        match reader.read_record(&mut row) {
            Ok(false) => break,
            Ok(true) => {
                let start = row
                    .position()
                    .and_then(|p| usize::try_from(p.byte()).ok())
                    .unwrap_or(before);
                let line = lines.line_at(start);
                read_row(&row, header, line, out);
            }
            Err(error) => {
                out.warnings.push(ImportWarning::new(
                    lines.line_at(before),
                    format!("row could not be read ({error}); skipped"),
                ));
                out.rejected += 1;
                // A broken quote can swallow the rest of the file; stop rather than loop.
                if !matches!(error.kind(), csv::ErrorKind::UnequalLengths { .. }) {
                    break;
                }
            }
        }
    }
}

/// Line numbers from byte offsets (the csv crate counts a CRLF's line only when it reads
/// the next record). Offsets only grow, so counting is incremental.
struct LineCounter<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(bytes: &'a [u8], first_line: usize) -> Self {
        Self {
            bytes,
            offset: 0,
            line: first_line,
        }
    }

    /// The line of the first character at or after `offset` that is not a line break.
    fn line_at(&mut self, offset: usize) -> usize {
        let mut target = offset.min(self.bytes.len());
        while matches!(self.bytes.get(target), Some(b'\r' | b'\n')) {
            target += 1;
        }
        if target >= self.offset {
            let skipped = self.bytes.get(self.offset..target).unwrap_or_default();
            #[allow(clippy::naive_bytecount)] // short gaps between rows; no crate for this
            let breaks = skipped.iter().filter(|b| **b == b'\n').count();
            self.line += breaks;
            self.offset = target;
        }
        self.line
    }
}

fn split_multi(value: &str) -> impl Iterator<Item = &str> {
    value
        .split(":::")
        .map(str::trim)
        .filter(|part| !part.is_empty())
}

fn read_row(row: &csv::StringRecord, header: &CsvHeader, line: usize, out: &mut ParsedFile) {
    if row.iter().all(|cell| cell.trim().is_empty()) {
        return;
    }
    let mut record = ImportedRecord {
        line,
        ..ImportedRecord::default()
    };
    let mut middle = String::new();
    let mut birth_parts: [Option<u32>; 3] = [None, None, None];
    let mut birth_year: Option<i32> = None;
    for (cell, field) in row.iter().zip(&header.columns) {
        let Some(field) = field else { continue };
        let value = restore_cell(cell.trim()).trim();
        if value.is_empty() {
            continue;
        }
        let fill = |slot: &mut String| {
            if slot.is_empty() {
                *slot = collapse_spaces(value);
            }
        };
        match field {
            Field::Display => fill(&mut record.display_name),
            Field::Given => fill(&mut record.given_name),
            Field::Middle => fill(&mut middle),
            Field::Family => fill(&mut record.family_name),
            Field::Company => fill(&mut record.company),
            Field::Role => fill(&mut record.role),
            Field::Email => split_multi(value).for_each(|e| record.add_email(e)),
            Field::Phone => split_multi(value).for_each(|p| record.add_phone(p)),
            Field::Url => split_multi(value).for_each(|u| record.add_link(u)),
            Field::Tags => value
                .split(":::")
                .flat_map(|part| part.split(';'))
                .map(str::trim)
                .filter(|tag| !tag.starts_with('*') && !tag.starts_with("System Group:"))
                .for_each(|tag| record.add_tag(tag)),
            Field::Notes => {
                if record.notes.is_empty() {
                    record.notes = value.to_owned();
                }
            }
            Field::Birthday | Field::Anniversary => {
                let date = parse_csv_date(value);
                if date.is_none() && !is_empty_date(value) {
                    out.warnings.push(ImportWarning::new(
                        line,
                        format!("\u{201c}{value}\u{201d} is not a date; left out"),
                    ));
                }
                if *field == Field::Birthday {
                    record.birthday = record.birthday.or(date);
                } else {
                    record.anniversary = record.anniversary.or(date);
                }
            }
            Field::ConnectedOn => {
                record.connected_on = parse_connected_on(value);
                if record.connected_on.is_none() {
                    out.warnings.push(ImportWarning::new(
                        line,
                        format!("connected on \u{201c}{value}\u{201d} is not a date; left out"),
                    ));
                }
            }
            Field::BirthYear => birth_year = value.parse().ok(),
            Field::BirthMonth => birth_parts[1] = value.parse().ok(),
            Field::BirthDay => birth_parts[2] = value.parse().ok(),
        }
    }
    if record.birthday.is_none()
        && let [_, Some(month), Some(day)] = birth_parts
    {
        record.birthday = match birth_year {
            Some(year) => crate::domain::PartialDate::full(year, month, day),
            None => crate::domain::PartialDate::year_less(month, day),
        };
    }
    if record.display_name.is_empty() {
        record.display_name = collapse_spaces(&format!(
            "{} {} {}",
            record.given_name, middle, record.family_name
        ));
    }
    out.keep_or_reject(record, "row");
}

/// Outlook writes `0/0/00` for "no date".
fn is_empty_date(value: &str) -> bool {
    value
        .chars()
        .all(|c| c == '0' || c == '/' || c == '-' || c == '.')
}

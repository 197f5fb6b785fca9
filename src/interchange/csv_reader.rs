//! Contact CSV files (`LinkedIn`, Google new and legacy, Outlook, Thunderbird, others): the
//! header row is found by content (`LinkedIn` puts a `Notes:` preamble before it) and
//! columns are mapped by name, case-insensitively.

use super::csv_writer::restore_cell;
use super::date_columns::{DateColumns, DateField};
use super::dates::parse_connected_on;
use super::imported_record::collapse_spaces;
use super::normalise::is_exchange_address;
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
    // "E-mail Type", "E-mail Display Name" and their Danish and German names are no
    // addresses.
    let excluded = [
        "type",
        "typ",
        "label",
        "display",
        "viste",
        "visningsnavn",
        "angezeigt",
        "anzeige",
        "html",
        "yomi",
        "phonetic",
    ];
    let is_excluded = excluded.iter().any(|word| h.contains(word));
    Some(match h {
        "display name" | "name" | "full name" | "formatted name" => Field::Display,
        "first name" | "given name" | "fornavn" | "vorname" | "voornaam" | "förnamn" => {
            Field::Given
        }
        "middle name" | "additional name" | "mellemnavn" | "weitere vornamen" | "mellannamn" => {
            Field::Middle
        }
        "last name" | "family name" | "surname" | "efternavn" | "nachname" | "achternaam"
        | "efternamn" | "etternavn" => Field::Family,
        "company"
        | "firma"
        | "organization"
        | "organisation"
        | "organization 1 - name"
        | "organization name"
        | "company name" => Field::Company,
        "position" | "job title" | "organization 1 - title" | "organization title" | "role" => {
            Field::Role
        }
        "notes" | "note" | "noter" | "notizen" | "notater" | "anteckningar" | "notities" => {
            Field::Notes
        }
        "birthday" | "birth date" | "date of birth" | "fødselsdag" | "geburtstag"
        | "födelsedag" | "verjaardag" => Field::Birthday,
        "anniversary" | "mærkedag" | "jahrestag" | "merkedag" => Field::Anniversary,
        "labels" | "group membership" | "categories" | "tags" | "groups" | "kategorier"
        | "kategorien" | "categorieën" => Field::Tags,
        "connected on" => Field::ConnectedOn,
        "birth year" => Field::BirthYear,
        "birth month" => Field::BirthMonth,
        "birth day" => Field::BirthDay,
        "url" | "profile url" | "linkedin url" | "linkedin" => Field::Url,
        _ if is_excluded => return None,
        _ if h.contains("e-mail") || h.contains("email") => Field::Email,
        _ if (h.contains("phone") || h.contains("mobile") || h.contains("telefon"))
            && !h.contains("fax") =>
        {
            Field::Phone
        }
        _ if h.contains("website") || h.contains("web page") || h.contains("homepage") => {
            Field::Url
        }
        _ => return None,
    })
}

/// Header names that only a day-first language writes (Outlook's Danish, German, Dutch,
/// Swedish and Norwegian exports): an undecidable date column of such a file is day first.
const DAY_FIRST_HEADERS: [&str; 12] = [
    "fornavn",
    "efternavn",
    "fødselsdag",
    "vorname",
    "nachname",
    "geburtstag",
    "voornaam",
    "achternaam",
    "förnamn",
    "efternamn",
    "etternavn",
    "födelsedag",
];

/// The header row: its line, its columns, and which format it says the file is.
pub struct CsvHeader {
    line_index: usize,
    columns: Vec<Option<Field>>,
    names: Vec<String>,
    format: ImportFormat,
    day_first_language: bool,
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
            let day_first_language = lower
                .iter()
                .any(|name| DAY_FIRST_HEADERS.contains(&name.trim()));
            return Some(CsvHeader {
                line_index,
                columns,
                format: format_of(&lower),
                day_first_language,
                names,
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
    } else if (has("e-mail address") && (has("job title") || has("business phone")))
        || has("e-mail-adresse")
    {
        ImportFormat::Outlook
    } else {
        ImportFormat::GenericCsv
    }
}

/// Reads the rows under `header` into `out`. A row with a quote that is never closed
/// would swallow the rows after it: it is reported at its line and skipped, and reading
/// goes on at the next line.
pub fn read_rows(text: &str, header: &CsvHeader, out: &mut ParsedFile) {
    out.format = header.format;
    // Byte offset of the first line after the header.
    let mut offset = 0usize;
    for line in text.split_inclusive('\n').take(header.line_index + 1) {
        offset += line.len();
    }
    let body = text.get(offset..).unwrap_or_default().as_bytes();
    let first_body_line = header.line_index + 2;
    let mut row = csv::StringRecord::new();
    let mut lines = LineCounter::new(body, first_body_line);
    let mut dates = DateColumns::default();
    // Where the current reader started in `body`; it restarts after a broken row.
    let mut base = 0usize;
    'restart: loop {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(body.get(base..).unwrap_or_default());
        let at = |position: &csv::Position| {
            base.saturating_add(usize::try_from(position.byte()).unwrap_or(usize::MAX))
        };
        loop {
            let before = at(reader.position());
            match reader.read_record(&mut row) {
                Ok(false) => break 'restart,
                Ok(true) => {
                    let start = row.position().map_or(before, at);
                    let end = at(reader.position());
                    let line = lines.line_at(start);
                    if is_swallowing(body, start, end, row.len(), header.columns.len()) {
                        out.warnings.push(ImportWarning::new(
                            line,
                            "row has a quote (\") that is never closed; skipped, and the rows \
                             after it were read on their own",
                        ));
                        out.rejected += 1;
                        base = next_line(body, start);
                        continue 'restart;
                    }
                    let kept_before = out.records.len();
                    read_row(&row, header, line, &mut dates, out);
                    dates.end_row((out.records.len() > kept_before).then_some(kept_before));
                }
                Err(error) => {
                    out.warnings.push(ImportWarning::new(
                        lines.line_at(before),
                        format!("row could not be read ({error}); skipped"),
                    ));
                    out.rejected += 1;
                    if !matches!(error.kind(), csv::ErrorKind::UnequalLengths { .. }) {
                        break 'restart;
                    }
                }
            }
        }
    }
    dates.settle(&header.names, header.day_first_language, out);
}

/// Whether the record in `body[start..end]` is a row whose unclosed quote took in the
/// lines after it: it spans several lines and has not the header's number of cells (a
/// note over several lines keeps the count).
fn is_swallowing(body: &[u8], start: usize, end: usize, cells: usize, columns: usize) -> bool {
    let raw = body.get(start..end).unwrap_or_default();
    let mut content = raw;
    while let [rest @ .., b'\r' | b'\n'] = content {
        content = rest;
    }
    cells != columns && content.contains(&b'\n')
}

/// The offset just after the line break that ends the line holding `offset`.
fn next_line(body: &[u8], offset: usize) -> usize {
    body.get(offset..)
        .and_then(|rest| rest.iter().position(|b| *b == b'\n'))
        .map_or(body.len(), |at| offset + at + 1)
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

/// The addresses of an e-mail cell; an Exchange directory address is reported, not kept.
fn read_emails(
    value: &str,
    line: usize,
    record: &mut ImportedRecord,
    warnings: &mut Vec<ImportWarning>,
) {
    for email in split_multi(value) {
        if is_exchange_address(email) {
            warnings.push(ImportWarning::exchange_address(line, email));
        } else {
            record.add_email(email);
        }
    }
}

fn read_row(
    row: &csv::StringRecord,
    header: &CsvHeader,
    line: usize,
    dates: &mut DateColumns,
    out: &mut ParsedFile,
) {
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
    for (column, (cell, field)) in row.iter().zip(&header.columns).enumerate() {
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
            Field::Email => read_emails(value, line, &mut record, &mut out.warnings),
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
                let which = if *field == Field::Birthday {
                    DateField::Birthday
                } else {
                    DateField::Anniversary
                };
                let date = dates.read(column, line, which, value);
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

//! Contact CSV files (`LinkedIn`, Google new and legacy, Outlook, Thunderbird, others): the
//! header row is found by content (`LinkedIn` puts a `Notes:` preamble before it) and
//! columns are mapped by name, case-insensitively.

use std::collections::HashMap;

use crate::domain::{ContactLabel, PostalAddress};

use super::csv_column::{AddressPart, CsvColumn, Slot, classify};
use super::csv_writer::restore_cell;
use super::date_columns::{DateColumns, DateField};
use super::dates::parse_connected_on;
use super::imported_record::collapse_spaces;
use super::normalise::is_exchange_address;
use super::vcard_reader::circle_of_category;
use super::{ImportFormat, ImportWarning, ImportedRecord, ParsedFile};

/// How many lines from the top the header row may be (after a preamble).
const HEADER_SEARCH_LINES: usize = 40;

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
    /// The cell separator: `,`, or `;` or tab (European Excel).
    delimiter: u8,
    columns: Vec<Option<CsvColumn>>,
    names: Vec<String>,
    format: ImportFormat,
    day_first_language: bool,
}

fn split_row(line: &str, delimiter: u8) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(delimiter)
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
/// contact columns, one of them a name or an e-mail, split by whichever of `,`, `;` and tab
/// makes the most columns known.
pub fn find_header(text: &str) -> Option<CsvHeader> {
    for (line_index, line) in text.lines().take(HEADER_SEARCH_LINES).enumerate() {
        let Some((delimiter, names, mut columns)) = [b',', b';', b'\t']
            .into_iter()
            .filter(|d| line.as_bytes().contains(d))
            .map(|d| {
                let names = split_row(line, d);
                let columns: Vec<Option<CsvColumn>> = names.iter().map(|n| classify(n)).collect();
                (d, names, columns)
            })
            .max_by_key(|(_, _, columns)| columns.iter().flatten().count())
        else {
            continue;
        };
        let known = columns.iter().flatten().count();
        let has_name = columns.iter().flatten().any(|f| {
            matches!(
                f,
                CsvColumn::Display | CsvColumn::Given | CsvColumn::Family | CsvColumn::Email { .. }
            )
        });
        if known >= 2 && has_name {
            let lower: Vec<String> = names
                .iter()
                .map(|n| n.trim().trim_start_matches('\u{feff}').to_lowercase())
                .collect();
            // Outlook's `Title` (Danish `Titel`) is "Mr." when a job title has its own column.
            if columns.contains(&Some(CsvColumn::Role)) {
                for (column, name) in columns.iter_mut().zip(&lower) {
                    if column.is_none() && (name == "title" || name == "titel") {
                        *column = Some(CsvColumn::Prefix);
                    }
                }
            }
            let day_first_language = lower
                .iter()
                .any(|name| DAY_FIRST_HEADERS.contains(&name.trim()));
            return Some(CsvHeader {
                line_index,
                delimiter,
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
            .delimiter(header.delimiter)
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
                            crate::tr!("import-warning-unclosed-quote"),
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
                        crate::tr!("import-warning-row-unreadable", error = error.to_string()),
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
    label: Option<&ContactLabel>,
    line: usize,
    record: &mut ImportedRecord,
    warnings: &mut Vec<ImportWarning>,
) {
    for email in split_multi(value) {
        if is_exchange_address(email) {
            warnings.push(ImportWarning::exchange_address(line, email));
        } else {
            record.add_email(email, label.cloned());
        }
    }
}

/// The labels a row's numbered `… - Label` cells give (Google writes `* Home`, several as
/// `Home ::: Work`; the first is taken).
fn slot_labels(row: &csv::StringRecord, header: &CsvHeader) -> HashMap<Slot, String> {
    let mut labels = HashMap::new();
    for (cell, column) in row.iter().zip(&header.columns) {
        if let Some(CsvColumn::SlotLabel(slot)) = column {
            let first = split_multi(restore_cell(cell.trim()))
                .next()
                .unwrap_or_default();
            if !first.is_empty() {
                labels.insert(*slot, first.to_owned());
            }
        }
    }
    labels
}

/// Postal addresses as their parts come, in the order of their first column.
#[derive(Default)]
struct AddressParts {
    addresses: Vec<(Slot, PostalAddress, String)>,
}

impl AddressParts {
    fn add(&mut self, slot: Slot, part: AddressPart, label: Option<ContactLabel>, value: &str) {
        let at = if let Some(at) = self.addresses.iter().position(|(s, _, _)| *s == slot) {
            at
        } else {
            {
                self.addresses.push((
                    slot,
                    PostalAddress {
                        label,
                        ..PostalAddress::default()
                    },
                    String::new(),
                ));
                self.addresses.len() - 1
            }
        };
        let Some((_, address, formatted)) = self.addresses.get_mut(at) else {
            return;
        };
        let value = value.trim().to_owned();
        let line = |street: &mut String| {
            if !street.is_empty() {
                street.push('\n');
            }
            street.push_str(&value);
        };
        match part {
            AddressPart::Street | AddressPart::Extended | AddressPart::PoBox => {
                line(&mut address.street);
            }
            AddressPart::City => address.city = value,
            AddressPart::Region => address.region = value,
            AddressPart::Postcode => address.postcode = value,
            AddressPart::Country => address.country = value,
            AddressPart::Formatted => *formatted = value,
        }
    }

    /// The addresses, labelled; a Google address with only its formatted cell keeps that
    /// as its street.
    fn finish(self, labels: &HashMap<Slot, String>, record: &mut ImportedRecord) {
        for (slot, mut address, formatted) in self.addresses {
            if address.label.is_none() {
                address.label = labels.get(&slot).and_then(|l| ContactLabel::parse(l));
            }
            if address.is_empty() {
                address.street = formatted;
            }
            record.add_address(address);
        }
    }
}

#[allow(clippy::too_many_lines)] // one short rule per kind of column
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
    let labels = slot_labels(row, header);
    let label_of = |slot: Option<Slot>, label: &Option<ContactLabel>| {
        label.clone().or_else(|| {
            slot.and_then(|slot| labels.get(&slot))
                .and_then(|l| ContactLabel::parse(l))
        })
    };
    let mut addresses = AddressParts::default();
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
            CsvColumn::Display => fill(&mut record.display_name),
            CsvColumn::Given => fill(&mut record.given_name),
            CsvColumn::Middle => fill(&mut record.middle_name),
            CsvColumn::Family => fill(&mut record.family_name),
            CsvColumn::Prefix => fill(&mut record.name_prefix),
            CsvColumn::Suffix => fill(&mut record.name_suffix),
            CsvColumn::Company => fill(&mut record.company),
            CsvColumn::Role => fill(&mut record.role),
            CsvColumn::Email { slot, label } => {
                let label = label_of(*slot, label);
                read_emails(value, label.as_ref(), line, &mut record, &mut out.warnings);
            }
            CsvColumn::Phone { slot, label } => {
                let label = label_of(*slot, label);
                split_multi(value).for_each(|p| record.add_phone(p, label.clone()));
            }
            CsvColumn::Address { slot, part, label } => {
                addresses.add(*slot, *part, label.clone(), value);
            }
            CsvColumn::SlotLabel(_) => {}
            CsvColumn::Url => split_multi(value).for_each(|u| record.add_link(u)),
            CsvColumn::Tags => value
                .split(":::")
                .flat_map(|part| part.split(';'))
                .map(str::trim)
                .filter(|tag| !tag.starts_with('*') && !tag.starts_with("System Group:"))
                .for_each(|tag| match circle_of_category(tag) {
                    Some(circle) => record.circle = Some(circle),
                    None => record.add_tag(tag),
                }),
            CsvColumn::Notes => {
                if record.notes.is_empty() {
                    record.notes = value.replace("\r\n", "\n");
                }
            }
            CsvColumn::Birthday | CsvColumn::Anniversary | CsvColumn::EventValue(_) => {
                let birthday = *field == CsvColumn::Birthday;
                if let CsvColumn::EventValue(slot) = field {
                    let is_anniversary = labels
                        .get(slot)
                        .and_then(|l| ContactLabel::parse(l))
                        .is_some_and(|l| {
                            ["anniversary", "mærkedag", "jahrestag", "bryllupsdag"]
                                .contains(&l.as_str().to_lowercase().as_str())
                        });
                    if !is_anniversary {
                        continue;
                    }
                }
                let which = if birthday {
                    DateField::Birthday
                } else {
                    DateField::Anniversary
                };
                let date = dates.read(column, line, which, value);
                if date.is_none() && !is_empty_date(value) {
                    out.warnings.push(ImportWarning::new(
                        line,
                        crate::tr!("import-warning-value-not-date", value = value),
                    ));
                }
                if birthday {
                    record.birthday = record.birthday.or(date);
                } else {
                    record.anniversary = record.anniversary.or(date);
                }
            }
            CsvColumn::ConnectedOn => {
                record.connected_on = parse_connected_on(value);
                if record.connected_on.is_none() {
                    out.warnings.push(ImportWarning::new(
                        line,
                        crate::tr!("import-warning-connected-on-not-date", value = value),
                    ));
                }
            }
            CsvColumn::BirthYear => birth_year = value.parse().ok(),
            CsvColumn::BirthMonth => birth_parts[1] = value.parse().ok(),
            CsvColumn::BirthDay => birth_parts[2] = value.parse().ok(),
        }
    }
    addresses.finish(&labels, &mut record);
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
            record.given_name, record.middle_name, record.family_name
        ));
    }
    out.keep_or_reject(record, true);
}

/// Outlook writes `0/0/00` for "no date".
fn is_empty_date(value: &str) -> bool {
    value
        .chars()
        .all(|c| c == '0' || c == '/' || c == '-' || c == '.')
}

//! Day-first or month-first, decided per CSV column once the whole file is read
//! (DESIGN §6): a number above 12 in the first place settles day-first, one in the second
//! place month-first; a column with only ambiguous dates follows the file's language, and
//! failing that is read month-first with one warning.

use std::collections::BTreeMap;

use crate::domain::PartialDate;

use super::dates::{numeric_date, parse_csv_date_as};
use super::{DateOrder, ImportWarning, ParsedFile};

/// Which date a cell holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateField {
    /// The record's birthday.
    Birthday,
    /// The record's anniversary.
    Anniversary,
}

/// An ambiguous date read month-first for now, to be re-read if its column says otherwise.
struct Pending {
    record: usize,
    line: usize,
    field: DateField,
    raw: String,
}

/// What one column's dates say about their order.
#[derive(Default)]
struct Evidence {
    day_first: bool,
    month_first: bool,
    pending: Vec<Pending>,
}

/// The evidence of every date column of one file.
#[derive(Default)]
pub struct DateColumns {
    columns: BTreeMap<usize, Evidence>,
    /// Ambiguous dates of the row being read: (column, line, field, raw).
    row: Vec<(usize, usize, DateField, String)>,
}

impl DateColumns {
    /// Reads a date cell of `column` month-first, noting what it says about the column.
    pub fn read(
        &mut self,
        column: usize,
        line: usize,
        field: DateField,
        value: &str,
    ) -> Option<PartialDate> {
        if let Some((first, second, _)) = numeric_date(value) {
            let evidence = self.columns.entry(column).or_default();
            if first > 12 && second <= 12 {
                evidence.day_first = true;
            } else if second > 12 && first <= 12 {
                evidence.month_first = true;
            } else if first != second {
                self.row.push((column, line, field, value.to_owned()));
            }
        }
        parse_csv_date_as(value, DateOrder::MonthFirst)
    }

    /// Ends a row: its ambiguous dates belong to record `kept`, or are dropped with a
    /// row that was not kept.
    pub fn end_row(&mut self, kept: Option<usize>) {
        for (column, line, field, raw) in self.row.drain(..) {
            if let Some(record) = kept {
                self.columns
                    .entry(column)
                    .or_default()
                    .pending
                    .push(Pending {
                        record,
                        line,
                        field,
                        raw,
                    });
            }
        }
    }

    /// Decides each column's order and re-reads its ambiguous dates day-first where that
    /// is the order. `names` are the header's column names; `day_first_language` says
    /// whether the header is in a language whose dates are written day first.
    pub fn settle(self, names: &[String], day_first_language: bool, out: &mut ParsedFile) {
        for (column, evidence) in self.columns {
            let Some(first) = evidence.pending.first() else {
                continue;
            };
            let order = match (evidence.day_first, evidence.month_first) {
                (true, false) => DateOrder::DayFirst,
                (false, true) => DateOrder::MonthFirst,
                _ if day_first_language => DateOrder::DayFirst,
                _ => {
                    let name = names.get(column).map_or("", |n| n.trim());
                    out.warnings.push(ImportWarning::new(
                        first.line,
                        crate::tr!(
                            "import-warning-ambiguous-dates",
                            file = out.file_name.as_str(),
                            column = name,
                            example = first.raw.as_str()
                        ),
                    ));
                    DateOrder::MonthFirst
                }
            };
            if order == DateOrder::MonthFirst {
                continue;
            }
            for pending in &evidence.pending {
                let Some(record) = out.records.get_mut(pending.record) else {
                    continue;
                };
                let slot = match pending.field {
                    DateField::Birthday => &mut record.birthday,
                    DateField::Anniversary => &mut record.anniversary,
                };
                // Only the value this cell set (an earlier column may have won).
                if *slot == parse_csv_date_as(&pending.raw, DateOrder::MonthFirst) {
                    *slot = parse_csv_date_as(&pending.raw, order);
                }
            }
        }
    }
}

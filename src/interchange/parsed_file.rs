use super::{ImportFormat, ImportWarning, ImportedRecord};

/// What `parse` read from one file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedFile {
    /// The file's name (for `source` and messages).
    pub file_name: String,
    /// What the content was recognised as.
    pub format: ImportFormat,
    /// The contacts, in file order.
    pub records: Vec<ImportedRecord>,
    /// Lines skipped or read with a repair, in file order.
    pub warnings: Vec<ImportWarning>,
    /// How many records were unusable (no name, no e-mail, nothing) and left out.
    pub rejected: usize,
}

impl ParsedFile {
    /// Keeps `record` when something can name it (see `ImportedRecord::settle_name`);
    /// otherwise counts it as rejected and says so at its line (a CSV row or a vCard).
    pub(super) fn keep_or_reject(&mut self, mut record: ImportedRecord, row: bool) {
        if record.settle_name() {
            self.records.push(record);
        } else {
            self.warnings.push(ImportWarning::new(
                record.line,
                if row {
                    crate::tr!("import-warning-nameless-row")
                } else {
                    crate::tr!("import-warning-nameless-card")
                },
            ));
            self.rejected += 1;
        }
    }
}

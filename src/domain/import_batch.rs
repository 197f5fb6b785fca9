use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ImportBatchId;

/// One import of a file, remembered so that it can be removed later.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportBatch {
    /// Unique id.
    pub id: ImportBatchId,
    /// The file's name.
    pub source: String,
    /// The day of the import.
    pub date: NaiveDate,
    /// How many contacts it added.
    #[serde(default)]
    pub added: u32,
    /// How many existing contacts it merged into.
    #[serde(default)]
    pub merged: u32,
}

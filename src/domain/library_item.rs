use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::LibraryItemId;

/// Something worth giving: an article, report, idea or tool.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LibraryItem {
    /// Unique id.
    pub id: LibraryItemId,
    /// Title.
    pub title: String,
    /// Where to find it.
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub link: String,
    /// Why it is worth their time, in two or three lines.
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub why: String,
    /// Topics it is about; matched against contacts' interests and tags.
    #[serde(default)]
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub topics: BTreeSet<String>,
    /// The day it was added.
    pub added: NaiveDate,
}

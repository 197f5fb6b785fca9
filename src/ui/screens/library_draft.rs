use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::domain::{LibraryItem, LibraryItemId};

/// A library item being added or edited on the Gifts screen: text as typed, checked when
/// saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LibraryDraft {
    /// The item edited; `None` while adding a new one.
    pub id: Option<LibraryItemId>,
    /// Title.
    pub title: String,
    /// Link.
    pub link: String,
    /// Why it is worth their time.
    pub why: String,
    /// Topics, separated by commas.
    pub topics: String,
    /// The day added, `YYYY-MM-DD`.
    pub added: String,
    /// What was wrong the last time it was saved.
    pub error: Option<String>,
    /// The item as it was when the draft was made (`None` for a new one): when the network's
    /// item differs (undo, redo), the draft is made again.
    pub original: Option<LibraryItem>,
}

impl LibraryDraft {
    /// An empty item added `today`.
    pub fn new(today: NaiveDate) -> Self {
        Self {
            id: None,
            title: String::new(),
            link: String::new(),
            why: String::new(),
            topics: String::new(),
            added: today.to_string(),
            error: None,
            original: None,
        }
    }

    /// The draft of an existing item.
    pub fn of(item: &LibraryItem) -> Self {
        Self {
            id: Some(item.id),
            title: item.title.clone(),
            link: item.link.clone(),
            why: item.why.clone(),
            topics: item
                .topics
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(", "),
            added: item.added.to_string(),
            error: None,
            original: Some(item.clone()),
        }
    }

    /// The item the draft describes, or what is wrong with it.
    pub fn to_item(&self) -> Result<LibraryItem, String> {
        let title = self.title.trim();
        if title.is_empty() {
            return Err(crate::i18n::tr!("gifts-needs-title"));
        }
        let added = NaiveDate::parse_from_str(self.added.trim(), "%Y-%m-%d")
            .map_err(|_| crate::i18n::tr!("gifts-not-a-date", text = self.added.trim()))?;
        let topics: BTreeSet<String> = self
            .topics
            .split([',', ';'])
            .map(|t| t.trim().to_lowercase())
            .filter(|t| !t.is_empty())
            .collect();
        Ok(LibraryItem {
            id: self.id.unwrap_or_else(|| LibraryItemId::new(0)),
            title: title.to_owned(),
            link: self.link.trim().to_owned(),
            why: self.why.trim().to_owned(),
            topics,
            added,
        })
    }
}

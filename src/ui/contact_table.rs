use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;

use crate::domain::{ContactId, Network};

use super::{ContactFilter, ContactRow, SearchIndex, TableSort};

/// The rows of the Contacts table, cached: the rows are rebuilt when the network changes,
/// the shown order when the revision, search, filters or sort change; never per frame.
#[derive(Default)]
pub struct ContactTable {
    rows_revision: Option<u64>,
    rows: Vec<ContactRow>,
    all_tags: Vec<String>,
    trashed: usize,
    shown_key: Option<ShownKey>,
    shown: Vec<usize>,
    index: SearchIndex,
}

#[derive(Clone, PartialEq)]
struct ShownKey {
    revision: u64,
    query: String,
    filter: ContactFilter,
    sort: TableSort,
}

impl ContactTable {
    /// Brings the cache up to date; cheap when nothing changed.
    pub fn refresh(
        &mut self,
        network: &Network,
        revision: u64,
        today: NaiveDate,
        query: &str,
        filter: &ContactFilter,
        sort: TableSort,
    ) {
        if self.rows_revision != Some(revision) {
            self.rows_revision = Some(revision);
            self.rows = network
                .contacts()
                .map(|contact| ContactRow::new(network, contact, today))
                .collect();
            let tags: BTreeSet<&String> = self.rows.iter().flat_map(|r| &r.tags).collect();
            self.all_tags = tags.into_iter().cloned().collect();
            self.trashed = network.trashed_contacts().count();
            self.index.refresh(network, revision);
        }
        let key = ShownKey {
            revision,
            query: query.trim().to_owned(),
            filter: filter.clone(),
            sort,
        };
        if self.shown_key.as_ref() == Some(&key) {
            return;
        }
        let matches: Option<HashMap<ContactId, u32>> =
            (!key.query.is_empty()).then(|| self.index.search(&key.query).into_iter().collect());
        let mut shown: Vec<usize> = self
            .rows
            .iter()
            .enumerate()
            .filter(|(_, row)| {
                filter.accepts(row) && matches.as_ref().is_none_or(|m| m.contains_key(&row.id))
            })
            .map(|(i, _)| i)
            .collect();
        let rows = &self.rows;
        shown.sort_by(|a, b| match (rows.get(*a), rows.get(*b)) {
            (Some(a), Some(b)) => sort.compare(a, b),
            _ => std::cmp::Ordering::Equal,
        });
        self.shown = shown;
        self.shown_key = Some(key);
    }

    /// How many rows are shown.
    pub fn shown_len(&self) -> usize {
        self.shown.len()
    }

    /// How many contacts there are (not in the trash).
    pub fn total_len(&self) -> usize {
        self.rows.len()
    }

    /// How many contacts are in the trash.
    pub fn trashed_len(&self) -> usize {
        self.trashed
    }

    /// The `n`th shown row.
    pub fn shown_row(&self, n: usize) -> Option<&ContactRow> {
        self.shown.get(n).and_then(|i| self.rows.get(*i))
    }

    /// The ids of the shown rows, in order.
    pub fn shown_ids(&self) -> impl Iterator<Item = ContactId> + '_ {
        self.shown
            .iter()
            .filter_map(|i| self.rows.get(*i))
            .map(|r| r.id)
    }

    /// Where a contact is among the shown rows.
    pub fn position_of(&self, id: ContactId) -> Option<usize> {
        self.shown_ids().position(|shown| shown == id)
    }

    /// Every tag in use, sorted (for the tag filter).
    pub fn all_tags(&self) -> &[String] {
        &self.all_tags
    }

    /// The search index, for the command palette's "jump to".
    pub fn index_mut(&mut self) -> &mut SearchIndex {
        &mut self.index
    }
}

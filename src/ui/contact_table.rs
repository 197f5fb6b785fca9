use std::collections::BTreeSet;

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
    /// Row positions in the current sort order, rebuilt only when the rows or the sort
    /// change, so a keystroke in the search only filters.
    sorted_key: Option<(u64, TableSort)>,
    sorted: Vec<usize>,
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
        if self.sorted_key != Some((revision, sort)) {
            let rows = &self.rows;
            let mut sorted: Vec<usize> = (0..rows.len()).collect();
            sorted.sort_by(|a, b| match (rows.get(*a), rows.get(*b)) {
                (Some(a), Some(b)) => sort.compare(a, b),
                _ => std::cmp::Ordering::Equal,
            });
            self.sorted = sorted;
            self.sorted_key = Some((revision, sort));
        }
        // The index is built from the same `network.contacts()` walk as the rows, so its
        // scores line up with row positions.
        let scores = (!key.query.is_empty()).then(|| self.index.scores(&key.query));
        let rows = &self.rows;
        let shown: Vec<usize> = self
            .sorted
            .iter()
            .copied()
            .filter(|i| {
                rows.get(*i).is_some_and(|row| filter.accepts(row))
                    && scores
                        .as_ref()
                        .is_none_or(|s| s.get(*i).is_some_and(Option::is_some))
            })
            .collect();
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

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::domain::Circle;
    use crate::generate::{GenerateSpec, generate_network};
    use crate::ui::SortColumn;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 16).unwrap_or_default()
    }

    #[test]
    fn search_filters_and_sort_agree_with_the_network() {
        let Ok(network) = generate_network(&GenerateSpec::new(300, 3), day()) else {
            return;
        };
        let mut table = ContactTable::default();
        let sort = TableSort::default();
        table.refresh(&network, 1, day(), "", &ContactFilter::default(), sort);
        assert_eq!(table.shown_len(), network.contact_count());
        let names: Vec<&str> = (0..table.shown_len())
            .filter_map(|n| table.shown_row(n))
            .map(|r| r.sort_name.as_str())
            .collect();
        assert!(
            names.windows(2).all(|w| w.first() <= w.get(1)),
            "sorted by name"
        );

        // The table shows exactly the contacts the index matches.
        let query = "an";
        table.refresh(&network, 1, day(), query, &ContactFilter::default(), sort);
        let shown: BTreeSet<ContactId> = table.shown_ids().collect();
        let matched: BTreeSet<ContactId> = table
            .index_mut()
            .search(query)
            .into_iter()
            .map(|m| m.0)
            .collect();
        assert!(!shown.is_empty());
        assert_eq!(shown, matched);

        let filter = ContactFilter {
            circle: Some(Circle::Acquaintance),
            ..ContactFilter::default()
        };
        let by_balance = TableSort::default().clicked(SortColumn::Balance);
        table.refresh(&network, 1, day(), "", &filter, by_balance);
        let rows: Vec<&ContactRow> = (0..table.shown_len())
            .filter_map(|n| table.shown_row(n))
            .collect();
        assert!(rows.iter().all(|r| r.circle == Circle::Acquaintance));
        assert!(rows.windows(2).all(|w| match w {
            [a, b] => a.balance <= b.balance,
            _ => true,
        }));
    }
}

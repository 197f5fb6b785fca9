use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;

use crate::actions::Touched;
use crate::domain::{ContactId, Network};

use super::search_index::SearchRank;
use crate::ui::{ContactFilter, ContactRow, SearchIndex, TableSort};

/// The rows of the Contacts table, cached and never rebuilt per frame. After a change only
/// the rows of the contacts it touched are rebuilt and moved to their place in the sorted
/// and shown orders; everything is rebuilt only when the whole network changed (a reload,
/// the cadences, a large import) or the day did. The shown order is worked out again when
/// the search, filters or sort change.
#[derive(Default)]
pub struct ContactTable {
    /// The revision and day the rows are for.
    rows_at: Option<(u64, NaiveDate)>,
    rows: HashMap<ContactId, ContactRow>,
    /// How many rows carry each tag (the tag filter lists those in use).
    tag_counts: BTreeMap<String, usize>,
    all_tags: Vec<String>,
    trashed: BTreeSet<ContactId>,
    /// Every row's id in the order of `shown_key`'s sort.
    sorted: Vec<ContactId>,
    /// What `shown` was worked out for.
    shown_key: Option<ShownKey>,
    /// The ids of the rows that pass the search and filters, in `sorted`'s order.
    shown: Vec<ContactId>,
    index: SearchIndex,
}

#[derive(Clone, PartialEq)]
struct ShownKey {
    query: String,
    filter: ContactFilter,
    sort: TableSort,
}

/// Past this share of the rows (one in `REBUILD_SHARE`) a change rebuilds every row: one
/// sort is then cheaper than moving rows one by one.
const REBUILD_SHARE: usize = 8;

impl ContactTable {
    /// The revision the rows are at, if any.
    pub fn revision(&self) -> Option<u64> {
        self.rows_at.map(|(revision, _)| revision)
    }

    /// Brings the rows to `revision` on `today`. `changes` says what changed since a given
    /// revision (the session's journal); it is asked only when the rows are behind.
    pub fn sync_rows(
        &mut self,
        network: &Network,
        revision: u64,
        today: NaiveDate,
        changes: impl FnOnce(u64) -> Touched,
    ) {
        let touched = match self.rows_at {
            Some(at) if at == (revision, today) => return,
            Some((at, day)) if day == today => changes(at),
            _ => Touched::Everything,
        };
        self.rows_at = Some((revision, today));
        match touched.contacts() {
            Some(ids) if ids.len().saturating_mul(REBUILD_SHARE) <= self.rows.len() => {
                self.update_rows(network, revision, today, ids);
            }
            _ => self.rebuild_rows(network, revision, today),
        }
    }

    fn rebuild_rows(&mut self, network: &Network, revision: u64, today: NaiveDate) {
        self.rows = network
            .contacts()
            .map(|contact| (contact.id, ContactRow::new(network, contact, today)))
            .collect();
        self.tag_counts.clear();
        for tag in self.rows.values().flat_map(|row| &row.tags) {
            *self.tag_counts.entry(tag.clone()).or_default() += 1;
        }
        self.all_tags = self.tag_counts.keys().cloned().collect();
        self.trashed = network.trashed_contacts().map(|c| c.id).collect();
        self.index.refresh(network, revision);
        // Sorted and shown again on the next `show`.
        self.shown_key = None;
    }

    /// Rebuilds the rows of `ids` and moves them to their places.
    fn update_rows(
        &mut self,
        network: &Network,
        revision: u64,
        today: NaiveDate,
        ids: &BTreeSet<ContactId>,
    ) {
        self.index.update(network, revision, ids);
        let mut tags_changed = false;
        for id in ids {
            if let Some(old) = self.rows.remove(id) {
                if let Some(key) = &self.shown_key {
                    remove_sorted(&mut self.sorted, &self.rows, &old, key.sort);
                    remove_sorted(&mut self.shown, &self.rows, &old, key.sort);
                }
                for tag in &old.tags {
                    tags_changed |= count_tag(&mut self.tag_counts, tag, false);
                }
            }
            self.trashed.remove(id);
            let Some(contact) = network.contact(*id) else {
                continue;
            };
            if contact.is_trashed() {
                self.trashed.insert(*id);
                continue;
            }
            let row = ContactRow::new(network, contact, today);
            for tag in &row.tags {
                tags_changed |= count_tag(&mut self.tag_counts, tag, true);
            }
            if let Some(key) = &self.shown_key {
                insert_sorted(&mut self.sorted, &self.rows, &row, key.sort);
                let searched =
                    key.query.is_empty() || self.index.matching(&key.query).contains_key(id);
                if searched && key.filter.accepts(&row) {
                    insert_sorted(&mut self.shown, &self.rows, &row, key.sort);
                }
            }
            self.rows.insert(*id, row);
        }
        if tags_changed {
            self.all_tags = self.tag_counts.keys().cloned().collect();
        }
        // Ranked rows are not in `sort`'s order: ranked again (the matches are current).
        if let Some(key) = self.shown_key.as_ref().filter(|key| key.is_ranked()) {
            let matched = self.index.matching(&key.query);
            self.shown = ranked(matched, &self.rows, &self.sorted, &key.filter);
        }
    }

    /// Works out the shown rows for the search text, filters and sort, when any of them
    /// changed (or the rows were rebuilt).
    pub fn show(&mut self, query: &str, filter: &ContactFilter, sort: TableSort) {
        let key = ShownKey {
            query: query.trim().to_owned(),
            filter: filter.clone(),
            sort,
        };
        if self.shown_key.as_ref() == Some(&key) {
            return;
        }
        if self.shown_key.as_ref().is_none_or(|old| old.sort != sort) {
            let mut sorted: Vec<&ContactRow> = self.rows.values().collect();
            sorted.sort_by(|a, b| sort.compare(a, b));
            self.sorted = sorted.into_iter().map(|row| row.id).collect();
        }
        let matched = (!key.query.is_empty()).then(|| self.index.matching(&key.query));
        let rows = &self.rows;
        self.shown = match matched {
            // Searching in the default order: best match first (DESIGN §3a rule 4).
            Some(matched) if key.is_ranked() => ranked(matched, rows, &self.sorted, filter),
            // A few matches (a name typed): sort those rather than walk every row.
            Some(matched) if matched.len().saturating_mul(REBUILD_SHARE) < rows.len() => {
                let mut found: Vec<&ContactRow> = matched
                    .keys()
                    .filter_map(|id| rows.get(id))
                    .filter(|row| filter.accepts(row))
                    .collect();
                found.sort_by(|a, b| sort.compare(a, b));
                found.into_iter().map(|row| row.id).collect()
            }
            _ => {
                let filtered = filter.is_active();
                self.sorted
                    .iter()
                    .copied()
                    .filter(|id| {
                        matched.is_none_or(|m| m.contains_key(id))
                            && (!filtered || rows.get(id).is_some_and(|row| filter.accepts(row)))
                    })
                    .collect()
            }
        };
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
        self.trashed.len()
    }

    /// The `n`th shown row.
    pub fn shown_row(&self, n: usize) -> Option<&ContactRow> {
        self.shown.get(n).and_then(|id| self.rows.get(id))
    }

    /// The ids of the shown rows, in order.
    pub fn shown_ids(&self) -> impl Iterator<Item = ContactId> + '_ {
        self.shown.iter().copied()
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

impl ShownKey {
    /// Whether the rows are in search rank: a query with the table in its default order
    /// (by name). A column the user picked keeps its order while searching.
    fn is_ranked(&self) -> bool {
        !self.query.is_empty() && self.sort == TableSort::default()
    }
}

/// The matches passing `filter`, best rank first, ties by name. `by_name` is every row in
/// name order: with many matches, one walk and a stable sort on the rank alone is cheaper
/// than comparing names.
fn ranked(
    matched: &HashMap<ContactId, SearchRank>,
    rows: &HashMap<ContactId, ContactRow>,
    by_name: &[ContactId],
    filter: &ContactFilter,
) -> Vec<ContactId> {
    let passes =
        |id: &ContactId| !filter.is_active() || rows.get(id).is_some_and(|r| filter.accepts(r));
    let mut found: Vec<(SearchRank, ContactId)> =
        if matched.len().saturating_mul(REBUILD_SHARE) < rows.len() {
            let mut found: Vec<(&ContactRow, SearchRank)> = matched
                .iter()
                .filter(|(id, _)| passes(id))
                .filter_map(|(id, rank)| Some((rows.get(id)?, *rank)))
                .collect();
            found.sort_by(|a, b| a.0.sort_name.cmp(&b.0.sort_name).then(a.0.id.cmp(&b.0.id)));
            found
                .into_iter()
                .map(|(row, rank)| (rank, row.id))
                .collect()
        } else {
            by_name
                .iter()
                .filter_map(|id| matched.get(id).map(|rank| (*rank, *id)))
                .filter(|(_, id)| passes(id))
                .collect()
        };
    found.sort_by_key(|(rank, _)| *rank);
    found.into_iter().map(|(_, id)| id).collect()
}

/// Where `row` goes in `order` (ids sorted by `sort`); the order is total (ties fall back
/// to the id), so a row that is there is found exactly.
fn position(
    order: &[ContactId],
    rows: &HashMap<ContactId, ContactRow>,
    row: &ContactRow,
    sort: TableSort,
) -> Result<usize, usize> {
    order.binary_search_by(|probe| match rows.get(probe) {
        Some(other) => sort.compare(other, row),
        // Only `row` itself is missing from `rows` while it is moved.
        None => std::cmp::Ordering::Equal,
    })
}

fn remove_sorted(
    order: &mut Vec<ContactId>,
    rows: &HashMap<ContactId, ContactRow>,
    old: &ContactRow,
    sort: TableSort,
) {
    if let Ok(at) = position(order, rows, old, sort)
        && order.get(at) == Some(&old.id)
    {
        order.remove(at);
    } else if let Some(at) = order.iter().position(|id| *id == old.id) {
        // Not where its row says (cannot happen while rows and order agree): found anyway.
        order.remove(at);
    }
}

fn insert_sorted(
    order: &mut Vec<ContactId>,
    rows: &HashMap<ContactId, ContactRow>,
    row: &ContactRow,
    sort: TableSort,
) {
    let (Ok(at) | Err(at)) = position(order, rows, row, sort);
    order.insert(at, row.id);
}

/// Counts a tag in or out; returns whether the set of tags in use changed.
fn count_tag(counts: &mut BTreeMap<String, usize>, tag: &str, add: bool) -> bool {
    if add {
        let count = counts.entry(tag.to_owned()).or_default();
        *count += 1;
        *count == 1
    } else {
        match counts.get_mut(tag) {
            Some(count) if *count > 1 => {
                *count -= 1;
                false
            }
            Some(_) => {
                counts.remove(tag);
                true
            }
            None => false,
        }
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

    /// The table at `revision` of `network`, rows rebuilt, shown for a query, filter, sort.
    fn fresh(
        network: &Network,
        revision: u64,
        query: &str,
        filter: &ContactFilter,
        sort: TableSort,
    ) -> ContactTable {
        let mut table = ContactTable::default();
        table.sync_rows(network, revision, day(), |_| Touched::Everything);
        table.show(query, filter, sort);
        table
    }

    fn shown_rows(table: &ContactTable) -> Vec<ContactRow> {
        (0..table.shown_len())
            .filter_map(|n| table.shown_row(n).cloned())
            .collect()
    }

    #[test]
    fn search_filters_and_sort_agree_with_the_network() {
        let Ok(network) = generate_network(&GenerateSpec::new(300, 3), day()) else {
            return;
        };
        let sort = TableSort::default();
        let mut table = fresh(&network, 1, "", &ContactFilter::default(), sort);
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
        table.show(query, &ContactFilter::default(), sort);
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
        table.show("", &filter, by_balance);
        let rows: Vec<&ContactRow> = (0..table.shown_len())
            .filter_map(|n| table.shown_row(n))
            .collect();
        assert!(rows.iter().all(|r| r.circle == Circle::Acquaintance));
        assert!(rows.windows(2).all(|w| match w {
            [a, b] => a.balance <= b.balance,
            _ => true,
        }));
    }

    /// After every kind of change, the table updated from the session's journal shows
    /// exactly what a table built from scratch shows.
    #[test]
    fn updating_a_few_rows_matches_a_rebuild() {
        use crate::actions::{Action, LogEntry, edits};
        use crate::domain::{Cadences, Channel, Contact};
        use crate::session::Session;

        let network = generate_network(&GenerateSpec::new(200, 4), day()).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let mut session = Session::create_with(dir.path(), network, "test").unwrap();
        let ids: Vec<ContactId> = session.network().contacts().map(|c| c.id).collect();
        let views = [
            ("", ContactFilter::default(), TableSort::default()),
            // Ranked: a query in the default order.
            ("e", ContactFilter::default(), TableSort::default()),
            (
                "an",
                ContactFilter::default(),
                TableSort::default().clicked(SortColumn::LastTouch),
            ),
            (
                "",
                ContactFilter {
                    due_only: true,
                    ..ContactFilter::default()
                },
                TableSort::default().clicked(SortColumn::NextDue),
            ),
            (
                "e",
                ContactFilter {
                    tag: Some("renamed".to_owned()),
                    ..ContactFilter::default()
                },
                TableSort::default().clicked(SortColumn::Balance),
            ),
        ];
        let mut tables: Vec<ContactTable> = views
            .iter()
            .map(|(q, f, s)| fresh(session.network(), session.revision(), q, f, *s))
            .collect();
        let check = |session: &Session, tables: &mut Vec<ContactTable>, step: &str| {
            for (table, (query, filter, sort)) in tables.iter_mut().zip(&views) {
                table.sync_rows(session.network(), session.revision(), day(), |since| {
                    session.changes_since(since)
                });
                table.show(query, filter, *sort);
                let rebuilt = fresh(session.network(), session.revision(), query, filter, *sort);
                assert_eq!(shown_rows(table), shown_rows(&rebuilt), "{step}, {query:?}");
                assert_eq!(table.total_len(), rebuilt.total_len(), "{step}");
                assert_eq!(table.trashed_len(), rebuilt.trashed_len(), "{step}");
                assert_eq!(table.all_tags(), rebuilt.all_tags(), "{step}");
            }
        };

        let mut entry = LogEntry::new(vec![ids[0], ids[1]], day(), Channel::Call);
        entry.note = "both at once".to_owned();
        let log = entry.to_action(session.network(), day()).unwrap();
        session.apply(log).unwrap();
        check(&session, &mut tables, "log a touch with two people");

        let rename = edits::update_contacts(session.network(), &ids[2..4], "rename", |c| {
            c.display_name = format!("Aaron {}", c.display_name);
            c.tags.insert("renamed".to_owned());
        })
        .unwrap();
        session.apply(rename).unwrap();
        check(&session, &mut tables, "rename and tag");

        let trash = edits::update_contacts(session.network(), &ids[4..6], "trash", |c| {
            c.trashed_on = Some(day());
        })
        .unwrap();
        session.apply(trash).unwrap();
        check(&session, &mut tables, "trash");

        let id = ContactId::new(session.network().fresh_id());
        let new = Contact::new(id, "Anne Newcomer", Circle::Active, day());
        session.apply(Action::InsertContact(Box::new(new))).unwrap();
        check(&session, &mut tables, "a new contact");

        session.undo().unwrap();
        check(&session, &mut tables, "undo the new contact");
        session.undo().unwrap();
        check(&session, &mut tables, "undo the trash");
        session.undo().unwrap();
        session.undo().unwrap();
        check(&session, &mut tables, "two undos at once");
        session.redo().unwrap();
        check(&session, &mut tables, "redo");

        let mut cadences = Cadences::default();
        cadences.set(Circle::Active, Some(3));
        session
            .apply(Action::SetCadences(Box::new(cadences)))
            .unwrap();
        check(&session, &mut tables, "cadences change everyone");
    }
}

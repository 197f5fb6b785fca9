use std::collections::{BTreeMap, BTreeSet, HashSet};

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32String};

use crate::domain::fold::{fold, fold_nordic};
use crate::domain::{Contact, ContactId, Network};

/// Names of the contacts, folded two ways ("Søren Müller" → "soren muller" and
/// "soeren mueller"), so a keystroke only runs the matcher (DESIGN §6). A change to a few
/// contacts updates their entries (and the last query's matches) rather than all.
pub struct SearchIndex {
    revision: Option<u64>,
    entries: BTreeMap<ContactId, IndexEntry>,
    matcher: Matcher,
    /// The contacts matching the queries last given to `matching`, each narrowing the one
    /// before ("s", "so", "sor"), so deleting a letter finds its matches again; kept
    /// current by `update`.
    matched: Vec<(String, HashSet<ContactId>)>,
}

struct IndexEntry {
    folded: Utf32String,
    /// `None` when the Danish/German spelling is the same as the plain fold.
    nordic: Option<Utf32String>,
}

impl IndexEntry {
    fn new(contact: &Contact) -> Self {
        let folded = fold(&contact.display_name);
        let nordic = fold_nordic(&contact.display_name);
        Self {
            nordic: (nordic != folded).then(|| Utf32String::from(nordic)),
            folded: Utf32String::from(folded),
        }
    }
}

/// A query parsed for both spellings.
fn patterns(query: &str) -> (Pattern, Pattern) {
    let plain = Pattern::parse(&fold(query), CaseMatching::Ignore, Normalization::Smart);
    let nordic = Pattern::parse(
        &fold_nordic(query),
        CaseMatching::Ignore,
        Normalization::Smart,
    );
    (plain, nordic)
}

/// The best score of an entry for the query's two patterns.
fn score(
    (plain, nordic): &(Pattern, Pattern),
    entry: &IndexEntry,
    matcher: &mut Matcher,
) -> Option<u32> {
    let mut best = plain.score(entry.folded.slice(..), matcher);
    if let Some(spelled) = &entry.nordic {
        // "mueller" meets "Müller" only in the spelled-out form; "muller" in both.
        best = best.max(plain.score(spelled.slice(..), matcher));
        best = best.max(nordic.score(spelled.slice(..), matcher));
    }
    best
}

/// How many narrowing queries `matching` remembers.
const MAX_REMEMBERED: usize = 32;

static NO_MATCHES: std::sync::LazyLock<HashSet<ContactId>> = std::sync::LazyLock::new(HashSet::new);

/// Whether every name matching `new` also matches `last`: `new` only adds plain letters
/// (or words) to the end, in both spellings. Each word of a query matches as a subsequence,
/// so a longer word or one more word can only drop names. Operators (`!` negates, `^` `$`
/// anchor, `'` asks for a substring) could widen the matches, so they start afresh.
fn narrows(last: &str, new: &str) -> bool {
    !last.is_empty()
        && new.starts_with(last)
        && new.chars().all(|c| c.is_alphanumeric() || c == ' ')
        && fold(new).starts_with(&fold(last))
        && fold_nordic(new).starts_with(&fold_nordic(last))
}

impl Default for SearchIndex {
    fn default() -> Self {
        Self {
            revision: None,
            entries: BTreeMap::new(),
            matcher: Matcher::new(Config::DEFAULT),
            matched: Vec::new(),
        }
    }
}

impl SearchIndex {
    /// Rebuilds the folded names when the network changed since the last call.
    pub fn refresh(&mut self, network: &Network, revision: u64) {
        if self.revision == Some(revision) {
            return;
        }
        self.revision = Some(revision);
        self.entries = network
            .contacts()
            .map(|contact| (contact.id, IndexEntry::new(contact)))
            .collect();
        self.matched.clear();
    }

    /// Brings the entries of `changed` contacts up to `revision` (added, renamed, trashed,
    /// restored or removed), when nothing else changed since the index's revision.
    pub fn update(&mut self, network: &Network, revision: u64, changed: &BTreeSet<ContactId>) {
        for id in changed {
            self.entries.remove(id);
            if let Some(contact) = network.contact(*id).filter(|c| !c.is_trashed()) {
                self.entries.insert(*id, IndexEntry::new(contact));
            }
        }
        for (query, matched) in &mut self.matched {
            let patterns = patterns(query);
            for id in changed {
                let hit = self
                    .entries
                    .get(id)
                    .and_then(|entry| score(&patterns, entry, &mut self.matcher));
                if hit.is_some() {
                    matched.insert(*id);
                } else {
                    matched.remove(id);
                }
            }
        }
        self.revision = Some(revision);
    }

    /// Contacts whose name matches `query` fuzzily, ignoring case and accents, with their
    /// score (higher is better), in id order. An empty query matches nobody.
    pub fn search(&mut self, query: &str) -> Vec<(ContactId, u32)> {
        let query = query.trim();
        if query.is_empty() {
            return Vec::new();
        }
        let patterns = patterns(query);
        let matcher = &mut self.matcher;
        self.entries
            .iter()
            .filter_map(|(id, entry)| score(&patterns, entry, matcher).map(|s| (*id, s)))
            .collect()
    }

    /// The contacts matching `query` (trimmed, not empty), remembered until the query
    /// changes: the table asks every time its rows or filters change.
    pub fn matching(&mut self, query: &str) -> &HashSet<ContactId> {
        let query = query.trim();
        // Back to the query this one narrows (or is), dropping those it does not.
        while let Some((last, _)) = self.matched.last()
            && last != query
            && !narrows(last, query)
        {
            self.matched.pop();
        }
        let found = match self.matched.last() {
            Some((last, _)) if last == query => None,
            // Typing on: only the last query's matches can still match.
            Some((_, previous)) => {
                let patterns = patterns(query);
                let entries = &self.entries;
                let matcher = &mut self.matcher;
                Some(
                    previous
                        .iter()
                        .copied()
                        .filter(|id| {
                            entries
                                .get(id)
                                .and_then(|entry| score(&patterns, entry, matcher))
                                .is_some()
                        })
                        .collect(),
                )
            }
            None => Some(self.search(query).into_iter().map(|(id, _)| id).collect()),
        };
        if let Some(found) = found {
            if self.matched.len() >= MAX_REMEMBERED {
                self.matched.remove(0);
            }
            self.matched.push((query.to_owned(), found));
        }
        match self.matched.last() {
            Some((_, matched)) => matched,
            None => &NO_MATCHES,
        }
    }

    /// The best matches first, at most `limit` (for the command palette).
    pub fn best(&mut self, query: &str, limit: usize) -> Vec<ContactId> {
        let mut found = self.search(query);
        found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        found.into_iter().take(limit).map(|(id, _)| id).collect()
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::actions::Action;
    use crate::domain::{Circle, Contact};

    fn network(names: &[&str]) -> Network {
        let mut network = Network::new();
        let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        for name in names {
            let id = ContactId::new(network.fresh_id());
            let contact = Contact::new(id, name, Circle::Known, day);
            assert!(
                Action::InsertContact(Box::new(contact))
                    .apply(&mut network)
                    .is_ok()
            );
        }
        network
    }

    fn found(index: &mut SearchIndex, network: &Network, query: &str) -> Vec<String> {
        index
            .best(query, 10)
            .into_iter()
            .filter_map(|id| network.contact(id))
            .map(|c| c.display_name.clone())
            .collect()
    }

    #[test]
    fn folds_case_and_accents_both_ways() {
        let network = network(&[
            "Søren Bøgh",
            "Ærle Holm",
            "Åse Lund",
            "Jürgen Müller",
            "Anna Berg",
        ]);
        let mut index = SearchIndex::default();
        index.refresh(&network, 1);
        for (query, name) in [
            ("soren", "Søren Bøgh"),
            ("SØREN", "Søren Bøgh"),
            ("soeren", "Søren Bøgh"),
            ("aerle", "Ærle Holm"),
            ("aase", "Åse Lund"),
            ("ase", "Åse Lund"),
            ("mueller", "Jürgen Müller"),
            ("muller", "Jürgen Müller"),
        ] {
            let hits = found(&mut index, &network, query);
            assert_eq!(
                hits.first().map(String::as_str),
                Some(name),
                "{query}: {hits:?}"
            );
        }
        assert!(found(&mut index, &network, "").is_empty());
        assert!(found(&mut index, &network, "zzz").is_empty());
    }

    #[test]
    fn rebuilds_only_when_the_revision_changes() {
        let mut index = SearchIndex::default();
        index.refresh(&network(&["Anna Berg"]), 1);
        index.refresh(&network(&["Bo Holm"]), 1);
        assert_eq!(index.search("anna").len(), 1, "same revision: kept");
        index.refresh(&network(&["Bo Holm"]), 2);
        assert!(index.search("anna").is_empty());
    }

    #[test]
    fn an_update_keeps_the_last_query_matches_current() {
        let mut network = network(&["Anna Berg", "Bo Holm"]);
        let mut index = SearchIndex::default();
        index.refresh(&network, 1);
        let ids: Vec<ContactId> = network.contacts().map(|c| c.id).collect();
        assert_eq!(index.matching("anna").len(), 1);

        // Bo is renamed Anna, Anna goes to the trash.
        let mut bo = network.contact(ids[1]).unwrap().clone();
        bo.display_name = "Anna Holm".to_owned();
        let mut anna = network.contact(ids[0]).unwrap().clone();
        anna.trashed_on = NaiveDate::from_ymd_opt(2026, 2, 1);
        for contact in [bo, anna] {
            assert!(
                Action::ReplaceContact(Box::new(contact))
                    .apply(&mut network)
                    .is_ok()
            );
        }
        index.update(&network, 2, &ids.iter().copied().collect());
        let matched: Vec<ContactId> = index.matching("anna").iter().copied().collect();
        assert_eq!(matched, vec![ids[1]]);
        assert_eq!(
            index.search("berg"),
            Vec::new(),
            "the trashed are not searched"
        );
        index.refresh(&network, 2);
        assert_eq!(index.matching("anna").len(), 1, "same revision: kept");
    }

    #[test]
    fn typing_on_narrows_to_what_a_fresh_search_finds() {
        let network = network(&[
            "Søren Bøgh",
            "Sonja Rask",
            "Jürgen Müller",
            "Anna Mueller",
            "Oscar Sørensen",
            "Ærle Holm",
        ]);
        let mut typing = SearchIndex::default();
        typing.refresh(&network, 1);
        for text in ["soren b", "muel", "so !x", "aer", "s$", "sø"] {
            // Typed letter by letter, then deleted letter by letter.
            let ends: Vec<usize> = text
                .char_indices()
                .map(|(at, c)| at + c.len_utf8())
                .collect();
            for end in ends.iter().chain(ends.iter().rev().skip(1)).copied() {
                let query = &text[..end];
                let mut fresh = SearchIndex::default();
                fresh.refresh(&network, 1);
                let expected: HashSet<ContactId> =
                    fresh.search(query).into_iter().map(|m| m.0).collect();
                assert_eq!(typing.matching(query), &expected, "{query:?}");
            }
        }
    }
}

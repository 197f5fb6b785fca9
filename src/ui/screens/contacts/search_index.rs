use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32String};

use crate::domain::fold::{fold, fold_nordic};
use crate::domain::{Contact, ContactId, MatchTier, Network};

/// How well a contact matches a query, best (smallest) first: the tier (whole name, start
/// of the name, start of a word, fuzzy), then, among fuzzy matches only, the matcher's
/// score, highest first. Equal ranks go by name.
pub type SearchRank = (MatchTier, Reverse<u32>);

/// Names of the contacts, folded two ways ("Søren Müller" → "soren muller" and
/// "soeren mueller"), so a keystroke only runs the matcher (DESIGN §6). A change to a few
/// contacts updates their entries (and the last query's matches) rather than all.
pub struct SearchIndex {
    revision: Option<u64>,
    entries: BTreeMap<ContactId, IndexEntry>,
    matcher: Matcher,
    /// The contacts matching the queries last given to `matching`, with their ranks,
    /// each narrowing the one before ("s", "so", "sor"), so deleting a letter finds its
    /// matches again; kept current by `update`.
    matched: Vec<(String, HashMap<ContactId, SearchRank>)>,
}

struct IndexEntry {
    folded: Utf32String,
    /// `None` when the Danish/German spelling is the same as the plain fold.
    nordic: Option<Utf32String>,
    /// The plain fold as text, for the tier and for ties by name.
    text: String,
    /// The Danish/German spelling as text, when it differs.
    nordic_text: Option<String>,
}

impl IndexEntry {
    fn new(contact: &Contact) -> Self {
        let folded = fold(&contact.display_name);
        let nordic = fold_nordic(&contact.display_name);
        let nordic_text = (nordic != folded).then_some(nordic);
        Self {
            nordic: nordic_text.clone().map(Utf32String::from),
            nordic_text,
            folded: Utf32String::from(folded.clone()),
            text: folded,
        }
    }
}

/// A query parsed for both spellings: the patterns, and the folded texts for the tier.
struct Query {
    plain: Pattern,
    nordic: Pattern,
    plain_text: String,
    nordic_text: String,
}

/// A query parsed for both spellings.
fn patterns(query: &str) -> Query {
    let plain_text = fold(query);
    let nordic_text = fold_nordic(query);
    Query {
        plain: Pattern::parse(&plain_text, CaseMatching::Ignore, Normalization::Smart),
        nordic: Pattern::parse(&nordic_text, CaseMatching::Ignore, Normalization::Smart),
        plain_text,
        nordic_text,
    }
}

/// The rank of an entry for the query in its best spelling, `None` when it does not match.
fn score(query: &Query, entry: &IndexEntry, matcher: &mut Matcher) -> Option<SearchRank> {
    let mut best = query.plain.score(entry.folded.slice(..), matcher);
    let mut tier = if best.is_some() {
        MatchTier::of(&query.plain_text, &entry.text)
    } else {
        MatchTier::Fuzzy
    };
    if let (Some(spelled), Some(spelled_text)) = (&entry.nordic, &entry.nordic_text) {
        // "mueller" meets "Müller" only in the spelled-out form; "muller" in both.
        best = best.max(query.plain.score(spelled.slice(..), matcher));
        best = best.max(query.nordic.score(spelled.slice(..), matcher));
        if tier > MatchTier::NamePrefix && best.is_some() {
            tier = tier
                .min(MatchTier::of(&query.plain_text, spelled_text))
                .min(MatchTier::of(&query.nordic_text, spelled_text));
        }
    }
    // The fuzzy score orders only fuzzy matches; better tiers go by name.
    best.map(|score| match tier {
        MatchTier::Fuzzy => (tier, Reverse(score)),
        _ => (tier, Reverse(0)),
    })
}

/// How many narrowing queries `matching` remembers.
const MAX_REMEMBERED: usize = 32;

static NO_MATCHES: std::sync::LazyLock<HashMap<ContactId, SearchRank>> =
    std::sync::LazyLock::new(HashMap::new);

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
                if let Some(rank) = hit {
                    matched.insert(*id, rank);
                } else {
                    matched.remove(id);
                }
            }
        }
        self.revision = Some(revision);
    }

    /// Contacts whose name matches `query` fuzzily, ignoring case and accents, with their
    /// rank (smaller is better), in id order. An empty query matches nobody.
    pub fn search(&mut self, query: &str) -> Vec<(ContactId, SearchRank)> {
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

    /// The contacts matching `query` (trimmed, not empty) with their ranks, remembered
    /// until the query changes: the table asks every time its rows or filters change.
    pub fn matching(&mut self, query: &str) -> &HashMap<ContactId, SearchRank> {
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
                        .keys()
                        .filter_map(|id| {
                            let entry = entries.get(id)?;
                            score(&patterns, entry, matcher).map(|rank| (*id, rank))
                        })
                        .collect(),
                )
            }
            None => Some(self.search(query).into_iter().collect()),
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

    /// The best matches first (by rank, then name), at most `limit`: the command
    /// palette's contact jump.
    pub fn best(&mut self, query: &str, limit: usize) -> Vec<ContactId> {
        let mut found = self.search(query);
        let name = |id: &ContactId| self.entries.get(id).map_or("", |e| e.text.as_str());
        found.sort_by(|a, b| {
            a.1.cmp(&b.1)
                .then_with(|| name(&a.0).cmp(name(&b.0)))
                .then(a.0.cmp(&b.0))
        });
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
        let matched: Vec<ContactId> = index.matching("anna").keys().copied().collect();
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
                let expected: HashMap<ContactId, SearchRank> =
                    fresh.search(query).into_iter().collect();
                assert_eq!(typing.matching(query), &expected, "{query:?}");
            }
        }
    }

    #[test]
    fn the_best_match_comes_first_then_prefixes_then_fuzzy_ties_by_name() {
        let network = network(&[
            "Asmus Smiley",
            "Erasmus Smiley",
            "Rasmus Andersen-Smidt",
            "Rasmus Smith",
            "Anna Bergström",
            "Hanna Berg",
            "Anna Berg",
            "Bo Smith",
            "Smilla Holm",
        ]);
        let mut index = SearchIndex::default();
        index.refresh(&network, 1);
        let hits = found(&mut index, &network, "rasmus smi");
        assert_eq!(
            hits.first().map(String::as_str),
            Some("Rasmus Smith"),
            "the prefix match first, then fuzzy ones: {hits:?}"
        );
        let mut fuzzy: Vec<&str> = hits.iter().skip(1).map(String::as_str).collect();
        fuzzy.sort_unstable();
        assert_eq!(fuzzy, ["Erasmus Smiley", "Rasmus Andersen-Smidt"]);
        let hits = found(&mut index, &network, "anna berg");
        assert_eq!(hits.first().map(String::as_str), Some("Anna Berg"), "exact");
        assert_eq!(hits.get(1).map(String::as_str), Some("Anna Bergström"));
        // The start of the name, then the start of a last name (ties by name), then fuzzy.
        let hits = found(&mut index, &network, "smi");
        assert_eq!(
            hits.get(..5),
            Some(
                &[
                    "Smilla Holm",
                    "Asmus Smiley",
                    "Bo Smith",
                    "Erasmus Smiley",
                    "Rasmus Smith"
                ]
                .map(String::from)[..]
            )
        );
        // The ranked order is what the table's matches carry.
        let ranks = index.matching("rasmus smi").clone();
        let rank_of = |name: &str| {
            network
                .contacts()
                .find(|c| c.display_name == name)
                .and_then(|c| ranks.get(&c.id).copied())
        };
        assert!(rank_of("Rasmus Smith") < rank_of("Erasmus Smiley"));
        assert!(rank_of("Erasmus Smiley").is_some());
    }
}

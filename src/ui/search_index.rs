use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32String};

use crate::domain::fold::{fold, fold_nordic};
use crate::domain::{ContactId, Network};

/// Names of the contacts, folded two ways ("Søren Müller" → "soren muller" and
/// "soeren mueller") once per revision, so a keystroke only runs the matcher (DESIGN §6).
pub struct SearchIndex {
    revision: Option<u64>,
    entries: Vec<IndexEntry>,
    matcher: Matcher,
}

struct IndexEntry {
    id: ContactId,
    folded: Utf32String,
    /// `None` when the Danish/German spelling is the same as the plain fold.
    nordic: Option<Utf32String>,
}

impl Default for SearchIndex {
    fn default() -> Self {
        Self {
            revision: None,
            entries: Vec::new(),
            matcher: Matcher::new(Config::DEFAULT),
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
            .map(|contact| {
                let folded = fold(&contact.display_name);
                let nordic = fold_nordic(&contact.display_name);
                IndexEntry {
                    id: contact.id,
                    nordic: (nordic != folded).then(|| Utf32String::from(nordic)),
                    folded: Utf32String::from(folded),
                }
            })
            .collect();
    }

    /// Contacts whose name matches `query` fuzzily, ignoring case and accents, with their
    /// score (higher is better). An empty query matches nobody.
    pub fn search(&mut self, query: &str) -> Vec<(ContactId, u32)> {
        let query = query.trim();
        if query.is_empty() {
            return Vec::new();
        }
        let plain = Pattern::parse(&fold(query), CaseMatching::Ignore, Normalization::Smart);
        let nordic_query = fold_nordic(query);
        let nordic = Pattern::parse(&nordic_query, CaseMatching::Ignore, Normalization::Smart);
        let matcher = &mut self.matcher;
        self.entries
            .iter()
            .filter_map(|entry| {
                let mut best = plain.score(entry.folded.slice(..), matcher);
                if let Some(spelled) = &entry.nordic {
                    // "mueller" meets "Müller" only in the spelled-out form; "muller" in both.
                    best = best.max(plain.score(spelled.slice(..), matcher));
                    best = best.max(nordic.score(spelled.slice(..), matcher));
                }
                best.map(|score| (entry.id, score))
            })
            .collect()
    }

    /// The score of every contact, in the order of `Network::contacts` (the order the
    /// table's rows are built in), `None` where the name does not match.
    pub fn scores(&mut self, query: &str) -> Vec<Option<u32>> {
        let mut scores = vec![None; self.entries.len()];
        let found = self.search(query);
        // `search` keeps the entries' order, so the two walk in step.
        let mut found = found.into_iter().peekable();
        for (entry, score) in self.entries.iter().zip(scores.iter_mut()) {
            if let Some((id, value)) = found.peek()
                && *id == entry.id
            {
                *score = Some(*value);
                found.next();
            }
        }
        scores
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
}

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

    /// The best matches first, at most `limit` (for the command palette).
    pub fn best(&mut self, query: &str, limit: usize) -> Vec<ContactId> {
        let mut found = self.search(query);
        found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        found.into_iter().take(limit).map(|(id, _)| id).collect()
    }
}

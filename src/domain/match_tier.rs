/// How well a name matches a search, best first (DESIGN §3a rule 4): the whole name, the
/// start of the name, the start of its words (first or last name), then anything the
/// fuzzy matcher finds. Both texts are folded (lower case, no accents) by the caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchTier {
    /// The query is the whole name: "anna berg" for "Anna Berg".
    Exact,
    /// The query starts the name: "rasmus smi" for "Rasmus Smith".
    NamePrefix,
    /// Each query word starts a different word of the name: "smith" or "smi ras" for
    /// "Rasmus Smith" (a hyphenated name is one word: "Andersen-Smidt").
    WordPrefix,
    /// Only the fuzzy matcher finds it: "rasmus smi" for "Asmus Smiley".
    Fuzzy,
}

impl MatchTier {
    /// The tier of folded `name` for folded `query` (words separated by white space).
    pub fn of(query: &str, name: &str) -> Self {
        let mut query_words = query.split_whitespace();
        let mut name_words = name.split_whitespace();
        match (query_words.next(), query_words.next()) {
            (None, _) => return Self::Fuzzy,
            // One word, as while typing a first letter against 30,000 names: no allocation.
            (Some(word), None) => return Self::of_word(word, name),
            (Some(_), Some(_)) => query_words = query.split_whitespace(),
        }
        let whole = query_words.clone().eq(name_words.clone());
        if whole {
            return Self::Exact;
        }
        if starts_words(query, name) {
            return Self::NamePrefix;
        }
        // Each query word claims the first unclaimed name word it starts.
        let mut words: Vec<&str> = name_words.by_ref().collect();
        let every = query_words.all(|word| {
            words
                .iter()
                .position(|w| w.starts_with(word))
                .map(|at| words.remove(at))
                .is_some()
        });
        if every { Self::WordPrefix } else { Self::Fuzzy }
    }
}

impl MatchTier {
    /// The tier of `name` for a one-word query.
    fn of_word(word: &str, name: &str) -> Self {
        let mut words = name.split_whitespace();
        match words.next() {
            Some(first) if first == word && words.next().is_none() => Self::Exact,
            Some(first) if first.starts_with(word) => Self::NamePrefix,
            _ if name.split_whitespace().any(|w| w.starts_with(word)) => Self::WordPrefix,
            _ => Self::Fuzzy,
        }
    }
}

/// Whether the words of `query` start `name`: all but the last equal, the last a prefix.
fn starts_words(query: &str, name: &str) -> bool {
    let query: Vec<&str> = query.split_whitespace().collect();
    let mut name = name.split_whitespace();
    let Some((last, whole)) = query.split_last() else {
        return false;
    };
    whole.iter().all(|word| name.next() == Some(*word))
        && name.next().is_some_and(|word| word.starts_with(last))
}

#[cfg(test)]
mod tests {
    use super::MatchTier;

    #[test]
    fn tiers_from_whole_name_to_fuzzy() {
        assert_eq!(MatchTier::of("anna berg", "anna berg"), MatchTier::Exact);
        assert_eq!(MatchTier::of("anna  berg ", "anna berg"), MatchTier::Exact);
        assert_eq!(
            MatchTier::of("rasmus smi", "rasmus smith"),
            MatchTier::NamePrefix
        );
        assert_eq!(MatchTier::of("ras", "rasmus smith"), MatchTier::NamePrefix);
        assert_eq!(
            MatchTier::of("smith", "rasmus smith"),
            MatchTier::WordPrefix
        );
        assert_eq!(
            MatchTier::of("smi ras", "rasmus smith"),
            MatchTier::WordPrefix
        );
        assert_eq!(
            MatchTier::of("rasmus smi", "rasmus andersen-smidt"),
            MatchTier::Fuzzy
        );
        assert_eq!(
            MatchTier::of("rasmus smi", "asmus smiley"),
            MatchTier::Fuzzy
        );
        // One name word cannot serve two query words.
        assert_eq!(MatchTier::of("ras ras", "rasmus smith"), MatchTier::Fuzzy);
        assert_eq!(MatchTier::of("", "anna"), MatchTier::Fuzzy);
        assert_eq!(MatchTier::of("anna", "anna"), MatchTier::Exact);
        assert_eq!(MatchTier::of("anna", "anna berg"), MatchTier::NamePrefix);
        assert_eq!(MatchTier::of("ber", "anna berg"), MatchTier::WordPrefix);
        assert_eq!(MatchTier::of("nna", "anna berg"), MatchTier::Fuzzy);
    }
}

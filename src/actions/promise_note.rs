use chrono::NaiveDate;

use crate::i18n::Language;

use super::{DueProblem, parse_due};

/// Words that start a promise in a logged note ("coffee, promised the article by friday").
const MARKERS: [&str; 8] = [
    "promised to ",
    "promised ",
    "promise to ",
    "promise ",
    "lovede at ",
    "lovede ",
    "lovet at ",
    "lovet ",
];

/// A note split into what happened and a promise made in it: "coffee, promised the Dunbar
/// article by friday" is the note "coffee", the promise "the Dunbar article", due Friday.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PromiseNote {
    /// The note without the promise ("coffee").
    pub note: String,
    /// What was promised ("the Dunbar article").
    pub text: String,
    /// The due day read from the end of the promise, the reason it could not be read, or
    /// `None` when no date was written.
    pub due: Option<Result<NaiveDate, DueProblem>>,
}

impl PromiseNote {
    /// Finds a promise in `note`; `None` when it holds none. The due date is the longest
    /// ending of the promise that reads as one (so "the report by Maria by friday" is due
    /// Friday); an ending that could mean two days is reported, never guessed.
    pub fn parse(note: &str, today: NaiveDate, language: Language) -> Option<Self> {
        let lower = note.to_lowercase();
        // Lower-casing may change byte lengths: search the lower text only when it lines
        // up with the note, else give up rather than cut a character.
        if lower.len() != note.len() {
            return None;
        }
        let (at, marker) = MARKERS
            .iter()
            .filter_map(|m| {
                lower
                    .match_indices(m)
                    .find(|(i, _)| starts_clause(&lower, *i))
                    .map(|(i, _)| (i, *m))
            })
            .min_by_key(|(i, m)| (*i, std::cmp::Reverse(m.len())))?;
        let before = note.get(..at)?;
        let clause = note.get(at + marker.len()..)?.trim();
        let words: Vec<&str> = clause.split_whitespace().collect();
        let mut text = words.join(" ");
        let mut due = None;
        for start in 1..words.len() {
            let ending = words.get(start..)?.join(" ");
            let found = parse_due(&ending, today, language);
            if !matches!(found, Err(DueProblem::NotUnderstood(_))) {
                text = words.get(..start)?.join(" ");
                due = Some(found);
                break;
            }
        }
        let text = text.trim_end_matches([',', ';', '.']).trim().to_owned();
        if text.is_empty() {
            return None;
        }
        Some(Self {
            note: trim_joiner(before),
            text,
            due,
        })
    }
}

/// Whether a marker at byte `at` starts a clause: at the start, or after a space or a comma.
fn starts_clause(lower: &str, at: usize) -> bool {
    at == 0
        || lower
            .get(..at)
            .and_then(|b| b.chars().next_back())
            .is_some_and(|c| c.is_whitespace() || c == ',' || c == ';')
}

/// "coffee, " → "coffee"; "coffee and " → "coffee"; "kaffe og " → "kaffe".
fn trim_joiner(before: &str) -> String {
    let mut text = before.trim_end().trim_end_matches([',', ';']).trim_end();
    for joiner in [" and", " og", " I", " jeg"] {
        if let Some(head) = text.strip_suffix(joiner) {
            text = head.trim_end().trim_end_matches([',', ';']).trim_end();
        }
    }
    if text.eq_ignore_ascii_case("i") || text.eq_ignore_ascii_case("jeg") {
        return String::new();
    }
    text.to_owned()
}

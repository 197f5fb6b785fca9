//! Case- and accent-insensitive text for matching names ("soren" finds "Søren").

/// Lower-case ASCII transliteration: "Søren Ærø" → "soren aero".
pub fn fold(text: &str) -> String {
    deunicode::deunicode(text).to_lowercase()
}

/// The Danish/German spelling of the same letters: "Søren Müller" → "soeren mueller",
/// "Åse" → "aase". Matching tries both folds and keeps the better.
pub fn fold_nordic(text: &str) -> String {
    let mut spelled = String::with_capacity(text.len() + 4);
    for ch in text.chars() {
        match ch {
            'ø' | 'Ø' | 'ö' | 'Ö' => spelled.push_str("oe"),
            'å' | 'Å' => spelled.push_str("aa"),
            'ü' | 'Ü' => spelled.push_str("ue"),
            'ä' | 'Ä' | 'æ' | 'Æ' => spelled.push_str("ae"),
            'ß' => spelled.push_str("ss"),
            other => spelled.push(other),
        }
    }
    fold(&spelled)
}

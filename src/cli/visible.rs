//! Human output never passes control characters from the data to the terminal: an imported
//! name holding `ESC ] 0 ; … BEL` would otherwise retitle the window or write the
//! clipboard. They are shown as visible escapes instead (`--json` stays exact).

use std::borrow::Cow;

/// `text` with every control character shown as a visible escape: `\e` for ESC, `\t`,
/// `\n`, `\r`, and `\u{…}` for the rest (C0, DEL and C1).
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\u{1b}' => shown.push_str("\\e"),
            '\t' => shown.push_str("\\t"),
            '\n' => shown.push_str("\\n"),
            '\r' => shown.push_str("\\r"),
            c if c.is_control() => shown.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => shown.push(c),
        }
    }
    Cow::Owned(shown)
}

/// Multi-line human output with each line made visible (the line breaks stay).
pub fn visible_lines(text: &str) -> String {
    let mut shown = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        match line.strip_suffix('\n') {
            Some(body) => {
                shown.push_str(&visible(body));
                shown.push('\n');
            }
            None => shown.push_str(&visible(line)),
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_visible_escapes() {
        assert_eq!(visible("Søren"), "Søren");
        assert_eq!(
            visible("a\u{1b}]0;x\u{7}b\u{9b}c"),
            "a\\e]0;x\\u{7}b\\u{9b}c"
        );
        assert_eq!(visible_lines("a\u{1b}\nb\n"), "a\\e\nb\n");
    }
}

//! Languages (DESIGN §13): every user-visible string of the window and of the command
//! line's human output comes from the Fluent files `assets/i18n/{en,da}/dunbar.ftl`, looked
//! up through [`tr!`] (a test checks every message id and argument the code uses against
//! the English file).
//!
//! The language is a per-thread setting, like a locale: a front end sets it once
//! ([`set_language`]), the window on its own thread every frame ([`use_language`]), and
//! machine output that must never change with the language is made inside
//! [`in_language`]`(Language::English, …)`. Threads that never set one speak the process's
//! language. This module reads no files (the messages are compiled in), no clock and no
//! environment, so the core may use it.

mod language;
pub mod spoken_date;

pub use language::Language;

use std::cell::Cell;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, Ordering};

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::unic_langid::LanguageIdentifier;
use rust_embed::RustEmbed;

/// The message files, compiled into the binary.
#[derive(RustEmbed)]
#[folder = "assets/i18n/"]
struct Messages;

/// The language of threads that have not chosen one (see [`set_language`]).
static PROCESS_LANGUAGE: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// This thread's language, if it has chosen one.
    static THREAD_LANGUAGE: Cell<Option<Language>> = const { Cell::new(None) };
}

/// One loader per language, each built on first use; Danish falls back to English for a
/// message it lacks (the parity test sees that none does).
static ENGLISH: LazyLock<FluentLanguageLoader> = LazyLock::new(|| loader_for(Language::English));
static DANISH: LazyLock<FluentLanguageLoader> = LazyLock::new(|| loader_for(Language::Danish));

const fn encode(language: Language) -> u8 {
    match language {
        Language::English => 0,
        Language::Danish => 1,
    }
}

const fn decode(value: u8) -> Language {
    match value {
        1 => Language::Danish,
        _ => Language::English,
    }
}

fn identifier(language: Language) -> LanguageIdentifier {
    language
        .code()
        .parse()
        .unwrap_or_else(|_| LanguageIdentifier::default())
}

fn loader_for(language: Language) -> FluentLanguageLoader {
    let loader = FluentLanguageLoader::new("dunbar", identifier(Language::English));
    if let Err(error) = loader.load_languages(&Messages, &[identifier(language)]) {
        // Cannot happen with the compiled-in files (a test loads both); without them every
        // lookup shows its message id, which at least says where the text belongs.
        eprintln!(
            "dunbar: warning: the {} messages could not be loaded: {error}",
            language.code()
        );
    }
    // No Unicode isolation marks around arguments: the text goes to egui and terminals,
    // which show them as boxes or pass them into copied text. (Set on the loaded bundles.)
    loader.set_use_isolating(false);
    loader
}

/// Sets the language of the whole process (threads that choose none) and of this thread.
pub fn set_language(language: Language) {
    PROCESS_LANGUAGE.store(encode(language), Ordering::Relaxed);
    use_language(language);
}

/// Sets the language of this thread only (the window's thread, each test's thread).
pub fn use_language(language: Language) {
    THREAD_LANGUAGE.with(|cell| cell.set(Some(language)));
}

/// The language this thread speaks.
pub fn language() -> Language {
    THREAD_LANGUAGE
        .with(Cell::get)
        .unwrap_or_else(|| decode(PROCESS_LANGUAGE.load(Ordering::Relaxed)))
}

/// A number as this thread's language writes it: `10.5` in English, `10,5` in Danish; a
/// whole number without decimals, others with one.
pub fn decimal(value: f64) -> String {
    let text = if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    };
    match language() {
        Language::English => text,
        Language::Danish => text.replace('.', ","),
    }
}

/// Runs `make` with this thread speaking `language`, then restores the thread's language:
/// for output that must not change with the language (`--json`) and for comparing a text
/// with its translations.
pub fn in_language<T>(language: Language, make: impl FnOnce() -> T) -> T {
    let before = THREAD_LANGUAGE.with(|cell| cell.replace(Some(language)));
    let value = make();
    THREAD_LANGUAGE.with(|cell| cell.set(before));
    value
}

/// The message loader of this thread's language (what [`tr!`] looks messages up in).
pub fn loader() -> &'static FluentLanguageLoader {
    match language() {
        Language::English => &ENGLISH,
        Language::Danish => &DANISH,
    }
}

/// The raw text of a message file (`en` or `da`), for the parity test.
pub fn message_file(language: Language) -> Option<String> {
    let file = Messages::get(&format!("{}/dunbar.ftl", language.code()))?;
    String::from_utf8(file.data.into_owned()).ok()
}

/// A message in this thread's language: `tr!("review-title")`, or with arguments
/// `tr!("days", count = n)`. Every id and argument name used in `src/` is checked against
/// the English file by a test (`tests/integration/languages.rs`): `fl!` would check them
/// at compile time, but only with an `i18n.toml` at the project's top level.
#[macro_export]
macro_rules! tr {
    ($id:literal $(,)?) => {
        $crate::i18n::loader().get($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = std::collections::HashMap::new();
        $(
            args.insert(
                stringify!($name),
                $crate::i18n::FluentValue::from($value),
            );
        )+
        $crate::i18n::loader().get_args_concrete($id, args)
    }};
}

pub use fluent_bundle::FluentValue;

pub use crate::tr;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_load_and_differ() {
        let english = in_language(Language::English, || tr!("language-name"));
        let danish = in_language(Language::Danish, || tr!("language-name"));
        assert_eq!(english, "English");
        assert_eq!(danish, "Dansk");
    }

    #[test]
    fn plurals_follow_the_language() {
        let said = |language, count: i64| in_language(language, || tr!("n-days", count = count));
        assert_eq!(said(Language::English, 1), "1 day");
        assert_eq!(said(Language::English, 3), "3 days");
        assert_eq!(said(Language::Danish, 1), "1 dag");
        assert_eq!(said(Language::Danish, 3), "3 dage");
    }
}

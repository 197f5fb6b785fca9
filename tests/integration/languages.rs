//! Languages (DESIGN §13): the English and Danish message files agree, and machine output
//! is the same in both languages.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::{Command, Output};

use dunbar::i18n::Language;

/// Each message id of a Fluent file with the variables (`$name`) its value and attributes
/// use. Messages start at the beginning of a line; continuation lines are indented.
fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let starts_message =
            line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && line.contains('=');
        if starts_message {
            let id = line.split('=').next().unwrap().trim().to_owned();
            found.entry(id.clone()).or_default();
            current = Some(id);
        } else if line.starts_with('#') || line.trim().is_empty() {
            if !line.starts_with(' ') {
                current = None;
            }
            continue;
        }
        if let Some(id) = &current {
            let variables = found.get_mut(id).unwrap();
            let mut rest = line;
            while let Some(at) = rest.find('$') {
                rest = &rest[at + 1..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                variables.insert(name);
            }
        }
    }
    found
}

#[test]
fn both_languages_have_the_same_messages_and_danish_uses_no_new_variables() {
    let english = messages(&dunbar::i18n::message_file(Language::English).unwrap());
    let danish = messages(&dunbar::i18n::message_file(Language::Danish).unwrap());
    assert!(
        english.len() > 100,
        "only {} English messages",
        english.len()
    );
    let only_english: Vec<&String> = english
        .keys()
        .filter(|k| !danish.contains_key(*k))
        .collect();
    let only_danish: Vec<&String> = danish
        .keys()
        .filter(|k| !english.contains_key(*k))
        .collect();
    assert!(only_english.is_empty(), "not in Danish: {only_english:?}");
    assert!(only_danish.is_empty(), "not in English: {only_danish:?}");
    for (id, variables) in &danish {
        let extra: Vec<&String> = variables.difference(&english[id]).collect();
        assert!(
            extra.is_empty(),
            "the Danish {id} uses variables the English one lacks: {extra:?}"
        );
    }
}

#[test]
fn the_parser_of_this_test_sees_ids_and_variables() {
    let parsed =
        messages("# c\n\na = x { $one }\nb = { $n ->\n    [one] y\n   *[other] { $two }\n}\n");
    assert_eq!(parsed["a"], BTreeSet::from(["one".to_owned()]));
    assert_eq!(
        parsed["b"],
        BTreeSet::from(["n".to_owned(), "two".to_owned()])
    );
}

fn dunbar(dir: &Path, lang: &str, args: &[&str]) -> Output {
    dunbar_on(dir, lang, "2026-03-14", args)
}

fn dunbar_on(dir: &Path, lang: &str, today: &str, args: &[&str]) -> Output {
    let cache = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_dunbar"))
        .arg("--data-dir")
        .arg(dir)
        .args(["--lang", lang, "--today", today])
        .args(args)
        .env_remove("DUNBAR_DATA_DIR")
        .env_remove("DUNBAR_LANG")
        .env("DUNBAR_CACHE_DIR", cache.path())
        .output()
        .unwrap()
}

#[test]
fn machine_output_is_byte_identical_in_english_and_danish() {
    let dir = tempfile::tempdir().unwrap();
    let generated = dunbar(
        dir.path(),
        "en",
        &["generate", "--contacts", "300", "--seed", "5"],
    );
    assert!(generated.status.success(), "{generated:?}");
    let added = dunbar(
        dir.path(),
        "da",
        &[
            "add",
            "Åse Testesen",
            "--circle",
            "sympati",
            "--email",
            "ase@example.com",
            "--company",
            "Lund & Co",
            "--tag",
            "bestyrelse",
        ],
    );
    assert!(added.status.success(), "{added:?}");
    let logged = dunbar(
        dir.path(),
        "da",
        &[
            "log",
            "Åse Testesen",
            "--channel",
            "opkald",
            "--inbound",
            "--awaiting-reply",
            "--gave",
            "viden",
            "--note",
            "kaffe",
        ],
    );
    assert!(logged.status.success(), "{logged:?}");
    for args in [
        &["show", "Åse Testesen", "--json"][..],
        &["review", "--json"],
        &["stats", "--json"],
        &["export", "--format", "csv"],
        &["export", "--format", "vcard"],
        &["export", "--format", "ics"],
        &["export", "--format", "ron"],
    ] {
        let english = dunbar(dir.path(), "en", args);
        let danish = dunbar(dir.path(), "da", args);
        assert!(english.status.success(), "{args:?}: {english:?}");
        assert!(!english.stdout.is_empty(), "{args:?}");
        assert_eq!(
            english.stdout, danish.stdout,
            "{args:?} differs with --lang da"
        );
    }
}

#[test]
fn the_human_review_speaks_danish_and_danish_circle_names_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let added = dunbar(
        dir.path(),
        "da",
        &["add", "Søren Kierkegaard", "--circle", "sympati"],
    );
    assert!(added.status.success(), "{added:?}");
    let said = String::from_utf8(added.stdout).unwrap();
    assert_eq!(said, "tilføjede Søren Kierkegaard (Sympatigruppen)\n");
    let review = dunbar_on(dir.path(), "da", "2026-05-01", &["review"]);
    let text = String::from_utf8(review.stdout).unwrap();
    assert!(
        text.starts_with("Ugentlig gennemgang for 2026-05-01"),
        "{text}"
    );
    assert!(text.contains("Over tid"), "{text}");
    assert!(text.contains("aldrig i kontakt"), "{text}");
    let english = dunbar_on(dir.path(), "en", "2026-05-01", &["review"]);
    let text = String::from_utf8(english.stdout).unwrap();
    assert!(text.contains("never touched"), "{text}");
}

#[test]
fn show_speaks_danish_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let added = dunbar(
        dir.path(),
        "da",
        &["add", "Åse Testesen", "--email", "ase@example.com"],
    );
    assert!(added.status.success(), "{added:?}");
    let logged = dunbar(
        dir.path(),
        "da",
        &[
            "log",
            "Åse Testesen",
            "--channel",
            "opkald",
            "--inbound",
            "--awaiting-reply",
        ],
    );
    assert!(logged.status.success(), "{logged:?}");
    let shown = dunbar(dir.path(), "da", &["show", "Åse Testesen"]);
    let text = String::from_utf8(shown.stdout).unwrap();
    assert!(text.contains("Tidslinje"), "{text}");
    assert!(
        text.contains("kontakt (betydningsfuld, fra dem via opkald, venter på dit svar)"),
        "{text}"
    );
    assert!(!text.contains("Timeline"), "{text}");
}

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
/// use. Messages start at the beginning of a line; continuation lines are indented (also
/// after a blank line).
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
        } else if line.starts_with('#') {
            current = None;
            continue;
        } else if line.trim().is_empty() {
            // A blank line inside a value (the indented lines after it) keeps the message.
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
        .env("DUNBAR_DEVICE_DIR", cache.path())
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

/// An import's warnings and skips, and who holds the data folder, are told in Danish too
/// (they are made inside the interchange and storage layers).
#[test]
fn import_warnings_and_the_lock_holder_speak_danish() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("people.csv");
    std::fs::write(
        &file,
        "First Name,Last Name,E-mail Address,Birthday\n\
         Mette,Holm,mette@example.dk,32/13/1990\n\
         ,,,1990-05-01\n",
    )
    .unwrap();
    let data = dir.path().join("data");
    let first = dunbar(&data, "da", &["import", file.to_str().unwrap()]);
    assert!(first.status.success(), "{first:?}");
    let warnings = String::from_utf8(first.stderr).unwrap();
    assert!(
        warnings.contains("“32/13/1990” er ikke en dato; udeladt"),
        "{warnings}"
    );
    assert!(
        warnings.contains("rækken har hverken navn, organisation, e-mail eller telefon"),
        "{warnings}"
    );
    assert!(!warnings.contains("is not a date"), "{warnings}");
    // Importing it again skips Mette, and says why in the window's language.
    let parsed = dunbar::interchange::parse(&std::fs::read(&file).unwrap(), "people.csv");
    let mut network = dunbar::domain::Network::new();
    let plan = |network: &dunbar::domain::Network| {
        dunbar::interchange::plan_import(
            network,
            &parsed,
            &dunbar::interchange::ImportOptions::new("people.csv"),
            chrono::NaiveDate::from_ymd_opt(2026, 3, 14).unwrap(),
        )
    };
    let first = plan(&network);
    first
        .to_action(&network)
        .unwrap()
        .unwrap()
        .apply(&mut network)
        .unwrap();
    let reason = dunbar::i18n::in_language(Language::Danish, || plan(&network))
        .entries
        .into_iter()
        .find_map(|e| match e.outcome {
            dunbar::interchange::PlanOutcome::Skipped { reason } => Some(reason),
            _ => None,
        })
        .unwrap();
    assert_eq!(
        reason,
        "findes allerede i netværket som Mette Holm; intet nyt"
    );
    // The window holds the folder: a writing command says so in its language.
    let _window = dunbar::session::Session::open(
        dunbar::storage::DataFolder::new(data.clone()),
        dunbar::session::Access::ReadWrite,
        dunbar::storage::WINDOW_HOLDER,
    )
    .unwrap();
    let locked = dunbar(&data, "da", &["add", "Bo Holm"]);
    assert!(!locked.status.success());
    let said = String::from_utf8(locked.stderr).unwrap();
    assert!(said.contains("Dunbar-vinduet, proces"), "{said}");
    let english = dunbar(&data, "en", &["add", "Bo Holm"]);
    let said = String::from_utf8(english.stderr).unwrap();
    assert!(said.contains("the Dunbar window, process"), "{said}");
}

/// Every `tr!("id", name = …)` in `src/`: the file, the id and the argument names.
fn uses_in(dir: &Path, found: &mut Vec<(String, String, BTreeSet<String>)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            uses_in(&path, found);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let mut rest = text.as_str();
        while let Some(at) = rest.find("tr!(") {
            let line_start = rest[..at].rfind('\n').map_or(0, |n| n + 1);
            let in_comment = rest[line_start..at].trim_start().starts_with("//");
            rest = &rest[at + 4..];
            if in_comment {
                continue;
            }
            let trimmed = rest.trim_start();
            let Some(literal) = trimmed.strip_prefix('"') else {
                continue; // the macro's own definition and doc comments
            };
            let Some(end) = literal.find('"') else {
                continue;
            };
            let id = literal[..end].to_owned();
            // The arguments: `name =` at the macro's own depth, up to its closing paren.
            let mut depth = 1;
            let mut names = BTreeSet::new();
            let mut chars = literal[end + 1..].char_indices().peekable();
            let body = &literal[end + 1..];
            let mut token_start: Option<usize> = None;
            while let Some((i, c)) = chars.next() {
                match c {
                    '(' | '[' | '{' => depth += 1,
                    ')' | ']' | '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    '"' => {
                        // Skip a string argument.
                        for (_, inner) in chars.by_ref() {
                            if inner == '"' {
                                break;
                            }
                        }
                    }
                    ',' if depth == 1 => token_start = Some(i + 1),
                    '=' if depth == 1 && chars.peek().is_none_or(|(_, n)| *n != '=') => {
                        if let Some(start) = token_start.take() {
                            let name = body[start..i].trim();
                            if !name.is_empty()
                                && name.chars().all(|c| c.is_alphanumeric() || c == '_')
                            {
                                names.insert(name.to_owned());
                            }
                        }
                    }
                    _ => {}
                }
            }
            found.push((path.display().to_string(), id, names));
        }
    }
}

/// What `fl!` would check at compile time: every id used exists in the English file, with
/// exactly the variables the code passes.
#[test]
fn every_message_the_code_uses_exists_with_the_arguments_it_is_given() {
    let english = messages(&dunbar::i18n::message_file(Language::English).unwrap());
    let mut uses = Vec::new();
    uses_in(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut uses,
    );
    assert!(uses.len() > 300, "only {} uses found", uses.len());
    let mut wrong = Vec::new();
    for (file, id, names) in &uses {
        match english.get(id) {
            None => wrong.push(format!("{file}: no message {id}")),
            Some(variables) if variables != names => wrong.push(format!(
                "{file}: {id} takes {variables:?} but is given {names:?}"
            )),
            Some(_) => {}
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

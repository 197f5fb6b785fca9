//! The command line of DESIGN §7, run as the real binary on a temporary data folder.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use dunbar::storage::DataLock;

fn dunbar(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dunbar"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("DUNBAR_DATA_DIR")
        .env_remove("DUNBAR_TODAY")
        .output()
        .unwrap()
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let out = dunbar(dir, args);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn fails(dir: &Path, args: &[&str]) -> String {
    let out = dunbar(dir, args);
    assert!(!out.status.success(), "{args:?} should fail");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr.trim_end().lines().count(),
        1,
        "one line on stderr: {stderr}"
    );
    stderr
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn the_mette_scenario_of_the_foundation_issue() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(d, &["add", "Mette Frederiksen", "--circle", "sympathy"]);
    ok(
        d,
        &["log", "mette", "--date", "2026-09-01", "--channel", "call"],
    );
    let review = json(&ok(d, &["review", "--today", "2026-11-22", "--json"]));
    assert_eq!(review["today"], "2026-11-22");
    let items = review["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["section"], "overdue");
    assert_eq!(items[0]["name"], "Mette Frederiksen");
    assert_eq!(items[0]["circle"], "sympathy");
    assert_eq!(items[0]["last_touch"], "2026-09-01");
    assert_eq!(items[0]["due"], "2026-10-01");
    assert_eq!(items[0]["days_overdue"], 52);

    let before = fs::read(d.join("network.ron")).unwrap();
    let refused = fails(d, &["log", "mette", "--asked", "intro"]);
    assert!(refused.contains("Give first"), "{refused}");
    assert_eq!(
        fs::read(d.join("network.ron")).unwrap(),
        before,
        "a refused ask changes nothing"
    );

    ok(d, &["log", "mette", "--gave", "knowledge"]);
    ok(d, &["log", "mette", "--asked", "intro"]);
    let stats = json(&ok(d, &["stats", "--json"]));
    assert_eq!(stats["contacts"], 1);
    assert_eq!(stats["touches"], 3);
    assert_eq!(stats["gifts"], 1);
    assert_eq!(stats["asks"], 1);
    assert_eq!(stats["circles"]["sympathy"], 1);
    assert_eq!(stats["circles"]["support"], 0);
}

#[test]
fn names_match_without_case_or_accents_and_ambiguity_lists_candidates() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(
        d,
        &[
            "add",
            "Søren Bøgh",
            "--circle",
            "affinity",
            "--company",
            "Ørsted",
            "--interests",
            "energy, ai",
        ],
    );
    ok(d, &["add", "Søren Ærø", "--circle", "active"]);
    ok(d, &["add", "Jürgen Müller"]);
    assert!(ok(d, &["log", "soren bogh"]).contains("Søren Bøgh"));
    assert!(ok(d, &["log", "mueller"]).contains("Jürgen Müller"));
    assert!(ok(d, &["log", "SØREN AE"]).contains("Søren Ærø"));
    let ambiguous = fails(d, &["log", "soren"]);
    assert!(
        ambiguous.contains("Søren Bøgh") && ambiguous.contains("Søren Ærø"),
        "{ambiguous}"
    );
    let unknown = fails(d, &["set", "nobody", "--hub", "true"]);
    assert!(unknown.contains("no contact matches"), "{unknown}");
    ok(
        d,
        &[
            "set", "bogh", "--circle", "support", "--family", "true", "--hub", "true",
        ],
    );
    let stats = json(&ok(d, &["stats", "--json"]));
    assert_eq!(stats["circles"]["support"], 1);
    assert!(fails(d, &["add", "X", "--circle", "besties"]).contains("unknown circle"));
    assert!(fails(d, &["log", "bogh", "--channel", "pigeon"]).contains("unknown channel"));
}

#[test]
fn the_data_folder_can_come_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_dunbar"))
        .args(["add", "Ida Holm"])
        .env("DUNBAR_DATA_DIR", dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(dir.path().join("network.ron").exists());
}

#[test]
fn a_garbage_data_file_makes_every_command_fail_and_stays_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(d, &["add", "Mette Frederiksen", "--circle", "sympathy"]);
    ok(d, &["log", "mette"]);
    let garbage = b"(format_version: 1, network: (contacts: [ oops".to_vec();
    fs::write(d.join("network.ron"), &garbage).unwrap();
    let commands: [&[&str]; 7] = [
        &["add", "Someone"],
        &["log", "mette"],
        &["set", "mette", "--hub", "true"],
        &["review"],
        &["stats", "--json"],
        &["generate", "--contacts", "5", "--force"],
        &["review", "--json"],
    ];
    for args in commands {
        let error = fails(d, args);
        assert!(error.contains("network.ron"), "{args:?}: {error}");
        assert!(error.contains("line 1, column"), "{args:?}: {error}");
        assert_eq!(
            fs::read(d.join("network.ron")).unwrap(),
            garbage,
            "{args:?} touched the file"
        );
    }
    // The way back: list backups and restore the newest.
    let listing = ok(d, &["backups"]);
    let newest = listing.split_whitespace().next().unwrap().to_owned();
    ok(d, &["restore", &newest]);
    let stats = json(&ok(d, &["stats", "--json"]));
    assert_eq!(stats["contacts"], 1);
}

#[test]
fn a_newer_data_file_is_refused_the_same_way() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(d, &["add", "Mette Frederiksen"]);
    let text = fs::read_to_string(d.join("network.ron"))
        .unwrap()
        .replace("format_version: 1", "format_version: 2");
    fs::write(d.join("network.ron"), &text).unwrap();
    for args in [
        &["stats"][..],
        &["add", "Someone"][..],
        &["review", "--json"][..],
    ] {
        let error = fails(d, args);
        assert!(error.contains("format version 2"), "{error}");
    }
    assert_eq!(fs::read_to_string(d.join("network.ron")).unwrap(), text);
}

#[test]
fn a_writing_command_is_refused_while_another_process_holds_the_lock() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(d, &["add", "Mette Frederiksen"]);
    let before = fs::read(d.join("network.ron")).unwrap();
    let lock = DataLock::acquire(d, "the Dunbar window").unwrap();
    let error = fails(d, &["log", "mette", "--channel", "call"]);
    assert!(
        error.contains("is open in another Dunbar (the Dunbar window"),
        "{error}"
    );
    assert_eq!(fs::read(d.join("network.ron")).unwrap(), before);
    // Reading still works while the window is open.
    assert!(ok(d, &["stats"]).contains("1 contacts"));
    drop(lock);
    ok(d, &["log", "mette", "--channel", "call"]);
}

/// `dunbar generate` of 150 contacts with seed 4 as of 2026-11-22, plus `extra` arguments.
fn generate_150(dir: &Path, extra: &[&str]) -> String {
    let mut args = vec![
        "generate",
        "--contacts",
        "150",
        "--seed",
        "4",
        "--today",
        "2026-11-22",
    ];
    args.extend_from_slice(extra);
    ok(dir, &args)
}

#[test]
fn generate_refuses_to_replace_a_network_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = generate_150(d, &[]);
    assert!(out.contains("generated 150 contacts"), "{out}");
    let error = fails(d, &["generate", "--contacts", "10"]);
    assert!(error.contains("--force"), "{error}");
    ok(d, &["generate", "--contacts", "10", "--force"]);
    assert_eq!(json(&ok(d, &["stats", "--json"]))["contacts"], 10);
    // The same seed gives the same network.
    let other = tempfile::tempdir().unwrap();
    generate_150(other.path(), &[]);
    generate_150(d, &["--force"]);
    assert_eq!(
        fs::read(d.join("network.ron")).unwrap(),
        fs::read(other.path().join("network.ron")).unwrap()
    );
}

#[test]
fn review_text_shows_sections_with_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(d, &["add", "Mette Frederiksen", "--circle", "sympathy"]);
    ok(d, &["log", "mette", "--date", "2026-09-01"]);
    ok(d, &["add", "Søren Bøgh", "--circle", "active"]);
    ok(
        d,
        &[
            "log",
            "soren",
            "--date",
            "2026-11-20",
            "--awaiting-reply",
            "--channel",
            "email",
        ],
    );
    let text = ok(d, &["review", "--today", "2026-11-22"]);
    let waiting = text.find("Waiting on you (1)").unwrap();
    let overdue = text.find("Overdue (1)").unwrap();
    assert!(waiting < overdue, "{text}");
    assert!(text.contains("Mette Frederiksen (sympathy): last touch 2026-09-01; every 30 days; 52 days overdue (at risk)"));
}

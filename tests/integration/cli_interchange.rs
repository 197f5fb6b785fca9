//! `dunbar import` and `dunbar export`, run as the built binary on a temporary data folder.

// Test code: a failed expectation is a failed test.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

fn dunbar(dir: &Path, args: &[&str]) -> Output {
    // A cache folder of its own, so tests never touch the user's real cache.
    let cache = tempfile::tempdir().expect("a temporary folder");
    Command::new(env!("CARGO_BIN_EXE_dunbar"))
        // English whatever the machine's locale: tests compare English messages.
        .env("DUNBAR_LANG", "en")
        .env("DUNBAR_CACHE_DIR", cache.path())
        .env("DUNBAR_DEVICE_DIR", cache.path())
        .arg("--data-dir")
        .arg(dir)
        .args(["--today", "2026-11-22"])
        .args(args)
        .env_remove("DUNBAR_DATA_DIR")
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

#[test]
fn import_prints_the_summary_and_warnings_with_file_and_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let linkedin = fixture("own/linkedin_connections.csv");
    let comments = fixture("corpus/android-opt-vcard__v21_invalid_comment_line.vcf");
    let output = dunbar(
        dir.path(),
        &[
            "import",
            path_str(&linkedin),
            path_str(&comments),
            "--circle",
            "active",
            "--tag",
            "li",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output), "imported 5, merged 0, skipped 0\n");
    let errors = stderr(&output);
    assert!(
        errors.contains(&format!("{}:9: ", linkedin.display())),
        "{errors}"
    );
    assert!(
        errors.contains(&format!("{}:6: ", comments.display())),
        "{errors}"
    );
    assert!(
        errors.contains(&format!("{}:9: ", comments.display())),
        "{errors}"
    );
    let stats = stdout(&dunbar(dir.path(), &["stats", "--json"]));
    assert!(stats.contains("\"contacts\": 5"), "{stats}");
    // The same files again: nothing new.
    let again = dunbar(
        dir.path(),
        &["import", path_str(&linkedin), path_str(&comments)],
    );
    assert!(again.status.success());
    assert_eq!(stdout(&again), "imported 0, merged 0, skipped 5\n");
}

#[test]
fn dry_run_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let google = fixture("own/google_new.csv");
    // No network yet: a dry run must not create one.
    let output = dunbar(dir.path(), &["import", path_str(&google), "--dry-run"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).starts_with("imported 2, merged 0, skipped 1"));
    assert!(!dir.path().join("network.ron").exists());
    // With a network: the file stays byte for byte the same.
    assert!(
        dunbar(dir.path(), &["add", "Karen Marie Blixen"])
            .status
            .success()
    );
    let before = std::fs::read(dir.path().join("network.ron")).expect("saved");
    let output = dunbar(dir.path(), &["import", path_str(&google), "--dry-run"]);
    assert!(output.status.success());
    assert!(
        stdout(&output).starts_with("imported 1, merged 1, skipped 1"),
        "{}",
        stdout(&output)
    );
    let after = std::fs::read(dir.path().join("network.ron")).expect("still there");
    assert_eq!(before, after);
}

#[test]
fn missing_file_fails_before_anything_changes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let google = fixture("own/google_new.csv");
    let output = dunbar(
        dir.path(),
        &["import", path_str(&google), "/no/such/file.vcf"],
    );
    assert!(!output.status.success());
    assert!(stderr(&output).contains("/no/such/file.vcf"));
    assert!(!dir.path().join("network.ron").exists());
}

#[test]
fn export_to_stdout_and_to_a_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let google = fixture("own/google_new.csv");
    let linkedin = fixture("own/linkedin_old.csv");
    assert!(
        dunbar(
            dir.path(),
            &["import", path_str(&google), "--circle", "support"]
        )
        .status
        .success()
    );
    assert!(
        dunbar(dir.path(), &["import", path_str(&linkedin)])
            .status
            .success()
    );

    let vcards = dunbar(
        dir.path(),
        &["export", "--format", "vcard4", "--circle", "support"],
    );
    assert!(vcards.status.success(), "{}", stderr(&vcards));
    let text = stdout(&vcards);
    assert_eq!(text.matches("BEGIN:VCARD").count(), 2);
    assert!(text.contains("FN:Søren Æbelø\r\n"));
    assert!(!text.contains("Åse"));

    let tagged = stdout(&dunbar(
        dir.path(),
        &["export", "--format", "csv", "--tag", "authors"],
    ));
    assert!(tagged.contains("Karen"));
    assert!(!tagged.contains("Søren"));

    let out_file = dir.path().join("out").join("all.ics");
    std::fs::create_dir_all(out_file.parent().expect("parent")).expect("folder");
    let ics = dunbar(
        dir.path(),
        &["export", "--format", "ics", "-o", path_str(&out_file)],
    );
    assert!(ics.status.success(), "{}", stderr(&ics));
    assert!(
        stdout(&ics).starts_with("exported 4 contacts"),
        "{}",
        stdout(&ics)
    );
    let written = std::fs::read_to_string(&out_file).expect("written");
    assert!(written.starts_with("BEGIN:VCALENDAR"));
    assert!(written.contains("SUMMARY:Follow up with Søren Æbelø"));

    let ron = dunbar(dir.path(), &["export", "--format", "ron"]);
    assert_eq!(
        stdout(&ron).into_bytes(),
        std::fs::read(dir.path().join("network.ron")).expect("data file")
    );

    let bad = dunbar(dir.path(), &["export", "--format", "xlsx"]);
    assert!(!bad.status.success());
    assert!(stderr(&bad).contains("csv, vcard, vcard4, ron or ics"));
}

#[test]
fn import_respects_the_lock_and_export_does_not_need_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    assert!(
        dunbar(dir.path(), &["add", "Karen Marie Blixen"])
            .status
            .success()
    );
    let before = std::fs::read(dir.path().join("network.ron")).expect("saved");
    let _lock = dunbar::storage::DataLock::acquire(dir.path(), "a test standing in for the window")
        .expect("lock");
    let google = fixture("own/google_new.csv");
    let refused = dunbar(dir.path(), &["import", path_str(&google)]);
    assert!(!refused.status.success());
    assert!(!stderr(&refused).is_empty());
    assert_eq!(
        before,
        std::fs::read(dir.path().join("network.ron")).expect("kept")
    );
    let export = dunbar(dir.path(), &["export", "--format", "csv"]);
    assert!(export.status.success(), "{}", stderr(&export));
    assert!(stdout(&export).contains("Karen"));
}

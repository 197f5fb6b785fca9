//! The command line of DESIGN §7, run as the real binary on a temporary data folder.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use crate::common;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use dunbar::storage::DataLock;

fn dunbar(dir: &Path, args: &[&str]) -> Output {
    // A cache folder of its own, so tests never touch the user's real cache.
    let cache = tempfile::tempdir().unwrap();
    dunbar_with(dir, cache.path(), None, args)
}

/// The binary on `dir` with the open cache in `cache`, run in `cwd` when given.
fn dunbar_with(dir: &Path, cache: &Path, cwd: Option<&Path>, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_dunbar"));
    command
        // English whatever the machine's locale: tests compare English messages.
        .env("DUNBAR_LANG", "en")
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("DUNBAR_DATA_DIR")
        .env_remove("DUNBAR_TODAY")
        .env("DUNBAR_CACHE_DIR", cache)
        // The device file goes where neither the data nor the cache folder is checked.
        .env(
            "DUNBAR_DEVICE_DIR",
            std::env::temp_dir().join(format!("dunbar-test-device-{}", std::process::id())),
        );
    if let Some(cwd) = cwd {
        command.current_dir(cwd);
    }
    command.output().unwrap()
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
    let cache = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_dunbar"))
        // English whatever the machine's locale: tests compare English messages.
        .env("DUNBAR_LANG", "en")
        .args(["add", "Ida Holm"])
        .env("DUNBAR_DATA_DIR", dir.path())
        .env("DUNBAR_CACHE_DIR", cache.path())
        .env("DUNBAR_DEVICE_DIR", cache.path())
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
        .replace("format_version: 3", "format_version: 4");
    fs::write(d.join("network.ron"), &text).unwrap();
    for args in [
        &["stats"][..],
        &["add", "Someone"][..],
        &["review", "--json"][..],
    ] {
        let error = fails(d, args);
        assert!(error.contains("format version 4"), "{error}");
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

/// `export --format csv` to stdout, the reference for the targets below.
fn csv_of(dir: &Path) -> String {
    ok(dir, &["export", "--format", "csv"])
}

#[test]
fn export_refuses_to_write_over_the_data_folders_own_files() {
    let holder = tempfile::tempdir().unwrap();
    let d = holder.path().join("data");
    ok(&d, &["add", "Mette Frederiksen"]);
    ok(&d, &["add", "Søren Bøgh"]);
    let backup = fs::read_dir(d.join("backups"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let link = holder.path().join("innocent.csv");
    #[cfg(unix)]
    std::os::unix::fs::symlink(d.join("network.ron"), &link).unwrap();
    let before = fs::read(d.join("network.ron")).unwrap();
    let backup_before = fs::read(&backup).unwrap();
    let mut targets = vec![
        d.join("network.ron"),
        d.join("backups").join("..").join("network.ron"),
        d.join("dunbar.lock"),
        backup.clone(),
        d.join("backups").join("new.csv"),
        d.join(".network.cache.json"),
    ];
    if cfg!(unix) {
        targets.push(link);
    }
    for target in targets {
        let target = target.to_str().unwrap();
        let error = fails(&d, &["export", "--format", "csv", "-o", target]);
        assert!(error.contains("data folder"), "{target}: {error}");
        assert_eq!(fs::read(d.join("network.ron")).unwrap(), before, "{target}");
    }
    assert_eq!(fs::read(&backup).unwrap(), backup_before);
    assert!(!d.join("backups").join("new.csv").exists());
    assert_eq!(json(&ok(&d, &["stats", "--json"]))["contacts"], 2);
}

#[cfg(unix)]
#[test]
fn export_writes_into_fifos_devices_and_the_targets_of_symlinks() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let d = &dir.path().join("data");
    ok(d, &["add", "Mette Frederiksen"]);
    let expected = csv_of(d);
    let out = tempfile::tempdir().unwrap();

    // A FIFO: a reader gets the export, and the FIFO stays a FIFO.
    let fifo = out.path().join("pipe");
    common::mkfifo(&fifo);
    let reader = Command::new("cat")
        .arg(&fifo)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    ok(
        d,
        &["export", "--format", "csv", "-o", fifo.to_str().unwrap()],
    );
    // A reader left waiting (the FIFO was replaced) is stopped rather than waited for.
    let (read, _) = common::wait_or_kill(reader);
    assert_eq!(String::from_utf8(read.stdout).unwrap(), expected);
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());

    // A symlink: the file it points to is replaced, the link stays.
    fs::create_dir(out.path().join("real")).unwrap();
    fs::write(out.path().join("real/contacts.csv"), "old").unwrap();
    std::os::unix::fs::symlink("real/contacts.csv", out.path().join("link.csv")).unwrap();
    let link = out.path().join("link.csv");
    ok(
        d,
        &["export", "--format", "csv", "-o", link.to_str().unwrap()],
    );
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        fs::read_to_string(out.path().join("real/contacts.csv")).unwrap(),
        expected
    );
    assert_eq!(
        fs::read_dir(out.path().join("real")).unwrap().count(),
        1,
        "no temp file left"
    );

    // `-o -` is standard output, not a file called "-".
    let cache = tempfile::tempdir().unwrap();
    let result = dunbar_with(
        d,
        cache.path(),
        Some(out.path()),
        &["export", "--format", "csv", "-o", "-"],
    );
    assert!(result.status.success());
    assert_eq!(String::from_utf8(result.stdout).unwrap(), expected);
    assert!(!out.path().join("-").exists());

    // A character device (made with mknod, as root): written into, not replaced.
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"));
    if !is_root {
        eprintln!("skipped the device node: mknod needs root; the FIFO covers special files");
        return;
    }
    let null = out.path().join("null");
    assert!(
        Command::new("mknod")
            .arg(&null)
            .args(["c", "1", "3"])
            .status()
            .unwrap()
            .success()
    );
    ok(
        d,
        &["export", "--format", "csv", "-o", null.to_str().unwrap()],
    );
    assert!(
        fs::symlink_metadata(&null)
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

#[test]
fn export_to_a_bare_file_name_writes_it_in_the_current_folder() {
    let dir = tempfile::tempdir().unwrap();
    let d = &dir.path().join("data");
    ok(d, &["add", "Mette Frederiksen"]);
    let expected = csv_of(d);
    let cwd = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let out = dunbar_with(
        d,
        cache.path(),
        Some(cwd.path()),
        &["export", "--format", "csv", "-o", "bare.csv"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        fs::read_to_string(cwd.path().join("bare.csv")).unwrap(),
        expected
    );
}

#[cfg(unix)]
#[test]
fn human_output_shows_control_characters_as_visible_escapes() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let evil = "Eve \u{1b}]0;pwned\u{7} \u{1b}]52;c;ZXZpbA==\u{7}\u{9b}31m Hacker";
    let raw = |text: &str| text.chars().any(|c| c.is_control() && c != '\n');
    let added = ok(d, &["add", evil, "--circle", "support"]);
    assert!(!raw(&added), "{added:?}");
    assert!(added.contains("\\e]0;pwned"), "{added:?}");
    ok(d, &["add", "Eve Other"]);
    let ambiguous = fails(d, &["log", "eve"]);
    assert!(!raw(ambiguous.trim_end()), "{ambiguous:?}");
    assert!(ambiguous.contains("\\e]52;"), "{ambiguous:?}");
    let logged = ok(d, &["log", "hacker", "--date", "2026-01-01"]);
    assert!(!raw(&logged), "{logged:?}");
    let review = ok(d, &["review", "--today", "2026-11-22"]);
    assert!(!raw(&review), "{review:?}");
    assert!(review.contains("\\e]0;pwned"), "{review:?}");
    let updated = ok(d, &["set", "hacker", "--hub", "true"]);
    assert!(!raw(&updated), "{updated:?}");
    // JSON stays exact.
    let review = json(&ok(d, &["review", "--today", "2026-11-22", "--json"]));
    let names: Vec<&str> = review["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&evil), "{names:?}");
}

#[test]
fn log_picks_among_namesakes_by_company_or_email() {
    use dunbar::session::{Access, Session};
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for (company, email) in [("Novo", "freja@novo.dk"), ("Maersk", "freja@maersk.com")] {
        ok(
            d,
            &[
                "add",
                "Freja Andersen",
                "--company",
                company,
                "--email",
                email,
            ],
        );
    }
    let ambiguous = fails(d, &["log", "Freja Andersen"]);
    for part in ["Novo", "Maersk", "freja@maersk.com", "--email", "(Novo)"] {
        assert!(ambiguous.contains(part), "{part}: {ambiguous}");
    }
    ok(d, &["log", "Freja Andersen (Novo)", "--channel", "call"]);
    ok(d, &["log", "freja", "--email", "FREJA@maersk.com"]);
    ok(d, &["log", "Freja Andersen", "--email", "freja@maersk.com"]);
    let session = Session::open(d, Access::ReadOnly, "test").unwrap();
    let network = session.network();
    let count = |company: &str| {
        let id = network
            .contacts()
            .find(|c| c.company == company)
            .unwrap()
            .id;
        network.touches_of(id).count()
    };
    assert_eq!((count("Novo"), count("Maersk")), (1, 2));
    let wrong = fails(d, &["log", "Freja Andersen (Carlsberg)"]);
    assert!(
        wrong.contains("Novo") && wrong.contains("Maersk"),
        "{wrong}"
    );
}

#[cfg(unix)]
#[test]
fn the_open_cache_lives_in_the_cache_folder_and_never_in_the_data_folder() {
    use std::os::unix::fs::PermissionsExt;
    let holder = tempfile::tempdir().unwrap();
    let d = holder.path().join("data");
    let cache = holder.path().join("cache");
    let run = |args: &[&str]| {
        let out = dunbar_with(&d, &cache, None, args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let listing = |dir: &Path| -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .map(|entries| {
                entries
                    .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    };
    // A small network does not pay for a cache.
    run(&["add", "Mette Frederiksen"]);
    run(&["stats"]);
    assert!(listing(&cache).is_empty(), "{:?}", listing(&cache));
    // A large one gets one, in the cache folder, readable by the owner only.
    run(&["generate", "--contacts", "2000", "--force"]);
    run(&["stats"]);
    assert_eq!(listing(&d), ["backups", "dunbar.lock", "network.ron"]);
    let files: Vec<_> = walk(&cache);
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(
        fs::metadata(&files[0]).unwrap().permissions().mode() & 0o777,
        0o600
    );
    // An old cache left in the data folder is removed by the next writer, not by a reader.
    fs::write(d.join(".network.cache.json"), "{}").unwrap();
    run(&["stats"]);
    assert!(d.join(".network.cache.json").exists());
    run(&["add", "Søren Bøgh"]);
    assert!(!d.join(".network.cache.json").exists());
}

/// Every file under `dir`.
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found
}

#[cfg(target_os = "linux")]
#[test]
fn the_demo_removes_its_temporary_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    // No display: the window cannot open, and the demo ends at once.
    let child = Command::new(env!("CARGO_BIN_EXE_dunbar"))
        // English whatever the machine's locale: tests compare English messages.
        .env("DUNBAR_LANG", "en")
        .arg("--demo")
        .env("TMPDIR", tmp.path())
        .env("DUNBAR_CACHE_DIR", cache.path())
        .env("DUNBAR_DEVICE_DIR", cache.path())
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let (_, ended) = common::wait_or_kill(child);
    assert!(ended, "the demo did not end without a display");
    let left: Vec<_> = fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("dunbar-demo"))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
fn an_error_names_its_os_cause_once() {
    let dir = tempfile::tempdir().unwrap();
    // The data folder's path is a file: the folder cannot be created.
    let not_a_folder = dir.path().join("file");
    fs::write(&not_a_folder, "x").unwrap();
    let error = fails(&not_a_folder, &["add", "Someone"]);
    assert_eq!(error.matches("File exists").count(), 1, "{error}");
}

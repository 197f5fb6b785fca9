//! The data folder on the real file system: round trip, permissions, refusal of damaged or
//! newer files without touching them, the lock, backups, restore, and changes on disk.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

mod common;

use std::fs;
use std::path::Path;

use chrono::NaiveDateTime;
use common::d;
use dunbar::actions::Action;
use dunbar::domain::{Circle, Contact, ContactId, Network};
use dunbar::generate::{GenerateSpec, generate_network};
use dunbar::session::{Access, SaveReport, Session, SessionError};
use dunbar::storage::file_format::{from_text, to_text};
use dunbar::storage::{DataFolder, DataLock, KEEP_RECENT, StorageError};

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap()
}

fn sample(contacts: usize) -> Network {
    generate_network(&GenerateSpec::new(contacts, 11), d("2026-11-22")).unwrap()
}

/// A data folder holding a saved sample network.
fn saved(dir: &Path, contacts: usize) -> Network {
    let network = sample(contacts);
    let mut session = Session::create_with(dir, network.clone(), "test").unwrap();
    session.save(at("2026-11-22 10:00:00")).unwrap();
    network
}

fn add_contact(session: &mut Session, name: &str) {
    let id = ContactId::new(session.network().fresh_id());
    let contact = Contact::new(id, name, Circle::Affinity, d("2026-11-22"));
    session
        .apply(Action::InsertContact(Box::new(contact)))
        .unwrap();
}

#[test]
fn a_saved_network_opens_identical() {
    let dir = tempfile::tempdir().unwrap();
    let network = saved(dir.path(), 200);
    let session = Session::open(dir.path(), Access::ReadOnly, "test").unwrap();
    assert!(*session.network() == network);
    // The text form round-trips too, and is plain readable RON.
    let text = to_text(&network).unwrap();
    assert!(text.starts_with("(\n  format_version: 1,"));
    assert!(from_text(Path::new("x"), &text).unwrap() == network);
}

#[cfg(unix)]
#[test]
fn the_data_file_and_backups_are_readable_by_the_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    saved(&data, 20);
    let mut session = Session::open(&data, Access::ReadWrite, "test").unwrap();
    add_contact(&mut session, "Åse Lund");
    session.save(at("2026-11-22 10:01:00")).unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&data.join("network.ron")), 0o600);
    assert_eq!(mode(&data), 0o700);
    let folder = DataFolder::new(&data);
    let backups = folder.backups();
    assert!(!backups.is_empty());
    for backup in backups {
        assert_eq!(mode(&backup.path), 0o600, "{}", backup.name);
    }
}

/// Opening a damaged folder fails with `expect` in the message, for reading and writing
/// alike, and leaves the file byte-for-byte as it was.
fn assert_refused(dir: &Path, bytes: &[u8], expect: &[&str]) {
    let path = dir.join("network.ron");
    fs::write(&path, bytes).unwrap();
    for access in [Access::ReadOnly, Access::ReadWrite] {
        let error = Session::open(dir, access, "test").unwrap_err().to_string();
        for part in expect {
            assert!(error.contains(part), "{error:?} should contain {part:?}");
        }
        assert!(
            error.contains(&path.display().to_string()),
            "{error} names the file"
        );
    }
    assert_eq!(
        fs::read(&path).unwrap(),
        bytes,
        "the damaged file must stay untouched"
    );
}

#[test]
fn garbage_truncated_and_non_utf8_files_are_refused_with_their_position() {
    let dir = tempfile::tempdir().unwrap();
    assert_refused(
        dir.path(),
        b"this is not a network\n",
        &["line 1, column 1"],
    );
    let good = to_text(&sample(30)).unwrap();
    let cut = &good.as_bytes()[..good.len() / 2];
    assert_refused(dir.path(), cut, &["damaged at line"]);
    // The reported line is where the text stops (the parser may name the last token's line).
    let lines = String::from_utf8_lossy(cut).matches('\n').count();
    let error = Session::open(dir.path(), Access::ReadOnly, "test")
        .unwrap_err()
        .to_string();
    let reported: usize = error
        .split("line ")
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(
        (lines..=lines + 1).contains(&reported),
        "{reported} vs {lines} lines"
    );
    assert_refused(
        dir.path(),
        b"(\n  format_version: 1,\n  network: (\xff\xfe",
        &["line 3", "not UTF-8"],
    );
}

#[test]
fn a_newer_format_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let newer = to_text(&sample(5))
        .unwrap()
        .replace("format_version: 1,", "format_version: 9,");
    assert_refused(
        dir.path(),
        newer.as_bytes(),
        &["format version 9", "update Dunbar"],
    );
    // Even a newer file this build cannot parse is recognised as newer, not as damaged.
    assert_refused(
        dir.path(),
        b"(format_version: 7, network: (future_field: <<>>))",
        &["format version 7"],
    );
}

#[test]
fn a_dangling_reference_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let text = to_text(&sample(10)).unwrap();
    // Point the first touch at a contact that does not exist.
    let at = text.find(", contacts: [").expect("a touch's contact list");
    let start = at + ", contacts: [".len();
    let end = start + text[start..].find([',', ']']).unwrap();
    let broken = format!("{}424242{}", &text[..start], &text[end..]);
    assert_refused(
        dir.path(),
        broken.as_bytes(),
        &["inconsistent", "contact #424242"],
    );
    // Two records with one id are refused too.
    let first = text.find("(id: 1,").expect("a record with id 1");
    let second = first + 1 + text[first + 1..].find("(id: ").unwrap() + "(id: ".len();
    let end = second + text[second..].find(',').unwrap();
    let duplicated = format!("{}1{}", &text[..second], &text[end..]);
    assert_refused(
        dir.path(),
        duplicated.as_bytes(),
        &["two records share the id 1"],
    );
}

#[test]
fn a_second_writer_is_refused_and_a_reader_is_not() {
    let dir = tempfile::tempdir().unwrap();
    saved(dir.path(), 10);
    let first = Session::open(dir.path(), Access::ReadWrite, "the Dunbar window").unwrap();
    let error = Session::open(dir.path(), Access::ReadWrite, "dunbar log").unwrap_err();
    assert!(matches!(
        error,
        SessionError::Storage(StorageError::Locked { .. })
    ));
    assert!(error.to_string().contains("the Dunbar window"), "{error}");
    let reader = Session::open(dir.path(), Access::ReadOnly, "dunbar stats").unwrap();
    assert_eq!(reader.network().contact_count(), 10);
    let mut reader = reader;
    let id = ContactId::new(reader.network().fresh_id());
    let refused = reader.apply(Action::InsertContact(Box::new(Contact::new(
        id,
        "X",
        Circle::Known,
        d("2026-11-22"),
    ))));
    assert!(matches!(refused, Err(SessionError::ReadOnly)));
    drop(first);
    Session::open(dir.path(), Access::ReadWrite, "dunbar log").unwrap();
}

#[test]
fn a_lock_file_left_behind_by_a_dead_process_is_taken_over() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("dunbar.lock"), "dunbar log, process 999999").unwrap();
    let lock = DataLock::acquire(dir.path(), "test").unwrap();
    assert!(
        fs::read_to_string(lock.path())
            .unwrap()
            .starts_with("test, process ")
    );
}

#[test]
fn every_save_keeps_a_backup_and_old_ones_are_rotated() {
    let dir = tempfile::tempdir().unwrap();
    saved(dir.path(), 5);
    let mut session = Session::open(dir.path(), Access::ReadWrite, "test").unwrap();
    // 15 saves today, one on each of three earlier days (written with past timestamps).
    for (n, stamp) in [
        "2026-11-19 09:00:00",
        "2026-11-20 09:00:00",
        "2026-11-21 09:00:00",
    ]
    .iter()
    .enumerate()
    {
        add_contact(&mut session, &format!("Earlier {n}"));
        session.save(at(stamp)).unwrap();
    }
    for n in 0..15 {
        add_contact(&mut session, &format!("Today {n}"));
        assert_eq!(
            session
                .save(at(&format!("2026-11-22 11:{n:02}:00")))
                .unwrap(),
            SaveReport::Saved
        );
    }
    let backups = DataFolder::new(dir.path()).backups();
    let days: std::collections::BTreeSet<_> = backups.iter().map(|b| b.taken_at.date()).collect();
    assert!(
        backups.len() <= KEEP_RECENT + 4,
        "{} backups kept",
        backups.len()
    );
    assert!(
        days.contains(&d("2026-11-19")),
        "the last backup of each day is kept: {days:?}"
    );
    assert!(
        backups.windows(2).all(|w| w[0].taken_at >= w[1].taken_at),
        "newest first"
    );
    // The newest backup is the file as it was before the last save.
    let newest = DataFolder::new(dir.path())
        .read_backup(&backups[0])
        .unwrap();
    assert_eq!(
        newest.contact_count() + 1,
        session.network().contact_count()
    );
}

#[test]
fn restoring_a_backup_keeps_the_current_file_as_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    saved(dir.path(), 5);
    {
        let mut session = Session::open(dir.path(), Access::ReadWrite, "test").unwrap();
        add_contact(&mut session, "Kept Anyway");
        session.save(at("2026-11-22 12:00:00")).unwrap();
    }
    fs::write(dir.path().join("network.ron"), "garbage").unwrap();
    let good = DataFolder::new(dir.path()).latest_good_backup().unwrap().0;
    let restored =
        Session::restore(dir.path(), &good.name, "test", at("2026-11-22 12:30:00")).unwrap();
    assert_eq!(restored.name, good.name);
    let session = Session::open(dir.path(), Access::ReadOnly, "test").unwrap();
    assert_eq!(session.network().contact_count(), 5);
    // The garbage was kept as a backup too (a restore can itself be undone).
    let kept = DataFolder::new(dir.path())
        .backups()
        .into_iter()
        .any(|b| fs::read(&b.path).unwrap() == b"garbage");
    assert!(kept);
    let missing = Session::restore(
        dir.path(),
        "network-19990101-000000.ron",
        "test",
        at("2026-11-22 12:31:00"),
    );
    assert!(missing.unwrap_err().to_string().contains("dunbar backups"));
}

#[test]
fn a_file_changed_on_disk_is_reloaded_when_there_are_no_local_changes() {
    let dir = tempfile::tempdir().unwrap();
    saved(dir.path(), 5);
    let mut session = Session::open(dir.path(), Access::ReadWrite, "test").unwrap();
    assert!(!session.reload_if_changed().unwrap());
    // Another device writes a bigger network into the synced folder.
    let other = sample(8);
    fs::write(dir.path().join("network.ron"), to_text(&other).unwrap()).unwrap();
    assert!(session.reload_if_changed().unwrap());
    assert_eq!(session.network().contact_count(), 8);
}

#[test]
fn a_file_changed_on_disk_with_local_changes_keeps_both() {
    let dir = tempfile::tempdir().unwrap();
    saved(dir.path(), 5);
    let mut session = Session::open(dir.path(), Access::ReadWrite, "test").unwrap();
    add_contact(&mut session, "Local Change");
    let theirs = to_text(&sample(8)).unwrap();
    fs::write(dir.path().join("network.ron"), &theirs).unwrap();
    assert!(
        !session.reload_if_changed().unwrap(),
        "local changes are never dropped"
    );
    let report = session.save(at("2026-11-22 13:00:00")).unwrap();
    let SaveReport::Conflict { copy } = report else {
        panic!("expected a conflict, got {report:?}")
    };
    // Their file is untouched; ours is in the conflict copy; the session shows theirs.
    assert_eq!(
        fs::read_to_string(dir.path().join("network.ron")).unwrap(),
        theirs
    );
    let ours = from_text(&copy, &fs::read_to_string(&copy).unwrap()).unwrap();
    assert!(ours.contacts().any(|c| c.display_name == "Local Change"));
    assert_eq!(session.network().contact_count(), 8);
    assert!(
        DataFolder::new(dir.path())
            .backups()
            .iter()
            .any(|b| b.conflict && b.path == copy)
    );
}

#[test]
fn the_open_cache_is_used_only_for_the_exact_file_it_was_made_from() {
    use dunbar::storage::CACHE_FILE;
    let dir = tempfile::tempdir().unwrap();
    let first = saved(dir.path(), 40);
    let cache = dir.path().join(CACHE_FILE);
    assert!(cache.exists(), "a save leaves a cache for the next open");
    assert!(
        *Session::open(dir.path(), Access::ReadOnly, "test")
            .unwrap()
            .network()
            == first
    );

    // Another device (or a hand edit) replaces the RON: the old cache must not be used.
    let second = sample(25);
    fs::write(dir.path().join("network.ron"), to_text(&second).unwrap()).unwrap();
    let opened = Session::open(dir.path(), Access::ReadOnly, "test").unwrap();
    assert!(*opened.network() == second, "a stale cache was used");

    // A damaged cache is ignored and rebuilt.
    fs::write(&cache, b"{\"format_version\":1}\n{ broken").unwrap();
    let opened = Session::open(dir.path(), Access::ReadOnly, "test").unwrap();
    assert!(*opened.network() == second);
    assert!(
        fs::read(&cache).unwrap().len() > 100,
        "rebuilt after a miss"
    );

    // A damaged RON is refused even though a cache for an older RON exists.
    fs::write(dir.path().join("network.ron"), b"garbage").unwrap();
    assert!(Session::open(dir.path(), Access::ReadOnly, "test").is_err());
}

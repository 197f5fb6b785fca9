//! The data folder on the real file system: round trip, permissions, refusal of damaged or
//! newer files without touching them, the lock, backups, restore, and changes on disk.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use crate::common;

use std::fs;
use std::path::Path;

use chrono::NaiveDateTime;
use common::d;
use dunbar::actions::Action;
use dunbar::domain::{Circle, Contact, ContactId, Network};
use dunbar::generate::{GenerateSpec, generate_network};
use dunbar::session::{Access, SaveReport, Session, SessionError};
use dunbar::storage::file_format::{from_text, to_text};
use dunbar::storage::{CACHE_MIN_BYTES, DataFolder, DataLock, KEEP_RECENT, StorageError};

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
    assert!(text.starts_with("(\n  format_version: 3,"));
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
        .replace("format_version: 3,", "format_version: 9,");
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
fn the_open_cache_is_used_only_for_the_exact_file_it_was_made_from() {
    let holder = tempfile::tempdir().unwrap();
    let data = holder.path().join("data");
    let folder = DataFolder::new(&data).with_cache_root(Some(holder.path().join("cache")));
    let first = sample(1500);
    assert!(to_text(&first).unwrap().len() as u64 > CACHE_MIN_BYTES);
    let mut session = Session::create_with(folder.clone(), first.clone(), "test").unwrap();
    session.save(at("2026-11-22 10:00:00")).unwrap();
    drop(session);
    let cache = folder.cache_path().unwrap();
    assert!(cache.exists(), "a save leaves a cache for the next open");
    assert!(
        !cache.starts_with(&data),
        "the cache is outside the data folder"
    );
    assert!(
        *Session::open(folder.clone(), Access::ReadOnly, "test")
            .unwrap()
            .network()
            == first
    );

    // Another device (or a hand edit) replaces the RON: the old cache must not be used.
    let second = sample(1400);
    fs::write(data.join("network.ron"), to_text(&second).unwrap()).unwrap();
    let opened = Session::open(folder.clone(), Access::ReadOnly, "test").unwrap();
    assert!(*opened.network() == second, "a stale cache was used");

    // A damaged cache is ignored and rebuilt.
    fs::write(&cache, b"{\"format_version\":1}\n{ broken").unwrap();
    let opened = Session::open(folder.clone(), Access::ReadOnly, "test").unwrap();
    assert!(*opened.network() == second);
    assert!(
        fs::read(&cache).unwrap().len() > 100,
        "rebuilt after a miss"
    );

    // A damaged RON is refused even though a cache for an older RON exists.
    fs::write(data.join("network.ron"), b"garbage").unwrap();
    assert!(Session::open(folder.clone(), Access::ReadOnly, "test").is_err());

    // A small network does not pay for a cache; nothing is written for it.
    let small = holder.path().join("small");
    let small_folder =
        DataFolder::new(&small).with_cache_root(Some(holder.path().join("small-cache")));
    let mut session = Session::create_with(small_folder.clone(), sample(20), "test").unwrap();
    session.save(at("2026-11-22 10:00:00")).unwrap();
    assert!(!holder.path().join("small-cache").exists());
    // Without a cache folder (the library's default), nothing but the data is written.
    saved(&holder.path().join("plain"), 1500);
    let mut names: Vec<String> = fs::read_dir(holder.path().join("plain"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["dunbar.lock", "network.ron"]);
}

/// The distinct contents among the backups (conflict copies aside), and how many backups.
fn distinct_backups(dir: &Path) -> (usize, usize) {
    let backups: Vec<_> = DataFolder::new(dir)
        .backups()
        .into_iter()
        .filter(|b| !b.conflict)
        .collect();
    let contents: std::collections::BTreeSet<Vec<u8>> =
        backups.iter().map(|b| fs::read(&b.path).unwrap()).collect();
    (contents.len(), backups.len())
}

/// Twelve saves of distinct versions, one a minute from `hour`:00.
fn twelve_versions(session: &mut Session, hour: u32) {
    for n in 0..12 {
        add_contact(session, &format!("Version {hour}.{n}"));
        session
            .save(at(&format!("2026-11-22 {hour}:{n:02}:00")))
            .unwrap();
    }
}

#[test]
fn a_backup_never_repeats_the_newest_and_rotation_counts_distinct_versions() {
    let dir = tempfile::tempdir().unwrap();
    saved(dir.path(), 5);
    let mut session = Session::open(dir.path(), Access::ReadWrite, "test").unwrap();
    twelve_versions(&mut session, 11);
    assert_eq!(distinct_backups(dir.path()), (KEEP_RECENT, KEEP_RECENT));
    // Copies of the newest backup, as left by saves that failed or were killed after the
    // backup was taken (older builds), must not push the distinct versions out.
    let newest = DataFolder::new(dir.path()).backups()[0].path.clone();
    for n in 0..12 {
        let copy = dir
            .path()
            .join("backups")
            .join(format!("network-20261122-1130{n:02}.ron"));
        fs::copy(&newest, copy).unwrap();
    }
    add_contact(&mut session, "One More");
    session.save(at("2026-11-22 11:40:00")).unwrap();
    assert_eq!(
        distinct_backups(dir.path()),
        (KEEP_RECENT, KEEP_RECENT),
        "ten distinct versions, no repeats"
    );
    // A save of a file equal to the newest backup (a restore, then a save) adds no backup.
    let (_, before) = distinct_backups(dir.path());
    let newest = DataFolder::new(dir.path()).backups()[0].clone();
    drop(session);
    Session::restore(dir.path(), &newest.name, "test", at("2026-11-22 11:50:00")).unwrap();
    let mut session = Session::open(dir.path(), Access::ReadWrite, "test").unwrap();
    add_contact(&mut session, "After Restore");
    session.save(at("2026-11-22 11:51:00")).unwrap();
    let (distinct, count) = distinct_backups(dir.path());
    assert_eq!(distinct, count, "no two backups hold the same content");
    assert!(count <= before.max(KEEP_RECENT), "{count} backups");
}

#[test]
fn restore_rotates_backups() {
    let dir = tempfile::tempdir().unwrap();
    saved(dir.path(), 5);
    let mut session = Session::open(dir.path(), Access::ReadWrite, "test").unwrap();
    twelve_versions(&mut session, 12);
    drop(session);
    let backups = DataFolder::new(dir.path()).backups();
    let (a, b) = (backups[0].name.clone(), backups[1].name.clone());
    for n in 0..12 {
        let name = if n % 2 == 0 { &a } else { &b };
        // The names may have been rotated away; restore whichever of the newest exist.
        let name = DataFolder::new(dir.path()).backup_named(name).map_or_else(
            |_| DataFolder::new(dir.path()).backups()[1].name.clone(),
            |b| b.name,
        );
        Session::restore(
            dir.path(),
            &name,
            "test",
            at(&format!("2026-11-22 13:{n:02}:00")),
        )
        .unwrap();
    }
    let count = DataFolder::new(dir.path()).backups().len();
    assert!(count <= KEEP_RECENT, "{count} backups after 12 restores");
}

#[test]
fn a_refused_writer_leaves_the_lock_holders_temp_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    saved(dir.path(), 5);
    // A running import (this process) holds the lock and is writing its temp file.
    let _lock = DataLock::acquire(dir.path(), "dunbar import").unwrap();
    let temp = dir.path().join(format!(
        "{}{}-network.ron",
        dunbar::storage::TEMP_PREFIX,
        std::process::id()
    ));
    fs::write(&temp, "half of a save").unwrap();
    let refused = Session::open(dir.path(), Access::ReadWrite, "dunbar log").unwrap_err();
    assert!(matches!(
        refused,
        SessionError::Storage(StorageError::Locked { .. })
    ));
    assert!(temp.exists(), "the lock holder's temp file was deleted");
}

#[cfg(target_os = "linux")]
#[test]
fn temp_files_of_dead_processes_are_cleared_by_the_lock_holder() {
    let dir = tempfile::tempdir().unwrap();
    saved(dir.path(), 5);
    let dead = (4_000_000..4_100_000)
        .find(|pid| !Path::new(&format!("/proc/{pid}")).exists())
        .unwrap();
    let stale = dir.path().join(format!(
        "{}{dead}-network.ron",
        dunbar::storage::TEMP_PREFIX
    ));
    let alive = dir.path().join(format!(
        "{}{}-network.ron",
        dunbar::storage::TEMP_PREFIX,
        std::process::id()
    ));
    fs::write(&stale, "left by a crash").unwrap();
    fs::write(&alive, "being written").unwrap();
    let _reader = Session::open(dir.path(), Access::ReadOnly, "dunbar stats").unwrap();
    assert!(stale.exists(), "a reader without the lock removes nothing");
    let _writer = Session::open(dir.path(), Access::ReadWrite, "dunbar log").unwrap();
    assert!(!stale.exists(), "a dead process's temp file is cleared");
    assert!(alive.exists(), "a live process's temp file is left alone");
}

#[cfg(unix)]
#[test]
fn a_symlinked_data_file_is_followed_and_backups_hold_contents() {
    let holder = tempfile::tempdir().unwrap();
    let synced = holder.path().join("synced");
    let data = holder.path().join("data");
    fs::create_dir_all(&synced).unwrap();
    fs::create_dir_all(&data).unwrap();
    let target = synced.join("network.ron");
    fs::write(&target, to_text(&sample(5)).unwrap()).unwrap();
    // A relative link, as `ln -s ../synced/network.ron` makes.
    std::os::unix::fs::symlink("../synced/network.ron", data.join("network.ron")).unwrap();
    let mut session = Session::open(&data, Access::ReadWrite, "test").unwrap();
    assert_eq!(session.network().contact_count(), 5);
    for n in 0..2 {
        add_contact(&mut session, &format!("Linked {n}"));
        session.save(at(&format!("2026-11-22 14:0{n}:00"))).unwrap();
    }
    let link = fs::symlink_metadata(data.join("network.ron")).unwrap();
    assert!(link.file_type().is_symlink(), "the link stays a link");
    let saved = from_text(&target, &fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(
        saved.contact_count(),
        7,
        "the target holds the saved network"
    );
    let backups = DataFolder::new(&data).backups();
    assert_eq!(backups.len(), 2);
    for backup in &backups {
        let meta = fs::symlink_metadata(&backup.path).unwrap();
        assert!(meta.file_type().is_file(), "{} is not a link", backup.name);
        DataFolder::new(&data).read_backup(backup).unwrap();
    }
    assert_eq!(
        DataFolder::new(&data)
            .read_backup(&backups[1])
            .unwrap()
            .contact_count(),
        5
    );
    assert!(
        fs::read_dir(&synced).unwrap().count() == 1,
        "no temp file left beside the target"
    );
}

#[test]
fn unknown_fields_are_refused_untouched_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let text = to_text(&sample(3)).unwrap();
    let with_unknown = text.replacen("(id: 1,", "(id: 1, nickname: \"Bo\",", 1);
    assert_ne!(with_unknown, text);
    assert_refused(
        dir.path(),
        with_unknown.as_bytes(),
        &["nickname", "newer Dunbar", "line "],
    );
    let top_level = text.replacen(
        "format_version: 3,",
        "format_version: 3,\n  devices: [],",
        1,
    );
    assert_refused(dir.path(), top_level.as_bytes(), &["devices"]);
}

#[test]
fn a_huge_first_token_makes_a_short_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("network.ron");
    fs::write(&path, vec![b'A'; 20 * 1024 * 1024]).unwrap();
    let error = Session::open(dir.path(), Access::ReadOnly, "test")
        .unwrap_err()
        .to_string();
    assert!(error.len() < 600, "a {} byte message", error.len());
    assert!(
        error.contains("network.ron") && error.contains("line 1"),
        "{error}"
    );
    let quoted = format!("{}\n", "Z".repeat(5000));
    fs::write(
        &path,
        format!("(format_version: 1, network: (contacts: [{quoted}]))"),
    )
    .unwrap();
    let error = Session::open(dir.path(), Access::ReadOnly, "test")
        .unwrap_err()
        .to_string();
    assert!(error.len() < 600, "{error}");
}

#[test]
fn a_utf8_bom_at_the_start_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("\u{feff}{}", to_text(&sample(4)).unwrap());
    fs::write(dir.path().join("network.ron"), text).unwrap();
    let session = Session::open(dir.path(), Access::ReadOnly, "test").unwrap();
    assert_eq!(session.network().contact_count(), 4);
}

#[test]
fn an_inconsistent_file_names_the_record_and_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let text = to_text(&sample(10)).unwrap();
    let at = text.find(", contacts: [").expect("a touch's contact list");
    let line = text[..at].matches('\n').count() + 1;
    let start = at + ", contacts: [".len();
    let end = start + text[start..].find([',', ']']).unwrap();
    let broken = format!("{}424242{}", &text[..start], &text[end..]);
    assert_refused(
        dir.path(),
        broken.as_bytes(),
        &["touch #", &format!("line {line}")],
    );
}

#[test]
fn a_data_folder_deleted_under_an_open_session_gets_its_lock_back() {
    let holder = tempfile::tempdir().unwrap();
    let data = holder.path().join("data");
    saved(&data, 5);
    let mut session = Session::open(&data, Access::ReadWrite, "the Dunbar window").unwrap();
    fs::remove_dir_all(&data).unwrap();
    add_contact(&mut session, "Still Here");
    assert_eq!(
        session.save(at("2026-11-22 15:00:00")).unwrap(),
        SaveReport::Saved
    );
    let error = DataLock::acquire(&data, "dunbar log").unwrap_err();
    assert!(
        matches!(error, StorageError::Locked { .. }),
        "a second writer got the recreated folder: {error}"
    );
    let refused = Session::open(&data, Access::ReadWrite, "dunbar log").unwrap_err();
    assert!(
        refused.to_string().contains("the Dunbar window"),
        "{refused}"
    );
}

#[test]
fn a_contacts_vcard_uid_survives_the_data_file_and_older_files_have_none() {
    let mut network = sample(3);
    let id = network.contacts().next().unwrap().id;
    let mut contact = network.contact(id).unwrap().clone();
    contact.uid = "urn:uuid:4f1c7a2e-0b7d-4c5e-9f3a-1d2e3f4a5b6c".into();
    Action::ReplaceContact(Box::new(contact))
        .apply(&mut network)
        .unwrap();
    let text = to_text(&network).unwrap();
    assert!(text.contains("uid: \"urn:uuid:4f1c7a2e-0b7d-4c5e-9f3a-1d2e3f4a5b6c\""));
    let back = from_text(Path::new("network.ron"), &text).unwrap();
    assert_eq!(back, network);
    assert_eq!(
        back.contact(id).unwrap().uid,
        "urn:uuid:4f1c7a2e-0b7d-4c5e-9f3a-1d2e3f4a5b6c"
    );
    // A version-1 file written before contacts had a UID still opens, each with none.
    let old = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/network-v1/network.ron"),
    )
    .unwrap();
    assert!(!old.contains("uid:"));
    let opened = from_text(Path::new("network.ron"), &old).unwrap();
    assert!(opened.contacts().all(|c| c.uid.is_empty()));
}

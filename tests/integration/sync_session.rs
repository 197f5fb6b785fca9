//! DESIGN §5 and §10 through the session: another device's version is merged, never
//! clobbered and never copied in a loop. The first four tests are the four failures of
//! issue 17, each of which failed on the code before it.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use std::fs;
use std::path::Path;

use chrono::NaiveDateTime;
use dunbar::actions::Action;
use dunbar::domain::{Circle, Contact, ContactId, Network};
use dunbar::session::{Access, SaveReport, Session, SessionNews};
use dunbar::storage::{DataFolder, Device};

use crate::common::{d, dunbar_on};

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap()
}

fn device(n: u64) -> Device {
    Device {
        id: n * 1_000_003,
        name: format!("laptop-{n}"),
        next_id: 0,
    }
}

/// A writing session in `dir` as device `n`.
fn open_as(dir: &Path, n: u64) -> Session {
    let folder = DataFolder::new(dir).with_device(Some(device(n)), None);
    Session::open(folder, Access::ReadWrite, &format!("laptop {n}")).unwrap()
}

fn add(session: &mut Session, name: &str) -> ContactId {
    let id = ContactId::new(session.network().fresh_id());
    let contact = Contact::new(id, name, Circle::Known, d("2026-11-22"));
    session
        .apply(Action::InsertContact(Box::new(contact)))
        .unwrap();
    id
}

fn set_notes(session: &mut Session, id: ContactId, notes: &str) {
    let mut contact = session.network().contact(id).unwrap().clone();
    contact.notes = notes.to_owned();
    session
        .apply(Action::ReplaceContact(Box::new(contact)))
        .unwrap();
}

fn names(network: &Network) -> Vec<String> {
    let mut names: Vec<String> = network.contacts().map(|c| c.display_name.clone()).collect();
    names.sort();
    names
}

/// A folder with Ann and Bo saved by laptop 1.
fn start(dir: &Path) -> (ContactId, ContactId) {
    let mut first = open_as(dir, 1);
    let ann = add(&mut first, "Ann Berg");
    let bo = add(&mut first, "Bo Lund");
    first.save(at("2026-11-22 09:00:00")).unwrap();
    (ann, bo)
}

/// Another laptop's version of `dir`'s network: a copy of the folder changed there by
/// `change` (as a sync tool would carry it), returned as the file's text.
fn other_version(dir: &Path, when: &str, change: impl FnOnce(&mut Session)) -> String {
    other_version_by(2, dir, when, change)
}

fn other_version_by(
    laptop: u64,
    dir: &Path,
    when: &str,
    change: impl FnOnce(&mut Session),
) -> String {
    let other = tempfile::tempdir().unwrap();
    fs::copy(dir.join("network.ron"), other.path().join("network.ron")).unwrap();
    let mut session = open_as(other.path(), laptop);
    change(&mut session);
    session.save(at(when)).unwrap();
    fs::read_to_string(other.path().join("network.ron")).unwrap()
}

fn opened(dir: &Path) -> Network {
    Session::open(dir, Access::ReadOnly, "check")
        .unwrap()
        .network()
        .clone()
}

#[test]
fn a_change_typed_while_a_save_meets_another_devices_version_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (ann, bo) = start(dir.path());
    let theirs = other_version(dir.path(), "2026-11-22 09:30:00", |s| {
        add(s, "Cleo from the other laptop");
    });
    let mut session = open_as(dir.path(), 1);
    set_notes(&mut session, ann, "typed before the save");
    let job = session.begin_save(at("2026-11-22 10:00:00")).unwrap();
    // The sync tool brings the other laptop's version while the save job is in flight…
    fs::write(dir.path().join("network.ron"), &theirs).unwrap();
    // …and the user types on.
    set_notes(&mut session, bo, "typed during the save");
    let report = session
        .finish_save(job.run(at("2026-11-22 10:00:01")))
        .unwrap();
    assert_eq!(report, SaveReport::Merged);
    let network = session.network();
    assert_eq!(network.contact(ann).unwrap().notes, "typed before the save");
    assert_eq!(network.contact(bo).unwrap().notes, "typed during the save");
    assert!(names(network).contains(&"Cleo from the other laptop".to_owned()));
    assert!(
        session.has_unsaved_changes(),
        "what was typed during the save is saved next"
    );
    session.save(at("2026-11-22 10:00:05")).unwrap();
    let on_disk = opened(dir.path());
    assert_eq!(on_disk.contact(bo).unwrap().notes, "typed during the save");
    assert_eq!(on_disk.contact(ann).unwrap().notes, "typed before the save");
    assert_eq!(on_disk.contact_count(), 3);
    // No conflict copy for the user to sort out.
    assert!(!fs::read_dir(dir.path()).unwrap().flatten().any(|e| {
        e.file_name()
            .to_string_lossy()
            .starts_with("network.conflict-")
    }));
    // The news names the other laptop.
    let news = session.take_news();
    let Some(SessionNews::Merged { report, .. }) = news.first() else {
        panic!("expected merge news, got {news:?}")
    };
    assert_eq!(report.device_name(device(2).id), "laptop-2");
    assert_eq!(report.devices[&device(2).id].contacts_added, 1);
}

#[test]
fn an_unreadable_synced_file_is_left_alone_reported_once_and_never_copied() {
    let dir = tempfile::tempdir().unwrap();
    let (ann, _) = start(dir.path());
    let theirs = other_version(dir.path(), "2026-11-22 09:10:00", |s| {
        add(s, "Dan from the other laptop");
    });
    let mut session = open_as(dir.path(), 1);
    set_notes(&mut session, ann, "kept in memory");
    // The sync tool leaves the data file half-written.
    let broken = "(format_version: 3, network: (contacts: [(id: 1, display_";
    fs::write(dir.path().join("network.ron"), broken).unwrap();
    let files_before = fs::read_dir(dir.path()).unwrap().count();
    let mut said = 0;
    for n in 0..6 {
        let report = session.save(at(&format!("2026-11-22 10:0{n}:00"))).unwrap();
        assert_eq!(report, SaveReport::Waiting);
        said += session
            .take_news()
            .iter()
            .filter(|n| matches!(n, SessionNews::Unreadable { .. }))
            .count();
    }
    assert_eq!(said, 1, "said once");
    assert_eq!(
        fs::read_to_string(dir.path().join("network.ron")).unwrap(),
        broken
    );
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        files_before,
        "no copies"
    );
    assert!(session.has_unsaved_changes());
    // The sync tool finishes: the whole file arrives and the change goes in with it.
    fs::write(dir.path().join("network.ron"), theirs).unwrap();
    assert_eq!(
        session.save(at("2026-11-22 10:11:00")).unwrap(),
        SaveReport::Merged
    );
    let on_disk = opened(dir.path());
    assert_eq!(on_disk.contact(ann).unwrap().notes, "kept in memory");
    assert_eq!(on_disk.contact_count(), 3);
}

#[test]
fn sync_tool_conflict_files_are_merged_and_moved_into_the_backups() {
    let dir = tempfile::tempdir().unwrap();
    let _ = start(dir.path());
    // Writing the other versions needs the folder as it was: make them first.
    let syncthing = other_version(dir.path(), "2026-11-22 09:10:00", |s| {
        add(s, "Eva via Syncthing");
    });
    let dropbox = other_version_by(3, dir.path(), "2026-11-22 09:20:00", |s| {
        add(s, "Finn via Dropbox");
    });
    let icloud = other_version_by(4, dir.path(), "2026-11-22 09:30:00", |s| {
        add(s, "Gry via iCloud");
    });
    let names_on_disk = [
        "network.sync-conflict-20261122-091000-ABCDEFG.ron",
        "network (Bo's conflicted copy 2026-11-22).ron",
        "network 2.ron",
    ];
    for (name, text) in names_on_disk.iter().zip([&syncthing, &dropbox, &icloud]) {
        fs::write(dir.path().join(name), text).unwrap();
    }
    // A read-only command merges nothing and says a conflict file waits.
    let home = tempfile::tempdir().unwrap();
    fs::create_dir_all(home.path().join("data")).unwrap();
    for entry in fs::read_dir(dir.path()).unwrap().flatten() {
        if entry.path().is_file() {
            fs::copy(
                entry.path(),
                home.path().join("data").join(entry.file_name()),
            )
            .unwrap();
        }
    }
    let out = dunbar_on(home.path(), &["stats"]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("network 2.ron") && stderr.contains("conflict file"),
        "{stderr}"
    );
    assert!(home.path().join("data/network 2.ron").exists());
    // A writing command merges them and says what came from where.
    let out = dunbar_on(home.path(), &["add", "Hans Holm"]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("laptop-2"), "{stderr}");
    assert!(!home.path().join("data/network 2.ron").exists());
    // And the session does the same for the window.
    let mut session = open_as(dir.path(), 1);
    assert!(session.wants_save());
    assert_eq!(
        session.save(at("2026-11-22 10:00:00")).unwrap(),
        SaveReport::Merged
    );
    let merged = opened(dir.path());
    for name in ["Eva via Syncthing", "Finn via Dropbox", "Gry via iCloud"] {
        assert!(names(&merged).contains(&name.to_owned()), "{name} missing");
    }
    for name in names_on_disk {
        assert!(
            !dir.path().join(name).exists(),
            "{name} still beside the data"
        );
    }
    let backups = fs::read_dir(dir.path().join("backups")).unwrap().count();
    assert!(backups >= 3, "the conflict files are kept as backups");
    // Merging again changes nothing.
    assert_eq!(
        session.save(at("2026-11-22 10:01:00")).unwrap(),
        SaveReport::NothingToSave
    );
}

#[test]
fn an_outside_rewrite_keeping_size_and_time_is_merged_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let (ann, bo) = start(dir.path());
    let theirs = other_version(dir.path(), "2026-11-22 09:30:00", |s| {
        set_notes(s, bo, "changed on the other laptop");
    });
    let path = dir.path().join("network.ron");
    let ours = fs::read_to_string(&path).unwrap();
    let size = ours.len().max(theirs.len()) + 16;
    let padded = |text: &str| format!("{text}{}", " ".repeat(size - text.len()));
    fs::write(&path, padded(&ours)).unwrap();
    let time = fs::metadata(&path).unwrap().modified().unwrap();
    let mut session = open_as(dir.path(), 1);
    set_notes(&mut session, ann, "changed here");
    // The other version arrives with the same size and the same time.
    fs::write(&path, padded(&theirs)).unwrap();
    fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(time)
        .unwrap();
    assert_eq!(fs::metadata(&path).unwrap().len(), size as u64);
    assert_eq!(fs::metadata(&path).unwrap().modified().unwrap(), time);
    session.save(at("2026-11-22 10:00:00")).unwrap();
    let on_disk = opened(dir.path());
    assert_eq!(
        on_disk.contact(bo).unwrap().notes,
        "changed on the other laptop"
    );
    assert_eq!(on_disk.contact(ann).unwrap().notes, "changed here");
}

#[test]
fn the_window_merges_a_change_from_disk_without_local_changes() {
    let dir = tempfile::tempdir().unwrap();
    let (_, bo) = start(dir.path());
    let mut session = open_as(dir.path(), 1);
    assert!(!session.check_outside());
    let theirs = other_version(dir.path(), "2026-11-22 09:30:00", |s| {
        set_notes(s, bo, "from the other laptop");
    });
    fs::write(dir.path().join("network.ron"), theirs).unwrap();
    assert!(
        session
            .reload_if_changed(at("2026-11-22 10:00:00"))
            .unwrap()
    );
    assert_eq!(
        session.network().contact(bo).unwrap().notes,
        "from the other laptop"
    );
    assert!(!session.has_unsaved_changes());
}

#[test]
fn dunbar_merge_and_dunbar_device() {
    let home = tempfile::tempdir().unwrap();
    let out = dunbar_on(home.path(), &["device", "--name", "work-laptop"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("work-laptop"));
    assert!(home.path().join("device/device.ron").exists());
    assert!(
        !home.path().join("data/device.ron").exists(),
        "never in the data folder"
    );
    assert!(
        dunbar_on(home.path(), &["add", "Ida Holm"])
            .status
            .success()
    );
    // Another computer's copy with one more contact.
    let other = tempfile::tempdir().unwrap();
    fs::create_dir_all(other.path().join("data")).unwrap();
    fs::copy(
        home.path().join("data/network.ron"),
        other.path().join("data/network.ron"),
    )
    .unwrap();
    assert!(
        dunbar_on(other.path(), &["device", "--name", "home-laptop"])
            .status
            .success()
    );
    assert!(
        dunbar_on(other.path(), &["add", "Jens Juul"])
            .status
            .success()
    );
    let file = other.path().join("data/network.ron");
    let file = file.to_str().unwrap();
    let dry = dunbar_on(home.path(), &["merge", file, "--dry-run", "--json"]);
    let value: serde_json::Value = serde_json::from_slice(&dry.stdout).unwrap();
    assert_eq!(value["devices"][0]["name"], "home-laptop");
    assert_eq!(value["devices"][0]["contacts_added"], 1);
    let stats = |dir: &Path| {
        let out = dunbar_on(dir, &["stats", "--json"]);
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["contacts"].clone()
    };
    assert_eq!(stats(home.path()), 1, "a dry run changes nothing");
    let out = dunbar_on(home.path(), &["merge", file]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("home-laptop"));
    assert_eq!(stats(home.path()), 2);
    // Ids minted on the two computers differ.
    let again = dunbar_on(home.path(), &["merge", file]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("Nothing new"));
}

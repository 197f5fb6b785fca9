//! DESIGN §5 promises under failure: a save that cannot be written (full disk, read-only
//! file system, a blocked temp file) reports the error, keeps the old file intact and the
//! changes in memory, and succeeds on retry; the format-1 fixture opens forever.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

mod common;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDateTime;
use common::d;
use dunbar::actions::Action;
use dunbar::domain::{Circle, Contact, ContactId, PartialDate};
use dunbar::generate::{GenerateSpec, generate_network};
use dunbar::session::{Access, SaveReport, Session, SessionError};
use dunbar::storage::{StorageError, TEMP_PREFIX};

fn now() -> NaiveDateTime {
    NaiveDateTime::parse_from_str("2026-11-22 09:30:00", "%Y-%m-%d %H:%M:%S").unwrap()
}

fn add_contact(session: &mut Session, name: &str) {
    let id = ContactId::new(session.network().fresh_id());
    let contact = Contact::new(id, name, Circle::Sympathy, d("2026-11-22"));
    session
        .apply(Action::InsertContact(Box::new(contact)))
        .unwrap();
}

fn no_temp_files(dir: &Path) -> bool {
    fs::read_dir(dir).unwrap().all(|e| {
        !e.unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with(TEMP_PREFIX)
    })
}

/// Saves fail while `block` is in force; then `unblock` and the retry succeeds.
fn assert_failed_save_loses_nothing(
    dir: &Path,
    block: impl FnOnce(),
    unblock: impl FnOnce(),
    expect: &str,
) {
    let network = generate_network(&GenerateSpec::new(150, 9), d("2026-11-22")).unwrap();
    let mut session = Session::create_with(dir, network, "test").unwrap();
    session.save(now()).unwrap();
    let before = fs::read(dir.join("network.ron")).unwrap();

    add_contact(&mut session, "Unsaved Ulla");
    block();
    let error = session.save(now()).unwrap_err();
    assert!(
        matches!(error, SessionError::Storage(StorageError::Io { .. })),
        "{error}"
    );
    let message = error.to_string();
    assert!(
        message.contains(expect),
        "{message:?} should say {expect:?}"
    );
    assert!(
        message.contains(&dir.display().to_string()),
        "{message} names where"
    );
    assert_eq!(
        fs::read(dir.join("network.ron")).unwrap(),
        before,
        "the old file stays whole"
    );
    assert!(
        session.has_unsaved_changes(),
        "the change is kept in memory"
    );
    assert!(
        session
            .network()
            .contacts()
            .any(|c| c.display_name == "Unsaved Ulla")
    );

    unblock();
    assert_eq!(session.save(now()).unwrap(), SaveReport::Saved);
    assert!(!session.has_unsaved_changes());
    assert!(no_temp_files(dir));
    drop(session);
    let reopened = Session::open(dir, Access::ReadOnly, "test").unwrap();
    assert!(
        reopened
            .network()
            .contacts()
            .any(|c| c.display_name == "Unsaved Ulla")
    );
}

#[test]
fn a_blocked_temp_file_fails_the_save_without_losing_anything() {
    let dir = tempfile::tempdir().unwrap();
    // A folder where the temp file must go makes creating it fail, whoever we run as.
    let blocker = dir
        .path()
        .join(format!("{TEMP_PREFIX}{}-network.ron", std::process::id()));
    let unblock = blocker.clone();
    assert_failed_save_loses_nothing(
        dir.path(),
        || fs::create_dir(&blocker).unwrap(),
        || fs::remove_dir(&unblock).unwrap(),
        "could not create",
    );
}

/// A small tmpfs of our own, unmounted on drop. `None` when we may not mount (not root).
struct Tmpfs {
    path: PathBuf,
    _holder: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(size: &str) -> Option<Self> {
        let holder = tempfile::tempdir().ok()?;
        let path = holder.path().join("mnt");
        fs::create_dir(&path).ok()?;
        let mounted = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0700"),
                "tmpfs",
            ])
            .arg(&path)
            .status()
            .ok()?
            .success();
        mounted.then_some(Self {
            path,
            _holder: holder,
        })
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.path).status();
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"))
}

#[test]
fn a_full_disk_fails_the_save_without_losing_anything_and_the_retry_succeeds() {
    let Some(disk) = Tmpfs::mount("4m") else {
        eprintln!(
            "skipped: cannot mount a tmpfs here (needs root); the blocked-temp-file test covers the write failure"
        );
        assert!(
            !is_root(),
            "root must be able to mount a tmpfs for this test"
        );
        return;
    };
    let dir = disk.path.join("data");
    let filler = disk.path.join("filler");
    let filler_again = filler.clone();
    assert_failed_save_loses_nothing(
        &dir,
        || {
            // Fill the disk to the last byte.
            let mut file = fs::File::create(&filler).unwrap();
            let block = vec![0_u8; 64 * 1024];
            while file.write_all(&block).is_ok() {}
            let mut byte = [0_u8; 1];
            while file.write_all(&byte).is_ok() {
                byte[0] = 1;
            }
            let _ = file.sync_all();
        },
        || fs::remove_file(&filler_again).unwrap(),
        "No space left on device",
    );
}

#[test]
fn a_read_only_file_system_fails_the_save_without_losing_anything() {
    if !is_root() {
        eprintln!("skipped: a read-only bind mount needs root; the permission test covers this");
        return;
    }
    let holder = tempfile::tempdir().unwrap();
    let dir = holder.path().join("data");
    let mount = |args: &[&str]| {
        let status = Command::new("mount")
            .args(args)
            .arg(&dir)
            .arg(&dir)
            .status()
            .unwrap();
        assert!(status.success(), "mount {args:?}");
    };
    // A read-only bind mount over the data folder: the open lock file stays writable on the
    // mount below, but every new file in the folder is refused with EROFS.
    assert_failed_save_loses_nothing(
        &dir,
        || {
            mount(&["--bind"]);
            let status = Command::new("mount")
                .args(["-o", "remount,bind,ro"])
                .arg(&dir)
                .status()
                .unwrap();
            assert!(status.success());
        },
        || {
            let status = Command::new("umount").arg(&dir).status().unwrap();
            assert!(status.success());
        },
        "Read-only file system",
    );
}

#[cfg(unix)]
#[test]
fn a_folder_without_write_permission_fails_the_save_when_not_root() {
    use std::os::unix::fs::PermissionsExt;
    if is_root() {
        eprintln!(
            "skipped: root writes through permissions; the read-only file system test covers this"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let locked = data.clone();
    let unlocked = data.clone();
    assert_failed_save_loses_nothing(
        &data,
        || fs::set_permissions(&locked, fs::Permissions::from_mode(0o500)).unwrap(),
        || fs::set_permissions(&unlocked, fs::Permissions::from_mode(0o700)).unwrap(),
        "Permission denied",
    );
}

/// The fixture written by format version 1. It is never regenerated: every later version
/// must open it (through its migrations) with the same meaning.
#[test]
fn the_format_1_fixture_opens() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/network-v1");
    let dir = tempfile::tempdir().unwrap();
    fs::copy(fixture.join("network.ron"), dir.path().join("network.ron")).unwrap();
    let session = Session::open(dir.path(), Access::ReadOnly, "test").unwrap();
    let network = session.network();
    assert_eq!(
        network.contact_count(),
        3,
        "four contacts, one of them in the trash"
    );
    assert_eq!(network.trashed_contacts().count(), 1);
    let mette = network
        .contacts()
        .find(|c| c.display_name == "Mette Frederiksen")
        .unwrap();
    assert_eq!(mette.circle, Circle::Sympathy);
    assert_eq!(mette.birthday, PartialDate::year_less(2, 3));
    assert!(mette.interests.contains("energy"));
    let soren = network
        .contacts()
        .find(|c| c.display_name == "Søren Bøgh")
        .unwrap();
    assert!(soren.family && soren.hub);
    assert_eq!(soren.cadence_days, Some(14));
    assert_eq!(network.touch_count(), 4);
    assert_eq!(network.gifts().count(), 2);
    assert_eq!(network.asks().count(), 2);
    assert!(network.asks().any(|a| a.premature));
    assert_eq!(network.library().count(), 1);
    assert_eq!(network.reviews().len(), 1);
    assert_eq!(network.imports().count(), 1);
    assert_eq!(network.cadences().days(Circle::Affinity), Some(90));
    assert_eq!(network.profile().name, "Alex Morgan");
}

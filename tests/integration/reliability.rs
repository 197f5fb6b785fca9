//! DESIGN §5 promises under failure: a save that cannot be written (full disk, read-only
//! file system, a blocked temp file) reports the error, keeps the old file intact and the
//! changes in memory, and succeeds on retry; the format-1 fixture opens forever.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use crate::common;

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

/// A tmpfs of `size`, or `None` after saying the test is skipped (never as root).
fn tmpfs_or_skip(size: &str, covered_by: &str) -> Option<Tmpfs> {
    let disk = Tmpfs::mount(size);
    if disk.is_none() {
        eprintln!("skipped: cannot mount a tmpfs here (needs root); {covered_by}");
        assert!(
            !is_root(),
            "root must be able to mount a tmpfs for this test"
        );
    }
    disk
}

#[test]
fn a_full_disk_fails_the_save_without_losing_anything_and_the_retry_succeeds() {
    let Some(disk) = tmpfs_or_skip("4m", "the blocked-temp-file test covers the write failure")
    else {
        return;
    };
    let dir = disk.path.join("data");
    let filler = disk.path.join("filler");
    let filler_again = filler.clone();
    assert_failed_save_loses_nothing(
        &dir,
        || fill(&filler),
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

/// The distinct contents among the backups, and how many backups there are.
fn distinct_backups(dir: &Path) -> (usize, usize) {
    let backups = dunbar::storage::DataFolder::new(dir).backups();
    let contents: std::collections::BTreeSet<Vec<u8>> =
        backups.iter().map(|b| fs::read(&b.path).unwrap()).collect();
    (contents.len(), backups.len())
}

/// 12 distinct saves, 12 failed saves while `block` is in force, then one good save: the
/// backups still hold `KEEP_RECENT` distinct versions.
fn assert_failed_saves_keep_the_history(dir: &Path, block: impl FnOnce(), unblock: impl FnOnce()) {
    use dunbar::storage::KEEP_RECENT;
    let network = generate_network(&GenerateSpec::new(150, 9), d("2026-11-22")).unwrap();
    let mut session = Session::create_with(dir, network, "test").unwrap();
    session.save(now()).unwrap();
    let minute = |n: u32| now() + chrono::Duration::minutes(i64::from(n));
    for n in 0..12 {
        add_contact(&mut session, &format!("Distinct {n}"));
        session.save(minute(n + 1)).unwrap();
    }
    add_contact(&mut session, "Unsaved Ulla");
    block();
    for n in 0..12 {
        assert!(session.save(minute(20 + n)).is_err());
    }
    assert_eq!(
        distinct_backups(dir),
        (KEEP_RECENT, KEEP_RECENT),
        "failed saves added backups"
    );
    unblock();
    assert_eq!(session.save(minute(40)).unwrap(), SaveReport::Saved);
    assert_eq!(
        distinct_backups(dir),
        (KEEP_RECENT, KEEP_RECENT),
        "the day's distinct versions were pushed out"
    );
}

#[test]
fn failed_saves_never_push_distinct_backups_out() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir
        .path()
        .join(format!("{TEMP_PREFIX}{}-network.ron", std::process::id()));
    let unblock = blocker.clone();
    assert_failed_saves_keep_the_history(
        dir.path(),
        || fs::create_dir(&blocker).unwrap(),
        || fs::remove_dir(&unblock).unwrap(),
    );
}

#[test]
fn saves_on_a_full_disk_never_push_distinct_backups_out() {
    let Some(disk) = tmpfs_or_skip("40m", "the blocked-temp-file test covers this") else {
        return;
    };
    let dir = disk.path.join("data");
    let filler = disk.path.join("filler");
    let filler_again = filler.clone();
    assert_failed_saves_keep_the_history(
        &dir,
        || fill(&filler),
        || fs::remove_file(&filler_again).unwrap(),
    );
}

/// Fills the disk holding `path` to the last byte.
fn fill(path: &Path) {
    let mut file = fs::File::create(path).unwrap();
    let block = vec![0_u8; 64 * 1024];
    while file.write_all(&block).is_ok() {}
    let byte = [1_u8; 1];
    while file.write_all(&byte).is_ok() {}
    let _ = file.sync_all();
}

/// Runs the real binary on `dir` with a memory limit, killed if it has not ended after
/// a minute (a command that would read forever must fail the test, not hang it).
fn dunbar_guarded(dir: &Path, args: &[&str]) -> std::process::Output {
    let cache = tempfile::tempdir().unwrap();
    let child = Command::new("sh")
        .arg("-c")
        .arg("ulimit -v 2000000; exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_dunbar"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env("DUNBAR_CACHE_DIR", cache.path())
        .env("DUNBAR_DEVICE_DIR", cache.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let (out, ended) = common::wait_or_kill(child);
    assert!(
        ended,
        "dunbar {args:?} never ended: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn assert_refused_as_not_a_file(dir: &Path, expect: &str) {
    for args in [&["stats"][..], &["add", "Someone"][..]] {
        let out = dunbar_guarded(dir, args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?} succeeded");
        assert!(stderr.contains(expect), "{args:?}: {stderr}");
        assert!(stderr.contains("network.ron"), "{args:?}: {stderr}");
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_or_a_device_as_the_data_file_is_refused_not_read_forever() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("network.ron");
    common::mkfifo(&fifo);
    assert_refused_as_not_a_file(dir.path(), "not a regular file");
    assert!(
        fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo_like()
    );

    let other = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("/dev/zero", other.path().join("network.ron")).unwrap();
    assert_refused_as_not_a_file(other.path(), "not a regular file");
}

#[test]
fn a_data_file_above_the_size_limit_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    // A sparse file: no disk is used, but reading it would take all the memory.
    let file = fs::File::create(dir.path().join("network.ron")).unwrap();
    file.set_len(dunbar::storage::MAX_DATA_FILE_BYTES + 1)
        .unwrap();
    drop(file);
    assert_refused_as_not_a_file(dir.path(), "too large");
}

/// `is_fifo` for the test above, without a Unix-only import at the top.
trait FifoLike {
    fn is_fifo_like(&self) -> bool;
}

impl FifoLike for fs::FileType {
    #[cfg(unix)]
    fn is_fifo_like(&self) -> bool {
        use std::os::unix::fs::FileTypeExt;
        self.is_fifo()
    }
    #[cfg(not(unix))]
    fn is_fifo_like(&self) -> bool {
        false
    }
}

#[test]
fn a_full_disk_is_reported_with_its_cause_once() {
    let Some(disk) = tmpfs_or_skip("4m", "tests/cli.rs checks the cause is named once") else {
        return;
    };
    let dir = disk.path.join("data");
    let out = dunbar_guarded(&dir, &["add", "First"]);
    assert!(out.status.success());
    fill(&disk.path.join("filler"));
    let out = dunbar_guarded(&dir, &["add", "Second"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert_eq!(
        stderr.matches("No space left on device").count(),
        1,
        "{stderr}"
    );
}

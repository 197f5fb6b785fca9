//! The window's startup screen: a damaged data file is refused with what happened and the
//! latest good backup is offered; another Dunbar holding the folder allows a read-only view.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use std::fs;
use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};
use dunbar::generate::{GenerateSpec, generate_network};
use dunbar::session::{Access, Session};
use dunbar::storage::DataLock;
use dunbar::ui::{StartupApp, StartupProblem};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// Stands in for the main window: shows what it opened.
struct Opened {
    session: Session,
}

impl eframe::App for Opened {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let read_only = if self.session.is_read_only() {
            " (read-only)"
        } else {
            ""
        };
        ui.label(format!(
            "opened {} contacts{read_only}",
            self.session.network().contact_count()
        ));
    }
}

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 22)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
}

fn folder_with_backup(dir: &Path) {
    let network = generate_network(&GenerateSpec::new(30, 2), now().date()).unwrap();
    let mut session = Session::create_with(dir, network, "test").unwrap();
    session.save(now()).unwrap();
    // A second save keeps the first as a backup.
    let more = generate_network(&GenerateSpec::new(31, 2), now().date()).unwrap();
    drop(session);
    let mut session =
        crate::support::retry_locked(|| Session::create_with(dir, more.clone(), "test")).unwrap();
    session.save(now()).unwrap();
}

fn startup(dir: &Path) -> Harness<'static, StartupApp> {
    let error = crate::support::retry_locked(|| {
        Session::open(dir, Access::ReadWrite, dunbar::storage::WINDOW_HOLDER)
    })
    .unwrap_err();
    let problem = StartupApp::problem_for(dir, &error);
    startup_with(dir, problem)
}

fn startup_with(dir: &Path, problem: StartupProblem) -> Harness<'static, StartupApp> {
    let app = StartupApp::new(
        dir.to_owned(),
        problem,
        Box::new(|session| Box::new(Opened { session })),
        Box::new(now),
    );
    let mut harness = Harness::builder()
        .with_size([900.0, 600.0])
        .build_eframe(|_| app);
    harness.run();
    harness
}

#[test]
fn a_damaged_file_offers_the_latest_good_backup() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    folder_with_backup(dir.path());
    fs::write(
        dir.path().join("network.ron"),
        b"(format_version: 1, network: (contacts: [ oops",
    )
    .unwrap();

    let mut harness = startup(dir.path());
    harness.get_by_label("Dunbar could not open your network");
    harness.get_by_label_contains("network.ron is damaged at line 1");
    assert_eq!(
        fs::read(dir.path().join("network.ron")).unwrap(),
        b"(format_version: 1, network: (contacts: [ oops"
    );

    harness
        .get_by_label_contains("Restore the backup of")
        .click();
    harness.run();
    assert!(harness.state().is_resolved());
    harness.get_by_label("opened 30 contacts");
    // The damaged file was kept as a backup, so the restore can be undone.
    let kept = dunbar::storage::DataFolder::new(dir.path())
        .backups()
        .iter()
        .any(|b| {
            fs::read(&b.path)
                .unwrap()
                .starts_with(b"(format_version: 1, network: (contacts: [ oops")
        });
    assert!(kept);
}

#[test]
fn a_second_window_is_told_who_has_the_folder_and_may_open_read_only() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    folder_with_backup(dir.path());
    let _other = DataLock::acquire(dir.path(), "dunbar log").unwrap();

    let mut harness = startup(dir.path());
    harness.get_by_label_contains("is open in another Dunbar (dunbar log");
    harness.get_by_label("Open read-only").click();
    harness.run();
    harness.get_by_label("opened 31 contacts (read-only)");
}

#[test]
fn a_huge_message_scrolls_and_restore_stays_on_screen() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    folder_with_backup(dir.path());
    let latest_good = dunbar::storage::DataFolder::new(dir.path())
        .latest_good_backup()
        .map(|(backup, _)| backup);
    assert!(latest_good.is_some());
    let problem = StartupProblem::Damaged {
        message: format!("network.ron is damaged: {}", "A ".repeat(40_000)),
        latest_good,
    };
    let mut harness = startup_with(dir.path(), problem);
    let restore = harness.get_by_label_contains("Restore the backup of");
    let rect = restore.rect();
    assert!(
        rect.max.y <= 600.0 && rect.min.y >= 0.0,
        "the Restore button is off-screen at {rect:?}"
    );
    restore.click();
    harness.run();
    assert!(harness.state().is_resolved());
}

fn is_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    // The owner of /proc/self is this process's user: no child process needed.
    fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

/// The tests of this module run one at a time: the read-only medium test starts `mount`,
/// and a child process holds a copy of every open file (a session's lock included) from its
/// fork until its exec, which would make another test's data folder look locked.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[test]
fn a_folder_on_a_read_only_medium_may_open_read_only() {
    let _serial = serial();
    if !is_root() {
        eprintln!("skipped: a read-only bind mount needs root (CI runs as root)");
        return;
    }
    let holder = tempfile::tempdir().unwrap();
    let dir = holder.path().join("data");
    folder_with_backup(&dir);
    fs::remove_file(dir.join("dunbar.lock")).unwrap();
    let mount = |args: &[&str]| {
        let status = std::process::Command::new("mount")
            .args(args)
            .arg(&dir)
            .arg(&dir)
            .status()
            .unwrap();
        assert!(status.success(), "mount {args:?}");
    };
    mount(&["--bind"]);
    let status = std::process::Command::new("mount")
        .args(["-o", "remount,bind,ro"])
        .arg(&dir)
        .status()
        .unwrap();
    assert!(status.success());
    let opened = std::panic::catch_unwind(|| {
        let mut harness = startup(&dir);
        harness.get_by_label_contains("Read-only file system");
        harness.get_by_label("Open read-only").click();
        harness.run();
        harness.get_by_label("opened 31 contacts (read-only)");
    });
    let _ = std::process::Command::new("umount").arg(&dir).status();
    if let Err(panic) = opened {
        std::panic::resume_unwind(panic);
    }
}

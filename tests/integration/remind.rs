//! Reminders while the window is closed (DESIGN §14): the digest rules on a fixed network
//! and day, `--print`, one notification through a real D-Bus session bus (`dbus-daemon`
//! from Debian's `dbus`) to a small notification server that records what it receives,
//! never the same digest twice on one day, quiet days, and the systemd units `--install`
//! writes.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::used_underscore_binding // the D-Bus interface macro uses its unused arguments
)] // test code

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use dunbar::actions::Action;
use dunbar::domain::{Circle, PartialDate, ReviewRecord};
use dunbar::review::Digest;

use crate::common::{Builder, d};

fn dunbar(data: &Path, state: &Path, today: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
    let cache = tempfile::tempdir().unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_dunbar"));
    command
        .arg("--data-dir")
        .arg(data)
        .args(["--lang", "en", "--today", today, "remind", "--state-dir"])
        .arg(state)
        .args(args)
        .env("DUNBAR_CACHE_DIR", cache.path())
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env_remove("DUNBAR_STATE_DIR")
        // "Open review" starts the window; here there is no display for it.
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY");
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().unwrap()
}

/// A saved network in which Mette wrote and waits for my answer, and Jonas has his
/// birthday on 7 December; no review has been done.
fn saved_network(dir: &Path) {
    let mut t = Builder::new();
    let mette = t.contact("Mette Holm", Circle::Sympathy);
    t.log(mette, "2026-12-01", |e| {
        e.direction = dunbar::domain::Direction::Inbound;
        e.awaiting_reply = true;
    });
    t.contact_with("Jonas Berg", Circle::Active, |c| {
        c.birthday = PartialDate::year_less(12, 7);
    });
    let mut session = dunbar::session::Session::create_with(dir, t.network, "test").unwrap();
    session
        .save(d("2026-12-01").and_hms_opt(9, 0, 0).unwrap())
        .unwrap();
}

#[test]
fn the_digest_counts_what_is_due_today() {
    let mut t = Builder::new();
    let mette = t.contact("Mette Holm", Circle::Sympathy);
    t.log(mette, "2026-12-01", |e| {
        e.direction = dunbar::domain::Direction::Inbound;
        e.awaiting_reply = true;
    });
    t.contact_with("Jonas Berg", Circle::Active, |c| {
        c.birthday = PartialDate::full(1980, 12, 7);
    });
    let on = |day: &str, network: &dunbar::domain::Network| Digest::of(network, d(day));

    let monday = on("2026-12-07", &t.network);
    assert!(monday.review_due, "no review was ever done");
    assert_eq!(monday.waiting, 1);
    assert_eq!(monday.birthdays, ["Jonas Berg"]);
    assert_eq!(
        dunbar::i18n::in_language(dunbar::i18n::Language::English, || monday.line()),
        Some("1 person waiting on you · birthday today: Jonas Berg · weekly review due".into())
    );
    assert_eq!(
        dunbar::i18n::in_language(dunbar::i18n::Language::Danish, || monday.line()),
        Some("1 person venter på dig · fødselsdag i dag: Jonas Berg · tid til den ugentlige gennemgang".into())
    );
    // A promise due today and a meeting with Mette today join the digest.
    let (_, promise) = dunbar::actions::promises::add_promise(
        &t.network,
        &dunbar::actions::promises::NewPromise::mine(mette, "the harbour report", d("2026-12-07")),
        d("2026-12-01"),
    )
    .unwrap();
    t.apply(promise);
    t.apply(Action::InsertSource(Box::new(
        dunbar::domain::CaptureSource {
            id: dunbar::domain::CaptureSourceId::new(t.network.fresh_id()),
            kind: "calendar".into(),
            path: "/cal.ics".into(),
            last_scan: d("2026-12-01"),
            scanned_bytes: 0,
            fingerprint: 0,
            keys: std::collections::BTreeSet::new(),
            message_ids: std::collections::BTreeSet::new(),
            upcoming: vec![dunbar::domain::UpcomingEvent {
                uid: "harbour-1".into(),
                start: d("2026-12-07").and_hms_opt(14, 0, 0).unwrap(),
                summary: "Harbour project".into(),
                contacts: vec![mette],
            }],
        },
    )));
    let with_both = on("2026-12-07", &t.network);
    assert_eq!((with_both.promises_due, with_both.meetings_today), (1, 1));
    assert_eq!(
        dunbar::i18n::in_language(dunbar::i18n::Language::English, || with_both.line()),
        Some(
            "1 person waiting on you · 1 promise due · 1 meeting today · birthday today: \
             Jonas Berg · weekly review due"
                .into()
        )
    );
    let after = on("2026-12-08", &t.network);
    assert_eq!(
        (after.promises_due, after.meetings_today),
        (1, 0),
        "an overdue promise stays; the meeting was yesterday"
    );
    let done = dunbar::actions::promises::promise_done(
        &t.network,
        t.network.promises().next().unwrap().id,
        d("2026-12-08"),
        false,
    )
    .unwrap();
    t.apply(done);
    assert_eq!(on("2026-12-08", &t.network).promises_due, 0);
    // A review this week: not due; the birthday was yesterday.
    t.apply(Action::PushReview(ReviewRecord {
        date: d("2026-12-07"),
        overdue: 0,
        handled: 1,
    }));
    let tuesday = on("2026-12-08", &t.network);
    assert!(!tuesday.review_due);
    assert!(tuesday.birthdays.is_empty());
    // Answering Mette leaves nothing due.
    t.log(mette, "2026-12-08", |_| {});
    let answered = on("2026-12-08", &t.network);
    assert_eq!(answered.waiting, 0);
    assert!(answered.is_empty(), "{answered:?}");
    assert_eq!(answered.line(), None);
    // An empty network asks for no review.
    assert!(Digest::of(&dunbar::domain::Network::new(), d("2026-12-08")).is_empty());
}

#[test]
fn print_writes_the_digest_and_nothing_when_nothing_is_due() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let state = dir.path().join("state");
    saved_network(&data);
    let printed = dunbar(&data, &state, "2026-12-07", &["--print"], &[]);
    assert!(printed.status.success(), "{printed:?}");
    assert_eq!(
        String::from_utf8(printed.stdout).unwrap(),
        "1 person waiting on you · birthday today: Jonas Berg · weekly review due\n"
    );
    // With nothing due, nothing at all.
    let empty = dir.path().join("empty");
    dunbar::session::Session::create_with(&empty, dunbar::domain::Network::new(), "test")
        .unwrap()
        .save(d("2026-12-01").and_hms_opt(9, 0, 0).unwrap())
        .unwrap();
    let nothing = dunbar(&empty, &state, "2026-12-07", &["--print"], &[]);
    assert!(nothing.status.success());
    assert!(nothing.stdout.is_empty(), "{nothing:?}");
}

#[test]
fn without_a_notification_service_it_prints_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let state = dir.path().join("state");
    saved_network(&data);
    let out = dunbar(
        &data,
        &state,
        "2026-12-07",
        &["--wait", "0"],
        &[("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")],
    );
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 person waiting on you"));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("no desktop notification service answered"),
        "{out:?}"
    );
}

/// What the notification server received.
#[derive(Clone, Debug, Default)]
struct Received {
    app: String,
    summary: String,
    body: String,
    actions: Vec<String>,
}

/// A freedesktop notification server that records each notification and then invokes its
/// "Open review" action, as a user's click would.
struct Recorder {
    received: Arc<Mutex<Vec<Received>>>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
#[allow(clippy::unused_self)] // the D-Bus interface's shape
impl Recorder {
    #[allow(clippy::too_many_arguments)] // the D-Bus method's signature
    fn notify(
        &self,
        app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        _hints: HashMap<String, zbus::zvariant::OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut received = self.received.lock().unwrap();
        received.push(Received {
            app: app_name,
            summary,
            body,
            actions,
        });
        u32::try_from(received.len()).unwrap()
    }

    fn get_capabilities(&self) -> Vec<String> {
        vec!["actions".into(), "body".into()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            "recorder".into(),
            "dunbar tests".into(),
            "1".into(),
            "1.2".into(),
        )
    }

    fn close_notification(&self, _id: u32) {}

    #[zbus(signal)]
    async fn action_invoked(
        emitter: &zbus::object_server::SignalEmitter<'_>,
        id: u32,
        action_key: &str,
    ) -> zbus::Result<()>;
}

/// A private session bus, stopped when dropped.
struct SessionBus {
    daemon: Child,
    address: String,
}

impl Drop for SessionBus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// Starts `dbus-daemon --session` on a private socket; `None` when Debian's `dbus` is not
/// installed (CI installs it, and there its absence fails the test).
fn session_bus() -> Option<SessionBus> {
    let started = Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--print-address=1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    let mut daemon = match started {
        Ok(daemon) => daemon,
        Err(error) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "dbus-daemon is missing in CI: {error}"
            );
            eprintln!("skipped: dbus-daemon is not installed ({error})");
            return None;
        }
    };
    let mut address = String::new();
    BufReader::new(daemon.stdout.take().unwrap())
        .read_line(&mut address)
        .unwrap();
    Some(SessionBus {
        daemon,
        address: address.trim().to_owned(),
    })
}

#[test]
#[allow(clippy::too_many_lines)] // one story: shown, not again, quiet day, Danish, status
fn one_notification_over_dbus_with_its_action_and_never_twice_a_day() {
    let Some(bus) = session_bus() else { return };
    let received = Arc::new(Mutex::new(Vec::new()));
    let connection = zbus::blocking::connection::Builder::address(bus.address.as_str())
        .unwrap()
        .name("org.freedesktop.Notifications")
        .unwrap()
        .serve_at(
            "/org/freedesktop/Notifications",
            Recorder {
                received: Arc::clone(&received),
            },
        )
        .unwrap()
        .build()
        .unwrap();
    // Clicks "Open review" on every notification shown, until the test ends.
    let clicking = Arc::new(std::sync::atomic::AtomicBool::new(true));
    let clicker = {
        let connection = connection.clone();
        let received = Arc::clone(&received);
        let clicking = Arc::clone(&clicking);
        std::thread::spawn(move || {
            let deadline = Instant::now() + Duration::from_mins(1);
            while clicking.load(std::sync::atomic::Ordering::Relaxed) && Instant::now() < deadline {
                let shown = u32::try_from(received.lock().unwrap().len()).unwrap();
                if shown > 0 {
                    let _ = connection.emit_signal(
                        None::<&str>,
                        "/org/freedesktop/Notifications",
                        "org.freedesktop.Notifications",
                        "ActionInvoked",
                        &(shown, "open-review"),
                    );
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        })
    };

    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let state = dir.path().join("state");
    saved_network(&data);
    let env = [("DBUS_SESSION_BUS_ADDRESS", bus.address.as_str())];
    let first = dunbar(&data, &state, "2026-12-07", &["--wait", "30"], &env);
    assert!(first.status.success(), "{first:?}");
    assert!(first.stdout.is_empty(), "shown, not printed: {first:?}");
    {
        let received = received.lock().unwrap();
        assert_eq!(received.len(), 1, "{received:?}");
        let shown = &received[0];
        assert_eq!(shown.app, "Dunbar");
        assert_eq!(shown.summary, "Dunbar");
        assert_eq!(
            shown.body,
            "1 person waiting on you · birthday today: Jonas Berg · weekly review due"
        );
        assert_eq!(shown.actions, ["open-review", "Open review"]);
    }
    assert!(
        String::from_utf8_lossy(&first.stderr).contains("Opening the Review"),
        "the action was taken: {first:?}"
    );

    // The same digest on the same day: nothing new.
    let second = dunbar(&data, &state, "2026-12-07", &["--wait", "0"], &env);
    assert!(second.status.success());
    assert!(String::from_utf8_lossy(&second.stderr).contains("shown today already"));
    assert_eq!(received.lock().unwrap().len(), 1);

    // A quiet day (Saturday, by default): nothing.
    let saturday = dunbar(&data, &state, "2026-12-12", &["--wait", "0"], &env);
    assert!(saturday.status.success());
    assert_eq!(received.lock().unwrap().len(), 1);

    // The next weekday it comes again, in Danish when asked.
    let danish = Command::new(env!("CARGO_BIN_EXE_dunbar"))
        .arg("--data-dir")
        .arg(&data)
        .args([
            "--lang",
            "da",
            "--today",
            "2026-12-14",
            "remind",
            "--wait",
            "0",
            "--state-dir",
        ])
        .arg(&state)
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .output()
        .unwrap();
    assert!(danish.status.success(), "{danish:?}");
    {
        let received = received.lock().unwrap();
        assert_eq!(received.len(), 2);
        assert_eq!(
            received[1].body,
            "1 person venter på dig · tid til den ugentlige gennemgang"
        );
        assert_eq!(received[1].actions, ["open-review", "Åbn gennemgangen"]);
    }
    let status = dunbar(&data, &state, "2026-12-14", &["--status"], &[]);
    assert!(
        String::from_utf8_lossy(&status.stdout).contains("Last ran: 2026-12-14"),
        "{status:?}"
    );
    clicking.store(false, std::sync::atomic::Ordering::Relaxed);
    clicker.join().unwrap();
}

#[test]
fn install_writes_a_systemd_user_timer_and_uninstall_removes_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let state = dir.path().join("state");
    let config = dir.path().join("config");
    saved_network(&data);
    let env = [
        ("XDG_CONFIG_HOME", config.to_str().unwrap()),
        // No user manager here: systemctl is not called.
        ("XDG_RUNTIME_DIR", dir.path().to_str().unwrap()),
    ];
    let installed = dunbar(
        &data,
        &state,
        "2026-12-07",
        &["--install", "--at", "07:45"],
        &env,
    );
    assert!(installed.status.success(), "{installed:?}");
    let units = config.join("systemd/user");
    let timer = std::fs::read_to_string(units.join("dunbar-remind.timer")).unwrap();
    assert!(timer.contains("OnCalendar=*-*-* 07:45:00"), "{timer}");
    assert!(timer.contains("Persistent=true"));
    assert!(timer.contains("WantedBy=timers.target"));
    let service = std::fs::read_to_string(units.join("dunbar-remind.service")).unwrap();
    assert!(service.contains("Type=oneshot"));
    assert!(
        service.contains(&format!(
            "ExecStart=\"{}\" remind",
            env!("CARGO_BIN_EXE_dunbar")
        )),
        "{service}"
    );
    assert!(service.contains(&format!("DUNBAR_DATA_DIR={}", data.display())));
    let status = dunbar(&data, &state, "2026-12-07", &["--status"], &env);
    let said = String::from_utf8(status.stdout).unwrap();
    assert!(said.contains("scheduled every day at 07:45"), "{said}");
    assert!(said.contains("Quiet days: Saturday, Sunday"), "{said}");
    let removed = dunbar(&data, &state, "2026-12-07", &["--uninstall"], &env);
    assert!(removed.status.success(), "{removed:?}");
    assert!(!units.join("dunbar-remind.timer").exists());
    assert!(!units.join("dunbar-remind.service").exists());
    let status = dunbar(&data, &state, "2026-12-07", &["--status"], &env);
    assert!(
        String::from_utf8(status.stdout)
            .unwrap()
            .contains("not scheduled")
    );
}

//! CPU time of one frame of each main screen (DESIGN §8: the contacts screen ≤ 2 ms on the
//! typical network, ≤ 4 ms on the heavy one), of a keystroke in the search box, and of the
//! frames around a change. Run with `cargo bench --bench frames`.
//!
//! The real `DunbarApp` draws into a plain `egui::Context` (no window, no GPU, no
//! accessibility tree: what a desktop without a screen reader pays), and each frame's
//! shapes are tessellated as eframe does before handing them to the GPU. Screens are
//! reached through their keyboard shortcuts, the way a user switches.

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveDateTime};
use criterion::{Criterion, criterion_group, criterion_main};
use dunbar::actions::LogEntry;
use dunbar::domain::Channel;
use dunbar::generate::{GenerateSpec, generate_network};
use dunbar::session::Session;
use dunbar::ui::{ContactsScreen, DunbarApp, Screen, UiCommand};
use egui::{Event, Key, Modifiers, RawInput};
use tempfile::TempDir;

/// The screens measured, each with the command that shows it: a new screen is one line.
const SCREENS: &[(&str, UiCommand, Screen)] = &[
    (
        "contacts, a contact page open",
        UiCommand::Show(Screen::Contacts),
        Screen::Contacts,
    ),
    ("circles", UiCommand::Show(Screen::Circles), Screen::Circles),
    ("review", UiCommand::Show(Screen::Review), Screen::Review),
    ("trash", UiCommand::Show(Screen::Trash), Screen::Trash),
    ("import", UiCommand::Show(Screen::Import), Screen::Import),
    (
        "settings",
        UiCommand::Show(Screen::Settings),
        Screen::Settings,
    ),
    ("gifts", UiCommand::Show(Screen::Gifts), Screen::Gifts),
    (
        "insights",
        UiCommand::Show(Screen::Insights),
        Screen::Insights,
    ),
];

/// The window's size in points, as the window opens (DESIGN §3).
const WINDOW: egui::Vec2 = egui::vec2(1280.0, 800.0);

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn now() -> NaiveDateTime {
    today().and_hms_opt(12, 0, 0).unwrap()
}

/// The app on a generated network in a temporary data folder, and the egui context it
/// draws into.
struct Window {
    ctx: egui::Context,
    app: DunbarApp,
    /// egui's clock, in seconds. It stands still while frames are timed, so the background
    /// saver never comes due and no save runs meanwhile.
    time: f64,
    _dir: TempDir,
}

impl Window {
    /// A saved network of `contacts` with one touch logged (so Undo has a step), the
    /// app drawn until it settles on the Contacts screen with the first contact open.
    fn new(contacts: usize) -> Self {
        let network = generate_network(&GenerateSpec::new(contacts, 1), today()).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let mut session = Session::create_with(dir.path(), network, "bench").unwrap();
        let someone = session.network().contacts().next().unwrap().id;
        let mut entry = LogEntry::new(vec![someone], today(), Channel::Call);
        entry.note = "caught up on the phone".to_owned();
        let action = entry.to_action(session.network(), today()).unwrap();
        session.apply(action).unwrap();
        session.save(now()).unwrap();
        let mut window = Self {
            ctx: egui::Context::default(),
            // `DUNBAR_LANG=da cargo bench --bench frames` measures the window in Danish.
            app: DunbarApp::new(session, today()).with_language(
                std::env::var("DUNBAR_LANG")
                    .ok()
                    .and_then(|code| dunbar::i18n::Language::from_locale(&code))
                    .unwrap_or_default(),
            ),
            time: 10.0,
            _dir: dir,
        };
        window.settle();
        // Arrow down opens the first row's contact page.
        window.frame(vec![key(Modifiers::NONE, Key::ArrowDown)]);
        window.settle();
        window
    }

    /// Draws one frame with `events` and tessellates it; returns the primitives' count.
    fn frame(&mut self, events: Vec<Event>) -> usize {
        self.frame_output(events).0
    }

    /// How long a frame with no input asks egui to wait before the next one, after the
    /// clock ran on for a while (animations end); an idle window asks for nothing before
    /// midnight (DESIGN §8, "frames drawn while idle: 0 per second").
    fn idle_repaint_delay(&mut self) -> Duration {
        for _ in 0..5 {
            self.time += 1.0;
            self.frame(Vec::new());
        }
        self.frame_output(Vec::new()).1
    }

    /// One frame: the primitives' count and how long egui was asked to wait before the
    /// next frame.
    fn frame_output(&mut self, events: Vec<Event>) -> (usize, Duration) {
        let input = RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, WINDOW)),
            time: Some(self.time),
            focused: true,
            events,
            ..RawInput::default()
        };
        let app = &mut self.app;
        let output = self.ctx.run_ui(input, |ui| {
            app.logic_pass(ui.ctx());
            app.draw(ui);
        });
        let repaint = output
            .viewport_output
            .get(&egui::ViewportId::ROOT)
            .map_or(Duration::ZERO, |viewport| viewport.repaint_delay);
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        (primitives.len(), repaint)
    }

    /// A few frames with no input, so fonts, layouts and caches are warm.
    fn settle(&mut self) {
        for _ in 0..4 {
            self.frame(Vec::new());
        }
    }

    /// Shows a screen through its shortcut.
    fn show(&mut self, command: UiCommand, screen: Screen) {
        let shortcut = command.shortcut().unwrap();
        self.frame(vec![key(shortcut.modifiers, shortcut.logical_key)]);
        self.settle();
        assert_eq!(self.app.screen(), screen);
    }

    /// Times `frames` consecutive frames, each with the events `input` gives for it (from
    /// the app and the frame's number), `iters` times; returns the time of the frame at
    /// `timed` only.
    fn time_frame(
        &mut self,
        iters: u64,
        timed: usize,
        mut input: impl FnMut(&DunbarApp, usize) -> Vec<Event>,
        frames: usize,
    ) -> Duration {
        let mut total = Duration::ZERO;
        for _ in 0..iters {
            for n in 0..frames {
                let events = input(&self.app, n);
                let start = Instant::now();
                black_box(self.frame(events));
                if n == timed {
                    total += start.elapsed();
                }
            }
        }
        total
    }
}

fn key(modifiers: Modifiers, key: Key) -> Event {
    Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers,
    }
}

/// Every screen, before any change (a change asks for a frame when its save is due, and
/// the benchmark's clock stands still), draws nothing more once its clock ran on.
fn check_idle(window: &mut Window, name: &str) {
    for (screen_name, command, screen) in SCREENS {
        window.show(*command, *screen);
        let delay = window.idle_repaint_delay();
        // The one wake-up an idle window asks for is at the next midnight (the new day's
        // due list); the benchmark's clock stands at the start of a day.
        assert!(
            delay >= Duration::from_hours(12),
            "{screen_name} keeps drawing while idle ({delay:?})"
        );
        println!("idle/{name}/{screen_name}: no frame requested while idle");
    }
}

fn bench_network(c: &mut Criterion, name: &str, contacts: usize) {
    let mut window = Window::new(contacts);
    let mut group = c.benchmark_group(format!("frame/{name}"));
    group.sample_size(20);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));

    // A change: undo and redo the logged touch in turn. The key's frame makes the change
    // at its end; the frame after it shows the change (caches brought up to date).
    let undo = UiCommand::Undo.shortcut().unwrap();
    let redo = UiCommand::Redo.shortcut().unwrap();
    let change = move |app: &DunbarApp, n: usize| {
        let shortcut = if app.session().history().can_undo() {
            undo
        } else {
            redo
        };
        if n == 0 {
            vec![key(shortcut.modifiers, shortcut.logical_key)]
        } else {
            Vec::new()
        }
    };
    check_idle(&mut window, name);
    for (screen_name, command, screen) in SCREENS {
        window.show(*command, *screen);
        group.bench_function(format!("{screen_name}: steady"), |b| {
            b.iter(|| black_box(window.frame(Vec::new())));
        });
        assert!(window.app.session().history().can_undo());
        group.bench_function(format!("{screen_name}: the frame after a change"), |b| {
            b.iter_custom(|iters| window.time_frame(iters, 1, change, 2));
        });
        // Leave the touch logged, as it was.
        if window.app.session().history().can_redo() {
            let events = change(&window.app, 0);
            window.frame(events);
            window.settle();
        }
    }
    window.show(UiCommand::Show(Screen::Contacts), Screen::Contacts);
    group.bench_function("contacts: the frame taking the undo/redo key", |b| {
        b.iter_custom(|iters| window.time_frame(iters, 0, change, 2));
    });

    // Typing in the search box: focus it, type "soren" one letter a frame, then delete it
    // one letter a frame; every frame has a keystroke and is timed.
    let find = UiCommand::FocusSearch.shortcut().unwrap();
    window.frame(vec![key(find.modifiers, find.logical_key)]);
    window.settle();
    let mut keystrokes = 0_usize;
    let mut typing = |_app: &DunbarApp, _n: usize| {
        let at = keystrokes % 10;
        keystrokes += 1;
        match "soren".get(at..=at) {
            Some(letter) => vec![Event::Text(letter.to_owned())],
            None => vec![key(Modifiers::NONE, Key::Backspace)],
        }
    };
    assert!(
        window
            .ctx
            .memory(|m| m.has_focus(ContactsScreen::search_id()))
    );
    group.bench_function("contacts: a keystroke in the search box", |b| {
        b.iter_custom(|iters| window.time_frame(iters, 0, &mut typing, 1));
    });
    group.finish();

    bench_search(c, name, window.app.session());
}

/// The search alone, as the search box runs it (no drawing): the same keystrokes.
fn bench_search(c: &mut Criterion, name: &str, session: &Session) {
    let mut group = c.benchmark_group(format!("search/{name}"));
    let mut screen = ContactsScreen::default();
    screen.refresh(session, today());
    let mut keystrokes = 0_usize;
    group.bench_function("a keystroke (typing and deleting \"soren\")", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let at = keystrokes % 10;
                keystrokes += 1;
                let start = Instant::now();
                match "soren".get(at..=at) {
                    Some(letter) => screen.query.push_str(letter),
                    None => {
                        screen.query.pop();
                    }
                }
                screen.refresh(session, today());
                total += start.elapsed();
            }
            total
        });
    });
    group.bench_function("the first letter (\"s\": every name searched)", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                // Another name first, so nothing remembered from "s" can be reused.
                screen.query = "zq".to_owned();
                screen.refresh(session, today());
                screen.query = "s".to_owned();
                let start = Instant::now();
                screen.refresh(session, today());
                total += start.elapsed();
            }
            total
        });
    });
    group.finish();
}

fn typical(c: &mut Criterion) {
    bench_network(c, "typical", 1_500);
}

fn heavy(c: &mut Criterion) {
    bench_network(c, "heavy", 30_000);
}

criterion_group!(benches, typical, heavy);
criterion_main!(benches);

//! The egui front end. Panels read the network and push requests into a per-frame queue;
//! the app shell hands them to the session after drawing.

mod app;
mod command;
mod dialogs;
mod screens;
mod startup_app;
mod startup_choice;
mod startup_problem;
pub mod theme;
mod widgets;

pub use app::*;
pub use command::*;
pub use dialogs::*;
pub use screens::*;
pub use startup_app::{Now, OpenApp, StartupApp};
pub use startup_problem::StartupProblem;
pub use widgets::*;

use crate::session::Clock;

/// How often the window looks for another device's change to the data file.
const DISK_WATCH_INTERVAL: std::time::Duration = std::time::Duration::from_secs(2);

/// The window icon: concentric rings, Dunbar's circles.
const ICON_PNG: &[u8] = include_bytes!("../../assets/icon.png");

/// Opens the window on a session and runs until it closes. The clock comes from the
/// caller so the UI never reads the time itself; `demo` marks the generated demo network;
/// `screen` is the screen to open on (else the one the last window showed).
pub fn run_window(
    session: crate::session::Session,
    clock: Clock,
    demo: bool,
    languages: WindowLanguage,
    screen: Option<Screen>,
) -> anyhow::Result<()> {
    run_app(move |storage| {
        let app = DunbarApp::new(session, clock.today())
            .with_clock(clock)
            .with_languages(languages)
            .with_disk_watch_interval(DISK_WATCH_INTERVAL)
            .with_storage(storage)
            .with_start_screen(screen);
        let app = match device_reminders() {
            // The demo's temporary network gets no schedule.
            Some((folder, schedule)) if !demo => app.with_reminders(folder, schedule),
            _ => app,
        };
        Box::new(if demo { app.as_demo() } else { app })
    })
}

/// Opens the startup screen for a data folder that could not be opened as usual (damaged
/// file, another Dunbar holds the lock); it becomes the main window once resolved.
pub fn run_startup_window(
    dir: std::path::PathBuf,
    cache_root: Option<std::path::PathBuf>,
    device: (Option<crate::storage::Device>, Option<std::path::PathBuf>),
    problem: StartupProblem,
    clock: Clock,
    languages: WindowLanguage,
) -> anyhow::Result<()> {
    let app_clock = clock.clone();
    let open_app: OpenApp = Box::new(move |session| {
        let app = DunbarApp::new(session, app_clock.today())
            .with_clock(app_clock.clone())
            .with_languages(languages)
            .with_disk_watch_interval(DISK_WATCH_INTERVAL);
        Box::new(match device_reminders() {
            Some((folder, schedule)) => app.with_reminders(folder, schedule),
            None => app,
        })
    });
    let now: Now = Box::new(move || clock.now());
    run_app(move |_| {
        Box::new(
            StartupApp::new(dir, problem, open_app, now)
                .with_cache_root(cache_root)
                .with_device(device.0, device.1),
        )
    })
}

/// This device's reminder folder (`DUNBAR_STATE_DIR`, else the platform's state folder)
/// and scheduler, for Settings › Reminders.
fn device_reminders() -> Option<(crate::remind::RemindFolder, crate::remind::Schedule)> {
    let given = std::env::var_os("DUNBAR_STATE_DIR").map(std::path::PathBuf::from);
    Some((
        crate::remind::RemindFolder::resolve(given)?,
        crate::remind::Schedule::for_this_platform(None)?,
    ))
}

fn run_app(
    make: impl FnOnce(Option<&dyn eframe::Storage>) -> Box<dyn eframe::App> + 'static,
) -> anyhow::Result<()> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Dunbar")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([1024.0, 640.0]);
    match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        // A missing icon is cosmetic: say so and open the window anyway.
        Err(error) => eprintln!("dunbar: warning: the window icon could not be read: {error}"),
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native("Dunbar", options, Box::new(move |cc| Ok(make(cc.storage))))
        .map_err(|e| anyhow::anyhow!(crate::tr!("window-could-not-open", error = e.to_string())))
}

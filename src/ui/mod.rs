//! The egui front end. It only reads state and emits actions.

mod app;
mod startup_app;
mod startup_choice;
mod startup_problem;

pub use app::DunbarApp;
pub use startup_app::{Now, OpenApp, StartupApp};
pub use startup_problem::StartupProblem;

/// Opens the window on a session and runs until it closes.
pub fn run_window(session: crate::session::Session) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Dunbar")
            .with_inner_size([1200.0, 780.0])
            .with_min_inner_size([760.0, 480.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Dunbar",
        options,
        Box::new(|_cc| Ok(Box::new(DunbarApp::new(session)))),
    )
    .map_err(|e| anyhow::anyhow!("the window could not open: {e}"))
}

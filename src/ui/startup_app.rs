use std::path::PathBuf;

use chrono::NaiveDateTime;

use crate::i18n::tr;
use crate::session::{Access, Session, SessionError};
use crate::storage::{DataFolder, StorageError};

use super::StartupProblem;
use super::startup_choice::StartupChoice as Choice;

/// Builds the main window over an opened session.
pub type OpenApp = Box<dyn Fn(Session) -> Box<dyn eframe::App>>;
/// The moment now, for naming backups (the UI never reads the clock itself).
pub type Now = Box<dyn Fn() -> NaiveDateTime>;

/// The window's first screen when the network cannot be opened as usual: it says what
/// happened and what to do, offers the latest good backup (damaged file) or a read-only
/// view (another Dunbar has it open), and then becomes the main window.
pub struct StartupApp {
    dir: PathBuf,
    cache_root: Option<PathBuf>,
    /// This computer, and the folder of its device file.
    device: (Option<crate::storage::Device>, Option<PathBuf>),
    problem: StartupProblem,
    notice: Option<String>,
    open_app: OpenApp,
    now: Now,
    app: Option<Box<dyn eframe::App>>,
}

impl StartupApp {
    /// Classifies an open error into a problem the user can act on.
    pub fn problem_for(dir: &std::path::Path, error: &SessionError) -> StartupProblem {
        let message = error.spoken();
        match error {
            SessionError::Storage(StorageError::Locked { .. }) => {
                StartupProblem::Locked { message }
            }
            SessionError::Storage(
                StorageError::Parse { .. }
                | StorageError::NewerVersion { .. }
                | StorageError::Inconsistent { .. },
            ) => StartupProblem::Damaged {
                message,
                latest_good: DataFolder::new(dir)
                    .latest_good_backup()
                    .map(|(backup, _)| backup),
            },
            _ => StartupProblem::Other { message },
        }
    }

    /// A startup screen for `problem` in data folder `dir`.
    pub fn new(dir: PathBuf, problem: StartupProblem, open_app: OpenApp, now: Now) -> Self {
        Self {
            dir,
            cache_root: None,
            device: (None, None),
            problem,
            notice: None,
            open_app,
            now,
            app: None,
        }
    }

    /// Keeps the open cache of the network it opens in `root` (the platform cache folder).
    #[must_use]
    pub fn with_cache_root(mut self, root: Option<PathBuf>) -> Self {
        self.cache_root = root;
        self
    }

    /// Opens the network as this computer (its id signs stamps and picks new ids).
    #[must_use]
    pub fn with_device(
        mut self,
        device: Option<crate::storage::Device>,
        device_dir: Option<PathBuf>,
    ) -> Self {
        self.device = (device, device_dir);
        self
    }

    /// Whether the main window has taken over.
    pub fn is_resolved(&self) -> bool {
        self.app.is_some()
    }

    fn open(&mut self, access: Access) {
        let folder = DataFolder::new(&self.dir)
            .with_cache_root(self.cache_root.clone())
            .with_device(self.device.0.clone(), self.device.1.clone());
        match Session::open(folder, access, crate::storage::WINDOW_HOLDER) {
            Ok(session) => self.app = Some((self.open_app)(session)),
            Err(error) => self.notice = Some(error.spoken()),
        }
    }

    fn restore(&mut self, name: &str) {
        match Session::restore(&self.dir, name, crate::storage::WINDOW_HOLDER, (self.now)()) {
            Ok(_) => self.open(Access::ReadWrite),
            Err(error) => {
                self.notice = Some(tr!("startup-restore-failed", error = error.spoken()));
            }
        }
    }

    fn problem_ui(&mut self, ui: &mut egui::Ui) {
        let mut choice: Option<Choice> = None;
        ui.add_space(24.0);
        ui.heading(tr!("startup-heading"));
        ui.add_space(12.0);
        match &self.problem {
            StartupProblem::Damaged {
                message,
                latest_good,
            } => {
                message_ui(ui, message);
                ui.add_space(8.0);
                ui.label(tr!("startup-nothing-changed"));
                ui.add_space(12.0);
                match latest_good {
                    Some(backup) => {
                        let label = tr!(
                            "startup-restore",
                            taken = backup.taken_at.format("%Y-%m-%d %H:%M").to_string(),
                            name = backup.name.as_str()
                        );
                        if ui.button(label).clicked() {
                            choice = Some(Choice::Restore(backup.name.clone()));
                        }
                        ui.label(tr!("startup-damaged-kept"));
                    }
                    None => {
                        ui.label(tr!("startup-no-backup"));
                    }
                }
            }
            StartupProblem::Locked { message } => {
                message_ui(ui, message);
                ui.add_space(12.0);
                ui.horizontal(|ui| {
                    if ui.button(tr!("startup-read-only")).clicked() {
                        choice = Some(Choice::ReadOnly);
                    }
                    if ui.button(tr!("startup-try-again")).clicked() {
                        choice = Some(Choice::Retry);
                    }
                });
            }
            StartupProblem::Other { message } => {
                message_ui(ui, message);
                ui.add_space(12.0);
                ui.horizontal(|ui| {
                    // A folder that cannot be written (a read-only medium, no permission)
                    // can still be read.
                    if self.dir.join(crate::storage::DATA_FILE).exists()
                        && ui.button(tr!("startup-read-only")).clicked()
                    {
                        choice = Some(Choice::ReadOnly);
                    }
                    if ui.button(tr!("startup-try-again")).clicked() {
                        choice = Some(Choice::Retry);
                    }
                });
            }
        }
        ui.add_space(12.0);
        ui.label(tr!(
            "settings-data-folder",
            path = self.dir.display().to_string()
        ));
        if let Some(notice) = &self.notice {
            ui.add_space(8.0);
            ui.colored_label(ui.visuals().error_fg_color, notice);
        }
        if ui.button(tr!("cmd-quit")).clicked() {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        match choice {
            Some(Choice::Restore(name)) => self.restore(&name),
            Some(Choice::ReadOnly) => self.open(Access::ReadOnly),
            Some(Choice::Retry) => self.open(Access::ReadWrite),
            None => {}
        }
    }
}

impl eframe::App for StartupApp {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        if let Some(app) = &mut self.app {
            app.logic(ctx, frame);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        if let Some(app) = &mut self.app {
            app.ui(ui, frame);
            return;
        }
        egui::CentralPanel::default().show(ui, |ui| {
            // The whole screen scrolls too, for a window smaller than its content.
            egui::ScrollArea::vertical()
                .id_salt("startup screen")
                .show(ui, |ui| {
                    ui.vertical_centered(|ui| {
                        ui.set_max_width(640.0);
                        self.problem_ui(ui);
                    });
                });
        });
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if let Some(app) = &mut self.app {
            app.save(storage);
        }
    }

    fn on_exit(&mut self, gl: Option<&eframe::glow::Context>) {
        if let Some(app) = &mut self.app {
            app.on_exit(gl);
        }
    }
}

/// Tallest the message may grow before it scrolls, in points: a huge message (a damaged
/// file quoting a long token) never pushes the buttons off-screen.
const MESSAGE_MAX_HEIGHT: f32 = 240.0;

/// The problem's message, scrolling when it is long.
fn message_ui(ui: &mut egui::Ui, message: &str) {
    egui::ScrollArea::vertical()
        .id_salt("startup message")
        .max_height(MESSAGE_MAX_HEIGHT)
        .show(ui, |ui| {
            ui.label(message);
        });
}

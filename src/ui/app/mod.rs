//! The window's shell, modelled on rerun's `re_viewer/src/app/`: `DunbarApp` owns the
//! session and the screens; `logic` runs the clock, saves, reloads and background jobs
//! (also while the window is hidden); `layout` draws; `command_handling` is the only place
//! that changes the session; `reporting` turns every error into what happened and what to
//! do.

mod background_saver;
mod bars;
mod command_handling;
mod file_job;
mod file_job_result;
mod file_jobs;
mod layout;
mod logic;
mod reminders;
mod reporting;
mod review_counter;
mod view_state;
mod window_language;

pub use background_saver::{BackgroundSaver, SaveOutcome};
pub use file_job::FileJob;
pub use file_job_result::FileJobResult;
pub use review_counter::ReviewCounter;
pub use view_state::{ThemeChoice, ViewState};
pub use window_language::WindowLanguage;

use std::time::Duration;

use chrono::{NaiveDate, NaiveTime};

use crate::i18n::Language;
use crate::interchange::{ExportFilter, ExportFormat};
use crate::remind::{RemindFolder, Schedule};
use crate::session::{Clock, Session};
use crate::storage::FileWatcher;
use crate::ui::{
    Banner, CirclesScreen, CommandPalette, CommandState, Composer, ContactPage, ContactsScreen,
    ExportDialog, GiftsScreen, GiveFirstPrompt, ImportScreen, InsightsScreen, MeetingBriefWindow,
    PromiseDialog, ReviewScreen, Screen, SettingsScreen, UiQueue,
};

/// The window: a thin shell that draws the screens, collects what they ask for in a queue,
/// and hands it to the session after drawing. It never reads the clock or touches files
/// itself: the clock comes from outside, and files go through the session and the
/// interchange edge on background threads.
pub struct DunbarApp {
    session: Session,
    clock: Clock,
    /// Today by the clock, checked in every `logic` pass (it rolls over at midnight).
    today: NaiveDate,
    /// What survives a restart through eframe's storage (never the network file).
    view: ViewState,
    contacts: ContactsScreen,
    review: ReviewScreen,
    settings: SettingsScreen,
    circles: CirclesScreen,
    gifts: GiftsScreen,
    insights: InsightsScreen,
    import: ImportScreen,
    page: ContactPage,
    /// The outreach composer, while it is open.
    composer: Option<Composer>,
    palette: CommandPalette,
    prompt: Option<GiveFirstPrompt>,
    /// The window writing or editing a promise, while it is open.
    promise: Option<PromiseDialog>,
    /// The meeting brief, while it is open.
    brief: Option<MeetingBriefWindow>,
    export: ExportDialog,
    /// The file dialog, read or write running in the background, if any.
    job: Option<FileJob>,
    /// The thread of the last finished job, until it has ended (it wakes the window last).
    lingering: Option<std::thread::JoinHandle<()>>,
    /// An export waiting for its save dialog.
    pending_export: Option<(ExportFormat, ExportFilter)>,
    banner: Banner,
    saver: BackgroundSaver,
    title: String,
    queue: UiQueue,
    /// Which commands apply, as of the last frame drawn.
    commands: CommandState,
    /// The Review tab's count while another screen shows.
    review_count: ReviewCounter,
    styled: bool,
    /// Wakes the window when `network.ron` changes on disk (a synced folder).
    watcher: Option<FileWatcher>,
    /// Wakes the window when the mirrored contacts folder changes (vdirsyncer brought a
    /// phone's change), with the folder it watches.
    mirror_watcher: Option<(std::path::PathBuf, FileWatcher)>,
    /// How often to look for changes on disk; `None`: not at all (tests that do not need it).
    watch_interval: Option<Duration>,
    /// The window shows the generated demo network.
    demo: bool,
    /// The system's language and the one asked for on the command line.
    languages: WindowLanguage,
    /// Where this device keeps its reminder settings, and its scheduler (Settings ›
    /// Reminders); `None`: no reminders here (no home folder, or a test without them).
    reminders: Option<(RemindFolder, Schedule)>,
    /// Fields two devices changed at once, with the other device's name: the later value
    /// was kept, and each can be swapped for the other in one click (DESIGN §10).
    clashes: Vec<(crate::merge::Clash, String)>,
}

impl DunbarApp {
    /// A window over an open session on `today`, with a manual clock standing at midnight
    /// of `today` (tests move it with [`Self::clock`]); the real window passes the system
    /// clock with [`Self::with_clock`].
    pub fn new(session: Session, today: NaiveDate) -> Self {
        let clock = Clock::manual(today.and_time(NaiveTime::MIN));
        let revision = session.revision();
        Self {
            session,
            today,
            view: ViewState::default(),
            contacts: ContactsScreen::default(),
            review: ReviewScreen::default(),
            settings: SettingsScreen::default(),
            circles: CirclesScreen::default(),
            gifts: GiftsScreen::default(),
            insights: InsightsScreen::default(),
            import: ImportScreen::default(),
            page: ContactPage::new(today),
            composer: None,
            palette: CommandPalette::default(),
            prompt: None,
            promise: None,
            brief: None,
            export: ExportDialog::default(),
            job: None,
            lingering: None,
            pending_export: None,
            banner: Banner::default(),
            saver: BackgroundSaver::new(clock.clone(), revision),
            clock,
            title: String::new(),
            queue: UiQueue::default(),
            commands: CommandState::default(),
            review_count: ReviewCounter::default(),
            styled: false,
            watcher: None,
            mirror_watcher: None,
            watch_interval: None,
            demo: false,
            languages: WindowLanguage::default(),
            reminders: None,
            clashes: Vec::new(),
        }
    }

    /// Uses `clock` for "today", for dating saves and for the save delay.
    #[must_use]
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.today = clock.today();
        self.page = ContactPage::new(self.today);
        self.saver = BackgroundSaver::new(clock.clone(), self.session.revision());
        self.clock = clock;
        self
    }

    /// Looks for changes on disk (another device writing into a synced folder) every
    /// `interval`. The real window does this every two seconds; without it nothing watches.
    #[must_use]
    pub fn with_disk_watch_interval(mut self, interval: Duration) -> Self {
        self.watch_interval = Some(interval);
        self
    }

    /// Starts in `theme`.
    #[must_use]
    pub fn with_theme(mut self, theme: egui::Theme) -> Self {
        self.view.theme = theme.into();
        self
    }

    /// Starts with the system's language and the one asked for on the command line (the
    /// default: English, whatever the machine's locale, as tests want).
    #[must_use]
    pub fn with_languages(mut self, languages: WindowLanguage) -> Self {
        self.languages = languages;
        self
    }

    /// Starts in `language`, as if the user had picked it in Settings.
    #[must_use]
    pub fn with_language(mut self, language: Language) -> Self {
        self.view.language = Some(language);
        self
    }

    /// The language the window speaks: the command line's, else the one picked in
    /// Settings, else the system's.
    pub fn language(&self) -> Language {
        self.languages
            .chosen
            .or(self.view.language)
            .unwrap_or(self.languages.system)
    }

    /// Marks the window as showing the demo network (its title says so).
    #[must_use]
    pub fn as_demo(mut self) -> Self {
        self.demo = true;
        self
    }

    /// Starts with the view state a previous window kept in eframe's storage, if any.
    #[must_use]
    pub fn with_storage(mut self, storage: Option<&dyn eframe::Storage>) -> Self {
        if let Some(view) = storage.and_then(ViewState::load) {
            self.contacts.sort = view.sort;
            self.view = view;
        }
        self
    }

    /// Opens on `screen` when one is given (`--screen review`), whatever the last window
    /// showed.
    #[must_use]
    pub fn with_start_screen(mut self, screen: Option<Screen>) -> Self {
        if let Some(screen) = screen {
            self.view.screen = screen;
        }
        self
    }

    /// Keeps this device's reminder settings in `folder` and schedules them with
    /// `schedule` (Settings › Reminders).
    #[must_use]
    pub fn with_reminders(mut self, folder: RemindFolder, schedule: Schedule) -> Self {
        self.reminders = Some((folder, schedule));
        self
    }

    /// The session (tests look at the network through it).
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The clock the window runs on (tests move a manual one on).
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Today, as the window shows it.
    pub fn today(&self) -> NaiveDate {
        self.today
    }

    /// The Circles screen (tests find dots through its layout).
    pub fn circles(&self) -> &CirclesScreen {
        &self.circles
    }

    /// The banner.
    pub fn banner(&self) -> &Banner {
        &self.banner
    }

    /// The screen showing.
    pub fn screen(&self) -> Screen {
        self.view.screen
    }

    /// The theme in use.
    pub fn theme(&self) -> egui::Theme {
        self.view.theme.into()
    }

    /// The view state that a restart keeps.
    pub fn view_state(&self) -> ViewState {
        ViewState {
            sort: self.contacts.sort,
            ..self.view.clone()
        }
    }

    /// Whether a file to import is being previewed.
    pub fn is_previewing_import(&self) -> bool {
        self.import.is_previewing()
    }

    /// Whether something read for capture is being previewed on the Import screen.
    pub fn is_previewing_capture(&self) -> bool {
        self.import.capture.is_previewing()
    }

    /// Whether a file dialog, an import read or an export write is running.
    pub fn is_busy(&self) -> bool {
        self.job.is_some()
    }

    /// Whether the export window is showing.
    pub fn is_export_open(&self) -> bool {
        self.export.is_open()
    }

    /// The outreach composer, while it is open.
    pub fn composer(&self) -> Option<&Composer> {
        self.composer.as_ref()
    }

    /// The Insights screen (its numbers once it has been shown).
    pub fn insights(&self) -> &InsightsScreen {
        &self.insights
    }

    /// The meeting brief, while it is open.
    pub fn brief_window(&self) -> Option<&MeetingBriefWindow> {
        self.brief.as_ref()
    }

    /// Whether the window writing or editing a promise is open.
    pub fn is_promise_dialog_open(&self) -> bool {
        self.promise.is_some()
    }

    /// Whether the give-first prompt is showing.
    pub fn is_prompt_open(&self) -> bool {
        self.prompt.is_some()
    }

    /// The contact whose page is open, if any.
    pub fn open_contact_id(&self) -> Option<crate::domain::ContactId> {
        self.page.contact_id()
    }

    /// Whether anything runs in the background: a save, a file job, the review count.
    pub fn has_background_work(&self) -> bool {
        self.saver.is_busy()
            || self.job.is_some()
            || self.lingering.as_ref().is_some_and(|t| !t.is_finished())
            || self.review_count.is_running()
    }

    /// Whether the save thread is writing right now.
    pub fn is_saving(&self) -> bool {
        self.saver.is_running()
    }
}

impl eframe::App for DunbarApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        crate::i18n::use_language(self.language());
        self.logic_pass(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        crate::i18n::use_language(self.language());
        self.draw(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.view_state().store(storage);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // The window is gone: stderr is the only place left to say a save failed.
        if let Some(Err(error)) = self.saver.flush(&mut self.session) {
            eprintln!("dunbar: error: the last changes could not be saved: {error}");
        }
    }
}

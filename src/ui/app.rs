use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use chrono::{NaiveDate, NaiveTime};

use crate::actions::{Action, LogEntry, LogError};
use crate::domain::{Circle, ContactId};
use crate::interchange::{self, ExportFilter, ExportFormat, FileError};
use crate::review::ReviewStreak;
use crate::session::{SaveReport, Session, SessionError};
use crate::storage::FileWatcher;

use super::contact_page::trash_action;
use super::{
    BackgroundSaver, Banner, CirclesScreen, CommandMenu, CommandPalette, Composer, ContactPage,
    ContactsScreen, DialogOutcome, ExportDialog, FileJob, FileJobResult, GiftsScreen,
    GiveFirstPrompt, ImportScreen, InsightsScreen, PageTarget, PromptChoice, QuickLog,
    ReviewScreen, Screen, SettingsScreen, TrashScreen, UiCommand, UiQueue, UiRequest,
};
use super::{Clock, SaveOutcome};

/// The window: a thin shell that draws the screens, collects what they ask for in a queue,
/// and hands it to the session after drawing. It never reads the clock or touches files:
/// `today` and the save clock come from outside.
pub struct DunbarApp {
    session: Session,
    today: NaiveDate,
    screen: Screen,
    contacts: ContactsScreen,
    review: ReviewScreen,
    settings: SettingsScreen,
    circles: CirclesScreen,
    gifts: GiftsScreen,
    insights: InsightsScreen,
    /// The outreach composer, while it is open.
    composer: Option<Composer>,
    page: ContactPage,
    palette: CommandPalette,
    prompt: Option<GiveFirstPrompt>,
    import: ImportScreen,
    export: ExportDialog,
    /// The file dialog, read or write running in the background, if any.
    job: Option<FileJob>,
    /// An export waiting for its save dialog.
    pending_export: Option<(ExportFormat, ExportFilter)>,
    banner: Banner,
    saver: BackgroundSaver,
    theme: egui::Theme,
    title: String,
    queue: UiQueue,
    styled: bool,
    /// Wakes the window when `network.ron` changes on disk (a synced folder).
    watcher: Option<FileWatcher>,
    /// How often to look for changes on disk; `None`: not at all (tests that do not need it).
    watch_interval: Option<Duration>,
}

impl DunbarApp {
    /// A window over an open session on `today`. Saves are dated at midnight of `today`
    /// unless a real clock is given with [`Self::with_clock`].
    pub fn new(session: Session, today: NaiveDate) -> Self {
        let midnight = today.and_time(NaiveTime::MIN);
        let clock: Clock = Arc::new(move || midnight);
        let revision = session.revision();
        Self {
            session,
            today,
            screen: Screen::Contacts,
            contacts: ContactsScreen::default(),
            review: ReviewScreen::default(),
            settings: SettingsScreen::default(),
            circles: CirclesScreen::default(),
            gifts: GiftsScreen::default(),
            insights: InsightsScreen::default(),
            composer: None,
            page: ContactPage::new(today),
            palette: CommandPalette::default(),
            prompt: None,
            import: ImportScreen::default(),
            export: ExportDialog::default(),
            job: None,
            pending_export: None,
            banner: Banner::default(),
            saver: BackgroundSaver::new(clock, revision),
            theme: egui::Theme::Light,
            title: String::new(),
            queue: UiQueue::default(),
            styled: false,
            watcher: None,
            watch_interval: None,
        }
    }

    /// Looks for changes on disk (another device writing into a synced folder) every
    /// `interval`. The real window does this every two seconds; without it nothing watches.
    #[must_use]
    pub fn with_disk_watch_interval(mut self, interval: Duration) -> Self {
        self.watch_interval = Some(interval);
        self
    }

    /// Another device changed the data file: reload it when nothing here is unsaved;
    /// otherwise save now, so that both versions are kept (a conflict copy) and the user
    /// is told straight away.
    fn check_disk(&mut self, ctx: &egui::Context) {
        let Some(interval) = self.watch_interval else {
            return;
        };
        let watcher = self.watcher.get_or_insert_with(|| {
            let ctx = ctx.clone();
            let path = self.session.folder().network_path();
            FileWatcher::spawn(path, interval, move || ctx.request_repaint())
        });
        // Our own saves are not someone else's change.
        if let Some(stamp) = self.session.disk_stamp() {
            watcher.acknowledge(stamp.len, stamp.modified);
        }
        if !watcher.take_change() {
            return;
        }
        if self.session.has_unsaved_changes() {
            self.saver.hurry();
            return;
        }
        match self.session.reload_if_changed() {
            Ok(true) => self.banner.notice(
                "The data file was changed on another device; the window now shows that version.",
            ),
            Ok(false) => {}
            Err(error) => self.report_error(&error),
        }
    }

    /// Uses `clock` to date saves and backups.
    #[must_use]
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.saver = BackgroundSaver::new(clock, self.session.revision());
        self
    }

    /// Starts in `theme`.
    #[must_use]
    pub fn with_theme(mut self, theme: egui::Theme) -> Self {
        self.theme = theme;
        self
    }

    /// The session (tests look at the network through it).
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// A new day: the window stays open past midnight, or a test moves the calendar on.
    pub fn set_today(&mut self, today: NaiveDate) {
        self.today = today;
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
        self.screen
    }

    /// The theme in use.
    pub fn theme(&self) -> egui::Theme {
        self.theme
    }

    /// The window title: the data file's name, a dot while there are unsaved changes.
    pub fn window_title(&self) -> String {
        let file = self
            .session
            .folder()
            .network_path()
            .file_name()
            .map_or_else(
                || "network.ron".to_owned(),
                |n| n.to_string_lossy().into_owned(),
            );
        let dot = if self.session.has_unsaved_changes() {
            " \u{2022}"
        } else {
            ""
        };
        format!("{file}{dot} \u{2014} Dunbar")
    }

    /// Whether a file to import is being previewed.
    pub fn is_previewing_import(&self) -> bool {
        self.import.is_previewing()
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

    /// Whether the give-first prompt is showing.
    pub fn is_prompt_open(&self) -> bool {
        self.prompt.is_some()
    }

    /// Shortcuts become commands; a focused text field keeps the keys it needs.
    fn shortcuts(&mut self, ctx: &egui::Context) {
        let typing = ctx.egui_wants_keyboard_input();
        let modal = self.palette.is_open() || self.prompt.is_some();
        for command in UiCommand::ALL {
            if typing && command.yields_to_text_fields() {
                continue;
            }
            // The review's one-letter keys are plain typing everywhere else.
            if command.is_review_key() && self.screen != Screen::Review {
                continue;
            }
            // An open palette or prompt keeps the keys (arrows, Delete) for itself.
            if modal && command != UiCommand::CommandPalette {
                continue;
            }
            if let Some(shortcut) = command.shortcut()
                && ctx.input_mut(|i| i.consume_shortcut(&shortcut))
            {
                self.queue.command(command);
            }
        }
    }

    /// The menus, and on the right of the same row the review streak and its badge (the
    /// toolbar below has no room left for them at the minimum window width).
    fn menu_bar_ui(ui: &mut egui::Ui, streak: ReviewStreak, queue: &mut UiQueue) {
        egui::MenuBar::new().ui(ui, |ui| {
            for menu in CommandMenu::ALL {
                ui.menu_button(menu.label(), |ui| {
                    for command in UiCommand::ALL.into_iter().filter(|c| c.menu() == menu) {
                        let button = egui::Button::new(command.label())
                            .shortcut_text(command.shortcut_text(ui.ctx()));
                        if ui.add(button).clicked() {
                            queue.command(command);
                            ui.close();
                        }
                    }
                });
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ReviewScreen::streak_ui(ui, streak);
            });
        });
    }

    fn toolbar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let (contacts, trashed) = self.contacts.counts();
            for screen in Screen::ALL {
                let count = match screen {
                    Screen::Contacts | Screen::Circles => Some(contacts),
                    Screen::Trash => Some(trashed),
                    Screen::Review => self.review.count(),
                    Screen::Import | Screen::Settings | Screen::Gifts | Screen::Insights => None,
                };
                let text = match count {
                    Some(count) => format!("{} ({count})", screen.label()),
                    None => screen.label().to_owned(),
                };
                if ui.selectable_label(self.screen == screen, text).clicked() {
                    self.screen = screen;
                }
            }
            ui.separator();
            self.contacts.search_ui(ui);
            if ui.button("New contact").clicked() {
                self.queue.command(UiCommand::NewContact);
            }
            ui.separator();
            let history = self.session.history();
            for (command, label, enabled) in [
                (UiCommand::Undo, history.undo_label(), history.can_undo()),
                (UiCommand::Redo, history.redo_label(), history.can_redo()),
            ] {
                let text = match label {
                    Some(label) => format!("{} {label}", command.label()),
                    None => command.label().to_owned(),
                };
                let button = ui
                    .add_enabled(enabled, egui::Button::new(text).truncate())
                    .on_hover_text(command.shortcut_text(ui.ctx()));
                if button.clicked() {
                    self.queue.command(command);
                }
            }
            ui.separator();
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let text = match self.theme {
                    egui::Theme::Light => "Dark theme",
                    egui::Theme::Dark => "Light theme",
                };
                if ui.button(text).clicked() {
                    self.queue.command(UiCommand::ToggleTheme);
                }
            });
        });
    }

    fn status_ui(&self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let state = if self.session.is_read_only() {
                "Read-only: changes cannot be saved"
            } else if self.saver.is_running() {
                "Saving\u{2026}"
            } else if self.session.has_unsaved_changes() {
                "Unsaved changes (saving in a moment)"
            } else {
                "All changes saved"
            };
            ui.label(state);
            if let Some(job) = &self.job {
                ui.separator();
                ui.spinner();
                ui.label(job.what());
            }
            ui.separator();
            ui.label(format!("Today {}", self.today));
            ui.separator();
            ui.label("Ctrl+K: commands and contacts");
        });
    }

    /// Runs one command.
    fn run_command(&mut self, command: UiCommand, ctx: &egui::Context) {
        match command {
            UiCommand::Undo => {
                let result = self.session.undo();
                self.report_history("Undid", result);
            }
            UiCommand::Redo => {
                let result = self.session.redo();
                self.report_history("Redid", result);
            }
            UiCommand::NewContact => {
                self.screen = Screen::Contacts;
                let id = ContactId::new(self.session.network().fresh_id());
                let circle = self.contacts.filter.circle.unwrap_or(Circle::Active);
                self.page.open_new(id, circle, self.today);
                ctx.memory_mut(|m| m.request_focus(ContactPage::name_field_id()));
            }
            // Delete on the Trash screen must not reach the hidden table's selection.
            UiCommand::TrashSelection if self.screen != Screen::Contacts => {}
            UiCommand::TrashSelection => {
                let mut ids = self.contacts.selection.ids();
                if ids.is_empty() {
                    ids.extend(self.page.contact_id());
                }
                if let Some(action) = trash_action(self.session.network(), &ids, self.today) {
                    self.apply(action);
                }
            }
            UiCommand::SelectAll => self.contacts.select_all(),
            UiCommand::NextContact | UiCommand::PreviousContact
                if self.screen == Screen::Review =>
            {
                self.review_command(command);
            }
            UiCommand::NextContact | UiCommand::PreviousContact => {
                let forward = command == UiCommand::NextContact;
                if let Some(id) = self.contacts.neighbour(self.page.contact_id(), forward) {
                    self.open_contact(id);
                }
            }
            UiCommand::FocusSearch => {
                self.screen = Screen::Contacts;
                ctx.memory_mut(|m| m.request_focus(ContactsScreen::search_id()));
            }
            UiCommand::FocusQuickLog => {
                if self.page.contact_id().is_some() {
                    self.screen = Screen::Contacts;
                    ctx.memory_mut(|m| m.request_focus(QuickLog::note_id()));
                }
            }
            UiCommand::CommandPalette => self.palette.toggle(),
            UiCommand::ShowContacts => self.screen = Screen::Contacts,
            UiCommand::ShowTrash => self.screen = Screen::Trash,
            UiCommand::ShowReview => self.screen = Screen::Review,
            UiCommand::ShowSettings => self.screen = Screen::Settings,
            UiCommand::ReviewNext
            | UiCommand::ReviewPrevious
            | UiCommand::ReviewLogTouch
            | UiCommand::ReviewOpenQuickLog
            | UiCommand::ReviewGive
            | UiCommand::ReviewCompose
            | UiCommand::ReviewSnoozeMonth
            | UiCommand::ReviewSnoozeWeek
            | UiCommand::ReviewMoveOut
            | UiCommand::ReviewSkip
            | UiCommand::ReviewReplied
            | UiCommand::ReviewAskNow
            | UiCommand::FinishReview => {
                self.screen = Screen::Review;
                self.review_command(command);
            }
            UiCommand::ShowCircles => self.screen = Screen::Circles,
            UiCommand::ShowGifts => self.screen = Screen::Gifts,
            UiCommand::ShowInsights => self.screen = Screen::Insights,
            UiCommand::ComposeMessage => {
                if let Some(id) = self.page.contact_id() {
                    self.compose(id);
                }
            }
            UiCommand::ToggleTheme => {
                self.theme = match self.theme {
                    egui::Theme::Light => egui::Theme::Dark,
                    egui::Theme::Dark => egui::Theme::Light,
                };
            }
            UiCommand::ShowImport => self.screen = Screen::Import,
            UiCommand::Export => self.export.open(self.contacts.selection.len()),
            UiCommand::SaveNow => self.saver.hurry(),
            UiCommand::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
        }
    }

    /// Runs a review command on the selected item (its requests join this frame's queue).
    fn review_command(&mut self, command: UiCommand) {
        let network = self.session.network();
        self.review
            .refresh(network, self.session.revision(), self.today);
        if let Some(notice) = self
            .review
            .run_command(command, network, self.today, &mut self.queue)
        {
            self.banner.notice(notice);
        }
    }

    fn report_history(&mut self, verb: &str, result: Result<Option<String>, SessionError>) {
        match result {
            Ok(Some(label)) => self.banner.notice(format!("{verb} {label}.")),
            Ok(None) => {}
            Err(error) => self.report_error(&error),
        }
    }

    fn report_error(&mut self, error: &SessionError) {
        let advice = match error {
            SessionError::ReadOnly => {
                "Another Dunbar has this data folder open; close it and reopen this window."
            }
            SessionError::Storage(_) => {
                "Your changes are kept in memory and saving is retried; check the disk \
                 space and permissions of the data folder."
            }
            SessionError::Network(_) | SessionError::Log(_) => {
                "Nothing was changed; correct the entry and try again."
            }
        };
        self.banner.error(error.to_string(), advice);
    }

    /// Applies one change; a failure goes to the banner.
    fn apply(&mut self, action: Action) -> bool {
        let label = action.label();
        // A batch keeps its label in its inverse, so "Undo add Søren" says what the user
        // did rather than what the inverse does ("remove contact").
        let action = match action {
            Action::Batch { .. } => action,
            single => Action::batch(label.clone(), vec![single]),
        };
        match self.session.apply(action) {
            Ok(()) => {
                self.banner
                    .notice(format!("{}. Undo with Ctrl+Z.", capitalise(&label)));
                true
            }
            Err(error) => {
                self.report_error(&error);
                false
            }
        }
    }

    /// Records a log entry, or opens the give-first prompt for an ask that is not ready;
    /// true when it was recorded.
    fn log(&mut self, entry: LogEntry) -> bool {
        let network = self.session.network();
        match entry.to_action(network, self.today) {
            Ok(action) => {
                let logged = self.apply(action);
                if logged {
                    self.page.quick_log = QuickLog::new(self.today);
                }
                logged
            }
            Err(LogError::AskNotReady { name, readiness }) => {
                let contact = entry.contacts.first().copied();
                if let Some(contact) = contact {
                    self.prompt = Some(GiveFirstPrompt::new(
                        network, entry, contact, name, readiness,
                    ));
                }
                false
            }
            Err(error) => {
                self.report_error(&SessionError::Log(error));
                false
            }
        }
    }

    /// Records the composer's message; the composer closes once it is recorded.
    fn log_message(&mut self, entry: LogEntry) {
        if self.log(entry)
            && let Some(composer) = self.composer.take()
        {
            let name = self
                .session
                .network()
                .contact(composer.contact())
                .map(|c| c.display_name.clone())
                .unwrap_or_default();
            self.banner.notice(format!(
                "Logged the message to {name} as sent. Undo with Ctrl+Z."
            ));
        }
    }

    /// Opens the outreach composer for a contact.
    fn compose(&mut self, id: ContactId) {
        self.composer = Composer::open(self.session.network(), id, self.today);
    }

    /// Restores a backup into the open session, dated by the save clock.
    fn restore(&mut self, name: &str) {
        match self.session.restore_here(name, self.saver.now()) {
            Ok(backup) => {
                self.banner.notice(format!(
                    "Restored the backup of {}; the file it replaced is kept as a backup.",
                    backup.taken_at.format("%Y-%m-%d %H:%M:%S")
                ));
                self.settings.forget_backups();
            }
            Err(error) => self.report_error(&error),
        }
    }

    fn open_contact(&mut self, id: ContactId) {
        self.screen = Screen::Contacts;
        self.contacts.reveal(id);
        self.page.open(id, self.today);
    }

    fn handle_request(&mut self, request: UiRequest, ctx: &egui::Context) {
        match request {
            UiRequest::Apply(action) => {
                self.apply(action);
            }
            UiRequest::Log(entry) => {
                self.log(entry);
            }
            UiRequest::LogMessage(entry) => self.log_message(entry),
            UiRequest::Compose(id) => self.compose(id),
            UiRequest::Command(command) => self.run_command(command, ctx),
            UiRequest::OpenContact(id) => self.open_contact(id),
            UiRequest::ChooseImportFile => {
                self.start_job(ctx, "Choosing a file\u{2026}", || {
                    FileJobResult::ImportChosen(DialogOutcome::pick_import_file())
                });
            }
            UiRequest::ReadImportFile(path) => self.read_import_file(ctx, path),
            UiRequest::Import { action, summary } => {
                if self.apply(action) {
                    self.import.clear();
                    self.banner.notice(format!("{summary}. Undo with Ctrl+Z."));
                }
            }
            UiRequest::Export {
                format,
                filter,
                path,
            } => {
                if let Some(path) = path {
                    self.write_export(ctx, format, &filter, path);
                } else {
                    let name = format!("dunbar-contacts.{}", format.extension());
                    self.pending_export = Some((format, filter));
                    self.start_job(ctx, "Choosing where to save\u{2026}", move || {
                        FileJobResult::ExportChosen(DialogOutcome::pick_export_file(&name))
                    });
                }
            }
            UiRequest::RestoreBackup(name) => self.restore(&name),
        }
    }

    fn handle_requests(&mut self, ctx: &egui::Context) {
        let mut requests = self.queue.take();
        if !requests.is_empty() {
            // This frame was drawn before the requests took effect: draw once more.
            ctx.request_repaint();
        }
        // A command may ask for more (a review action logs a touch): run those too.
        while !requests.is_empty() {
            for request in requests {
                self.handle_request(request, ctx);
            }
            requests = self.queue.take();
        }
        // A new contact that was just saved becomes an ordinary page.
        if self.page.target() == Some(PageTarget::New)
            && let Some(id) = self.page.draft_id()
            && self.session.network().contact(id).is_some()
        {
            self.page.saved_new(id);
            self.contacts.reveal(id);
        }
    }

    /// Starts a background job unless one is running (the buttons that start one are
    /// disabled meanwhile, so this only refuses a second dropped file).
    fn start_job(
        &mut self,
        ctx: &egui::Context,
        what: impl Into<String>,
        work: impl FnOnce() -> FileJobResult + Send + 'static,
    ) {
        if let Some(job) = &self.job {
            self.banner.error(
                format!("Still busy: {}", job.what()),
                "Wait until it is done, then try again.",
            );
            return;
        }
        self.job = Some(FileJob::start(ctx, what, work));
    }

    /// Reads and parses the file at `path` in the background, then previews it.
    fn read_import_file(&mut self, ctx: &egui::Context, path: PathBuf) {
        self.screen = Screen::Import;
        let what = format!("Reading {}\u{2026}", path.display());
        self.start_job(ctx, what, move || {
            FileJobResult::Parsed(interchange::read_import_file(&path))
        });
    }

    /// Takes the first dropped file to the Import screen: read from its path, or through
    /// the integration's handle when it has no path.
    fn take_dropped_file(&mut self, ctx: &egui::Context) {
        let Some(file) = ctx.input(|i| i.raw.dropped_files.first().cloned()) else {
            return;
        };
        let path = file.path().to_path_buf();
        if path.is_absolute() {
            self.read_import_file(ctx, path);
            return;
        }
        self.screen = Screen::Import;
        let name = interchange::file_name(&path);
        self.start_job(ctx, format!("Reading {name}\u{2026}"), move || {
            FileJobResult::Parsed(
                file.bytes()
                    .map(|bytes| interchange::parse(&bytes, &name))
                    .map_err(|message| FileError::Read {
                        path,
                        source: std::io::Error::other(message),
                    }),
            )
        });
    }

    /// Makes the export text and writes it to `path` in the background.
    fn write_export(
        &mut self,
        ctx: &egui::Context,
        format: ExportFormat,
        filter: &ExportFilter,
        path: PathBuf,
    ) {
        let network = self.session.network();
        let text = match interchange::export(network, format, filter, self.today) {
            Ok(text) => text,
            Err(error) => {
                self.report_file_error(&FileError::Export(error));
                return;
            }
        };
        let what = if format == ExportFormat::Ron {
            "the whole network".to_owned()
        } else {
            format!("{} contacts", filter.select(network).len())
        };
        let doing = format!("Writing {}\u{2026}", path.display());
        self.start_job(ctx, doing, move || {
            let result = interchange::write_export(&path, &text);
            FileJobResult::Written { path, what, result }
        });
    }

    /// Collects a finished background job.
    fn finish_job(&mut self, ctx: &egui::Context) {
        let Some(result) = self.job.as_ref().and_then(FileJob::poll) else {
            return;
        };
        self.job = None;
        ctx.request_repaint();
        match result {
            FileJobResult::Parsed(Ok(parsed)) => {
                self.screen = Screen::Import;
                self.import.load(parsed);
            }
            FileJobResult::Parsed(Err(error)) => self.report_file_error(&error),
            FileJobResult::ImportChosen(DialogOutcome::Chosen(path)) => {
                self.read_import_file(ctx, path);
            }
            FileJobResult::ImportChosen(DialogOutcome::Unavailable) => self.banner.error(
                "The file chooser could not open (it needs an xdg desktop portal or zenity).",
                "Drop the file on the window, type its path in \u{201c}File path\u{201d}, or run \
                 `dunbar import FILE`.",
            ),
            FileJobResult::ExportChosen(DialogOutcome::Chosen(path)) => {
                self.export.set_path(&path);
                if let Some((format, filter)) = self.pending_export.take() {
                    self.write_export(ctx, format, &filter, path);
                }
            }
            FileJobResult::ExportChosen(DialogOutcome::Unavailable) => self.banner.error(
                "The save dialog could not open (it needs an xdg desktop portal or zenity).",
                "Type a path in \u{201c}Save to\u{201d} instead, or run `dunbar export`.",
            ),
            FileJobResult::ImportChosen(DialogOutcome::Cancelled)
            | FileJobResult::ExportChosen(DialogOutcome::Cancelled) => {
                self.pending_export = None;
            }
            FileJobResult::Written { path, what, result } => match result {
                Ok(()) => {
                    self.export.close();
                    self.banner
                        .notice(format!("Exported {what} to {}.", path.display()));
                }
                Err(error) => self.report_file_error(&error),
            },
            FileJobResult::Lost => self.banner.error(
                "A background file task stopped unexpectedly.",
                "Nothing was changed; try again.",
            ),
        }
    }

    fn report_file_error(&mut self, error: &FileError) {
        let advice = match error {
            FileError::Read { .. } => "Check that the file exists and can be read.",
            FileError::Export(_) => "Nothing was written; try another format.",
            FileError::Write(_) => {
                "Nothing was written; check the folder exists and has space and permission."
            }
        };
        self.banner
            .error(format!("{}.", capitalise(&error.to_string())), advice);
    }

    /// Draws the screen that shows, below the bars.
    fn screen_ui(&mut self, ui: &mut egui::Ui, revision: u64) {
        let network = self.session.network();
        match self.screen {
            Screen::Contacts => {
                if self.page.target().is_some() {
                    egui::Panel::right("contact-page")
                        .resizable(true)
                        .default_size(460.0)
                        .min_size(340.0)
                        .show(ui, |ui| {
                            self.page
                                .contact_page_ui(ui, network, self.today, &mut self.queue);
                        });
                }
                egui::CentralPanel::default().show(ui, |ui| {
                    self.contacts.contacts_screen_ui(
                        ui,
                        network,
                        self.today,
                        self.page.contact_id(),
                        &mut self.queue,
                    );
                });
            }
            Screen::Trash => {
                egui::CentralPanel::default().show(ui, |ui| {
                    TrashScreen::trash_screen_ui(ui, network, &mut self.queue);
                });
            }
            Screen::Review => {
                self.review.refresh(network, revision, self.today);
                egui::CentralPanel::default().show(ui, |ui| {
                    self.review.review_screen_ui(ui, network, &mut self.queue);
                });
            }
            Screen::Settings => {
                egui::CentralPanel::default().show(ui, |ui| {
                    self.settings.settings_screen_ui(
                        ui,
                        network,
                        revision,
                        self.session.folder().dir(),
                        self.theme,
                        &mut self.queue,
                    );
                });
            }
            Screen::Circles => {
                self.circles
                    .circles_screen_ui(ui, network, revision, self.today, &mut self.queue);
            }
            Screen::Gifts => {
                self.gifts
                    .gifts_screen_ui(ui, network, revision, self.today, &mut self.queue);
            }
            Screen::Insights => {
                egui::CentralPanel::default().show(ui, |ui| {
                    self.insights.insights_screen_ui(
                        ui,
                        network,
                        revision,
                        self.today,
                        &mut self.queue,
                    );
                });
            }
            Screen::Import => {
                // Planned again only where it shows: a plan against 30,000 contacts takes
                // ~55 ms, which every change made elsewhere during a preview would pay.
                self.import.refresh(network, revision, self.today);
                egui::CentralPanel::default().show(ui, |ui| {
                    let busy = self.job.as_ref().map(FileJob::what);
                    self.import
                        .import_screen_ui(ui, network, busy, &mut self.queue);
                });
            }
        }
    }

    fn report_save(&mut self, outcome: SaveOutcome) {
        match outcome {
            Ok(SaveReport::Conflict { copy }) => self.banner.error(
                "The data file was changed on another device, so it was not overwritten.",
                format!(
                    "The window now shows that version; yours is kept in {}.",
                    copy.display()
                ),
            ),
            Ok(SaveReport::Saved | SaveReport::NothingToSave) => {}
            Err(error) => self.banner.error(
                format!("Saving failed: {error}."),
                "Your changes are kept in memory and saving is retried in a few seconds; \
                 check the disk space and permissions of the data folder.",
            ),
        }
    }
}

/// The `DejaVu` Sans font (free licence, `assets/fonts/DejaVuSans-LICENSE.txt`): egui's built-in font
/// has no glyphs for many names people have (Vietnamese "Ngọc", "Nguyễn", …), which would
/// show as empty boxes. It is added after the built-in fonts, so it is used only for the
/// characters they lack.
const FALLBACK_FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

fn fallback_font(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    let name = "dejavu-sans".to_owned();
    fonts.font_data.insert(
        name.clone(),
        Arc::new(egui::FontData::from_static(FALLBACK_FONT)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts.families.entry(family).or_default().push(name.clone());
    }
    ctx.set_fonts(fonts);
}

/// egui's warning and error colours are too light on a white panel (about 3:1) and its red
/// is borderline on the dark one; these reach at least 4.5:1 (WCAG AA) on both.
fn readable_colours(ctx: &egui::Context) {
    ctx.style_mut_of(egui::Theme::Light, |style| {
        style.visuals.warn_fg_color = egui::Color32::from_rgb(150, 75, 0);
        style.visuals.error_fg_color = egui::Color32::from_rgb(180, 20, 20);
    });
    ctx.style_mut_of(egui::Theme::Dark, |style| {
        style.visuals.error_fg_color = egui::Color32::from_rgb(255, 90, 90);
    });
}

/// While a file is dragged over the window, says what dropping it does.
fn drop_hint_ui(ui: &egui::Ui) {
    if ui.input(|i| i.raw.hovered_files.is_empty()) {
        return;
    }
    let layer = egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("drop-hint"));
    let painter = ui.ctx().layer_painter(layer);
    let rect = ui.ctx().content_rect();
    painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(170));
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        "Drop the file to preview importing it",
        egui::FontId::proportional(24.0),
        egui::Color32::WHITE,
    );
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

impl DunbarApp {
    /// Draws one frame and handles what it asked for: everything `eframe::App::ui` does,
    /// callable on a plain `egui::Context` (the frame benchmarks drive it without a window).
    pub fn draw(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.styled {
            readable_colours(&ctx);
            fallback_font(&ctx);
            self.styled = true;
        }
        if ctx.theme() != self.theme {
            ctx.set_theme(self.theme);
        }
        self.shortcuts(&ctx);
        // The backups list is read once each time Settings opens (the core reads the folder).
        if self.screen != Screen::Settings {
            self.settings.forget_backups();
        } else if self.settings.needs_backups() {
            self.settings.set_backups(self.session.folder().backups());
        }
        self.take_dropped_file(&ctx);
        self.finish_job(&ctx);
        let revision = self.session.revision();
        self.contacts.refresh(&self.session, self.today);

        egui::Panel::top("toolbar").show(ui, |ui| {
            let streak =
                self.review
                    .streak(self.session.network(), self.session.revision(), self.today);
            Self::menu_bar_ui(ui, streak, &mut self.queue);
            self.toolbar_ui(ui);
        });
        if self.banner.message().is_some() {
            egui::Panel::top("banner").show(ui, |ui| self.banner.banner_ui(ui));
        }
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        self.screen_ui(ui, revision);
        let network = self.session.network();
        self.export.export_dialog_ui(
            ui,
            &self.contacts.selection,
            self.job.is_some(),
            &mut self.queue,
        );
        if let Some(composer) = &mut self.composer
            && !composer.composer_ui(ui, network, self.today, &mut self.queue)
        {
            self.composer = None;
        }
        drop_hint_ui(ui);
        let index = self.contacts.search_index(network, revision);
        self.palette
            .command_palette_ui(ui, network, index, &mut self.queue);
        if let Some(prompt) = &self.prompt
            && let Some(choice) = prompt.give_first_prompt_ui(ui)
        {
            self.prompt = None;
            ctx.request_repaint();
            match (choice, &mut self.composer) {
                // The prompt came from the composer's "Log as sent": answer it there.
                (PromptChoice::GiveFirst(item), Some(composer)) => {
                    composer.choose_gift(self.session.network(), item.map(|(id, _)| id));
                }
                (PromptChoice::AskAnyway(entry), Some(_)) => {
                    self.queue.push(UiRequest::LogMessage(entry));
                }
                (PromptChoice::GiveFirst(item), None) => {
                    self.page.quick_log.switch_to_gift(item);
                    ctx.memory_mut(|m| m.request_focus(QuickLog::note_id()));
                }
                (PromptChoice::AskAnyway(entry), None) => self.queue.log(entry),
                (PromptChoice::Cancel, _) => {}
            }
        }

        self.handle_requests(&ctx);
        let time = ctx.input(|i| i.time);
        self.check_disk(&ctx);
        if let Some(outcome) = self.saver.tick(&mut self.session, &ctx, time) {
            self.report_save(outcome);
        }
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

impl eframe::App for DunbarApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.draw(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // The window is gone: stderr is the only place left to say a save failed.
        if let Some(Err(error)) = self.saver.flush(&mut self.session) {
            eprintln!("dunbar: error: the last changes could not be saved: {error}");
        }
    }
}

//! The only place that changes the session: commands, the screens' requests, undo and
//! redo, and the give-first detour.

use crate::actions::{Action, GiveFirstOutcome, LogEntry, LogError, give_first};
use crate::domain::{Circle, ContactId};
use crate::i18n::tr;
use crate::session::SessionError;
use crate::ui::{
    Composer, ContactPage, ContactsScreen, DialogOutcome, FileJobResult, GiveFirstPrompt,
    MeetingBriefWindow, PageTarget, PromiseDialog, PromptChoice, QuickLog, Screen, UiCommand,
    UiRequest, trash_action,
};

use super::DunbarApp;
use super::reporting::capitalise;

impl DunbarApp {
    /// Runs one command. Commands that do not apply now were filtered out before they got
    /// here (menus grey them out, shortcuts and the palette skip them); the checks below
    /// keep a stray request from acting on the wrong thing all the same.
    fn run_command(&mut self, command: UiCommand, ctx: &egui::Context) {
        if !command.is_enabled(&self.commands) {
            return;
        }
        match command {
            UiCommand::Undo => {
                let result = self.session.undo();
                self.report_history(&tr!("report-undid"), result);
            }
            UiCommand::Redo => {
                let result = self.session.redo();
                self.report_history(&tr!("report-redid"), result);
            }
            UiCommand::NewContact => {
                self.view.screen = Screen::Contacts;
                let id = ContactId::new(self.session.network().fresh_id());
                let circle = self.contacts.filter.circle.unwrap_or(Circle::Active);
                self.page.open_new(id, circle, self.today);
                ctx.memory_mut(|m| m.request_focus(ContactPage::name_field_id()));
            }
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
            UiCommand::NextContact | UiCommand::PreviousContact => {
                let forward = command == UiCommand::NextContact;
                if let Some(id) = self.contacts.neighbour(self.page.contact_id(), forward) {
                    self.open_contact(id);
                }
            }
            UiCommand::FocusSearch => {
                ctx.memory_mut(|m| m.request_focus(ContactsScreen::search_id()));
            }
            UiCommand::FocusQuickLog => {
                self.view.screen = Screen::Contacts;
                self.page.reveal_log();
            }
            UiCommand::CommandPalette => self.palette.toggle(),
            UiCommand::Show(screen) => self.view.screen = screen,
            UiCommand::EditContact => {
                self.view.screen = Screen::Contacts;
                self.page.begin_edit();
            }
            UiCommand::ComposeMessage => {
                if let Some(id) = self.page.contact_id() {
                    self.compose(id);
                }
            }
            UiCommand::PromiseToContact => {
                if let Some(id) = self.page.contact_id() {
                    self.promise = PromiseDialog::new(self.session.network(), id);
                }
            }
            UiCommand::MeetingBrief => {
                if let Some(id) = self.page.contact_id() {
                    self.open_brief(id);
                }
            }
            UiCommand::ToggleTheme => {
                self.view.theme = match self.view.theme {
                    super::ThemeChoice::Light => super::ThemeChoice::Dark,
                    super::ThemeChoice::Dark => super::ThemeChoice::Light,
                };
            }
            UiCommand::ImportFile => {
                self.view.screen = Screen::Import;
                self.import.focus_path();
            }
            UiCommand::Export => self.export.open(self.contacts.selection.len()),
            UiCommand::SaveNow => self.saver.hurry(),
            UiCommand::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            // The review's keys, on the Review screen only (their scope says so).
            _ => self.review_command(command),
        }
    }

    /// Runs a review command on the selected item (its requests join this frame's queue);
    /// what it did shows in the banner.
    fn review_command(&mut self, command: UiCommand) {
        let network = self.session.network();
        self.review
            .refresh(network, self.session.revision(), self.today);
        if let Some(notice) = self
            .review
            .run_command(command, network, self.today, &mut self.queue)
        {
            // After the change it may follow, so its own "Done" line does not hide it.
            self.queue.push(UiRequest::Notice(notice));
        }
    }

    /// Applies one change; a failure goes to the banner. True when it was applied.
    pub(super) fn apply(&mut self, action: Action) -> bool {
        let label = action.label();
        // A batch keeps its label in its inverse, so "Undo add Søren" says what the user
        // did rather than what the inverse does ("remove contact").
        let action = match action {
            Action::Batch { .. } => action,
            single => Action::batch(label.clone(), vec![single]),
        };
        match self.session.apply(action) {
            Ok(()) => {
                self.banner.notice(tr!(
                    "report-done",
                    label = capitalise(&label),
                    undo = Self::undo_hint()
                ));
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
                if logged && self.composer.is_none() {
                    self.page.quick_log = QuickLog::new(self.today);
                }
                logged
            }
            Err(LogError::AskNotReady { name, readiness }) => {
                if let Some(contact) = entry.contacts.first().copied() {
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

    /// The give-first prompt was answered.
    pub(super) fn prompt_chosen(&mut self, choice: PromptChoice, ctx: &egui::Context) {
        match (choice, &mut self.composer) {
            // The prompt came from the composer's "Log as sent": answer it there.
            (PromptChoice::GiveFirst { item, .. }, Some(composer)) => {
                composer.choose_gift(self.session.network(), item);
            }
            (PromptChoice::AskAnyway(entry), Some(_)) => {
                self.queue.push(UiRequest::LogMessage(entry));
            }
            (PromptChoice::GiveFirst { entry, item, kind }, None) => {
                self.give_first(&entry, item, kind);
            }
            (PromptChoice::AskAnyway(entry), None) => {
                self.log(entry);
            }
            (PromptChoice::Cancel, _) => {
                // The entry stays in the log bar, as typed.
                ctx.memory_mut(|m| m.request_focus(QuickLog::note_id()));
            }
        }
    }

    /// Logs the stopped entry with a gift first: the ask too when that makes it ready,
    /// else the ask is planned. One undo step either way.
    fn give_first(
        &mut self,
        entry: &LogEntry,
        item: Option<crate::domain::LibraryItemId>,
        kind: crate::domain::GiftKind,
    ) {
        let network = self.session.network();
        match give_first(entry, item, kind, network, self.today) {
            Ok((action, outcome)) => {
                if self.apply(action) {
                    self.page.quick_log = QuickLog::new(self.today);
                    let what = match outcome {
                        GiveFirstOutcome::Asked => tr!("report-gift-then-ask"),
                        GiveFirstOutcome::Planned => tr!("report-gift-ask-planned"),
                        GiveFirstOutcome::Given => tr!("report-gift"),
                    };
                    self.banner.notice(format!("{what} {}", Self::undo_hint()));
                }
            }
            Err(error) => self.report_error(&SessionError::Log(error)),
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
            self.banner.notice(tr!(
                "report-message-logged",
                name = name,
                undo = Self::undo_hint()
            ));
        }
    }

    /// Opens the meeting brief of a contact.
    fn open_brief(&mut self, id: ContactId) {
        self.brief = MeetingBriefWindow::open(
            self.session.network(),
            id,
            self.session.revision(),
            self.today,
        );
    }

    /// Opens the outreach composer for a contact.
    fn compose(&mut self, id: ContactId) {
        self.composer = Composer::open(self.session.network(), id, self.today);
    }

    /// Restores a backup into the open session, dated by the clock.
    fn restore(&mut self, name: &str) {
        match self.session.restore_here(name, self.clock.now()) {
            Ok(backup) => {
                self.banner.notice(tr!(
                    "report-restored",
                    taken = backup.taken_at.format("%Y-%m-%d %H:%M:%S").to_string()
                ));
                self.settings.forget_backups();
            }
            Err(error) => self.report_error(&error),
        }
    }

    fn open_contact(&mut self, id: ContactId) {
        self.view.screen = Screen::Contacts;
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
            UiRequest::Promise(id) => self.promise = PromiseDialog::new(self.session.network(), id),
            UiRequest::EditPromise(id) => {
                self.promise = PromiseDialog::edit(self.session.network(), id);
            }
            UiRequest::Brief(id) => self.open_brief(id),
            UiRequest::Command(command) => self.run_command(command, ctx),
            UiRequest::OpenContact(id) => self.open_contact(id),
            UiRequest::ChooseImportFile => {
                let language = crate::i18n::language();
                self.start_job(ctx, tr!("job-choosing-file"), move || {
                    FileJobResult::ImportChosen(DialogOutcome::pick_import_file(language))
                });
            }
            UiRequest::ReadImportFile(path) => self.read_import_file(ctx, path),
            UiRequest::ReadMail(path, progress) => self.read_mail(ctx, path, progress),
            UiRequest::Import { action, summary } => {
                if self.apply(action) {
                    self.import.clear();
                    self.banner.notice(tr!(
                        "report-done",
                        label = capitalise(&summary),
                        undo = Self::undo_hint()
                    ));
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
                    let language = crate::i18n::language();
                    self.pending_export = Some((format, filter));
                    self.start_job(ctx, tr!("job-choosing-save"), move || {
                        FileJobResult::ExportChosen(DialogOutcome::pick_export_file(
                            &name, language,
                        ))
                    });
                }
            }
            UiRequest::RestoreBackup(name) => self.restore(&name),
            UiRequest::SaveReminders(settings) => self.save_reminders(&settings),
            UiRequest::ScheduleReminders(on) => self.schedule_reminders(on),
            UiRequest::Notice(text) => self.banner.notice(text),
            UiRequest::OpenDemo => self.open_demo(),
            UiRequest::SetMirrorFolder(folder) => {
                self.view.mirror_folder = folder;
                self.mirror_round();
            }
            UiRequest::SetLanguage(language) => {
                // The user's pick wins over `--lang` from now on, and is remembered.
                self.view.language = language;
                self.languages.chosen = None;
                crate::i18n::use_language(self.language());
            }
        }
    }

    /// Hands this frame's requests to the session, after drawing.
    pub(super) fn handle_requests(&mut self, ctx: &egui::Context) {
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
            self.commands = self.command_state();
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
        // A trashed contact's page closes (DESIGN §3a rule 9).
        if let Some(id) = self.page.contact_id()
            && self
                .session
                .network()
                .contact(id)
                .is_none_or(crate::domain::Contact::is_trashed)
        {
            self.page.close();
        }
    }
}

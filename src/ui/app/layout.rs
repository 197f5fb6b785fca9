//! Drawing: the bars, the banner, one match over the screens, the dialogs.

use crate::i18n::tr;
use crate::ui::theme;
use crate::ui::{CommandState, PageTarget, Screen, ScreenCtx, StartPage, TrashScreen, UiCommand};

use super::DunbarApp;

impl DunbarApp {
    /// Draws one frame and handles what it asked for: everything `eframe::App::ui` does,
    /// callable on a plain `egui::Context` (the frame benchmarks drive it without a window).
    pub fn draw(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.styled {
            theme::install(&ctx);
            self.styled = true;
        }
        if ctx.theme() != self.theme() {
            ctx.set_theme(self.theme());
        }
        self.commands = self.command_state();
        self.shortcuts(&ctx);
        self.prepare_screen();
        let revision = self.session.revision();
        self.contacts.refresh(&self.session, self.today);

        egui::Panel::top("toolbar").show(ui, |ui| {
            self.menu_bar_ui(ui);
            self.toolbar_ui(ui);
        });
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        let screen_area = ui.available_rect_before_wrap();
        self.screen_ui(ui, revision);
        self.banner.banner_ui(&ctx, screen_area);
        self.clashes_ui(&ctx);
        self.dialogs_ui(ui, revision);
        theme::drop_hint_ui(ui);
        self.handle_requests(&ctx);
        // What the requests changed shows in the title at once, not at the next pass.
        self.update_title(&ctx);
    }

    /// Fields two devices changed at once: the value kept, the other device's, and one
    /// click to take the other instead (DESIGN §10).
    fn clashes_ui(&mut self, ctx: &egui::Context) {
        if self.clashes.is_empty() {
            return;
        }
        let mut taken: Option<usize> = None;
        let mut dismissed = false;
        egui::Window::new(tr!("merge-clashes-title"))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -40.0))
            .show(ctx, |ui| {
                for (n, (clash, device)) in self.clashes.iter().enumerate() {
                    ui.label(clash.said(device));
                    if ui
                        .button(tr!("merge-take-other", other = clash.other.as_str()))
                        .clicked()
                    {
                        taken = Some(n);
                    }
                    ui.separator();
                }
                if ui.button(tr!("merge-clashes-dismiss")).clicked() {
                    dismissed = true;
                }
            });
        if let Some(n) = taken
            && n < self.clashes.len()
        {
            let (clash, _) = self.clashes.remove(n);
            if let Some(action) = clash.take_other(self.session.network()) {
                self.queue.push(crate::ui::UiRequest::Apply(action));
            }
        }
        if dismissed {
            self.clashes.clear();
        }
    }

    /// What applies now, for menus, buttons, shortcuts and the palette.
    pub(super) fn command_state(&mut self) -> CommandState {
        let network = self.session.network();
        let history = self.session.history();
        CommandState {
            screen: self.view.screen,
            open_contact: self.page.contact_id().is_some(),
            selected: self.contacts.selection.len(),
            can_undo: history.can_undo(),
            can_redo: history.can_redo(),
            review_item: self.review.has_selection(),
            has_contacts: network.contacts().next().is_some(),
        }
    }

    /// Shortcuts become commands when they apply; a focused field keeps its keys, and an
    /// open palette or prompt keeps every key but the palette's own.
    fn shortcuts(&mut self, ctx: &egui::Context) {
        let typing = ctx.egui_wants_keyboard_input();
        let modal = self.palette.is_open()
            || self.prompt.is_some()
            || self.promise.is_some()
            || self.brief.is_some();
        for command in UiCommand::in_matching_order() {
            if typing && !command.works_while_typing() {
                continue;
            }
            if modal && command != UiCommand::CommandPalette {
                continue;
            }
            if !command.is_enabled(&self.commands) {
                continue;
            }
            if let Some(shortcut) = command.shortcut()
                && ctx.input_mut(|i| i.consume_shortcut(&shortcut))
            {
                self.queue.command(command);
            }
        }
    }

    /// Reads what the screen about to show needs from outside the network (the backups
    /// list is read once each time Settings opens).
    fn prepare_screen(&mut self) {
        if self.view.screen == Screen::Settings {
            if self.settings.needs_backups() {
                self.settings.set_backups(self.session.folder().backups());
            }
            if self.settings.needs_reminders() {
                self.read_reminders();
            }
        } else {
            self.settings.forget_backups();
            self.settings.forget_reminders();
        }
        // The review's queue is worked out here only where it shows; elsewhere its tab
        // count comes from the background count of `logic`.
        if self.view.screen == Screen::Review {
            self.review
                .refresh(self.session.network(), self.session.revision(), self.today);
        }
    }

    /// Draws the screen that shows, below the bars.
    fn screen_ui(&mut self, ui: &mut egui::Ui, revision: u64) {
        let busy = self.job.as_ref().map(|j| j.what().to_owned());
        let mut ctx = ScreenCtx {
            network: self.session.network(),
            revision,
            today: self.today,
            queue: &mut self.queue,
            commands: self.commands,
            open_contact: self.page.contact_id(),
            folder: self.session.folder().dir(),
            theme: self.view.theme.into(),
            language: (
                self.languages.chosen.or(self.view.language),
                self.languages.system,
            ),
            busy: busy.as_deref(),
            device: (
                self.session.device().name.as_str(),
                self.view.mirror_folder.as_deref(),
            ),
        };
        if !self.commands.has_contacts
            && matches!(self.view.screen, Screen::Contacts | Screen::Review)
            && self.page.target() != Some(PageTarget::New)
        {
            egui::CentralPanel::default().show(ui, |ui| StartPage::start_page_ui(ui, &mut ctx));
            return;
        }
        match self.view.screen {
            Screen::Contacts => {
                if self.page.target().is_some() {
                    egui::Panel::right("contact-page")
                        .resizable(true)
                        .default_size(460.0)
                        .min_size(340.0)
                        .show(ui, |ui| self.page.contact_page_ui(ui, &mut ctx));
                }
                egui::CentralPanel::default()
                    .show(ui, |ui| self.contacts.contacts_screen_ui(ui, &mut ctx));
            }
            Screen::Trash => {
                egui::CentralPanel::default()
                    .show(ui, |ui| TrashScreen::trash_screen_ui(ui, &mut ctx));
            }
            Screen::Review => {
                egui::CentralPanel::default()
                    .show(ui, |ui| self.review.review_screen_ui(ui, &mut ctx));
            }
            Screen::Settings => {
                egui::CentralPanel::default()
                    .show(ui, |ui| self.settings.settings_screen_ui(ui, &mut ctx));
            }
            Screen::Circles => self.circles.circles_screen_ui(ui, &mut ctx),
            Screen::Gifts => self.gifts.gifts_screen_ui(ui, &mut ctx),
            Screen::Insights => {
                egui::CentralPanel::default()
                    .show(ui, |ui| self.insights.insights_screen_ui(ui, &mut ctx));
            }
            Screen::Import => {
                // Planned again only where it shows: a plan against 30,000 contacts takes
                // ~55 ms, which every change made elsewhere during a preview would pay.
                self.import.refresh(ctx.network, revision, ctx.today);
                egui::CentralPanel::default()
                    .show(ui, |ui| self.import.import_screen_ui(ui, &mut ctx));
            }
        }
    }

    /// The windows over the screens: export, composer, palette, give-first prompt.
    fn dialogs_ui(&mut self, ui: &mut egui::Ui, revision: u64) {
        // Escape closes the topmost window; the palette and the prompt close themselves.
        let modal = self.palette.is_open() || self.prompt.is_some();
        if !modal
            && (self.composer.is_some() || self.export.is_open())
            && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            if self.composer.is_some() {
                self.composer = None;
            } else {
                self.export.close();
            }
        }
        let network = self.session.network();
        self.export.export_dialog_ui(
            ui,
            network,
            &self.contacts.selection,
            self.job.is_some(),
            &mut self.queue,
        );
        if let Some(composer) = &mut self.composer
            && !composer.composer_ui(ui, network, self.today, &mut self.queue)
        {
            self.composer = None;
        }
        if let Some(dialog) = &mut self.promise
            && !dialog.promise_dialog_ui(ui, network, self.today, &mut self.queue)
        {
            self.promise = None;
        }
        if let Some(brief) = &mut self.brief
            && !brief.meeting_brief_ui(ui, network, revision, self.today, &mut self.queue)
        {
            self.brief = None;
        }
        let state = self.commands;
        let index = self.contacts.search_index(network, revision);
        self.palette
            .command_palette_ui(ui, network, index, &state, &mut self.queue);
        if let Some(prompt) = &mut self.prompt
            && let Some(choice) = prompt.give_first_prompt_ui(ui)
        {
            self.prompt = None;
            ui.ctx().request_repaint();
            self.prompt_chosen(choice, ui.ctx());
        }
    }
}

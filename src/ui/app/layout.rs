//! Drawing: the bars, the banner, one match over the screens, the dialogs.

use crate::ui::theme;
use crate::ui::{
    CommandMenu, CommandState, PageTarget, ReviewScreen, Screen, ScreenCtx, StartPage, TrashScreen,
    UiCommand,
};

use super::DunbarApp;

/// Undo and Redo keep one width whatever they would undo (the step is in the tooltip), so
/// the bar never jumps or pushes the theme switch off-screen.
const HISTORY_BUTTON_WIDTH: f32 = 64.0;
/// The search field's width in the top bar.
const SEARCH_WIDTH: f32 = 180.0;

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
        self.screen_ui(ui, revision);
        self.banner.banner_ui(ui);
        self.dialogs_ui(ui, revision);
        theme::drop_hint_ui(ui);
        self.handle_requests(&ctx);
        // What the requests changed shows in the title at once, not at the next pass.
        self.update_title(&ctx);
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
        let modal = self.palette.is_open() || self.prompt.is_some();
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
        if self.view.screen != Screen::Settings {
            self.settings.forget_backups();
        } else if self.settings.needs_backups() {
            self.settings.set_backups(self.session.folder().backups());
        }
        self.review
            .refresh(self.session.network(), self.session.revision(), self.today);
    }

    /// The menus, and on the right of the same row the review streak and its badge.
    fn menu_bar_ui(&mut self, ui: &mut egui::Ui) {
        let state = self.commands;
        let streak =
            self.review
                .streak(self.session.network(), self.session.revision(), self.today);
        let queue = &mut self.queue;
        egui::MenuBar::new().ui(ui, |ui| {
            for menu in CommandMenu::ALL {
                ui.menu_button(menu.label(), |ui| {
                    for command in UiCommand::every().filter(|c| c.menu() == menu) {
                        command.menu_ui(ui, &state, queue);
                    }
                });
            }
            if state.has_contacts {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ReviewScreen::streak_ui(ui, streak);
                });
            }
        });
    }

    /// Tabs, search and New contact on the left; Undo, Redo and the theme on the right.
    /// When the window is too narrow for every tab, the tabs fold into one menu.
    fn toolbar_ui(&mut self, ui: &mut egui::Ui) {
        let state = self.commands;
        let history = self.session.history();
        let undo_tip = history.undo_label().map(|l| format!("Undo {l}"));
        let redo_tip = history.redo_label().map(|l| format!("Redo {l}"));
        let tabs: Vec<(Screen, String)> = Screen::ALL
            .into_iter()
            .map(|screen| (screen, self.tab_label(screen)))
            .collect();
        let current = self.view.screen;
        let contacts = &mut self.contacts;
        let queue = &mut self.queue;
        let theme = self.view.theme;
        let mut right = crate::ui::UiQueue::default();
        egui::Sides::new().shrink_left().show(
            ui,
            |ui| {
                let padding = 2.0 * ui.spacing().button_padding.x + ui.spacing().item_spacing.x;
                let tabs_width: f32 = tabs
                    .iter()
                    .map(|(_, text)| text_width(ui, text) + padding)
                    .sum();
                let rest = SEARCH_WIDTH + 160.0;
                if ui.available_width() >= tabs_width + rest {
                    for (screen, text) in &tabs {
                        if ui.selectable_label(current == *screen, text).clicked() {
                            queue.command(UiCommand::Show(*screen));
                        }
                    }
                } else {
                    let title = tabs
                        .iter()
                        .find(|(s, _)| *s == current)
                        .map_or_else(String::new, |(_, t)| t.clone());
                    ui.menu_button(format!("{title} \u{25be}"), |ui| {
                        for (screen, text) in &tabs {
                            let keys = UiCommand::Show(*screen).shortcut_text(ui.ctx());
                            let button = egui::Button::selectable(current == *screen, text)
                                .shortcut_text(keys);
                            if ui.add(button).clicked() {
                                queue.command(UiCommand::Show(*screen));
                                ui.close();
                            }
                        }
                    });
                }
                ui.separator();
                contacts.search_ui(ui, SEARCH_WIDTH, queue);
                UiCommand::NewContact.button_ui(ui, &state, queue);
            },
            |ui| {
                let text = match theme {
                    super::ThemeChoice::Light => "Dark theme",
                    super::ThemeChoice::Dark => "Light theme",
                };
                UiCommand::ToggleTheme.button_with_label_ui(ui, text, &state, &mut right);
                ui.separator();
                for (command, tip) in [(UiCommand::Redo, &redo_tip), (UiCommand::Undo, &undo_tip)] {
                    history_button_ui(ui, command, tip.as_deref(), &state, &mut right);
                }
            },
        );
        for request in right.take() {
            self.queue.push(request);
        }
    }

    /// "Review (12)": the tab's label with its count, where it has one.
    fn tab_label(&self, screen: Screen) -> String {
        let (contacts, trashed) = self.contacts.counts();
        let count = match screen {
            Screen::Contacts | Screen::Circles => Some(contacts),
            Screen::Trash => Some(trashed),
            Screen::Review => self.review.count(),
            Screen::Import | Screen::Settings | Screen::Gifts | Screen::Insights => None,
        };
        match count {
            Some(count) => format!("{} ({count})", screen.label()),
            None => screen.label().to_owned(),
        }
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
            let today = self.today.format("%A %-d %B %Y").to_string();
            ui.label(format!("Today: {today}"));
            ui.separator();
            let palette = UiCommand::CommandPalette;
            ui.label(format!(
                "{}: commands and contacts",
                palette.shortcut_text(ui.ctx())
            ));
        });
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
            busy: busy.as_deref(),
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

/// Undo or Redo: a fixed width, greyed out when there is nothing to take back, and what
/// it would do in the tooltip.
fn history_button_ui(
    ui: &mut egui::Ui,
    command: UiCommand,
    step: Option<&str>,
    state: &CommandState,
    queue: &mut crate::ui::UiQueue,
) {
    let keys = command.shortcut_text(ui.ctx());
    let tip = match step {
        Some(step) => format!("{step} ({keys})"),
        None => format!("Nothing to {} ({keys})", command.label().to_lowercase()),
    };
    let button = egui::Button::new(command.label()).min_size(egui::vec2(HISTORY_BUTTON_WIDTH, 0.0));
    let response = ui
        .add_enabled(command.is_enabled(state), button)
        .on_hover_text(&tip)
        .on_disabled_hover_text(&tip);
    if response.clicked() {
        queue.command(command);
    }
}

/// The width `text` takes as a button label.
fn text_width(ui: &egui::Ui, text: &str) -> f32 {
    egui::WidgetText::from(text)
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Button,
        )
        .size()
        .x
}

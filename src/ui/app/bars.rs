//! The bars around the screens: the menus, the top bar (tabs, search, New contact,
//! Undo/Redo, theme) and the status line.

use crate::ui::{CommandMenu, CommandState, ReviewScreen, Screen, UiCommand};

use super::DunbarApp;
use crate::tr;

/// Undo and Redo keep one width whatever they would undo (the step is in the tooltip), so
/// the bar never jumps or pushes the theme switch off-screen.
const HISTORY_BUTTON_WIDTH: f32 = 64.0;
/// The search field's width in the top bar.
const SEARCH_WIDTH: f32 = 180.0;

impl DunbarApp {
    /// The menus, and on the right of the same row the review streak and its badge.
    pub(super) fn menu_bar_ui(&mut self, ui: &mut egui::Ui) {
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
    pub(super) fn toolbar_ui(&mut self, ui: &mut egui::Ui) {
        let state = self.commands;
        let history = self.session.history();
        let undo_tip = history.undo_label().map(|l| tr!("undo-step", step = l));
        let redo_tip = history.redo_label().map(|l| tr!("redo-step", step = l));
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
                    super::ThemeChoice::Light => tr!("theme-dark-button"),
                    super::ThemeChoice::Dark => tr!("theme-light-button"),
                };
                UiCommand::ToggleTheme.button_with_label_ui(ui, &text, &state, &mut right);
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
            Screen::Review if self.view.screen == Screen::Review => self.review.count(),
            Screen::Review => self.review_count.count(),
            Screen::Import | Screen::Settings | Screen::Gifts | Screen::Insights => None,
        };
        match count {
            Some(count) => format!("{} ({count})", screen.label()),
            None => screen.label(),
        }
    }

    pub(super) fn status_ui(&self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let state = if self.session.is_read_only() {
                tr!("status-read-only")
            } else if self.saver.is_running() {
                tr!("status-saving")
            } else if self.session.has_unsaved_changes() {
                tr!("status-unsaved")
            } else {
                tr!("status-saved")
            };
            ui.label(state);
            if let Some(job) = &self.job {
                ui.separator();
                ui.spinner();
                ui.label(job.what());
            }
            ui.separator();
            ui.label(tr!("status-today", date = today_text(self.today)));
            ui.separator();
            let palette = UiCommand::CommandPalette;
            ui.label(tr!(
                "status-palette",
                keys = palette.shortcut_text(ui.ctx())
            ));
        });
    }
}

/// "Monday 16 November 2026" in the window's language (the status line's "Today").
fn today_text(today: chrono::NaiveDate) -> String {
    let date = crate::i18n::spoken_date::spoken_date(today);
    let weekday = crate::i18n::spoken_date::weekday_name(today);
    tr!("status-today-date", weekday = weekday, date = date)
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
    let tip = if let Some(step) = step {
        format!("{step} ({keys})")
    } else {
        tr!(
            "history-nothing",
            command = command.label().to_lowercase(),
            keys = keys.as_str()
        )
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

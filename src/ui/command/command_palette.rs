use crate::domain::Network;
use crate::domain::fold::fold;

use crate::tr;
use crate::ui::{CommandState, PaletteItem, SearchIndex, UiCommand, UiQueue};

/// Ctrl+K: type to find any command or jump to any contact; arrows move, Enter runs.
#[derive(Clone, Debug, Default)]
pub struct CommandPalette {
    open: bool,
    query: String,
    highlighted: usize,
    /// Commands run from the palette, most recent first.
    recent: Vec<UiCommand>,
}

/// How many recent commands the palette remembers.
const RECENT_LIMIT: usize = 5;

/// How many contacts the palette lists at most.
const CONTACT_LIMIT: usize = 8;

impl CommandPalette {
    /// Opens (or closes) the palette.
    pub fn toggle(&mut self) {
        self.open = !self.open;
        self.query.clear();
        self.highlighted = 0;
    }

    /// Whether it is showing.
    pub fn is_open(&self) -> bool {
        self.open
    }

    fn field_id() -> egui::Id {
        egui::Id::unique("command-palette-query")
    }

    /// What matches the query, only what applies now: the best matching commands first
    /// (a label starting with the query, then one containing it), recently used ones
    /// before the rest, then contacts by name, best match first.
    fn items(
        &self,
        network: &Network,
        index: &mut SearchIndex,
        state: &CommandState,
    ) -> Vec<PaletteItem> {
        let wanted = fold(self.query.trim());
        let mut commands: Vec<(u8, usize, UiCommand)> = UiCommand::every()
            .filter(|c| *c != UiCommand::CommandPalette && c.is_enabled(state))
            .filter_map(|c| {
                let label = fold(&c.label());
                let rank = if wanted.is_empty() {
                    1
                } else if label.starts_with(&wanted)
                    || label.split_whitespace().any(|w| w.starts_with(&wanted))
                {
                    0
                } else if label.contains(&wanted) {
                    1
                } else {
                    return None;
                };
                let recent = self
                    .recent
                    .iter()
                    .position(|r| *r == c)
                    .unwrap_or(usize::MAX);
                Some((rank, recent, c))
            })
            .collect();
        commands.sort_by_key(|(rank, recent, _)| (*rank, *recent));
        let mut items: Vec<PaletteItem> = commands
            .into_iter()
            .map(|(_, _, c)| PaletteItem::Command(c))
            .collect();
        items.extend(
            index
                .best(&self.query, CONTACT_LIMIT)
                .into_iter()
                .filter_map(|id| {
                    // Two people of one name are told apart by company, else e-mail.
                    network.contact(id).map(|c| {
                        let apart = [c.company.as_str()]
                            .into_iter()
                            .chain(c.email_addresses().next())
                            .find(|s| !s.is_empty())
                            .map_or_else(String::new, |s| format!(" ({s})"));
                        PaletteItem::Contact(id, format!("{}{apart}", c.display_name))
                    })
                }),
        );
        items
    }

    /// Draws the palette when open.
    pub fn command_palette_ui(
        &mut self,
        ui: &mut egui::Ui,
        network: &Network,
        index: &mut SearchIndex,
        state: &CommandState,
        queue: &mut UiQueue,
    ) {
        if !self.open {
            return;
        }
        let items = self.items(network, index, state);
        let (up, down, enter) = ui.input_mut(|i| {
            (
                i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowUp),
                i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown),
                i.key_pressed(egui::Key::Enter),
            )
        });
        if down {
            self.highlighted = (self.highlighted + 1).min(items.len().saturating_sub(1));
        }
        if up {
            self.highlighted = self.highlighted.saturating_sub(1);
        }
        self.highlighted = self.highlighted.min(items.len().saturating_sub(1));
        let mut chosen = None;
        let modal = egui::Modal::new(egui::Id::unique("command-palette")).show(ui.ctx(), |ui| {
            // Bounded to the window: the list scrolls rather than leaving the screen.
            let width = (ui.ctx().content_rect().width() - 80.0).clamp(240.0, 420.0);
            ui.set_width(width);
            let label = ui.label(tr!("palette-label"));
            let before = self.query.clone();
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.query)
                        .id(Self::field_id())
                        .hint_text(tr!("palette-hint"))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            if before != self.query {
                self.highlighted = 0;
            }
            if !field.has_focus() && !field.lost_focus() {
                field.request_focus();
            }
            ui.separator();
            if items.is_empty() {
                ui.label(tr!("palette-nothing"));
            }
            let height = (ui.ctx().content_rect().height() * 0.6).max(120.0);
            egui::ScrollArea::vertical()
                .max_height(height)
                .show(ui, |ui| {
                    for (n, item) in items.iter().enumerate() {
                        let mut text = item.text();
                        if let PaletteItem::Command(command) = item {
                            let keys = command.shortcut_text(ui.ctx());
                            if !keys.is_empty() {
                                text = format!("{text}   ({keys})");
                            }
                        }
                        let response = ui.selectable_label(n == self.highlighted, text);
                        if n == self.highlighted && (up || down) {
                            response.scroll_to_me(None);
                        }
                        if response.clicked() {
                            chosen = Some(item.clone());
                        }
                    }
                });
        });
        if enter && chosen.is_none() {
            chosen = items.get(self.highlighted).cloned();
        }
        if modal.should_close() && chosen.is_none() {
            self.open = false;
        }
        if let Some(item) = chosen {
            self.open = false;
            match item {
                PaletteItem::Command(command) => {
                    self.recent.retain(|c| *c != command);
                    self.recent.insert(0, command);
                    self.recent.truncate(RECENT_LIMIT);
                    queue.command(command);
                }
                PaletteItem::Contact(id, _) => queue.open_contact(id),
            }
        }
    }
}

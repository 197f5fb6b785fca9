use crate::domain::Network;
use crate::domain::fold::fold;

use super::{PaletteItem, SearchIndex, UiCommand, UiQueue};

/// Ctrl+K: type to find any command or jump to any contact; arrows move, Enter runs.
#[derive(Clone, Debug, Default)]
pub struct CommandPalette {
    open: bool,
    query: String,
    highlighted: usize,
}

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

    /// What matches the query: commands whose label contains it (accent-insensitively),
    /// then contacts by fuzzy name.
    fn items(&self, network: &Network, index: &mut SearchIndex) -> Vec<PaletteItem> {
        let wanted = fold(self.query.trim());
        let mut items: Vec<PaletteItem> = UiCommand::ALL
            .into_iter()
            .filter(|c| *c != UiCommand::CommandPalette)
            .filter(|c| fold(c.label()).contains(&wanted))
            .map(PaletteItem::Command)
            .collect();
        items.extend(
            index
                .best(&self.query, CONTACT_LIMIT)
                .into_iter()
                .filter_map(|id| {
                    network
                        .contact(id)
                        .map(|c| PaletteItem::Contact(id, c.display_name.clone()))
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
        queue: &mut UiQueue,
    ) {
        if !self.open {
            return;
        }
        let items = self.items(network, index);
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
            ui.set_width(420.0);
            let label = ui.label("Command or contact");
            let before = self.query.clone();
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.query)
                        .id(Self::field_id())
                        .hint_text("type a command or a name")
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
                ui.label("Nothing matches.");
            }
            for (n, item) in items.iter().enumerate() {
                let mut text = item.text();
                if let PaletteItem::Command(command) = item {
                    let keys = command.shortcut_text(ui.ctx());
                    if !keys.is_empty() {
                        text = format!("{text}   ({keys})");
                    }
                }
                if ui.selectable_label(n == self.highlighted, text).clicked() {
                    chosen = Some(item.clone());
                }
            }
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
                PaletteItem::Command(command) => queue.command(command),
                PaletteItem::Contact(id, _) => queue.open_contact(id),
            }
        }
    }
}

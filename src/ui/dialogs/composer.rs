use chrono::NaiveDate;

use crate::actions::{OutreachDraft, OutreachPart};
use crate::domain::{AskKind, Channel, ContactId, LibraryItemId, Network};
use crate::i18n::tr;
use crate::review::gifts_for_contact;

use crate::ui::labelled_combo_ui;
use crate::ui::{UiQueue, UiRequest};

/// How many matching library items the gift menu offers.
const GIFT_CHOICES: usize = 8;

/// The outreach composer: the ten parts of a good message as labelled fields, a live
/// preview, warnings, "Copy" and "Log as sent".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Composer {
    draft: OutreachDraft,
    name: String,
    copied: bool,
}

impl Composer {
    /// A composer for `contact` on `today`, pre-filled; `None` for an unknown contact.
    pub fn open(network: &Network, contact: ContactId, today: NaiveDate) -> Option<Self> {
        Some(Self {
            draft: OutreachDraft::prefill(network, contact, today)?,
            name: network.contact(contact)?.display_name.clone(),
            copied: false,
        })
    }

    /// Who the message is for.
    pub fn contact(&self) -> ContactId {
        self.draft.contact
    }

    /// The draft as it stands.
    pub fn draft(&self) -> &OutreachDraft {
        &self.draft
    }

    /// Gives `item` (the give-first prompt's "Give first").
    pub fn choose_gift(&mut self, network: &Network, item: Option<LibraryItemId>) {
        self.draft.set_gift_item(network, item);
    }

    /// Draws the window; returns false once its close button was pressed. "Log as sent"
    /// asks the app to record the message, which closes the composer when it succeeds.
    pub fn composer_ui(
        &mut self,
        ui: &mut egui::Ui,
        network: &Network,
        today: NaiveDate,
        queue: &mut UiQueue,
    ) -> bool {
        let mut open = true;
        egui::Window::new(tr!("composer-title", name = self.name.as_str()))
            .id(egui::Id::unique("composer"))
            .open(&mut open)
            .collapsible(false)
            .resizable(true)
            .default_size([1000.0, 620.0])
            .show(ui.ctx(), |ui| {
                ui.columns(2, |columns| {
                    if let [left, right] = columns {
                        egui::ScrollArea::vertical()
                            .id_salt("composer-fields")
                            .auto_shrink([false, false])
                            .show(left, |ui| self.fields_ui(ui, network));
                        self.preview_ui(right, network, today, queue);
                    }
                });
            });
        open
    }

    fn fields_ui(&mut self, ui: &mut egui::Ui, network: &Network) {
        ui.horizontal_wrapped(|ui| {
            let item_title = |id: Option<LibraryItemId>| {
                id.and_then(|i| network.library_item(i))
                    .map_or_else(|| tr!("composer-none"), |item| item.title.clone())
            };
            let mut gift_item = self.draft.gift_item;
            labelled_combo_ui(ui, &tr!("composer-gift"), &item_title(gift_item), |ui| {
                ui.selectable_value(&mut gift_item, None, tr!("composer-none"));
                let mut offered: Vec<LibraryItemId> =
                    gifts_for_contact(network, self.draft.contact, GIFT_CHOICES)
                        .into_iter()
                        .map(|m| m.item)
                        .collect();
                if let Some(current) = self.draft.gift_item
                    && !offered.contains(&current)
                {
                    offered.insert(0, current);
                }
                for id in offered {
                    ui.selectable_value(&mut gift_item, Some(id), item_title(Some(id)));
                }
            });
            if gift_item != self.draft.gift_item {
                self.draft.set_gift_item(network, gift_item);
            }
            let mut ask = self.draft.ask;
            let ask_text = ask.map_or_else(|| tr!("composer-nothing"), AskKind::label);
            labelled_combo_ui(ui, &tr!("composer-asks-for"), &ask_text, |ui| {
                ui.selectable_value(&mut ask, None, tr!("composer-nothing"));
                for kind in AskKind::ALL {
                    ui.selectable_value(&mut ask, Some(kind), kind.label());
                }
            });
            if ask != self.draft.ask {
                self.draft.set_ask(ask);
            }
            labelled_combo_ui(
                ui,
                &tr!("gifts-sent-by"),
                &self.draft.channel.label(),
                |ui| {
                    for channel in Channel::ALL {
                        ui.selectable_value(&mut self.draft.channel, channel, channel.label());
                    }
                },
            );
        });
        ui.separator();
        for part in OutreachPart::ALL {
            let label = ui.label(egui::RichText::new(part.label()).strong());
            let text = self.draft.part_mut(part);
            let edit = if part.is_single_line() {
                egui::TextEdit::singleline(text)
            } else {
                egui::TextEdit::multiline(text).desired_rows(2)
            };
            ui.add(edit.hint_text(part.hint()).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            ui.add_space(4.0);
        }
    }

    /// The preview, the warnings and the buttons.
    fn preview_ui(
        &mut self,
        ui: &mut egui::Ui,
        network: &Network,
        today: NaiveDate,
        queue: &mut UiQueue,
    ) {
        ui.label(egui::RichText::new(tr!("composer-preview")).strong());
        let message = self.draft.message();
        egui::Frame::group(ui.style())
            .fill(ui.visuals().extreme_bg_color)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("composer-preview")
                    .max_height(340.0)
                    .auto_shrink([false, true])
                    .show(ui, |ui| ui.label(&message));
            });
        for warning in self.draft.warnings(network, today) {
            ui.colored_label(ui.visuals().warn_fg_color, format!("\u{26a0} {warning}"));
        }
        ui.horizontal(|ui| {
            if ui.button(tr!("composer-copy")).clicked() {
                ui.ctx().copy_text(message.clone());
                self.copied = true;
            }
            if ui
                .button(tr!("composer-log-as-sent"))
                .on_hover_text(tr!("composer-log-hover"))
                .clicked()
            {
                queue.push(UiRequest::LogMessage(self.draft.to_log_entry(today)));
            }
        });
        if self.copied {
            ui.label(tr!("composer-copied"));
        }
        ui.label(egui::RichText::new(tr!("composer-nothing-sent")).weak());
    }
}

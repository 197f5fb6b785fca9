use crate::actions::{Action, edits};
use crate::domain::{ContactId, Network};
use crate::i18n::spoken_date::spoken_date;
use crate::i18n::tr;

use crate::ui::ScreenCtx;

/// Contacts in the trash, with Restore and Delete for good.
#[derive(Clone, Copy, Debug, Default)]
pub struct TrashScreen;

impl TrashScreen {
    /// Draws the list.
    pub fn trash_screen_ui(ui: &mut egui::Ui, ctx: &mut ScreenCtx) {
        let network = ctx.network;
        let queue = &mut *ctx.queue;
        ui.heading(tr!("screen-trash"));
        ui.label(tr!("trash-help"));
        ui.separator();
        let trashed: Vec<_> = network.trashed_contacts().collect();
        if trashed.is_empty() {
            ui.label(tr!("trash-empty"));
            return;
        }
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                egui::Grid::new("trash")
                    .num_columns(3)
                    .striped(true)
                    .spacing([16.0, 6.0])
                    .show(ui, |ui| {
                        for contact in trashed {
                            ui.label(&contact.display_name);
                            ui.label(
                                contact
                                    .trashed_on
                                    .map(|d| tr!("trash-trashed-on", date = spoken_date(d)))
                                    .unwrap_or_default(),
                            );
                            ui.horizontal(|ui| {
                                if ui
                                    .button(tr!(
                                        "trash-restore",
                                        name = contact.display_name.as_str()
                                    ))
                                    .clicked()
                                    && let Some(action) = restore_action(network, contact.id)
                                {
                                    queue.apply(action);
                                }
                                if ui
                                    .button(tr!(
                                        "trash-delete",
                                        name = contact.display_name.as_str()
                                    ))
                                    .clicked()
                                    && let Some(action) = edits::purge_contact(network, contact.id)
                                {
                                    queue.apply(action);
                                }
                            });
                            ui.end_row();
                        }
                    });
            });
    }
}

fn restore_action(network: &Network, id: ContactId) -> Option<Action> {
    let name = network.contact(id)?.display_name.clone();
    edits::update_contacts(network, &[id], &tr!("action-restore", name = name), |c| {
        c.trashed_on = None;
    })
}

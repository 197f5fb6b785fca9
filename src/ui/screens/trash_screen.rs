use crate::actions::{Action, edits};
use crate::domain::{ContactId, Network};

use crate::ui::ScreenCtx;

/// Contacts in the trash, with Restore and Delete for good.
#[derive(Clone, Copy, Debug, Default)]
pub struct TrashScreen;

impl TrashScreen {
    /// Draws the list.
    pub fn trash_screen_ui(ui: &mut egui::Ui, ctx: &mut ScreenCtx) {
        let network = ctx.network;
        let queue = &mut *ctx.queue;
        ui.heading("Trash");
        ui.label(
            "Contacts here are hidden everywhere else. Restore brings one back; Delete for \
             good removes them with their gifts and asks (Undo still works).",
        );
        ui.separator();
        let trashed: Vec<_> = network.trashed_contacts().collect();
        if trashed.is_empty() {
            ui.label("The trash is empty.");
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
                                    .map(|d| format!("trashed {d}"))
                                    .unwrap_or_default(),
                            );
                            ui.horizontal(|ui| {
                                if ui
                                    .button(format!("Restore {}", contact.display_name))
                                    .clicked()
                                    && let Some(action) = restore_action(network, contact.id)
                                {
                                    queue.apply(action);
                                }
                                if ui
                                    .button(format!("Delete {} for good", contact.display_name))
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
    edits::update_contacts(network, &[id], &format!("restore {name}"), |c| {
        c.trashed_on = None;
    })
}

use crate::i18n::tr;
use crate::ui::{Screen, ScreenCtx, UiCommand, UiRequest};

/// The first run: an empty network teaches what to do instead of showing a bare table
/// (DESIGN §3a rule 7).
pub struct StartPage;

impl StartPage {
    /// Draws the start page.
    pub fn start_page_ui(ui: &mut egui::Ui, ctx: &mut ScreenCtx) {
        let commands = ctx.commands;
        let queue = &mut *ctx.queue;
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.add_space(12.0);
            ui.heading(tr!("start-welcome"));
            ui.label(tr!("start-intro"));
            ui.add_space(12.0);
            ui.label(egui::RichText::new(tr!("start-here")).strong());
            ui.add_space(4.0);
            step_ui(
                ui,
                &tr!("start-import-title"),
                &tr!("start-import-why"),
                |ui| {
                    if ui.button(tr!("start-choose-file")).clicked() {
                        queue.command(UiCommand::Show(Screen::Import));
                        queue.push(UiRequest::ChooseImportFile);
                    }
                    if ui.button(tr!("screen-go-import")).clicked() {
                        queue.command(UiCommand::Show(Screen::Import));
                    }
                },
            );
            step_ui(ui, &tr!("start-add-title"), &tr!("start-add-why"), |ui| {
                UiCommand::NewContact.button_with_label_ui(
                    ui,
                    &tr!("start-add-button"),
                    &commands,
                    queue,
                );
            });
            step_ui(
                ui,
                &tr!("start-profile-title"),
                &tr!("start-profile-why"),
                |ui| {
                    UiCommand::Show(Screen::Settings).button_with_label_ui(
                        ui,
                        &tr!("start-open-settings"),
                        &commands,
                        queue,
                    );
                },
            );
            step_ui(ui, &tr!("start-demo-title"), &tr!("start-demo-why"), |ui| {
                if ui.button(tr!("start-demo-button")).clicked() {
                    queue.push(UiRequest::OpenDemo);
                }
            });
        });
    }
}

/// One numbered step: what, why, and its buttons.
fn step_ui(ui: &mut egui::Ui, title: &str, why: &str, buttons: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width().min(640.0));
        ui.label(egui::RichText::new(title).strong());
        ui.label(why);
        ui.horizontal_wrapped(buttons);
    });
    ui.add_space(6.0);
}

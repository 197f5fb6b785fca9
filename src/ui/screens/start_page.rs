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
            ui.heading("Welcome to Dunbar");
            ui.label(
                "Your network is empty. Dunbar keeps the people you know in circles (5, 15, \
                 50, 150, 500, 1500), reminds you who is overdue for a touch, and makes sure \
                 you give before you ask. Everything stays in one file on this computer.",
            );
            ui.add_space(12.0);
            ui.label(egui::RichText::new("Start here").strong());
            ui.add_space(4.0);
            step_ui(
                ui,
                "Import your LinkedIn connections",
                "LinkedIn \u{203a} Settings \u{203a} Data privacy \u{203a} Get a copy of your \
                 data \u{203a} Connections. Drop Connections.csv on this window, or any vCard \
                 or CSV from Google, Apple or Outlook.",
                |ui| {
                    if ui.button("Choose a file to import\u{2026}").clicked() {
                        queue.command(UiCommand::Show(Screen::Import));
                        queue.push(UiRequest::ChooseImportFile);
                    }
                    if ui.button("Go to Import").clicked() {
                        queue.command(UiCommand::Show(Screen::Import));
                    }
                },
            );
            step_ui(
                ui,
                "Add a first contact",
                "Someone you would like to stay close to: a mentor, a client, a friend.",
                |ui| {
                    UiCommand::NewContact.button_with_label_ui(
                        ui,
                        "Add a contact",
                        &commands,
                        queue,
                    );
                },
            );
            step_ui(
                ui,
                "Set up your profile",
                "Your name, company and role sign the messages the composer writes.",
                |ui| {
                    UiCommand::Show(Screen::Settings).button_with_label_ui(
                        ui,
                        "Open Settings",
                        &commands,
                        queue,
                    );
                },
            );
            step_ui(
                ui,
                "Just looking?",
                "The demo opens a generated network of 600 people in a new window, in a \
                 temporary folder that is removed when it closes. Your network stays as it is.",
                |ui| {
                    if ui.button("Open the demo").clicked() {
                        queue.push(UiRequest::OpenDemo);
                    }
                },
            );
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

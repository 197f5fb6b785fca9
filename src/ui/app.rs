use chrono::Local;

use crate::domain::Circle;
use crate::review::{Health, health};
use crate::session::Session;

/// The window: reads the session's network and shows it.
pub struct DunbarApp {
    session: Session,
}

impl DunbarApp {
    /// A window over an open session.
    pub fn new(session: Session) -> Self {
        Self { session }
    }
}

impl eframe::App for DunbarApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let today = Local::now().date_naive();
        let network = self.session.network();
        egui::Panel::top("top").show(ui, |ui| {
            ui.heading(format!("Dunbar — {} contacts", network.contact_count()));
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show_rows(
                ui,
                18.0,
                network.contact_count(),
                |ui, rows| {
                    for contact in network.contacts().skip(rows.start).take(rows.len()) {
                        let mark = match health(network, contact, today) {
                            Health::Ok => "",
                            Health::Due => "  (due)",
                            Health::AtRisk => "  (at risk)",
                        };
                        let circle: Circle = contact.circle;
                        ui.label(format!(
                            "{} — {}{mark}",
                            contact.display_name,
                            circle.label()
                        ));
                    }
                },
            );
        });
    }
}

use chrono::NaiveDate;

use crate::actions::edits;
use crate::domain::{AskKind, ContactId, Network};
use crate::i18n::tr;
use crate::review::ask_readiness;

use crate::ui::UiQueue;
use crate::ui::labelled_combo_ui;
use crate::ui::labelled_text_ui;

/// "Plan an ask" on the contact page: a kind and a note. The plan waits in the weekly
/// review until the ask is ready (you have given first).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AskPlan {
    /// What you mean to ask for.
    pub kind: AskKind,
    /// What about.
    pub note: String,
}

impl Default for AskPlan {
    fn default() -> Self {
        Self {
            kind: AskKind::Meeting,
            note: String::new(),
        }
    }
}

impl AskPlan {
    /// Draws the form; "Plan an ask" pushes the plan.
    pub fn ask_plan_ui(
        &mut self,
        ui: &mut egui::Ui,
        contact: ContactId,
        network: &Network,
        today: NaiveDate,
        queue: &mut UiQueue,
    ) {
        ui.horizontal_wrapped(|ui| {
            labelled_combo_ui(ui, &tr!("ask-plan-kind"), &self.kind.label(), |ui| {
                for kind in AskKind::ALL {
                    ui.selectable_value(&mut self.kind, kind, kind.label());
                }
            });
            labelled_text_ui(
                ui,
                &tr!("ask-plan-note"),
                &mut self.note,
                &tr!("ask-plan-note-hint"),
                200.0,
            );
            if ui.button(tr!("ask-plan-button")).clicked() {
                queue.apply(edits::plan_ask(
                    network, contact, self.kind, &self.note, today,
                ));
                self.note.clear();
            }
        });
        if !ask_readiness(network, contact, today).is_ready() {
            ui.label(tr!("ask-plan-waits"));
        }
    }
}

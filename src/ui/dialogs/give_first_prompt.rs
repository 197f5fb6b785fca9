use crate::actions::LogEntry;
use crate::domain::{ContactId, Direction, GiftKind, LibraryItemId, Network};
use crate::i18n::tr;
use crate::review::{Readiness, gifts_for_contact};

use crate::ui::PromptChoice;

/// How many library items the prompt suggests.
const SUGGESTIONS: usize = 3;

/// The modal that stops an ask that is not ready: what you gave and asked so far, why it
/// is not ready, what you could give, and "Give first" or "Ask anyway".
#[derive(Clone, Debug, PartialEq)]
pub struct GiveFirstPrompt {
    /// The entry that was refused.
    pub entry: LogEntry,
    name: String,
    readiness: Readiness,
    gifts_given: usize,
    asks_made: usize,
    /// The best library items for them, best first: id, title, why.
    suggestions: Vec<(LibraryItemId, String, String)>,
    /// Which gift is picked: an index into `suggestions`, or past its end for "another
    /// kind of gift".
    picked: usize,
}

impl GiveFirstPrompt {
    /// The prompt for a refused entry about `contact`.
    pub fn new(
        network: &Network,
        entry: LogEntry,
        contact: ContactId,
        name: String,
        readiness: Readiness,
    ) -> Self {
        let suggestions = gifts_for_contact(network, contact, SUGGESTIONS)
            .into_iter()
            .filter_map(|m| network.library_item(m.item))
            .map(|item| (item.id, item.title.clone(), item.why.clone()))
            .collect();
        Self {
            entry,
            name,
            readiness,
            gifts_given: network
                .gifts_of(contact)
                .filter(|g| g.direction == Direction::Outbound)
                .count(),
            asks_made: network
                .asks_of(contact)
                .filter(|a| a.status.was_made())
                .count(),
            suggestions,
            picked: 0,
        }
    }

    /// Draws the modal; returns the choice once made.
    pub fn give_first_prompt_ui(&mut self, ui: &mut egui::Ui) -> Option<PromptChoice> {
        let mut choice = None;
        let modal = egui::Modal::new(egui::Id::unique("give-first")).show(ui.ctx(), |ui| {
            ui.set_max_width(460.0);
            ui.heading(tr!("give-first-title", name = self.name.as_str()));
            ui.label(tr!(
                "give-first-so-far",
                gifts = self.gifts_given,
                asks = self.asks_made,
                balance = self.readiness.balance
            ));
            ui.label(tr!("give-first-not-ready"));
            for reason in &self.readiness.reasons {
                ui.label(format!("\u{2022} {reason}"));
            }
            if !self.entry.note.trim().is_empty() {
                ui.label(tr!("give-first-note-kept", note = self.entry.note.trim()));
            }
            ui.separator();
            ui.label(tr!("give-first-give-first-colon"));
            for (n, (_, title, why)) in self.suggestions.iter().enumerate() {
                ui.radio_value(&mut self.picked, n, title)
                    .on_hover_text(why);
            }
            let other = self.suggestions.len();
            ui.radio_value(&mut self.picked, other, tr!("give-first-other"));
            ui.label(tr!("give-first-after"));
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button(tr!("give-first-button")).clicked() {
                    let item = self.suggestions.get(self.picked).map(|(id, _, _)| *id);
                    let kind = if item.is_some() {
                        GiftKind::Knowledge
                    } else {
                        GiftKind::Help
                    };
                    choice = Some(PromptChoice::GiveFirst {
                        entry: self.entry.clone(),
                        item,
                        kind,
                    });
                }
                if ui.button(tr!("give-first-ask-anyway")).clicked() {
                    let mut entry = self.entry.clone();
                    entry.ask_anyway = true;
                    choice = Some(PromptChoice::AskAnyway(entry));
                }
                if ui.button(tr!("page-cancel")).clicked() {
                    choice = Some(PromptChoice::Cancel);
                }
            });
        });
        if choice.is_none() && modal.should_close() {
            choice = Some(PromptChoice::Cancel);
        }
        choice
    }
}

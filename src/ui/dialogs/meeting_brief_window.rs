use chrono::NaiveDate;

use crate::domain::{ContactId, Network};
use crate::i18n::tr;
use crate::review::MeetingBrief;

use crate::ui::UiQueue;

/// The meeting brief (DESIGN §11) in a window that fits one screen at 1024 × 640: who they
/// are on the left, what is open between you on the right, "Copy" as plain text (the same
/// text as `dunbar brief`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeetingBriefWindow {
    brief: MeetingBrief,
    /// The (revision, day) the brief was made for.
    made: (u64, NaiveDate),
    copied: bool,
}

impl MeetingBriefWindow {
    /// The brief of `contact`; `None` for an unknown contact.
    pub fn open(
        network: &Network,
        contact: ContactId,
        revision: u64,
        today: NaiveDate,
    ) -> Option<Self> {
        Some(Self {
            brief: MeetingBrief::new(network, contact, today)?,
            made: (revision, today),
            copied: false,
        })
    }

    /// Who the brief is about.
    pub fn contact(&self) -> ContactId {
        self.brief.contact
    }

    /// The brief as shown.
    pub fn brief(&self) -> &MeetingBrief {
        &self.brief
    }

    /// Draws the window; false once it is closed.
    pub fn meeting_brief_ui(
        &mut self,
        ui: &mut egui::Ui,
        network: &Network,
        revision: u64,
        today: NaiveDate,
        queue: &mut UiQueue,
    ) -> bool {
        if self.made != (revision, today) {
            if let Some(brief) = MeetingBrief::new(network, self.brief.contact, today) {
                self.brief = brief;
            }
            self.made = (revision, today);
        }
        let mut open = true;
        let mut close = false;
        let screen = ui.ctx().content_rect();
        let width = (screen.width() - 40.0).clamp(320.0, 900.0);
        let height = (screen.height() - 110.0).clamp(240.0, 620.0);
        egui::Window::new(tr!("brief-window-title", name = self.brief.name.as_str()))
            .id(egui::Id::unique("meeting-brief"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .min_width(width)
            .max_width(width)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 12.0])
            .show(ui.ctx(), |ui| {
                egui::ScrollArea::vertical()
                    .max_height(height - 70.0)
                    .auto_shrink([false, true])
                    .show(ui, |ui| {
                        ui.columns(2, |columns| {
                            if let [left, right] = columns {
                                self.who_ui(left);
                                self.between_ui(right);
                            }
                        });
                    });
                ui.separator();
                ui.horizontal(|ui| {
                    if ui.button(tr!("brief-copy")).clicked() {
                        ui.ctx().copy_text(self.brief.to_text());
                        self.copied = true;
                    }
                    if ui.button(tr!("brief-open-contact")).clicked() {
                        queue.open_contact(self.brief.contact);
                        close = true;
                    }
                    if ui.button(tr!("brief-close")).clicked() {
                        close = true;
                    }
                    if self.copied {
                        ui.weak(tr!("brief-copied"));
                    }
                });
            });
        if ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
            close = true;
        }
        open && !close
    }

    fn who_ui(&self, ui: &mut egui::Ui) {
        let brief = &self.brief;
        if let Some(event) = brief.event_line() {
            ui.strong(event);
        }
        let mut who = vec![brief.circle.label()];
        let position = brief.position();
        if !position.is_empty() {
            who.push(position);
        }
        ui.label(who.join(" \u{b7} "));
        if !brief.how_we_met.trim().is_empty() {
            wrapped(ui, tr!("brief-how-we-met", how = brief.how_we_met.trim()));
        }
        let interests = if brief.interests.is_empty() {
            tr!("brief-none")
        } else {
            brief.interests.join(", ")
        };
        wrapped(ui, tr!("brief-interests", interests = interests));
        ui.add_space(4.0);
        ui.strong(tr!("brief-last-touches"));
        if brief.touches.is_empty() {
            ui.weak(tr!("brief-none"));
        }
        for touch in &brief.touches {
            wrapped(ui, format!("\u{2022} {}", MeetingBrief::touch_line(touch)));
        }
        ui.add_space(4.0);
        ui.strong(tr!("brief-bring-heading"));
        match &brief.bring {
            Some((title, why)) => {
                wrapped(ui, format!("\u{201c}{title}\u{201d}"));
                if !why.trim().is_empty() {
                    ui.add(egui::Label::new(egui::RichText::new(why.trim()).weak()).wrap());
                }
            }
            None => {
                ui.weak(tr!("brief-bring-none"));
            }
        }
        ui.add_space(4.0);
        ui.strong(tr!("brief-opening-heading"));
        ui.add(egui::Label::new(egui::RichText::new(&brief.opening).italics()).wrap());
    }

    fn between_ui(&self, ui: &mut egui::Ui) {
        let brief = &self.brief;
        let list = |ui: &mut egui::Ui, heading: String, lines: Vec<String>| {
            ui.strong(heading);
            if lines.is_empty() {
                ui.weak(tr!("brief-none"));
            }
            for line in lines {
                wrapped(ui, format!("\u{2022} {line}"));
            }
            ui.add_space(4.0);
        };
        list(
            ui,
            tr!("brief-my-promises-heading"),
            brief
                .my_promises
                .iter()
                .map(MeetingBrief::promise_line)
                .collect(),
        );
        list(
            ui,
            tr!("brief-their-promises-heading"),
            brief
                .their_promises
                .iter()
                .map(MeetingBrief::promise_line)
                .collect(),
        );
        list(
            ui,
            tr!("brief-my-asks-heading"),
            brief.my_asks.iter().map(MeetingBrief::ask_line).collect(),
        );
        list(
            ui,
            tr!("brief-their-asks-heading"),
            brief
                .their_asks
                .iter()
                .map(MeetingBrief::touch_line)
                .collect(),
        );
        ui.strong(tr!("brief-gave-heading"));
        wrapped(ui, MeetingBrief::gifts_text(&brief.gave));
        ui.add_space(4.0);
        ui.strong(tr!("brief-received-heading"));
        wrapped(ui, MeetingBrief::gifts_text(&brief.received));
    }
}

fn wrapped(ui: &mut egui::Ui, text: String) {
    ui.add(egui::Label::new(text).wrap());
}

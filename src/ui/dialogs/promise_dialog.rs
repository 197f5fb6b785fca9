use chrono::NaiveDate;

use crate::actions::promises::{NewPromise, add_promise, delete_promise, edit_promise};
use crate::actions::{DueProblem, parse_due};
use crate::domain::spoken_date::long_date;
use crate::domain::{ContactId, Direction, Network, PromiseId};
use crate::i18n::tr;

use crate::ui::UiQueue;

/// The window that writes down a promise (the contact page's "Promise…", Ctrl+P, `p` in
/// the review) or edits one: what, by when (a day or a phrase such as "friday", read as
/// the user types and shown before saving), and whose promise it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PromiseDialog {
    contact: ContactId,
    name: String,
    /// The promise being edited, if any.
    editing: Option<PromiseId>,
    text: String,
    by: String,
    theirs: bool,
    /// Put the keyboard in the first field on the next frame.
    focus: bool,
}

impl PromiseDialog {
    /// The id of the "What" field.
    pub fn text_id() -> egui::Id {
        egui::Id::unique("promise-dialog-text")
    }

    /// A new promise to `contact`; `None` for an unknown contact.
    pub fn new(network: &Network, contact: ContactId) -> Option<Self> {
        Some(Self {
            contact,
            name: network.contact(contact)?.display_name.clone(),
            editing: None,
            text: String::new(),
            by: String::new(),
            theirs: false,
            focus: true,
        })
    }

    /// Edits promise `id`.
    pub fn edit(network: &Network, id: PromiseId) -> Option<Self> {
        let promise = network.promise(id)?;
        let mut dialog = Self::new(network, promise.contact)?;
        dialog.editing = Some(id);
        dialog.text.clone_from(&promise.text);
        dialog.by = promise.due.format("%Y-%m-%d").to_string();
        dialog.theirs = promise.direction == Direction::Inbound;
        Some(dialog)
    }

    /// The day typed, read.
    fn due(&self, today: NaiveDate) -> Result<NaiveDate, DueProblem> {
        if let Ok(day) = NaiveDate::parse_from_str(self.by.trim(), "%Y-%m-%d") {
            return Ok(day);
        }
        parse_due(&self.by, today, crate::i18n::language())
    }

    /// Draws the window; false once it is closed (saved, deleted or cancelled).
    pub fn promise_dialog_ui(
        &mut self,
        ui: &mut egui::Ui,
        network: &Network,
        today: NaiveDate,
        queue: &mut UiQueue,
    ) -> bool {
        let mut open = true;
        let mut close = false;
        let title = if self.editing.is_some() {
            tr!("promise-edit-title", name = self.name.as_str())
        } else {
            tr!("promise-title", name = self.name.as_str())
        };
        egui::Window::new(title)
            .id(egui::Id::unique("promise-dialog"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .default_width(420.0)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ui.ctx(), |ui| {
                let mut submit = false;
                egui::Grid::new("promise-fields")
                    .num_columns(2)
                    .spacing([8.0, 6.0])
                    .show(ui, |ui| {
                        let label = ui.label(tr!("promise-what"));
                        let what = ui
                            .add(
                                egui::TextEdit::singleline(&mut self.text)
                                    .id(Self::text_id())
                                    .hint_text(tr!("promise-what-hint"))
                                    .desired_width(300.0),
                            )
                            .labelled_by(label.id);
                        if std::mem::take(&mut self.focus) {
                            what.request_focus();
                        }
                        submit |=
                            what.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        ui.end_row();
                        let label = ui.label(tr!("promise-by"));
                        let by = ui
                            .add(
                                egui::TextEdit::singleline(&mut self.by)
                                    .hint_text(tr!("promise-by-hint"))
                                    .desired_width(300.0),
                            )
                            .labelled_by(label.id);
                        submit |= by.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        ui.end_row();
                    });
                let due = self.due(today);
                match (&due, self.by.trim().is_empty()) {
                    (_, true) => {
                        ui.weak(tr!("promise-by-empty"));
                    }
                    (Ok(day), false) => {
                        ui.label(tr!("promise-due-read", day = long_date(*day)));
                    }
                    (Err(problem), false) => {
                        ui.colored_label(ui.visuals().error_fg_color, problem.message());
                    }
                }
                ui.horizontal(|ui| {
                    ui.radio_value(&mut self.theirs, false, tr!("promise-mine"));
                    ui.radio_value(&mut self.theirs, true, tr!("promise-theirs"));
                });
                ui.separator();
                ui.horizontal(|ui| {
                    let ready = due.is_ok() && !self.text.trim().is_empty();
                    if ui
                        .add_enabled(ready, egui::Button::new(tr!("promise-save")))
                        .clicked()
                    {
                        submit = true;
                    }
                    if ui.button(tr!("promise-cancel")).clicked() {
                        close = true;
                    }
                    if let Some(id) = self.editing
                        && ui.button(tr!("promise-delete")).clicked()
                        && let Some(action) = delete_promise(network, id)
                    {
                        queue.apply(action);
                        close = true;
                    }
                });
                if submit
                    && let Ok(day) = due
                    && self.save(network, day, today, queue)
                {
                    close = true;
                }
            });
        if ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
            close = true;
        }
        open && !close
    }

    /// Pushes the change; false when there is nothing to save.
    fn save(
        &self,
        network: &Network,
        due: NaiveDate,
        today: NaiveDate,
        queue: &mut UiQueue,
    ) -> bool {
        let direction = if self.theirs {
            Direction::Inbound
        } else {
            Direction::Outbound
        };
        let action = if let Some(id) = self.editing {
            edit_promise(network, id, &self.text, due, direction)
        } else {
            let mut new = NewPromise::mine(self.contact, &self.text, due);
            new.direction = direction;
            add_promise(network, &new, today).map(|(_, action)| action)
        };
        match action {
            Some(action) => {
                queue.apply(action);
                true
            }
            None => self.editing.is_some(),
        }
    }
}

use chrono::NaiveDate;

use crate::actions::{DueProblem, LogEntry, PromiseNote, parse_due};
use crate::domain::spoken_date::long_date;
use crate::domain::{
    AskKind, Channel, ContactId, Direction, GiftKind, LibraryItemId, Network, TouchKind,
};

use crate::tr;
use crate::ui::UiQueue;
use crate::ui::labelled_combo_ui;
use crate::ui::parse_day;

/// The bar under a contact that logs a touch in seconds: channel, day, note, what was
/// given, received or asked. Enter in the note logs.
#[derive(Clone, Debug, PartialEq, Eq)]
#[allow(clippy::struct_excessive_bools)] // independent switches of the bar
pub struct QuickLog {
    /// How.
    pub channel: Channel,
    /// The day as typed (`YYYY-MM-DD`).
    pub date: String,
    /// What it was about.
    pub note: String,
    /// Meaningful, light or "shared my work".
    pub kind: TouchKind,
    /// A gift given.
    pub gave: Option<GiftKind>,
    /// The library item given.
    pub gave_item: Option<LibraryItemId>,
    /// A gift received.
    pub received: Option<GiftKind>,
    /// An ask made.
    pub asked: Option<AskKind>,
    /// They reached out.
    pub inbound: bool,
    /// They wait for my reply (inbound only).
    pub awaiting_reply: bool,
    /// Shown beside the date when it does not parse.
    pub date_problem: Option<String>,
    /// Put the keyboard on the channel picker on the next frame (Ctrl+L).
    focus_channel: bool,
    /// The day the bar was dated by default (a new day moves an untouched date on).
    today: NaiveDate,
    /// The promise found in the note ("coffee, promised the article by friday"), with the
    /// note it was read from.
    promise: Option<(String, PromiseNote)>,
    /// The promise's due day as shown and editable (filled from the note until the user
    /// types in it).
    pub promise_due: String,
    /// The user changed the due day by hand: the note no longer overwrites it.
    promise_due_edited: bool,
}

impl QuickLog {
    /// The id of the note field, for Ctrl+L.
    pub fn note_id() -> egui::Id {
        egui::Id::unique("quick-log-note")
    }

    /// An empty bar dated `today`.
    pub fn new(today: NaiveDate) -> Self {
        Self {
            channel: Channel::Message,
            date: today.format("%Y-%m-%d").to_string(),
            note: String::new(),
            kind: TouchKind::Meaningful,
            gave: None,
            gave_item: None,
            received: None,
            asked: None,
            inbound: false,
            awaiting_reply: false,
            date_problem: None,
            focus_channel: false,
            today,
            promise: None,
            promise_due: String::new(),
            promise_due_edited: false,
        }
    }

    /// The id of the promise's due-day field.
    pub fn promise_due_id() -> egui::Id {
        egui::Id::unique("quick-log-promise-due")
    }

    /// Reads the note again when it changed: a promise in it shows its due day.
    fn read_promise(&mut self) {
        if self
            .promise
            .as_ref()
            .is_some_and(|(note, _)| *note == self.note)
        {
            return;
        }
        let found = PromiseNote::parse(&self.note, self.today, crate::i18n::language());
        let due = found.as_ref().and_then(|p| p.due.clone());
        if !self.promise_due_edited {
            self.promise_due = match due {
                Some(Ok(day)) => day.format("%Y-%m-%d").to_string(),
                _ => String::new(),
            };
        }
        if found.is_none() {
            self.promise_due_edited = false;
            self.promise_due.clear();
        }
        self.promise = found.map(|p| (self.note.clone(), p));
    }

    /// The promise found in the note and its due day as the field says it.
    fn promise_due_day(&self) -> Option<Result<NaiveDate, DueProblem>> {
        let (_, found) = self.promise.as_ref()?;
        if self.promise_due.trim().is_empty() {
            return Some(match &found.due {
                Some(Err(problem)) => Err(problem.clone()),
                _ => Err(DueProblem::NotUnderstood(String::new())),
            });
        }
        if let Ok(day) = NaiveDate::parse_from_str(self.promise_due.trim(), "%Y-%m-%d") {
            return Some(Ok(day));
        }
        Some(parse_due(
            &self.promise_due,
            self.today,
            crate::i18n::language(),
        ))
    }

    /// A new day: an untouched date moves on with it.
    pub fn set_today(&mut self, today: NaiveDate) {
        if self.date == self.today.format("%Y-%m-%d").to_string() {
            self.date = today.format("%Y-%m-%d").to_string();
        }
        self.today = today;
    }

    /// Puts the keyboard on the channel picker on the next frame: the first letter of a
    /// channel or the Left/Right arrows pick it, Tab moves on to the note.
    pub fn focus_channel(&mut self) {
        self.focus_channel = true;
    }

    /// The entry for `contact`, or `None` (with the problem shown) when the date is wrong.
    pub fn entry(&mut self, contact: ContactId) -> Option<LogEntry> {
        let Some(date) = parse_day(&self.date) else {
            self.date_problem = Some(tr!("review-use-iso"));
            return None;
        };
        self.date_problem = None;
        self.read_promise();
        let promise = match (self.promise.as_ref(), self.promise_due_day()) {
            (Some((_, found)), Some(Ok(due))) => {
                Some((found.note.clone(), found.text.clone(), due))
            }
            (Some(_), Some(Err(_))) => return None,
            _ => None,
        };
        let mut entry = LogEntry::new(vec![contact], date, self.channel);
        entry.direction = if self.inbound {
            Direction::Inbound
        } else {
            Direction::Outbound
        };
        entry.kind = self.kind;
        entry.note = self.note.clone();
        entry.awaiting_reply = self.inbound && self.awaiting_reply;
        entry.gave = self.gave;
        entry.gave_item = self.gave_item.filter(|_| self.gave.is_some());
        entry.received = self.received;
        entry.asked = self.asked;
        if let Some((note, text, due)) = promise {
            entry.note = note;
            entry.promise = Some((text, due));
        }
        Some(entry)
    }

    /// Draws the bar for `contact`; Log (or Enter in the note) pushes the entry.
    pub fn quick_log_ui(
        &mut self,
        ui: &mut egui::Ui,
        contact: ContactId,
        network: &Network,
        queue: &mut UiQueue,
    ) {
        let mut submit = false;
        ui.horizontal_wrapped(|ui| {
            let picker = labelled_combo_ui(ui, &tr!("log-channel"), &self.channel.label(), |ui| {
                for channel in Channel::ALL {
                    ui.selectable_value(&mut self.channel, channel, channel.label());
                }
            });
            if std::mem::take(&mut self.focus_channel) {
                picker.request_focus();
            }
            if picker.has_focus() {
                self.channel = ui.input_mut(|i| pick_channel(i, self.channel));
            }
            labelled_combo_ui(ui, &tr!("log-kind"), &touch_kind_label(self.kind), |ui| {
                for kind in [
                    TouchKind::Meaningful,
                    TouchKind::Light,
                    TouchKind::SharedMyWork,
                ] {
                    ui.selectable_value(&mut self.kind, kind, touch_kind_label(kind));
                }
            });
            let label = ui.label(tr!("log-date"));
            ui.add(egui::TextEdit::singleline(&mut self.date).desired_width(90.0))
                .labelled_by(label.id);
            if let Some(problem) = &self.date_problem {
                ui.colored_label(ui.visuals().error_fg_color, problem);
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label(tr!("log-note"));
            let response = ui.add(
                egui::TextEdit::singleline(&mut self.note)
                    .id(Self::note_id())
                    .hint_text(tr!("log-note-hint"))
                    .desired_width(f32::INFINITY),
            );
            let response = response.labelled_by(label.id);
            // Enter, or Ctrl+Enter, in the note logs (the form owns its keys).
            if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                submit = true;
            }
            if response.has_focus()
                && ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Enter))
            {
                submit = true;
            }
        });
        self.promise_ui(ui);
        ui.horizontal_wrapped(|ui| {
            kind_picker(
                ui,
                &tr!("log-gave"),
                &mut self.gave,
                &GiftKind::ALL,
                GiftKind::label,
            );
            kind_picker(
                ui,
                &tr!("log-received"),
                &mut self.received,
                &GiftKind::ALL,
                GiftKind::label,
            );
            kind_picker(
                ui,
                &tr!("log-asked"),
                &mut self.asked,
                &AskKind::ALL,
                AskKind::label,
            );
        });
        if let (Some(_), Some(item)) = (self.gave, self.gave_item) {
            ui.horizontal(|ui| {
                let title = network
                    .library_item(item)
                    .map_or_else(|| tr!("log-removed-item"), |i| i.title.clone());
                ui.label(tr!("log-giving-item", title = title));
                if ui.small_button(tr!("log-not-this-item")).clicked() {
                    self.gave_item = None;
                }
            });
        }
        ui.horizontal(|ui| {
            ui.checkbox(&mut self.inbound, tr!("log-they-reached-out"));
            ui.add_enabled(
                self.inbound,
                egui::Checkbox::new(&mut self.awaiting_reply, tr!("log-awaiting-reply")),
            );
            if ui.button(tr!("log-log")).clicked() {
                submit = true;
            }
        });
        if submit && let Some(entry) = self.entry(contact) {
            queue.log(entry);
        }
    }
}

impl QuickLog {
    /// The promise read from the note: what, and its due day, editable before logging.
    fn promise_ui(&mut self, ui: &mut egui::Ui) {
        self.read_promise();
        let Some((_, found)) = &self.promise else {
            return;
        };
        let text = found.text.clone();
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!("log-promise", text = text));
            let label = ui.label(tr!("log-promise-due"));
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.promise_due)
                        .id(Self::promise_due_id())
                        .hint_text(tr!("date-hint"))
                        .desired_width(110.0),
                )
                .labelled_by(label.id);
            if field.changed() {
                self.promise_due_edited = true;
            }
        });
        match self.promise_due_day() {
            Some(Ok(day)) => {
                ui.weak(tr!("promise-due-read", day = long_date(day)));
            }
            Some(Err(DueProblem::NotUnderstood(phrase))) if phrase.is_empty() => {
                ui.colored_label(ui.visuals().warn_fg_color, tr!("log-promise-when"));
            }
            Some(Err(problem)) => {
                ui.colored_label(ui.visuals().error_fg_color, problem.message());
            }
            None => {}
        }
    }
}

/// The channel the keys pressed on the focused picker choose: Left/Right step through
/// them, a letter picks the next channel starting with it.
fn pick_channel(input: &mut egui::InputState, current: Channel) -> Channel {
    let position = Channel::ALL.iter().position(|c| *c == current).unwrap_or(0);
    let count = Channel::ALL.len();
    if input.consume_key(egui::Modifiers::NONE, egui::Key::ArrowRight) {
        return Channel::ALL
            .get((position + 1) % count)
            .copied()
            .unwrap_or(current);
    }
    if input.consume_key(egui::Modifiers::NONE, egui::Key::ArrowLeft) {
        return Channel::ALL
            .get((position + count - 1) % count)
            .copied()
            .unwrap_or(current);
    }
    let typed: Vec<char> = input
        .events
        .iter()
        .filter_map(|e| match e {
            egui::Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } if modifiers.is_none() => {
                let name = key.name();
                let mut chars = name.chars();
                match (chars.next(), chars.next()) {
                    (Some(letter), None) if letter.is_ascii_alphabetic() => Some(letter),
                    _ => None,
                }
            }
            _ => None,
        })
        .collect();
    let mut channel = current;
    for letter in typed {
        let letter = letter.to_ascii_lowercase();
        let at = Channel::ALL.iter().position(|c| *c == channel).unwrap_or(0);
        if let Some(next) = (1..=count)
            .filter_map(|step| Channel::ALL.get((at + step) % count))
            .find(|c| c.label().to_lowercase().starts_with(letter))
        {
            channel = *next;
        }
    }
    channel
}

/// A combo box of "—" plus every kind.
fn kind_picker<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut Option<T>,
    all: &[T],
    name: impl Fn(T) -> String,
) {
    let selected = value.map_or_else(|| "\u{2014}".to_owned(), &name);
    labelled_combo_ui(ui, label, &selected, |ui| {
        ui.selectable_value(value, None, "\u{2014}");
        for kind in all {
            ui.selectable_value(value, Some(*kind), name(*kind));
        }
    });
}

/// How a touch kind reads in the bar.
pub fn touch_kind_label(kind: TouchKind) -> String {
    match kind {
        TouchKind::Meaningful => tr!("touch-kind-meaningful"),
        TouchKind::Light => tr!("touch-kind-light"),
        TouchKind::SharedMyWork => tr!("touch-kind-shared-my-work"),
    }
}

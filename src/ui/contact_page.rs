use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::actions::gifting::give_item;
use crate::actions::{Action, edits};
use crate::domain::spoken_date::{long_date, spoken_day};
use crate::domain::{AskStatus, Channel, Circle, Contact, ContactId, Direction, Network};
use crate::review::{ask_readiness, balance, gifts_for_contact};

use super::labelled_combo::labelled_combo_ui;
use super::quick_log::touch_kind_label;
use super::{AskPlan, ContactDraft, DraftField, PageTarget, QuickLog, UiQueue};

/// The page beside the table: one contact's fields (edited through a draft), balance and
/// ask readiness, the quick-log bar, and the timeline.
#[derive(Clone, Debug)]
pub struct ContactPage {
    target: Option<PageTarget>,
    draft: Option<ContactDraft>,
    /// The quick-log bar (the shell resets it after a successful log).
    pub quick_log: QuickLog,
    /// The "Plan an ask" form.
    pub ask_plan: AskPlan,
}

/// How many timeline lines to show; older ones are summarised.
const TIMELINE_LIMIT: usize = 200;
/// How many library items the page suggests.
const GIFT_SUGGESTIONS: usize = 3;

impl ContactPage {
    /// A closed page.
    pub fn new(today: NaiveDate) -> Self {
        Self {
            target: None,
            draft: None,
            quick_log: QuickLog::new(today),
            ask_plan: AskPlan::default(),
        }
    }

    /// What the page shows.
    pub fn target(&self) -> Option<PageTarget> {
        self.target
    }

    /// The contact shown, if it is an existing one.
    pub fn contact_id(&self) -> Option<ContactId> {
        match self.target {
            Some(PageTarget::Contact(id)) => Some(id),
            _ => None,
        }
    }

    /// Shows a contact (dropping an unsaved draft of another one).
    pub fn open(&mut self, id: ContactId, today: NaiveDate) {
        if self.target != Some(PageTarget::Contact(id)) {
            self.target = Some(PageTarget::Contact(id));
            self.draft = None;
            self.quick_log = QuickLog::new(today);
            self.ask_plan = AskPlan::default();
        }
    }

    /// Starts a new contact in `circle`, created `today`.
    pub fn open_new(&mut self, id: ContactId, circle: Circle, today: NaiveDate) {
        self.target = Some(PageTarget::New);
        self.draft = Some(ContactDraft::of(&Contact::new(id, "", circle, today)));
        self.quick_log = QuickLog::new(today);
    }

    /// Closes the page.
    pub fn close(&mut self) {
        self.target = None;
        self.draft = None;
    }

    /// The id of the name field, focused when a new contact starts.
    pub fn name_field_id() -> egui::Id {
        egui::Id::unique("contact-name")
    }

    /// Keeps the draft in step with the network: an untouched draft follows undo/redo and
    /// edits made elsewhere; a page whose contact is gone closes.
    fn sync(&mut self, network: &Network) {
        let Some(PageTarget::Contact(id)) = self.target else {
            return;
        };
        let Some(contact) = network.contact(id) else {
            self.close();
            return;
        };
        // Reload when the contact changed under an untouched draft, or when the change
        // is this very draft having been saved.
        let stale = self.draft.as_ref().is_none_or(|d| {
            d.original != *contact && (!d.is_changed() || d.to_contact().as_ref() == Some(contact))
        });
        if stale {
            self.draft = Some(ContactDraft::of(contact));
        }
    }

    /// Draws the page.
    pub fn contact_page_ui(
        &mut self,
        ui: &mut egui::Ui,
        network: &Network,
        today: NaiveDate,
        queue: &mut UiQueue,
    ) {
        self.sync(network);
        let Some(target) = self.target else {
            ui.label("Select a contact to see their page, or add one with New contact.");
            return;
        };
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                self.header_ui(ui, target, network, today, queue);
                ui.separator();
                self.fields_ui(ui, target, network, queue);
                if let PageTarget::Contact(id) = target {
                    ui.separator();
                    give_and_ask_ui(ui, network, id, today);
                    gifts_for_them_ui(ui, network, id, today, queue);
                    self.ask_plan.ask_plan_ui(ui, id, network, today, queue);
                    ui.separator();
                    ui.heading("Log a touch");
                    self.quick_log.quick_log_ui(ui, id, network, queue);
                    ui.separator();
                    timeline_ui(ui, network, id, today);
                }
            });
    }

    fn header_ui(
        &mut self,
        ui: &mut egui::Ui,
        target: PageTarget,
        network: &Network,
        today: NaiveDate,
        queue: &mut UiQueue,
    ) {
        ui.horizontal(|ui| {
            let title = match (target, &self.draft) {
                (PageTarget::New, _) => "New contact".to_owned(),
                (PageTarget::Contact(_), Some(draft)) => draft.original.display_name.clone(),
                (PageTarget::Contact(_), None) => String::new(),
            };
            ui.heading(title);
            if let PageTarget::Contact(id) = target
                && ui
                    .button("Compose message\u{2026}")
                    .on_hover_text("Write an outreach message in ten parts (Ctrl+M)")
                    .clicked()
            {
                queue.compose(id);
            }
            if let PageTarget::Contact(id) = target
                && ui.button("Move to trash").clicked()
                && let Some(action) = trash_action(network, &[id], today)
            {
                queue.apply(action);
            }
            if ui.button("Close").clicked() {
                self.close();
            }
        });
    }

    fn fields_ui(
        &mut self,
        ui: &mut egui::Ui,
        target: PageTarget,
        network: &Network,
        queue: &mut UiQueue,
    ) {
        let Some(draft) = &mut self.draft else {
            return;
        };
        let problems = draft.problems();
        let mut cancel = false;
        fields_grid_ui(ui, draft, target, &problems);
        ui.horizontal(|ui| {
            let changed = draft.is_changed() || target == PageTarget::New;
            let contact = draft.to_contact();
            let save = ui.add_enabled(changed && contact.is_some(), egui::Button::new("Save"));
            if save.clicked()
                && let Some(mut contact) = contact
            {
                queue.apply(match target {
                    PageTarget::New => {
                        // Other changes may have used the id reserved when the page opened.
                        contact.id = ContactId::new(network.fresh_id());
                        draft.original.id = contact.id;
                        Action::InsertContact(Box::new(contact))
                    }
                    PageTarget::Contact(_) => Action::ReplaceContact(Box::new(contact)),
                });
            }
            if ui
                .add_enabled(changed, egui::Button::new("Cancel"))
                .clicked()
            {
                cancel = true;
            }
            if !problems.is_empty() {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    "Fix the marked fields to save.",
                );
            }
        });
        if cancel {
            // Cancel drops the draft: a new contact is abandoned, an edit starts over.
            if target == PageTarget::New {
                self.close();
            } else {
                self.draft = None;
            }
        }
    }

    /// After a new contact was saved, the page shows it like any other.
    pub fn saved_new(&mut self, id: ContactId) {
        if self.target == Some(PageTarget::New) {
            self.target = Some(PageTarget::Contact(id));
            self.draft = None;
        }
    }

    /// The draft's contact id (a new contact has one reserved before it is saved).
    pub fn draft_id(&self) -> Option<ContactId> {
        self.draft.as_ref().map(|d| d.original.id)
    }
}

/// The labelled fields of a draft, each problem under its field.
fn fields_grid_ui(
    ui: &mut egui::Ui,
    draft: &mut ContactDraft,
    target: PageTarget,
    problems: &BTreeMap<DraftField, String>,
) {
    egui::Grid::new("contact-fields")
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            let name = text_row(ui, "Name", &mut draft.name, problems.get(&DraftField::Name));
            if target == PageTarget::New && draft.name.is_empty() && !name.has_focus() {
                name.request_focus();
            }
            text_row(ui, "Company", &mut draft.company, None);
            text_row(ui, "Role", &mut draft.role, None);
            text_row(
                ui,
                "E-mails",
                &mut draft.emails,
                problems.get(&DraftField::Emails),
            );
            text_row(ui, "Phones", &mut draft.phones, None);
            text_row(ui, "Links", &mut draft.links, None);
            text_row(ui, "LinkedIn", &mut draft.linkedin, None);
            labelled_combo_ui(ui, "Circle", draft.circle.label(), |ui| {
                for circle in Circle::ALL {
                    ui.selectable_value(&mut draft.circle, circle, circle.label());
                }
            })
            .on_hover_text(draft.circle.research_note());
            ui.end_row();
            text_row(
                ui,
                "Own cadence (days)",
                &mut draft.cadence,
                problems.get(&DraftField::Cadence),
            );
            ui.label("");
            ui.horizontal(|ui| {
                ui.checkbox(&mut draft.family, "Family");
                ui.checkbox(&mut draft.hub, "Hub");
            });
            ui.end_row();
            text_row(
                ui,
                "Birthday",
                &mut draft.birthday,
                problems.get(&DraftField::Birthday),
            );
            text_row(
                ui,
                "Anniversary",
                &mut draft.anniversary,
                problems.get(&DraftField::Anniversary),
            );
            text_row(ui, "How we met", &mut draft.how_we_met, None);
            text_row(ui, "Tags", &mut draft.tags, None);
            text_row(ui, "Interests", &mut draft.interests, None);
            let label = ui.label("Notes");
            ui.add(
                egui::TextEdit::multiline(&mut draft.notes)
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
            ui.end_row();
        });
}

/// The action that moves contacts to the trash today (one undo step).
pub fn trash_action(network: &Network, ids: &[ContactId], today: NaiveDate) -> Option<Action> {
    let label = match ids {
        [one] => format!(
            "move {} to trash",
            network
                .contact(*one)
                .map_or("contact", |c| c.display_name.as_str())
        ),
        many => format!("move {} contacts to trash", many.len()),
    };
    edits::update_contacts(network, ids, &label, |c| c.trashed_on = Some(today))
}

/// One labelled text field in the fields grid, with its problem underneath.
fn text_row(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut String,
    problem: Option<&String>,
) -> egui::Response {
    let label = ui.label(label);
    let response = ui
        .vertical(|ui| {
            let response = ui
                .add(egui::TextEdit::singleline(value).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            if let Some(problem) = problem {
                ui.colored_label(ui.visuals().error_fg_color, problem);
            }
            response
        })
        .inner;
    ui.end_row();
    response
}

/// Balance and whether an ask would be fair now, with the reasons.
fn give_and_ask_ui(ui: &mut egui::Ui, network: &Network, id: ContactId, today: NaiveDate) {
    let readiness = ask_readiness(network, id, today);
    ui.horizontal_wrapped(|ui| {
        ui.label(format!(
            "Balance {} (gifts minus asks, 24 months)",
            balance(network, id, today)
        ));
        ui.label("\u{b7}");
        if readiness.is_ready() {
            ui.label("Ready to ask.");
        } else {
            ui.label(format!("Not ready to ask: {}.", readiness.explanation()));
        }
    });
}

/// The library items that best match their interests, each with a one-click "Give".
fn gifts_for_them_ui(
    ui: &mut egui::Ui,
    network: &Network,
    id: ContactId,
    today: NaiveDate,
    queue: &mut UiQueue,
) {
    let matches = gifts_for_contact(network, id, GIFT_SUGGESTIONS);
    if matches.is_empty() {
        return;
    }
    ui.label(egui::RichText::new("From your library, they might value").strong());
    for item in matches.iter().filter_map(|m| network.library_item(m.item)) {
        ui.horizontal_wrapped(|ui| {
            if ui
                .button("Give")
                .on_hover_text(format!(
                    "Log \u{201c}{}\u{201d} as given today (a touch and a gift)",
                    item.title
                ))
                .clicked()
                && let Some(action) = give_item(network, item.id, &[id], today, Channel::Email)
            {
                queue.apply(action);
            }
            ui.label(&item.title);
            if !item.why.is_empty() {
                ui.label(egui::RichText::new(&item.why).weak());
            }
        });
    }
}

/// Touches, gifts and asks, newest first.
fn timeline_ui(ui: &mut egui::Ui, network: &Network, id: ContactId, today: NaiveDate) {
    ui.heading("Timeline");
    let mut lines: Vec<(NaiveDate, String)> = Vec::new();
    for touch in network.touches_of(id) {
        let who = match touch.direction {
            Direction::Outbound => "you reached out",
            Direction::Inbound => "they reached out",
        };
        let waiting = if touch.awaiting_reply {
            " \u{b7} awaiting your reply"
        } else {
            ""
        };
        lines.push((
            touch.date,
            format!(
                "{} ({}, {who}{waiting}) {}",
                touch.channel.label(),
                touch_kind_label(touch.kind).to_lowercase(),
                touch.note
            ),
        ));
    }
    for gift in network.gifts_of(id) {
        let verb = match gift.direction {
            Direction::Outbound => "Gave",
            Direction::Inbound => "Received",
        };
        let item = gift
            .item
            .and_then(|i| network.library_item(i))
            .map(|i| i.title.as_str())
            .or((!gift.note.is_empty()).then_some(gift.note.as_str()))
            .map(|what| format!(": {what}"))
            .unwrap_or_default();
        lines.push((
            gift.date,
            format!("{verb} {}{item}", gift.kind.label().to_lowercase()),
        ));
    }
    for ask in network.asks_of(id) {
        let premature = if ask.premature { ", premature" } else { "" };
        let status = if ask.status == AskStatus::Open {
            "open".to_owned()
        } else {
            ask.status.label().to_lowercase()
        };
        lines.push((
            ask.date,
            format!(
                "Asked: {} ({status}{premature})",
                ask.kind.label().to_lowercase()
            ),
        ));
    }
    if lines.is_empty() {
        ui.label("Nothing logged yet.");
        return;
    }
    lines.sort_by_key(|line| std::cmp::Reverse(line.0));
    let older = lines.len().saturating_sub(TIMELINE_LIMIT);
    for (date, text) in lines.into_iter().take(TIMELINE_LIMIT) {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(spoken_day(date, today)).strong())
                .on_hover_text(long_date(date));
            ui.label(text);
        });
    }
    if older > 0 {
        ui.label(format!("… and {older} older entries."));
    }
}

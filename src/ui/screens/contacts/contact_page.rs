use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use crate::actions::gifting::give_item;
use crate::actions::promises::promise_done;
use crate::actions::{Action, edits};
use crate::domain::spoken_date::{long_date, spoken_day, spoken_due, weekday_name};
use crate::domain::{
    Channel, Circle, Contact, ContactId, ContactLabel, Direction, Network, PostalAddress,
};
use crate::review::{
    ask_readiness, balance, due_status, events_with, gifts_for_contact, health_of, last_touches,
    open_promises_of,
};

use crate::i18n::tr;
use crate::ui::ScreenCtx;
use crate::ui::labelled_combo_ui;
use crate::ui::theme;
use crate::ui::touch_kind_label;
use crate::ui::{
    AskPlan, CommandState, ContactDraft, DraftField, PageTarget, QuickLog, UiCommand, UiQueue,
    UiRequest,
};

#[allow(clippy::struct_excessive_bools)] // independent one-frame flags of the page
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
    /// Scroll the page to the top on the next frame (a contact was just opened).
    scroll_to_top: bool,
    /// Bring the log bar into view on the next frame (Ctrl+L).
    reveal_log: bool,
    /// Fields the user has left: their problems show (none before the user has typed).
    touched: BTreeSet<DraftField>,
    /// Save was tried: every problem shows.
    submitted: bool,
    /// The fields are being edited (the form replaces the log bar and timeline).
    editing: bool,
    /// The whole timeline shows, not only the latest entries.
    timeline_all: bool,
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
            scroll_to_top: false,
            reveal_log: false,
            touched: BTreeSet::new(),
            submitted: false,
            editing: false,
            timeline_all: false,
        }
    }

    /// A new day: the log bar's default date follows, unless the user typed one.
    pub fn set_today(&mut self, today: NaiveDate) {
        self.quick_log.set_today(today);
    }

    /// Brings the log bar into view on the next frame.
    pub fn reveal_log(&mut self) {
        self.reveal_log = true;
        self.quick_log.focus_channel();
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
            self.forget_form();
        }
        self.scroll_to_top = true;
    }

    fn forget_form(&mut self) {
        self.touched.clear();
        self.submitted = false;
        self.editing = false;
        self.timeline_all = false;
    }

    /// Starts a new contact in `circle`, created `today`.
    pub fn open_new(&mut self, id: ContactId, circle: Circle, today: NaiveDate) {
        self.target = Some(PageTarget::New);
        self.draft = Some(ContactDraft::of(&Contact::new(id, "", circle, today)));
        self.quick_log = QuickLog::new(today);
        self.forget_form();
        self.scroll_to_top = true;
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
    pub fn contact_page_ui(&mut self, ui: &mut egui::Ui, ctx: &mut ScreenCtx) {
        let (network, today, commands) = (ctx.network, ctx.today, ctx.commands);
        let queue = &mut *ctx.queue;
        self.sync(network);
        let Some(target) = self.target else {
            ui.label(tr!("page-select"));
            return;
        };
        // The header stays in view; the rest scrolls: log bar, timeline, then the fields.
        self.header_ui(ui, target, network, today, &commands, queue);
        ui.separator();
        let mut area = egui::ScrollArea::vertical()
            .id_salt("contact-page-scroll")
            .auto_shrink([false, false]);
        if std::mem::take(&mut self.scroll_to_top) {
            area = area.vertical_scroll_offset(0.0);
        }
        area.show(ui, |ui| match target {
            // Editing (or a new contact): the form, at the top where it is seen.
            PageTarget::New => self.fields_ui(ui, target, network, queue),
            PageTarget::Contact(_) if self.editing => self.fields_ui(ui, target, network, queue),
            PageTarget::Contact(id) => {
                let log = ui.heading(tr!("cmd-focus-quick-log"));
                if std::mem::take(&mut self.reveal_log) {
                    log.scroll_to_me(Some(egui::Align::TOP));
                }
                self.quick_log.quick_log_ui(ui, id, network, queue);
                ui.separator();
                timeline_ui(ui, network, id, today, &mut self.timeline_all);
                ui.separator();
                give_and_ask_ui(ui, network, id, today);
                gifts_for_them_ui(ui, network, id, today, queue);
                self.ask_plan.ask_plan_ui(ui, id, network, today, queue);
                ui.separator();
                if let Some(contact) = network.contact(id) {
                    details_ui(ui, contact);
                }
            }
        });
    }

    fn header_ui(
        &mut self,
        ui: &mut egui::Ui,
        target: PageTarget,
        network: &Network,
        today: NaiveDate,
        commands: &CommandState,
        queue: &mut UiQueue,
    ) {
        let contact = match target {
            PageTarget::Contact(id) => network.contact(id),
            PageTarget::New => None,
        };
        ui.horizontal(|ui| {
            let title = match contact {
                Some(contact) => contact.display_name.clone(),
                None => tr!("cmd-new-contact"),
            };
            ui.heading(title);
            if let Some(contact) = contact
                && !contact.company.is_empty()
            {
                // Two people of one name are told apart by where they work.
                ui.label(egui::RichText::new(&contact.company).weak());
            }
        });
        if let Some(contact) = contact {
            summary_ui(ui, network, contact, today);
            promises_ui(ui, network, contact.id, today, queue);
        }
        ui.horizontal_wrapped(|ui| {
            if contact.is_some() && !self.editing {
                UiCommand::EditContact.button_ui(ui, commands, queue);
            }
            if let Some(contact) = contact {
                UiCommand::ComposeMessage.button_with_label_ui(
                    ui,
                    &tr!("page-compose"),
                    commands,
                    queue,
                );
                UiCommand::PromiseToContact.button_ui(ui, commands, queue);
                UiCommand::MeetingBrief.button_ui(ui, commands, queue);
                if ui.button(tr!("page-move-to-trash")).clicked()
                    && let Some(action) = trash_action(network, &[contact.id], today)
                {
                    queue.apply(action);
                }
                if ui.button(tr!("page-close")).clicked() {
                    self.close();
                }
            }
        });
    }

    /// The contact's fields. Problems show once the user has left a field or tried to
    /// save, in one fixed slot under the form, so no field ever moves. Enter or
    /// Ctrl+Enter saves, Escape cancels (the form owns its keys).
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
        let shown: BTreeMap<DraftField, String> = problems
            .iter()
            .filter(|(field, _)| self.submitted || self.touched.contains(*field))
            .map(|(f, p)| (*f, p.clone()))
            .collect();
        let form = fields_grid_ui(ui, draft, target, &shown);
        self.touched.extend(form.left);
        let (submit, escape) = ui.input_mut(|i| {
            let ctrl_enter =
                form.focused && i.consume_key(egui::Modifiers::COMMAND, egui::Key::Enter);
            let escape = form.focused && i.consume_key(egui::Modifiers::NONE, egui::Key::Escape);
            (ctrl_enter || form.entered, escape)
        });
        // The fixed slot: always one line high, whether or not there is a problem.
        let slot = shown.values().cloned().collect::<Vec<_>>().join(" ");
        let height = ui.text_style_height(&egui::TextStyle::Body);
        ui.allocate_ui(egui::vec2(ui.available_width(), height), |ui| {
            ui.colored_label(ui.visuals().error_fg_color, slot);
        });
        let mut cancel = escape;
        let mut save = submit;
        ui.horizontal(|ui| {
            let changed = draft.is_changed() || target == PageTarget::New;
            save |= ui
                .add_enabled(changed, egui::Button::new(tr!("page-save")))
                .clicked();
            save &= changed;
            cancel |= ui
                .add_enabled(changed, egui::Button::new(tr!("page-cancel")))
                .clicked();
        });
        if save {
            self.submitted = true;
            if let Some(mut contact) = draft.to_contact() {
                queue.apply(match target {
                    PageTarget::New => {
                        // Other changes may have used the id reserved when the page opened.
                        contact.id = ContactId::new(network.fresh_id());
                        draft.original.id = contact.id;
                        Action::InsertContact(Box::new(contact))
                    }
                    PageTarget::Contact(_) => Action::ReplaceContact(Box::new(contact)),
                });
                self.forget_form();
            }
        }
        if cancel {
            // Cancel drops the draft: a new contact is abandoned, an edit starts over.
            if target == PageTarget::New {
                self.close();
            } else {
                self.draft = None;
                self.forget_form();
            }
        }
    }

    /// Starts editing the open contact's details (the form shows at the top of the page).
    pub fn begin_edit(&mut self) {
        if matches!(self.target, Some(PageTarget::Contact(_))) {
            self.editing = true;
            self.scroll_to_top = true;
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

/// What the user did in the fields this frame.
#[derive(Default)]
struct FormInput {
    /// A field of the form has the keyboard.
    focused: bool,
    /// Enter was pressed in a one-line field.
    entered: bool,
    /// Fields the user left this frame.
    left: Vec<DraftField>,
}

/// The labelled fields of a draft; a field with a problem has its label in the error
/// colour (the message is in the slot under the form).
#[allow(clippy::too_many_lines)] // the form's rows, in the order they show
fn fields_grid_ui(
    ui: &mut egui::Ui,
    draft: &mut ContactDraft,
    target: PageTarget,
    problems: &BTreeMap<DraftField, String>,
) -> FormInput {
    let mut form = FormInput::default();
    egui::Grid::new("contact-fields")
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            let mut row = |ui: &mut egui::Ui,
                           label: &str,
                           value: &mut String,
                           field: Option<DraftField>,
                           hint: &str| {
                let problem = field.is_some_and(|f| problems.contains_key(&f));
                let response = text_row(ui, label, value, problem, hint);
                form.focused |= response.has_focus();
                if response.lost_focus() {
                    form.entered |= ui.input(|i| i.key_pressed(egui::Key::Enter));
                    form.left.extend(field);
                }
                response
            };
            let name = row(
                ui,
                &tr!("field-name"),
                &mut draft.name,
                Some(DraftField::Name),
                &tr!("field-name-hint"),
            );
            if target == PageTarget::New
                && draft.name.is_empty()
                && !name.has_focus()
                && !name.lost_focus()
            {
                name.request_focus();
            }
            let contact_rows = [
                (
                    tr!("field-company"),
                    &mut draft.company,
                    None,
                    String::new(),
                ),
                (tr!("field-role"), &mut draft.role, None, String::new()),
                (
                    tr!("field-emails"),
                    &mut draft.emails,
                    Some(DraftField::Emails),
                    tr!("field-emails-hint"),
                ),
                (
                    tr!("field-phones"),
                    &mut draft.phones,
                    None,
                    tr!("field-phones-hint"),
                ),
                (tr!("field-links"), &mut draft.links, None, String::new()),
                (
                    "LinkedIn".to_owned(),
                    &mut draft.linkedin,
                    None,
                    "linkedin.com/in/\u{2026}".to_owned(),
                ),
            ];
            for (label, value, field, hint) in contact_rows {
                row(ui, &label, value, field, &hint);
            }
            let address_focused = addresses_rows_ui(ui, draft);
            circle_row_ui(ui, draft);
            row(
                ui,
                &tr!("field-cadence"),
                &mut draft.cadence,
                Some(DraftField::Cadence),
                &tr!("field-cadence-hint"),
            );
            flags_row_ui(ui, draft);
            let more_rows = [
                (
                    tr!("field-birthday"),
                    &mut draft.birthday,
                    Some(DraftField::Birthday),
                    tr!("field-birthday-hint"),
                ),
                (
                    tr!("field-anniversary"),
                    &mut draft.anniversary,
                    Some(DraftField::Anniversary),
                    tr!("field-anniversary-hint"),
                ),
                (
                    tr!("field-how-we-met"),
                    &mut draft.how_we_met,
                    None,
                    tr!("field-how-we-met-hint"),
                ),
                (
                    tr!("field-tags"),
                    &mut draft.tags,
                    None,
                    tr!("field-tags-hint"),
                ),
                (
                    tr!("field-interests"),
                    &mut draft.interests,
                    None,
                    tr!("field-interests-hint"),
                ),
            ];
            for (label, value, field, hint) in more_rows {
                row(ui, &label, value, field, &hint);
            }
            form.focused |= notes_row_ui(ui, draft) || address_focused;
        });
    form
}

/// The action that moves contacts to the trash today (one undo step).
pub fn trash_action(network: &Network, ids: &[ContactId], today: NaiveDate) -> Option<Action> {
    let label = match ids {
        [one] => tr!(
            "action-trash-one",
            name = network
                .contact(*one)
                .map_or_else(|| tr!("action-a-contact"), |c| c.display_name.clone())
        ),
        many => tr!("action-trash-many", count = many.len()),
    };
    edits::update_contacts(network, ids, &label, |c| c.trashed_on = Some(today))
}

/// One block per postal address (label, street, postcode and city, region and country,
/// Remove) and an "Add address" button; true while one of its fields has the keyboard.
fn addresses_rows_ui(ui: &mut egui::Ui, draft: &mut ContactDraft) -> bool {
    let mut focused = false;
    let mut remove: Option<usize> = None;
    for (index, address) in draft.addresses.iter_mut().enumerate() {
        let n = index + 1;
        ui.label(tr!("address-n", n = n));
        ui.vertical(|ui| {
            ui.horizontal(|ui| {
                let shown = address
                    .label
                    .as_ref()
                    .map_or_else(|| tr!("address-no-label"), ContactLabel::shown);
                let label = ui.label(tr!("address-label-of", n = n));
                egui::ComboBox::from_id_salt(("address-label", index))
                    .selected_text(shown)
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut address.label, None, tr!("address-no-label"));
                        for usual in ContactLabel::USUAL {
                            let title = usual.shown();
                            ui.selectable_value(&mut address.label, Some(usual), title);
                        }
                    })
                    .response
                    .labelled_by(label.id);
                if ui.button(tr!("address-remove", n = n)).clicked() {
                    remove = Some(index);
                }
            });
            let mut part = |ui: &mut egui::Ui, name: &str, value: &mut String, width: f32| {
                let label = ui.label(name);
                let response = ui
                    .add(egui::TextEdit::singleline(value).desired_width(width))
                    .labelled_by(label.id);
                focused |= response.has_focus();
            };
            ui.horizontal(|ui| {
                part(
                    ui,
                    &tr!("address-street"),
                    &mut address.street,
                    f32::INFINITY,
                );
            });
            ui.horizontal(|ui| {
                part(ui, &tr!("address-postcode"), &mut address.postcode, 60.0);
                part(ui, &tr!("address-city"), &mut address.city, f32::INFINITY);
            });
            ui.horizontal(|ui| {
                part(ui, &tr!("address-region"), &mut address.region, 120.0);
                part(
                    ui,
                    &tr!("address-country"),
                    &mut address.country,
                    f32::INFINITY,
                );
            });
        });
        ui.end_row();
    }
    if let Some(index) = remove.filter(|i| *i < draft.addresses.len()) {
        draft.addresses.remove(index);
    }
    ui.label("");
    if ui.button(tr!("address-add")).clicked() {
        draft.addresses.push(PostalAddress::default());
    }
    ui.end_row();
    focused
}

/// The circle picker row, with the research behind the circle on hover.
fn circle_row_ui(ui: &mut egui::Ui, draft: &mut ContactDraft) {
    labelled_combo_ui(ui, &tr!("field-circle"), &draft.circle.label(), |ui| {
        for circle in Circle::ALL {
            ui.selectable_value(&mut draft.circle, circle, circle.label());
        }
    })
    .on_hover_text(draft.circle.research_note());
    ui.end_row();
}

/// Family (kin ties decay slower) and hub.
fn flags_row_ui(ui: &mut egui::Ui, draft: &mut ContactDraft) {
    ui.label("");
    ui.horizontal(|ui| {
        ui.checkbox(&mut draft.family, tr!("field-family"));
        ui.checkbox(&mut draft.hub, tr!("field-hub"));
    });
    ui.end_row();
}

/// The notes row; true while it has the keyboard.
fn notes_row_ui(ui: &mut egui::Ui, draft: &mut ContactDraft) -> bool {
    let label = ui.label(tr!("field-notes"));
    let notes = ui
        .add(
            egui::TextEdit::multiline(&mut draft.notes)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    ui.end_row();
    notes.has_focus()
}

/// One labelled text field in the fields grid, its label in the error colour when the
/// field has a problem, a format hint while empty.
fn text_row(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut String,
    problem: bool,
    hint: &str,
) -> egui::Response {
    // The label keeps its words (screen readers and tests find the field by them); a
    // problem only colours it.
    let text = if problem {
        egui::RichText::new(label)
            .color(ui.visuals().error_fg_color)
            .strong()
    } else {
        egui::RichText::new(label)
    };
    let label = ui.label(text);
    let response = ui
        .add(
            egui::TextEdit::singleline(value)
                .hint_text(hint)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    ui.end_row();
    response
}

/// Circle, health, last touch, next due and balance, in one line under the name.
fn summary_ui(ui: &mut egui::Ui, network: &Network, contact: &Contact, today: NaiveDate) {
    let status = due_status(network, contact, today);
    let health = health_of(status.as_ref());
    ui.horizontal_wrapped(|ui| {
        ui.label(contact.circle.label());
        ui.label("\u{b7}");
        ui.colored_label(theme::health_colour(ui, health), health.label());
        ui.label("\u{b7}");
        let last = status
            .as_ref()
            .and_then(|s| s.last_touch)
            .or(last_touches(network, contact).any);
        match last {
            Some(day) => ui
                .label(tr!("review-last-touch", when = spoken_day(day, today)))
                .on_hover_text(long_date(day)),
            None => ui.label(tr!("review-never-touched")),
        };
        if let Some(status) = &status {
            ui.label("\u{b7}");
            ui.label(spoken_due(status.due_date, today))
                .on_hover_text(long_date(status.due_date));
        }
        ui.label("\u{b7}");
        ui.label(tr!(
            "page-balance-short",
            balance = balance(network, contact.id, today)
        ));
    });
}

/// How many open promises the header lists before "and N more".
const HEADER_PROMISES: usize = 3;

/// The header's open promises (both ways, by due day) with Done / Done as a gift / Edit,
/// and the next coming meeting.
fn promises_ui(
    ui: &mut egui::Ui,
    network: &Network,
    id: ContactId,
    today: NaiveDate,
    queue: &mut UiQueue,
) {
    if let Some(event) = events_with(network, id, today).first() {
        let day = if (event.start.date() - today).num_days() <= 1 {
            spoken_day(event.start.date(), today)
        } else {
            weekday_name(event.start.date())
        };
        ui.label(tr!(
            "page-next-meeting",
            event = event.summary.as_str(),
            day = day,
            time = event.start.format("%H:%M").to_string()
        ))
        .on_hover_text(long_date(event.start.date()));
    }
    let open = open_promises_of(network, id);
    for promise in open.iter().take(HEADER_PROMISES) {
        ui.horizontal_wrapped(|ui| {
            let text = if promise.direction == Direction::Outbound {
                tr!("page-you-promised", text = promise.text.as_str())
            } else {
                tr!("page-they-promised", text = promise.text.as_str())
            };
            ui.label(text);
            let due = spoken_due(promise.due, today);
            let due_label = if promise.due <= today {
                ui.colored_label(ui.visuals().warn_fg_color, due)
            } else {
                ui.weak(due)
            };
            due_label.on_hover_text(long_date(promise.due));
            if ui.small_button(tr!("page-promise-done")).clicked()
                && let Some(action) = promise_done(network, promise.id, today, false)
            {
                queue.apply(action);
            }
            if ui.small_button(tr!("page-promise-gift")).clicked()
                && let Some(action) = promise_done(network, promise.id, today, true)
            {
                queue.apply(action);
            }
            if ui.small_button(tr!("page-promise-edit")).clicked() {
                queue.push(UiRequest::EditPromise(promise.id));
            }
        });
    }
    if open.len() > HEADER_PROMISES {
        ui.weak(tr!(
            "page-more-promises",
            count = open.len() - HEADER_PROMISES
        ));
    }
}

/// Balance and whether an ask would be fair now, with the reasons.
fn give_and_ask_ui(ui: &mut egui::Ui, network: &Network, id: ContactId, today: NaiveDate) {
    let readiness = ask_readiness(network, id, today);
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("page-balance", balance = balance(network, id, today)));
        ui.label("\u{b7}");
        if readiness.is_ready() {
            ui.label(tr!("page-ready-to-ask"));
        } else {
            ui.label(tr!("page-not-ready", why = readiness.explanation()));
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
    ui.label(egui::RichText::new(tr!("page-library-matches")).strong());
    for item in matches.iter().filter_map(|m| network.library_item(m.item)) {
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(tr!("cmd-review-give"))
                .on_hover_text(tr!("page-give-hover", title = item.title.as_str()))
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

/// What the page knows of them, read-only ("Edit details" changes it).
fn details_ui(ui: &mut egui::Ui, contact: &Contact) {
    ui.heading(tr!("page-details"));
    let labelled = |items: Vec<(Option<&ContactLabel>, &str)>| {
        items
            .into_iter()
            .map(|(label, value)| match label {
                Some(label) => format!("{value} ({})", label.typed()),
                None => value.to_owned(),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let addresses = contact
        .addresses
        .iter()
        .map(|a| match &a.label {
            Some(label) => format!("{} ({})", a.one_line(), label.typed()),
            None => a.one_line(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let sets = |items: &BTreeSet<String>| items.iter().cloned().collect::<Vec<_>>().join(", ");
    let birthday = contact.birthday.map(|d| d.to_string()).unwrap_or_default();
    let rows = [
        (tr!("field-company"), contact.company.clone()),
        (tr!("field-role"), contact.role.clone()),
        (
            tr!("field-emails"),
            labelled(
                contact
                    .emails
                    .iter()
                    .map(|e| (e.label.as_ref(), e.address.as_str()))
                    .collect(),
            ),
        ),
        (
            tr!("field-phones"),
            labelled(
                contact
                    .phones
                    .iter()
                    .map(|p| (p.label.as_ref(), p.number.as_str()))
                    .collect(),
            ),
        ),
        (tr!("field-addresses"), addresses),
        (tr!("field-birthday"), birthday),
        (tr!("field-how-we-met"), contact.how_we_met.clone()),
        (tr!("field-tags"), sets(&contact.tags)),
        (tr!("field-interests"), sets(&contact.interests)),
        (tr!("field-notes"), contact.notes.clone()),
    ];
    egui::Grid::new("contact-details")
        .num_columns(2)
        .spacing([8.0, 2.0])
        .show(ui, |ui| {
            for (label, value) in rows.iter().filter(|(_, v)| !v.is_empty()) {
                ui.label(egui::RichText::new(label.as_str()).weak());
                ui.add(egui::Label::new(value).wrap());
                ui.end_row();
            }
        });
}

/// How many timeline entries show before "Show all".
const TIMELINE_SHORT: usize = 12;

/// Touches, gifts and asks, newest first: the latest few, or all when `all`.
fn timeline_ui(
    ui: &mut egui::Ui,
    network: &Network,
    id: ContactId,
    today: NaiveDate,
    all: &mut bool,
) {
    ui.heading(tr!("page-timeline"));
    let mut lines: Vec<(NaiveDate, String)> = Vec::new();
    let (you, they) = (
        tr!("timeline-you-reached-out"),
        tr!("timeline-they-reached-out"),
    );
    let waiting_text = tr!("timeline-awaiting-reply");
    for touch in network.touches_of(id) {
        let who = match touch.direction {
            Direction::Outbound => you.as_str(),
            Direction::Inbound => they.as_str(),
        };
        let waiting = if touch.awaiting_reply {
            waiting_text.as_str()
        } else {
            ""
        };
        // A captured touch says where it came from (mail, calendar, LinkedIn).
        let from = touch
            .captured_from()
            .map(|source| format!(", {}", tr!("page-captured-from", source = source)))
            .unwrap_or_default();
        lines.push((
            touch.date,
            format!(
                "{} ({}, {who}{waiting}{from}) {}",
                touch.channel.label(),
                touch_kind_label(touch.kind).to_lowercase(),
                touch.note
            ),
        ));
    }
    for gift in network.gifts_of(id) {
        let verb = match gift.direction {
            Direction::Outbound => tr!("log-gave"),
            Direction::Inbound => tr!("log-received"),
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
        let status = ask.status.label().to_lowercase();
        let kind = ask.kind.label().to_lowercase();
        lines.push((
            ask.date,
            if ask.premature {
                tr!("timeline-asked-premature", kind = kind, status = status)
            } else {
                tr!("timeline-asked", kind = kind, status = status)
            },
        ));
    }
    if lines.is_empty() {
        ui.label(tr!("timeline-empty"));
        return;
    }
    lines.sort_by_key(|line| std::cmp::Reverse(line.0));
    let limit = if *all { TIMELINE_LIMIT } else { TIMELINE_SHORT };
    let hidden = lines.len().saturating_sub(limit);
    let older = lines.len().saturating_sub(TIMELINE_LIMIT);
    for (date, text) in lines.into_iter().take(limit) {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(spoken_day(date, today)).strong())
                .on_hover_text(long_date(date));
            ui.label(text);
        });
    }
    if *all && older > 0 {
        ui.label(tr!("timeline-older", count = older));
    } else if !*all
        && hidden > 0
        && ui
            .button(tr!("timeline-show-older", count = hidden))
            .clicked()
    {
        *all = true;
    }
}

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use crate::domain::spoken_date::spoken_day;

use crate::actions::gifting::{
    add_library_item, delete_library_item, edit_library_item, give_item,
};
use crate::domain::{Channel, ContactId, Direction, LibraryItemId, Network, fold::fold};
use crate::i18n::{Language, tr};
use crate::review::{PersonMatch, who_would_value};

use crate::ui::ScreenCtx;
use crate::ui::labelled_combo_ui;
use crate::ui::labelled_text_ui;
use crate::ui::{LibraryDraft, UiQueue};

/// How many people "who would value this" lists.
const PEOPLE_SHOWN: usize = 40;
/// "Select the top …" picks this many.
const TOP_PICK: usize = 5;

/// One line of the library list, built once per change of the network.
#[derive(Clone, Debug)]
struct LibraryRow {
    id: LibraryItemId,
    title: String,
    detail: String,
    /// Title and topics folded, for the filter.
    folded: String,
}

/// The gift library: items on the left; the selected item's fields, who would value it
/// and giving it to several people at once on the right.
#[derive(Debug)]
pub struct GiftsScreen {
    draft: Option<LibraryDraft>,
    find: String,
    chosen: BTreeSet<ContactId>,
    channel: Channel,
    rows: Vec<LibraryRow>,
    /// Who received each item (outbound gifts that point to it).
    given: BTreeMap<LibraryItemId, Vec<ContactId>>,
    people: Vec<PersonMatch>,
    /// Each ranked person's line ("Affinitetsgruppen · 2 fælles emner"), formatted with the
    /// ranking, not per row per frame.
    people_details: Vec<String>,
    /// The revision, day, language and item `people` was ranked for.
    people_for: Option<(u64, NaiveDate, Language, LibraryItemId)>,
    /// The revision, day and language the rows were built for.
    revision: Option<(u64, NaiveDate, Language)>,
}

impl Default for GiftsScreen {
    fn default() -> Self {
        Self {
            draft: None,
            find: String::new(),
            chosen: BTreeSet::new(),
            channel: Channel::Email,
            rows: Vec::new(),
            given: BTreeMap::new(),
            people: Vec::new(),
            people_details: Vec::new(),
            people_for: None,
            revision: None,
        }
    }
}

impl GiftsScreen {
    /// The item whose page shows, if any.
    pub fn selected(&self) -> Option<LibraryItemId> {
        self.draft.as_ref().and_then(|d| d.id)
    }

    /// Shows an item (from the contact page or after adding it).
    pub fn select(&mut self, network: &Network, id: LibraryItemId) {
        self.draft = network.library_item(id).map(LibraryDraft::of);
        self.chosen.clear();
    }

    /// Rebuilds the list and the ranking after a change of the network or the day.
    fn refresh(&mut self, network: &Network, revision: u64, today: NaiveDate) {
        let language = crate::i18n::language();
        if self.revision != Some((revision, today, language)) {
            self.revision = Some((revision, today, language));
            self.given.clear();
            for gift in network
                .gifts()
                .filter(|g| g.direction == Direction::Outbound)
            {
                if let Some(item) = gift.item {
                    self.given.entry(item).or_default().push(gift.contact);
                }
            }
            let mut items: Vec<_> = network.library().collect();
            items.sort_by(|a, b| b.added.cmp(&a.added).then(a.title.cmp(&b.title)));
            self.rows = items
                .into_iter()
                .map(|item| {
                    let topics = item
                        .topics
                        .iter()
                        .map(String::as_str)
                        .collect::<Vec<_>>()
                        .join(", ");
                    let given = self.given.get(&item.id).map_or(0, Vec::len);
                    LibraryRow {
                        id: item.id,
                        title: item.title.clone(),
                        detail: tr!(
                            "gifts-row-detail",
                            topics = topics.as_str(),
                            given = given,
                            added = spoken_day(item.added, today)
                        ),
                        folded: fold(&format!("{} {topics}", item.title)),
                    }
                })
                .collect();
            // The item shown may be gone (undo of adding it) or changed (redo of an edit).
            if let Some(id) = self.selected() {
                match network.library_item(id) {
                    None => self.draft = None,
                    Some(item) => {
                        if let Some(draft) = &mut self.draft
                            && draft.original.as_ref() != Some(item)
                        {
                            *draft = LibraryDraft::of(item);
                        }
                    }
                }
            }
        }
        match self.selected() {
            Some(id) if self.people_for != Some((revision, today, language, id)) => {
                self.people = who_would_value(network, id, today, PEOPLE_SHOWN);
                self.people_details = self
                    .people
                    .iter()
                    .map(|person| {
                        let circle = network
                            .contact(person.contact)
                            .map(|c| c.circle.label())
                            .unwrap_or_default();
                        person_detail(&circle, person)
                    })
                    .collect();
                self.people_for = Some((revision, today, language, id));
                let still: BTreeSet<ContactId> = self.people.iter().map(|p| p.contact).collect();
                self.chosen.retain(|c| still.contains(c));
            }
            Some(_) => {}
            None => {
                self.people.clear();
                self.people_details.clear();
                self.people_for = None;
            }
        }
    }

    /// Draws the screen.
    pub fn gifts_screen_ui(&mut self, ui: &mut egui::Ui, ctx: &mut ScreenCtx) {
        let (network, revision, today) = (ctx.network, ctx.revision, ctx.today);
        let queue = &mut *ctx.queue;
        self.refresh(network, revision, today);
        egui::Panel::left("gift-library")
            .resizable(true)
            .default_size(360.0)
            .min_size(260.0)
            .show(ui, |ui| self.library_ui(ui, network, today));
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| self.item_ui(ui, network, today, queue));
        });
    }

    fn library_ui(&mut self, ui: &mut egui::Ui, network: &Network, today: NaiveDate) {
        ui.horizontal(|ui| {
            ui.heading(tr!("gifts-library"));
            if ui.button(tr!("gifts-add-item")).clicked() {
                self.draft = Some(LibraryDraft::new(today));
                self.chosen.clear();
            }
        });
        ui.label(egui::RichText::new(tr!("gifts-library-help")).weak());
        ui.horizontal(|ui| {
            labelled_text_ui(
                ui,
                &tr!("gifts-find"),
                &mut self.find,
                &tr!("gifts-find-hint"),
                220.0,
            );
        });
        ui.separator();
        let wanted = fold(self.find.trim());
        let shown: Vec<&LibraryRow> = self
            .rows
            .iter()
            .filter(|row| wanted.is_empty() || row.folded.contains(&wanted))
            .collect();
        if shown.is_empty() {
            ui.label(if self.rows.is_empty() {
                tr!("gifts-library-empty")
            } else {
                tr!("gifts-no-match")
            });
            return;
        }
        let selected = self.selected();
        let spacing = ui.spacing().item_spacing.y;
        let row_height = ui.text_style_height(&egui::TextStyle::Body) * 2.0
            + ui.spacing().button_padding.y * 2.0
            + spacing * 2.0;
        let mut clicked = None;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show_rows(ui, row_height, shown.len(), |ui, range| {
                for row in shown.iter().skip(range.start).take(range.len()) {
                    let response = ui.selectable_label(Some(row.id) == selected, &row.title);
                    ui.horizontal(|ui| {
                        ui.add_space(ui.spacing().button_padding.x);
                        ui.label(egui::RichText::new(&row.detail).weak());
                    });
                    if response.clicked() {
                        clicked = Some(row.id);
                    }
                }
            });
        if let Some(id) = clicked {
            self.select(network, id);
        }
    }

    fn item_ui(
        &mut self,
        ui: &mut egui::Ui,
        network: &Network,
        today: NaiveDate,
        queue: &mut UiQueue,
    ) {
        let Some(draft) = &mut self.draft else {
            ui.heading(tr!("screen-gifts"));
            ui.label(tr!("gifts-select-help"));
            return;
        };
        ui.heading(if draft.id.is_some() {
            tr!("gifts-item")
        } else {
            tr!("gifts-new-item")
        });
        item_fields_ui(ui, draft);
        if let Some(error) = &draft.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        let mut close = false;
        ui.horizontal(|ui| match draft.id {
            None => {
                if ui.button(tr!("gifts-add-to-library")).clicked() {
                    match draft.to_item() {
                        Ok(item) => {
                            let (id, action) = add_library_item(network, item);
                            queue.apply(action);
                            draft.id = Some(id);
                            draft.error = None;
                        }
                        Err(error) => draft.error = Some(error),
                    }
                }
                if ui.button(tr!("page-cancel")).clicked() {
                    close = true;
                }
            }
            Some(id) => {
                if ui.button(tr!("gifts-save-item")).clicked() {
                    match draft.to_item() {
                        Ok(item) => {
                            draft.error = None;
                            if let Some(action) = edit_library_item(network, item) {
                                queue.apply(action);
                            }
                        }
                        Err(error) => draft.error = Some(error),
                    }
                }
                if ui.button(tr!("gifts-delete-item")).clicked()
                    && let Some(action) = delete_library_item(network, id)
                {
                    queue.apply(action);
                    close = true;
                }
            }
        });
        if close {
            self.draft = None;
            return;
        }
        if let Some(id) = self.selected()
            && network.library_item(id).is_some()
        {
            ui.separator();
            self.people_ui(ui, network, id, today, queue);
        }
    }

    fn people_ui(
        &mut self,
        ui: &mut egui::Ui,
        network: &Network,
        item: LibraryItemId,
        today: NaiveDate,
        queue: &mut UiQueue,
    ) {
        ui.heading(tr!("gifts-who"));
        ui.label(egui::RichText::new(tr!("gifts-who-help")).weak());
        if let Some(got) = self.given.get(&item) {
            let names: Vec<&str> = got
                .iter()
                .filter_map(|id| network.contact(*id))
                .map(|c| c.display_name.as_str())
                .collect();
            ui.label(tr!("gifts-already-given", names = names.join(", ")));
        }
        if self.people.is_empty() {
            ui.label(tr!("gifts-nobody"));
        } else {
            ui.horizontal(|ui| {
                if ui
                    .button(tr!("gifts-select-top", count = TOP_PICK))
                    .clicked()
                {
                    self.chosen = self
                        .people
                        .iter()
                        .take(TOP_PICK)
                        .map(|p| p.contact)
                        .collect();
                }
                if ui.button(tr!("gifts-clear-selection")).clicked() {
                    self.chosen.clear();
                }
                ui.separator();
                labelled_combo_ui(ui, &tr!("gifts-sent-by"), &self.channel.label(), |ui| {
                    for channel in Channel::ALL {
                        ui.selectable_value(&mut self.channel, channel, channel.label());
                    }
                });
                let count = self.chosen.len();
                let label = tr!("gifts-give-to", count = count);
                let chosen: Vec<ContactId> = self.chosen.iter().copied().collect();
                if ui
                    .add_enabled(count > 0, egui::Button::new(label))
                    .clicked()
                    && let Some(action) = give_item(network, item, &chosen, today, self.channel)
                {
                    queue.apply(action);
                    self.chosen.clear();
                }
            });
            egui::Grid::new("who-would-value")
                .num_columns(2)
                .striped(true)
                .spacing([16.0, 4.0])
                .show(ui, |ui| {
                    for (person, detail) in self.people.iter().zip(&self.people_details) {
                        let Some(contact) = network.contact(person.contact) else {
                            continue;
                        };
                        let mut on = self.chosen.contains(&person.contact);
                        if ui.checkbox(&mut on, &contact.display_name).changed() {
                            if on {
                                self.chosen.insert(person.contact);
                            } else {
                                self.chosen.remove(&person.contact);
                            }
                        }
                        ui.label(detail.as_str());
                        ui.end_row();
                    }
                });
        }
    }
}

/// "Affinity group · 2 shared topics · 14 days overdue", in this thread's language (made
/// once per ranking, see `GiftsScreen::people_details`).
fn person_detail(circle: &str, person: &PersonMatch) -> String {
    let topics = tr!("gifts-shared-topics", count = person.overlap);
    let due = match person.days_overdue {
        Some(days) if days > 0 => tr!("gifts-days-overdue", count = days),
        Some(0) => tr!("gifts-due-today"),
        _ => String::new(),
    };
    format!("{circle} \u{b7} {topics}{due}")
}

/// A grid row: the label, then its field (several lines for `multiline`).
fn labelled_row(ui: &mut egui::Ui, label: &str, text: &mut String, hint: &str, multiline: bool) {
    let label = ui.label(label);
    let edit = if multiline {
        egui::TextEdit::multiline(text).desired_rows(3)
    } else {
        egui::TextEdit::singleline(text)
    };
    ui.add(edit.hint_text(hint).desired_width(420.0))
        .labelled_by(label.id);
    ui.end_row();
}

/// The library item's fields: title, link, why, topics and the day it was added.
fn item_fields_ui(ui: &mut egui::Ui, draft: &mut LibraryDraft) {
    egui::Grid::new("library-item")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            labelled_row(
                ui,
                &tr!("gifts-title"),
                &mut draft.title,
                &tr!("gifts-title-hint"),
                false,
            );
            labelled_row(
                ui,
                &tr!("show-link"),
                &mut draft.link,
                "https://\u{2026}",
                false,
            );
            labelled_row(
                ui,
                &tr!("gifts-why"),
                &mut draft.why,
                &tr!("gifts-why-hint"),
                true,
            );
            labelled_row(
                ui,
                &tr!("gifts-topics"),
                &mut draft.topics,
                &tr!("gifts-topics-hint"),
                false,
            );
            labelled_row(
                ui,
                &tr!("gifts-added"),
                &mut draft.added,
                &tr!("date-hint"),
                false,
            );
        });
}

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use crate::domain::spoken_date::spoken_day;

use crate::actions::gifting::{
    add_library_item, delete_library_item, edit_library_item, give_item,
};
use crate::domain::{Channel, ContactId, Direction, LibraryItemId, Network, fold::fold};
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
    /// The revision and item `people` was ranked for.
    people_for: Option<(u64, LibraryItemId)>,
    revision: Option<u64>,
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
        if self.revision != Some(revision) {
            self.revision = Some(revision);
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
                    let given = match self.given.get(&item.id).map_or(0, Vec::len) {
                        0 => "not given yet".to_owned(),
                        1 => "given once".to_owned(),
                        n => format!("given {n}\u{d7}"),
                    };
                    LibraryRow {
                        id: item.id,
                        title: item.title.clone(),
                        detail: format!(
                            "{topics} \u{b7} {given} \u{b7} added {}",
                            spoken_day(item.added, today)
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
            Some(id) if self.people_for != Some((revision, id)) => {
                self.people = who_would_value(network, id, today, PEOPLE_SHOWN);
                self.people_for = Some((revision, id));
                let still: BTreeSet<ContactId> = self.people.iter().map(|p| p.contact).collect();
                self.chosen.retain(|c| still.contains(c));
            }
            Some(_) => {}
            None => {
                self.people.clear();
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
            ui.heading("Gift library");
            if ui.button("Add an item").clicked() {
                self.draft = Some(LibraryDraft::new(today));
                self.chosen.clear();
            }
        });
        ui.label(
            egui::RichText::new(
                "Articles, reports and ideas worth someone's time. Giving one is a touch and \
                 counts toward asking later.",
            )
            .weak(),
        );
        ui.horizontal(|ui| {
            labelled_text_ui(ui, "Find", &mut self.find, "title or topic", 220.0);
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
                "The library is empty. Add an article, report or idea you would like to pass on."
            } else {
                "No item matches."
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
            ui.heading("Gifts");
            ui.label(
                "Select an item to see who would value it, or add one. Give before you ask: \
                 a gift in the last 12 months is what makes an ask fair.",
            );
            return;
        };
        ui.heading(if draft.id.is_some() {
            "Library item"
        } else {
            "New library item"
        });
        egui::Grid::new("library-item")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                labelled_row(
                    ui,
                    "Title",
                    &mut draft.title,
                    "The article, report or idea",
                    false,
                );
                labelled_row(ui, "Link", &mut draft.link, "https://\u{2026}", false);
                labelled_row(
                    ui,
                    "Why it is worth their time",
                    &mut draft.why,
                    "Two or three lines",
                    true,
                );
                labelled_row(
                    ui,
                    "Topics",
                    &mut draft.topics,
                    "energy, pricing, leadership",
                    false,
                );
                labelled_row(ui, "Added", &mut draft.added, "YYYY-MM-DD", false);
            });
        if let Some(error) = &draft.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        let mut close = false;
        ui.horizontal(|ui| match draft.id {
            None => {
                if ui.button("Add to library").clicked() {
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
                if ui.button("Cancel").clicked() {
                    close = true;
                }
            }
            Some(id) => {
                if ui.button("Save item").clicked() {
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
                if ui.button("Delete item").clicked()
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
        ui.heading("Who would value this");
        ui.label(
            egui::RichText::new(
                "Ranked by topics shared with their interests and tags; inner circles and \
                 overdue people first. Nobody who already got it.",
            )
            .weak(),
        );
        if let Some(got) = self.given.get(&item) {
            let names: Vec<&str> = got
                .iter()
                .filter_map(|id| network.contact(*id))
                .map(|c| c.display_name.as_str())
                .collect();
            ui.label(format!("Already given to {}", names.join(", ")));
        }
        if self.people.is_empty() {
            ui.label(
                "Nobody in your network lists these topics among their interests or tags yet.",
            );
        } else {
            ui.horizontal(|ui| {
                if ui.button(format!("Select the top {TOP_PICK}")).clicked() {
                    self.chosen = self
                        .people
                        .iter()
                        .take(TOP_PICK)
                        .map(|p| p.contact)
                        .collect();
                }
                if ui.button("Clear selection").clicked() {
                    self.chosen.clear();
                }
                ui.separator();
                labelled_combo_ui(ui, "Sent by", &self.channel.label(), |ui| {
                    for channel in Channel::ALL {
                        ui.selectable_value(&mut self.channel, channel, channel.label());
                    }
                });
                let count = self.chosen.len();
                let label = match count {
                    1 => "Give to 1 person".to_owned(),
                    n => format!("Give to {n} people"),
                };
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
                    for person in &self.people {
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
                        ui.label(person_detail(&contact.circle.label(), person));
                        ui.end_row();
                    }
                });
        }
    }
}

/// "Affinity group · 2 shared topics · 14 days overdue".
fn person_detail(circle: &str, person: &PersonMatch) -> String {
    let topics = match person.overlap {
        1 => "1 shared topic".to_owned(),
        n => format!("{n} shared topics"),
    };
    let due = match person.days_overdue {
        Some(days) if days > 0 => format!(" \u{b7} {days} days overdue"),
        Some(0) => " \u{b7} due today".to_owned(),
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

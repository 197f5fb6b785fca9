use chrono::NaiveDate;
use egui::{Align, Layout, Sense};
use egui_extras::{Column, TableBuilder};

use crate::actions::edits;
use crate::domain::{Circle, ContactId, Network};
use crate::i18n::tr;
use crate::review::Health;
use crate::session::Session;

use crate::ui::Memo;
use crate::ui::ScreenCtx;
use crate::ui::labelled_combo_ui;
use crate::ui::trash_action;
use crate::ui::{
    ContactFilter, ContactTable, RowText, RowTexts, Screen, SearchIndex, Selection, SortColumn,
    TableSort, UiCommand, UiQueue,
};

/// The Contacts screen: search, filters, the virtualised table and bulk actions on the
/// selection.
pub struct ContactsScreen {
    /// The search text (the field sits in the top bar).
    pub query: String,
    /// Circle, tag, due and hub filters.
    pub filter: ContactFilter,
    /// The sort column and direction.
    pub sort: TableSort,
    /// Selected rows.
    pub selection: Selection,
    table: ContactTable,
    bulk_tag: String,
    bulk_circle: Circle,
    /// A row to bring into view on the next frame (keyboard navigation, jumps).
    scroll_to: Option<usize>,
    /// The rows' words, kept per revision, day and language.
    row_texts: RowTexts,
    /// The column headers, kept per language.
    headers: Memo<Vec<(SortColumn, String)>>,
}

const ROW_HEIGHT: f32 = 22.0;

impl Default for ContactsScreen {
    fn default() -> Self {
        Self {
            query: String::new(),
            filter: ContactFilter::default(),
            sort: TableSort::default(),
            selection: Selection::default(),
            table: ContactTable::default(),
            bulk_tag: String::new(),
            bulk_circle: Circle::Active,
            scroll_to: None,
            row_texts: RowTexts::default(),
            headers: Memo::default(),
        }
    }
}

impl ContactsScreen {
    /// The id of the search field, for Ctrl+F.
    pub fn search_id() -> egui::Id {
        egui::Id::unique("contact-search")
    }

    /// Brings the cached rows up to date (only the contacts changed since the last call
    /// are rebuilt) and the shown rows for the search, filters and sort, and drops selected
    /// contacts that went to the trash.
    pub fn refresh(&mut self, session: &Session, today: NaiveDate) {
        let network = session.network();
        self.table
            .sync_rows(network, session.revision(), today, |since| {
                session.changes_since(since)
            });
        self.table.show(&self.query, &self.filter, self.sort);
        self.selection
            .retain(|id| network.contact(id).is_some_and(|c| !c.is_trashed()));
    }

    /// The search index, up to date, for the command palette.
    pub fn search_index(&mut self, network: &Network, revision: u64) -> &mut SearchIndex {
        let index = self.table.index_mut();
        index.refresh(network, revision);
        index
    }

    /// How many contacts there are, and how many are in the trash (counted once per
    /// revision: counting 30,000 contacts every frame would show).
    pub fn counts(&self) -> (usize, usize) {
        (self.table.total_len(), self.table.trashed_len())
    }

    /// Selects every shown row.
    pub fn select_all(&mut self) {
        self.selection.set(self.table.shown_ids());
    }

    /// The contact one row below (`forward`) or above `current`; the first row when
    /// nothing is open.
    pub fn neighbour(&mut self, current: Option<ContactId>, forward: bool) -> Option<ContactId> {
        let position = match current.and_then(|id| self.table.position_of(id)) {
            Some(at) if forward => (at + 1).min(self.table.shown_len().saturating_sub(1)),
            Some(at) => at.saturating_sub(1),
            None => 0,
        };
        self.table.shown_row(position).map(|row| row.id)
    }

    /// Shows a contact: selects it and clears a search or filter that hides it.
    pub fn reveal(&mut self, id: ContactId) {
        if self.table.position_of(id).is_none() {
            self.query.clear();
            self.filter = ContactFilter::default();
        }
        self.selection.set([id]);
        self.scroll_to = self.table.position_of(id);
    }

    /// The search field of the top bar. It works from every screen: typing shows the
    /// Contacts with the best match first and the list at its top; Enter opens the best
    /// match.
    pub fn search_ui(&mut self, ui: &mut egui::Ui, width: f32, queue: &mut UiQueue) {
        let label = ui.label(tr!("search-label"));
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut self.query)
                    .id(Self::search_id())
                    .hint_text(tr!("search-hint"))
                    .desired_width(width),
            )
            .labelled_by(label.id);
        if response.changed() {
            self.scroll_to = Some(0);
            queue.command(UiCommand::Show(Screen::Contacts));
        }
        if response.lost_focus()
            && ui.input(|i| i.key_pressed(egui::Key::Enter))
            && !self.query.trim().is_empty()
            && let Some(best) = self.table.shown_row(0)
        {
            queue.open_contact(best.id);
        }
    }

    /// Draws the screen; `open` is the contact whose page is showing.
    pub fn contacts_screen_ui(&mut self, ui: &mut egui::Ui, ctx: &mut ScreenCtx) {
        let (network, today, open) = (ctx.network, ctx.today, ctx.open_contact);
        self.row_texts.start_frame(ctx.revision, today);
        let queue = &mut *ctx.queue;
        self.filters_ui(ui);
        if !self.selection.is_empty() {
            self.bulk_ui(ui, network, today, queue);
        }
        ui.separator();
        self.table_ui(ui, today, open, queue);
    }

    fn filters_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal_wrapped(|ui| {
            let circle_text = self
                .filter
                .circle
                .map_or_else(|| tr!("filter-all-circles"), Circle::label);
            labelled_combo_ui(ui, &tr!("field-circle"), &circle_text, |ui| {
                ui.selectable_value(&mut self.filter.circle, None, tr!("filter-all-circles"));
                for circle in Circle::ALL {
                    ui.selectable_value(&mut self.filter.circle, Some(circle), circle.label());
                }
            });
            let tag_text = self
                .filter
                .tag
                .clone()
                .unwrap_or_else(|| tr!("filter-all-tags"));
            labelled_combo_ui(ui, &tr!("filter-tag"), &tag_text, |ui| {
                ui.selectable_value(&mut self.filter.tag, None, tr!("filter-all-tags"));
                for tag in self.table.all_tags() {
                    ui.selectable_value(&mut self.filter.tag, Some(tag.clone()), tag);
                }
            });
            ui.checkbox(&mut self.filter.due_only, tr!("filter-due-only"));
            ui.checkbox(&mut self.filter.hubs_only, tr!("filter-hubs-only"));
            ui.checkbox(&mut self.filter.promises_due, tr!("filter-promises-due"));
            ui.checkbox(&mut self.filter.this_week, tr!("filter-this-week"));
            if self.filter.is_active() && ui.button(tr!("filter-clear")).clicked() {
                self.filter = ContactFilter::default();
            }
            ui.label(tr!(
                "filter-shown-of",
                shown = self.table.shown_len(),
                count = self.table.total_len()
            ));
        });
    }

    fn bulk_ui(
        &mut self,
        ui: &mut egui::Ui,
        network: &Network,
        today: NaiveDate,
        queue: &mut UiQueue,
    ) {
        let ids = self.selection.ids();
        ui.horizontal_wrapped(|ui| {
            ui.strong(tr!("bulk-selected", count = ids.len()));
            let label = ui.label(tr!("bulk-tag-to-add"));
            ui.add(egui::TextEdit::singleline(&mut self.bulk_tag).desired_width(110.0))
                .labelled_by(label.id);
            let tag = self.bulk_tag.trim().to_owned();
            if ui
                .add_enabled(!tag.is_empty(), egui::Button::new(tr!("bulk-add-tag")))
                .clicked()
                && let Some(action) = edits::update_contacts(
                    network,
                    &ids,
                    &tr!("action-tag-many", count = ids.len(), tag = tag.as_str()),
                    |c| {
                        c.tags.insert(tag.clone());
                    },
                )
            {
                queue.apply(action);
                self.bulk_tag.clear();
            }
            labelled_combo_ui(ui, &tr!("bulk-move-to"), &self.bulk_circle.label(), |ui| {
                for circle in Circle::ALL {
                    ui.selectable_value(&mut self.bulk_circle, circle, circle.label());
                }
            });
            let circle = self.bulk_circle;
            if ui.button(tr!("review-move-to")).clicked()
                && let Some(action) = edits::update_contacts(
                    network,
                    &ids,
                    &tr!(
                        "action-move-many",
                        count = ids.len(),
                        circle = circle.label()
                    ),
                    |c| c.circle = circle,
                )
            {
                queue.apply(action);
            }
            if ui.button(tr!("bulk-delete")).clicked()
                && let Some(action) = trash_action(network, &ids, today)
            {
                queue.apply(action);
            }
        });
    }

    fn table_ui(
        &mut self,
        ui: &mut egui::Ui,
        today: NaiveDate,
        open: Option<ContactId>,
        queue: &mut UiQueue,
    ) {
        let mut sort_by = None;
        let mut clicked: Option<(ContactId, egui::Modifiers)> = None;
        let modifiers = ui.input(|i| i.modifiers);
        let table = &self.table;
        let selection = &self.selection;
        let sort = self.sort;
        let row_texts = &mut self.row_texts;
        let headers = self.headers.get(0, today, || {
            SortColumn::ALL.map(|c| (c, c.label())).to_vec()
        });
        let sort_hint = tr!("table-sort-hint");
        let at_risk = tr!("table-at-risk");

        ui.style_mut().interaction.selectable_labels = false;
        let scroll_to = self.scroll_to.take();
        // A narrow window scrolls the table sideways instead of squeezing its columns.
        egui::ScrollArea::horizontal()
            .id_salt("contacts-table-sideways")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let mut builder = TableBuilder::new(ui);
                if let Some(row) = scroll_to {
                    builder = builder.scroll_to_row(row, None);
                }
                builder
                    .id_salt("contacts-table")
                    .striped(true)
                    .resizable(true)
                    .sense(Sense::click())
                    .auto_shrink([false, false])
                    .cell_layout(Layout::left_to_right(Align::Center))
                    .column(Column::initial(190.0).at_least(100.0).clip(true))
                    .column(Column::initial(120.0).at_least(60.0).clip(true))
                    .column(Column::initial(130.0).at_least(60.0).clip(true))
                    .column(Column::initial(90.0).at_least(60.0))
                    .column(Column::initial(90.0).at_least(60.0))
                    .column(Column::initial(60.0).at_least(40.0))
                    .column(Column::remainder().at_least(60.0).clip(true))
                    .header(ROW_HEIGHT, |header| {
                        sort_by = header_row_ui(header, headers, sort, &sort_hint);
                    })
                    .body(|body| {
                        body.rows(ROW_HEIGHT, table.shown_len(), |mut row| {
                            let Some(data) = table.shown_row(row.index()) else {
                                return;
                            };
                            let selected = selection.contains(data.id) || open == Some(data.id);
                            row.set_selected(selected);
                            let text = row_texts.get(data, today);
                            row.col(|ui| {
                                let button = egui::Button::new(text.name.as_str()).frame(false);
                                if ui.add(button).clicked() {
                                    clicked = Some((data.id, modifiers));
                                }
                            });
                            row.col(|ui| {
                                ui.label(text.circle.as_str());
                            });
                            row.col(|ui| {
                                ui.label(&data.company);
                            });
                            row.col(|ui| {
                                if data.last_touch.is_some() {
                                    ui.label(text.last_touch.as_str())
                                        .on_hover_text(text.last_touch_long.as_str());
                                }
                            });
                            row.col(|ui| {
                                due_cell_ui(ui, data.health, text, selected, &at_risk);
                            });
                            row.col(|ui| {
                                ui.label(data.balance.to_string());
                            });
                            row.col(|ui| {
                                ui.label(&data.tags_text);
                            });
                            if clicked.is_none() && row.response().clicked() {
                                clicked = Some((data.id, modifiers));
                            }
                        });
                    });
            });
        if let Some(column) = sort_by {
            self.sort = self.sort.clicked(column);
        }
        if let Some((id, modifiers)) = clicked {
            self.selection.click(id, modifiers, &self.table);
            if !modifiers.shift && !modifiers.command {
                queue.open_contact(id);
            }
        }
    }
}

/// The column headers; returns the column clicked, to sort by.
fn header_row_ui(
    mut header: egui_extras::TableRow<'_, '_>,
    headers: &[(SortColumn, String)],
    sort: TableSort,
    hint: &str,
) -> Option<SortColumn> {
    let mut clicked = None;
    for (column, label) in headers {
        let column = *column;
        header.col(|ui| {
            let text = egui::RichText::new(label.as_str()).strong();
            if ui
                .add(egui::Button::new(text).frame(false))
                .on_hover_text(hint)
                .clicked()
            {
                clicked = Some(column);
            }
            if sort.column == column {
                sort_arrow_ui(ui, sort.ascending);
            }
        });
    }
    clicked
}

/// A small painted triangle beside the sorted column's header (the bundled font has no
/// arrow glyphs): pointing up for ascending.
fn sort_arrow_ui(ui: &mut egui::Ui, ascending: bool) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), Sense::hover());
    let c = rect.center();
    let (tip, base) = if ascending { (-4.0, 3.0) } else { (4.0, -3.0) };
    let points = vec![
        egui::pos2(c.x, c.y + tip),
        egui::pos2(c.x - 4.0, c.y + base),
        egui::pos2(c.x + 4.0, c.y + base),
    ];
    let colour = ui.visuals().strong_text_color();
    ui.painter().add(egui::Shape::convex_polygon(
        points,
        colour,
        egui::Stroke::NONE,
    ));
}

/// The "next due" cell: when, in words, coloured by health, the full date on hover.
fn due_cell_ui(ui: &mut egui::Ui, health: Health, text: &RowText, selected: bool, at_risk: &str) {
    let due = text.next_due.as_str();
    let (due_colour, risk_colour) = (ui.visuals().warn_fg_color, ui.visuals().error_fg_color);
    // On the selection colour the warning colours lose their contrast; the row is
    // highlighted anyway.
    let label = match health {
        Health::Ok => ui.label(due),
        _ if selected => ui.label(due),
        Health::Due => ui.colored_label(due_colour, due),
        Health::AtRisk => ui.colored_label(risk_colour, due).on_hover_text(at_risk),
    };
    if !text.next_due_long.is_empty() {
        label.on_hover_text(text.next_due_long.as_str());
    }
}

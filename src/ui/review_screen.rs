use chrono::{Days, Months, NaiveDate};

use crate::actions::{LogEntry, edits};
use crate::domain::spoken_date::{long_date, spoken_day};
use crate::domain::{
    AskId, AskStatus, Channel, Circle, ContactId, GiftKind, LibraryItemId, Network,
};
use crate::review::{
    ReviewItem, ReviewSection, ReviewStreak, gifts_for_contact, review_queue, review_streak,
};

use super::contact_draft::parse_day;
use super::labelled_combo::labelled_combo_ui;
use super::labelled_text::labelled_text_ui;
use super::{UiCommand, UiQueue};

/// How many library items the Give list suggests.
const GIFT_SUGGESTIONS: usize = 3;

/// What identifies an item across refreshes, for Skip.
type ItemKey = (ReviewSection, Option<ContactId>, Option<AskId>, Circle);

/// One line of the list: a section heading or an item (by index into the queue).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Row {
    Heading(ReviewSection),
    Item(usize),
}

/// The weekly review: the queue for today in DESIGN's order, one selected item with its
/// actions, keyboard-driven. The queue is worked out once per network revision.
#[derive(Debug, Default)]
pub struct ReviewScreen {
    /// The (revision, day) the cached queue belongs to.
    cached: Option<(u64, NaiveDate)>,
    items: Vec<ReviewItem>,
    rows: Vec<Row>,
    /// Indexes into `items` of the items shown (not skipped), in order.
    shown: Vec<usize>,
    /// The streak with the (revision, day) it belongs to.
    streak: Option<(u64, NaiveDate, ReviewStreak)>,
    /// The queue as this review began (for the overdue count of the record).
    started: Option<Vec<ReviewItem>>,
    skipped: Vec<ItemKey>,
    handled: usize,
    /// Position of the selected item in `shown`.
    cursor: usize,
    snooze_date: String,
    snooze_problem: Option<String>,
    /// Library items to give the selected person, with the (revision, day, person) they
    /// were worked out for.
    suggestions: Option<((u64, NaiveDate), ContactId, Vec<LibraryItemId>)>,
}

fn key(item: &ReviewItem) -> ItemKey {
    (item.section, item.contact, item.ask, item.circle)
}

impl ReviewScreen {
    /// Works the queue out again when the network or the day changed.
    pub fn refresh(&mut self, network: &Network, revision: u64, today: NaiveDate) {
        if self.cached == Some((revision, today)) {
            return;
        }
        self.cached = Some((revision, today));
        self.items = review_queue(network, today);
        if self.started.is_none() {
            self.started = Some(self.items.clone());
        }
        self.rebuild_rows();
    }

    fn rebuild_rows(&mut self) {
        self.shown.clear();
        self.rows.clear();
        let mut section = None;
        for (n, item) in self.items.iter().enumerate() {
            if self.skipped.contains(&key(item)) {
                continue;
            }
            if section != Some(item.section) {
                section = Some(item.section);
                self.rows.push(Row::Heading(item.section));
            }
            self.rows.push(Row::Item(n));
            self.shown.push(n);
        }
        self.cursor = self.cursor.min(self.shown.len().saturating_sub(1));
    }

    /// The streak of weekly reviews, worked out once per revision and day.
    pub fn streak(&mut self, network: &Network, revision: u64, today: NaiveDate) -> ReviewStreak {
        match self.streak {
            Some((r, d, streak)) if r == revision && d == today => streak,
            _ => {
                let streak = review_streak(network.reviews(), today);
                self.streak = Some((revision, today, streak));
                streak
            }
        }
    }

    /// How many items the queue shows, once the Review screen has worked it out.
    pub fn count(&self) -> Option<usize> {
        self.cached.map(|_| self.shown.len())
    }

    /// Draws the streak of weekly reviews and, when one is due, the badge.
    pub fn streak_ui(ui: &mut egui::Ui, streak: ReviewStreak) {
        let weeks = if streak.weeks == 1 { "week" } else { "weeks" };
        // Drawn right to left: the streak ends the row, the badge stands before it.
        ui.label(format!("Review streak: {} {weeks}", streak.weeks));
        if streak.badge {
            let text = match streak.last {
                Some(day) => format!("Weekly review due (last {day})"),
                None => "Weekly review due".to_owned(),
            };
            ui.colored_label(ui.visuals().warn_fg_color, text);
        }
    }

    /// The best library items for `id`, worked out once per revision and person.
    fn suggestions_for(&mut self, network: &Network, id: ContactId) -> Vec<LibraryItemId> {
        if let (Some(key), Some((at, who, items))) = (self.cached, &self.suggestions)
            && *at == key
            && *who == id
        {
            return items.clone();
        }
        let items: Vec<LibraryItemId> = gifts_for_contact(network, id, GIFT_SUGGESTIONS)
            .into_iter()
            .map(|m| m.item)
            .collect();
        if let Some(key) = self.cached {
            self.suggestions = Some((key, id, items.clone()));
        }
        items
    }

    fn selected(&self) -> Option<&ReviewItem> {
        self.shown.get(self.cursor).and_then(|n| self.items.get(*n))
    }

    /// Runs one of the review commands on the selected item. Returns a notice for the
    /// banner.
    pub fn run_command(
        &mut self,
        command: UiCommand,
        network: &Network,
        today: NaiveDate,
        queue: &mut UiQueue,
    ) -> Option<String> {
        match command {
            UiCommand::ReviewNext | UiCommand::NextContact => {
                self.cursor = (self.cursor + 1).min(self.shown.len().saturating_sub(1));
                return None;
            }
            UiCommand::ReviewPrevious | UiCommand::PreviousContact => {
                self.cursor = self.cursor.saturating_sub(1);
                return None;
            }
            UiCommand::FinishReview => {
                let started = self.started.take().unwrap_or_default();
                queue.apply(edits::finish_review(&started, self.handled, today));
                self.skipped.clear();
                self.handled = 0;
                self.cursor = 0;
                self.cached = None;
                return Some("Review recorded. See you next week.".to_owned());
            }
            _ => {}
        }
        let item = self.selected()?.clone();
        if command == UiCommand::ReviewSkip {
            self.skipped.push(key(&item));
            self.rebuild_rows();
            return None;
        }
        if command == UiCommand::ReviewCompose {
            queue.compose(item.contact?);
            return None;
        }
        let id = item.contact?;
        let action = match command {
            UiCommand::ReviewLogTouch => {
                let mut entry = LogEntry::new(vec![id], today, Channel::Message);
                entry.note = "from the weekly review".to_owned();
                queue.log(entry);
                None
            }
            UiCommand::ReviewGive => {
                let top = gifts_for_contact(network, id, 1).first().map(|m| m.item);
                queue.log(gift_entry(network, id, top, today));
                None
            }
            UiCommand::ReviewOpenQuickLog => {
                queue.open_contact(id);
                queue.command(UiCommand::FocusQuickLog);
                return None;
            }
            UiCommand::ReviewSnoozeWeek => today
                .checked_add_days(Days::new(7))
                .and_then(|until| edits::snooze(network, id, until)),
            UiCommand::ReviewSnoozeMonth => today
                .checked_add_months(Months::new(1))
                .and_then(|until| edits::snooze(network, id, until)),
            UiCommand::ReviewMoveOut => {
                let outer = Circle::ALL
                    .iter()
                    .skip_while(|c| **c != item.circle)
                    .nth(1)
                    .copied()?;
                edits::move_circle(network, id, outer)
            }
            UiCommand::ReviewReplied => edits::mark_replied(network, id),
            UiCommand::ReviewAskNow if item.ready => {
                edits::set_ask_status(network, item.ask?, AskStatus::Open)
            }
            _ => return None,
        };
        if let Some(action) = action {
            queue.apply(action);
        }
        self.handled += 1;
        None
    }

    /// Draws the queue and the selected item's actions.
    pub fn review_screen_ui(&mut self, ui: &mut egui::Ui, network: &Network, queue: &mut UiQueue) {
        ui.horizontal(|ui| {
            ui.heading("Weekly review");
            ui.separator();
            command_button_ui(ui, UiCommand::FinishReview, queue);
        });
        ui.label(
            "Keys: j/k or Down/Up move, l log a touch today, o quick log, g give, c copy a \
             note, s snooze a week, Shift+S a month, m move one circle out, x skip, r replied, \
             a ask now, Ctrl+Enter finish.",
        );
        ui.separator();
        if self.shown.is_empty() {
            ui.label("Nothing to review today. Finish the review to keep your streak.");
            return;
        }
        egui::Panel::right("review-item")
            .resizable(true)
            .default_size(380.0)
            .min_size(300.0)
            .show(ui, |ui| {
                if let Some(item) = self.selected().cloned() {
                    self.item_ui(ui, &item, network, queue);
                }
            });
        self.list_ui(ui);
    }

    fn list_ui(&mut self, ui: &mut egui::Ui) {
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
        let selected = self.shown.get(self.cursor).copied();
        let mut clicked = None;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show_rows(ui, row_height, self.rows.len(), |ui, range| {
                for row in self.rows.get(range).unwrap_or_default() {
                    match *row {
                        Row::Heading(section) => {
                            ui.strong(section.title());
                        }
                        Row::Item(n) => {
                            let Some(item) = self.items.get(n) else {
                                continue;
                            };
                            let text = item_line(item);
                            let response = ui.add(
                                egui::Button::selectable(selected == Some(n), text).truncate(),
                            );
                            if response.clicked() {
                                clicked = Some(n);
                            }
                        }
                    }
                }
            });
        if let Some(n) = clicked
            && let Some(position) = self.shown.iter().position(|s| *s == n)
        {
            self.cursor = position;
        }
    }

    fn item_ui(
        &mut self,
        ui: &mut egui::Ui,
        item: &ReviewItem,
        network: &Network,
        queue: &mut UiQueue,
    ) {
        ui.heading(&item.name);
        ui.label(format!("{}, {}", item.section.title(), item.circle.label()));
        ui.label(format!("Why: {}", item.spoken_reason));
        if let (Some(last), Some((_, today))) = (item.last_touch, self.cached) {
            ui.label(format!("Last touch {}", spoken_day(last, today)))
                .on_hover_text(long_date(last));
        }
        ui.separator();
        let Some(id) = item.contact else {
            command_button_ui(ui, UiCommand::ReviewSkip, queue);
            return;
        };
        ui.horizontal_wrapped(|ui| {
            for command in [
                UiCommand::ReviewLogTouch,
                UiCommand::ReviewOpenQuickLog,
                UiCommand::ReviewGive,
                UiCommand::ReviewCompose,
                UiCommand::ReviewSkip,
            ] {
                command_button_ui(ui, command, queue);
            }
            if item.section == ReviewSection::Waiting {
                command_button_ui(ui, UiCommand::ReviewReplied, queue);
            }
            if item.section == ReviewSection::PlannedAsk && item.ready {
                command_button_ui(ui, UiCommand::ReviewAskNow, queue);
            }
        });
        let suggestions = self.suggestions_for(network, id);
        if let Some((_, today)) = self.cached
            && !suggestions.is_empty()
        {
            ui.label("Gifts that match their interests:");
            for item_id in suggestions {
                if let Some(library) = network.library_item(item_id)
                    && ui.button(format!("Give {}", library.title)).clicked()
                {
                    queue.log(gift_entry(network, id, Some(library.id), today));
                    self.handled += 1;
                }
            }
        }
        ui.separator();
        ui.horizontal_wrapped(|ui| {
            command_button_ui(ui, UiCommand::ReviewSnoozeWeek, queue);
            command_button_ui(ui, UiCommand::ReviewSnoozeMonth, queue);
        });
        ui.horizontal(|ui| {
            labelled_text_ui(
                ui,
                "Snooze until",
                &mut self.snooze_date,
                "YYYY-MM-DD",
                100.0,
            );
            if ui.button("Snooze to date").clicked() {
                match parse_day(&self.snooze_date) {
                    Some(until) => {
                        self.snooze_problem = None;
                        if let Some(action) = edits::snooze(network, id, until) {
                            queue.apply(action);
                            self.handled += 1;
                        }
                    }
                    None => self.snooze_problem = Some("Use YYYY-MM-DD.".to_owned()),
                }
            }
            if let Some(problem) = &self.snooze_problem {
                ui.colored_label(ui.visuals().error_fg_color, problem);
            }
        });
        ui.horizontal(|ui| {
            labelled_combo_ui(ui, "Move to circle", item.circle.label(), |ui| {
                for circle in Circle::ALL {
                    if ui
                        .selectable_label(circle == item.circle, circle.label())
                        .clicked()
                        && let Some(action) = edits::move_circle(network, id, circle)
                    {
                        queue.apply(action);
                        self.handled += 1;
                    }
                }
            });
            command_button_ui(ui, UiCommand::ReviewMoveOut, queue);
        });
    }
}

/// A button for a command, with its shortcut on hover.
fn command_button_ui(ui: &mut egui::Ui, command: UiCommand, queue: &mut UiQueue) {
    let shortcut = command.shortcut_text(ui.ctx());
    if ui.button(command.label()).on_hover_text(shortcut).clicked() {
        queue.command(command);
    }
}

/// One line of the list: name, circle, last touch and why.
fn item_line(item: &ReviewItem) -> String {
    format!(
        "{} \u{2014} {} \u{2014} {}",
        item.name,
        item.circle.label(),
        item.spoken_reason
    )
}

/// A gift given today, of a library item when there is one.
fn gift_entry(
    network: &Network,
    id: ContactId,
    item: Option<LibraryItemId>,
    today: NaiveDate,
) -> LogEntry {
    let mut entry = LogEntry::new(vec![id], today, Channel::Message);
    entry.gave = Some(GiftKind::Knowledge);
    entry.gave_item = item;
    entry.note = item.and_then(|i| network.library_item(i)).map_or_else(
        || "a gift from the weekly review".to_owned(),
        |i| i.title.clone(),
    );
    entry
}

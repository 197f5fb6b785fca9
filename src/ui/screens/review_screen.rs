use chrono::{Days, Months, NaiveDate};

use crate::actions::promises::promise_done;
use crate::actions::{LogEntry, edits};
use crate::domain::spoken_date::{long_date, spoken_day};
use crate::domain::{
    AskId, AskStatus, Channel, Circle, ContactId, GiftKind, LibraryItemId, Network, PromiseId,
};
use crate::i18n::Language;
use crate::review::{
    ReviewItem, ReviewSection, ReviewStreak, gifts_for_contact, review_queue, review_streak,
};
use crate::tr;

use crate::ui::ScreenCtx;
use crate::ui::labelled_combo_ui;
use crate::ui::labelled_text_ui;
use crate::ui::parse_day;
use crate::ui::{
    CommandScope, CommandState, Memo, QuickLog, Screen, UiCommand, UiQueue, UiRequest,
};

/// How many library items the Give list suggests.
const GIFT_SUGGESTIONS: usize = 3;

/// What identifies an item across refreshes, for Skip.
type ItemKey = (
    ReviewSection,
    Option<ContactId>,
    Option<AskId>,
    Circle,
    Option<PromiseId>,
);

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
    /// The language the cached queue and its lines are in.
    language: Language,
    /// Each item's line in the list ("Name — circle — why"), formatted once per refresh
    /// (no message lookups per row per frame).
    lines: Vec<String>,
    /// The sections' titles, formatted once per refresh.
    titles: Vec<(ReviewSection, String)>,
    items: Vec<ReviewItem>,
    rows: Vec<Row>,
    /// Indexes into `items` of the items shown (not skipped), in order.
    shown: Vec<usize>,
    /// The streak, kept until the network or the day changes.
    streak: Memo<ReviewStreak>,
    /// The queue as this review began (for the overdue count of the record).
    started: Option<Vec<ReviewItem>>,
    skipped: Vec<ItemKey>,
    /// The item just dealt with: when the change leaves it in the list (moved one circle
    /// out, still overdue), the selection moves past it.
    move_past: Option<(ReviewSection, Option<ContactId>, Option<AskId>)>,
    handled: usize,
    /// The quick log of the selected person ("o" logs without leaving the Review).
    quick_log: Option<(ContactId, QuickLog)>,
    /// Put the cursor in the quick log's note on the next frame.
    focus_log: bool,
    /// Position of the selected item in `shown`.
    cursor: usize,
    snooze_date: String,
    snooze_problem: Option<String>,
    /// Library items to give the selected person, with the (revision, day, person) they
    /// were worked out for.
    suggestions: Option<((u64, NaiveDate), ContactId, Vec<LibraryItemId>)>,
    /// The promise whose keeping waits for "Was this a gift?" (`d` asked it).
    asking_gift: Option<PromiseId>,
}

fn key(item: &ReviewItem) -> ItemKey {
    (
        item.section,
        item.contact,
        item.ask,
        item.circle,
        item.promise,
    )
}

impl ReviewScreen {
    /// Works the queue out again when the network or the day changed.
    pub fn refresh(&mut self, network: &Network, revision: u64, today: NaiveDate) {
        let language = crate::i18n::language();
        if self.cached == Some((revision, today)) && self.language == language {
            return;
        }
        self.cached = Some((revision, today));
        self.language = language;
        self.items = review_queue(network, today);
        self.lines = self.items.iter().map(item_line).collect();
        self.titles = ReviewSection::ALL
            .into_iter()
            .map(|section| (section, section.title()))
            .collect();
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
        if let Some(past) = self.move_past.take()
            && let Some(at) = self.shown.iter().position(|n| {
                // The circle may be what changed (moved one out): match without it.
                self.items
                    .get(*n)
                    .is_some_and(|i| (i.section, i.contact, i.ask) == past)
            })
        {
            self.cursor = at + 1;
        }
        self.cursor = self.cursor.min(self.shown.len().saturating_sub(1));
    }

    /// The streak of weekly reviews, worked out once per revision and day.
    pub fn streak(&mut self, network: &Network, revision: u64, today: NaiveDate) -> ReviewStreak {
        *self
            .streak
            .get(revision, today, || review_streak(network.reviews(), today))
    }

    /// How many items the queue shows, once the Review screen has worked it out.
    pub fn count(&self) -> Option<usize> {
        self.cached.map(|_| self.shown.len())
    }

    /// Draws the streak of weekly reviews and, when one is due, the badge.
    pub fn streak_ui(ui: &mut egui::Ui, streak: ReviewStreak) {
        // Drawn right to left: the streak ends the row, the badge stands before it.
        ui.label(tr!("review-streak", count = streak.weeks));
        if streak.badge {
            let text = match streak.last {
                Some(day) => tr!("review-due-last", day = day.to_string()),
                None => tr!("review-due"),
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

    /// Whether an item is selected (the review keys act on it).
    pub fn has_selection(&self) -> bool {
        self.selected().is_some()
    }

    /// Runs one of the review commands on the selected item. Every key says what it did
    /// (the returned notice goes to the banner); an item dealt with leaves the list, so the
    /// next one is selected.
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
            UiCommand::FinishReview => return Some(self.finish(network, today, queue)),
            _ => {}
        }
        let item = self.selected()?.clone();
        let name = item.name.clone();
        let Some(id) = item.contact else {
            // A circle over budget: nobody to act on; only Skip applies.
            if command == UiCommand::ReviewSkip {
                self.skipped.push(key(&item));
                self.rebuild_rows();
                return Some(tr!("review-skipped", name = name));
            }
            return Some(tr!(
                "review-whole-circle",
                command = command.label(),
                name = name
            ));
        };
        self.person_command(command, &item, id, network, today, queue)
    }

    /// A review key on a line about one person.
    fn person_command(
        &mut self,
        command: UiCommand,
        item: &ReviewItem,
        id: ContactId,
        network: &Network,
        today: NaiveDate,
        queue: &mut UiQueue,
    ) -> Option<String> {
        let name = item.name.clone();
        let action = match command {
            UiCommand::ReviewSkip => edits::skip_in_review(network, id, today),
            UiCommand::ReviewCompose => {
                queue.compose(id);
                return Some(tr!("review-writing", name = name));
            }
            UiCommand::ReviewLogTouch => {
                let mut entry = LogEntry::new(vec![id], today, Channel::Message);
                entry.note = tr!("review-note");
                queue.log(entry);
                self.dealt_with(item);
                return None;
            }
            UiCommand::ReviewGive => {
                let top = gifts_for_contact(network, id, 1).first().map(|m| m.item);
                queue.log(gift_entry(network, id, top, today));
                self.dealt_with(item);
                return None;
            }
            UiCommand::ReviewOpenQuickLog => {
                self.focus_log = true;
                return Some(tr!("review-write-note", name = name));
            }
            UiCommand::ReviewSnoozeWeek => today
                .checked_add_days(Days::new(7))
                .and_then(|until| edits::snooze(network, id, until)),
            UiCommand::ReviewSnoozeMonth => today
                .checked_add_months(Months::new(1))
                .and_then(|until| edits::snooze(network, id, until)),
            UiCommand::ReviewMoveOut => {
                let Some(outer) = Circle::ALL
                    .iter()
                    .skip_while(|c| **c != item.circle)
                    .nth(1)
                    .copied()
                else {
                    return Some(tr!("review-outermost", name = name));
                };
                edits::move_circle(network, id, outer)
            }
            UiCommand::ReviewReplied if item.section == ReviewSection::Waiting => {
                edits::mark_replied(network, id)
            }
            UiCommand::ReviewReplied => {
                return Some(tr!("review-not-waiting", name = name));
            }
            UiCommand::ReviewAskNow if item.ready => item
                .ask
                .and_then(|ask| edits::set_ask_status(network, ask, AskStatus::Open)),
            UiCommand::ReviewAskNow if item.section == ReviewSection::PlannedAsk => {
                return Some(tr!(
                    "review-ask-not-ready",
                    name = name,
                    why = item.reason.as_str()
                ));
            }
            UiCommand::ReviewAskNow => {
                return Some(tr!("review-no-ask", name = name));
            }
            UiCommand::ReviewPromiseDone => {
                let Some(promise) = item.promise else {
                    return Some(tr!("review-no-promise", name = name));
                };
                // The question is asked in the item's panel; the banner is for what was done.
                self.asking_gift = Some(promise);
                return None;
            }
            UiCommand::ReviewPromise => {
                queue.push(UiRequest::Promise(id));
                return None;
            }
            UiCommand::ReviewBrief => {
                queue.push(UiRequest::Brief(id));
                return None;
            }
            _ => return None,
        };
        match action {
            // The change's own "Done" line (with how to undo it) is the feedback.
            Some(action) => {
                queue.apply(action);
                self.dealt_with(item);
                None
            }
            None => Some(tr!(
                "review-nothing-changed",
                command = command.label(),
                name = name
            )),
        }
    }

    /// The answer to "Was this a gift?": the promise is kept, and with `yes` a gift is
    /// logged in the same undo step.
    fn answer_gift(&mut self, yes: bool, network: &Network, queue: &mut UiQueue) {
        let (Some(promise), Some((_, today))) = (self.asking_gift.take(), self.cached) else {
            return;
        };
        if let Some(action) = promise_done(network, promise, today, yes) {
            queue.apply(action);
            if let Some(item) = self
                .items
                .iter()
                .find(|i| i.promise == Some(promise))
                .cloned()
            {
                self.dealt_with(&item);
            }
        }
    }

    /// Whether "Was this a gift?" waits for its answer.
    pub fn is_asking_gift(&self) -> bool {
        self.asking_gift.is_some()
    }

    /// An item was dealt with: once the change is in, the next item is selected (the
    /// item leaves the list, or the selection moves past it when it stays).
    fn dealt_with(&mut self, item: &ReviewItem) {
        self.handled += 1;
        self.move_past = Some((item.section, item.contact, item.ask));
    }

    /// Records the review. A second Finish with nothing new since does nothing.
    fn finish(&mut self, network: &Network, today: NaiveDate, queue: &mut UiQueue) -> String {
        let finished_today = network.reviews().last().is_some_and(|r| r.date == today);
        if finished_today && self.handled == 0 {
            return tr!("review-already-recorded");
        }
        let started = self.started.take().unwrap_or_default();
        let overdue = self
            .items
            .iter()
            .filter(|i| i.section == ReviewSection::Overdue)
            .count();
        let summary = tr!(
            "review-finished",
            handled = self.handled,
            skipped = self.skipped.len(),
            overdue = overdue
        );
        queue.apply(edits::finish_review(&started, self.handled, today));
        self.handled = 0;
        self.move_past = None;
        self.cursor = 0;
        self.cached = None;
        summary
    }

    /// Draws the queue and the selected item's actions.
    pub fn review_screen_ui(&mut self, ui: &mut egui::Ui, ctx: &mut ScreenCtx) {
        self.refresh(ctx.network, ctx.revision, ctx.today);
        let network = ctx.network;
        let queue = &mut *ctx.queue;
        let commands = ctx.commands;
        ui.horizontal(|ui| {
            ui.heading(tr!("review-heading"));
            ui.separator();
            UiCommand::FinishReview.button_ui(ui, &commands, queue);
        });
        // Down/Up walk the list like j/k (the list's own keys, not window commands).
        if !ui.ctx().egui_wants_keyboard_input() {
            let (down, up) = ui.input_mut(|i| {
                (
                    i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown),
                    i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowUp),
                )
            });
            if down {
                self.cursor = (self.cursor + 1).min(self.shown.len().saturating_sub(1));
            }
            if up {
                self.cursor = self.cursor.saturating_sub(1);
            }
        }
        // "Was this a gift?" owns y, n and Escape while it waits.
        if self.asking_gift.is_some() && !ui.ctx().egui_wants_keyboard_input() {
            let (yes, no, cancel) = ui.input_mut(|i| {
                (
                    i.consume_key(egui::Modifiers::NONE, egui::Key::Y),
                    i.consume_key(egui::Modifiers::NONE, egui::Key::N),
                    i.consume_key(egui::Modifiers::NONE, egui::Key::Escape),
                )
            });
            if yes || no {
                self.answer_gift(yes, network, queue);
            } else if cancel {
                self.asking_gift = None;
            }
        }
        let help = UiCommand::key_help(ui.ctx(), &commands, CommandScope::Screen(Screen::Review));
        ui.add(
            egui::Label::new(egui::RichText::new(tr!("review-keys", help = help)).weak()).wrap(),
        );
        ui.separator();
        if self.shown.is_empty() {
            ui.label(tr!("review-empty"));
            return;
        }
        egui::Panel::right("review-item")
            .resizable(true)
            .default_size(380.0)
            .min_size(300.0)
            .show(ui, |ui| {
                if let Some(item) = self.selected().cloned() {
                    self.item_ui(ui, &item, network, &commands, queue);
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
                            if let Some((_, title)) =
                                self.titles.iter().find(|(s, _)| *s == section)
                            {
                                ui.strong(title);
                            }
                        }
                        Row::Item(n) => {
                            let Some(text) = self.lines.get(n) else {
                                continue;
                            };
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

    /// "Log with a note" for the selected person, without leaving the Review.
    fn quick_log_ui(
        &mut self,
        ui: &mut egui::Ui,
        item: &ReviewItem,
        id: ContactId,
        network: &Network,
        queue: &mut UiQueue,
    ) {
        if let Some((_, today)) = self.cached {
            if self.quick_log.as_ref().is_none_or(|(who, _)| *who != id) {
                self.quick_log = Some((id, QuickLog::new(today)));
            }
            if let Some((_, log)) = &mut self.quick_log {
                ui.label(egui::RichText::new(tr!("cmd-review-open-quick-log")).strong());
                let before = queue.len();
                log.quick_log_ui(ui, id, network, queue);
                if std::mem::take(&mut self.focus_log) {
                    ui.ctx()
                        .memory_mut(|m| m.request_focus(QuickLog::note_id()));
                }
                if queue.len() > before {
                    self.quick_log = None;
                    self.dealt_with(item);
                }
            }
            ui.separator();
        }
    }

    /// "Was this a gift?" under the buttons of the promise it is about.
    fn gift_question_ui(
        &mut self,
        ui: &mut egui::Ui,
        item: &ReviewItem,
        network: &Network,
        queue: &mut UiQueue,
    ) {
        if self.asking_gift.is_none() || self.asking_gift != item.promise {
            return;
        }
        ui.group(|ui| {
            ui.strong(tr!("review-was-it-a-gift"));
            ui.horizontal_wrapped(|ui| {
                if ui.button(tr!("review-gift-yes")).clicked() {
                    self.answer_gift(true, network, queue);
                }
                if ui.button(tr!("review-gift-no")).clicked() {
                    self.answer_gift(false, network, queue);
                }
                if ui.button(tr!("review-gift-cancel")).clicked() {
                    self.asking_gift = None;
                }
            });
        });
    }

    fn item_ui(
        &mut self,
        ui: &mut egui::Ui,
        item: &ReviewItem,
        network: &Network,
        commands: &CommandState,
        queue: &mut UiQueue,
    ) {
        ui.heading(&item.name);
        ui.label(format!("{}, {}", item.section.title(), item.circle.label()));
        ui.label(tr!("review-why", why = item.spoken_reason.as_str()));
        if let (Some(last), Some((_, today))) = (item.last_touch, self.cached) {
            ui.label(tr!(
                "review-last-touch-line",
                when = spoken_day(last, today)
            ))
            .on_hover_text(long_date(last));
        }
        ui.separator();
        let Some(id) = item.contact else {
            UiCommand::ReviewSkip.button_ui(ui, commands, queue);
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
                command.button_ui(ui, commands, queue);
            }
            if item.section == ReviewSection::Waiting {
                UiCommand::ReviewReplied.button_ui(ui, commands, queue);
            }
            if item.section == ReviewSection::PlannedAsk && item.ready {
                UiCommand::ReviewAskNow.button_ui(ui, commands, queue);
            }
            if item.section == ReviewSection::Promised {
                UiCommand::ReviewPromiseDone.button_ui(ui, commands, queue);
            }
            UiCommand::ReviewBrief.button_ui(ui, commands, queue);
            UiCommand::ReviewPromise.button_ui(ui, commands, queue);
        });
        self.gift_question_ui(ui, item, network, queue);
        self.quick_log_ui(ui, item, id, network, queue);
        let suggestions = self.suggestions_for(network, id);
        if let Some((_, today)) = self.cached
            && !suggestions.is_empty()
        {
            ui.label(tr!("review-gift-matches"));
            for item_id in suggestions {
                if let Some(library) = network.library_item(item_id)
                    && ui
                        .button(tr!("review-give-item", title = library.title.as_str()))
                        .clicked()
                {
                    queue.log(gift_entry(network, id, Some(library.id), today));
                    self.dealt_with(item);
                }
            }
        }
        ui.separator();
        ui.horizontal_wrapped(|ui| {
            UiCommand::ReviewSnoozeWeek.button_ui(ui, commands, queue);
            UiCommand::ReviewSnoozeMonth.button_ui(ui, commands, queue);
        });
        ui.horizontal(|ui| {
            labelled_text_ui(
                ui,
                &tr!("review-snooze-until"),
                &mut self.snooze_date,
                &tr!("date-hint"),
                100.0,
            );
            if ui.button(tr!("review-snooze-to-date")).clicked() {
                match parse_day(&self.snooze_date) {
                    Some(until) => {
                        self.snooze_problem = None;
                        if let Some(action) = edits::snooze(network, id, until) {
                            queue.apply(action);
                            self.dealt_with(item);
                        }
                    }
                    None => self.snooze_problem = Some(tr!("review-use-iso")),
                }
            }
            if let Some(problem) = &self.snooze_problem {
                ui.colored_label(ui.visuals().error_fg_color, problem);
            }
        });
        ui.horizontal(|ui| {
            labelled_combo_ui(ui, &tr!("review-move-to"), &item.circle.label(), |ui| {
                for circle in Circle::ALL {
                    if ui
                        .selectable_label(circle == item.circle, circle.label())
                        .clicked()
                        && let Some(action) = edits::move_circle(network, id, circle)
                    {
                        queue.apply(action);
                        self.dealt_with(item);
                    }
                }
            });
            UiCommand::ReviewMoveOut.button_ui(ui, commands, queue);
        });
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
    entry.note = item
        .and_then(|i| network.library_item(i))
        .map_or_else(|| tr!("review-gift-note"), |i| i.title.clone());
    entry
}

//! The weekly review, driven by the labels a user reads and the keys they press.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use crate::support::*;
use chrono::NaiveDate;
use dunbar::actions::{Action, LogEntry, edits};
use dunbar::domain::{AskKind, AskStatus, Channel, Direction, GiftKind, PartialDate};
use dunbar::session::Session;
use dunbar::ui::{DunbarApp, Screen};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn day(month: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, d).unwrap()
}

fn log(session: &mut Session, entry: &LogEntry) {
    let action = entry.to_action(session.network(), today()).unwrap();
    session.apply(action).unwrap();
}

/// The fixture plus something for every section: Jürgen wrote and waits for an answer,
/// Petra gave a gift, Åse's birthday is in ten days, a planned ask of Søren waits (nothing
/// given) and one of Åse is ready (she got a gift). Søren (Sympathy, never touched) is
/// overdue.
fn review_fixture() -> (tempfile::TempDir, Session) {
    let (dir, mut session) = fixture();
    let jurgen = id_of(session.network(), JURGEN);
    let mut wrote = LogEntry::new(vec![jurgen], day(3, 10), Channel::Email);
    wrote.direction = Direction::Inbound;
    wrote.awaiting_reply = true;
    log(&mut session, &wrote);
    let petra = id_of(session.network(), PETRA);
    let mut gave = LogEntry::new(vec![petra], day(3, 1), Channel::Email);
    gave.direction = Direction::Inbound;
    gave.received = Some(GiftKind::Introduction);
    log(&mut session, &gave);
    let ase = id_of(session.network(), ASE);
    let mut contact = session.network().contact(ase).unwrap().clone();
    contact.birthday = PartialDate::year_less(3, 26);
    session
        .apply(Action::ReplaceContact(Box::new(contact)))
        .unwrap();
    for name in [SOREN, ASE] {
        let id = id_of(session.network(), name);
        let plan = edits::plan_ask(session.network(), id, AskKind::Meeting, "coffee", today());
        session.apply(plan).unwrap();
    }
    session.save(today().and_hms_opt(9, 0, 0).unwrap()).unwrap();
    (dir, session)
}

/// The review harness, on the Review screen.
fn review_harness(session: Session) -> Harness<'static, DunbarApp> {
    let mut harness = app_harness(session);
    show_screen(&mut harness, dunbar::ui::Screen::Review);
    assert_eq!(harness.state().screen(), Screen::Review);
    harness
}

/// Every label on screen, in drawing order.
fn labels(harness: &Harness<'_, DunbarApp>) -> Vec<String> {
    harness
        .query_all_by(|n| n.label().is_some() || n.value().is_some())
        .filter_map(|n| {
            let node = n.accesskit_node();
            node.label().or_else(|| node.value())
        })
        .collect()
}

/// Where the first label that `matches` is, in drawing order.
fn position(labels: &[String], matches: impl Fn(&str) -> bool) -> usize {
    labels
        .iter()
        .position(|l| matches(l))
        .unwrap_or_else(|| panic!("not shown; labels: {labels:#?}"))
}

/// The list line of `name` in `section` ("Søren Bøgh — Sympathy group — …").
fn row_of(labels: &[String], name: &str, reason: &str) -> usize {
    position(labels, |l| l.starts_with(name) && l.contains(reason))
}

fn overdue_shown(harness: &Harness<'_, DunbarApp>, name: &str) -> bool {
    labels(harness)
        .iter()
        .any(|l| l.starts_with(name) && l.contains("days overdue"))
}

fn press(harness: &mut Harness<'_, DunbarApp>, key: egui::Key) {
    harness.key_press(key);
    harness.run();
}

/// Moves the selection to the list line of `name` with `reason` by clicking it.
fn select(harness: &mut Harness<'_, DunbarApp>, name: &str, reason: &str) {
    let all = labels(harness);
    let line = all[row_of(&all, name, reason)].clone();
    click(harness, &line);
}

/// The Review screen with Søren's overdue line selected.
fn on_overdue_soren() -> (tempfile::TempDir, Harness<'static, DunbarApp>) {
    let (dir, session) = review_fixture();
    let mut harness = review_harness(session);
    select(&mut harness, SOREN, "days overdue");
    (dir, harness)
}

#[test]
fn the_queue_shows_the_sections_in_order_with_the_right_people() {
    let (_dir, session) = review_fixture();
    let harness = review_harness(session);
    let all = labels(&harness);
    let headings = [
        "Waiting on you",
        "Give back",
        "Overdue",
        "Birthdays and anniversaries",
        "Planned asks",
    ];
    let at: Vec<usize> = headings
        .iter()
        .map(|h| position(&all, |l| l == *h))
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "order: {at:?}");
    let waiting = row_of(&all, JURGEN, "waiting for your answer");
    let give_back = row_of(&all, PETRA, "introduced you to someone");
    let overdue = row_of(&all, SOREN, "days overdue");
    let birthday = row_of(&all, ASE, "birthday next week (26 March)");
    let ask_ready = row_of(&all, ASE, "ask is ready");
    let ask_waits = row_of(&all, SOREN, "ask waits");
    assert!(at[0] < waiting && waiting < at[1]);
    assert!(at[1] < give_back && give_back < at[2]);
    assert!(at[2] < overdue && overdue < at[3]);
    assert!(at[3] < birthday && birthday < at[4]);
    assert!(
        at[4] < ask_ready && ask_ready < ask_waits,
        "ready asks first"
    );
    assert!(!overdue_shown(&harness, ASE), "Åse got a gift last month");
    assert!(shows(&harness, "Review streak: 0 weeks"));
    assert!(
        shows(&harness, "Weekly review due"),
        "never reviewed: badge"
    );
}

#[test]
fn one_key_logs_a_touch_and_undo_brings_them_back() {
    let (_dir, mut harness) = on_overdue_soren();
    let before = touch_count(harness.state(), SOREN);
    press(&mut harness, egui::Key::L);
    assert_eq!(touch_count(harness.state(), SOREN), before + 1);
    assert!(!overdue_shown(&harness, SOREN));

    press_command(&mut harness, egui::Key::Z);
    assert_eq!(touch_count(harness.state(), SOREN), before);
    assert!(overdue_shown(&harness, SOREN));
}

#[test]
fn snooze_hides_until_the_day_and_they_are_back_after_it() {
    let (_dir, mut harness) = on_overdue_soren();
    press(&mut harness, egui::Key::S);
    let until = contact(harness.state(), SOREN).unwrap().snoozed_until;
    assert_eq!(until, Some(day(3, 23)));
    assert!(!overdue_shown(&harness, SOREN));
    assert!(!shows(&harness, "ask waits"), "all of Søren's items wait");

    // The window stays open for a week: the clock reaches the day by itself.
    harness
        .state()
        .clock()
        .set(day(3, 23).and_hms_opt(8, 0, 0).unwrap());
    harness.run();
    assert!(overdue_shown(&harness, SOREN));
}

#[test]
fn snooze_to_a_typed_date() {
    let (_dir, mut harness) = on_overdue_soren();
    type_into(&mut harness, "Snooze until", "2026-05-01");
    click(&mut harness, "Snooze to date");
    let until = contact(harness.state(), SOREN).unwrap().snoozed_until;
    assert_eq!(until, Some(day(5, 1)));
    assert!(!overdue_shown(&harness, SOREN));
}

#[test]
fn skip_is_an_undo_step_and_stays_skipped_after_finish() {
    let (_dir, mut harness) = on_overdue_soren();
    press(&mut harness, egui::Key::X);
    assert!(!overdue_shown(&harness, SOREN));
    assert!(
        shows(&harness, "Skip Søren Bøgh in this review"),
        "x says what it did"
    );
    assert_eq!(
        contact(harness.state(), SOREN).unwrap().snoozed_until,
        Some(day(3, 17)),
        "back in tomorrow's review"
    );
    press_command(&mut harness, egui::Key::Z);
    assert!(overdue_shown(&harness, SOREN), "undo brings the line back");

    select(&mut harness, SOREN, "days overdue");
    press(&mut harness, egui::Key::X);
    click(&mut harness, "Finish review");
    assert!(
        !overdue_shown(&harness, SOREN),
        "finishing does not bring a skipped line back"
    );
}

#[test]
fn finish_records_the_review_and_the_badge_goes() {
    let (_dir, session) = review_fixture();
    let mut harness = review_harness(session);
    assert!(shows(&harness, "Weekly review due"));
    select(&mut harness, JURGEN, "waiting for your answer");
    press(&mut harness, egui::Key::R);
    assert!(!shows(&harness, "waiting for your answer"), "replied");

    press_command(&mut harness, egui::Key::Enter);
    let reviews = harness.state().session().network().reviews().to_vec();
    assert_eq!(reviews.len(), 1);
    assert_eq!(reviews[0].date, today());
    assert_eq!(reviews[0].overdue, 1, "Søren was overdue");
    assert_eq!(reviews[0].handled, 1, "one reply");
    assert!(!shows(&harness, "Weekly review due"));
    assert!(shows(&harness, "Review streak: 1 week"));
}

#[test]
fn moving_a_circle_out_and_giving_from_the_review() {
    let (_dir, mut harness) = on_overdue_soren();
    assert!(shows(&harness, "Give Ten knots of seamanship"), "suggested");
    press(&mut harness, egui::Key::G);
    let network = harness.state().session().network();
    let gifts: Vec<_> = network.gifts_of(id_of(network, SOREN)).collect();
    assert_eq!(gifts.len(), 1);
    assert!(gifts[0].item.is_some(), "the top library item");

    press_command(&mut harness, egui::Key::Z);
    select(&mut harness, SOREN, "days overdue");
    press(&mut harness, egui::Key::M);
    assert_eq!(
        contact(harness.state(), SOREN).unwrap().circle,
        dunbar::domain::Circle::Affinity
    );
}

#[test]
fn a_planned_ask_waits_then_is_ready_after_a_gift_and_ask_now_makes_it_open() {
    let (_dir, session) = review_fixture();
    let mut harness = review_harness(session);
    assert!(shows(&harness, "planned meeting ask waits"));
    select(&mut harness, SOREN, "ask waits");
    assert!(
        harness.query_all_by_label("Ask now").next().is_none(),
        "not while it waits"
    );
    click(&mut harness, "Give Ten knots of seamanship");
    assert!(!shows(&harness, "planned meeting ask waits"));

    select(&mut harness, SOREN, "ask is ready");
    press(&mut harness, egui::Key::A);
    let network = harness.state().session().network();
    let asks: Vec<_> = network.asks_of(id_of(network, SOREN)).collect();
    assert_eq!(asks[0].status, AskStatus::Open);
}

#[test]
fn review_keys_are_plain_typing_on_other_screens() {
    let (_dir, session) = review_fixture();
    let mut harness = app_harness(session);
    let before = touch_count(harness.state(), SOREN);
    press(&mut harness, egui::Key::L);
    assert_eq!(harness.state().screen(), Screen::Contacts);
    assert_eq!(touch_count(harness.state(), SOREN), before);
}

#[test]
fn an_ask_planned_on_the_contact_page_waits_in_the_review_until_a_gift() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, PETRA);
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Ask kind")
        .click();
    harness.run();
    harness.get_by_label("Referral").click();
    harness.run();
    type_into(&mut harness, "Ask note", "a referral to her agency");
    click(&mut harness, "Plan an ask");
    let network = harness.state().session().network();
    let asks: Vec<_> = network.asks_of(id_of(network, PETRA)).cloned().collect();
    assert_eq!(asks.len(), 1);
    assert_eq!(asks[0].status, AskStatus::Planned);
    assert_eq!(asks[0].kind, AskKind::Referral);
    assert_eq!(asks[0].note, "a referral to her agency");

    show_screen(&mut harness, dunbar::ui::Screen::Review);
    assert!(shows(&harness, "planned referral ask waits"));
    select(&mut harness, PETRA, "ask waits");
    press(&mut harness, egui::Key::G);
    assert!(shows(&harness, "planned referral ask is ready"));
    select(&mut harness, PETRA, "ask is ready");
    click(&mut harness, "Ask now");
    let network = harness.state().session().network();
    let asks: Vec<_> = network.asks_of(id_of(network, PETRA)).collect();
    assert_eq!(asks[0].status, AskStatus::Open);
}

#[test]
fn c_opens_the_composer_and_o_opens_the_quick_log() {
    let (_dir, mut harness) = on_overdue_soren();
    press(&mut harness, egui::Key::C);
    assert!(shows(&harness, "Message to Søren Bøgh"));
    assert_eq!(
        touch_count(harness.state(), SOREN),
        0,
        "composing logs nothing"
    );
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Close window")
        .click();
    harness.run();
    assert!(harness.state().composer().is_none());

    press(&mut harness, egui::Key::O);
    assert_eq!(
        harness.state().screen(),
        Screen::Review,
        "o logs without leaving the review"
    );
    type_focused(&mut harness, "Note", "called about the regatta");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(touch_count(harness.state(), SOREN), 1);
    assert!(
        !overdue_shown(&harness, SOREN),
        "dealt with, so the list moves on"
    );
}

/// The line of the review list that is selected.
fn selected_line(harness: &Harness<'_, DunbarApp>) -> String {
    harness
        .query_all_by(|n| {
            n.is_selected() == Some(true) || n.toggled() == Some(egui::accesskit::Toggled::True)
        })
        .filter_map(|n| n.accesskit_node().label())
        .find(|l| l.contains('\u{2014}'))
        .unwrap_or_default()
}

#[test]
fn m_moves_them_out_and_the_selection_moves_on() {
    let (_dir, mut harness) = on_overdue_soren();
    let before = selected_line(&harness);
    assert!(before.starts_with(SOREN), "{before}");
    press(&mut harness, egui::Key::M);
    assert_eq!(
        contact(harness.state(), SOREN).unwrap().circle,
        dunbar::domain::Circle::Affinity
    );
    let after = selected_line(&harness);
    assert!(
        !after.contains("days overdue") || !after.starts_with(SOREN),
        "the next item is selected, not Søren again: {after}"
    );
}

#[test]
fn a_on_a_line_that_is_no_ready_ask_says_why() {
    let (_dir, mut harness) = on_overdue_soren();
    press(&mut harness, egui::Key::A);
    assert!(
        shows(&harness, "Ask now works on a planned ask that is ready"),
        "a says why it did nothing"
    );
    select(&mut harness, SOREN, "ask waits");
    press(&mut harness, egui::Key::A);
    assert!(shows(&harness, "is not ready yet"));
}

#[test]
fn finishing_shows_a_summary_and_twice_in_a_row_records_once() {
    let (_dir, session) = review_fixture();
    let mut harness = review_harness(session);
    select(&mut harness, JURGEN, "waiting for your answer");
    press(&mut harness, egui::Key::R);
    click(&mut harness, "Finish review");
    assert!(shows(&harness, "Review finished: 1 dealt with"));
    assert_eq!(harness.state().session().network().reviews().len(), 1);
    click(&mut harness, "Finish review");
    assert_eq!(
        harness.state().session().network().reviews().len(),
        1,
        "a second Finish with nothing new records nothing"
    );
    assert!(shows(&harness, "already recorded"));
}

#[test]
fn down_and_up_walk_the_review_list() {
    let (_dir, session) = review_fixture();
    let mut harness = review_harness(session);
    let first = selected_line(&harness);
    press(&mut harness, egui::Key::ArrowDown);
    let second = selected_line(&harness);
    assert_ne!(first, second);
    press(&mut harness, egui::Key::ArrowUp);
    assert_eq!(selected_line(&harness), first);
}

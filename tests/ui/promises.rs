//! Promises and meetings in the window (DESIGN §11): a promise written in the log bar, one
//! kept from the review with one key (and logged as a gift), a brief opened from a
//! coming-up line, and Ctrl+P on the open contact.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use std::collections::BTreeSet;

use crate::support::*;
use chrono::{NaiveDate, NaiveTime};
use dunbar::actions::Action;
use dunbar::actions::promises::{NewPromise, add_promise};
use dunbar::domain::{CaptureSource, CaptureSourceId, Direction, UpcomingEvent};
use dunbar::session::Session;
use dunbar::ui::{DunbarApp, Screen};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn day(month: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, d).unwrap()
}

fn save(session: &mut Session) {
    session.save(today().and_hms_opt(9, 0, 0).unwrap()).unwrap();
}

fn review_harness(session: Session) -> Harness<'static, DunbarApp> {
    let mut harness = app_harness(session);
    show_screen(&mut harness, Screen::Review);
    assert_eq!(harness.state().screen(), Screen::Review);
    harness
}

#[test]
fn a_promise_written_in_the_log_bar_shows_its_day_and_logs_with_the_touch() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, SOREN);
    let touches = touch_count(harness.state(), SOREN);
    type_into(
        &mut harness,
        "Note",
        "coffee, promised the Dunbar article by friday",
    );
    // Read before logging: the promise and its day (today is Monday 16 March).
    assert!(shows(&harness, "Promise: “the Dunbar article”"));
    assert_eq!(field_value(&harness, "due"), "2026-03-20");
    assert!(shows(&harness, "Friday 20 March 2026"));
    // The user moves it a week on, then logs.
    type_into(&mut harness, "due", "in 2 weeks");
    assert!(shows(&harness, "Monday 30 March 2026"));
    click(&mut harness, "Log");
    let network = harness.state().session().network();
    let soren = id_of(network, SOREN);
    let promises: Vec<_> = network.promises_of(soren).collect();
    assert_eq!(promises.len(), 1);
    assert_eq!(promises[0].text, "the Dunbar article");
    assert_eq!(promises[0].due, day(3, 30));
    assert_eq!(touch_count(harness.state(), SOREN), touches + 1);
    let touch = network.touches_of(soren).last().unwrap();
    assert_eq!(touch.note, "coffee");
    assert_eq!(promises[0].touch, Some(touch.id));
    // The header lists it with its day.
    assert!(shows(&harness, "You promised “the Dunbar article”"));
    // One undo takes back the touch and the promise.
    press_command(&mut harness, egui::Key::Z);
    let network = harness.state().session().network();
    assert_eq!(network.promises().count(), 0);
    assert_eq!(touch_count(harness.state(), SOREN), touches);
}

#[test]
fn an_ambiguous_day_in_the_log_bar_is_said_and_nothing_is_logged() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, SOREN);
    let touches = touch_count(harness.state(), SOREN);
    type_into(&mut harness, "Note", "lunch, promised the deck by 12/5");
    assert!(shows(&harness, "“by 12/5” could be"));
    click(&mut harness, "Log");
    assert_eq!(touch_count(harness.state(), SOREN), touches);
    assert_eq!(harness.state().session().network().promises().count(), 0);
}

/// Jürgen was promised the report by today.
fn with_a_promise_due_today() -> (tempfile::TempDir, Session) {
    let (dir, mut session) = fixture();
    let jurgen = id_of(session.network(), JURGEN);
    let (_, action) = add_promise(
        session.network(),
        &NewPromise::mine(jurgen, "the harbour report", today()),
        day(3, 9),
    )
    .unwrap();
    session.apply(action).unwrap();
    save(&mut session);
    (dir, session)
}

#[test]
fn a_promise_due_today_is_kept_from_the_review_with_one_key_and_logged_as_a_gift() {
    let (_dir, session) = with_a_promise_due_today();
    let mut harness = review_harness(session);
    assert!(shows(&harness, "Promised"));
    assert!(shows(
        &harness,
        "you promised “the harbour report”, due today"
    ));
    let jurgen = id_of(harness.state().session().network(), JURGEN);
    let gifts = harness.state().session().network().gifts_of(jurgen).count();
    // The first line is the promise; d asks whether it was a gift, y says yes.
    harness.key_press(egui::Key::D);
    harness.run();
    assert!(shows(&harness, "Was this a gift?"));
    harness.key_press(egui::Key::Y);
    harness.run();
    let network = harness.state().session().network();
    let promise = network.promises_of(jurgen).next().unwrap();
    assert_eq!(promise.done, Some(today()));
    let gift = network.gifts_of(jurgen).last().unwrap();
    assert_eq!(network.gifts_of(jurgen).count(), gifts + 1);
    assert_eq!(
        (gift.direction, gift.note.as_str()),
        (Direction::Outbound, "the harbour report")
    );
    assert!(!shows(&harness, "you promised “the harbour report”"));
}

/// Åse meets me tomorrow at 10:00 ("Coffee at the harbour"), from a captured calendar.
fn with_a_meeting_tomorrow() -> (tempfile::TempDir, Session) {
    let (dir, mut session) = fixture();
    let ase = id_of(session.network(), ASE);
    let source = CaptureSource {
        id: CaptureSourceId::new(session.network().fresh_id()),
        kind: "calendar".to_owned(),
        path: "/calendars/work.ics".to_owned(),
        last_scan: today(),
        scanned_bytes: 0,
        fingerprint: 0,
        keys: BTreeSet::new(),
        message_ids: BTreeSet::new(),
        upcoming: vec![UpcomingEvent {
            uid: "coffee@example".to_owned(),
            start: day(3, 17).and_time(NaiveTime::from_hms_opt(10, 0, 0).unwrap()),
            summary: "Coffee at the harbour".to_owned(),
            contacts: vec![ase],
        }],
    };
    session
        .apply(Action::InsertSource(Box::new(source)))
        .unwrap();
    save(&mut session);
    (dir, session)
}

#[test]
fn a_brief_opens_from_a_coming_up_line_and_copies_as_text() {
    let (_dir, session) = with_a_meeting_tomorrow();
    let mut harness = review_harness(session);
    assert!(shows(&harness, "Coming up"));
    // The list line: "Åse Lund — Affinity group — “Coffee at the harbour” tomorrow at 10:00".
    let line = harness
        .query_all_by(|n| {
            n.label().is_some_and(|l| {
                l.starts_with(ASE) && l.contains("“Coffee at the harbour” tomorrow at 10:00")
            })
        })
        .find_map(|n| n.accesskit_node().label())
        .expect("a coming-up line for Åse");
    click(&mut harness, &line);
    click(&mut harness, "Brief for the meeting");
    let brief = harness.state().brief_window().expect("the brief is open");
    let ase = id_of(harness.state().session().network(), ASE);
    assert_eq!(brief.contact(), ase);
    assert!(shows(&harness, "Meeting brief: Åse Lund"));
    assert!(shows(&harness, "Tuesday 17 March 2026 at 10:00"));
    assert!(shows(&harness, "sent the harbour report"), "the last touch");
    click(&mut harness, "Copy");
    assert!(shows(&harness, "Copied as text."));
    // Escape closes it.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().brief_window().is_none());
    // The "This week" filter on Contacts keeps Åse only.
    show_screen(&mut harness, Screen::Contacts);
    harness.get_by_label("This week").click();
    harness.run();
    assert!(row_shown(&harness, ASE));
    assert!(!row_shown(&harness, SOREN));
}

#[test]
fn ctrl_p_writes_a_promise_to_the_open_contact_and_ctrl_b_opens_the_brief() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, PETRA);
    press_command(&mut harness, egui::Key::P);
    assert!(harness.state().is_promise_dialog_open());
    type_focused(&mut harness, "What", "an intro to Maria");
    type_into(&mut harness, "By", "på fredag");
    assert!(shows(&harness, "Due Friday 20 March 2026"));
    click(&mut harness, "Save promise");
    assert!(!harness.state().is_promise_dialog_open());
    let network = harness.state().session().network();
    let petra = id_of(network, PETRA);
    let promise = network.promises_of(petra).next().unwrap();
    assert_eq!(
        (promise.text.as_str(), promise.due),
        ("an intro to Maria", day(3, 20))
    );
    press_command(&mut harness, egui::Key::B);
    assert!(shows(&harness, "Meeting brief: Petra Novak"));
    assert!(shows(&harness, "“an intro to Maria”, due 20 March 2026"));
}

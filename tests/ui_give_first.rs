//! Give before you ask: an ask that is not ready brings up the prompt; a ready one logs.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use dunbar::domain::{AskKind, Direction, GiftKind};
use egui_kittest::Harness;
use support::*;

use dunbar::ui::DunbarApp;

fn asks_of(harness: &Harness<'_, DunbarApp>, name: &str) -> Vec<dunbar::domain::Ask> {
    let network = harness.state().session().network();
    network.asks_of(id_of(network, name)).cloned().collect()
}

#[test]
fn a_premature_ask_opens_the_prompt_and_ask_anyway_records_it_as_premature() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, SOREN);
    pick(&mut harness, "Asked", "Meeting");
    type_into(&mut harness, "Note", "coffee about the job");
    click(&mut harness, "Log");

    assert!(harness.state().is_prompt_open());
    assert!(shows(&harness, "Give before you ask Søren Bøgh"));
    assert!(shows(&harness, "So far you gave 0 gifts and asked 0 times"));
    assert!(shows(
        &harness,
        "you have given them nothing in the last 12 months"
    ));
    assert!(
        shows(&harness, "Ten knots of seamanship"),
        "the matching library item"
    );
    assert!(asks_of(&harness, SOREN).is_empty(), "nothing logged yet");

    click(&mut harness, "Ask anyway");
    assert!(!harness.state().is_prompt_open());
    let asks = asks_of(&harness, SOREN);
    assert_eq!(asks.len(), 1);
    assert!(asks[0].premature);
    assert_eq!(asks[0].kind, AskKind::Meeting);
    assert!(shows(&harness, "premature"), "the timeline marks it");

    press_command(&mut harness, egui::Key::Z);
    assert!(asks_of(&harness, SOREN).is_empty());
    press_command_shift(&mut harness, egui::Key::Z);
    assert_eq!(asks_of(&harness, SOREN).len(), 1);
}

#[test]
fn give_first_turns_the_log_into_a_gift_of_the_top_item() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, SOREN);
    pick(&mut harness, "Asked", "Introduction");
    click(&mut harness, "Log");
    assert!(harness.state().is_prompt_open());

    click(&mut harness, "Give first");
    assert!(!harness.state().is_prompt_open());
    assert!(shows(
        &harness,
        "Giving from the library: Ten knots of seamanship"
    ));
    assert!(asks_of(&harness, SOREN).is_empty());

    click(&mut harness, "Log");
    let network = harness.state().session().network();
    let gifts: Vec<_> = network.gifts_of(id_of(network, SOREN)).collect();
    assert_eq!(gifts.len(), 1);
    assert_eq!(gifts[0].direction, Direction::Outbound);
    assert_eq!(gifts[0].kind, GiftKind::Knowledge);
    assert!(gifts[0].item.is_some(), "the library item is recorded");
    assert!(asks_of(&harness, SOREN).is_empty(), "no ask was made");
}

#[test]
fn a_ready_ask_logs_without_the_prompt() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, ASE);
    assert!(shows(&harness, "Ready to ask."));
    pick(&mut harness, "Asked", "Referral");
    click(&mut harness, "Log");

    assert!(!harness.state().is_prompt_open());
    let asks = asks_of(&harness, ASE);
    assert_eq!(asks.len(), 1);
    assert!(!asks[0].premature);
    assert_eq!(asks[0].kind, AskKind::Referral);
}

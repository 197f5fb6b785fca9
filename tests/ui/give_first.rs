//! Give before you ask: an ask that is not ready brings up the prompt; a ready one logs.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use crate::support::*;
use dunbar::domain::{AskKind, GiftKind};
use egui_kittest::Harness;

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
fn give_first_keeps_the_note_and_the_ask_and_logs_both_once_the_gift_makes_it_ready() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, SOREN);
    pick(&mut harness, "Asked", "Introduction");
    type_into(&mut harness, "Note", "intro to the harbour master");
    click(&mut harness, "Log");
    assert!(harness.state().is_prompt_open());
    assert!(
        shows(&harness, "Your note is kept"),
        "the prompt says the note survives the detour"
    );
    // The gift is a choice, not text to type: the library item, or another kind.
    click_radio(&mut harness, "Ten knots of seamanship");
    click(&mut harness, "Give first");
    assert!(!harness.state().is_prompt_open());

    let network = harness.state().session().network();
    let soren = id_of(network, SOREN);
    let gifts: Vec<_> = network.gifts_of(soren).collect();
    assert_eq!(gifts.len(), 1);
    assert_eq!(gifts[0].kind, GiftKind::Knowledge);
    assert!(gifts[0].item.is_some(), "the library item is recorded");
    let asks = asks_of(&harness, SOREN);
    assert_eq!(asks.len(), 1, "the ask was not dropped");
    assert_eq!(asks[0].kind, AskKind::Intro);
    assert!(!asks[0].premature, "with the gift first it was ready");
    assert_eq!(asks[0].note, "intro to the harbour master");
    let touches: Vec<_> = network.touches_of(soren).collect();
    assert_eq!(touches.len(), 1);
    assert_eq!(touches[0].note, "intro to the harbour master");

    // One undo takes the whole detour back.
    press_command(&mut harness, egui::Key::Z);
    let network = harness.state().session().network();
    assert_eq!(network.gifts_of(id_of(network, SOREN)).count(), 0);
    assert!(asks_of(&harness, SOREN).is_empty());
}

#[test]
fn give_first_plans_the_ask_when_the_gift_is_not_enough() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, SOREN);
    // An ask of Søren is still open, so even after a gift a second one is not ready.
    pick(&mut harness, "Asked", "Meeting");
    click(&mut harness, "Log");
    click(&mut harness, "Ask anyway");
    pick(&mut harness, "Asked", "Referral");
    type_into(&mut harness, "Note", "a referral to the yard");
    click(&mut harness, "Log");
    assert!(harness.state().is_prompt_open());
    click_radio(&mut harness, "Another kind of gift (an introduction, help)");
    click(&mut harness, "Give first");

    let network = harness.state().session().network();
    let gifts: Vec<_> = network.gifts_of(id_of(network, SOREN)).collect();
    assert_eq!(gifts.len(), 1);
    assert_eq!(gifts[0].kind, GiftKind::Help);
    let planned: Vec<_> = asks_of(&harness, SOREN)
        .into_iter()
        .filter(|a| a.status == dunbar::domain::AskStatus::Planned)
        .collect();
    assert_eq!(planned.len(), 1, "the ask waits in the review");
    assert_eq!(planned[0].kind, AskKind::Referral);
    assert_eq!(planned[0].note, "a referral to the yard");
    assert!(shows(&harness, "waits in the review as a planned ask"));
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

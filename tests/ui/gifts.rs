//! The Gifts screen, the outreach composer and the Insights screen, driven by their labels.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use std::collections::BTreeSet;

use crate::support::*;
use dunbar::actions::Action;
use dunbar::domain::{AskKind, Direction, Network};
use dunbar::session::Session;
use dunbar::ui::{DunbarApp, Screen};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The fixture with Åse and Jürgen interested in wind power.
fn wind_fixture() -> (tempfile::TempDir, Session) {
    let (dir, mut session) = fixture();
    for name in [ASE, JURGEN] {
        let mut contact = session
            .network()
            .contact(id_of(session.network(), name))
            .unwrap()
            .clone();
        contact.interests = BTreeSet::from(["wind".to_owned()]);
        session
            .apply(Action::ReplaceContact(Box::new(contact)))
            .unwrap();
    }
    (dir, session)
}

fn gifts_of(network: &Network, name: &str) -> Vec<dunbar::domain::Gift> {
    network
        .gifts_of(id_of(network, name))
        .filter(|g| g.direction == Direction::Outbound)
        .cloned()
        .collect()
}

fn check(harness: &mut Harness<'_, DunbarApp>, name: &str) {
    harness.get_by_role_and_label(Role::CheckBox, name).click();
    harness.run();
}

#[test]
fn add_an_item_and_give_it_to_two_people_in_one_step_then_undo_both() {
    let (_dir, session) = wind_fixture();
    let mut harness = app_harness(session);
    show_screen(&mut harness, dunbar::ui::Screen::Gifts);
    assert_eq!(harness.state().screen(), Screen::Gifts);
    assert!(
        shows(&harness, "Ten knots of seamanship"),
        "the library lists its item"
    );

    click(&mut harness, "Add an item");
    type_into(&mut harness, "Title", "Offshore wind in 2026");
    type_into(&mut harness, "Topics", "Wind, energy");
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Why it is worth their time")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Why it is worth their time")
        .type_text("The best summary of this year's auctions.");
    harness.run();
    click(&mut harness, "Add to library");
    let network = harness.state().session().network();
    let item = network
        .library()
        .find(|i| i.title == "Offshore wind in 2026")
        .expect("the item was added");
    assert_eq!(
        item.topics,
        BTreeSet::from(["energy".to_owned(), "wind".to_owned()])
    );
    assert_eq!(item.why, "The best summary of this year's auctions.");
    let item = item.id;
    let touches_before = network.touch_count();

    // Who would value it: the two people interested in wind, nobody else.
    assert!(shows(&harness, "Who would value this"));
    assert!(
        harness
            .query_by_role_and_label(Role::CheckBox, SOREN)
            .is_none()
    );
    check(&mut harness, ASE);
    check(&mut harness, JURGEN);
    click(&mut harness, "Give to 2 people");

    let network = harness.state().session().network();
    for name in [ASE, JURGEN] {
        let given: Vec<_> = gifts_of(network, name)
            .into_iter()
            .filter(|g| g.item == Some(item))
            .collect();
        assert_eq!(given.len(), 1, "{name} got the item once");
    }
    assert_eq!(network.touch_count(), touches_before + 2, "two touches");
    assert!(shows(&harness, "Already given to"));
    assert!(
        harness
            .query_by_role_and_label(Role::CheckBox, ASE)
            .is_none(),
        "nobody is offered it twice"
    );

    // One undo takes back both gifts and both touches, and nothing else.
    press_command(&mut harness, egui::Key::Z);
    let network = harness.state().session().network();
    assert_eq!(network.touch_count(), touches_before);
    assert!(network.gifts().all(|g| g.item != Some(item)));
    assert!(network.library_item(item).is_some(), "the item stays");
}

#[test]
fn editing_and_deleting_an_item_are_undoable() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    show_screen(&mut harness, dunbar::ui::Screen::Gifts);
    click(&mut harness, "Ten knots of seamanship");
    type_into(&mut harness, "Title", "Twelve knots of seamanship");
    click(&mut harness, "Save item");
    let titles = |h: &Harness<'_, DunbarApp>| -> Vec<String> {
        h.state()
            .session()
            .network()
            .library()
            .map(|i| i.title.clone())
            .collect()
    };
    assert_eq!(titles(&harness), vec!["Twelve knots of seamanship"]);
    click(&mut harness, "Delete item");
    assert!(titles(&harness).is_empty());
    press_command(&mut harness, egui::Key::Z);
    assert_eq!(titles(&harness), vec!["Twelve knots of seamanship"]);
    press_command(&mut harness, egui::Key::Z);
    assert_eq!(titles(&harness), vec!["Ten knots of seamanship"]);
    // An empty title is refused with a reason, and nothing changes.
    click(&mut harness, "Ten knots of seamanship");
    type_into(&mut harness, "Title", "   ");
    click(&mut harness, "Save item");
    assert!(shows(&harness, "Give the item a title."));
    assert_eq!(titles(&harness), vec!["Ten knots of seamanship"]);
}

#[test]
fn the_contact_page_suggests_matching_items_and_gives_one_with_a_click() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, SOREN);
    assert!(shows(&harness, "From your library, they might value"));
    click(&mut harness, "Give");
    let network = harness.state().session().network();
    let gifts = gifts_of(network, SOREN);
    assert_eq!(gifts.len(), 1);
    assert!(gifts[0].item.is_some());
    assert!(
        !shows(&harness, "From your library, they might value"),
        "nothing left to suggest"
    );
}

#[test]
fn compose_with_an_ask_but_no_gift_shows_the_warning() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, PETRA);
    click(&mut harness, "Compose message\u{2026}");
    assert!(harness.state().composer().is_some());
    assert!(shows(&harness, "Message to Petra Novak"));
    assert_eq!(
        field_value(&harness, "Greeting (their first name)"),
        "Hi Petra,"
    );
    assert!(!shows(&harness, "gives nothing"), "no ask, no warning");
    pick(&mut harness, "Asks for", "Meeting");
    assert!(shows(
        &harness,
        "This message asks for something but gives nothing"
    ));
    assert!(shows(&harness, "The ask is not ready"));
    assert!(
        shows(&harness, "Could you spare 20 minutes for a call soon?"),
        "the next step follows the ask in the preview"
    );
}

#[test]
fn log_as_sent_records_touch_gift_and_ask_and_one_undo_reverts_all_three() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, SOREN);
    press_command(&mut harness, egui::Key::M);
    assert!(harness.state().composer().is_some(), "Ctrl+M composes");
    // The matching library item is pre-filled as the gift, so asking is fair.
    let composer = harness.state().composer().unwrap();
    assert!(composer.draft().gift.contains("Ten knots of seamanship"));
    assert!(shows(
        &harness,
        "I came across \u{201c}Ten knots of seamanship"
    ));
    pick(&mut harness, "Asks for", "Meeting");
    assert!(!shows(&harness, "gives nothing"));
    assert!(!shows(&harness, "The ask is not ready"));
    click(&mut harness, "Log as sent");

    assert!(harness.state().composer().is_none(), "the composer closes");
    let network = harness.state().session().network();
    let soren = id_of(network, SOREN);
    assert_eq!(network.touches_of(soren).count(), 1);
    let gifts = gifts_of(network, SOREN);
    assert_eq!(gifts.len(), 1);
    assert!(gifts[0].item.is_some());
    let asks: Vec<_> = network.asks_of(soren).collect();
    assert_eq!(asks.len(), 1);
    assert_eq!((asks[0].kind, asks[0].premature), (AskKind::Meeting, false));

    press_command(&mut harness, egui::Key::Z);
    let network = harness.state().session().network();
    let soren = id_of(network, SOREN);
    assert_eq!(
        (
            network.touches_of(soren).count(),
            network.gifts_of(soren).count(),
            network.asks_of(soren).count()
        ),
        (0, 0, 0)
    );
}

#[test]
fn sending_an_ask_that_is_not_ready_goes_through_the_give_first_prompt() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, PETRA);
    click(&mut harness, "Compose message\u{2026}");
    pick(&mut harness, "Asks for", "Referral");
    click(&mut harness, "Log as sent");
    assert!(harness.state().is_prompt_open());
    assert!(harness.state().composer().is_some(), "the draft is kept");
    click(&mut harness, "Ask anyway");
    assert!(harness.state().composer().is_none());
    let network = harness.state().session().network();
    let asks: Vec<_> = network.asks_of(id_of(network, PETRA)).collect();
    assert_eq!(asks.len(), 1);
    assert!(asks[0].premature, "insights count it as premature");
}

#[test]
fn the_review_composes_for_the_selected_person() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    show_screen(&mut harness, dunbar::ui::Screen::Review);
    harness.key_press(egui::Key::C);
    harness.run();
    let composer = harness.state().composer().expect("C opens the composer");
    let network = harness.state().session().network();
    assert!(network.contact(composer.contact()).is_some());
}

#[test]
fn insights_show_every_chart_with_its_caption() {
    let (_dir, session) = crowded_support();
    let mut harness = app_harness(session);
    show_screen(&mut harness, dunbar::ui::Screen::Insights);
    assert_eq!(harness.state().screen(), Screen::Insights);
    for title in [
        "Touches per week by circle",
        "Gifts given vs asks made per month",
        "Circle fill vs budget",
        "Share of your touches by circle",
        "Overdue at each weekly review",
        "Ambassadors (shared your work, 24 months)",
        "You owe a gift (waiting)",
    ] {
        assert!(shows(&harness, title), "{title}");
    }
    assert!(shows(&harness, "No finished reviews yet"));
    // Keys drawn above the charts, as the marks they name.
    for key in [
        "gifts given",
        "premature asks",
        "your share",
        "Dunbar's finding",
    ] {
        assert!(shows(&harness, key), "{key}");
    }
    let insights = harness.state().insights().insights().unwrap();
    let support = insights.fills.first().unwrap();
    assert_eq!((support.cumulative, support.budget), (7, 5));
    assert_eq!(insights.hubs.first().map(|p| p.contact), {
        let network = harness.state().session().network();
        Some(id_of(network, SOREN))
    });
    // A name in a list opens the contact.
    harness.get_by_label(SOREN).click();
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Contacts);
}

#[test]
fn insights_of_an_empty_network_say_there_is_nothing_to_chart() {
    let dir = tempfile::tempdir().unwrap();
    let session = Session::open(dir.path(), dunbar::session::Access::ReadWrite, "ui test").unwrap();
    let mut harness = app_harness(session);
    show_screen(&mut harness, Screen::Insights);
    assert_eq!(harness.state().screen(), Screen::Insights);
    assert!(shows(&harness, "Nothing to chart yet"));
    assert!(
        !shows(&harness, "Touches per week by circle"),
        "no empty axes"
    );
}

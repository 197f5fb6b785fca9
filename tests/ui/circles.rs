#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code
//! The Circles screen driven with the pointer, the way a user does, on a real session in a
//! temporary folder.

use crate::support::*;
use dunbar::domain::Circle;
use dunbar::session::Session;
use dunbar::ui::{DunbarApp, Screen};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The app on `session`, showing the Circles screen.
fn circles_harness(session: Session) -> Harness<'static, DunbarApp> {
    let mut harness = app_harness(session);
    show_screen(&mut harness, dunbar::ui::Screen::Circles);
    assert_eq!(harness.state().screen(), Screen::Circles);
    harness
}

/// Where the dot of `name` is drawn.
fn dot_of(harness: &Harness<'_, DunbarApp>, name: &str) -> egui::Pos2 {
    let id = id_of(harness.state().session().network(), name);
    harness
        .state()
        .circles()
        .dot_position(id)
        .expect("the dot is drawn")
}

/// The circle whose ring the dot of `name` is drawn in.
fn dot_circle(harness: &Harness<'_, DunbarApp>, name: &str) -> Circle {
    let id = id_of(harness.state().session().network(), name);
    let circles = harness.state().circles();
    let dot = circles.layout().unwrap().dots.iter().find(|d| d.id == id);
    dot.expect("the dot is laid out").circle
}

/// Drags the dot of `name` into the ring of `circle`.
fn drag_to_ring(harness: &mut Harness<'_, DunbarApp>, name: &str, circle: Circle) {
    let from = dot_of(harness, name);
    let to = harness.state().circles().ring_point(circle).unwrap();
    drag(harness, from, to);
}

/// Presses on `from`, moves in a few steps to `to` and lets go there.
fn drag(harness: &mut Harness<'_, DunbarApp>, from: egui::Pos2, to: egui::Pos2) {
    harness.hover_at(from);
    harness.step();
    harness.drag_at(from);
    harness.step();
    for n in 1..=5_u8 {
        harness.hover_at(from + (to - from) * (f32::from(n) / 5.0));
        harness.step();
    }
    harness.drop_at(to);
    harness.run();
}

#[test]
fn dragging_a_dot_to_another_ring_moves_the_contact_and_undo_restores_it() {
    let (_dir, session) = fixture();
    let mut harness = circles_harness(session);
    drag_to_ring(&mut harness, SOREN, Circle::Active);

    assert_eq!(
        contact(harness.state(), SOREN).unwrap().circle,
        Circle::Active
    );
    assert_eq!(
        harness.state().screen(),
        Screen::Circles,
        "a drag is not a click"
    );
    assert!(shows(&harness, "Move Søren Bøgh to Active network"));
    assert_eq!(dot_circle(&harness, SOREN), Circle::Active, "the dot moved");

    press_command(&mut harness, Key::Z);
    assert_eq!(
        contact(harness.state(), SOREN).unwrap().circle,
        Circle::Sympathy
    );
    assert_eq!(
        dot_circle(&harness, SOREN),
        Circle::Sympathy,
        "the dot is back"
    );
}

#[test]
fn dropping_a_dot_on_its_own_ring_changes_nothing() {
    let (_dir, session) = fixture();
    let mut harness = circles_harness(session);
    let revision = harness.state().session().revision();
    drag_to_ring(&mut harness, SOREN, Circle::Sympathy);
    assert_eq!(
        contact(harness.state(), SOREN).unwrap().circle,
        Circle::Sympathy
    );
    assert_eq!(harness.state().session().revision(), revision);
}

#[test]
fn clicking_a_dot_opens_the_contact() {
    let (_dir, session) = fixture();
    let mut harness = circles_harness(session);
    harness.get_by_role_and_label(Role::Button, ASE).click();
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Contacts);
    assert_eq!(open_name(&harness), ASE);
}

#[test]
fn hovering_a_dot_shows_name_and_last_touch() {
    let (_dir, session) = fixture();
    let mut harness = circles_harness(session);
    assert!(!shows(&harness, "Last touch: 20 February 2026"));
    let at = dot_of(&harness, ASE);
    harness.hover_at(at);
    harness.run();
    assert!(shows(&harness, "Last touch: 20 February 2026"));
    assert!(shows(&harness, "Circle: Affinity group"));
    assert!(shows(&harness, "Next due:"));
}

#[test]
fn an_over_budget_ring_warns_and_suggests_who_could_move_out() {
    let (_dir, session) = crowded_support();
    let harness = circles_harness(session);
    assert!(shows(&harness, "7 / 5"));
    assert!(shows(
        &harness,
        "Over budget by 2. Could move out: Close Friend"
    ));
    // The next ring counts cumulatively: seven plus Søren.
    assert!(shows(&harness, "8 / 15"));
    for n in 1..=7 {
        let name = format!("Close Friend {n}");
        assert!(
            harness
                .query_by_role_and_label(Role::Button, &name)
                .is_some(),
            "{name} has a dot"
        );
    }
}

#[test]
fn each_ring_explains_its_cadence_one_click_away() {
    let (_dir, session) = fixture();
    let mut harness = circles_harness(session);
    assert!(!shows(&harness, "Sutcliffe"));
    harness
        .query_all_by_label("About its cadence")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert!(shows(&harness, "Keep in touch every 7 days."));
    assert!(shows(&harness, "Dunbar & Spoors 1995"));
}

#[test]
fn thirty_thousand_contacts_draw_a_bounded_number_of_dots_that_never_overlap() {
    use dunbar::generate::{GenerateSpec, generate_network};
    use dunbar::ui::CirclesLayout;

    let dir = tempfile::tempdir().unwrap();
    let network = generate_network(&GenerateSpec::new(30_000, 1), today()).unwrap();
    let total = network.contacts().count();
    let session = Session::create_with(dir.path(), network, "ui test").unwrap();
    let mut harness = circles_harness(session);
    harness.run();

    let layout = harness.state().circles().layout().unwrap();
    let hidden: usize = layout.rings.iter().map(|r| r.hidden).sum();
    assert_eq!(
        layout.dots.len() + hidden,
        total,
        "everyone is a dot or counted"
    );
    assert!(
        layout.dots.len() < 1_000,
        "{} dots drawn",
        layout.dots.len()
    );
    assert!(shows(&harness, "more not drawn as dots"));
    assert!(
        shows(&harness, " more"),
        "the ring itself says how many are hidden"
    );

    // Every dot lies inside its own ring, and no two dots overlap.
    let radius = CirclesLayout::DOT_RADIUS;
    for dot in &layout.dots {
        let ring = layout.ring(dot.circle).unwrap();
        let distance = dot.offset.length();
        assert!(
            distance - radius >= ring.inner - 1e-4,
            "{} pokes inward",
            dot.name
        );
        assert!(
            distance + radius <= ring.outer + 1e-4,
            "{} pokes outward",
            dot.name
        );
    }
    for (n, a) in layout.dots.iter().enumerate() {
        for b in layout.dots.iter().skip(n + 1) {
            let gap = (a.offset - b.offset).length();
            assert!(gap >= 2.0 * radius, "{} and {} overlap", a.name, b.name);
        }
    }

    // The layout is kept until the network changes.
    let revision = layout.revision;
    harness.run();
    assert_eq!(
        harness.state().circles().layout().unwrap().revision,
        revision
    );
}

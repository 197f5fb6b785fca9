//! The shell: commands act on what the user looks at, forms own their keys, the clock and
//! the saver run in `logic`, view state survives a restart, the first run teaches, and the
//! top bar fits a small window (DESIGN §3a, §4).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::NaiveDate;
use dunbar::session::{Access, Session};
use dunbar::ui::{DunbarApp, Screen};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::support::*;

/// eframe's storage, in memory (what eframe writes to its own file on exit).
#[derive(Default)]
struct MemoryStorage(BTreeMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

fn palette_lists(harness: &mut Harness<'_, DunbarApp>, query: &str) -> Vec<String> {
    press_command(harness, egui::Key::K);
    type_focused(harness, "Command or contact", query);
    let labels: Vec<String> = harness
        .query_all_by_role(Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    harness.key_press(egui::Key::Escape);
    harness.run();
    labels
}

#[test]
fn review_commands_never_act_from_another_screen() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, SOREN);
    let before = touch_count(harness.state(), SOREN);
    // The review's "l" is plain typing here, and its command is not offered.
    harness.key_press(egui::Key::L);
    harness.run();
    assert_eq!(touch_count(harness.state(), SOREN), before);
    let listed = palette_lists(&mut harness, "log a touch today");
    assert!(
        !listed.iter().any(|l| l.starts_with("Log a touch today")),
        "the palette only lists what applies now: {listed:?}"
    );
    assert_eq!(touch_count(harness.state(), SOREN), before);
    assert_eq!(harness.state().screen(), Screen::Contacts);
}

#[test]
fn contact_commands_are_greyed_out_without_an_open_contact() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    harness.get_by_label("Edit").click();
    harness.run();
    // Menu entries read "label shortcut"; the shortcut comes from the command list.
    let compose = harness.get_by_role_and_label(Role::Button, "Compose a message Ctrl+M");
    assert!(compose.accesskit_node().is_disabled(), "nobody to write to");
    let redo = harness.get_by_role_and_label(Role::Button, "Redo Ctrl+Shift+Z");
    assert!(
        redo.accesskit_node().is_disabled(),
        "nothing undone to redo"
    );
    // Undo comes above Redo.
    let all: Vec<String> = harness
        .query_all_by_role(Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    let undo_at = all.iter().position(|l| l == "Undo Ctrl+Z").unwrap();
    let redo_at = all.iter().position(|l| l == "Redo Ctrl+Shift+Z").unwrap();
    assert!(undo_at < redo_at);
    // With a contact open, the command applies.
    harness.key_press(egui::Key::Escape);
    harness.run();
    open_contact(&mut harness, SOREN);
    harness.get_by_label("Edit").click();
    harness.run();
    let compose = harness.get_by_role_and_label(Role::Button, "Compose a message Ctrl+M");
    assert!(!compose.accesskit_node().is_disabled());
}

#[test]
fn ctrl_enter_in_a_form_does_not_finish_the_review() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    show_screen(&mut harness, Screen::Review);
    // The quick log of the selected person is a form on the Review screen.
    type_into(&mut harness, "Note", "about the regatta");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    harness.run();
    assert!(
        harness.state().session().network().reviews().is_empty(),
        "Ctrl+Enter belongs to the form that has the keyboard"
    );
    let network = harness.state().session().network();
    assert!(
        network.touches().any(|t| t.note == "about the regatta"),
        "and that form took it: the touch is logged"
    );
    // Outside the form, Ctrl+Enter finishes the review.
    harness.key_press(egui::Key::Escape);
    harness.run();
    click(&mut harness, "Finish review");
    assert_eq!(harness.state().session().network().reviews().len(), 1);
}

#[test]
fn escape_closes_the_composer() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, SOREN);
    press_command(&mut harness, egui::Key::M);
    assert!(harness.state().composer().is_some());
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().composer().is_none());
}

#[test]
fn logic_alone_saves_when_due_and_rolls_the_day_over() {
    let (dir, mut session) = fixture();
    // A change the window has not saved yet.
    let soren = id_of(session.network(), SOREN);
    let mut changed = session.network().contact(soren).unwrap().clone();
    changed.company = "Bøgh Sejl ApS".to_owned();
    session
        .apply(dunbar::actions::Action::ReplaceContact(Box::new(changed)))
        .unwrap();
    let mut app = DunbarApp::new(session, today());
    let ctx = egui::Context::default();
    // No frame is drawn: only `logic`, as eframe does while the window is minimised.
    app.logic_pass(&ctx);
    assert!(app.session().has_unsaved_changes(), "not due yet");
    app.clock().advance(Duration::from_secs(2));
    app.logic_pass(&ctx);
    assert!(app.is_saving(), "the save started on the clock's time");
    for _ in 0..500 {
        app.logic_pass(&ctx);
        if !app.session().has_unsaved_changes() {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(!app.session().has_unsaved_changes());
    let on_disk = Session::open(dir.path(), Access::ReadOnly, "check").unwrap();
    let saved = on_disk.network().contact(soren).unwrap();
    assert_eq!(saved.company, "Bøgh Sejl ApS");

    // Past midnight, today is tomorrow without a single frame drawn.
    app.clock().set(
        NaiveDate::from_ymd_opt(2026, 3, 17)
            .unwrap()
            .and_hms_opt(0, 0, 5)
            .unwrap(),
    );
    app.logic_pass(&ctx);
    assert_eq!(app.today(), NaiveDate::from_ymd_opt(2026, 3, 17).unwrap());
}

#[test]
fn the_view_state_survives_a_restart() {
    let (dir, session) = fixture();
    let mut harness = app_harness(session);
    press_command_shift(&mut harness, egui::Key::T);
    click(&mut harness, "Company");
    show_screen(&mut harness, Screen::Gifts);
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    let kept = harness.state().view_state();
    drop(harness);

    let session = retry_locked(|| Session::open(dir.path(), Access::ReadWrite, "again")).unwrap();
    let app = DunbarApp::new(session, today()).with_storage(Some(&storage));
    assert_eq!(app.theme(), egui::Theme::Dark);
    assert_eq!(app.screen(), Screen::Gifts);
    assert_eq!(app.view_state(), kept);
    assert!(
        !std::fs::read_to_string(dir.path().join("network.ron"))
            .unwrap()
            .contains("Dark"),
        "view state never goes into the network file"
    );
}

#[test]
fn an_empty_network_opens_on_a_start_page() {
    let dir = tempfile::tempdir().unwrap();
    let session = Session::open(dir.path(), Access::ReadWrite, "first run").unwrap();
    let mut harness = app_harness(session);
    assert!(shows(&harness, "Welcome to Dunbar"));
    assert!(shows(&harness, "Import your LinkedIn connections"));
    assert!(shows(&harness, "Add a first contact"));
    assert!(shows(&harness, "Set up your profile"));
    assert!(
        !shows(&harness, "Weekly review due"),
        "nothing to review yet, so no badge"
    );
    assert!(!shows(&harness, "Review streak"));
    click(&mut harness, "Add a contact");
    type_into(&mut harness, "Name", "Mette Frederiksen");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(
        contact(harness.state(), "Mette Frederiksen").is_some(),
        "Enter saves"
    );
    assert!(!shows(&harness, "Welcome to Dunbar"));
}

#[test]
fn the_demo_says_so_in_the_title() {
    let (_dir, session) = fixture();
    let app = DunbarApp::new(session, today()).as_demo();
    assert!(app.window_title().starts_with("Demo"));
}

#[test]
fn the_top_bar_fits_a_small_window() {
    let (_dir, session) = fixture();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1024.0, 640.0))
        .with_max_steps(16)
        .build_eframe(move |_cc| DunbarApp::new(session, today()));
    harness.run();
    for label in ["Undo", "Redo", "Dark theme", "New contact"] {
        let node = harness.get_by_role_and_label(Role::Button, label);
        let rect = node.rect();
        assert!(
            rect.right() <= 1024.0 && rect.left() >= 0.0,
            "{label} is inside the window: {rect:?}"
        );
    }
    // The tabs fold into one menu rather than pushing the bar off-screen.
    assert!(harness.query_by_label_contains("Contacts (4)").is_some());
}

#[test]
fn the_export_dialog_counts_and_selects_only_for_several_rows() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, SOREN);
    press_command(&mut harness, egui::Key::E);
    assert!(shows(&harness, "Will write 4 contacts."));
    let only = harness.get_by_role_and_label(Role::CheckBox, "Only the 1 selected contacts");
    assert_ne!(
        only.accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True),
        "one open contact is not a choice to export only them"
    );
    pick(&mut harness, "Limit to circle", "Support clique");
    assert!(shows(&harness, "Will write 0 contacts."));
}

#[test]
fn menus_list_review_keys_in_lower_case_and_the_tab_counts_before_a_visit() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    // Counted in the background: it shows a moment after the window opens.
    for _ in 0..200 {
        if harness.query_by_label_contains("Review (").is_some() {
            break;
        }
        harness.step();
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(
        harness.query_by_label_contains("Review (").is_some(),
        "the Review tab shows its count before the first visit"
    );
    show_screen(&mut harness, Screen::Review);
    // The key help is made from the command list, in the keys' own (lower) case.
    assert!(shows(&harness, "x skip"), "key help says what x does");
    assert!(shows(&harness, "j next review item"));
    assert!(!shows(&harness, "X skip"));
}

#[test]
fn ctrl_l_puts_the_keyboard_on_the_channel_and_a_letter_picks_it() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, PETRA);
    press_command(&mut harness, egui::Key::L);
    // "e" picks E-mail, Tab goes on to the date and the note.
    harness.key_press(egui::Key::E);
    harness.run();
    type_into(&mut harness, "Note", "sent the deck");
    harness.key_press(egui::Key::Enter);
    harness.run();
    let network = harness.state().session().network();
    let touches: Vec<_> = network.touches_of(id_of(network, PETRA)).collect();
    assert_eq!(touches.len(), 1);
    assert_eq!(touches[0].channel, dunbar::domain::Channel::Email);
    assert_eq!(touches[0].note, "sent the deck");
}

#[test]
fn a_trashed_contacts_page_closes_and_namesakes_are_told_apart() {
    let (_dir, mut session) = fixture();
    let id = dunbar::domain::ContactId::new(session.network().fresh_id());
    let mut namesake =
        dunbar::domain::Contact::new(id, SOREN, dunbar::domain::Circle::Known, today());
    namesake.company = "Novo Nordisk".to_owned();
    session
        .apply(dunbar::actions::Action::InsertContact(Box::new(namesake)))
        .unwrap();
    let mut harness = app_harness(session);
    press_command(&mut harness, egui::Key::K);
    type_focused(&mut harness, "Command or contact", "soren");
    assert!(
        shows(&harness, "Go to Søren Bøgh (Novo Nordisk)"),
        "the palette tells the two apart"
    );
    // Open the one at Novo: its header names the company.
    click_label(&mut harness, "Go to Søren Bøgh (Novo Nordisk)");
    assert_eq!(harness.state().open_contact_id(), Some(id));
    assert!(shows(&harness, "Novo Nordisk"));

    click(&mut harness, "Move to trash");
    assert_eq!(
        harness.state().open_contact_id(),
        None,
        "the trashed contact's page closes"
    );
}

#[test]
fn a_validation_message_never_moves_the_fields() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, SOREN);
    click(&mut harness, "Edit details");
    let notes_at = |h: &Harness<'_, DunbarApp>| {
        h.get_by_role_and_label(Role::MultilineTextInput, "Notes")
            .rect()
    };
    let before = notes_at(&harness);
    type_into(&mut harness, "Birthday", "15/04");
    harness.key_press(egui::Key::Tab);
    harness.run();
    assert!(
        shows(&harness, "Use YYYY-MM-DD"),
        "said after leaving the field"
    );
    assert_eq!(notes_at(&harness), before, "the fields below did not move");
}

#[test]
fn the_banner_overlays_the_screen_and_news_goes_after_a_while() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    let header_at =
        |h: &Harness<'_, DunbarApp>| h.get_by_role_and_label(Role::Button, "Company").rect();
    let before = header_at(&harness);
    open_contact(&mut harness, PETRA);
    click(&mut harness, "Move to trash");
    assert!(
        shows(&harness, "Move Petra Novak to trash"),
        "the news is up"
    );
    assert_eq!(header_at(&harness), before, "the table did not move down");
    // News goes at the first frame after a few seconds; no frame is drawn just for it.
    harness.state().clock().advance(Duration::from_secs(9));
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!shows(&harness, "Move Petra Novak to trash"));
}

#[test]
fn the_readme_lists_every_shortcut_from_the_command_list() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let table = dunbar::ui::UiCommand::shortcut_table();
    assert!(
        readme.contains(&table),
        "README.md must contain the shortcut table made from the commands:\n{table}"
    );
}

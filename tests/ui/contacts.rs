//! The Contacts screen and contact page driven the way a user does, by label, on a real
//! session in a temporary folder.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use crate::support::*;
use dunbar::domain::Circle;
use egui::Key;

#[test]
fn create_a_contact_then_undo_and_redo() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    press_command(&mut harness, Key::N);
    assert!(shows(&harness, "New contact"));
    type_into(&mut harness, "Name", "Mette Frederiksen");
    type_into(&mut harness, "Company", "Statsministeriet");
    click(&mut harness, "Save");

    let mette = contact(harness.state(), "Mette Frederiksen").expect("saved");
    assert_eq!(mette.company, "Statsministeriet");
    assert!(
        row_shown(&harness, "Mette Frederiksen"),
        "the new row is in the table"
    );
    assert!(harness.state().session().has_unsaved_changes());
    assert!(harness.state().window_title().contains('\u{2022}'));

    press_command(&mut harness, Key::Z);
    assert!(contact(harness.state(), "Mette Frederiksen").is_none());
    assert!(!row_shown(&harness, "Mette Frederiksen"));
    assert!(shows(&harness, "Undid add Mette Frederiksen"));

    press_command_shift(&mut harness, Key::Z);
    assert!(contact(harness.state(), "Mette Frederiksen").is_some());
    assert!(row_shown(&harness, "Mette Frederiksen"));
}

#[test]
fn a_new_contact_without_a_name_cannot_be_saved() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    click(&mut harness, "New contact");
    // No error before the user has typed anything (DESIGN §3a rule 2).
    assert!(!shows(&harness, "A name is needed."));
    let before = harness.state().session().network().contact_count();
    click(&mut harness, "Save");
    assert!(shows(&harness, "A name is needed."), "saving says why not");
    assert_eq!(harness.state().session().network().contact_count(), before);
}

#[test]
fn edit_and_save_is_one_undo_step_and_cancel_drops_the_draft() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, SOREN);
    click(&mut harness, "Edit details");
    type_into(&mut harness, "Company", "Bøgh Sejl ApS");
    type_into(&mut harness, "Tags", "sailing, board");
    type_into(&mut harness, "E-mails", "soren(at)example");
    assert!(
        !shows(&harness, "is not an e-mail address"),
        "no complaint while the user is still typing"
    );
    harness.key_press(Key::Tab);
    harness.run();
    assert!(
        shows(&harness, "is not an e-mail address"),
        "said on leaving the field"
    );
    type_into(&mut harness, "E-mails", "soren@example.dk");
    assert!(!shows(&harness, "is not an e-mail address"));
    click(&mut harness, "Save");

    let soren = contact(harness.state(), SOREN).unwrap();
    assert_eq!(soren.company, "Bøgh Sejl ApS");
    assert_eq!(soren.emails, ["soren@example.dk"]);
    assert!(soren.tags.contains("board"));
    assert!(
        shows(&harness, "board, sailing"),
        "the tags column shows them"
    );

    press_command(&mut harness, Key::Z);
    let soren = contact(harness.state(), SOREN).unwrap();
    assert!(soren.company.is_empty() && soren.tags.is_empty() && soren.emails.is_empty());
    assert!(
        !shows(&harness, "Bøgh Sejl ApS"),
        "the page and the table follow the undo"
    );

    press_command_shift(&mut harness, Key::Z);
    assert_eq!(
        contact(harness.state(), SOREN).unwrap().company,
        "Bøgh Sejl ApS"
    );

    click(&mut harness, "Edit details");
    type_into(&mut harness, "Role", "Skipper");
    click(&mut harness, "Cancel");
    assert!(contact(harness.state(), SOREN).unwrap().role.is_empty());
    assert!(!shows(&harness, "Skipper"), "the draft is gone");
}

#[test]
fn labels_and_postal_addresses_are_edited_on_the_contact_page() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, SOREN);
    // F2 edits the open contact.
    harness.key_press(Key::F2);
    harness.run();
    type_into(
        &mut harness,
        "E-mails",
        "work: soren@boegh.dk, soren@home.example",
    );
    type_into(&mut harness, "Phones", "mobile: +45 20 30 40 50");
    click(&mut harness, "Add address");
    type_into(&mut harness, "Street", "Strandvejen 12");
    type_into(&mut harness, "Postcode", "2900");
    type_into(&mut harness, "City", "Hellerup");
    type_into(&mut harness, "Country", "Danmark");
    pick(&mut harness, "Label of address 1", "Home");
    click(&mut harness, "Save");

    let soren = contact(harness.state(), SOREN).unwrap();
    let emails: Vec<(String, Option<String>)> = soren
        .emails
        .iter()
        .map(|e| (e.address.clone(), e.label.as_ref().map(ToString::to_string)))
        .collect();
    assert_eq!(
        emails,
        [
            ("soren@boegh.dk".to_owned(), Some("work".to_owned())),
            ("soren@home.example".to_owned(), None)
        ]
    );
    assert_eq!(soren.phones[0].number, "+45 20 30 40 50");
    assert_eq!(
        soren.phones[0].label,
        Some(dunbar::domain::ContactLabel::Mobile)
    );
    let address = &soren.addresses[0];
    assert_eq!(address.label, Some(dunbar::domain::ContactLabel::Home));
    assert_eq!(
        (
            address.street.as_str(),
            address.postcode.as_str(),
            address.city.as_str()
        ),
        ("Strandvejen 12", "2900", "Hellerup")
    );
    // The page shows them with their labels.
    assert!(shows(&harness, "soren@boegh.dk (work), soren@home.example"));
    assert!(shows(
        &harness,
        "Strandvejen 12, 2900 Hellerup, Danmark (home)"
    ));

    // Removing the address is one more edit, and undo brings it back.
    harness.key_press(Key::F2);
    harness.run();
    click(&mut harness, "Remove address 1");
    click(&mut harness, "Save");
    assert!(
        contact(harness.state(), SOREN)
            .unwrap()
            .addresses
            .is_empty()
    );
    press_command(&mut harness, Key::Z);
    assert_eq!(contact(harness.state(), SOREN).unwrap().addresses.len(), 1);
}

#[test]
fn log_a_touch_from_the_quick_log_bar() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, PETRA);
    assert_eq!(
        field_value(&harness, "Date"),
        "2026-03-16",
        "the date defaults to today"
    );
    type_into(&mut harness, "Note", "coffee at the harbour");
    click(&mut harness, "Log");

    let network = harness.state().session().network();
    let touches: Vec<_> = network.touches_of(id_of(network, PETRA)).collect();
    assert_eq!(touches.len(), 1);
    assert_eq!(touches[0].note, "coffee at the harbour");
    assert!(
        shows(&harness, "coffee at the harbour"),
        "the timeline shows it"
    );
    assert_eq!(
        field_value(&harness, "Note"),
        "",
        "the bar is ready for the next one"
    );

    press_command(&mut harness, Key::Z);
    assert_eq!(touch_count(harness.state(), PETRA), 0);
    assert!(!shows(&harness, "coffee at the harbour"));
    press_command_shift(&mut harness, Key::Z);
    assert_eq!(touch_count(harness.state(), PETRA), 1);
}

#[test]
fn enter_in_the_note_logs_and_a_bad_date_is_refused() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, PETRA);
    type_into(&mut harness, "Date", "2026-13-01");
    type_into(&mut harness, "Note", "call");
    click(&mut harness, "Log");
    assert!(shows(&harness, "Use YYYY-MM-DD."));
    assert_eq!(touch_count(harness.state(), PETRA), 0);

    type_into(&mut harness, "Date", "2026-03-01");
    type_into(&mut harness, "Note", "call about the regatta");
    harness.key_press(Key::Enter);
    harness.run();
    let network = harness.state().session().network();
    let touches: Vec<_> = network.touches_of(id_of(network, PETRA)).collect();
    assert_eq!(touches.len(), 1);
    assert_eq!(touches[0].date.to_string(), "2026-03-01");
}

#[test]
fn search_ignores_case_and_accents() {
    for (query, found, hidden) in [
        ("soren", SOREN, ASE),
        ("Søren", SOREN, ASE),
        ("aase", ASE, SOREN),
        ("ase lund", ASE, JURGEN),
        ("mueller", JURGEN, SOREN),
        ("MULLER", JURGEN, PETRA),
    ] {
        let (_dir, session) = fixture();
        let mut harness = app_harness(session);
        type_into(&mut harness, "Search", query);
        assert!(row_shown(&harness, found), "{query} finds {found}");
        assert!(!row_shown(&harness, hidden), "{query} hides {hidden}");
    }
}

#[test]
fn ctrl_f_focuses_the_search_field() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    press_command(&mut harness, Key::F);
    type_focused(&mut harness, "Search", "jurgen");
    assert!(row_shown(&harness, JURGEN));
    assert!(!row_shown(&harness, SOREN));
}

#[test]
fn bulk_move_two_contacts_to_another_circle() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    click(&mut harness, SOREN);
    click_with(&mut harness, PETRA, egui::Modifiers::COMMAND);
    assert!(shows(&harness, "2 selected"));
    click(&mut harness, "Move to circle");

    let circle = |h: &egui_kittest::Harness<'_, dunbar::ui::DunbarApp>, name| {
        contact(h.state(), name).unwrap().circle
    };
    assert_eq!(circle(&harness, SOREN), Circle::Active);
    assert_eq!(circle(&harness, PETRA), Circle::Active);
    assert_eq!(circle(&harness, ASE), Circle::Affinity, "unselected stays");

    press_command(&mut harness, Key::Z);
    assert_eq!(circle(&harness, SOREN), Circle::Sympathy);
    assert_eq!(circle(&harness, PETRA), Circle::Known);
    press_command_shift(&mut harness, Key::Z);
    assert_eq!(circle(&harness, SOREN), Circle::Active);
    assert_eq!(circle(&harness, PETRA), Circle::Active);
}

#[test]
fn shift_click_selects_a_range_and_tags_it() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    // Sorted by folded name: Åse (as "ase"), Jürgen, Petra, Søren.
    click(&mut harness, JURGEN);
    click_with(&mut harness, SOREN, egui::Modifiers::SHIFT);
    assert!(shows(&harness, "3 selected"));
    type_into(&mut harness, "Tag to add", "regatta");
    click(&mut harness, "Add tag");
    for name in [JURGEN, PETRA, SOREN] {
        assert!(
            contact(harness.state(), name)
                .unwrap()
                .tags
                .contains("regatta")
        );
    }
    assert!(contact(harness.state(), ASE).unwrap().tags.is_empty());
}

#[test]
fn delete_to_trash_restore_and_delete_for_good() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    click(&mut harness, JURGEN);
    harness.key_press(Key::Delete);
    harness.run();
    assert!(contact(harness.state(), JURGEN).unwrap().is_trashed());
    assert!(!row_shown(&harness, JURGEN));

    press_command(&mut harness, Key::Z);
    assert!(!contact(harness.state(), JURGEN).unwrap().is_trashed());
    press_command_shift(&mut harness, Key::Z);
    assert!(contact(harness.state(), JURGEN).unwrap().is_trashed());

    show_screen(&mut harness, dunbar::ui::Screen::Trash);
    assert_eq!(harness.state().screen(), dunbar::ui::Screen::Trash);
    click(&mut harness, &format!("Restore {JURGEN}"));
    assert!(!contact(harness.state(), JURGEN).unwrap().is_trashed());
    assert!(shows(&harness, "The trash is empty."));
    press_command(&mut harness, Key::Z);
    assert!(contact(harness.state(), JURGEN).unwrap().is_trashed());

    click(&mut harness, &format!("Delete {JURGEN} for good"));
    assert!(contact(harness.state(), JURGEN).is_none());
    press_command(&mut harness, Key::Z);
    assert!(
        contact(harness.state(), JURGEN).unwrap().is_trashed(),
        "undo brings it back"
    );
    press_command_shift(&mut harness, Key::Z);
    assert!(contact(harness.state(), JURGEN).is_none());
}

#[test]
fn the_command_palette_jumps_to_a_contact() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    press_command(&mut harness, Key::K);
    type_focused(&mut harness, "Command or contact", "aase");
    assert!(shows(&harness, "Go to Åse Lund"));
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(open_name(&harness), ASE, "her page is open");
}

#[test]
fn the_command_palette_runs_a_command() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    press_command(&mut harness, Key::K);
    type_focused(&mut harness, "Command or contact", "theme");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().theme(), egui::Theme::Dark);
}

#[test]
fn arrow_keys_walk_the_table() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    // Sorted by folded name: Åse (as "ase"), Jürgen, Petra, Søren.
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(open_name(&harness), ASE);
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(open_name(&harness), JURGEN);
    harness.key_press(Key::ArrowUp);
    harness.run();
    assert_eq!(open_name(&harness), ASE);
}

#[test]
fn clicking_a_header_sorts_and_clicking_again_reverses() {
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    click(&mut harness, "Circle");
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(open_name(&harness), SOREN, "innermost circle first");
    click(&mut harness, "Circle");
    click(&mut harness, PETRA);
    harness.key_press(Key::ArrowUp);
    harness.run();
    assert_eq!(open_name(&harness), PETRA, "Known names now come first");
}

#[test]
fn dates_speak_in_the_table_and_the_timeline() {
    use egui_kittest::kittest::Queryable;
    let (_dir, session) = fixture();
    let mut harness = app_harness(session);
    open_contact(&mut harness, PETRA);
    type_into(&mut harness, "Date", "2026-03-01");
    type_into(&mut harness, "Note", "call about the regatta");
    click(&mut harness, "Log");
    // Logged 15 days ago: the table row and the timeline both say so.
    let said = harness.query_all_by_label("2 weeks ago").count();
    assert!(said >= 2, "table and timeline: {said}");
    // Åse got a gift on 20 February; Søren, never touched, is overdue counted in days.
    assert!(shows(&harness, "3 weeks ago"));
    assert!(harness.query_all_by_label_contains("days overdue").count() > 0);
    assert_eq!(harness.query_all_by_label("2026-03-01").count(), 0);
}

#[test]
fn search_puts_the_best_match_first_and_the_palette_agrees() {
    use dunbar::actions::Action;
    use dunbar::domain::{Contact, ContactId};
    use egui::accesskit::Role;
    use egui_kittest::kittest::{NodeT, Queryable};
    let (_dir, mut session) = fixture();
    for name in ["Erasmus Smiley", "Rasmus Andersen-Smidt", "Rasmus Smith"] {
        let id = ContactId::new(session.network().fresh_id());
        let contact = Contact::new(id, name, Circle::Active, today());
        session
            .apply(Action::InsertContact(Box::new(contact)))
            .unwrap();
    }
    let mut harness = app_harness(session);
    type_into(&mut harness, "Search", "rasmus smi");
    let rows: Vec<String> = harness
        .query_all_by_role(Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|label| label.contains("smus"))
        .collect();
    assert_eq!(
        rows.first().map(String::as_str),
        Some("Rasmus Smith"),
        "best match first, not alphabetical: {rows:?}"
    );
    assert_eq!(rows.len(), 3, "{rows:?}");
    // The command palette's contact jump uses the same ranking: Enter opens the best.
    press_command(&mut harness, Key::K);
    type_focused(&mut harness, "Command or contact", "rasmus smi");
    let jumps: Vec<String> = harness
        .query_all_by_label_contains("Go to ")
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert_eq!(
        jumps.first().map(String::as_str),
        Some("Go to Rasmus Smith"),
        "{jumps:?}"
    );
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(open_name(&harness), "Rasmus Smith");
}

//! A small network in a temporary data folder, the real app on it, and helpers that act
//! the way a user does: by the labels they read.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

use chrono::NaiveDate;
use dunbar::actions::{Action, LogEntry};
use dunbar::domain::{
    Channel, Circle, Contact, ContactId, GiftKind, LibraryItem, LibraryItemId, Network,
};
use dunbar::session::{Access, Session};
use dunbar::ui::DunbarApp;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tempfile::TempDir;

/// Runs `open` until the data folder's lock is free, for at most two seconds. Tests in this
/// binary run on parallel threads and some start programs (`mount`, `id`): a child
/// process holds a copy of every open file, the lock of a session another test has just
/// dropped included, from its fork until its exec. A user's Dunbar never forks while it
/// reopens its own folder; the wait is for the tests' own children.
pub fn retry_locked<T>(
    mut open: impl FnMut() -> Result<T, dunbar::session::SessionError>,
) -> Result<T, dunbar::session::SessionError> {
    for _ in 0..200 {
        match open() {
            Err(dunbar::session::SessionError::Storage(
                dunbar::storage::StorageError::Locked { .. },
            )) => {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            other => return other,
        }
    }
    open()
}

/// The fixed day every UI test runs on.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 16).unwrap()
}

/// The people of the fixture.
pub const SOREN: &str = "Søren Bøgh";
pub const ASE: &str = "Åse Lund";
pub const JURGEN: &str = "Jürgen Müller";
pub const PETRA: &str = "Petra Novak";

/// A data folder with four contacts (Åse was given a gift last month, so an ask of her is
/// ready) and one library item about sailing, which Søren is interested in. Saved, so the
/// session starts without unsaved changes.
pub fn fixture() -> (TempDir, Session) {
    fixture_in(tempfile::tempdir().unwrap())
}

/// The fixture in `dir` (the snapshots use a folder of a fixed name, since Settings shows it).
pub fn fixture_in(dir: TempDir) -> (TempDir, Session) {
    let mut session = Session::open(dir.path(), Access::ReadWrite, "ui test").unwrap();
    let created = NaiveDate::from_ymd_opt(2025, 1, 10).unwrap();
    for (name, circle) in [
        (SOREN, Circle::Sympathy),
        (ASE, Circle::Affinity),
        (JURGEN, Circle::Acquaintance),
        (PETRA, Circle::Known),
    ] {
        let id = ContactId::new(session.network().fresh_id());
        let mut contact = Contact::new(id, name, circle, created);
        if name == SOREN {
            contact.interests = BTreeSet::from(["sailing".to_owned()]);
        }
        session
            .apply(Action::InsertContact(Box::new(contact)))
            .unwrap();
    }
    let item = LibraryItem {
        id: LibraryItemId::new(session.network().fresh_id()),
        title: "Ten knots of seamanship".to_owned(),
        link: String::new(),
        why: "Practical sailing advice from a Danish skipper.".to_owned(),
        topics: BTreeSet::from(["sailing".to_owned()]),
        added: created,
    };
    session
        .apply(Action::InsertLibraryItem(Box::new(item)))
        .unwrap();
    let ase = id_of(session.network(), ASE);
    let mut gift = LogEntry::new(
        vec![ase],
        NaiveDate::from_ymd_opt(2026, 2, 20).unwrap(),
        Channel::Email,
    );
    gift.gave = Some(GiftKind::Knowledge);
    gift.note = "sent the harbour report".to_owned();
    let action = gift.to_action(session.network(), today()).unwrap();
    session.apply(action).unwrap();
    session.save(today().and_hms_opt(9, 0, 0).unwrap()).unwrap();
    (dir, session)
}

/// The fixture with seven people in the support clique (budget 5), added 2 to 14 days ago
/// so some are due and some at risk, and Søren flagged a hub.
pub fn crowded_support() -> (TempDir, Session) {
    crowded_support_in(tempfile::tempdir().unwrap())
}

/// The crowded fixture in `dir`.
pub fn crowded_support_in(dir: TempDir) -> (TempDir, Session) {
    let (dir, mut session) = fixture_in(dir);
    for n in 1..=7 {
        let id = ContactId::new(session.network().fresh_id());
        let added = today() - chrono::Days::new(2 * n);
        let contact = Contact::new(id, &format!("Close Friend {n}"), Circle::Support, added);
        session
            .apply(Action::InsertContact(Box::new(contact)))
            .unwrap();
    }
    let soren = id_of(session.network(), SOREN);
    let mut hub = session.network().contact(soren).unwrap().clone();
    hub.hub = true;
    session
        .apply(Action::ReplaceContact(Box::new(hub)))
        .unwrap();
    // Saved, so pictures never catch a save in progress.
    session.save(today().and_hms_opt(9, 0, 0).unwrap()).unwrap();
    (dir, session)
}

/// The id of the contact called `name`.
pub fn id_of(network: &Network, name: &str) -> ContactId {
    network
        .all_contacts()
        .find(|c| c.display_name == name)
        .map(|c| c.id)
        .expect("the fixture has this contact")
}

/// The contact called `name`, if there is one.
pub fn contact<'a>(app: &'a DunbarApp, name: &str) -> Option<&'a Contact> {
    app.session()
        .network()
        .all_contacts()
        .find(|c| c.display_name == name)
}

/// How many touches the contact called `name` has.
pub fn touch_count(app: &DunbarApp, name: &str) -> usize {
    let network = app.session().network();
    network.touches_of(id_of(network, name)).count()
}

/// The app on the fixture, drawn once.
pub fn app_harness(session: Session) -> Harness<'static, DunbarApp> {
    app_harness_with(DunbarApp::new(session, today()))
}

/// A prepared app, drawn once and settled.
pub fn app_harness_with(app: DunbarApp) -> Harness<'static, DunbarApp> {
    // A background save (1.5 s after a change; a frame is 0.25 s here) finishes on its own
    // thread and asks for a frame whenever it is done: leave `run` room to settle after it.
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(16)
        .build_eframe(move |_cc| app);
    harness.run();
    // What the window works out in the background at start (the review count) is in
    // before the test begins.
    settle_background(&mut harness);
    harness
}

/// Runs frames until nothing works in the background (a review count, a save, a file
/// job), for at most ten seconds (a loaded machine), then settles the frames.
pub fn settle_background(harness: &mut Harness<'_, DunbarApp>) {
    for _ in 0..2000 {
        if !harness.state().has_background_work() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
        harness.step();
    }
    harness.run();
}

/// Shows `screen` the way a user does: its Ctrl+n shortcut.
pub fn show_screen(harness: &mut Harness<'_, DunbarApp>, screen: dunbar::ui::Screen) {
    let shortcut = dunbar::ui::UiCommand::Show(screen).shortcut().unwrap();
    harness.key_press_modifiers(shortcut.modifiers, shortcut.logical_key);
    harness.run();
}

/// Runs frames until `done`, moving the app's clock on a quarter second per frame (the
/// save delay runs on the clock) and giving background threads a moment between frames.
pub fn step_until(harness: &mut Harness<'_, DunbarApp>, done: impl Fn(&DunbarApp) -> bool) -> bool {
    for _ in 0..400 {
        harness
            .state()
            .clock()
            .advance(std::time::Duration::from_millis(250));
        harness.step();
        if done(harness.state()) {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    false
}

/// Clicks whatever is labelled `label` (a selectable line, a link).
pub fn click_label(harness: &mut Harness<'_, DunbarApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// Clicks the radio button labelled `label`.
pub fn click_radio(harness: &mut Harness<'_, DunbarApp>, label: &str) {
    harness
        .get_by_role_and_label(Role::RadioButton, label)
        .click();
    harness.run();
}

/// Clicks the button labelled `label`.
pub fn click(harness: &mut Harness<'_, DunbarApp>, label: &str) {
    harness.get_by_role_and_label(Role::Button, label).click();
    harness.run();
}

/// Clicks the button labelled `label` while holding `modifiers` (Ctrl+click, Shift+click).
pub fn click_with(harness: &mut Harness<'_, DunbarApp>, label: &str, modifiers: egui::Modifiers) {
    harness
        .get_by_role_and_label(Role::Button, label)
        .click_modifiers(modifiers);
    harness.run();
}

/// Clicks into the text field labelled `label`, empties it and types `text`.
pub fn type_into(harness: &mut Harness<'_, DunbarApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .click();
    harness.run();
    // Select all and overwrite, the way a user replaces a field's text.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.key_press(egui::Key::Backspace);
    harness.run();
    type_focused(harness, label, text);
}

/// Types into the field labelled `label`, which already has the keyboard focus.
pub fn type_focused(harness: &mut Harness<'_, DunbarApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.run();
}

/// The name in the open contact page's header (empty when no page is open): the
/// heading a user reads.
pub fn open_name(harness: &Harness<'_, DunbarApp>) -> String {
    let Some(id) = harness.state().open_contact_id() else {
        return String::new();
    };
    let name = harness
        .state()
        .session()
        .network()
        .contact(id)
        .map(|c| c.display_name.clone())
        .unwrap_or_default();
    assert!(shows(harness, &name), "the header names {name}");
    name
}

/// The text in the field labelled `label`.
pub fn field_value(harness: &Harness<'_, DunbarApp>, label: &str) -> String {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .value()
        .unwrap_or_default()
}

/// Picks `option` in the combo box labelled `combo`.
pub fn pick(harness: &mut Harness<'_, DunbarApp>, combo: &str, option: &str) {
    harness.get_by_role_and_label(Role::ComboBox, combo).click();
    harness.run();
    harness.get_by_label(option).click();
    harness.run();
}

/// Presses a shortcut with Ctrl (Cmd on a Mac).
pub fn press_command(harness: &mut Harness<'_, DunbarApp>, key: egui::Key) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, key);
    harness.run();
}

/// Presses Ctrl+Shift+`key`.
pub fn press_command_shift(harness: &mut Harness<'_, DunbarApp>, key: egui::Key) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, key);
    harness.run();
}

/// Whether a row button (a name in the table) is showing.
pub fn row_shown(harness: &Harness<'_, DunbarApp>, name: &str) -> bool {
    harness
        .query_all_by_role_and_label(Role::Button, name)
        .next()
        .is_some()
}

/// Whether any text containing `text` is showing.
pub fn shows(harness: &Harness<'_, DunbarApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

/// Opens the contact page of `name` by clicking their row.
pub fn open_contact(harness: &mut Harness<'_, DunbarApp>, name: &str) {
    click(harness, name);
}

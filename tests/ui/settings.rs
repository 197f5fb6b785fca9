//! Settings: cadences change who is due, the profile is saved, a backup can be restored.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use crate::support::*;
use dunbar::actions::Action;
use dunbar::domain::Circle;
use dunbar::ui::{DunbarApp, Screen};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn settings(harness: &mut Harness<'_, DunbarApp>) {
    show_screen(harness, Screen::Settings);
    assert_eq!(harness.state().screen(), Screen::Settings);
}

/// Whether the Review screen lists `name` as overdue.
fn overdue_in_review(harness: &mut Harness<'_, DunbarApp>, name: &str) -> bool {
    show_screen(harness, Screen::Review);
    let found = harness
        .query_all_by_label_contains("days overdue")
        .any(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with(name))
        });
    settings(harness);
    found
}

/// The app on the fixture, showing Settings.
fn settings_harness() -> (tempfile::TempDir, Harness<'static, DunbarApp>) {
    let (dir, session) = fixture();
    let mut harness = app_harness(session);
    settings(&mut harness);
    (dir, harness)
}

/// Types into a field and leaves it the way a user does: Enter.
fn enter_into(harness: &mut Harness<'_, DunbarApp>, label: &str, text: &str) {
    type_into(harness, label, text);
    harness.key_press(egui::Key::Enter);
    harness.run();
}

#[test]
fn changing_a_cadence_changes_who_is_due_and_reset_brings_the_default_back() {
    let (_dir, mut harness) = settings_harness();
    assert!(shows(&harness, "Default 30 days"));
    assert_eq!(field_value(&harness, "Sympathy group (days)"), "30");
    assert!(overdue_in_review(&mut harness, SOREN));

    enter_into(&mut harness, "Sympathy group (days)", "500");
    let cadences = harness.state().session().network().cadences().clone();
    assert_eq!(cadences.days(Circle::Sympathy), Some(500));
    assert!(!overdue_in_review(&mut harness, SOREN), "due in May now");

    click(&mut harness, "Reset Sympathy group to default");
    let cadences = harness.state().session().network().cadences().clone();
    assert_eq!(cadences.days(Circle::Sympathy), Some(30));
    assert_eq!(field_value(&harness, "Sympathy group (days)"), "30");
    assert!(overdue_in_review(&mut harness, SOREN));
}

#[test]
fn a_wrong_cadence_is_explained_and_changes_nothing() {
    let (_dir, mut harness) = settings_harness();
    enter_into(&mut harness, "Sympathy group (days)", "soon");
    assert!(shows(&harness, "use a whole number of days"));
    let cadences = harness.state().session().network().cadences().clone();
    assert_eq!(cadences.days(Circle::Sympathy), Some(30));
}

#[test]
fn the_profile_is_one_change_per_edit() {
    let (_dir, mut harness) = settings_harness();
    enter_into(&mut harness, "Your name", "Ada Berg");
    enter_into(&mut harness, "Role", "Founder");
    let profile = harness.state().session().network().profile().clone();
    assert_eq!(profile.name, "Ada Berg");
    assert_eq!(profile.role, "Founder");
    press_command(&mut harness, egui::Key::Z);
    assert_eq!(harness.state().session().network().profile().role, "");
    assert_eq!(
        harness.state().session().network().profile().name,
        "Ada Berg"
    );
}

#[test]
fn my_email_addresses_and_linkedin_url_are_part_of_the_profile() {
    let (_dir, mut harness) = settings_harness();
    enter_into(
        &mut harness,
        "Your e-mail addresses",
        "ada@berg.example, ada@work.example",
    );
    enter_into(
        &mut harness,
        "Your LinkedIn URL",
        "https://www.linkedin.com/in/adaberg",
    );
    let profile = harness.state().session().network().profile().clone();
    assert_eq!(profile.emails, ["ada@berg.example", "ada@work.example"]);
    assert_eq!(
        profile.linkedin_url.as_deref(),
        Some("https://www.linkedin.com/in/adaberg")
    );
    assert!(profile.is_me("ADA@work.example"));
}

#[test]
fn a_backup_is_listed_and_restored() {
    let (_dir, mut session) = fixture();
    let ase = id_of(session.network(), ASE);
    let mut contact = session.network().contact(ase).unwrap().clone();
    contact.trashed_on = Some(today());
    session
        .apply(Action::ReplaceContact(Box::new(contact)))
        .unwrap();
    session
        .save(today().and_hms_opt(10, 0, 0).unwrap())
        .unwrap();
    let backups = session.folder().backups();
    assert!(!backups.is_empty(), "the first save was kept as a backup");
    let name = backups[0].name.clone();

    let mut harness = app_harness(session);
    settings(&mut harness);
    assert!(shows(&harness, "Data folder: "));
    click(&mut harness, &format!("Restore {name}"));
    let network = harness.state().session().network();
    assert!(
        network.contact(ase).is_some_and(|c| !c.is_trashed()),
        "Åse is back as she was"
    );
    assert!(shows(&harness, "Restored the backup"));
}

#[test]
fn the_theme_can_be_chosen_here() {
    let (_dir, mut harness) = settings_harness();
    harness.get_by_label("Dark").click();
    harness.run();
    assert_eq!(harness.state().theme(), egui::Theme::Dark);
}

/// Settings › Reminders: the time of day and quiet hours are saved to this device's
/// reminder settings; "Turn on daily reminders" writes the systemd user timer at that time,
/// "Turn off" removes it; a wrong time is explained and saves nothing.
#[test]
fn reminders_are_set_turned_on_and_off_in_settings() {
    let (dir, session) = fixture();
    let state = dir.path().join("state");
    let config = dir.path().join("config");
    let app = DunbarApp::new(session, today()).with_reminders(
        dunbar::remind::RemindFolder::at(&state),
        dunbar::remind::Schedule::SystemdUser {
            config_home: config.clone(),
        },
    );
    let mut harness = app_harness_with(app);
    settings(&mut harness);
    assert!(shows(&harness, "Reminders: not scheduled"));
    enter_into(&mut harness, "Time of day", "7:30");
    let saved = dunbar::remind::RemindFolder::at(&state).settings().unwrap();
    assert_eq!(saved.time.format("%H:%M").to_string(), "07:30");
    enter_into(&mut harness, "Quiet hours", "soon");
    assert!(shows(&harness, "is not a span of hours"));
    assert_eq!(
        dunbar::remind::RemindFolder::at(&state)
            .settings()
            .unwrap()
            .quiet_hours,
        None,
        "nothing saved"
    );
    harness.get_by_label("Turn on daily reminders").click();
    harness.run();
    let timer = config.join("systemd/user/dunbar-remind.timer");
    assert!(
        std::fs::read_to_string(&timer)
            .unwrap()
            .contains("OnCalendar=*-*-* 07:30:00")
    );
    assert!(shows(&harness, "Reminders come every day at 07:30."));
    assert!(shows(&harness, "Reminders: scheduled every day at 07:30"));
    harness.get_by_label("Turn off daily reminders").click();
    harness.run();
    assert!(!timer.exists());
    assert!(shows(&harness, "Reminders: not scheduled"));
}

/// `--screen review` (a reminder's "Open review") opens on the Review whatever screen the
/// last window showed.
#[test]
fn the_window_opens_on_the_screen_asked_for() {
    let (_dir, session) = fixture();
    let app =
        DunbarApp::new(session, today()).with_start_screen(dunbar::ui::Screen::from_key("review"));
    let harness = app_harness_with(app);
    assert_eq!(harness.state().screen(), Screen::Review);
    assert!(shows(&harness, "Weekly review"));
    assert_eq!(
        dunbar::ui::Screen::from_key("gennemgang"),
        Some(Screen::Review)
    );
    assert_eq!(dunbar::ui::Screen::from_key("nowhere"), None);
}

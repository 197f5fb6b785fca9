//! Promises and meetings (DESIGN §11): due phrases, the review's "Promised" and "Coming
//! up", keeping a promise (as a gift), undo and redo of every promise action, the data
//! file, calendar capture of coming events, the iCalendar to-dos and the command line.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};
use dunbar::actions::promises::{
    NewPromise, add_promise, delete_promise, edit_promise, promise_done, reopen_promise,
};
use dunbar::actions::{Action, DueProblem, History, PromiseNote, edits, parse_due};
use dunbar::capture::{CaptureOptions, calendar_occurrences, plan_calendar_capture};
use dunbar::domain::{Circle, ContactId, Direction, EmailAddress, GiftKind, Network, PromiseId};
use dunbar::i18n::Language;
use dunbar::review::{
    MeetingBrief, ReviewSection, coming_up, events_on, promises_due_on, review_queue,
};
use dunbar::storage::file_format::{from_text, to_text};
use serde_json::Value;

use crate::common::{Builder, d, dunbar_on};

/// A Monday.
fn today() -> NaiveDate {
    d("2026-03-16")
}

#[test]
fn due_phrases_parse_relative_to_a_fixed_today_and_ambiguous_ones_are_refused() {
    use Language::{Danish as Da, English as En};
    let ok = [
        ("by friday", En, "2026-03-20"),
        ("friday", En, "2026-03-20"),
        ("on Monday", En, "2026-03-23"),
        ("today", En, "2026-03-16"),
        ("tomorrow", En, "2026-03-17"),
        ("by next week", En, "2026-03-23"),
        ("in 2 weeks", En, "2026-03-30"),
        ("in a week", En, "2026-03-23"),
        ("within 3 days", En, "2026-03-19"),
        ("in one month", En, "2026-04-16"),
        ("by 2026-04-01", En, "2026-04-01"),
        ("by 25/12", En, "2026-12-25"),
        ("by 5/25", En, "2026-05-25"),
        ("by 12 May", En, "2026-05-12"),
        ("May 12th", En, "2026-05-12"),
        ("12.5.", En, "2026-05-12"),
        ("by the end of the month", En, "2026-03-31"),
        ("next month", En, "2026-04-01"),
        ("this week", En, "2026-03-20"),
        ("på fredag", Da, "2026-03-20"),
        ("inden næste uge", Da, "2026-03-23"),
        ("om 2 uger", Da, "2026-03-30"),
        ("i morgen", Da, "2026-03-17"),
        ("i overmorgen", Da, "2026-03-18"),
        ("senest torsdag", Da, "2026-03-19"),
        ("om en måned", Da, "2026-04-16"),
        ("inden for 3 dage", Da, "2026-03-19"),
        ("12/5", Da, "2026-05-12"),
        ("inden 1/3", Da, "2027-03-01"),
        ("den 5. april", Da, "2026-04-05"),
        ("udgangen af måneden", Da, "2026-03-31"),
    ];
    for (phrase, language, expected) in ok {
        assert_eq!(
            parse_due(phrase, today(), language),
            Ok(d(expected)),
            "{phrase:?} ({language:?})"
        );
    }
    // Two readings: refused with both, never guessed.
    for (phrase, language, one, other) in [
        ("by 12/5", En, "2026-05-12", "2026-12-05"),
        ("by 1/3", En, "2027-03-01", "2027-01-03"),
        ("next friday", En, "2026-03-20", "2026-03-27"),
        ("næste fredag", Da, "2026-03-20", "2026-03-27"),
    ] {
        let problem = parse_due(phrase, today(), language).unwrap_err();
        assert_eq!(
            problem,
            DueProblem::Ambiguous {
                phrase: phrase.to_owned(),
                one: d(one),
                other: d(other)
            },
            "{phrase:?}"
        );
        let message = problem.message();
        assert!(message.contains(phrase), "{message}");
    }
    assert_eq!(
        parse_due("by 2026-03-01", today(), En),
        Err(DueProblem::Past(d("2026-03-01")))
    );
    assert!(matches!(
        parse_due("by whenever", today(), En),
        Err(DueProblem::NotUnderstood(_))
    ));
}

#[test]
fn a_note_holds_a_promise_with_its_due_day() {
    let note = PromiseNote::parse(
        "coffee, promised the Dunbar article by friday",
        today(),
        Language::English,
    )
    .unwrap();
    assert_eq!(note.note, "coffee");
    assert_eq!(note.text, "the Dunbar article");
    assert_eq!(note.due, Some(Ok(d("2026-03-20"))));
    let danish = PromiseNote::parse(
        "kaffe, lovede at sende artiklen på fredag",
        today(),
        Language::Danish,
    )
    .unwrap();
    assert_eq!(
        (danish.note.as_str(), danish.text.as_str()),
        ("kaffe", "sende artiklen")
    );
    assert_eq!(danish.due, Some(Ok(d("2026-03-20"))));
    let ambiguous = PromiseNote::parse(
        "lunch, promised the deck by 12/5",
        today(),
        Language::English,
    )
    .unwrap();
    assert_eq!(ambiguous.text, "the deck");
    assert!(matches!(
        ambiguous.due,
        Some(Err(DueProblem::Ambiguous { .. }))
    ));
    let undated = PromiseNote::parse("promised an intro", today(), Language::English).unwrap();
    assert_eq!((undated.note.as_str(), undated.due), ("", None));
    assert!(PromiseNote::parse("coffee about promises", today(), Language::English).is_none());
}

/// Ada is overdue and waits for my reply; Ben has a promise due today.
fn network_with_a_promise_due_today() -> (Builder, ContactId, ContactId, PromiseId) {
    let mut b = Builder::new();
    let ada = b.contact("Ada Lovelace", Circle::Support);
    let ben = b.contact("Ben Okri", Circle::Active);
    b.log(ada, "2026-03-10", |e| {
        e.direction = Direction::Inbound;
        e.awaiting_reply = true;
    });
    b.touch(ben, "2026-03-14");
    let (id, action) = add_promise(
        &b.network,
        &NewPromise::mine(ben, "the Dunbar article", today()),
        d("2026-03-09"),
    )
    .unwrap();
    b.apply(action);
    (b, ada, ben, id)
}

#[test]
fn a_promise_due_today_is_first_in_the_review_and_done_removes_it() {
    let (mut b, _, ben, id) = network_with_a_promise_due_today();
    let queue = review_queue(&b.network, today());
    assert_eq!(queue[0].section, ReviewSection::Promised);
    assert_eq!(queue[0].name, "Ben Okri");
    assert_eq!(queue[0].text.as_deref(), Some("the Dunbar article"));
    assert_eq!(
        queue[1].section,
        ReviewSection::Waiting,
        "Waiting on you comes next"
    );
    assert_eq!(promises_due_on(&b.network, today()).len(), 1);
    // Not due yet the day before.
    assert!(
        review_queue(&b.network, d("2026-03-15"))
            .iter()
            .all(|i| i.section != ReviewSection::Promised)
    );
    let gifts_before = b.network.gifts().count();
    b.apply(promise_done(&b.network, id, today(), false).unwrap());
    assert!(
        review_queue(&b.network, today())
            .iter()
            .all(|i| i.section != ReviewSection::Promised)
    );
    assert_eq!(
        b.network.gifts().count(),
        gifts_before,
        "not a gift: none logged"
    );
    assert!(
        promise_done(&b.network, id, today(), false).is_none(),
        "kept once"
    );
    // Undone, it is due again; kept as a gift, a knowledge gift is logged in one step.
    b.history.undo(&mut b.network).unwrap();
    b.apply(promise_done(&b.network, id, today(), true).unwrap());
    let gift = b.network.gifts_of(ben).last().unwrap().clone();
    assert_eq!(
        (gift.kind, gift.direction, gift.date, gift.note.as_str()),
        (
            GiftKind::Knowledge,
            Direction::Outbound,
            today(),
            "the Dunbar article"
        )
    );
    assert!(gift.touch.is_some(), "giving is a touch too");
    b.history.undo(&mut b.network).unwrap();
    assert_eq!(
        b.network.gifts().count(),
        gifts_before,
        "one undo takes both back"
    );
    assert!(b.network.promise(id).unwrap().is_open());
}

fn assert_round_trip(network: &mut Network, action: Action) {
    let before = network.clone();
    let mut history = History::new(10);
    history.apply(network, action).unwrap();
    let after = network.clone();
    assert!(before != after, "the action changed nothing");
    let check_index = |n: &Network| {
        let mut rebuilt = n.clone();
        rebuilt.validate_and_index().unwrap();
        for contact in n.all_contacts() {
            assert_eq!(n.links(contact.id), rebuilt.links(contact.id));
        }
    };
    check_index(network);
    history.undo(network).unwrap().unwrap();
    assert_eq!(to_text(network).unwrap(), to_text(&before).unwrap());
    assert!(*network == before);
    check_index(network);
    history.redo(network).unwrap().unwrap();
    assert_eq!(to_text(network).unwrap(), to_text(&after).unwrap());
    check_index(network);
}

#[test]
fn every_promise_action_round_trips_through_undo_and_redo() {
    let (b, _, ben, id) = network_with_a_promise_due_today();
    let mut network = b.network;
    let mut theirs = NewPromise::mine(ben, "the slides", d("2026-03-20"));
    theirs.direction = Direction::Inbound;
    let (_, add) = add_promise(&network, &theirs, today()).unwrap();
    assert_round_trip(&mut network, add);
    let edit = edit_promise(
        &network,
        id,
        "the Dunbar article, signed",
        d("2026-03-18"),
        Direction::Outbound,
    )
    .unwrap();
    assert_round_trip(&mut network, edit);
    let as_gift = promise_done(&network, id, today(), true).unwrap();
    assert_round_trip(&mut network.clone(), as_gift);
    let action = promise_done(&network, id, today(), false).unwrap();
    assert_round_trip(&mut network, action);
    let action = reopen_promise(&network, id).unwrap();
    assert_round_trip(&mut network, action);
    let action = delete_promise(&network, id).unwrap();
    assert_round_trip(&mut network, action);
    // A touch logged with a promise: the touch and the promise in one step.
    let mut entry =
        dunbar::actions::LogEntry::new(vec![ben], today(), dunbar::domain::Channel::InPerson);
    entry.note = "coffee".to_owned();
    entry.promise = Some(("an intro to our CFO".to_owned(), d("2026-03-27")));
    let logged = entry.to_action(&network, today()).unwrap();
    assert_round_trip(&mut network, logged);
    let promise = network
        .promises_of(ben)
        .find(|p| p.text == "an intro to our CFO")
        .unwrap();
    assert!(
        promise.touch.is_some(),
        "it remembers the touch it came from"
    );
    // Removing the person for good takes their promises along, and undo brings them back.
    let action = edits::purge_contact(&network, ben).unwrap();
    assert_round_trip(&mut network, action);
}

#[test]
fn promises_and_coming_events_survive_the_data_file() {
    let (mut b, _, _, _) = network_with_a_promise_due_today();
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/capture/calendar/google.ics"),
    )
    .unwrap();
    let mette = b.contact_with("Mette Frølich", Circle::Active, |c| {
        c.emails = vec![EmailAddress::new("mette@example.dk")];
    });
    let mut profile = b.network.profile().clone();
    profile.emails = vec!["alex@northwind.example".to_owned()];
    b.apply(Action::SetProfile(Box::new(profile)));
    let occurrences = calendar_occurrences(&text);
    let now = NaiveDateTime::parse_from_str("2026-12-02 23:59", "%Y-%m-%d %H:%M").unwrap();
    let options = CaptureOptions {
        now,
        window_months: 24,
        since: None,
        kind: "calendar".to_owned(),
        path: "/calendars/google.ics".to_owned(),
        scanned_bytes: 0,
        fingerprint: 0,
    };
    let plan = plan_calendar_capture(&b.network, &occurrences, &options);
    assert!(plan.report.upcoming >= 1, "{:?}", plan.report);
    let touches_before = b.network.touch_count();
    b.apply(plan.action.unwrap());
    // The weekly 1:1 of 8 December is coming: no touch, but a coming event with Mette.
    let day = d("2026-12-08");
    let events = events_on(&b.network, day);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].contacts, vec![mette]);
    assert!(events[0].start > now, "only future events");
    assert!(
        b.network.touches_of(mette).all(|t| t.date <= now.date()),
        "future events make no touches"
    );
    assert!(b.network.touch_count() > touches_before);
    let week = coming_up(&b.network, d("2026-12-02"));
    assert!(week.iter().any(|e| e.start.date() == day));
    let queue = review_queue(&b.network, d("2026-12-02"));
    let coming: Vec<_> = queue
        .iter()
        .filter(|i| i.section == ReviewSection::ComingUp)
        .collect();
    assert_eq!(coming.len(), 1, "{coming:?}");
    assert_eq!(coming[0].event.as_deref(), Some("1:1 with Mette"));
    // A rescan of the same file changes nothing; the data file keeps it all.
    let again = plan_calendar_capture(&b.network, &occurrences, &options);
    assert!(again.action.is_none());
    let saved = to_text(&b.network).unwrap();
    let read = from_text(Path::new("network.ron"), &saved).unwrap();
    assert!(read == b.network);
    assert_eq!(events_on(&read, day).len(), 1);
    assert_eq!(read.promises().count(), 1);
    // A rescan after the meeting was taken out of the calendar forgets it.
    let without: Vec<_> = occurrences
        .into_iter()
        .filter(|o| o.start.date() != day)
        .collect();
    b.apply(
        plan_calendar_capture(&b.network, &without, &options)
            .action
            .unwrap(),
    );
    assert!(events_on(&b.network, day).is_empty());
}

#[test]
fn the_brief_says_who_they_are_and_what_is_open_both_ways() {
    let (mut b, _, ben, _) = network_with_a_promise_due_today();
    let item = b.item("The Dunbar number, explained", &["networks"], "2026-01-05");
    let _ = item;
    b.apply(
        edits::update_contacts(&b.network, &[ben], "edit", |c| {
            c.company = "Acme".to_owned();
            c.role = "CTO".to_owned();
            c.how_we_met = "at the Aarhus meetup".to_owned();
            c.interests = ["networks".to_owned()].into_iter().collect();
        })
        .unwrap(),
    );
    b.received(ben, "2026-03-01");
    let brief = MeetingBrief::new(&b.network, ben, today()).unwrap();
    assert_eq!(brief.my_promises.len(), 1);
    assert_eq!(brief.touches.len(), 2);
    let text = brief.to_text();
    for expected in [
        "Meeting brief: Ben Okri",
        "CTO at Acme",
        "at the Aarhus meetup",
        "Interests: networks",
        "You promised: “the Dunbar article”",
        "They gave: 1 in all",
        "Bring: “The Dunbar number, explained”",
        "Opening line:",
    ] {
        assert!(text.contains(expected), "{expected:?} in\n{text}");
    }
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let out = dunbar_on(dir, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn json(dir: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&ok(dir, args)).unwrap()
}

/// The command line's exact shapes (scripts rely on them); the CLI's today is 2026-12-02.
#[test]
#[allow(clippy::too_many_lines)] // one story, command after command
fn the_command_line_writes_lists_keeps_and_briefs_promises() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(
        d,
        &[
            "add",
            "Mette Frølich",
            "--email",
            "mette@example.dk",
            "--circle",
            "active",
        ],
    );
    ok(
        d,
        &["add", "Søren Kierkegaard", "--interests", "philosophy"],
    );
    let said = ok(
        d,
        &[
            "promise",
            "Mette",
            "the Dunbar article",
            "--by",
            "2026-12-02",
        ],
    );
    assert!(said.contains("the Dunbar article"), "{said}");
    ok(
        d,
        &[
            "log",
            "soren",
            "--note",
            "coffee",
            "--promise",
            "an intro",
            "--by",
            "2026-12-09",
        ],
    );
    let refused = dunbar_on(d, &["log", "soren", "--promise", "x"]);
    assert!(!refused.status.success(), "--promise needs --by");
    let list = json(d, &["promises", "--json"]);
    let items = list.as_array().unwrap();
    assert_eq!(items.len(), 2);
    let keys: Vec<&String> = items[0].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["done", "due", "id", "name", "text"]);
    assert_eq!(items[0]["name"], "Mette Frølich");
    assert_eq!(items[0]["due"], "2026-12-02");
    assert_eq!(items[0]["done"], Value::Null);
    assert_eq!(items[1]["text"], "an intro");
    // review --json: "promised" first, its items carry the text.
    let review = json(d, &["review", "--json"]);
    let first = &review["items"][0];
    assert_eq!(first["section"], "promised");
    assert_eq!(first["text"], "the Dunbar article");
    assert_eq!(first["name"], "Mette Frølich");
    // Kept as a gift: gone from the open list, listed with --all, and a gift logged.
    let id = items[0]["id"].as_u64().unwrap().to_string();
    ok(d, &["promise-done", &id, "--gift"]);
    assert_eq!(
        json(d, &["promises", "--json"]).as_array().unwrap().len(),
        1
    );
    let all = json(d, &["promises", "--all", "--json"]);
    let kept: Vec<&Value> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["done"] == "2026-12-02")
        .collect();
    assert_eq!(kept.len(), 1);
    let shown = json(d, &["show", "Mette", "--json"]);
    assert!(
        shown["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["type"] == "gift")
    );
    let again = dunbar_on(d, &["promise-done", &id]);
    assert!(!again.status.success());
    // The brief as text.
    let brief = ok(d, &["brief", "soren"]);
    assert!(
        brief.starts_with("Meeting brief: Søren Kierkegaard"),
        "{brief}"
    );
    assert!(brief.contains("You promised: “an intro”"), "{brief}");
    assert!(brief.contains("Interests: philosophy"), "{brief}");
    // A coming meeting from a captured calendar: review --json's "coming_up".
    ok(d, &["profile", "--email", "alex@northwind.example"]);
    let calendar = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/capture/calendar");
    let captured = ok(d, &["capture", calendar.to_str().unwrap()]);
    assert!(
        captured.contains("coming meeting with people you know"),
        "{captured}"
    );
    let review = json(d, &["review", "--json"]);
    let coming: Vec<&Value> = review["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["section"] == "coming_up")
        .collect();
    assert_eq!(coming.len(), 1, "{review}");
    assert_eq!(coming[0]["event"], "1:1 with Mette");
    assert!(
        coming[0]["start"]
            .as_str()
            .unwrap()
            .starts_with("2026-12-08T")
    );
    // Machine output is the same in Danish.
    let danish = dunbar_on(d, &["--lang", "da", "review", "--json"]);
    assert_eq!(
        serde_json::from_slice::<Value>(&danish.stdout).unwrap(),
        review
    );
}

#[test]
fn the_ics_export_has_a_todo_with_an_alarm_per_open_promise() {
    use calcard::icalendar::{ICalendar, ICalendarComponentType, ICalendarProperty};
    let (mut b, _, ben, id) = network_with_a_promise_due_today();
    let (_, other) = add_promise(
        &b.network,
        &NewPromise::mine(ben, "the slides", d("2026-03-25")),
        today(),
    )
    .unwrap();
    b.apply(other);
    b.apply(promise_done(&b.network, id, today(), false).unwrap());
    let filter = dunbar::interchange::ExportFilter {
        circle: None,
        tag: None,
        ids: None,
    };
    let text = dunbar::interchange::export(
        &b.network,
        dunbar::interchange::ExportFormat::Ics,
        &filter,
        today(),
    )
    .unwrap();
    let calendar = ICalendar::parse(&text).unwrap();
    let todos: Vec<_> = calendar
        .components
        .iter()
        .filter(|c| c.component_type == ICalendarComponentType::VTodo)
        .collect();
    assert_eq!(todos.len(), 1, "one per open promise:\n{text}");
    let todo = todos[0];
    let due = todo.property(&ICalendarProperty::Due).unwrap();
    assert!(
        format!("{:?}", due.values).contains("2026"),
        "{:?}",
        due.values
    );
    assert!(text.contains("DUE;VALUE=DATE:20260325"), "{text}");
    let alarms: Vec<_> = todo
        .component_ids
        .iter()
        .filter_map(|i| calendar.components.get(*i as usize))
        .filter(|c| c.component_type == ICalendarComponentType::VAlarm)
        .collect();
    assert_eq!(alarms.len(), 1, "{text}");
    assert!(alarms[0].property(&ICalendarProperty::Trigger).is_some());
}

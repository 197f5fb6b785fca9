//! Capture from mail files (DESIGN §9) through the real command line on a real data folder:
//! a Takeout-style mbox (CRLF, `X-GM-THRID`, `X-Gmail-Labels`, RFC 2047 names, `>From `
//! escaping, an attachment, a newsletter, a no-reply sender, spam, a duplicate, future and
//! old mail, mail not to me, a broadcast, a chat, an invitation, an auto-reply) and a
//! Maildir holding a copy of one of its messages.

// Test code: a failed expectation is a failed test.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};
use std::process::Output;

use chrono::NaiveDate;
use dunbar::actions::Action;
use dunbar::capture::{CaptureOptions, plan_mail_capture, read_mail_source};
use dunbar::domain::{Circle, Contact, ContactId, EmailAddress, Network, Profile};
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/capture")
        .join(name)
}

fn dunbar(dir: &Path, args: &[&str]) -> Output {
    crate::common::dunbar_on(dir, args)
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let out = dunbar(dir, args);
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

/// Mette, Søren and Freja are contacts; Alex (me) writes from alex@northwind.example.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(d, &["add", "Mette Frølich", "--email", "mette@example.dk"]);
    ok(
        d,
        &["add", "Søren Kierkegaard", "--email", "soren@example.dk"],
    );
    ok(d, &["add", "Freja Holm", "--email", "freja@example.dk"]);
    dir
}

fn timeline(dir: &Path, name: &str) -> Vec<Value> {
    json(dir, &["show", name, "--json"])["timeline"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn without_my_addresses_capture_refuses_and_proposes_the_sent_sender() {
    let dir = folder();
    let mbox = fixture("takeout.mbox");
    let out = dunbar(dir.path(), &["capture", mbox.to_str().unwrap()]);
    assert!(!out.status.success());
    let error = String::from_utf8_lossy(&out.stderr);
    assert!(
        error.contains("dunbar profile --email alex@northwind.example"),
        "{error}"
    );
}

#[test]
fn mail_becomes_one_touch_per_contact_thread_and_day_with_every_skip_counted() {
    let dir = folder();
    let d = dir.path();
    let profile = json(
        d,
        &["profile", "--email", "Alex@Northwind.example", "--json"],
    );
    assert_eq!(profile["emails"][0], "Alex@Northwind.example");
    let mbox = fixture("takeout.mbox");
    let data = d.join("data/network.ron");
    let before = std::fs::read(&data).unwrap();
    let preview = json(
        d,
        &["capture", mbox.to_str().unwrap(), "--dry-run", "--json"],
    );
    assert_eq!(
        std::fs::read(&data).unwrap(),
        before,
        "--dry-run changes nothing"
    );
    assert_eq!(preview["touches"], 3);
    assert_eq!(preview["contacts"], 3);
    assert_eq!(preview["awaiting_reply"], 1);
    let skipped = &preview["skipped"];
    for (reason, count) in [
        ("spam_trash_draft", 1),
        ("chat", 1),
        ("duplicate", 1),
        ("future", 1),
        ("too_old", 1),
        ("newsletter", 1),
        ("automated", 2),
        ("too_many_recipients", 1),
        ("not_me", 1),
        ("unknown_person", 2),
    ] {
        assert_eq!(skipped[reason], count, "{reason}: {skipped}");
    }
    let ole = &preview["not_in_dunbar"][0];
    assert_eq!(ole["name"], "Ole Hansen");
    assert_eq!(ole["address"], "ole@unknown.example");
    assert_eq!(
        (ole["sent"].as_u64(), ole["received"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(ole["last"], "2026-11-12");

    let said = ok(d, &["capture", mbox.to_str().unwrap()]);
    assert!(
        said.starts_with(
            "captured 3 touches with 3 contacts; 1 awaiting your reply; 1 people not in Dunbar; skipped 12"
        ),
        "{said}"
    );
    // Mette wrote, I answered the same day: one touch, outbound (the day's last message).
    let mette = timeline(d, "Mette");
    assert_eq!(mette.len(), 1, "{mette:?}");
    assert_eq!(mette[0]["date"], "2026-11-20");
    assert_eq!(mette[0]["direction"], "outbound");
    assert_eq!(mette[0]["channel"], "email");
    assert_eq!(mette[0]["note"], "Lunch next week?");
    assert_eq!(mette[0]["source"], "mail");
    // Søren's unanswered mail to me (with an attachment) waits for my reply, subject
    // without its "SV:".
    let soren = timeline(d, "Søren");
    assert_eq!(soren[0]["direction"], "inbound");
    assert_eq!(soren[0]["awaiting_reply"], true);
    assert_eq!(soren[0]["note"], "Draft of the report");
    // Freja wrote with me only in Cc: a touch, but nothing owed.
    let freja = timeline(d, "Freja");
    assert_eq!(freja[0]["awaiting_reply"], false);
    let review = json(d, &["review", "--json"]);
    let waiting: Vec<&Value> = review["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["section"] == "waiting")
        .collect();
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0]["name"], "Søren Kierkegaard");
    assert_eq!(waiting[0]["subject"], "Draft of the report");
    // Only headers are kept: no body sentence is ever stored.
    let saved = std::fs::read_to_string(&data).unwrap();
    assert!(!saved.contains("SECRET BODY SENTENCE"));
    assert!(!saved.contains("Thursday works"));
    // Capturing the same file again adds nothing.
    let again = json(d, &["capture", mbox.to_str().unwrap(), "--json"]);
    assert_eq!(again["touches"], 0);
    let sources = json(d, &["sources", "--json"]);
    assert_eq!(sources[0]["kind"], "mbox");
    assert_eq!(sources[0]["touches"], 3);
}

#[test]
fn a_later_message_of_mine_in_the_thread_clears_the_reply_i_owed() {
    let dir = folder();
    let d = dir.path();
    ok(d, &["profile", "--email", "alex@northwind.example"]);
    let mbox = d.join("All mail.mbox");
    std::fs::copy(fixture("takeout.mbox"), &mbox).unwrap();
    ok(d, &["capture", mbox.to_str().unwrap()]);
    assert_eq!(timeline(d, "Søren")[0]["awaiting_reply"], true);
    // A call logged by hand, even with Søren, does not answer his mail: only a message of
    // mine in that thread does (or "Replied").
    ok(d, &["log", "Søren", "--channel", "call"]);
    let review = json(d, &["review", "--json"]);
    assert!(
        review["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["section"] == "waiting" && i["name"] == "Søren Kierkegaard"),
        "still waiting after an unrelated call"
    );
    // The mailbox grows by my reply.
    let mut grown = std::fs::read(&mbox).unwrap();
    grown.extend(std::fs::read(fixture("takeout_reply.mbox")).unwrap());
    std::fs::write(&mbox, grown).unwrap();
    let result = json(d, &["capture", "--rescan", "--json"]);
    assert_eq!(result["touches"], 1, "only my reply is new: {result}");
    let soren = timeline(d, "Søren");
    // Newest first: today's logged call, then my reply of 1 December.
    assert_eq!(soren[1]["date"], "2026-12-01");
    assert_eq!(soren[1]["direction"], "outbound");
    assert_eq!(soren[1]["source"], "mail");
    assert!(
        soren.iter().all(|t| t["awaiting_reply"] == false),
        "{soren:?}"
    );
    let review = json(d, &["review", "--json"]);
    assert!(
        !review["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["section"] == "waiting" && i["name"] == "Søren Kierkegaard")
    );
}

#[test]
fn the_same_message_in_two_sources_counts_once() {
    let dir = folder();
    let d = dir.path();
    ok(d, &["profile", "--email", "alex@northwind.example"]);
    let mbox = fixture("takeout.mbox");
    let maildir = fixture("maildir");
    let both = json(
        d,
        &[
            "capture",
            mbox.to_str().unwrap(),
            maildir.to_str().unwrap(),
            "--json",
        ],
    );
    // The Maildir's copy of Mette's message is a duplicate; Freja's thank-you is new.
    assert_eq!(both["touches"], 4, "{both}");
    assert_eq!(both["skipped"]["duplicate"], 2, "{both}");
    let freja = timeline(d, "Freja");
    assert_eq!(freja[0]["date"], "2026-11-29");
    assert_eq!(freja[0]["awaiting_reply"], true);
}

#[test]
fn a_deleted_captured_touch_is_not_brought_back_and_files_that_are_no_mail_are_refused() {
    let mut network = Network::new();
    let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let mut mette = Contact::new(ContactId::new(1), "Mette Frølich", Circle::Active, day);
    mette.emails = vec![EmailAddress::new("mette@example.dk")];
    Action::InsertContact(Box::new(mette))
        .apply(&mut network)
        .unwrap();
    Action::SetProfile(Box::new(Profile {
        emails: vec!["alex@northwind.example".into()],
        ..Profile::default()
    }))
    .apply(&mut network)
    .unwrap();
    let source = read_mail_source(&fixture("takeout.mbox"), |_| true).unwrap();
    let options = CaptureOptions {
        now: NaiveDate::from_ymd_opt(2026, 12, 2)
            .unwrap()
            .and_hms_opt(23, 59, 59)
            .unwrap(),
        window_months: 24,
        since: None,
        kind: source.kind.to_owned(),
        path: source.path.clone(),
        scanned_bytes: source.bytes,
        fingerprint: 0,
    };
    let plan = plan_mail_capture(&network, &source.messages, &options);
    assert_eq!(plan.report.touches, 1);
    plan.action.unwrap().apply(&mut network).unwrap();
    let captured = network.touches().next().unwrap().id;
    Action::RemoveTouch(captured).apply(&mut network).unwrap();
    let again = plan_mail_capture(&network, &source.messages, &options);
    assert_eq!(again.report.touches, 0, "the deleted touch stays deleted");
    assert_eq!(network.touches().count(), 0);
    // A zip (a LinkedIn export) is recognised and refused with a clear reason (not yet
    // captured).
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("Basic_LinkedInDataExport.zip");
    std::fs::write(&zip, b"PK\x03\x04 not really a zip").unwrap();
    let Err(error) = read_mail_source(&zip, |_| true) else {
        panic!("a zip is no mail")
    };
    assert!(
        error.to_string().contains("cannot be captured yet"),
        "{error}"
    );
}

#[test]
fn a_cancelled_read_stops_with_nothing_changed() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.mbox");
    let one = std::fs::read(fixture("takeout.mbox")).unwrap();
    let mut bytes = Vec::new();
    while bytes.len() < 6 << 20 {
        bytes.extend_from_slice(&one);
    }
    std::fs::write(&big, &bytes).unwrap();
    let progress = dunbar::capture::CaptureProgress::default();
    progress.start(dunbar::capture::source_size(&big));
    assert_eq!(progress.bytes().1, bytes.len() as u64);
    progress.cancel();
    let result = read_mail_source(&big, |done| progress.advance(done));
    assert!(
        matches!(result, Err(dunbar::capture::CaptureError::Cancelled)),
        "the read was not cancelled"
    );
    assert!(progress.bytes().0 < bytes.len() as u64, "it stopped early");
}

/// A Google Calendar export (a weekly series with an excluded date and a moved instance, a
/// Meet call, a declined, a cancelled, a solo, a room-only, a crowded and an unknown
/// person's event, one next year) and an Outlook file with a Windows time zone.
#[test]
fn calendar_occurrences_become_touches_with_every_skip_counted() {
    let dir = folder();
    let d = dir.path();
    ok(d, &["profile", "--email", "alex@northwind.example"]);
    let calendar = fixture("calendar");
    let result = json(d, &["capture", calendar.to_str().unwrap(), "--json"]);
    assert_eq!(result["touches"], 10, "{result}");
    let skipped = &result["skipped"];
    for (reason, count) in [
        ("cancelled", 2),
        ("declined", 1),
        ("solo", 2),
        ("too_many_attendees", 1),
        ("unknown_person", 1),
    ] {
        assert_eq!(skipped[reason], count, "{reason}: {skipped}");
    }
    // The weekly 1:1: ten weeks less the excluded 20 October and the one still to come,
    // the 10 November instance moved to the 11th; at a café, so in person, and mine.
    let mette = timeline(d, "Mette");
    let days: Vec<&str> = mette.iter().map(|t| t["date"].as_str().unwrap()).collect();
    assert_eq!(
        days,
        [
            "2026-12-01",
            "2026-11-24",
            "2026-11-17",
            "2026-11-11",
            "2026-11-03",
            "2026-10-27",
            "2026-10-13",
            "2026-10-06"
        ]
    );
    assert!(
        mette
            .iter()
            .all(|t| t["channel"] == "in-person" && t["direction"] == "outbound")
    );
    assert_eq!(mette[3]["note"], "1:1 with Mette (moved)");
    assert_eq!(mette[0]["source"], "calendar");
    // Søren's Meet call: video, his invitation.
    let soren = timeline(d, "Søren");
    assert_eq!(soren[0]["channel"], "video");
    assert_eq!(soren[0]["direction"], "inbound");
    // Outlook's Teams meeting in "W. Europe Standard Time".
    let freja = timeline(d, "Freja");
    assert_eq!(
        freja.len(),
        1,
        "the declined and the cancelled ones make none"
    );
    assert_eq!(freja[0]["date"], "2026-11-26");
    assert_eq!(freja[0]["channel"], "video");
    assert_eq!(freja[0]["note"], "Budget 2027");
    // Again: nothing new.
    let again = json(d, &["capture", calendar.to_str().unwrap(), "--json"]);
    assert_eq!(again["touches"], 0);
}

/// `LinkedIn`'s export zip: its connections are imported first, then messages (profile URLs
/// matched whatever their spelling) and an invitation with a message become touches.
#[test]
fn a_linkedin_export_imports_its_connections_and_captures_messages_and_invitations() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let zip = fixture("Basic_LinkedInDataExport_12-01-2026.zip");
    let refused = dunbar(d, &["capture", zip.to_str().unwrap()]);
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr)
            .contains("dunbar profile --linkedin https://www.linkedin.com/in/alexmorgan"),
        "the sender of the conversations is proposed"
    );
    ok(
        d,
        &[
            "profile",
            "--linkedin",
            "https://linkedin.com/in/AlexMorgan/",
        ],
    );
    let result = json(d, &["capture", zip.to_str().unwrap(), "--json"]);
    assert_eq!(result["touches"], 3, "{result}");
    assert_eq!(result["awaiting_reply"], 1);
    for (reason, count) in [("draft", 1), ("too_old", 1), ("unknown_person", 1)] {
        assert_eq!(result["skipped"][reason], count, "{reason}: {result}");
    }
    let soren = timeline(d, "Søren");
    assert_eq!(soren.len(), 2, "{soren:?}");
    assert_eq!(soren[0]["channel"], "message");
    assert_eq!(soren[0]["awaiting_reply"], true);
    assert_eq!(soren[0]["source"], "linkedin");
    assert_eq!(soren[1]["channel"], "social");
    assert_eq!(soren[1]["note"], "Great to meet you at Folkemødet!");
    let mette = timeline(d, "Mette");
    assert_eq!(
        mette[0]["direction"], "outbound",
        "the day's last message was mine"
    );
    let saved = std::fs::read_to_string(d.join("data/network.ron")).unwrap();
    assert!(
        !saved.contains("SECRET LINKEDIN CONTENT"),
        "message content is never kept"
    );
    // The unzipped folder is the same export: nothing new.
    let again = json(
        d,
        &["capture", fixture("linkedin").to_str().unwrap(), "--json"],
    );
    assert_eq!(again["touches"], 0, "{again}");
}

#[test]
fn a_mailbox_that_only_grew_is_read_from_where_the_last_scan_ended() {
    use dunbar::capture::{CaptureInput, plan_input, read_capture_input};
    let dir = tempfile::tempdir().unwrap();
    let mbox = dir.path().join("All mail.mbox");
    std::fs::copy(fixture("takeout.mbox"), &mbox).unwrap();
    let mut network = Network::new();
    Action::SetProfile(Box::new(Profile {
        emails: vec!["alex@northwind.example".into()],
        ..Profile::default()
    }))
    .apply(&mut network)
    .unwrap();
    let now = NaiveDate::from_ymd_opt(2026, 12, 2)
        .unwrap()
        .and_hms_opt(23, 0, 0)
        .unwrap();
    let first = read_capture_input(&mbox, &network, |_| true).unwrap();
    let CaptureInput::Mail(source) = &first else {
        panic!("an mbox is mail")
    };
    assert_eq!(source.start, 0);
    let whole = source.messages.len();
    plan_input(&network, &first, now, 24, None)
        .unwrap()
        .action
        .unwrap()
        .apply(&mut network)
        .unwrap();
    // My reply is appended: only it is read.
    let mut grown = std::fs::read(&mbox).unwrap();
    let old_size = grown.len() as u64;
    grown.extend(std::fs::read(fixture("takeout_reply.mbox")).unwrap());
    std::fs::write(&mbox, &grown).unwrap();
    let CaptureInput::Mail(second) = read_capture_input(&mbox, &network, |_| true).unwrap() else {
        panic!("an mbox is mail")
    };
    assert_eq!(second.start, old_size);
    assert_eq!(second.messages.len(), 1);
    assert_eq!(second.messages[0].message_id, "s2@northwind.example");
    // A mailbox rewritten (its old end changed) is read from the start again.
    let mut rewritten = grown.clone();
    let at = usize::try_from(old_size).unwrap() - 10;
    rewritten[at] = b'#';
    std::fs::write(&mbox, &rewritten).unwrap();
    let CaptureInput::Mail(third) = read_capture_input(&mbox, &network, |_| true).unwrap() else {
        panic!("an mbox is mail")
    };
    assert_eq!(third.start, 0);
    assert!(third.messages.len() >= whole);
}

/// Thunderbird's local folders: extension-less mbox files, `.msf` index files skipped,
/// `.sbd` subfolders read, and a Trash folder's mail counted as spam, trash or draft.
#[test]
fn a_thunderbird_folder_is_read_with_its_subfolders_and_its_trash_skipped() {
    let dir = folder();
    let d = dir.path();
    ok(d, &["profile", "--email", "alex@northwind.example"]);
    let profile = d.join("Local Folders");
    std::fs::create_dir_all(profile.join("Archives.sbd")).unwrap();
    let message = |id: &str, from: &str, day: u32, subject: &str| {
        format!(
            "From - Mon Nov {day:02} 10:00:00 2026\n\
             Message-ID: <{id}@example.dk>\n\
             Date: {day:02} Nov 2026 10:00:00 +0000\n\
             From: {from}\n\
             To: Alex Morgan <alex@northwind.example>\n\
             Subject: {subject}\n\n\
             Body text.\n\n"
        )
    };
    std::fs::write(
        profile.join("Inbox"),
        message("tb1", "Mette <mette@example.dk>", 2, "Inbox mail"),
    )
    .unwrap();
    std::fs::write(
        profile.join("Inbox.msf"),
        "// <!-- <mdb:mork:z v=\"1.4\"/> -->",
    )
    .unwrap();
    std::fs::write(
        profile.join("Trash"),
        message("tb2", "Freja <freja@example.dk>", 3, "Deleted mail"),
    )
    .unwrap();
    std::fs::write(
        profile.join("Archives.sbd").join("2026"),
        message("tb3", "Søren <soren@example.dk>", 4, "Archived mail"),
    )
    .unwrap();
    let result = json(d, &["capture", profile.to_str().unwrap(), "--json"]);
    assert_eq!(result["touches"], 2, "{result}");
    assert_eq!(result["skipped"]["spam_trash_draft"], 1, "{result}");
    assert_eq!(timeline(d, "Søren")[0]["note"], "Archived mail");
    assert!(timeline(d, "Freja").is_empty());
}

//! Capture speed (DESIGN §9): an mbox of 20,000 messages (~200 MB, bodies with base64
//! attachments) streamed, headers parsed, and planned against 1,000 contacts. The 1 GB
//! figure and Python's `mailbox` peer come from `tests/scripts/make_mbox.py` and
//! `tests/scripts/mbox_peer.py` (see the README). Run with `cargo bench --bench capture`.

#![allow(missing_docs)]

use std::fmt::Write as _;
use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use dunbar::actions::Action;
use dunbar::capture::{CaptureOptions, plan_mail_capture, read_mbox};
use dunbar::domain::{Circle, Contact, ContactId, EmailAddress, Network, Profile};

const MESSAGES: usize = 20_000;
const PEOPLE: usize = 1_000;

/// An mbox like the script's: threads of three, a third sent by me, a base64 attachment.
fn mbox() -> Vec<u8> {
    let blob: String = (0..7_000)
        .map(|i| char::from(b'A' + u8::try_from(i % 26).unwrap_or(0)))
        .collect();
    let mut text = String::with_capacity(MESSAGES * 10_500);
    for n in 0..MESSAGES {
        let person = n * 7 % PEOPLE;
        let sent = n % 3 == 0;
        let (from, to) = if sent {
            (
                "Alex <alex@northwind.example>".to_owned(),
                format!("P <p{person}@example.com>"),
            )
        } else {
            (
                format!("=?UTF-8?Q?P=C3=B8rson?= <p{person}@example.com>"),
                "Alex <alex@northwind.example>".to_owned(),
            )
        };
        let day = 1 + n % 28;
        let _ = write!(
            text,
            "From x@y Mon Nov {day:02} 10:00:00 2026\r\nX-GM-THRID: {thread}\r\n\
             X-Gmail-Labels: Inbox\r\nMessage-ID: <m{n}@bench>\r\n\
             Date: {day:02} Nov 2026 10:00:00 +0100\r\nFrom: {from}\r\nTo: {to}\r\n\
             Subject: Re: Project {thread}\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n\
             --B\r\nContent-Type: application/pdf\r\n\r\n",
            thread = n / 3
        );
        for chunk in blob.as_bytes().chunks(76) {
            text.push_str(std::str::from_utf8(chunk).unwrap_or_default());
            text.push_str("\r\n");
        }
        text.push_str("--B--\r\n\r\n");
    }
    text.into_bytes()
}

fn network() -> Network {
    let mut network = Network::new();
    let day = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default();
    let mut actions: Vec<Action> = (0..PEOPLE)
        .map(|p| {
            let mut contact = Contact::new(
                ContactId::new(u64::try_from(p + 1).unwrap_or(1)),
                &format!("Person {p}"),
                Circle::Active,
                day,
            );
            contact.emails = vec![EmailAddress::new(format!("p{p}@example.com"))];
            Action::InsertContact(Box::new(contact))
        })
        .collect();
    actions.push(Action::SetProfile(Box::new(Profile {
        emails: vec!["alex@northwind.example".into()],
        ..Profile::default()
    })));
    let _ = Action::Batch {
        label: "bench".into(),
        actions,
    }
    .apply(&mut network);
    network
}

fn capture(c: &mut Criterion) {
    let bytes = mbox();
    let network = network();
    let options = CaptureOptions {
        now: NaiveDate::from_ymd_opt(2026, 12, 2)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .unwrap_or_default(),
        window_months: 24,
        since: None,
        kind: "mbox".into(),
        path: "bench.mbox".into(),
        scanned_bytes: 0,
        fingerprint: 0,
    };
    let mut group = c.benchmark_group("capture");
    group.sample_size(10);
    group.bench_function(
        format!(
            "{MESSAGES} messages, {} MB: read + plan",
            bytes.len() / 1_000_000
        ),
        |b| {
            b.iter(|| {
                let mut messages = Vec::with_capacity(MESSAGES);
                let _ = read_mbox(bytes.as_slice(), &[], |m| messages.push(m), |_| true);
                black_box(
                    plan_mail_capture(&network, &messages, &options)
                        .report
                        .touches,
                )
            });
        },
    );
    group.finish();
}

criterion_group!(benches, capture);
criterion_main!(benches);

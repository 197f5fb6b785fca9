//! `parse` never panics, whatever the bytes: random bytes and corpus files with random
//! damage. The normal suite runs a few thousand cases; `tests/scripts/fuzz_importers.sh`
//! runs the ignored test below with 100,000+ cases and a time limit per input.

// Test code: a failed expectation is a failed test.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use dunbar::domain::Network;
use dunbar::interchange::{ImportOptions, parse, plan_import};
use proptest::prelude::*;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

fn corpus() -> Vec<Vec<u8>> {
    let mut files = Vec::new();
    for folder in ["corpus", "own"] {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(folder);
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .expect("fixtures")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "vcf" || e == "csv"))
            .collect();
        paths.sort();
        files.extend(paths.iter().map(|p| std::fs::read(p).expect("readable")));
    }
    files
}

/// One kind of damage at a position.
#[derive(Clone, Debug)]
enum Damage {
    Flip(usize, u8),
    Insert(usize, u8),
    Delete(usize),
    Truncate(usize),
    /// Splices text that parsers treat specially.
    Splice(usize, &'static [u8]),
}

const SPECIAL: [&[u8]; 12] = [
    b"\r\n",
    b"\n ",
    b"=\r\n",
    b":",
    b";",
    b"\"",
    b",",
    b"BEGIN:VCARD\r\n",
    b"END:VCARD\r\n",
    b"\xff\xfe",
    b"\x00",
    b"CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=8",
];

fn damage(bytes: &mut Vec<u8>, damage: &Damage) {
    let at = |position: usize, len: usize| if len == 0 { 0 } else { position % (len + 1) };
    match *damage {
        Damage::Flip(position, value) => {
            if !bytes.is_empty() {
                let index = position % bytes.len();
                bytes[index] ^= value;
            }
        }
        Damage::Insert(position, value) => {
            let index = at(position, bytes.len());
            bytes.insert(index, value);
        }
        Damage::Delete(position) => {
            if !bytes.is_empty() {
                let index = position % bytes.len();
                bytes.remove(index);
            }
        }
        Damage::Truncate(position) => {
            let index = at(position, bytes.len());
            bytes.truncate(index);
        }
        Damage::Splice(position, text) => {
            let index = at(position, bytes.len());
            bytes.splice(index..index, text.iter().copied());
        }
    }
}

fn damage_strategy() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (any::<usize>(), 1..=255u8).prop_map(|(p, v)| Damage::Flip(p, v)),
        (any::<usize>(), any::<u8>()).prop_map(|(p, v)| Damage::Insert(p, v)),
        any::<usize>().prop_map(Damage::Delete),
        any::<usize>().prop_map(Damage::Truncate),
        (any::<usize>(), 0..SPECIAL.len()).prop_map(|(p, i)| Damage::Splice(p, SPECIAL[i])),
    ]
}

/// Parses and plans: neither may panic, and every record must be named.
fn check(bytes: &[u8]) {
    let parsed = parse(bytes, "fuzz");
    for record in &parsed.records {
        assert!(!record.display_name.is_empty());
    }
    let network = Network::new();
    let plan = plan_import(
        &network,
        &parsed,
        &ImportOptions::new("fuzz"),
        chrono::NaiveDate::MIN,
    );
    assert_eq!(plan.entries.len(), parsed.records.len());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        check(&bytes);
    }

    #[test]
    fn random_text_with_vcard_and_csv_pieces_never_panics(
        pieces in proptest::collection::vec(0..SPECIAL.len(), 0..40),
        filler in "[ -~äøåÆ🚀]{0,40}",
    ) {
        let mut bytes = Vec::new();
        for piece in pieces {
            bytes.extend_from_slice(SPECIAL[piece]);
            bytes.extend_from_slice(filler.as_bytes());
        }
        check(&bytes);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    #[test]
    fn damaged_corpus_files_never_panic(
        file in any::<prop::sample::Index>(),
        damages in proptest::collection::vec(damage_strategy(), 1..8),
    ) {
        let files = corpus();
        let mut bytes = file.get(&files).clone();
        for one in &damages {
            damage(&mut bytes, one);
        }
        check(&bytes);
    }
}

/// 100,000+ damaged inputs with a time limit on each (a hang fails the run and names the
/// input's case number). Run by `tests/scripts/fuzz_importers.sh`; set `FUZZ_CASES` for
/// more.
#[test]
#[ignore = "long: run tests/scripts/fuzz_importers.sh"]
fn fuzz_importers_long() {
    let cases: u64 = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let limit = Duration::from_secs(5);
    let files = corpus();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let (to_worker, inputs) = mpsc::channel::<Vec<u8>>();
    let (to_checker, done) = mpsc::channel::<()>();
    let worker = std::thread::spawn(move || {
        for bytes in inputs {
            check(&bytes);
            if to_checker.send(()).is_err() {
                return;
            }
        }
    });
    let started = Instant::now();
    let mut slowest = Duration::ZERO;
    for case in 0..cases {
        let bytes = if rng.random_range(0..10) == 0 {
            let len = rng.random_range(0..2000);
            (0..len).map(|_| rng.random::<u8>()).collect()
        } else {
            let mut bytes = files[rng.random_range(0..files.len())].clone();
            for _ in 0..rng.random_range(1..10) {
                let position = usize::try_from(rng.random::<u32>()).unwrap_or(0);
                let one = match rng.random_range(0..5) {
                    0 => Damage::Flip(position, rng.random_range(1..=255)),
                    1 => Damage::Insert(position, rng.random()),
                    2 => Damage::Delete(position),
                    3 => Damage::Truncate(position),
                    _ => Damage::Splice(position, SPECIAL[rng.random_range(0..SPECIAL.len())]),
                };
                damage(&mut bytes, &one);
            }
            bytes
        };
        let one_started = Instant::now();
        to_worker.send(bytes).expect("worker alive");
        match done.recv_timeout(limit) {
            Ok(()) => slowest = slowest.max(one_started.elapsed()),
            Err(mpsc::RecvTimeoutError::Timeout) => {
                panic!("case {case} (seed {seed}) took longer than {limit:?}")
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                panic!("case {case} (seed {seed}) panicked")
            }
        }
    }
    drop(to_worker);
    worker.join().expect("worker finished");
    println!(
        "{cases} cases in {:.1} s, slowest input {:.1} ms",
        started.elapsed().as_secs_f64(),
        slowest.as_secs_f64() * 1000.0
    );
}

/// Pieces of mbox files: separators, headers that matter to capture, encoded words.
const MAIL_PIECES: [&[u8]; 12] = [
    b"From x@y Fri Nov 20 09:00:05 2026\r\n",
    b"From \n",
    b"Message-ID: <a@b>\r\n",
    b"Date: Fri, 20 Nov 2026 10:00:00 +0100\r\n",
    b"From: =?UTF-8?Q?S=C3=B8ren?= <s@x.dk>\r\n",
    b"To: a@b, =?ISO-8859-1?B?zz==?= <\r\n",
    b"X-GM-THRID: 1\r\nX-Gmail-Labels: Sent,Spam\r\n",
    b"References: <a@b> <c@d>\r\nIn-Reply-To: <\r\n",
    b"\r\n\r\n",
    b">From quoted\r\n",
    b"Content-Type: text/calendar\r\n",
    b"Date: 99 Foo 99999 99:99:99 +9999\r\n",
];

/// Reads `bytes` as an mbox and plans a capture from it: never a panic.
fn check_mail(bytes: &[u8]) {
    let mut messages = Vec::new();
    let read = dunbar::capture::read_mbox(bytes, &[], |m| messages.push(m), |_| true).unwrap();
    assert_eq!(read, bytes.len() as u64);
    let options = dunbar::capture::CaptureOptions {
        now: chrono::NaiveDate::from_ymd_opt(2026, 12, 2)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap(),
        window_months: 24,
        since: None,
        kind: "mbox".into(),
        path: "fuzz".into(),
        scanned_bytes: read,
        fingerprint: 0,
    };
    let mut network = dunbar::domain::Network::new();
    dunbar::actions::Action::SetProfile(Box::new(dunbar::domain::Profile {
        emails: vec!["a@b".into()],
        ..dunbar::domain::Profile::default()
    }))
    .apply(&mut network)
    .unwrap();
    let plan = dunbar::capture::plan_mail_capture(&network, &messages, &options);
    if let Some(action) = plan.action {
        action.apply(&mut network).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    #[test]
    fn capture_readers_never_panic_on_any_bytes(
        pieces in proptest::collection::vec(0..MAIL_PIECES.len(), 0..40),
        filler in proptest::collection::vec(any::<u8>(), 0..60),
    ) {
        let mut bytes = Vec::new();
        for piece in pieces {
            bytes.extend_from_slice(MAIL_PIECES[piece]);
            bytes.extend_from_slice(&filler);
        }
        check_mail(&bytes);
    }
}

/// Pieces of calendars: series, exceptions, zones, attendees.
const CALENDAR_PIECES: [&str; 12] = [
    "BEGIN:VCALENDAR\r\n",
    "BEGIN:VEVENT\r\n",
    "END:VEVENT\r\n",
    "END:VCALENDAR\r\n",
    "DTSTART;TZID=W. Europe Standard Time:20261126T090000\r\n",
    "DTSTART:20261006T100000Z\r\n",
    "RRULE:FREQ=DAILY;INTERVAL=0\r\n",
    "RRULE:FREQ=SECONDLY\r\n",
    "RECURRENCE-ID:20261010T100000Z\r\n",
    "EXDATE:2026\r\n",
    "ATTENDEE;PARTSTAT=DECLINED;CUTYPE=ROOM:mailto:\r\n",
    "UID:x\r\nSUMMARY:Canceled: \r\n",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn calendar_reading_never_panics(
        pieces in proptest::collection::vec(0..CALENDAR_PIECES.len(), 0..30),
        filler in "[ -~]{0,20}",
    ) {
        let mut text = String::new();
        for piece in pieces {
            text.push_str(CALENDAR_PIECES[piece]);
            text.push_str(&filler);
        }
        let occurrences = dunbar::capture::calendar_occurrences(&text);
        prop_assert!(occurrences.len() <= 20_000 * 30);
    }
}

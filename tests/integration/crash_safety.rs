//! Killing the process (SIGKILL) at any moment while it saves leaves a `network.ron` that
//! opens and is exactly the old or the new network, and no temp files pile up.
//!
//! The default run kills 12 saves; set `DUNBAR_CRASH_ITERATIONS=60` for the full run.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code
#![cfg(unix)]

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use chrono::NaiveDate;
use dunbar::generate::{GenerateSpec, generate_network};
use dunbar::session::{Access, Session};
use dunbar::storage::TEMP_PREFIX;
use dunbar::storage::file_format::to_text;
use rand::{RngExt, SeedableRng};

const CONTACTS: usize = 4_000;
const TODAY: &str = "2026-11-22";

fn generate_command(dir: &Path, seed: u64) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_dunbar"));
    command
        // English whatever the machine's locale: tests compare English messages.
        .env("DUNBAR_LANG", "en")
        .arg("--data-dir")
        .arg(dir)
        .args(["--today", TODAY, "generate", "--force", "--contacts"])
        .arg(CONTACTS.to_string())
        .arg("--seed")
        .arg(seed.to_string())
        // The open cache goes beside the data folder, never into the user's real cache.
        .env("DUNBAR_CACHE_DIR", dir.with_file_name("cache"))
        .env("DUNBAR_DEVICE_DIR", dir.with_file_name("cache"))
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

fn expected_text(seed: u64) -> String {
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    to_text(&generate_network(&GenerateSpec::new(CONTACTS, seed), today).unwrap()).unwrap()
}

fn temp_files(dir: &Path) -> usize {
    fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with(TEMP_PREFIX)
        })
        .count()
}

#[test]
fn sigkill_during_save_leaves_the_old_or_the_new_network() {
    let iterations: u64 = std::env::var("DUNBAR_CRASH_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(12);
    let holder = tempfile::tempdir().unwrap();
    let data = holder.path().join("data");
    let dir = data.as_path();
    let path = dir.join("network.ron");

    // A first full save, timed so that kills can be spread over a whole run.
    let started = Instant::now();
    assert!(generate_command(dir, 0).status().unwrap().success());
    let full_run = started.elapsed();
    assert_eq!(fs::read_to_string(&path).unwrap(), expected_text(0));

    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(2026);
    let mut outcomes = (0, 0);
    let mut mid_write = 0;
    for seed in 1..=iterations {
        let old = fs::read_to_string(&path).unwrap();
        let new = expected_text(seed);
        let mut child = generate_command(dir, seed).spawn().unwrap();
        if seed % 2 == 0 {
            // Wait for the temp file to appear, then kill within the next few milliseconds:
            // these kills land while the new file is being written, fsynced or renamed.
            let deadline = Instant::now() + full_run * 4;
            while temp_files(dir) == 0
                && Instant::now() < deadline
                && child.try_wait().unwrap().is_none()
            {
                std::thread::sleep(std::time::Duration::from_micros(50));
            }
            std::thread::sleep(std::time::Duration::from_micros(rng.random_range(0..3_000)));
        } else {
            // Anywhere in the run, mostly its second half (serialising and writing).
            let fraction: f64 = if rng.random_bool(0.8) {
                rng.random_range(0.6..1.6)
            } else {
                rng.random_range(0.0..0.6)
            };
            std::thread::sleep(full_run.mul_f64(fraction));
        }
        let _ = child.kill();
        let _ = child.wait();

        let on_disk = fs::read_to_string(&path).expect("network.ron must exist and be text");
        if on_disk == new {
            outcomes.1 += 1;
        } else {
            assert!(
                on_disk == old,
                "after kill {seed}, network.ron is neither the old nor the new network"
            );
            outcomes.0 += 1;
        }
        Session::open(dir, Access::ReadOnly, "test").expect("the file opens");
        // A temp file left behind means the kill landed while the new file was being written.
        mid_write += usize::from(temp_files(dir) > 0);
        assert!(
            temp_files(dir) <= 1,
            "temp files pile up: {}",
            temp_files(dir)
        );
    }
    // The next writer clears what a killed save left behind.
    drop(Session::open(dir, Access::ReadWrite, "test").unwrap());
    assert_eq!(temp_files(dir), 0);
    eprintln!(
        "{iterations} kills: {} left the old network, {} the new one, {mid_write} during the write (a full run takes {full_run:?})",
        outcomes.0, outcomes.1
    );
}

//! DESIGN §8 and §10, on the real engines: the scripts under `tests/scripts/` start two
//! Syncthing instances, and Radicale with vdirsyncer, on the loopback interface, and drive
//! the real `dunbar` binary against them. Run when the programs are installed; in CI
//! (`CI=true`, where `.ci/run` installs them) a missing program fails the test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use std::path::Path;
use std::process::Command;

fn installed(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|out| out.status.success())
}

/// Runs `script` with the binary when every program is there; says why not otherwise.
fn run_script(script: &str, programs: &[&str]) {
    let missing: Vec<&str> = programs.iter().copied().filter(|p| !installed(p)).collect();
    if !missing.is_empty() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{script} needs {missing:?}, which .ci/run installs"
        );
        eprintln!("skipped {script}: {missing:?} not installed");
        return;
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/scripts")
        .join(script);
    let child = Command::new("bash")
        .arg(&path)
        .arg(env!("CARGO_BIN_EXE_dunbar"))
        .env_remove("DUNBAR_DATA_DIR")
        .env("DUNBAR_LANG", "en")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The scripts bound themselves (four minutes at most); this is the last resort.
    let (out, ended) = wait_or_kill(child, 420);
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(ended, "{script} did not stop by itself: {said}");
    assert!(out.status.success(), "{script} failed: {said}");
    assert!(said.contains("OK:"), "{said}");
}

fn wait_or_kill(mut child: std::process::Child, seconds: u64) -> (std::process::Output, bool) {
    for _ in 0..seconds * 10 {
        if child.try_wait().unwrap().is_some() {
            return (child.wait_with_output().unwrap(), true);
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = child.kill();
    (child.wait_with_output().unwrap(), false)
}

#[test]
fn two_syncthing_instances_sync_two_data_folders_without_losing_a_change() {
    run_script("syncthing_two_laptops.sh", &["syncthing", "python3"]);
}

#[test]
fn radicale_and_vdirsyncer_round_trips_through_a_vdir() {
    run_script(
        "radicale_vdirsyncer.sh",
        &["radicale", "vdirsyncer", "python3"],
    );
}

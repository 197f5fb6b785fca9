//! `dunbar remind` (DESIGN §14): reads the network without a lock (it never blocks the
//! window), works out today's digest and shows it once as a desktop notification; installs,
//! removes and reports the daily schedule.

use std::fmt::Write as _;
use std::io::IsTerminal as _;
use std::time::Duration;

use anyhow::{Result, anyhow, bail};
use chrono::NaiveTime;

use crate::i18n::tr;
use crate::remind::{NotifyOutcome, RemindFolder, RemindSettings, Schedule, notify};
use crate::review::Digest;
use crate::session::{Access, Clock, Session};
use crate::storage::DataFolder;

use super::RemindArgs;

/// Runs `dunbar remind` with `args`; the digest or the schedule's report goes to `out`,
/// notes (no notification service, a quiet day) to `warnings`.
pub fn remind(
    args: &RemindArgs,
    dir: &DataFolder,
    clock: &Clock,
    out: &mut String,
    warnings: &mut String,
) -> Result<()> {
    let folder =
        RemindFolder::resolve(args.state_dir.clone()).ok_or_else(|| anyhow!(tr!("cli-no-home")))?;
    let mut settings = folder
        .settings()
        .map_err(|e| anyhow!(tr!("remind-bad-settings", error = e)))?;
    if change_settings(args, &mut settings)? {
        folder
            .save_settings(&settings)
            .map_err(|e| anyhow!(tr!("remind-cannot-save", error = e)))?;
    }
    if args.install || args.uninstall || args.status {
        return schedule(args, dir, &folder, &settings, out);
    }
    let session = Session::open(dir.clone(), Access::ReadOnly, "dunbar remind")?;
    // Today may be set (`--today`); the time of day is the clock's.
    let today = clock.today();
    let now = today.and_time(clock.now().time());
    let line = Digest::of(session.network(), today).line();
    if args.print {
        if let Some(line) = line {
            writeln!(out, "{line}")?;
        }
        return Ok(());
    }
    let mut state = folder.state();
    state.last_run = Some(now);
    let result = notify_once(args, dir, &settings, &mut state, line, now, out, warnings);
    // The state only keeps a second notification away; failing to save it is said, not fatal.
    if let Err(error) = folder.save_state(&state) {
        writeln!(warnings, "{}", tr!("remind-cannot-save", error = error))?;
    }
    result
}

/// Shows `line` unless it is a quiet time, nothing is due, or it was shown today already.
#[allow(clippy::too_many_arguments)] // one step of `remind`, with its whole context
fn notify_once(
    args: &RemindArgs,
    dir: &DataFolder,
    settings: &RemindSettings,
    state: &mut crate::remind::RemindState,
    line: Option<String>,
    now: chrono::NaiveDateTime,
    out: &mut String,
    warnings: &mut String,
) -> Result<()> {
    let Some(line) = line else { return Ok(()) };
    if settings.is_quiet(now) {
        writeln!(warnings, "{}", tr!("remind-quiet"))?;
        return Ok(());
    }
    if state.already_shown(now.date(), &line) {
        writeln!(warnings, "{}", tr!("remind-already-shown"))?;
        return Ok(());
    }
    let wait = Duration::from_secs(args.wait.unwrap_or(if std::io::stdout().is_terminal() {
        0
    } else {
        600
    }));
    match notify("Dunbar", &line, &tr!("remind-open-review"), wait) {
        NotifyOutcome::Shown { open_review } => {
            state.shown_on = Some(now.date());
            state.shown.clone_from(&line);
            if open_review {
                writeln!(warnings, "{}", tr!("remind-opening-review"))?;
                open_window_on_review(dir)?;
            }
        }
        NotifyOutcome::NoService(reason) => {
            writeln!(out, "{line}")?;
            writeln!(warnings, "{}", tr!("remind-no-service", reason = reason))?;
        }
    }
    Ok(())
}

/// Applies `--at`, `--quiet-days` and `--quiet-hours`; true when something changed.
fn change_settings(args: &RemindArgs, settings: &mut RemindSettings) -> Result<bool> {
    let before = settings.clone();
    if let Some(at) = &args.at {
        settings.time = NaiveTime::parse_from_str(at.trim(), "%H:%M")
            .map_err(|_| anyhow!(tr!("remind-bad-time", text = at.as_str())))?;
    }
    if let Some(days) = &args.quiet_days {
        settings.quiet_days = RemindSettings::parse_days(days)
            .ok_or_else(|| anyhow!(tr!("remind-bad-days", text = days.as_str())))?;
    }
    if let Some(hours) = &args.quiet_hours {
        settings.quiet_hours = RemindSettings::parse_hours(hours)
            .ok_or_else(|| anyhow!(tr!("remind-bad-hours", text = hours.as_str())))?;
    }
    Ok(*settings != before)
}

/// `--install`, `--uninstall`, `--status`.
fn schedule(
    args: &RemindArgs,
    dir: &DataFolder,
    folder: &RemindFolder,
    settings: &RemindSettings,
    out: &mut String,
) -> Result<()> {
    let Some(schedule) = Schedule::for_this_platform(None) else {
        bail!(tr!("cli-no-home"));
    };
    if args.install {
        let program = std::env::current_exe()?;
        let done = schedule
            .install(&program, explicit_data_dir(dir).as_deref(), settings.time)
            .map_err(|e| anyhow!(tr!("remind-install-failed", error = e)))?;
        writeln!(
            out,
            "{}",
            tr!(
                "remind-installed",
                time = settings.time.format("%H:%M").to_string()
            )
        )?;
        for line in done {
            writeln!(out, "  {line}")?;
        }
        return Ok(());
    }
    if args.uninstall {
        let done = schedule
            .uninstall()
            .map_err(|e| anyhow!(tr!("remind-install-failed", error = e)))?;
        if done.is_empty() {
            writeln!(out, "{}", tr!("remind-not-installed"))?;
        } else {
            writeln!(out, "{}", tr!("remind-uninstalled"))?;
            for line in done {
                writeln!(out, "  {line}")?;
            }
        }
        return Ok(());
    }
    out.push_str(&crate::remind::status_text(
        &schedule.status(),
        folder,
        settings,
    ));
    Ok(())
}

/// The data folder to name in the schedule: the one given, unless it is the platform's.
fn explicit_data_dir(dir: &DataFolder) -> Option<std::path::PathBuf> {
    let default = super::resolve_data_dir(None).ok();
    (default.as_deref() != Some(dir.dir())).then(|| dir.dir().to_owned())
}

/// Starts the window on the Review, on its own (the reminder ends; the window stays).
fn open_window_on_review(dir: &DataFolder) -> Result<()> {
    let program = std::env::current_exe()?;
    std::process::Command::new(program)
        .arg("--data-dir")
        .arg(dir.dir())
        .args(["--screen", "review"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()?;
    Ok(())
}

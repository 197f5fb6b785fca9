//! `dunbar merge` and `dunbar device`, and what every command says about other devices:
//! merges on stderr, conflict files waiting for a read-only command (DESIGN §10).

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Result, bail};

use crate::actions::Action;
use crate::i18n::tr;
use crate::interchange::{finish_vdir_round, plan_vdir_round};
use crate::merge::MergeReport;
use crate::session::{Access, Clock, SaveReport, Session, SessionNews};
use crate::storage::{DataFolder, Device};

use super::visible;

/// The lines that say what a merge brought, per device, and each clash.
pub fn merge_lines(report: &MergeReport) -> Vec<String> {
    let mut lines = Vec::new();
    for (device, changes) in &report.devices {
        if changes.is_empty() {
            continue;
        }
        lines.push(tr!(
            "merge-from-device",
            device = report.device_name(*device),
            contacts = changes.contacts_added,
            edited = changes.contacts_edited.len(),
            touches = changes.touches_added,
            others = changes.others_added + changes.others_edited,
            deleted = changes.deleted
        ));
    }
    for clash in &report.clashes {
        lines.push(clash.said(&report.device_name(clash.other_device)));
    }
    lines
}

/// Says on stderr what the session took in from outside since last asked.
pub fn print_news(session: &mut Session) {
    for news in session.take_news() {
        match news {
            SessionNews::Merged { report, .. } => {
                for line in merge_lines(&report) {
                    eprintln!("dunbar: {}", visible(&line));
                }
            }
            SessionNews::Unreadable { path, problem } => eprintln!(
                "dunbar: {}",
                visible(&tr!(
                    "outside-unreadable",
                    path = path.display().to_string(),
                    problem = problem
                ))
            ),
        }
    }
}

/// Saves a command's change, merging first what other devices wrote; fails (changing
/// nothing) when the data file on disk does not open.
pub fn save_merging(session: &mut Session, clock: &Clock) -> Result<()> {
    let report = session.save(clock.now())?;
    let waiting = report == SaveReport::Waiting;
    print_news(session);
    if waiting {
        bail!(tr!(
            "cli-save-waiting",
            path = session.folder().network_path().display().to_string()
        ));
    }
    Ok(())
}

/// For a read-only command: says on stderr that a sync tool's conflict file waits.
pub fn note_waiting(dir: &DataFolder, warnings: &mut String) {
    for path in dir.sync_conflicts() {
        let _ = writeln!(
            warnings,
            "{}",
            tr!("outside-waiting", path = path.display().to_string())
        );
    }
}

/// `dunbar merge FILE [--dry-run] [--json]`: merges another version of the network (a
/// conflict file, a copy from another computer) into the data folder's.
pub fn merge_file(
    file: &Path,
    dry_run: bool,
    json: bool,
    dir: &DataFolder,
    clock: &Clock,
    out: &mut String,
) -> Result<()> {
    let (other, _) = DataFolder::read_other(file)?;
    let access = if dry_run {
        Access::ReadOnly
    } else {
        Access::ReadWrite
    };
    let mut session = Session::open(dir.clone(), access, "dunbar merge")?;
    let report = if dry_run {
        crate::merge::merge(session.network(), &other)?.report
    } else {
        let report = session.merge_in(&other, clock.now())?;
        save_merging(&mut session, clock)?;
        report
    };
    if json {
        let value = serde_json::json!({
            "dry_run": dry_run,
            "devices": report.devices.iter().map(|(device, c)| serde_json::json!({
                "device": format!("{device:016x}"),
                "name": report.device_name(*device),
                "contacts_added": c.contacts_added,
                "contacts_edited": c.contacts_edited.len(),
                "touches_added": c.touches_added,
                "others_added": c.others_added,
                "others_edited": c.others_edited,
                "deleted": c.deleted,
                "settings_changed": c.settings_changed,
            })).collect::<Vec<_>>(),
            "clashes": report.clashes,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
        return Ok(());
    }
    let lines = merge_lines(&report);
    if lines.is_empty() {
        writeln!(
            out,
            "{}",
            tr!("merge-nothing-new", path = file.display().to_string())
        )?;
    }
    for line in lines {
        writeln!(out, "{}", visible(&line))?;
    }
    if dry_run {
        writeln!(out, "{}", tr!("merge-dry-run"))?;
    }
    Ok(())
}

/// `dunbar device [--name NAME] [--json]`: this device's id and name (the name is what
/// other devices show for changes made here).
pub fn device(
    name: Option<String>,
    json: bool,
    device_dir: Option<&Path>,
    device: Option<&Device>,
    out: &mut String,
) -> Result<()> {
    let (Some(dir), Some(device)) = (device_dir, device) else {
        bail!(tr!("cli-no-device"));
    };
    let mut device = device.clone();
    if let Some(name) = name {
        let name = name.trim().to_owned();
        if name.is_empty() {
            bail!(tr!("cli-device-name-empty"));
        }
        device.name = name;
        device.save(dir)?;
    }
    if json {
        let value = serde_json::json!({
            "id": format!("{:016x}", device.id),
            "name": device.name,
            "id_prefix": device.id_prefix(),
            "file": Device::path_in(dir).display().to_string(),
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
    } else {
        writeln!(
            out,
            "{}",
            tr!(
                "device-line",
                name = visible(&device.name).into_owned(),
                id = format!("{:016x}", device.id),
                path = Device::path_in(dir).display().to_string()
            )
        )?;
    }
    Ok(())
}

/// `dunbar vdir DIR [--dry-run]`: one two-way round with a vdir. Other devices' versions
/// are merged first; then cards changed, added or deleted in the folder come in (a card
/// deleted there trashes its contact), and contacts changed, added or trashed here go out.
pub fn vdir(
    folder: &Path,
    dry_run: bool,
    dir: &DataFolder,
    clock: &Clock,
    out: &mut String,
) -> Result<()> {
    let access = if dry_run {
        Access::ReadOnly
    } else {
        Access::ReadWrite
    };
    let mut session = Session::open(dir.clone(), access, "dunbar vdir")?;
    if !dry_run {
        save_merging(&mut session, clock)?;
    }
    let round = plan_vdir_round(session.network(), folder, clock.today())?;
    writeln!(out, "{}", round.summary())?;
    if dry_run {
        writeln!(out, "{}", tr!("merge-dry-run"))?;
        return Ok(());
    }
    if !round.actions.is_empty() {
        session.apply(Action::Batch {
            label: tr!("vdir-undo-label"),
            actions: round.actions.clone(),
        })?;
        save_merging(&mut session, clock)?;
    }
    finish_vdir_round(folder, &round)?;
    Ok(())
}

//! `dunbar capture`, `dunbar sources` and `dunbar profile`.

use std::fmt::Write as _;
use std::io::IsTerminal as _;

use anyhow::{Result, bail};
use chrono::{NaiveDateTime, NaiveTime};
use serde_json::{Value, json};

use crate::actions::Action;
use crate::capture::{CaptureReport, plan_input, read_capture_input};
use crate::domain::{Network, Profile};
use crate::session::{Access, Clock, Session};
use crate::storage::DataFolder;

use super::visible::visible;
use super::{CaptureArgs, ProfileArgs};
use crate::i18n::tr;

/// How many people not in Dunbar the text output lists (`--json` has them all).
const NOT_IN_DUNBAR_SHOWN: usize = 10;

/// Months back that messages count.
const WINDOW_MONTHS: u32 = 24;

/// "Now" for capture: the clock, or with `--today D` the end of day D.
fn capture_now(clock: &Clock) -> NaiveDateTime {
    let now = clock.now();
    if now.date() == clock.today() {
        now
    } else {
        clock
            .today()
            .and_time(NaiveTime::from_hms_opt(23, 59, 59).unwrap_or_default())
    }
}

/// Progress on stderr, only when it is a terminal; the command line never cancels.
fn progress_line(bytes: u64) -> bool {
    if std::io::stderr().is_terminal() {
        eprint!("\rread {} MB", bytes / 1_000_000);
    }
    true
}

fn report_json(report: &CaptureReport) -> Value {
    let skipped: serde_json::Map<String, Value> = report
        .skipped
        .iter()
        .map(|(reason, n)| (reason.key().to_owned(), json!(n)))
        .collect();
    json!({
        "touches": report.touches,
        "contacts": report.contacts,
        "awaiting_reply": report.awaiting_reply,
        "not_in_dunbar": report.not_in_dunbar.iter().map(|p| json!({
            "name": p.name,
            "address": p.address,
            "sent": p.sent,
            "received": p.received,
            "last": p.last.to_string(),
        })).collect::<Vec<_>>(),
        "skipped": skipped,
        "upcoming": report.upcoming,
        "per_contact": report.per_contact.iter().map(|c| json!({
            "name": c.name,
            "touches": c.touches,
            "awaiting_reply": c.awaiting_reply,
        })).collect::<Vec<_>>(),
    })
}

fn add_up(total: &mut CaptureReport, one: CaptureReport) {
    total.touches += one.touches;
    total.awaiting_reply += one.awaiting_reply;
    total.replied += one.replied;
    total.messages += one.messages;
    total.upcoming += one.upcoming;
    for (reason, n) in one.skipped {
        *total.skipped.entry(reason).or_default() += n;
    }
    for person in one.per_contact {
        match total.per_contact.iter_mut().find(|p| p.name == person.name) {
            Some(known) => {
                known.touches += person.touches;
                known.awaiting_reply += person.awaiting_reply;
            }
            None => total.per_contact.push(person),
        }
    }
    for person in one.not_in_dunbar {
        if !total
            .not_in_dunbar
            .iter()
            .any(|p| p.address == person.address)
        {
            total.not_in_dunbar.push(person);
        }
    }
    total.contacts = total.per_contact.len();
    for address in one.proposed_me {
        if !total.proposed_me.contains(&address) {
            total.proposed_me.push(address);
        }
    }
}

/// `dunbar capture PATH… | --rescan [--dry-run] [--since D] [--json]`.
pub fn capture(
    args: &CaptureArgs,
    dir: &DataFolder,
    clock: &Clock,
    out: &mut String,
) -> Result<()> {
    let access = if args.dry_run {
        Access::ReadOnly
    } else {
        Access::ReadWrite
    };
    let mut session = Session::open(dir.clone(), access, "dunbar capture")?;
    let paths: Vec<std::path::PathBuf> = if args.rescan {
        session
            .network()
            .sources()
            .map(|s| std::path::PathBuf::from(&s.path))
            .collect()
    } else {
        args.paths.clone()
    };
    let mut total = CaptureReport::default();
    // A working copy: each source is planned against the network as the ones before it
    // leave it, so that the same message in two sources counts once.
    let mut network: Network = session.network().clone();
    let mut actions: Vec<Action> = Vec::new();
    for path in &paths {
        let input = read_capture_input(path, &network, progress_line)?;
        if input.needs_my_addresses() && network.profile().emails.is_empty() {
            return Err(without_me(&network, &paths, args, clock));
        }
        let plan = plan_input(
            &network,
            &input,
            capture_now(clock),
            WINDOW_MONTHS,
            args.since,
        )?;
        if !input.needs_my_addresses() && network.profile().linkedin_url.is_none() {
            let hint = plan.report.proposed_me.first().map_or_else(
                || "dunbar profile --linkedin https://www.linkedin.com/in/you".to_owned(),
                |url| {
                    format!(
                        "dunbar profile --linkedin {url} ({})",
                        tr!("cli-capture-sender-of-conversations")
                    )
                },
            );
            bail!(tr!("cli-capture-needs-linkedin", hint = hint));
        }
        if let Some(action) = plan.action {
            // The inverse is not needed: the session records its own when it applies.
            let _inverse = action.clone().apply(&mut network)?;
            actions.push(action);
        }
        add_up(&mut total, plan.report);
    }
    if std::io::stderr().is_terminal() {
        eprintln!();
    }
    if !args.dry_run && !actions.is_empty() {
        let action = if actions.len() == 1 {
            actions.swap_remove(0)
        } else {
            Action::Batch {
                label: "capture".to_owned(),
                actions,
            }
        };
        session.apply(action)?;
        super::run::save_session(&mut session, clock)?;
    }
    print_report(&total, args, out)
}

/// The one-line summary (or JSON), then the people not in Dunbar.
fn print_report(total: &CaptureReport, args: &CaptureArgs, out: &mut String) -> Result<()> {
    if args.json {
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&report_json(total))?
        )?;
        return Ok(());
    }
    // The English line keeps one fixed shape for scripts (DESIGN §9).
    let (touches, contacts, awaiting, strangers, skipped) = (
        total.touches,
        total.contacts,
        total.awaiting_reply,
        total.not_in_dunbar.len(),
        total.skipped_total(),
    );
    let line = if args.dry_run {
        tr!(
            "cli-capture-would",
            touches = touches,
            contacts = contacts,
            awaiting = awaiting,
            strangers = strangers,
            skipped = skipped
        )
    } else {
        tr!(
            "cli-capture-done",
            touches = touches,
            contacts = contacts,
            awaiting = awaiting,
            strangers = strangers,
            skipped = skipped
        )
    };
    writeln!(out, "{line}")?;
    if total.upcoming > 0 {
        writeln!(
            out,
            "  {}",
            tr!("cli-capture-upcoming", count = total.upcoming)
        )?;
    }
    for person in total.not_in_dunbar.iter().take(NOT_IN_DUNBAR_SHOWN) {
        let line = tr!(
            "cli-capture-stranger",
            name = visible(&person.name).into_owned(),
            address = visible(&person.address).into_owned(),
            sent = person.sent,
            received = person.received,
            last = person.last.to_string()
        );
        writeln!(out, "  {line}")?;
    }
    let more = total
        .not_in_dunbar
        .len()
        .saturating_sub(NOT_IN_DUNBAR_SHOWN);
    if more > 0 {
        writeln!(out, "  {}", tr!("cli-capture-more", more = more))?;
    }
    Ok(())
}

/// Without "me" nothing can be told apart: the error says which addresses look like mine
/// (the senders of my Sent mail).
fn without_me(
    network: &Network,
    paths: &[std::path::PathBuf],
    args: &CaptureArgs,
    clock: &Clock,
) -> anyhow::Error {
    let mut proposed: Vec<String> = Vec::new();
    for path in paths {
        let Ok(input) = read_capture_input(path, network, progress_line) else {
            continue;
        };
        let Ok(plan) = plan_input(
            network,
            &input,
            capture_now(clock),
            WINDOW_MONTHS,
            args.since,
        ) else {
            continue;
        };
        for address in plan.report.proposed_me {
            if input.needs_my_addresses() && !proposed.contains(&address) {
                proposed.push(address);
            }
        }
    }
    let hint = if proposed.is_empty() {
        "dunbar profile --email you@example.com".to_owned()
    } else {
        let flags: Vec<String> = proposed.iter().map(|a| format!("--email {a}")).collect();
        format!(
            "dunbar profile {} ({})",
            flags.join(" "),
            tr!("cli-capture-senders-of-sent")
        )
    };
    anyhow::anyhow!(tr!("cli-capture-needs-addresses", hint = hint))
}

/// `dunbar sources [--json]`.
pub fn sources(dir: &DataFolder, json: bool, out: &mut String) -> Result<()> {
    let session = Session::open(dir.clone(), Access::ReadOnly, "dunbar sources")?;
    let network = session.network();
    let touches_of = |keys: &std::collections::BTreeSet<String>| {
        network
            .touches()
            .filter(|t| keys.contains(&t.capture_key))
            .count()
    };
    if json {
        let list: Vec<Value> = network
            .sources()
            .map(|s| {
                json!({
                    "kind": s.kind,
                    "path": s.path,
                    "last_scan": s.last_scan.to_string(),
                    "touches": touches_of(&s.keys),
                })
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
    } else if network.sources().next().is_none() {
        writeln!(out, "{}", tr!("cli-sources-none"))?;
    } else {
        for s in network.sources() {
            let line = tr!(
                "cli-source-line",
                kind = s.kind.clone(),
                path = visible(&s.path).into_owned(),
                when = s.last_scan.to_string(),
                touches = touches_of(&s.keys)
            );
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

fn profile_json(profile: &Profile) -> Value {
    json!({
        "name": profile.name,
        "company": profile.company,
        "role": profile.role,
        "emails": profile.emails,
        "linkedin_url": profile.linkedin_url,
    })
}

/// `dunbar profile [--name N] [--company C] [--role R] [--email ADDR]… [--linkedin URL]
/// [--json]`.
pub fn profile(
    args: &ProfileArgs,
    dir: &DataFolder,
    clock: &Clock,
    out: &mut String,
) -> Result<()> {
    if !args.changes_something() {
        let session = Session::open(dir.clone(), Access::ReadOnly, "dunbar profile")?;
        let profile = session.network().profile();
        if args.json {
            writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&profile_json(profile))?
            )?;
        } else {
            let rows = [
                (tr!("cli-profile-name"), profile.name.clone()),
                (tr!("cli-profile-company"), profile.company.clone()),
                (tr!("cli-profile-role"), profile.role.clone()),
                (tr!("cli-profile-emails"), profile.emails.join(", ")),
                (
                    "LinkedIn".to_owned(),
                    profile.linkedin_url.clone().unwrap_or_default(),
                ),
            ];
            for (name, value) in rows {
                writeln!(out, "{name}: {}", visible(&value))?;
            }
        }
        return Ok(());
    }
    for email in &args.emails {
        let email = email.trim();
        if !email.contains('@') || email.contains(char::is_whitespace) {
            bail!(tr!(
                "cli-profile-bad-email",
                email = visible(email).into_owned()
            ));
        }
    }
    let mut session = Session::open(dir.clone(), Access::ReadWrite, "dunbar profile")?;
    let mut profile = session.network().profile().clone();
    if let Some(name) = &args.name {
        profile.name = name.trim().to_owned();
    }
    if let Some(company) = &args.company {
        profile.company = company.trim().to_owned();
    }
    if let Some(role) = &args.role {
        profile.role = role.trim().to_owned();
    }
    if !args.emails.is_empty() {
        profile.emails = args.emails.iter().map(|e| e.trim().to_owned()).collect();
    }
    if let Some(url) = &args.linkedin {
        let url = url.trim();
        profile.linkedin_url = (!url.is_empty()).then(|| url.to_owned());
    }
    session.apply(Action::SetProfile(Box::new(profile.clone())))?;
    super::run::save_session(&mut session, clock)?;
    if args.json {
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&profile_json(&profile))?
        )?;
    } else {
        writeln!(out, "{}", tr!("cli-profile-saved"))?;
    }
    Ok(())
}

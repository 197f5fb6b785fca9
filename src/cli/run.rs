//! Runs one subcommand against a data folder. Results go to stdout; errors are returned
//! (printed once, by `main`, as one line on stderr with a non-zero exit).

use std::fmt::Write as _;

use anyhow::{Context, Result, anyhow, bail};

use crate::actions::{Action, LogEntry, LogError, edits};
use crate::domain::{
    AskKind, Channel, Circle, Contact, ContactId, Direction, EmailAddress, GiftKind, TouchKind,
};
use crate::generate::{GenerateSpec, generate_network};
use crate::i18n::{Language, in_language};
use crate::interchange::{self, ExportFilter, ExportFormat, ImportOptions, plan_import};
use crate::review::review_queue;
use crate::session::{Access, Clock, Session};
use crate::storage::{DataFolder, write_output};
use crate::tr;

use super::name_lookup::{find_contact, find_contact_by};
use super::reports::{review_json, review_text, stats_json, stats_text};
use super::show_report::{show_json, show_text};
use super::visible::visible;
use super::{AddArgs, Command, ExportArgs, GenerateArgs, ImportArgs, LogArgs, SetArgs};

fn circle_arg(text: &str) -> Result<Circle> {
    Circle::from_key(text).ok_or_else(|| anyhow!(tr!("cli-unknown-circle", text = text)))
}

fn gift_arg(text: &str) -> Result<GiftKind> {
    GiftKind::from_key(text).ok_or_else(|| anyhow!(tr!("cli-unknown-gift", text = text)))
}

fn ask_arg(text: &str) -> Result<AskKind> {
    AskKind::from_key(text).ok_or_else(|| anyhow!(tr!("cli-unknown-ask", text = text)))
}

fn clean_list(items: &[String]) -> std::collections::BTreeSet<String> {
    items
        .iter()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

pub(super) fn open_for_writing(dir: &DataFolder, what: &str) -> Result<Session> {
    Ok(Session::open(
        dir.clone(),
        Access::ReadWrite,
        &format!("dunbar {what}"),
    )?)
}

/// Saves a command's change (shared by the subcommands in other files).
pub(super) fn save_session(session: &mut Session, clock: &Clock) -> Result<()> {
    save(session, clock)
}

fn save(session: &mut Session, clock: &Clock) -> Result<()> {
    super::sync_command::save_merging(session, clock)
}

/// Runs `command` on the data folder `dir` (with its cache folder), writing results to
/// `out` and warnings (such as the lines an import skipped) to `warnings`, for standard
/// error. Human output shows control characters from the data as visible escapes.
pub fn run(
    command: Command,
    dir: &DataFolder,
    clock: &Clock,
    out: &mut String,
    warnings: &mut String,
) -> Result<()> {
    match command {
        Command::Add(args) => add(args, dir, clock, out),
        Command::Import(args) => import(&args, dir, clock, out, warnings),
        Command::Export(args) => export(args, dir, clock, out),
        Command::Log(args) => log(args, dir, clock, out),
        Command::Set(args) => set(&args, dir, clock, out),
        Command::Promise(args) => super::promise_command::promise(&args, dir, clock, out),
        Command::Promises { all, json } => {
            super::promise_command::promises(dir, clock, all, json, out)
        }
        Command::PromiseDone { id, gift } => {
            super::promise_command::promise_done(id, gift, dir, clock, out)
        }
        Command::Brief { name, email } => {
            super::promise_command::brief(&name, email.as_deref(), dir, clock, out)
        }
        Command::Merge {
            file,
            dry_run,
            json,
        } => super::sync_command::merge_file(&file, dry_run, json, dir, clock, out),
        Command::Vdir {
            dir: folder,
            dry_run,
        } => super::sync_command::vdir(&folder, dry_run, dir, clock, out),
        Command::Device { name, json } => {
            super::sync_command::device(name, json, dir.device_dir(), dir.device(), out)
        }
        Command::Review { json } => {
            super::sync_command::note_waiting(dir, warnings);
            let session = Session::open(dir.clone(), Access::ReadOnly, "dunbar review")?;
            if json {
                // Machine output never changes with the language (DESIGN §13).
                let items = in_language(Language::English, || {
                    review_queue(session.network(), clock.today())
                });
                let value = review_json(clock.today(), &items);
                writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
            } else {
                let items = review_queue(session.network(), clock.today());
                out.push_str(&review_text(clock.today(), &items));
            }
            Ok(())
        }
        Command::Show { name, email, json } => {
            super::sync_command::note_waiting(dir, warnings);
            let session = Session::open(dir.clone(), Access::ReadOnly, "dunbar show")?;
            let network = session.network();
            let id = find_contact_by(network, &name, email.as_deref())?;
            let contact = network.contact(id).ok_or_else(|| {
                anyhow::anyhow!(crate::i18n::tr!(
                    "cli-no-contact",
                    name = visible(&name).into_owned()
                ))
            })?;
            if json {
                let value = show_json(network, contact);
                writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
            } else {
                out.push_str(&show_text(network, contact));
            }
            Ok(())
        }
        Command::Stats { json } => {
            super::sync_command::note_waiting(dir, warnings);
            let session = Session::open(dir.clone(), Access::ReadOnly, "dunbar stats")?;
            if json {
                let value = stats_json(session.network());
                writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
            } else {
                out.push_str(&stats_text(session.network()));
            }
            Ok(())
        }
        Command::Generate(args) => generate(args, dir, clock, out),
        Command::Capture(args) => super::capture_command::capture(&args, dir, clock, out),
        Command::Sources { json } => super::capture_command::sources(dir, json, out),
        Command::Profile(args) => super::capture_command::profile(&args, dir, clock, out),
        Command::Remind(args) => super::remind_command::remind(&args, dir, clock, out, warnings),
        Command::Backups => backups(dir, out),
        Command::Restore { backup } => {
            let restored = Session::restore(dir.dir(), &backup, "dunbar restore", clock.now())?;
            let restored_line = tr!(
                "cli-restored",
                name = visible(&restored.name).into_owned(),
                taken = restored.taken_at.format("%Y-%m-%d %H:%M:%S").to_string()
            );
            writeln!(out, "{restored_line}")?;
            Ok(())
        }
    }
}

fn add(args: AddArgs, dir: &DataFolder, clock: &Clock, out: &mut String) -> Result<()> {
    if args.name.trim().is_empty() {
        bail!(tr!("cli-needs-name"));
    }
    let circle = circle_arg(&args.circle)?;
    let mut session = open_for_writing(dir, "add")?;
    let id = ContactId::new(session.network().fresh_id());
    let mut contact = Contact::new(id, &args.name, circle, clock.today());
    contact.emails = args
        .email
        .iter()
        .map(|e| e.trim())
        .filter(|e| !e.is_empty())
        .map(EmailAddress::new)
        .collect();
    contact.company = args.company.unwrap_or_default().trim().to_owned();
    contact.role = args.role.unwrap_or_default().trim().to_owned();
    contact.tags = clean_list(&args.tag);
    contact.interests = clean_list(&args.interests);
    contact.source = Some("command line".to_owned());
    let label = format!("{} ({})", visible(&contact.display_name), circle.label());
    session.apply(Action::InsertContact(Box::new(contact)))?;
    save(&mut session, clock)?;
    writeln!(out, "{}", tr!("cli-added", label = label))?;
    Ok(())
}

fn log(args: LogArgs, dir: &DataFolder, clock: &Clock, out: &mut String) -> Result<()> {
    let channel = Channel::from_key(&args.channel)
        .ok_or_else(|| anyhow!(tr!("cli-unknown-channel", text = args.channel.as_str())))?;
    let gave = args.gave.as_deref().map(gift_arg).transpose()?;
    let received = args.received.as_deref().map(gift_arg).transpose()?;
    let asked = args.asked.as_deref().map(ask_arg).transpose()?;
    let mut session = open_for_writing(dir, "log")?;
    let id = find_contact_by(session.network(), &args.name, args.email.as_deref())?;
    let mut entry = LogEntry::new(vec![id], args.date.unwrap_or(clock.today()), channel);
    entry.direction = if args.inbound || args.awaiting_reply || args.shared {
        Direction::Inbound
    } else {
        Direction::Outbound
    };
    entry.kind = if args.light {
        TouchKind::Light
    } else if args.shared {
        TouchKind::SharedMyWork
    } else {
        TouchKind::Meaningful
    };
    entry.note = args.note;
    entry.awaiting_reply = args.awaiting_reply;
    entry.gave = gave;
    entry.received = received;
    entry.asked = asked;
    entry.ask_anyway = args.ask_anyway;
    if let (Some(text), Some(by)) = (&args.promise, &args.by) {
        let due = super::promise_command::due_arg(by, clock.today())?;
        entry.promise = Some((text.trim().to_owned(), due));
    }
    let action = entry
        .to_action(session.network(), clock.today())
        .map_err(|e| match e {
            LogError::AskNotReady { .. } => {
                anyhow!(tr!("cli-ask-not-ready", error = e.to_string()))
            }
            other => anyhow!(other),
        })?;
    session.apply(action)?;
    save(&mut session, clock)?;
    let who = session
        .network()
        .contact(id)
        .map(|c| c.display_name.clone())
        .unwrap_or_default();
    let mut what = channel.label().to_lowercase();
    if let Some(kind) = gave {
        what.push_str(&tr!("cli-logged-gave", kind = kind.label().to_lowercase()));
    }
    if let Some(kind) = received {
        what.push_str(&tr!(
            "cli-logged-received",
            kind = kind.label().to_lowercase()
        ));
    }
    if let Some(kind) = asked {
        what.push_str(&tr!("cli-logged-asked", kind = kind.label().to_lowercase()));
    }
    if let Some((text, due)) = &entry.promise {
        what.push_str(&tr!(
            "cli-logged-promise",
            text = visible(text).into_owned(),
            due = due.to_string()
        ));
    }
    let logged = tr!(
        "cli-logged",
        what = what,
        who = visible(&who).into_owned(),
        date = entry.date.to_string()
    );
    writeln!(out, "{logged}")?;
    Ok(())
}

fn set(args: &SetArgs, dir: &DataFolder, clock: &Clock, out: &mut String) -> Result<()> {
    let circle = args.circle.as_deref().map(circle_arg).transpose()?;
    let mut session = open_for_writing(dir, "set")?;
    let id = find_contact(session.network(), &args.name)?;
    let interests = args.interests.as_deref().map(clean_list);
    let action = edits::update_contacts(session.network(), &[id], "edit contact", |c| {
        if let Some(circle) = circle {
            c.circle = circle;
        }
        if let Some(family) = args.family {
            c.family = family;
        }
        if let Some(hub) = args.hub {
            c.hub = hub;
        }
        if let Some(interests) = &interests {
            c.interests.clone_from(interests);
        }
        if let Some(days) = args.cadence {
            c.cadence_days = (days > 0).then_some(days);
        }
        if args.trash && c.trashed_on.is_none() {
            c.trashed_on = Some(clock.today());
        }
    });
    let who = session
        .network()
        .contact(id)
        .map(|c| visible(&c.display_name).into_owned())
        .unwrap_or_default();
    if let Some(action) = action {
        session.apply(action)?;
        save(&mut session, clock)?;
        writeln!(out, "{}", tr!("cli-updated", who = who.as_str()))?;
    } else {
        writeln!(out, "{}", tr!("cli-unchanged", who = who.as_str()))?;
    }
    Ok(())
}

fn generate(args: GenerateArgs, dir: &DataFolder, clock: &Clock, out: &mut String) -> Result<()> {
    let folder = dir;
    if folder.network_path().exists() && !args.force {
        bail!(tr!(
            "cli-generate-exists",
            path = folder.network_path().display().to_string()
        ));
    }
    let network = generate_network(&GenerateSpec::new(args.contacts, args.seed), clock.today())
        .context("the generator produced an inconsistent network")?;
    let mut session = Session::create_with(dir.clone(), network, "dunbar generate")?;
    save(&mut session, clock)?;
    let n = session.network();
    let generated = tr!(
        "cli-generated",
        contacts = n.contact_count(),
        touches = n.touch_count(),
        gifts = n.gifts().count(),
        asks = n.asks().count(),
        path = visible(&folder.network_path().display().to_string()).into_owned()
    );
    writeln!(out, "{generated}")?;
    Ok(())
}

fn backups(folder: &DataFolder, out: &mut String) -> Result<()> {
    let backups = folder.backups();
    if backups.is_empty() {
        let none = tr!(
            "cli-no-backups",
            path = visible(&folder.backup_dir().display().to_string()).into_owned()
        );
        writeln!(out, "{none}")?;
    }
    for backup in backups {
        let kind = if backup.conflict {
            format!("  ({})", tr!("cli-conflict-copy"))
        } else {
            String::new()
        };
        let bytes = tr!("cli-bytes");
        writeln!(
            out,
            "{}  {}  {:>10} {bytes}{kind}",
            visible(&backup.name),
            backup.taken_at.format("%Y-%m-%d %H:%M:%S"),
            backup.size
        )?;
    }
    Ok(())
}

fn import(
    args: &ImportArgs,
    dir: &DataFolder,
    clock: &Clock,
    out: &mut String,
    warnings: &mut String,
) -> Result<()> {
    let circle = circle_arg(&args.circle)?;
    // Read every file first: a missing file fails the command before anything changes.
    let mut files = Vec::with_capacity(args.files.len());
    for path in &args.files {
        let bytes = std::fs::read(path)
            .with_context(|| tr!("cli-unreadable", path = path.display().to_string()))?;
        files.push((path, bytes));
    }
    let mut session = if args.dry_run {
        Session::open(dir.clone(), Access::ReadOnly, "dunbar import --dry-run")?
    } else {
        open_for_writing(dir, "import")?
    };
    // Each file is planned against the network as the files before it left it, so that
    // the same person in two files is merged, not added twice.
    let mut network = session.network().clone();
    let (mut added, mut merged, mut skipped) = (0, 0, 0);
    for (path, bytes) in files {
        let name = interchange::file_name(path);
        let parsed = interchange::parse(&bytes, &name);
        for warning in &parsed.warnings {
            writeln!(
                warnings,
                "{}:{}: {}",
                visible(&path.display().to_string()),
                warning.line,
                visible(&warning.message)
            )?;
        }
        let options = ImportOptions {
            circle,
            tag: args.tag.clone(),
            source_name: name,
        };
        let plan = plan_import(&network, &parsed, &options, clock.today());
        added += plan.added();
        merged += plan.merged();
        skipped += plan.skipped() + parsed.rejected;
        if let Some(action) = plan.to_action(&network)? {
            action.clone().apply(&mut network)?;
            if !args.dry_run {
                session.apply(action)?;
            }
        }
    }
    if !args.dry_run {
        save(&mut session, clock)?;
    }
    let imported = if args.dry_run {
        tr!(
            "cli-imported-dry-run",
            added = added,
            merged = merged,
            skipped = skipped
        )
    } else {
        tr!(
            "cli-imported",
            added = added,
            merged = merged,
            skipped = skipped
        )
    };
    writeln!(out, "{imported}")?;
    Ok(())
}

fn export(args: ExportArgs, dir: &DataFolder, clock: &Clock, out: &mut String) -> Result<()> {
    let format = ExportFormat::from_key(&args.format)
        .ok_or_else(|| anyhow!(tr!("cli-unknown-format", text = args.format.as_str())))?;
    let filter = ExportFilter {
        circle: args.circle.as_deref().map(circle_arg).transpose()?,
        tag: args.tag,
        ids: None,
    };
    if format == ExportFormat::Ron && (filter.circle.is_some() || filter.tag.is_some()) {
        bail!(tr!("cli-ron-whole"));
    }
    let output = args.output.filter(|path| path.as_os_str() != "-");
    if let Some(path) = &output
        && dir.owns(path)
    {
        bail!(tr!(
            "cli-export-into-data",
            path = visible(&path.display().to_string()).into_owned(),
            dir = visible(&dir.dir().display().to_string()).into_owned()
        ));
    }
    let session = Session::open(dir.clone(), Access::ReadOnly, "dunbar export")?;
    let text = interchange::export(session.network(), format, &filter, clock.today())?;
    match output {
        Some(path) => {
            write_output(&path, text.as_bytes())?;
            let what = if format == ExportFormat::Ron {
                tr!("cli-whole-network")
            } else {
                tr!(
                    "cli-n-contacts",
                    count = filter.select(session.network()).len()
                )
            };
            let exported = tr!(
                "cli-exported",
                what = what,
                format = format.label(),
                path = visible(&path.display().to_string()).into_owned()
            );
            writeln!(out, "{exported}")?;
        }
        None => out.push_str(&text),
    }
    Ok(())
}

//! `promise`, `promises`, `promise-done` and `brief` (DESIGN §11).

use std::fmt::Write as _;

use anyhow::{Result, anyhow, bail};
use chrono::NaiveDate;
use serde_json::json;

use crate::actions::parse_due;
use crate::actions::promises::{NewPromise, add_promise, promise_done as done_action};
use crate::domain::{Direction, PromiseId};
use crate::review::MeetingBrief;
use crate::session::{Access, Clock, Session};
use crate::storage::DataFolder;
use crate::tr;

use super::PromiseArgs;
use super::name_lookup::find_contact_by;
use super::run::{open_for_writing, save_session};
use super::visible::{visible, visible_lines};

/// A due day from the command line: `YYYY-MM-DD`, or a phrase ("friday", "om 2 uger").
pub(super) fn due_arg(text: &str, today: NaiveDate) -> Result<NaiveDate> {
    if let Ok(day) = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d") {
        return Ok(day);
    }
    parse_due(text, today, crate::i18n::language()).map_err(|problem| anyhow!(problem.message()))
}

/// `dunbar promise NAME TEXT --by DATE`.
pub fn promise(
    args: &PromiseArgs,
    dir: &DataFolder,
    clock: &Clock,
    out: &mut String,
) -> Result<()> {
    if args.text.trim().is_empty() {
        bail!(tr!("cli-promise-needs-text"));
    }
    let due = due_arg(&args.by, clock.today())?;
    let mut session = open_for_writing(dir, "promise")?;
    let contact = find_contact_by(session.network(), &args.name, args.email.as_deref())?;
    let mut new = NewPromise::mine(contact, &args.text, due);
    if args.theirs {
        new.direction = Direction::Inbound;
    }
    let (id, action) = add_promise(session.network(), &new, clock.today())
        .ok_or_else(|| anyhow!(tr!("cli-promise-needs-text")))?;
    session.apply(action)?;
    save_session(&mut session, clock)?;
    let who = session
        .network()
        .contact(contact)
        .map(|c| visible(&c.display_name).into_owned())
        .unwrap_or_default();
    let line = if args.theirs {
        tr!(
            "cli-promised-theirs",
            who = who,
            text = visible(&new.text).into_owned(),
            due = due.to_string(),
            id = id.get()
        )
    } else {
        tr!(
            "cli-promised",
            who = who,
            text = visible(&new.text).into_owned(),
            due = due.to_string(),
            id = id.get()
        )
    };
    writeln!(out, "{line}")?;
    Ok(())
}

/// `dunbar promises [--all] [--json]`: open promises (or all), by due day.
pub fn promises(
    dir: &DataFolder,
    clock: &Clock,
    all: bool,
    json: bool,
    out: &mut String,
) -> Result<()> {
    let session = Session::open(dir.clone(), Access::ReadOnly, "dunbar promises")?;
    let network = session.network();
    let mut listed: Vec<_> = network
        .promises()
        .filter(|p| all || p.is_open())
        .filter(|p| network.contact(p.contact).is_some_and(|c| !c.is_trashed()))
        .collect();
    listed.sort_by_key(|p| (p.done.is_some(), p.due, p.id));
    let name = |id| {
        network
            .contact(id)
            .map(|c| c.display_name.clone())
            .unwrap_or_default()
    };
    if json {
        let value: Vec<serde_json::Value> = listed
            .iter()
            .map(|p| {
                json!({
                    "id": p.id.get(),
                    "name": name(p.contact),
                    "text": p.text,
                    "due": p.due.to_string(),
                    "done": p.done.map(|d| d.to_string()),
                })
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
        return Ok(());
    }
    if listed.is_empty() {
        writeln!(out, "{}", tr!("cli-no-promises"))?;
    }
    let today = clock.today();
    for p in listed {
        let state = match p.done {
            Some(day) => tr!("cli-promise-kept", date = day.to_string()),
            None if p.due < today => tr!("cli-promise-overdue"),
            None if p.due == today => tr!("cli-promise-due-today"),
            None => String::new(),
        };
        let way = if p.direction == Direction::Inbound {
            format!(" ({})", tr!("cli-promise-theirs"))
        } else {
            String::new()
        };
        writeln!(
            out,
            "{:>6}  {}  {}{way}: {}{}",
            p.id.get(),
            p.due,
            visible(&name(p.contact)),
            visible(&p.text),
            if state.is_empty() {
                String::new()
            } else {
                format!("  [{state}]")
            }
        )?;
    }
    Ok(())
}

/// `dunbar promise-done ID [--gift]`.
pub fn promise_done(
    id: u64,
    gift: bool,
    dir: &DataFolder,
    clock: &Clock,
    out: &mut String,
) -> Result<()> {
    let mut session = open_for_writing(dir, "promise-done")?;
    let id = PromiseId::new(id);
    let promise = session
        .network()
        .promise(id)
        .cloned()
        .ok_or_else(|| anyhow!(tr!("cli-no-promise", id = id.get())))?;
    if !promise.is_open() {
        bail!(tr!("cli-promise-already-kept", id = id.get()));
    }
    let action = done_action(session.network(), id, clock.today(), gift)
        .ok_or_else(|| anyhow!(tr!("cli-no-promise", id = id.get())))?;
    session.apply(action)?;
    save_session(&mut session, clock)?;
    let line = if gift {
        tr!(
            "cli-promise-done-gift",
            text = visible(&promise.text).into_owned()
        )
    } else {
        tr!(
            "cli-promise-done",
            text = visible(&promise.text).into_owned()
        )
    };
    writeln!(out, "{line}")?;
    Ok(())
}

/// `dunbar brief NAME`: the meeting brief as text (the window's "Copy").
pub fn brief(
    name: &str,
    email: Option<&str>,
    dir: &DataFolder,
    clock: &Clock,
    out: &mut String,
) -> Result<()> {
    let session = Session::open(dir.clone(), Access::ReadOnly, "dunbar brief")?;
    let network = session.network();
    let id = find_contact_by(network, name, email)?;
    let brief = MeetingBrief::new(network, id, clock.today())
        .ok_or_else(|| anyhow!(tr!("cli-no-contact", name = visible(name).into_owned())))?;
    out.push_str(&visible_lines(&brief.to_text()));
    Ok(())
}

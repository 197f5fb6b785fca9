//! What one path holds for capture, recognised by content, and its plan: the one entry point
//! the command line and the window share.

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};

use crate::actions::Action;
use crate::domain::Network;
use crate::interchange::{ImportOptions, parse, plan_import};

use super::{
    CalendarOccurrence, CaptureError, CaptureOptions, CapturePlan, LinkedInExport, MailSource,
    is_calendar, is_linkedin_export, plan_calendar_capture, plan_linkedin_capture,
    plan_mail_capture, read_calendar, read_linkedin, read_mail_source_from,
};

/// The contents of a capture source.
#[derive(Clone, Debug)]
pub enum CaptureInput {
    /// Mail (mbox or Maildir).
    Mail(MailSource),
    /// Calendar occurrences, with the path they came from.
    Calendar(String, Vec<CalendarOccurrence>),
    /// A `LinkedIn` export, with the path it came from.
    LinkedIn(String, LinkedInExport),
}

impl CaptureInput {
    /// Where it came from, as remembered.
    pub fn path(&self) -> &str {
        match self {
            Self::Mail(source) => &source.path,
            Self::Calendar(path, _) | Self::LinkedIn(path, _) => path,
        }
    }

    /// What kind of source it is (`mbox`, `maildir`, `calendar`, `linkedin`).
    pub fn kind(&self) -> &str {
        match self {
            Self::Mail(source) => source.kind,
            Self::Calendar(..) => "calendar",
            Self::LinkedIn(..) => "linkedin",
        }
    }

    /// Whether planning it needs my e-mail addresses (mail and calendars) rather than my
    /// `LinkedIn` URL.
    pub fn needs_my_addresses(&self) -> bool {
        !matches!(self, Self::LinkedIn(..))
    }
}

fn remembered(path: &Path) -> String {
    std::fs::canonicalize(path)
        .unwrap_or_else(|_| path.to_owned())
        .display()
        .to_string()
}

/// Reads `path`: a `LinkedIn` export, a calendar, or mail. `progress` gets bytes read and
/// answers whether to go on (mail only; the others are small). An mbox that `network`
/// remembers and that only grew since is read from where its last scan ended.
pub fn read_capture_input(
    path: &Path,
    network: &Network,
    progress: impl FnMut(u64) -> bool,
) -> Result<CaptureInput, CaptureError> {
    if is_linkedin_export(path) {
        return Ok(CaptureInput::LinkedIn(
            remembered(path),
            read_linkedin(path)?,
        ));
    }
    if is_calendar(path) {
        return Ok(CaptureInput::Calendar(
            remembered(path),
            read_calendar(path)?,
        ));
    }
    let known = remembered(path);
    let resume = network
        .sources()
        .find(|s| s.kind == "mbox" && s.path == known)
        .map(|s| (s.scanned_bytes, s.fingerprint));
    read_mail_source_from(path, resume, progress).map(CaptureInput::Mail)
}

/// Plans the capture of `input` into `network` as of `now`, `window_months` back (or from
/// `since`). A `LinkedIn` export's connections are imported first, in the same batch, so
/// that its messages find them.
pub fn plan_input(
    network: &Network,
    input: &CaptureInput,
    now: NaiveDateTime,
    window_months: u32,
    since: Option<NaiveDate>,
) -> Result<CapturePlan, crate::domain::NetworkError> {
    let (kind, path, bytes, fingerprint) = match input {
        CaptureInput::Mail(source) => (
            source.kind,
            source.path.as_str(),
            source.bytes,
            source.fingerprint,
        ),
        CaptureInput::Calendar(path, _) => ("calendar", path.as_str(), 0, 0),
        CaptureInput::LinkedIn(path, _) => ("linkedin", path.as_str(), 0, 0),
    };
    let options = CaptureOptions {
        now,
        window_months,
        since,
        kind: kind.to_owned(),
        path: path.to_owned(),
        scanned_bytes: bytes,
        fingerprint,
    };
    match input {
        CaptureInput::Mail(source) => Ok(plan_mail_capture(network, &source.messages, &options)),
        CaptureInput::Calendar(_, occurrences) => {
            Ok(plan_calendar_capture(network, occurrences, &options))
        }
        CaptureInput::LinkedIn(_, export) => {
            let Some(connections) = &export.connections else {
                return Ok(plan_linkedin_capture(network, &export.items, &options));
            };
            let parsed = parse(connections, "Connections.csv");
            let import = plan_import(
                network,
                &parsed,
                &ImportOptions::new("LinkedIn export"),
                now.date(),
            )
            .to_action(network)
            .ok()
            .flatten();
            let Some(import) = import else {
                return Ok(plan_linkedin_capture(network, &export.items, &options));
            };
            let mut working = network.clone();
            let _inverse = import.clone().apply(&mut working)?;
            let mut plan = plan_linkedin_capture(&working, &export.items, &options);
            plan.action = Some(match plan.action {
                Some(capture) => Action::Batch {
                    label: format!("capture {path}"),
                    actions: vec![import, capture],
                },
                None => import,
            });
            Ok(plan)
        }
    }
}

//! `LinkedIn`'s data export: `messages.csv` and `Invitations.csv`, as files, in a folder, or
//! in the export `.zip` (whose `Connections.csv` is imported as contacts in the same step).
//! Columns are mapped by name; the `CONTENT` column is never read.

use std::io::Read;
use std::path::Path;

use chrono::{NaiveDateTime, TimeZone, Utc};

use super::{CaptureError, LinkedInItem};
use crate::interchange::linkedin_key;

/// What a `LinkedIn` export holds for capture.
#[derive(Clone, Debug, Default)]
pub struct LinkedInExport {
    /// Messages and invitations.
    pub items: Vec<LinkedInItem>,
    /// The export's `Connections.csv`, when it has one (imported as contacts first).
    pub connections: Option<Vec<u8>>,
}

/// A profile URL as a key: scheme, `www.`, query, trailing slash, percent-encoding and case
/// do not matter.
pub fn profile_key(url: &str) -> String {
    let bytes = url.trim().as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let hex = bytes
            .get(at + 1..at + 3)
            .filter(|_| byte == b'%')
            .and_then(|pair| std::str::from_utf8(pair).ok())
            .and_then(|pair| u8::from_str_radix(pair, 16).ok());
        if let Some(value) = hex {
            decoded.push(value);
            at += 3;
        } else {
            decoded.push(byte);
            at += 1;
        }
    }
    linkedin_key(&String::from_utf8_lossy(&decoded))
}

/// `2024-10-09 14:32:11 UTC` (messages, UTC) → local time.
fn message_time(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim().trim_end_matches("UTC").trim();
    let naive = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").ok()?;
    Some(
        Utc.from_utc_datetime(&naive)
            .with_timezone(&chrono::Local)
            .naive_local(),
    )
}

/// `10/9/24, 2:32 PM` (invitations: local, month first as `LinkedIn` writes it).
fn invitation_time(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    [
        "%m/%d/%y, %I:%M %p",
        "%m/%d/%Y, %I:%M %p",
        "%Y-%m-%d %H:%M:%S",
    ]
    .iter()
    .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
}

/// The rows of a CSV text as maps from lower-case column name to cell.
fn rows(text: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let Ok(headers) = reader.headers().cloned() else {
        return Vec::new();
    };
    let names: Vec<String> = headers
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_lowercase())
        .collect();
    reader
        .records()
        .filter_map(Result::ok)
        .map(|record| {
            names
                .iter()
                .zip(record.iter())
                .filter(|(name, _)| name.as_str() != "content" && name.as_str() != "message")
                .map(|(name, cell)| (name.clone(), cell.to_owned()))
                .collect()
        })
        .collect()
}

/// Reads `messages.csv`.
pub fn messages(text: &str) -> Vec<LinkedInItem> {
    rows(text)
        .into_iter()
        .map(|row| {
            let cell = |name: &str| {
                row.get(name)
                    .map(|c| c.trim().to_owned())
                    .unwrap_or_default()
            };
            let draft = cell("is message draft");
            LinkedInItem {
                conversation: cell("conversation id"),
                from_name: cell("from"),
                from: profile_key(&cell("sender profile url")),
                to: cell("recipient profile urls")
                    .split([',', ';'])
                    .map(profile_key)
                    .filter(|k| !k.is_empty())
                    .collect(),
                sent: message_time(&cell("date")),
                subject: Some(cell("subject"))
                    .filter(|s| !s.is_empty())
                    .unwrap_or_else(|| cell("conversation title")),
                draft: draft.eq_ignore_ascii_case("yes") || draft.eq_ignore_ascii_case("true"),
                invitation: None,
            }
        })
        .collect()
}

/// Reads `Invitations.csv`; only invitations with a message make a touch.
pub fn invitations(text: &str) -> Vec<LinkedInItem> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let Ok(headers) = reader.headers().cloned() else {
        return Vec::new();
    };
    let names: Vec<String> = headers.iter().map(|h| h.trim().to_lowercase()).collect();
    let column = |name: &str| names.iter().position(|n| n == name);
    let (from, sent, message, by_url, to_url) = (
        column("from"),
        column("sent at"),
        column("message"),
        column("inviterprofileurl"),
        column("inviteeprofileurl"),
    );
    reader
        .records()
        .filter_map(Result::ok)
        .enumerate()
        .filter_map(|(n, record)| {
            let cell =
                |at: Option<usize>| at.and_then(|i| record.get(i)).unwrap_or_default().trim();
            let text = cell(message);
            (!text.is_empty()).then(|| LinkedInItem {
                conversation: format!("invitation-{n}"),
                from_name: cell(from).to_owned(),
                from: profile_key(cell(by_url)),
                to: vec![profile_key(cell(to_url))],
                sent: invitation_time(cell(sent)),
                subject: String::new(),
                draft: false,
                invitation: Some(text.to_owned()),
            })
        })
        .collect()
}

fn file_name_is(name: &str, wanted: &str) -> bool {
    name.rsplit('/')
        .next()
        .is_some_and(|last| last.eq_ignore_ascii_case(wanted))
}

/// Whether `path` is a `LinkedIn` export: its zip, a folder with `messages.csv` or
/// `Invitations.csv`, or one of those files.
pub fn is_linkedin_export(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if path.is_dir() {
        return path.join("messages.csv").is_file() || path.join("Invitations.csv").is_file();
    }
    name == "messages.csv"
        || name == "invitations.csv"
        || (Path::new(&name)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
            && std::fs::File::open(path)
                .ok()
                .and_then(|f| zip::ZipArchive::new(f).ok())
                .is_some_and(|mut zip| {
                    (0..zip.len()).any(|i| {
                        zip.by_index(i).is_ok_and(|entry| {
                            entry.name().is_ok_and(|name| {
                                file_name_is(&name, "messages.csv")
                                    || file_name_is(&name, "Invitations.csv")
                            })
                        })
                    })
                }))
}

fn unreadable(path: &Path) -> impl FnOnce(std::io::Error) -> CaptureError + '_ {
    move |source| CaptureError::Unreadable {
        path: path.to_owned(),
        source,
    }
}

/// Reads a `LinkedIn` export at `path`.
pub fn read_linkedin(path: &Path) -> Result<LinkedInExport, CaptureError> {
    let mut export = LinkedInExport::default();
    let mut take = |name: &str, bytes: Vec<u8>| {
        let text = crate::interchange::decode_bytes(&bytes);
        if file_name_is(name, "messages.csv") {
            export.items.extend(messages(&text));
        } else if file_name_is(name, "Invitations.csv") {
            export.items.extend(invitations(&text));
        } else if file_name_is(name, "Connections.csv") {
            export.connections = Some(bytes);
        }
    };
    if path.is_dir() {
        for name in ["messages.csv", "Invitations.csv", "Connections.csv"] {
            let file = path.join(name);
            if file.is_file() {
                take(name, std::fs::read(&file).map_err(unreadable(&file))?);
            }
        }
        return Ok(export);
    }
    let is_zip = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"));
    if !is_zip {
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        take(&file_name, std::fs::read(path).map_err(unreadable(path))?);
        return Ok(export);
    }
    let file = std::fs::File::open(path).map_err(unreadable(path))?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| CaptureError::Unreadable {
        path: path.to_owned(),
        source: std::io::Error::other(e.to_string()),
    })?;
    for index in 0..zip.len() {
        let Ok(mut entry) = zip.by_index(index) else {
            continue;
        };
        let Ok(name) = entry.name().map(std::borrow::Cow::into_owned) else {
            continue;
        };
        let wanted = ["messages.csv", "Invitations.csv", "Connections.csv"]
            .iter()
            .any(|w| file_name_is(&name, w));
        if !wanted {
            continue;
        }
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).map_err(unreadable(path))?;
        take(&name, bytes);
    }
    Ok(export)
}

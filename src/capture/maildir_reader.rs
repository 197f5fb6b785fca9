//! Maildir folders (mbsync, offlineimap, notmuch): every file in `cur/` and `new/` of a
//! folder, or of a tree of them, is one message; only its header block is read.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use super::MailMessage;
use super::mail_headers::message_from_headers;

/// Whether `dir` is a Maildir folder (it has `cur` and `new`).
pub fn is_maildir(dir: &Path) -> bool {
    dir.join("cur").is_dir() && dir.join("new").is_dir()
}

/// Every Maildir folder at or under `dir` (a tree of them, such as `~/Mail`), sorted.
pub fn maildirs_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        if is_maildir(&next) {
            found.push(next.clone());
        }
        let Ok(entries) = fs::read_dir(&next) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            if path.is_dir() && name != "cur" && name != "new" && name != "tmp" {
                stack.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The folder's name as a label (`.Sent` → `Sent`, `INBOX.Trash` → `Trash`).
fn folder_label(dir: &Path) -> String {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    name.rsplit(['.', '/']).next().unwrap_or(&name).to_owned()
}

/// Reads the header block of every message of one Maildir folder; returns the bytes of
/// the headers read. Unreadable files are skipped.
pub fn read_maildir(dir: &Path, mut found: impl FnMut(MailMessage)) -> u64 {
    let labels = vec![folder_label(dir)];
    let mut files: Vec<PathBuf> = ["cur", "new"]
        .iter()
        .filter_map(|sub| fs::read_dir(dir.join(sub)).ok())
        .flat_map(|entries| entries.flatten().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    let mut bytes = 0u64;
    for file in files {
        let Ok(handle) = fs::File::open(&file) else {
            continue;
        };
        let mut reader = BufReader::new(handle);
        let mut headers = Vec::new();
        let mut line = Vec::new();
        let mut invitation = false;
        let mut in_headers = true;
        loop {
            line.clear();
            match reader.read_until(b'\n', &mut line) {
                Ok(0) | Err(_) => break,
                Ok(n) => bytes += n as u64,
            }
            if in_headers {
                if matches!(line.as_slice(), b"\n" | b"\r\n") {
                    in_headers = false;
                } else {
                    headers.extend_from_slice(&line);
                }
            } else if line.len() >= 27
                && line
                    .get(..27)
                    .is_some_and(|h| h.eq_ignore_ascii_case(b"content-type: text/calendar"))
            {
                invitation = true;
                break;
            }
        }
        if let Some(mut message) = message_from_headers(&headers, &labels, || None) {
            message.invitation |= invitation;
            found(message);
        }
    }
    bytes
}

//! A path given to capture, recognised by content: an mbox file (Takeout, Thunderbird,
//! Apple Mail), a Maildir folder or tree, or a folder holding mbox files (Thunderbird's
//! profile folders: `.msf` index files are skipped, `.sbd` subfolders read).

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::maildir_reader::{maildirs_under, read_maildir};
use super::mbox_reader::{looks_like_mbox, read_mbox};
use super::{CaptureError, MailMessage};

/// What was read from one path.
#[derive(Clone, Debug, Default)]
pub struct MailSource {
    /// `mbox` or `maildir`.
    pub kind: &'static str,
    /// The path as remembered (absolute when it could be made so).
    pub path: String,
    /// Every message's headers, in file order.
    pub messages: Vec<MailMessage>,
    /// Bytes read.
    pub bytes: u64,
}

fn unreadable(path: &Path) -> impl FnOnce(std::io::Error) -> CaptureError + '_ {
    move |source| {
        if source.kind() == std::io::ErrorKind::Interrupted {
            CaptureError::Cancelled
        } else {
            CaptureError::Unreadable {
                path: path.to_owned(),
                source,
            }
        }
    }
}

/// The bytes `read_mail_source` will read at most: the file's size, or the sizes of the
/// files under the folder (for a progress bar).
pub fn source_size(path: &Path) -> u64 {
    if !path.is_dir() {
        return std::fs::metadata(path).map_or(0, |m| m.len());
    }
    let mut total = 0;
    let mut stack = vec![path.to_path_buf()];
    while let Some(next) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&next) else {
            continue;
        };
        for entry in entries.flatten() {
            let entry_path = entry.path();
            if entry_path.is_dir() {
                stack.push(entry_path);
            } else {
                total += entry.metadata().map_or(0, |m| m.len());
            }
        }
    }
    total
}

/// The first bytes of a file, to recognise it.
fn head_of(path: &Path) -> Result<Vec<u8>, CaptureError> {
    let mut head = vec![0u8; 512];
    let mut file = File::open(path).map_err(unreadable(path))?;
    let n = file.read(&mut head).map_err(unreadable(path))?;
    head.truncate(n);
    Ok(head)
}

/// The mbox files in a folder tree (not `.msf` indexes; `.sbd` subfolders included).
fn mbox_files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&next) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_none_or(|e| e != "msf")
                && head_of(&path).is_ok_and(|head| looks_like_mbox(&head))
            {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The label of an mbox file: its name (`Sent`, `Inbox`, `Trash`), without `.mbox`.
fn mbox_label(path: &Path) -> String {
    path.file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Reads one path. `progress` gets the bytes read so far and answers whether to go on
/// (false cancels with `CaptureError::Cancelled`).
pub fn read_mail_source(
    path: &Path,
    mut progress: impl FnMut(u64) -> bool,
) -> Result<MailSource, CaptureError> {
    let remembered = std::fs::canonicalize(path)
        .unwrap_or_else(|_| path.to_owned())
        .display()
        .to_string();
    let mut source = MailSource {
        path: remembered,
        ..MailSource::default()
    };
    if path.is_dir() {
        let maildirs = maildirs_under(path);
        if !maildirs.is_empty() {
            source.kind = "maildir";
            for dir in maildirs {
                source.bytes += read_maildir(&dir, |m| source.messages.push(m));
                if !progress(source.bytes) {
                    return Err(CaptureError::Cancelled);
                }
            }
            return Ok(source);
        }
        let files = mbox_files_under(path);
        if files.is_empty() {
            return Err(CaptureError::NoMail {
                path: path.to_owned(),
            });
        }
        source.kind = "mbox";
        for file in files {
            let labels = vec![mbox_label(&file)];
            let handle = File::open(&file).map_err(unreadable(&file))?;
            let done = source.bytes;
            source.bytes += read_mbox(
                handle,
                &labels,
                |m| source.messages.push(m),
                |n| progress(done + n),
            )
            .map_err(unreadable(&file))?;
        }
        return Ok(source);
    }
    let head = head_of(path)?;
    if looks_like_mbox(&head) {
        source.kind = "mbox";
        let labels = vec![mbox_label(path)];
        let handle = File::open(path).map_err(unreadable(path))?;
        source.bytes = read_mbox(handle, &labels, |m| source.messages.push(m), progress)
            .map_err(unreadable(path))?;
        return Ok(source);
    }
    let text = String::from_utf8_lossy(&head).to_ascii_uppercase();
    let what = if head.starts_with(b"PK") {
        Some("a zip archive (LinkedIn or calendar export)")
    } else if text.contains("CONVERSATION ID") || text.contains("INVITEEPROFILEURL") {
        Some("a LinkedIn export")
    } else {
        None
    };
    Err(match what {
        Some(what) => CaptureError::NotYetSupported {
            what,
            path: path.to_owned(),
        },
        None => CaptureError::NoMail {
            path: path.to_owned(),
        },
    })
}

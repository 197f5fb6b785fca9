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
    /// Where reading ended: the file's size for an mbox (also when only its new end was
    /// read), else the bytes read.
    pub bytes: u64,
    /// Where reading started (0, or where the last scan of a grown mbox ended).
    pub start: u64,
    /// The fingerprint of the bytes before `bytes` (an mbox file only).
    pub fingerprint: u64,
}

/// How many bytes before the end of the last scan make its fingerprint.
const FINGERPRINT_BYTES: u64 = 4096;

/// FNV-1a over the `FINGERPRINT_BYTES` before `end` of the file: stable from build to build.
pub fn fingerprint(path: &Path, end: u64) -> Option<u64> {
    use std::io::{Seek, SeekFrom};
    let mut file = File::open(path).ok()?;
    let start = end.saturating_sub(FINGERPRINT_BYTES);
    file.seek(SeekFrom::Start(start)).ok()?;
    let mut bytes = Vec::new();
    file.take(end - start).read_to_end(&mut bytes).ok()?;
    if u64::try_from(bytes.len()).ok()? != end - start {
        return None;
    }
    Some(bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    }))
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

/// The label of an mbox file: its name (`Sent`, `Inbox`, `Trash`), without `.mbox`; Apple
/// Mail's export keeps each mailbox as `Sent.mbox/mbox`, named by its folder.
fn mbox_label(path: &Path) -> String {
    let named = if path.file_name().is_some_and(|n| n == "mbox") {
        path.parent().unwrap_or(path)
    } else {
        path
    };
    named
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Reads one path. `progress` gets the bytes read so far and answers whether to go on
/// (false cancels with `CaptureError::Cancelled`).
pub fn read_mail_source(
    path: &Path,
    progress: impl FnMut(u64) -> bool,
) -> Result<MailSource, CaptureError> {
    read_mail_source_from(path, None, progress)
}

/// Like `read_mail_source`, but an mbox file that only grew since a scan that ended at
/// `resume.0` with fingerprint `resume.1` is read from there.
pub fn read_mail_source_from(
    path: &Path,
    resume: Option<(u64, u64)>,
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
        use std::io::{Seek, SeekFrom};
        source.kind = "mbox";
        let labels = vec![mbox_label(path)];
        let size = std::fs::metadata(path).map_err(unreadable(path))?.len();
        let start = resume
            .filter(|(end, print)| {
                *end > 0 && *end <= size && fingerprint(path, *end) == Some(*print)
            })
            .map_or(0, |(end, _)| end);
        let mut handle = File::open(path).map_err(unreadable(path))?;
        handle
            .seek(SeekFrom::Start(start))
            .map_err(unreadable(path))?;
        let read = read_mbox(
            handle,
            &labels,
            |m| source.messages.push(m),
            |n| progress(start + n),
        )
        .map_err(unreadable(path))?;
        source.start = start;
        source.bytes = start + read;
        source.fingerprint = fingerprint(path, source.bytes).unwrap_or_default();
        return Ok(source);
    }
    let text = String::from_utf8_lossy(&head).to_ascii_uppercase();
    let what = if head.starts_with(b"PK") {
        Some("zip")
    } else if text.contains("CONVERSATION ID") || text.contains("INVITEEPROFILEURL") {
        Some("linkedin")
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

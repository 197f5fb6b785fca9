//! mbox files (Google Takeout, Thunderbird, Apple Mail), read as a stream in constant
//! memory: each message's header block goes to `mail-parser`, its body is skipped line by
//! line (only a `Content-Type: text/calendar` part is noticed, to tell invitations apart)
//! and never kept. "From " separator lines, `>From ` escaping, LF or CRLF.

use std::io::{BufRead, BufReader, Read};

use chrono::NaiveDateTime;

use super::MailMessage;
use super::mail_headers::message_from_headers;

/// How large a header block may grow before the rest is ignored (a real one is a few KB).
const MAX_HEADER_BYTES: usize = 256 * 1024;

/// The start of a body line that opens a calendar part (an invitation).
const CALENDAR_PART: &[u8] = b"content-type: text/calendar";

/// Whether the bytes start like an mbox (a "From " line).
pub fn looks_like_mbox(start: &[u8]) -> bool {
    start.starts_with(b"From ")
}

/// The date of a separator line (`From sender@x Tue Nov 25 10:00:00 2026`), used when a
/// message has no `Date` header.
fn separator_date(line: &[u8]) -> Option<NaiveDateTime> {
    let text = std::str::from_utf8(line).ok()?.trim();
    let words: Vec<&str> = text.split_whitespace().collect();
    let tail = words.get(words.len().checked_sub(5)?..)?.join(" ");
    NaiveDateTime::parse_from_str(&tail, "%a %b %e %H:%M:%S %Y").ok()
}

fn is_blank(line: &[u8]) -> bool {
    matches!(line, b"\n" | b"\r\n" | b"")
}

/// Reads every message of an mbox stream, handing each to `found`; `progress` gets the bytes
/// read so far now and then and answers whether to go on (false cancels: the read ends with
/// an `Interrupted` error). Returns the bytes read. `labels` name where the messages were
/// found (the file's name, such as `Sent`).
pub fn read_mbox(
    input: impl Read,
    labels: &[String],
    mut found: impl FnMut(MailMessage),
    mut progress: impl FnMut(u64) -> bool,
) -> std::io::Result<u64> {
    let mut reader = BufReader::with_capacity(1 << 20, input);
    let mut line: Vec<u8> = Vec::with_capacity(512);
    let mut headers: Vec<u8> = Vec::with_capacity(8 * 1024);
    let mut in_headers = false;
    let mut fallback: Option<NaiveDateTime> = None;
    let mut invitation = false;
    let mut pending: Option<MailMessage> = None;
    let mut read: u64 = 0;
    let mut next_report: u64 = 1 << 22;
    loop {
        line.clear();
        let n = reader.read_until(b'\n', &mut line)?;
        if n == 0 {
            break;
        }
        read += n as u64;
        if read >= next_report {
            if !progress(read) {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::Interrupted,
                    "capture cancelled",
                ));
            }
            next_report = read + (1 << 22);
        }
        if line.starts_with(b"From ") {
            if let Some(mut message) = pending.take() {
                message.invitation |= invitation;
                found(message);
            }
            if in_headers && !headers.is_empty() {
                // A message that ended inside its headers.
                if let Some(message) = message_from_headers(&headers, labels, fallback) {
                    found(message);
                }
            }
            fallback = separator_date(&line);
            headers.clear();
            in_headers = true;
            invitation = false;
            continue;
        }
        if in_headers {
            if is_blank(&line) {
                in_headers = false;
                pending = message_from_headers(&headers, labels, fallback);
                headers.clear();
            } else if headers.len() < MAX_HEADER_BYTES {
                headers.extend_from_slice(&line);
            }
        } else if line.len() >= CALENDAR_PART.len()
            && line
                .get(..CALENDAR_PART.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(CALENDAR_PART))
        {
            invitation = true;
        }
    }
    if in_headers && !headers.is_empty() {
        pending = message_from_headers(&headers, labels, fallback);
    }
    if let Some(mut message) = pending.take() {
        message.invitation |= invitation;
        found(message);
    }
    progress(read);
    Ok(read)
}

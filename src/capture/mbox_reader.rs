//! mbox files (Google Takeout, Thunderbird, Apple Mail), read as a stream in constant
//! memory, a chunk at a time: each message's header block goes to `mail-parser`; its body is
//! skipped by searching for the next separator with `memchr` (only a
//! `Content-Type: text/calendar` part is noticed, to tell invitations apart) and never kept. "From " separator lines, `>From ` escaping, LF or CRLF.

use std::io::Read;

use chrono::NaiveDateTime;

use super::MailMessage;
use super::mail_headers::message_from_headers;

/// How large a header block may grow before the rest is ignored (a real one is a few KB).
const MAX_HEADER_BYTES: usize = 256 * 1024;

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

/// How much is read from the file at a time.
const CHUNK_BYTES: usize = 1 << 20;

/// Bytes kept from the end of a chunk whose separator search found nothing: a separator or
/// a `Content-Type` line may straddle two chunks.
const OVERLAP_BYTES: usize = 64;

/// Whether `body` holds a `Content-Type: text/calendar` line (an invitation).
fn has_calendar_part(body: &[u8]) -> bool {
    memchr::memmem::find_iter(body, b"text/calendar").any(|at| {
        let line_start = body
            .get(..at)
            .and_then(|before| memchr::memrchr(b'\n', before))
            .map_or(0, |n| n + 1);
        body.get(line_start..at).is_some_and(|head| {
            head.len() >= 13
                && head
                    .get(..13)
                    .is_some_and(|h| h.eq_ignore_ascii_case(b"content-type:"))
        })
    })
}

/// Where the first blank line of `text` is: the header block's length and the bytes up to
/// after the blank line. Only the header's own lines are looked at.
fn blank_line(text: &[u8]) -> Option<(usize, usize)> {
    memchr::memchr_iter(b'\n', text).find_map(|at| {
        let next = text.get(at + 1..)?;
        if next.starts_with(b"\n") {
            Some((at + 1, at + 2))
        } else if next.starts_with(b"\r\n") {
            Some((at + 1, at + 3))
        } else {
            None
        }
    })
}

/// The mbox read as a stream of chunks: a window `buf[pos..]` onto what has not been used.
struct Chunks<R: Read> {
    input: R,
    buf: Vec<u8>,
    pos: usize,
    eof: bool,
    /// Bytes handed out so far (consumed), for progress.
    used: u64,
}

impl<R: Read> Chunks<R> {
    /// Reads the next chunk behind what is left; false at the end of the input.
    fn refill(&mut self) -> std::io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        if self.pos > 0 {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
        let have = self.buf.len();
        self.buf.resize(have + CHUNK_BYTES, 0);
        let n = loop {
            match self
                .input
                .read(self.buf.get_mut(have..).unwrap_or_default())
            {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.buf.truncate(have);
                    return Err(e);
                }
            }
        };
        self.buf.truncate(have + n);
        if n == 0 {
            self.eof = true;
        }
        Ok(n > 0)
    }

    fn rest(&self) -> &[u8] {
        self.buf.get(self.pos..).unwrap_or_default()
    }

    fn advance(&mut self, n: usize) {
        self.pos = (self.pos + n).min(self.buf.len());
        self.used += n as u64;
    }
}

/// Reads every message of an mbox stream, handing each to `found`; `progress` gets the bytes
/// read so far now and then and answers whether to go on (false cancels: the read ends with
/// an `Interrupted` error). Returns the bytes read. `labels` name where the messages were
/// found (the file's name, such as `Sent`). Bodies are skipped by searching for the next
/// separator, never copied or parsed.
#[allow(clippy::too_many_lines)] // one pass: separator line, header block, body
pub fn read_mbox(
    input: impl Read,
    labels: &[String],
    mut found: impl FnMut(MailMessage),
    mut progress: impl FnMut(u64) -> bool,
) -> std::io::Result<u64> {
    let mut chunks = Chunks {
        input,
        buf: Vec::with_capacity(CHUNK_BYTES + OVERLAP_BYTES),
        pos: 0,
        eof: false,
        used: 0,
    };
    let mut next_report: u64 = 1 << 22;
    chunks.refill()?;
    // Anything before the first separator is no message.
    loop {
        if chunks.rest().starts_with(b"From ") {
            break;
        }
        let rest = chunks.rest();
        if let Some(at) = memchr::memmem::find(rest, b"\nFrom ") {
            chunks.advance(at + 1);
            break;
        }
        let keep = rest.len().min(OVERLAP_BYTES);
        chunks.advance(rest.len() - keep);
        if !chunks.refill()? {
            let left = chunks.rest().len();
            chunks.advance(left);
            progress(chunks.used);
            return Ok(chunks.used);
        }
    }
    // At a separator line.
    while !chunks.rest().is_empty() || chunks.refill()? {
        // The separator line.
        let line_end = loop {
            if let Some(at) = memchr::memchr(b'\n', chunks.rest()) {
                break Some(at);
            }
            if !chunks.refill()? {
                break None;
            }
        };
        let Some(line_end) = line_end else {
            let left = chunks.rest().len();
            chunks.advance(left);
            break;
        };
        let fallback = chunks.rest().get(..line_end).and_then(separator_date);
        chunks.advance(line_end + 1);
        // The header block, up to the first blank line.
        let header_end = loop {
            let rest = chunks.rest();
            let blank = blank_line(rest);
            // A header block that starts with a blank line is empty.
            let leading = if rest.starts_with(b"\n") {
                Some((0, 1))
            } else if rest.starts_with(b"\r\n") {
                Some((0, 2))
            } else {
                None
            };
            if let Some(end) = leading.or(blank) {
                break end;
            }
            if rest.len() > MAX_HEADER_BYTES || !chunks.refill()? {
                let all = chunks.rest().len();
                break (all, all);
            }
        };
        let headers = chunks
            .rest()
            .get(..header_end.0)
            .unwrap_or_default()
            .to_vec();
        chunks.advance(header_end.1);
        let mut invitation = false;
        // The body, up to the next separator (or the end).
        loop {
            let rest = chunks.rest();
            if rest.starts_with(b"From ") {
                break;
            }
            if let Some(at) = memchr::memmem::find(rest, b"\nFrom ") {
                invitation |= has_calendar_part(rest.get(..at).unwrap_or_default());
                chunks.advance(at + 1);
                break;
            }
            invitation |= has_calendar_part(rest);
            let keep = rest.len().min(OVERLAP_BYTES);
            chunks.advance(rest.len() - keep);
            if chunks.used >= next_report {
                if !progress(chunks.used) {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::Interrupted,
                        "capture cancelled",
                    ));
                }
                next_report = chunks.used + (1 << 22);
            }
            if !chunks.refill()? {
                let left = chunks.rest().len();
                chunks.advance(left);
                break;
            }
        }
        if let Some(mut message) = message_from_headers(&headers, labels, fallback) {
            message.invitation |= invitation;
            found(message);
        }
        if chunks.used >= next_report {
            if !progress(chunks.used) {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::Interrupted,
                    "capture cancelled",
                ));
            }
            next_report = chunks.used + (1 << 22);
        }
    }
    progress(chunks.used);
    Ok(chunks.used)
}

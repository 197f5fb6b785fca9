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

    /// Reads the first chunk and skips what comes before the first separator (no message);
    /// false when there is none.
    fn skip_preamble(&mut self) -> std::io::Result<bool> {
        self.refill()?;
        loop {
            if self.rest().starts_with(b"From ") {
                return Ok(true);
            }
            let rest = self.rest();
            if let Some(at) = memchr::memmem::find(rest, b"\nFrom ") {
                self.advance(at + 1);
                return Ok(true);
            }
            let keep = rest.len().min(OVERLAP_BYTES);
            self.advance(rest.len() - keep);
            if !self.refill()? {
                let left = self.rest().len();
                self.advance(left);
                return Ok(false);
            }
        }
    }

    fn rest(&self) -> &[u8] {
        self.buf.get(self.pos..).unwrap_or_default()
    }

    fn advance(&mut self, n: usize) {
        self.pos = (self.pos + n).min(self.buf.len());
        self.used += n as u64;
    }
}

/// Messages found by the scanning thread, handed to the parsing thread together: their
/// header blocks and separator lines back to back in one buffer.
#[derive(Default)]
struct Batch {
    bytes: Vec<u8>,
    /// Per message: the header block's end and the separator line's end in `bytes` (each
    /// starts where the one before ended), and whether its body holds an invitation.
    items: Vec<(usize, usize, bool)>,
    /// Bytes of the file used when the batch was sent.
    used: u64,
}

/// How many messages go to the parsing thread at once.
const BATCH_MESSAGES: usize = 256;

/// How many batches may wait for the parsing thread (memory stays constant).
const BATCHES_IN_FLIGHT: usize = 4;

/// Reads every message of an mbox stream, handing each to `found`; `progress` gets the bytes
/// read so far now and then and answers whether to go on (false cancels: the read ends with
/// an `Interrupted` error). Returns the bytes read. `labels` name where the messages were
/// found (the file's name, such as `Sent`). Bodies are skipped by searching for the next
/// separator, never copied or parsed.
///
/// Two threads share the work: one reads the file and finds the header blocks, the other
/// (the caller's) parses them, a batch at a time through a bounded channel.
pub fn read_mbox(
    input: impl Read + Send,
    labels: &[String],
    mut found: impl FnMut(MailMessage),
    mut progress: impl FnMut(u64) -> bool,
) -> std::io::Result<u64> {
    let (send, receive) = std::sync::mpsc::sync_channel::<Batch>(BATCHES_IN_FLIGHT);
    std::thread::scope(|scope| {
        let scanner = scope.spawn(move || {
            let mut batch = Batch::default();
            let mut next_report: u64 = 1 << 22;
            let used = scan_mbox(input, |headers, separator, invitation, used| {
                batch.bytes.extend_from_slice(headers);
                let header_end = batch.bytes.len();
                batch.bytes.extend_from_slice(separator);
                batch
                    .items
                    .push((header_end, batch.bytes.len(), invitation));
                if batch.items.len() >= BATCH_MESSAGES || used >= next_report {
                    next_report = used + (1 << 22);
                    batch.used = used;
                    send.send(std::mem::take(&mut batch)).is_ok()
                } else {
                    true
                }
            })?;
            batch.used = used;
            // The parsing side is gone only when it cancelled; nothing to tell it then.
            let _ = send.send(batch);
            Ok::<u64, std::io::Error>(used)
        });
        let mut cancelled = false;
        for batch in &receive {
            let mut from = 0;
            for &(header_end, separator_end, invitation) in &batch.items {
                let headers = batch.bytes.get(from..header_end).unwrap_or_default();
                let separator = batch
                    .bytes
                    .get(header_end..separator_end)
                    .unwrap_or_default();
                from = separator_end;
                if let Some(mut message) =
                    message_from_headers(headers, labels, || separator_date(separator))
                {
                    message.invitation |= invitation;
                    found(message);
                }
            }
            if !progress(batch.used) {
                cancelled = true;
                break;
            }
        }
        // Dropping the receiver stops the scanner at its next batch.
        drop(receive);
        let used = scanner
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("the mbox reader stopped")))?;
        if cancelled {
            return Err(std::io::Error::new(
                std::io::ErrorKind::Interrupted,
                "capture cancelled",
            ));
        }
        Ok(used)
    })
}

/// Finds every message of an mbox stream: `emit` gets its header block, its separator line,
/// whether its body holds an invitation, and the bytes used so far, and answers whether to
/// go on. Returns the bytes read.
fn scan_mbox(
    input: impl Read,
    mut emit: impl FnMut(&[u8], &[u8], bool, u64) -> bool,
) -> std::io::Result<u64> {
    let mut chunks = Chunks {
        input,
        buf: Vec::with_capacity(CHUNK_BYTES + OVERLAP_BYTES),
        pos: 0,
        eof: false,
        used: 0,
    };
    let mut separator: Vec<u8> = Vec::with_capacity(128);
    if !chunks.skip_preamble()? {
        return Ok(chunks.used);
    }
    let finder = memchr::memmem::Finder::new(b"\nFrom ");
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
        separator.clear();
        separator.extend_from_slice(chunks.rest().get(..line_end).unwrap_or_default());
        chunks.advance(line_end + 1);
        // The header block, up to the first blank line.
        let header_end = loop {
            let rest = chunks.rest();
            // A header block that starts with a blank line is empty.
            let leading = if rest.starts_with(b"\n") {
                Some((0, 1))
            } else if rest.starts_with(b"\r\n") {
                Some((0, 2))
            } else {
                None
            };
            if let Some(end) = leading.or_else(|| blank_line(rest)) {
                break end;
            }
            if rest.len() > MAX_HEADER_BYTES || !chunks.refill()? {
                let all = chunks.rest().len();
                break (all, all);
            }
        };
        let header_start = chunks.pos;
        chunks.advance(header_end.1);
        let mut invitation = false;
        // The body, up to the next separator (or the end). The header block stays in the
        // buffer while the body is searched within the same chunk; when the body runs past
        // it, the header block is copied out first.
        let mut headers: Option<Vec<u8>> = None;
        loop {
            let rest = chunks.rest();
            if rest.starts_with(b"From ") {
                break;
            }
            if let Some(at) = finder.find(rest) {
                invitation |= has_calendar_part(rest.get(..at).unwrap_or_default());
                chunks.advance(at + 1);
                break;
            }
            invitation |= has_calendar_part(rest);
            let keep = rest.len().min(OVERLAP_BYTES);
            chunks.advance(rest.len() - keep);
            if headers.is_none() {
                headers = Some(
                    chunks
                        .buf
                        .get(header_start..header_start + header_end.0)
                        .unwrap_or_default()
                        .to_vec(),
                );
            }
            if !chunks.refill()? {
                let left = chunks.rest().len();
                chunks.advance(left);
                break;
            }
        }
        let block = match &headers {
            Some(copy) => copy.as_slice(),
            None => chunks
                .buf
                .get(header_start..header_start + header_end.0)
                .unwrap_or_default(),
        };
        if !emit(block, &separator, invitation, chunks.used) {
            break;
        }
    }
    Ok(chunks.used)
}

#[cfg(test)]
mod tests {
    use super::read_mbox;

    /// Messages whose bodies run over several chunks, a long header block, a preamble, and an invitation at the end of a long body: every message is
    /// found with its own headers, in order, and the progress reaches the end.
    #[test]
    fn long_bodies_and_straddling_headers_are_read_whole() {
        let mut text = b"preamble line\n".to_vec();
        for n in 0..6_usize {
            text.extend_from_slice(b"From a@b Mon Nov 02 10:00:00 2026\r\n");
            // A header block of 200 KB, read over more than one chunk.
            if n == 1 {
                text.extend_from_slice(format!("X-Pad: {}\r\n", "p".repeat(200_000)).as_bytes());
            }
            text.extend_from_slice(
                format!(
                    "Message-ID: <m{n}@x>\r\nSubject: Number {n}\r\nFrom: P <p@x.example>\r\n\r\n"
                )
                .as_bytes(),
            );
            let body_len = if n % 2 == 0 { 3 << 20 } else { 100 };
            text.extend(std::iter::repeat_n(b'x', body_len));
            if n == 4 {
                text.extend_from_slice(b"\r\nContent-Type: text/calendar; method=REQUEST\r\n");
            }
            text.extend_from_slice(b"\r\n>From the body\r\n\r\n");
        }
        let mut found = Vec::new();
        let mut last_progress = 0;
        let read = read_mbox(
            text.as_slice(),
            &[],
            |m| found.push(m),
            |n| {
                last_progress = n;
                true
            },
        )
        .unwrap();
        assert_eq!(read, text.len() as u64);
        assert_eq!(last_progress, read);
        let subjects: Vec<&str> = found.iter().map(|m| m.subject.as_str()).collect();
        assert_eq!(
            subjects,
            [
                "Number 0", "Number 1", "Number 2", "Number 3", "Number 4", "Number 5"
            ]
        );
        let invitations: Vec<bool> = found.iter().map(|m| m.invitation).collect();
        assert_eq!(invitations, [false, false, false, false, true, false]);
        assert!(
            found.iter().all(|m| m.sent.is_some()),
            "the separator's date"
        );
    }

    /// Cancelling stops the read with `Interrupted`.
    #[test]
    fn a_cancelled_read_ends_interrupted() {
        let mut text = Vec::new();
        for n in 0..2_000 {
            text.extend_from_slice(
                format!("From a@b Mon Nov 02 10:00:00 2026\nMessage-ID: <{n}@x>\n\n").as_bytes(),
            );
            text.extend(std::iter::repeat_n(b'y', 10_000));
            text.push(b'\n');
        }
        let error = read_mbox(text.as_slice(), &[], |_| {}, |_| false).unwrap_err();
        assert_eq!(error.kind(), std::io::ErrorKind::Interrupted);
    }
}

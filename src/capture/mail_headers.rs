//! One message's header block into a `MailMessage`, through `mail-parser` (RFC 2047 names,
//! folded lines, address groups); the body is never handed to it.

use chrono::{DateTime, FixedOffset, Local, NaiveDate, NaiveDateTime};
use mail_parser::{Address, HeaderValue, MessageParser};

use super::{MailMessage, MailPerson};

/// Reads a header block. `labels` are where the message was found (an mbox file's name, a
/// Maildir folder); `fallback_date` is the mbox "From " line's date. `None` when the bytes
/// hold no header at all. The fallback is worked out only for a message without a `Date`.
pub fn message_from_headers(
    headers: &[u8],
    labels: &[String],
    fallback_date: impl FnOnce() -> Option<NaiveDateTime>,
) -> Option<MailMessage> {
    let parsed = MessageParser::new().parse_headers(headers)?;
    let raw = |name: &'static str| parsed.header_raw(name).map(str::trim);
    let mut message = MailMessage {
        message_id: parsed.message_id().map(clean_id).unwrap_or_default(),
        sent: parsed.date().and_then(local_time).or_else(fallback_date),
        from: parsed.from().and_then(|a| people(a).into_iter().next()),
        to: parsed.to().map(people).unwrap_or_default(),
        cc: parsed.cc().map(people).unwrap_or_default(),
        subject: parsed.subject().unwrap_or_default().trim().to_owned(),
        labels: labels.to_vec(),
        ..MailMessage::default()
    };
    if let Some(gmail) = raw("X-Gmail-Labels") {
        message.labels.extend(
            gmail
                .split(',')
                .map(|l| l.trim().trim_matches('"').to_owned())
                .filter(|l| !l.is_empty()),
        );
    }
    let first_id = |value: &HeaderValue<'_>| match value {
        HeaderValue::Text(text) => Some(clean_id(text)),
        HeaderValue::TextList(list) => list.first().map(|t| clean_id(t)),
        _ => None,
    };
    message.thread = raw("X-GM-THRID")
        .map(str::to_owned)
        .filter(|t| !t.is_empty())
        .or_else(|| first_id(parsed.references()))
        .or_else(|| first_id(parsed.in_reply_to()))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| message.message_id.clone());
    let precedence = raw("Precedence").unwrap_or_default().to_ascii_lowercase();
    message.newsletter = raw("List-Id").is_some()
        || raw("List-Unsubscribe").is_some()
        || matches!(precedence.as_str(), "bulk" | "list" | "junk");
    message.auto_submitted = raw("Auto-Submitted").is_some_and(|v| !v.eq_ignore_ascii_case("no"))
        || raw("X-Autoreply").is_some()
        || raw("X-Autorespond").is_some();
    let content_type = raw("Content-Type").unwrap_or_default().to_ascii_lowercase();
    message.invitation = content_type.starts_with("text/calendar")
        || raw("Content-Class").is_some_and(|v| v.to_ascii_lowercase().contains("calendarmessage"));
    Some(message)
}

/// `<abc@host>` → `abc@host`.
fn clean_id(id: &str) -> String {
    id.trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim()
        .to_owned()
}

fn people(address: &Address<'_>) -> Vec<MailPerson> {
    address
        .iter()
        .filter_map(|addr| {
            let email = addr.address()?.trim().to_ascii_lowercase();
            (!email.is_empty()).then(|| MailPerson {
                name: addr.name().unwrap_or_default().trim().to_owned(),
                address: email,
            })
        })
        .collect()
}

/// A `Date` header as local time (the user's time zone decides the touch's day).
fn local_time(date: &mail_parser::DateTime) -> Option<NaiveDateTime> {
    let day = NaiveDate::from_ymd_opt(
        i32::from(date.year),
        u32::from(date.month),
        u32::from(date.day),
    )?;
    let at = day.and_hms_opt(
        u32::from(date.hour),
        u32::from(date.minute),
        u32::from(date.second),
    )?;
    let seconds = (i32::from(date.tz_hour) * 3600 + i32::from(date.tz_minute) * 60)
        * if date.tz_before_gmt { -1 } else { 1 };
    let offset = FixedOffset::east_opt(seconds)?;
    let zoned: DateTime<FixedOffset> = at.and_local_timezone(offset).single()?;
    Some(zoned.with_timezone(&Local).naive_local())
}

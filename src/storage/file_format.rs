//! The data file's layout: `(format_version: N, network: (...))`, and migrations.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::domain::{Network, NetworkError};

use super::StorageError;

/// The format this build writes. Bump it with a migration and a round-trip test.
pub const FORMAT_VERSION: u32 = 3;

/// What is written to disk.
#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format_version: u32,
    network: &'a Network,
}

/// What is read from disk (every version so far shares this shape). Unknown fields are
/// refused here and in every record of the network: saving would drop them (DESIGN §5).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvelopeIn {
    format_version: u32,
    #[serde(default)]
    network: Network,
}

/// Serialises a network into the data file's text.
pub fn to_text(network: &Network) -> Result<String, StorageError> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("  ")
        .struct_names(false)
        // One record per line: readable, diff-friendly, and a third of the size (and of
        // the parse time) of one field per line on a network of 300,000 touches.
        .depth_limit(3);
    ron::ser::to_string_pretty(
        &EnvelopeOut {
            format_version: FORMAT_VERSION,
            network,
        },
        config,
    )
    .map(|mut text| {
        text.push('\n');
        text
    })
    .map_err(|e| StorageError::Serialise(e.to_string()))
}

/// The longest part of the file quoted in an error message, in characters.
const QUOTE_CHARS: usize = 80;
/// The longest identifier accepted before the opening parenthesis (a struct name).
const MAX_HEAD_IDENTIFIER: usize = 64;

/// Reads the version number from the head of the file without parsing the rest, so that a
/// newer file is recognised even when this build could not parse it.
pub fn peek_version(text: &str) -> Option<u32> {
    let text = without_bom(text);
    let head = text.get(..text.len().min(512)).unwrap_or(text);
    let at = head.find("format_version")?;
    let rest = head.get(at + "format_version".len()..)?;
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// The text without a UTF-8 byte order mark at its start (some editors add one).
fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// `text` cut to `QUOTE_CHARS` characters, so that a huge token makes a short message.
pub(super) fn shortened(text: &str) -> String {
    match text.char_indices().nth(QUOTE_CHARS) {
        Some((at, _)) => format!("{}…", text.get(..at).unwrap_or_default()),
        None => text.to_owned(),
    }
}

/// Refuses a file whose first token cannot start a network (a huge run of letters, say)
/// without reading the whole token: the file starts with `(`, optionally after a struct
/// name, a comment or an attribute.
fn check_head(path: &Path, text: &str) -> Result<(), StorageError> {
    let start = text.trim_start();
    let name_len = start
        .chars()
        .take(MAX_HEAD_IDENTIFIER + 1)
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .count();
    if name_len <= MAX_HEAD_IDENTIFIER {
        return Ok(());
    }
    let skipped = text.get(..text.len() - start.len()).unwrap_or_default();
    #[allow(clippy::naive_bytecount)] // a one-off count of a short prefix on an error path
    let line = skipped.bytes().filter(|b| *b == b'\n').count() + 1;
    let column = skipped.chars().rev().take_while(|c| *c != '\n').count() + 1;
    Err(StorageError::Parse {
        path: path.to_owned(),
        line,
        column,
        message: format!(
            "expected `(` at the start of the network, found `{}`",
            shortened(start)
        ),
    })
}

/// The line of the record with this id (ids are unique across the whole network).
fn line_of_record(text: &str, id: u64) -> Option<usize> {
    let at = [format!("(id: {id},"), format!("(id: {id})")]
        .iter()
        .filter_map(|needle| text.find(needle.as_str()))
        .min()?;
    Some(text.get(..at)?.matches('\n').count() + 1)
}

/// The id of the record a broken rule is about.
fn record_id(error: &NetworkError) -> u64 {
    match error {
        NetworkError::DuplicateId { id, .. }
        | NetworkError::Missing { id, .. }
        | NetworkError::DanglingReference { id, .. }
        | NetworkError::StillReferenced { id, .. }
        | NetworkError::Invalid { id, .. } => *id,
    }
}

/// Parses, migrates and validates a data file's text.
pub fn from_text(path: &Path, text: &str) -> Result<Network, StorageError> {
    let text = without_bom(text);
    check_head(path, text)?;
    if let Some(found) = peek_version(text)
        && found > FORMAT_VERSION
    {
        return Err(StorageError::NewerVersion {
            path: path.to_owned(),
            found,
            supported: FORMAT_VERSION,
        });
    }
    let envelope: EnvelopeIn = ron::from_str(text).map_err(|e| match e.code {
        // A file cut off in the middle of a field name is damaged, not newer.
        ron::Error::NoSuchStructField { found, .. } if text.trim_end().ends_with(&found) => {
            StorageError::Parse {
                path: path.to_owned(),
                line: e.span.start.line,
                column: e.span.start.col,
                message: "the file ends in the middle of a record".to_owned(),
            }
        }
        ron::Error::NoSuchStructField { found, outer, .. } => StorageError::UnknownField {
            path: path.to_owned(),
            field: shortened(&found),
            record: outer.map(|o| shortened(&o)),
            line: e.span.start.line,
            column: e.span.start.col,
        },
        code => StorageError::Parse {
            path: path.to_owned(),
            line: e.span.start.line,
            column: e.span.start.col,
            message: shortened(&code.to_string()),
        },
    })?;
    if envelope.format_version > FORMAT_VERSION {
        return Err(StorageError::NewerVersion {
            path: path.to_owned(),
            found: envelope.format_version,
            supported: FORMAT_VERSION,
        });
    }
    let mut network = migrate(envelope.format_version, envelope.network);
    network
        .validate_and_index()
        .map_err(|source| StorageError::Inconsistent {
            path: path.to_owned(),
            line: line_of_record(text, record_id(&source)),
            source,
        })?;
    Ok(network)
}

/// Brings an older format up to date (each step is tested against the version-1 fixture
/// kept in `tests/fixtures/`).
///
/// - 1 → 2: e-mails and phones gained labels, contacts postal addresses, a kind, middle
///   names and the vCard properties Dunbar does not model. A version-1 e-mail or phone is a
///   plain string, which `EmailAddress` and `PhoneNumber` read as an unlabelled one; every
///   new field defaults to empty. Nothing is left to do once parsed.
/// - 2 → 3: the network gained change stamps (`stamps`, DESIGN §10) so that versions
///   written by two devices merge. A version-2 file has none: every record reads as
///   written before any stamped change (`Stamp::ZERO`), so the first change on any device
///   wins over it, and no record was deleted. Its ids, all below 2^32, stay as they are:
///   they are the range of "before devices", which no device mints in.
fn migrate(_from: u32, network: Network) -> Network {
    network
}

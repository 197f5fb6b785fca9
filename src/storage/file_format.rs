//! The data file's layout: `(format_version: N, network: (...))`, and migrations.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::domain::Network;

use super::StorageError;

/// The format this build writes. Bump it with a migration and a round-trip test.
pub const FORMAT_VERSION: u32 = 1;

/// What is written to disk.
#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format_version: u32,
    network: &'a Network,
}

/// What is read from disk (every version so far shares this shape).
#[derive(Deserialize)]
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

/// Reads the version number from the head of the file without parsing the rest, so that a
/// newer file is recognised even when this build could not parse it.
pub fn peek_version(text: &str) -> Option<u32> {
    let head = text.get(..text.len().min(512)).unwrap_or(text);
    let at = head.find("format_version")?;
    let rest = head.get(at + "format_version".len()..)?;
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Parses, migrates and validates a data file's text.
pub fn from_text(path: &Path, text: &str) -> Result<Network, StorageError> {
    if let Some(found) = peek_version(text)
        && found > FORMAT_VERSION
    {
        return Err(StorageError::NewerVersion {
            path: path.to_owned(),
            found,
            supported: FORMAT_VERSION,
        });
    }
    let envelope: EnvelopeIn = ron::from_str(text).map_err(|e| StorageError::Parse {
        path: path.to_owned(),
        line: e.span.start.line,
        column: e.span.start.col,
        message: e.code.to_string(),
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
            source,
        })?;
    Ok(network)
}

/// Brings an older format up to date. Version 1 is the first; later versions add steps here
/// (each tested against the version-1 fixture kept in `tests/fixtures/`).
fn migrate(_from: u32, network: Network) -> Network {
    network
}

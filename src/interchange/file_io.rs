//! The files of import and export: reading a file to import and writing an export, for
//! the window's background jobs (the command line has its own reports).

use std::path::Path;

use crate::storage::write_output;

use super::{FileError, ParsedFile, parse};

/// Reads and parses the file at `path`; the records are named after the file's name.
pub fn read_import_file(path: &Path) -> Result<ParsedFile, FileError> {
    let bytes = std::fs::read(path).map_err(|source| FileError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(parse(&bytes, &file_name(path)))
}

/// Writes an export's text to `path`: a regular file is replaced atomically (a symlink's
/// target, beside it), a FIFO or device is written into.
pub fn write_export(path: &Path, text: &str) -> Result<(), FileError> {
    write_output(path, text.as_bytes())?;
    Ok(())
}

/// The last part of `path`, or the whole path when it has none.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code

    use super::*;
    use crate::interchange::ImportFormat;

    #[test]
    fn reads_writes_and_reports_a_missing_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("people.vcf");
        write_export(
            &path,
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEND:VCARD\r\n",
        )
        .unwrap();
        let parsed = read_import_file(&path).unwrap();
        assert_eq!(parsed.file_name, "people.vcf");
        assert_eq!(parsed.format, ImportFormat::VCard);
        assert_eq!(parsed.records.len(), 1);
        let missing = read_import_file(&dir.path().join("nope.csv")).unwrap_err();
        assert!(missing.to_string().contains("nope.csv could not be read"));
    }
}

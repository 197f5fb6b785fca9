use super::csv_reader::{find_header, read_rows};
use super::decoding::decode_bytes;
use super::vcard_reader::{looks_like_vcard, read_vcards};
use super::{ImportFormat, ImportWarning, ParsedFile};

/// Reads a contacts file of any supported kind, recognised by its content: vCard 2.1 /
/// 3.0 / 4.0, `LinkedIn` `Connections.csv`, Google (new and legacy), Outlook or another CSV
/// with a header row. Any charset is decoded first (BOM, UTF-16 with or without BOM,
/// UTF-8, per-line `CHARSET=`, else Windows-1252).
///
/// Never panics and never fails: unreadable cards and rows are left out and reported in
/// `warnings` with their line; a file that is nothing known has format `Unknown`, no
/// records and one warning.
pub fn parse(bytes: &[u8], file_name: &str) -> ParsedFile {
    let text = decode_bytes(bytes);
    let mut parsed = ParsedFile {
        file_name: file_name.to_owned(),
        ..ParsedFile::default()
    };
    if looks_like_vcard(&text) {
        parsed.format = ImportFormat::VCard;
        read_vcards(&text, &mut parsed);
    } else if let Some(header) = find_header(&text) {
        read_rows(&text, &header, &mut parsed);
    } else {
        parsed.format = ImportFormat::Unknown;
        parsed.warnings.push(ImportWarning::new(
            1,
            crate::tr!("import-warning-not-contacts"),
        ));
    }
    parsed
}

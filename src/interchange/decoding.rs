//! Turning a file's bytes into text: byte-order marks, UTF-16 with or without a BOM, UTF-8,
//! and per-line legacy charsets (a vCard line's `CHARSET=`, else Windows-1252).

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// Decodes a whole file into text. Never fails: bytes that fit no charset become
/// Windows-1252, which maps every byte to some character. Line breaks are kept, so line
/// numbers in the text are line numbers in the file.
pub fn decode_bytes(bytes: &[u8]) -> String {
    if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_length..).unwrap_or_default();
        if encoding == UTF_8 {
            return decode_lines(rest);
        }
        return encoding.decode_without_bom_handling(rest).0.into_owned();
    }
    if let Some(encoding) = sniff_utf16(bytes) {
        return encoding.decode_without_bom_handling(bytes).0.into_owned();
    }
    decode_lines(bytes)
}

/// UTF-16 without a BOM shows as zero bytes in every other position (ASCII text such as
/// `BEGIN:VCARD` or a CSV header). Returns the byte order when the start of the file looks
/// like that.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = bytes.get(..bytes.len().min(512)).unwrap_or_default();
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let mut even_zeros = 0usize;
    let mut odd_zeros = 0usize;
    for pair in sample.chunks_exact(2) {
        if let [first, second] = pair {
            if *first == 0 && *second != 0 {
                even_zeros += 1;
            } else if *second == 0 && *first != 0 {
                odd_zeros += 1;
            }
        }
    }
    if even_zeros * 10 >= pairs * 7 && odd_zeros * 10 < pairs {
        Some(UTF_16BE)
    } else if odd_zeros * 10 >= pairs * 7 && even_zeros * 10 < pairs {
        Some(UTF_16LE)
    } else {
        None
    }
}

/// UTF-8 text as is; otherwise each line that is not valid UTF-8 is decoded on its own,
/// with the charset its `CHARSET=` parameter names, else as Windows-1252.
fn decode_lines(bytes: &[u8]) -> String {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.to_owned();
    }
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    for line in bytes.split_inclusive(|b| *b == b'\n') {
        if let Ok(valid) = std::str::from_utf8(line) {
            text.push_str(valid);
        } else {
            let encoding = line_charset(line).unwrap_or(WINDOWS_1252);
            text.push_str(&encoding.decode_without_bom_handling(line).0);
        }
    }
    text
}

/// The encoding named by a `CHARSET=` parameter before the line's first colon.
fn line_charset(line: &[u8]) -> Option<&'static Encoding> {
    let head_end = line.iter().position(|b| *b == b':')?;
    let head = line.get(..head_end)?;
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let key = b"charset=";
    let start = lower.windows(key.len()).position(|w| w == key)? + key.len();
    let value = head.get(start..)?;
    let end = value.iter().position(|b| *b == b';').unwrap_or(value.len());
    let label = value.get(..end)?;
    let label: Vec<u8> = label.iter().copied().filter(|b| *b != b'"').collect();
    Encoding::for_label(&label)
}

/// Text decoded as ISO-8859-1 (what calcard assumes for quoted-printable without a
/// charset) often was Windows-1252: its C1 control characters are really curly quotes,
/// dashes and the euro sign. Maps them to what Windows-1252 meant.
pub fn repair_c1_controls(text: &str) -> String {
    if !text.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)) {
        return text.to_owned();
    }
    text.chars()
        .map(|c| {
            if ('\u{80}'..='\u{9f}').contains(&c) {
                let byte = u8::try_from(u32::from(c)).unwrap_or(b'?');
                WINDOWS_1252
                    .decode_without_bom_handling(&[byte])
                    .0
                    .chars()
                    .next()
                    .unwrap_or(c)
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_without_bom_is_recognised() {
        let bytes: Vec<u8> = "BEGIN:VCARD\r\nFN:Åse\r\n"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(decode_bytes(&bytes), "BEGIN:VCARD\r\nFN:Åse\r\n");
        let bytes: Vec<u8> = "BEGIN:VCARD\r\nFN:Åse\r\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(decode_bytes(&bytes), "BEGIN:VCARD\r\nFN:Åse\r\n");
    }

    #[test]
    fn lines_with_a_charset_use_it_and_others_fall_back_to_windows_1252() {
        let bytes = b"N;CHARSET=ISO-8859-2:Iksi\xf1ski\nFN:Do\xeb \x80\nEMAIL:a@b.c\n";
        assert_eq!(
            decode_bytes(bytes),
            "N;CHARSET=ISO-8859-2:Iksiński\nFN:Doë €\nEMAIL:a@b.c\n"
        );
    }

    #[test]
    fn c1_controls_become_windows_1252() {
        assert_eq!(repair_c1_controls("Reid\u{92}s"), "Reid\u{2019}s");
    }
}

//! The vCard properties Dunbar does not model (`PHOTO`, `IMPP`, `NICKNAME`, `X-…`): kept
//! per contact, one unfolded line each, and written back unchanged. Two repairs make a
//! vCard 2.1 line valid in the 3.0 and 4.0 files Dunbar writes, without changing its
//! meaning: a bare parameter (`PHOTO;JPEG`) becomes `TYPE=JPEG`, and a quoted-printable
//! value is decoded (its `ENCODING` and `CHARSET` parameters go with it).

use encoding_rs::{Encoding, UTF_8};

/// The properties Dunbar reads into its own fields or writes itself; every other
/// property of a card is kept. `X-ABLABEL`, `X-ABDATE` and `X-ANDROID-CUSTOM` are decided
/// per line by the reader.
const MODELLED: [&str; 25] = [
    "BEGIN",
    "END",
    "VERSION",
    "PRODID",
    "REV",
    "UID",
    "FN",
    "N",
    "EMAIL",
    "TEL",
    "ADR",
    "ORG",
    "TITLE",
    "CATEGORIES",
    "NOTE",
    "URL",
    "BDAY",
    "ANNIVERSARY",
    "X-ANNIVERSARY",
    "X-MS-ANNIVERSARY",
    "X-EVOLUTION-ANNIVERSARY",
    "KIND",
    "X-ADDRESSBOOKSERVER-KIND",
    "X-ABSHOWAS",
    "X-APPLE-OMIT-YEAR",
];

/// Whether Dunbar reads the property `name` (upper case, without its group) into a field.
pub fn is_modelled(name: &str) -> bool {
    MODELLED.contains(&name)
}

/// The prefix that carries, through a vCard 4.0 file, a kept property that 4.0 does not
/// allow (`LABEL`, `AGENT`, a `SOUND` that is no URI); reading such a file takes it off.
const WRAP_PREFIX: &str = "X-DUNBAR-";

/// Properties of vCard 2.1 and 3.0 that vCard 4.0 dropped, and `MEMBER`, which 4.0
/// allows only on a group's card (Dunbar writes people and organisations).
const NOT_IN_4_0: [&str; 8] = [
    "AGENT",
    "LABEL",
    "MAILER",
    "SORT-STRING",
    "CLASS",
    "NAME",
    "PROFILE",
    "MEMBER",
];

/// Properties whose 4.0 value is a URI.
const URI_VALUED: [&str; 9] = [
    "SOUND",
    "LOGO",
    "KEY",
    "GEO",
    "FBURL",
    "CALURI",
    "CALADRURI",
    "SOURCE",
    "PHOTO",
];

/// `(group., NAME, rest)` of a kept line: `item1.`, `X-ABLABEL`, `;type=x:value`.
fn split_name(line: &str) -> (&str, &str, &str) {
    let head_end = line.find([';', ':']).unwrap_or(line.len());
    let (head, rest) = line.split_at(head_end);
    match head.rfind('.') {
        Some(dot) => {
            let (group, name) = head.split_at(dot + 1);
            (group, name, rest)
        }
        None => ("", head, rest),
    }
}

/// The properties RFC 6350 (and RFC 6474, 6715) define for vCard 4.0.
const IN_4_0: [&str; 35] = [
    "SOURCE",
    "KIND",
    "XML",
    "NICKNAME",
    "PHOTO",
    "GENDER",
    "IMPP",
    "LANG",
    "TZ",
    "GEO",
    "ROLE",
    "LOGO",
    "MEMBER",
    "RELATED",
    "SOUND",
    "CLIENTPIDMAP",
    "KEY",
    "FBURL",
    "CALADRURI",
    "CALURI",
    "BIRTHPLACE",
    "DEATHPLACE",
    "DEATHDATE",
    "EXPERTISE",
    "HOBBY",
    "INTEREST",
    "ORG-DIRECTORY",
    "TITLE",
    "ORG",
    "NOTE",
    "URL",
    "TEL",
    "EMAIL",
    "ADR",
    "CATEGORIES",
];

/// Whether `value` starts with a URI scheme (`https:`, `urn:`, `data:`).
pub fn has_uri_scheme(value: &str) -> bool {
    value.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    })
}

/// A kept line as a vCard 4.0 file may hold it: unchanged (its name in capitals) when 4.0
/// allows it, else wrapped as `X-DUNBAR-name` (which `kept_line` unwraps on the way back
/// in): a property 4.0 dropped or does not know, a `MEMBER` outside a group's card, a
/// URI-valued property whose value is no URI.
pub fn line_for_4_0(line: &str) -> String {
    let (group, name, rest) = split_name(line);
    let upper = name.to_ascii_uppercase();
    let value = rest.split_once(':').map_or("", |(_, v)| v);
    let is_uri = has_uri_scheme(value);
    // An inline photo (`PHOTO;ENCODING=b`) is no URI, but every 4.0 reader takes it.
    let inline_photo = upper == "PHOTO" && rest.to_ascii_uppercase().contains("ENCODING=");
    let is_uri = is_uri || inline_photo;
    let allowed = upper.starts_with("X-") || IN_4_0.contains(&upper.as_str());
    if !allowed
        || NOT_IN_4_0.contains(&upper.as_str())
        || (URI_VALUED.contains(&upper.as_str()) && !is_uri)
    {
        format!("{group}{WRAP_PREFIX}{name}{rest}")
    } else if upper == name || upper.starts_with("X-") {
        line.to_owned()
    } else {
        format!("{group}{upper}{rest}")
    }
}

/// The line as it is kept: a 4.0 wrapper taken off, 2.1 bare parameters named,
/// quoted-printable decoded, the charset (already decoded) dropped.
pub fn kept_line(line: &str) -> String {
    let (group, name, rest) = split_name(line);
    let unwrapped;
    let line = if name.len() > WRAP_PREFIX.len()
        && name
            .get(..WRAP_PREFIX.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(WRAP_PREFIX))
    {
        unwrapped = format!(
            "{group}{}{rest}",
            name.get(WRAP_PREFIX.len()..).unwrap_or_default()
        );
        unwrapped.as_str()
    } else {
        line
    };
    let Some((head, value)) = line.split_once(':') else {
        return line.to_owned();
    };
    let mut parts = head.split(';');
    // Names are case-insensitive; a standard one is kept in capitals, as 4.0 writes it.
    let name = parts.next().unwrap_or_default();
    let (group, bare) = name.rsplit_once('.').map_or(("", name), |(g, n)| (g, n));
    let upper = bare.to_ascii_uppercase();
    let name = if IN_4_0.contains(&upper.as_str()) || NOT_IN_4_0.contains(&upper.as_str()) {
        if group.is_empty() {
            upper
        } else {
            format!("{group}.{upper}")
        }
    } else {
        name.to_owned()
    };
    let mut params: Vec<String> = Vec::new();
    let mut quoted_printable = false;
    let mut charset: Option<&'static Encoding> = None;
    for param in parts {
        match param.split_once('=') {
            None if param.eq_ignore_ascii_case("QUOTED-PRINTABLE") => quoted_printable = true,
            None if param.trim().is_empty() => {}
            None => params.push(format!("TYPE={param}")),
            Some((key, val)) if key.eq_ignore_ascii_case("ENCODING") => {
                if val.eq_ignore_ascii_case("QUOTED-PRINTABLE") {
                    quoted_printable = true;
                } else {
                    params.push(param.to_owned());
                }
            }
            // The file's bytes were decoded with it already; only quoted-printable bytes
            // still need it.
            Some((key, val)) if key.eq_ignore_ascii_case("CHARSET") => {
                charset = Encoding::for_label(val.trim().as_bytes());
            }
            Some(_) => params.push(param.to_owned()),
        }
    }
    let value = if quoted_printable {
        let bytes = decode_quoted_printable(value);
        let (text, _, _) = charset.unwrap_or(UTF_8).decode(&bytes);
        text.replace("\r\n", "\\n").replace('\n', "\\n")
    } else {
        value.to_owned()
    };
    let mut out = name;
    for param in params {
        out.push(';');
        out.push_str(&param);
    }
    out.push(':');
    out.push_str(&value);
    // No raw control characters are kept: no export may carry them.
    out.retain(|c| !c.is_control());
    out
}

/// `=XX` hex pairs to bytes; a `=` not followed by two hex digits is kept as it is.
fn decode_quoted_printable(value: &str) -> Vec<u8> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        if byte == b'=' {
            let hex = bytes
                .get(at + 1..at + 3)
                .and_then(|pair| std::str::from_utf8(pair).ok())
                .and_then(|pair| u8::from_str_radix(pair, 16).ok());
            if let Some(decoded) = hex {
                out.push(decoded);
                at += 3;
                continue;
            }
        }
        out.push(byte);
        at += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modern_lines_are_kept_verbatim() {
        let line = "item3.X-ABRELATEDNAMES;type=pref:Bob";
        assert_eq!(kept_line(line), line);
        assert_eq!(
            kept_line("IMPP;TYPE=work:xmpp:a@b"),
            "IMPP;TYPE=work:xmpp:a@b"
        );
    }

    #[test]
    fn lines_4_0_cannot_hold_are_wrapped_and_unwrapped() {
        let label = "item2.LABEL;TYPE=HOME:Vej 1\\nBy";
        let wrapped = line_for_4_0(label);
        assert_eq!(wrapped, "item2.X-DUNBAR-LABEL;TYPE=HOME:Vej 1\\nBy");
        assert_eq!(kept_line(&wrapped), label);
        assert_eq!(
            line_for_4_0("SOUND;TYPE=X-IRMC-N:abc;def"),
            "X-DUNBAR-SOUND;TYPE=X-IRMC-N:abc;def"
        );
        assert_eq!(
            line_for_4_0("SOUND:https://x.example/a.ogg"),
            "SOUND:https://x.example/a.ogg"
        );
        assert_eq!(line_for_4_0("IMPP:xmpp:a@b"), "IMPP:xmpp:a@b");
    }

    #[test]
    fn version_2_1_lines_are_repaired() {
        assert_eq!(
            kept_line("PHOTO;JPEG;ENCODING=BASE64:AAAA"),
            "PHOTO;TYPE=JPEG;ENCODING=BASE64:AAAA"
        );
        assert_eq!(
            kept_line("NICKNAME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=86bbe=0A2"),
            "NICKNAME:\u{c6}bbe\\n2"
        );
    }
}

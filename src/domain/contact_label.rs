use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// What an e-mail address, phone number or postal address is for: one of the usual kinds,
/// or the label a client gave it ("Assistant", "Sommerhus"), kept as written.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ContactLabel {
    /// Private.
    Home,
    /// At work.
    Work,
    /// A mobile phone.
    Mobile,
    /// A fax number.
    Fax,
    /// Something else, unnamed.
    Other,
    /// A label of the user's or the client's own.
    Custom(String),
}

impl ContactLabel {
    /// The usual labels, in the order a form offers them.
    pub const USUAL: [Self; 5] = [Self::Home, Self::Work, Self::Mobile, Self::Fax, Self::Other];

    /// Reads a label as files and people write it: the usual names in any case (with the
    /// vCard and Google spellings `cell`, `* Home`, `Work Fax`), else a custom label.
    /// Returns `None` for an empty text.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim().trim_start_matches('*').trim();
        // Apple's `_$!<Mobile>!$_`.
        let text = text
            .strip_prefix("_$!<")
            .and_then(|t| t.strip_suffix(">!$_"))
            .unwrap_or(text)
            .trim();
        if text.is_empty() {
            return None;
        }
        let lower = text.to_lowercase();
        Some(match lower.as_str() {
            "home" | "private" | "privat" => Self::Home,
            "work" | "business" | "arbejde" => Self::Work,
            "mobile" | "cell" | "cellular" | "iphone" | "mobil" => Self::Mobile,
            "fax" | "home fax" | "work fax" | "other fax" | "homefax" | "workfax" => Self::Fax,
            "other" | "andet" => Self::Other,
            _ => Self::Custom(text.to_owned()),
        })
    }

    /// The label's name, lower case for the usual ones, as written for a custom one. This is
    /// the form the data file, `--json` and exports use.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Home => "home",
            Self::Work => "work",
            Self::Mobile => "mobile",
            Self::Fax => "fax",
            Self::Other => "other",
            Self::Custom(text) => text,
        }
    }

    /// The label as the window shows it, in its language ("Arbejde" in Danish); a custom
    /// label as written. Exports and `--json` use [`Self::as_str`] and [`Self::title`].
    pub fn shown(&self) -> String {
        match self {
            Self::Home => crate::i18n::tr!("contact-label-home"),
            Self::Work => crate::i18n::tr!("contact-label-work"),
            Self::Mobile => crate::i18n::tr!("contact-label-mobile"),
            Self::Fax => crate::i18n::tr!("contact-label-fax"),
            Self::Other => crate::i18n::tr!("contact-label-other"),
            Self::Custom(text) => text.clone(),
        }
    }

    /// The label as typed in the window's e-mail and phone fields (`work: …`, in Danish
    /// `arbejde: …`): the shown name in lower case for the usual labels, which
    /// [`Self::parse`] reads back in either language; a custom label as written.
    pub fn typed(&self) -> String {
        match self {
            Self::Custom(text) => text.clone(),
            usual => usual.shown().to_lowercase(),
        }
    }

    /// The label's name with a capital, for Google's `Label` columns (machine output; the
    /// window uses [`Self::shown`]).
    pub fn title(&self) -> String {
        match self {
            Self::Custom(text) => text.clone(),
            usual => {
                let name = usual.as_str();
                let mut chars = name.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_uppercase().chain(chars).collect()
                })
            }
        }
    }
}

impl fmt::Display for ContactLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ContactLabel {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ContactLabel {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(Self::parse(&text).unwrap_or(Self::Other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usual_labels_are_recognised_in_every_spelling_and_custom_ones_kept() {
        assert_eq!(ContactLabel::parse("CELL"), Some(ContactLabel::Mobile));
        assert_eq!(ContactLabel::parse("* Home"), Some(ContactLabel::Home));
        assert_eq!(ContactLabel::parse("Work Fax"), Some(ContactLabel::Fax));
        assert_eq!(
            ContactLabel::parse("_$!<Other>!$_"),
            Some(ContactLabel::Other)
        );
        assert_eq!(
            ContactLabel::parse(" Sommerhus "),
            Some(ContactLabel::Custom("Sommerhus".into()))
        );
        assert_eq!(ContactLabel::parse("  "), None);
        assert_eq!(ContactLabel::Mobile.title(), "Mobile");
    }
}

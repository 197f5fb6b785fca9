use serde::{Deserialize, Serialize};

/// A language the window and the command line speak (DESIGN §13).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum Language {
    /// English, the default and the fallback.
    #[default]
    English,
    /// Danish.
    Danish,
}

impl Language {
    /// Every language, in the order Settings lists them.
    pub const ALL: [Self; 2] = [Self::English, Self::Danish];

    /// The short code used by `--lang` and `DUNBAR_LANG`: "en", "da".
    pub const fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Danish => "da",
        }
    }

    /// The language's own name, as a chooser shows it to someone who reads only that one.
    pub const fn native_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::Danish => "Dansk",
        }
    }

    /// The language of a locale or language code such as "da", "da_DK.UTF-8", "da-DK" or
    /// `en_GB`; `None` for anything else (`C`, `POSIX`, `de_DE`, empty).
    pub fn from_locale(locale: &str) -> Option<Self> {
        let language = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        match language.as_str() {
            "en" | "english" => Some(Self::English),
            "da" | "dansk" | "danish" => Some(Self::Danish),
            _ => None,
        }
    }

    /// The language of the system: on Unix the first set one of `LC_ALL`, `LC_MESSAGES`
    /// and `LANG` decides (as POSIX programs do), otherwise the platform's locale; English
    /// when that is neither English nor Danish. `var` reads the environment (a parameter,
    /// so tests need not change the process's own).
    pub fn from_system(var: impl Fn(&str) -> Option<String>) -> Self {
        let from_env = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(&var)
            .find(|value| !value.trim().is_empty());
        match from_env {
            Some(locale) => Self::from_locale(&locale).unwrap_or_default(),
            None => sys_locale::get_locale()
                .and_then(|locale| Self::from_locale(&locale))
                .unwrap_or_default(),
        }
    }
}

impl std::str::FromStr for Language {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::from_locale(text).ok_or_else(|| format!("unknown language {text:?} (use en or da)"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_their_language() {
        assert_eq!(Language::from_locale("da_DK.UTF-8"), Some(Language::Danish));
        assert_eq!(Language::from_locale("da"), Some(Language::Danish));
        assert_eq!(Language::from_locale("en-GB"), Some(Language::English));
        assert_eq!(Language::from_locale("C"), None);
        assert_eq!(Language::from_locale("de_DE"), None);
    }

    #[test]
    fn lc_all_goes_before_lc_messages_and_lang() {
        let env = |name: &str| match name {
            "LC_ALL" => Some("da_DK.UTF-8".to_owned()),
            "LANG" => Some("en_US.UTF-8".to_owned()),
            _ => None,
        };
        assert_eq!(Language::from_system(env), Language::Danish);
        let env = |name: &str| match name {
            "LC_ALL" => Some(String::new()),
            "LC_MESSAGES" => Some("en_GB".to_owned()),
            "LANG" => Some("da_DK".to_owned()),
            _ => None,
        };
        assert_eq!(Language::from_system(env), Language::English);
        let env = |name: &str| (name == "LANG").then(|| "fr_FR".to_owned());
        assert_eq!(Language::from_system(env), Language::English);
    }
}

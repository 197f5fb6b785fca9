use crate::i18n::Language;

/// What decides the window's language before the user picks one in Settings: the system's
/// language, and one chosen on the command line (`--lang`, `DUNBAR_LANG`), which wins over
/// the choice remembered from the last window until the user picks again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WindowLanguage {
    /// The system's language (English in tests, whatever the machine's locale).
    pub system: Language,
    /// The language asked for on the command line, if any.
    pub chosen: Option<Language>,
}

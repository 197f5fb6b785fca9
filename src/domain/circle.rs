use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::{Language, in_language};
use crate::tr;

/// One of Dunbar's layers. Every contact sits in exactly one; the order is innermost first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Circle {
    /// The closest ~5 people.
    Support,
    /// The next ~10 (15 cumulative).
    Sympathy,
    /// ~50 cumulative.
    Affinity,
    /// ~150 cumulative: Dunbar's number.
    Active,
    /// ~500 cumulative.
    Acquaintance,
    /// ~1500 cumulative: names you can put a face to.
    Known,
}

impl Circle {
    /// All circles, innermost first.
    pub const ALL: [Self; 6] = [
        Self::Support,
        Self::Sympathy,
        Self::Affinity,
        Self::Active,
        Self::Acquaintance,
        Self::Known,
    ];

    /// The cumulative soft budget: this circle plus all inner ones.
    pub const fn budget(self) -> usize {
        match self {
            Self::Support => 5,
            Self::Sympathy => 15,
            Self::Affinity => 50,
            Self::Active => 150,
            Self::Acquaintance => 500,
            Self::Known => 1500,
        }
    }

    /// The research default for how often to be in touch, in days (`None`: no upkeep needed).
    pub const fn default_cadence_days(self) -> Option<u32> {
        match self {
            Self::Support => Some(7),
            Self::Sympathy => Some(30),
            Self::Affinity => Some(120),
            Self::Active => Some(365),
            Self::Acquaintance | Self::Known => None,
        }
    }

    /// The human name of the layer.
    pub fn label(self) -> String {
        match self {
            Self::Support => tr!("circle-support"),
            Self::Sympathy => tr!("circle-sympathy"),
            Self::Affinity => tr!("circle-affinity"),
            Self::Active => tr!("circle-active"),
            Self::Acquaintance => tr!("circle-acquaintance"),
            Self::Known => tr!("circle-known"),
        }
    }

    /// The one-word name in this language, for the command line's text: the key in English
    /// (`sympathy`), the Danish name the command line accepts in Danish (`sympati`).
    pub fn word(self) -> String {
        match self {
            Self::Support => tr!("circle-word-support"),
            Self::Sympathy => tr!("circle-word-sympathy"),
            Self::Affinity => tr!("circle-word-affinity"),
            Self::Active => tr!("circle-word-active"),
            Self::Acquaintance => tr!("circle-word-acquaintance"),
            Self::Known => tr!("circle-word-known"),
        }
    }

    /// The one-word name used on the command line and in JSON.
    pub const fn key(self) -> &'static str {
        match self {
            Self::Support => "support",
            Self::Sympathy => "sympathy",
            Self::Affinity => "affinity",
            Self::Active => "active",
            Self::Acquaintance => "acquaintance",
            Self::Known => "known",
        }
    }

    /// Parses a command-line key (`support` … `known`), an English or Danish name, or a Danish
    /// alias such as `sympati`, ignoring case and accents.
    pub fn from_key(text: &str) -> Option<Self> {
        let wanted = deunicode::deunicode(text.trim()).to_lowercase();
        let folded = |name: String| deunicode::deunicode(&name).to_lowercase();
        Self::ALL.into_iter().find(|circle| {
            circle.key() == wanted
                || circle.danish_keys().contains(&wanted.as_str())
                || Language::ALL
                    .into_iter()
                    .any(|language| folded(in_language(language, || circle.label())) == wanted)
        })
    }

    /// Danish names the command line accepts beside the keys (`--circle sympati`), folded
    /// to ASCII as [`Self::from_key`] compares them.
    const fn danish_keys(self) -> &'static [&'static str] {
        match self {
            Self::Support => &["stotte", "stottegruppe"],
            Self::Sympathy => &["sympati", "sympatigruppe"],
            Self::Affinity => &["affinitet", "affinitetsgruppe"],
            Self::Active => &["aktiv", "aktive", "aktivt"],
            Self::Acquaintance => &["bekendt", "bekendte"],
            Self::Known => &["kendt", "kendte", "navne"],
        }
    }

    /// Where the default cadence comes from, for the explanation shown to the user.
    pub fn research_note(self) -> String {
        match self {
            Self::Support => tr!("circle-note-support"),
            Self::Sympathy => tr!("circle-note-sympathy"),
            Self::Affinity => tr!("circle-note-affinity"),
            Self::Active => tr!("circle-note-active"),
            Self::Acquaintance => tr!("circle-note-acquaintance"),
            Self::Known => tr!("circle-note-known"),
        }
    }

    /// Position from the centre, 0 for the support clique.
    pub fn rank(self) -> usize {
        Self::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }
}

impl fmt::Display for Circle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

use serde::{Deserialize, Serialize};

/// Whether a contact is a person or an organisation (a company's card has no first or last
/// name, and is written back as `KIND:org`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContactKind {
    /// A person.
    #[default]
    Person,
    /// A company or other organisation.
    Organisation,
}

impl ContactKind {
    /// The name used by `--json` and the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Organisation => "organisation",
        }
    }

    /// Whether this is the default kind (a person); the data file leaves it out then.
    pub fn is_person(&self) -> bool {
        *self == Self::Person
    }
}

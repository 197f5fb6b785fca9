use serde::{Deserialize, Deserializer, Serialize};

use super::ContactLabel;
use super::labelled_value::deserialize_labelled;

/// A phone number, as written, and what it is for (mobile, work, fax, …).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct PhoneNumber {
    /// The number, as given (never reformatted).
    pub number: String,
    /// Mobile, home, work, fax, …; `None` when the source did not say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<ContactLabel>,
}

impl PhoneNumber {
    /// A number without a label.
    pub fn new(number: impl Into<String>) -> Self {
        Self {
            number: number.into(),
            label: None,
        }
    }

    /// A number with a label.
    pub fn labelled(number: impl Into<String>, label: Option<ContactLabel>) -> Self {
        Self {
            number: number.into(),
            label,
        }
    }
}

impl<'de> Deserialize<'de> for PhoneNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (number, label) = deserialize_labelled(deserializer, "number")?;
        Ok(Self { number, label })
    }
}

/// Compares the number only (the label aside): `contact.emails == ["ann@example.com"]`.
impl PartialEq<&str> for PhoneNumber {
    fn eq(&self, other: &&str) -> bool {
        self.number == *other
    }
}

/// Compares the number only (the label aside).
impl PartialEq<str> for PhoneNumber {
    fn eq(&self, other: &str) -> bool {
        self.number == other
    }
}

/// An unlabelled one.
impl From<&str> for PhoneNumber {
    fn from(number: &str) -> Self {
        Self::new(number)
    }
}

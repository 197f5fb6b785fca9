use serde::{Deserialize, Deserializer, Serialize};

use super::ContactLabel;
use super::labelled_value::deserialize_labelled;

/// An e-mail address and what it is for.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct EmailAddress {
    /// The address, as given.
    pub address: String,
    /// Home, work, …; `None` when the source did not say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<ContactLabel>,
}

impl EmailAddress {
    /// An address without a label.
    pub fn new(address: impl Into<String>) -> Self {
        Self {
            address: address.into(),
            label: None,
        }
    }

    /// An address with a label.
    pub fn labelled(address: impl Into<String>, label: Option<ContactLabel>) -> Self {
        Self {
            address: address.into(),
            label,
        }
    }
}

impl<'de> Deserialize<'de> for EmailAddress {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (address, label) = deserialize_labelled(deserializer, "address")?;
        Ok(Self { address, label })
    }
}

/// Compares the address only (the label aside): `contact.emails == ["ann@example.com"]`.
impl PartialEq<&str> for EmailAddress {
    fn eq(&self, other: &&str) -> bool {
        self.address == *other
    }
}

/// Compares the address only (the label aside).
impl PartialEq<str> for EmailAddress {
    fn eq(&self, other: &str) -> bool {
        self.address == other
    }
}

/// An unlabelled one.
impl From<&str> for EmailAddress {
    fn from(address: &str) -> Self {
        Self::new(address)
    }
}

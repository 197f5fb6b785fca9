use serde::{Deserialize, Serialize};

use super::ContactLabel;

/// A postal address, in the parts vCard's `ADR` and Google's address columns have.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PostalAddress {
    /// Home, work, …; `None` when the source did not say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<ContactLabel>,
    /// Street and number (with any extended address or PO box on further lines).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub street: String,
    /// City or locality.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub city: String,
    /// Region, state or county.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub region: String,
    /// Postal code.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub postcode: String,
    /// Country.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub country: String,
}

impl PostalAddress {
    /// Whether every part is empty.
    pub fn is_empty(&self) -> bool {
        [
            &self.street,
            &self.city,
            &self.region,
            &self.postcode,
            &self.country,
        ]
        .iter()
        .all(|part| part.trim().is_empty())
    }

    /// The address on one line, parts separated by commas, empty parts left out.
    pub fn one_line(&self) -> String {
        let city = [self.postcode.trim(), self.city.trim()]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        [
            self.street.replace('\n', ", ").trim().to_owned(),
            city,
            self.region.trim().to_owned(),
            self.country.trim().to_owned(),
        ]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
    }
}

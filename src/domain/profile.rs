use serde::{Deserialize, Serialize};

/// Who the user is: for the outreach composer's "who you are", and for capture, which of
/// the addresses in mail, calendar and `LinkedIn` files are "me".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Profile {
    /// Your name.
    pub name: String,
    /// Your company.
    pub company: String,
    /// Your role.
    pub role: String,
    /// Your e-mail addresses (every one you write from), compared case-insensitively.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    /// Your `LinkedIn` profile URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linkedin_url: Option<String>,
}

impl Profile {
    /// Whether `address` is one of mine (case-insensitively).
    pub fn is_me(&self, address: &str) -> bool {
        let address = address.trim();
        self.emails
            .iter()
            .any(|mine| mine.trim().eq_ignore_ascii_case(address))
    }
}

use serde::{Deserialize, Serialize};

/// Who the user is, for the outreach composer's "who you are".
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
}

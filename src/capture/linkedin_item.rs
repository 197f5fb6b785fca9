use chrono::NaiveDateTime;

/// One row of `LinkedIn`'s `messages.csv` or `Invitations.csv`, the `CONTENT` of a message
/// never read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkedInItem {
    /// The conversation (`CONVERSATION ID`); an invitation is a conversation of its own.
    pub conversation: String,
    /// The sender's name.
    pub from_name: String,
    /// The sender's profile URL, as a comparison key.
    pub from: String,
    /// The recipients' profile URLs, as comparison keys.
    pub to: Vec<String>,
    /// When, local time.
    pub sent: Option<NaiveDateTime>,
    /// The subject, else the conversation's title.
    pub subject: String,
    /// A draft (`IS MESSAGE DRAFT`).
    pub draft: bool,
    /// An invitation, with its message as the note (it was written to the user).
    pub invitation: Option<String>,
}

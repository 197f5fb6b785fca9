use crate::domain::ContactId;

/// A contact with a number: how often they shared your work, their give/ask balance, …
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PersonScore {
    /// The contact.
    pub contact: ContactId,
    /// The number the list is ranked by.
    pub score: i64,
}

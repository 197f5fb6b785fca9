use crate::domain::ContactId;

/// What an import would do with one record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanOutcome {
    /// Add a new contact with this id.
    New(ContactId),
    /// Fill in or add to an existing contact.
    Merge {
        /// The contact merged into.
        into: ContactId,
        /// The fields that would change (`company`, `e-mails`, …).
        changed: Vec<&'static str>,
    },
    /// Nothing to do (already known, or a duplicate within the file).
    Skipped {
        /// Why, in words.
        reason: String,
    },
}

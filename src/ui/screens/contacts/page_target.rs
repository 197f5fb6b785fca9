use crate::domain::ContactId;

/// What the contact page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageTarget {
    /// An existing contact.
    Contact(ContactId),
    /// A contact being added (not in the network until saved).
    New,
}

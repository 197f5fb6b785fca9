use std::collections::BTreeSet;

use crate::domain::ContactId;

/// Which contacts a change can have affected as a front end shows them (their record,
/// touches, gifts or asks), so a cache can update those rows instead of all of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Touched {
    /// Only these contacts (none: nothing a contact row shows changed).
    Contacts(BTreeSet<ContactId>),
    /// Anything may have changed (cadences, a reload from disk): rebuild.
    Everything,
}

impl Default for Touched {
    fn default() -> Self {
        Self::Contacts(BTreeSet::new())
    }
}

impl Touched {
    /// Adds what `other` touched.
    pub fn merge(&mut self, other: Self) {
        match (self, other) {
            (Self::Everything, _) => {}
            (this, Self::Everything) => *this = Self::Everything,
            (Self::Contacts(mine), Self::Contacts(theirs)) => mine.extend(theirs),
        }
    }

    /// Adds one contact.
    pub fn add(&mut self, id: ContactId) {
        if let Self::Contacts(ids) = self {
            ids.insert(id);
        }
    }

    /// The contacts touched; `None` for everything.
    pub fn contacts(&self) -> Option<&BTreeSet<ContactId>> {
        match self {
            Self::Contacts(ids) => Some(ids),
            Self::Everything => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merging_keeps_everything_and_unites_contacts() {
        let one = ContactId::new(1);
        let two = ContactId::new(2);
        let mut touched = Touched::default();
        touched.add(one);
        touched.merge(Touched::Contacts(BTreeSet::from([two])));
        assert_eq!(touched.contacts(), Some(&BTreeSet::from([one, two])));
        touched.merge(Touched::Everything);
        touched.add(one);
        assert_eq!(touched, Touched::Everything);
    }
}

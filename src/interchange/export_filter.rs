use std::collections::BTreeSet;

use crate::domain::{Circle, Contact, ContactId, Network};

/// Which contacts an export includes. Empty means everyone not in the trash; each set
/// field narrows it further.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExportFilter {
    /// Only this circle.
    pub circle: Option<Circle>,
    /// Only contacts with this tag (case-insensitive).
    pub tag: Option<String>,
    /// Only these contacts (the current selection in the window).
    pub ids: Option<BTreeSet<ContactId>>,
}

impl ExportFilter {
    /// Whether the filter keeps `contact`.
    pub fn keeps(&self, contact: &Contact) -> bool {
        !contact.is_trashed()
            && self.circle.is_none_or(|circle| contact.circle == circle)
            && self.tag.as_deref().is_none_or(|wanted| {
                contact
                    .tags
                    .iter()
                    .any(|tag| tag.trim().eq_ignore_ascii_case(wanted.trim()))
            })
            && self
                .ids
                .as_ref()
                .is_none_or(|ids| ids.contains(&contact.id))
    }

    /// The contacts of `network` the filter keeps, in id order.
    pub fn select<'a>(&self, network: &'a Network) -> Vec<&'a Contact> {
        network.contacts().filter(|c| self.keeps(c)).collect()
    }
}

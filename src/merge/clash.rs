use serde::Serialize;

use crate::actions::Action;
use crate::domain::{Contact, ContactId, Network};

use super::contact_field;

/// A true clash (DESIGN §10): two devices changed the same field of a contact without
/// seeing each other's change. The later value was kept; the other is offered here.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Clash {
    /// The contact.
    pub contact: ContactId,
    /// Their name, as merged.
    pub name: String,
    /// The field (its name in the data file).
    pub field: String,
    /// The value kept (the later one).
    pub kept: String,
    /// The value not kept.
    pub other: String,
    /// The device whose value was not kept.
    pub other_device: u64,
    /// The contact as that device had it, to take its value back in one step.
    #[serde(skip)]
    pub other_contact: Box<Contact>,
}

impl Clash {
    /// The clash in words, `device` being the name of the device whose value was not kept.
    pub fn said(&self, device: &str) -> String {
        crate::tr!(
            "merge-clash",
            name = self.name.as_str(),
            field = self.field.as_str(),
            kept = self.kept.as_str(),
            other = self.other.as_str(),
            device = device
        )
    }

    /// The change that takes the value not kept instead (`None` if the contact is gone).
    pub fn take_other(&self, network: &Network) -> Option<Action> {
        let field = contact_field(&self.field)?;
        let mut contact = network.contact(self.contact)?.clone();
        (field.copy)(&mut contact, &self.other_contact);
        Some(Action::ReplaceContact(Box::new(contact)))
    }
}

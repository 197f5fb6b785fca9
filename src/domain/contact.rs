use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{
    Circle, ContactId, ContactKind, EmailAddress, ImportBatchId, PartialDate, PhoneNumber,
    PostalAddress,
};

/// A person in the network. Fields default when missing so older files stay readable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Contact {
    /// Unique id.
    pub id: ContactId,
    /// The name shown everywhere; never empty.
    pub display_name: String,
    /// Given (first) name, when known.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub given_name: String,
    /// Family (last) name, when known.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub family_name: String,
    /// Middle (additional) names, when known.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub middle_name: String,
    /// Honorific prefix ("Dr."), when known.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name_prefix: String,
    /// Honorific suffix ("Jr."), when known.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name_suffix: String,
    /// A person or an organisation.
    #[serde(skip_serializing_if = "ContactKind::is_person")]
    pub kind: ContactKind,
    /// E-mail addresses with their labels, the preferred one first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<EmailAddress>,
    /// Phone numbers with their labels, the preferred one first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<PhoneNumber>,
    /// Postal addresses with their labels.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<PostalAddress>,
    /// Company or organisation.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub company: String,
    /// Role or job title.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub role: String,
    /// Web links (personal site, profiles).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
    /// The `LinkedIn` profile URL, kept apart because imports match on it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linkedin_url: Option<String>,
    /// Free tags (labels, groups).
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub tags: BTreeSet<String>,
    /// Topics they care about; gift suggestions match on these.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub interests: BTreeSet<String>,
    /// Free notes.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Birthday, possibly without a year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birthday: Option<PartialDate>,
    /// Anniversary, possibly without a year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anniversary: Option<PartialDate>,
    /// How you met.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub how_we_met: String,
    /// Kin: cadence gets 1.5× tolerance.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub family: bool,
    /// A hub (keynode with a large network of their own).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub hub: bool,
    /// Their Dunbar layer.
    pub circle: Circle,
    /// Their own cadence in days, overriding the circle's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cadence_days: Option<u32>,
    /// The day they were added; an untouched contact's clock starts here.
    pub created: NaiveDate,
    /// Where they came from (an import file, "command line", …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The import batch that created them, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import_batch: Option<ImportBatchId>,
    /// When they connected on a social network (`LinkedIn`'s "Connected On").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connected_on: Option<NaiveDate>,
    /// Hidden from the review until this day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snoozed_until: Option<NaiveDate>,
    /// In the trash since this day; trashed contacts are hidden but restorable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trashed_on: Option<NaiveDate>,
    /// The vCard `UID` it was imported with, kept so that it is written back unchanged;
    /// empty when none came with it (exports then derive one from the id).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub uid: String,
    /// The vCard properties Dunbar does not model (`PHOTO`, `IMPP`, `X-…`), each one
    /// unfolded line exactly as the file had it, written back unchanged on export.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kept_properties: Vec<String>,
}

impl Default for Contact {
    fn default() -> Self {
        Self {
            id: ContactId::new(0),
            display_name: String::new(),
            given_name: String::new(),
            family_name: String::new(),
            middle_name: String::new(),
            name_prefix: String::new(),
            name_suffix: String::new(),
            kind: ContactKind::Person,
            emails: Vec::new(),
            phones: Vec::new(),
            addresses: Vec::new(),
            company: String::new(),
            role: String::new(),
            links: Vec::new(),
            linkedin_url: None,
            tags: BTreeSet::new(),
            interests: BTreeSet::new(),
            notes: String::new(),
            birthday: None,
            anniversary: None,
            how_we_met: String::new(),
            family: false,
            hub: false,
            circle: Circle::Known,
            cadence_days: None,
            created: NaiveDate::MIN,
            source: None,
            import_batch: None,
            connected_on: None,
            snoozed_until: None,
            trashed_on: None,
            uid: String::new(),
            kept_properties: Vec::new(),
        }
    }
}

impl Contact {
    /// A new contact with a name, a circle and the day it was added.
    pub fn new(id: ContactId, display_name: &str, circle: Circle, created: NaiveDate) -> Self {
        let display_name = display_name.trim().to_owned();
        let mut parts = display_name.splitn(2, ' ');
        let given_name = parts.next().unwrap_or_default().to_owned();
        let family_name = parts.next().unwrap_or_default().trim().to_owned();
        Self {
            id,
            display_name,
            given_name,
            family_name,
            circle,
            created,
            ..Self::default()
        }
    }

    /// Whether the contact is in the trash.
    pub fn is_trashed(&self) -> bool {
        self.trashed_on.is_some()
    }

    /// The e-mail addresses, the preferred one first.
    pub fn email_addresses(&self) -> impl Iterator<Item = &str> {
        self.emails.iter().map(|email| email.address.as_str())
    }

    /// The phone numbers, the preferred one first.
    pub fn phone_numbers(&self) -> impl Iterator<Item = &str> {
        self.phones.iter().map(|phone| phone.number.as_str())
    }

    /// The first name to greet them with.
    pub fn first_name(&self) -> &str {
        if self.given_name.is_empty() {
            self.display_name
                .split(' ')
                .next()
                .unwrap_or(&self.display_name)
        } else {
            &self.given_name
        }
    }

    /// Initials for a dot on the circles screen (at most two letters).
    pub fn initials(&self) -> String {
        self.display_name
            .split_whitespace()
            .filter_map(|word| word.chars().find(|c| c.is_alphanumeric()))
            .take(2)
            .flat_map(char::to_uppercase)
            .collect()
    }
}

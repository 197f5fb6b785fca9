use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use crate::domain::{
    Circle, Contact, ContactLabel, EmailAddress, PartialDate, PhoneNumber, PostalAddress,
};

use crate::i18n::tr;
use crate::ui::DraftField;

/// A contact being edited: every field as the user typed it. Edits go here, not to the
/// network; Save turns the draft into one change (one undo step), Cancel drops it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactDraft {
    /// The contact as it was when editing began (`id` 0 … for a new contact it is a blank).
    pub original: Contact,
    /// Display name.
    pub name: String,
    /// Company.
    pub company: String,
    /// Role.
    pub role: String,
    /// E-mail addresses, comma separated, each with an optional `label:` before it.
    pub emails: String,
    /// Phone numbers, comma separated, each with an optional `label:` before it.
    pub phones: String,
    /// Postal addresses, each part in its own field.
    pub addresses: Vec<PostalAddress>,
    /// Links, comma separated.
    pub links: String,
    /// `LinkedIn` URL.
    pub linkedin: String,
    /// Circle.
    pub circle: Circle,
    /// Own cadence in days; empty for the circle's.
    pub cadence: String,
    /// Kin.
    pub family: bool,
    /// Hub.
    pub hub: bool,
    /// Birthday, `YYYY-MM-DD` or `--MM-DD`.
    pub birthday: String,
    /// Anniversary, same forms.
    pub anniversary: String,
    /// How you met.
    pub how_we_met: String,
    /// Tags, comma separated.
    pub tags: String,
    /// Interests, comma separated.
    pub interests: String,
    /// Notes.
    pub notes: String,
}

impl ContactDraft {
    /// A draft of an existing contact.
    pub fn of(contact: &Contact) -> Self {
        Self {
            original: contact.clone(),
            name: contact.display_name.clone(),
            company: contact.company.clone(),
            role: contact.role.clone(),
            emails: join_labelled(
                contact
                    .emails
                    .iter()
                    .map(|e| (e.label.as_ref(), e.address.as_str())),
            ),
            phones: join_labelled(
                contact
                    .phones
                    .iter()
                    .map(|p| (p.label.as_ref(), p.number.as_str())),
            ),
            addresses: contact.addresses.clone(),
            links: contact.links.join(", "),
            linkedin: contact.linkedin_url.clone().unwrap_or_default(),
            circle: contact.circle,
            cadence: contact
                .cadence_days
                .map(|d| d.to_string())
                .unwrap_or_default(),
            family: contact.family,
            hub: contact.hub,
            birthday: contact.birthday.map(|d| d.to_string()).unwrap_or_default(),
            anniversary: contact
                .anniversary
                .map(|d| d.to_string())
                .unwrap_or_default(),
            how_we_met: contact.how_we_met.clone(),
            tags: join_set(&contact.tags),
            interests: join_set(&contact.interests),
            notes: contact.notes.clone(),
        }
    }

    /// What is wrong with the draft, by field; empty when it can be saved.
    pub fn problems(&self) -> BTreeMap<DraftField, String> {
        let mut problems = BTreeMap::new();
        if self.name.trim().is_empty() {
            problems.insert(DraftField::Name, tr!("problem-name"));
        }
        if let Some((_, bad)) = split_labelled(&self.emails)
            .into_iter()
            .find(|(_, e)| !looks_like_email(e))
        {
            problems.insert(DraftField::Emails, tr!("problem-email", bad = bad));
        }
        let cadence = self.cadence.trim();
        if !cadence.is_empty() && cadence.parse::<u32>().map_or(true, |d| d == 0) {
            problems.insert(DraftField::Cadence, tr!("problem-cadence"));
        }
        for (field, text) in [
            (DraftField::Birthday, &self.birthday),
            (DraftField::Anniversary, &self.anniversary),
        ] {
            if !text.trim().is_empty() && PartialDate::parse(text).is_none() {
                problems.insert(field, tr!("problem-date"));
            }
        }
        problems
    }

    /// The edited contact, or `None` while the draft has problems.
    pub fn to_contact(&self) -> Option<Contact> {
        if !self.problems().is_empty() {
            return None;
        }
        let mut contact = self.original.clone();
        let name = self.name.trim().to_owned();
        if name != contact.display_name {
            // Keep given/family names in step with a renamed contact.
            let renamed = Contact::new(contact.id, &name, contact.circle, contact.created);
            contact.given_name = renamed.given_name;
            contact.family_name = renamed.family_name;
            contact.display_name = name;
        }
        contact.company = self.company.trim().to_owned();
        contact.role = self.role.trim().to_owned();
        contact.emails = split_labelled(&self.emails)
            .into_iter()
            .map(|(label, address)| EmailAddress::labelled(address, label))
            .collect();
        contact.phones = split_labelled(&self.phones)
            .into_iter()
            .map(|(label, number)| PhoneNumber::labelled(number, label))
            .collect();
        contact.addresses = self
            .addresses
            .iter()
            .map(|a| PostalAddress {
                label: a.label.clone(),
                street: a.street.trim().to_owned(),
                city: a.city.trim().to_owned(),
                region: a.region.trim().to_owned(),
                postcode: a.postcode.trim().to_owned(),
                country: a.country.trim().to_owned(),
            })
            .filter(|a| !a.is_empty())
            .collect();
        contact.links = split_list(&self.links);
        let linkedin = self.linkedin.trim();
        contact.linkedin_url = (!linkedin.is_empty()).then(|| linkedin.to_owned());
        contact.circle = self.circle;
        contact.cadence_days = self.cadence.trim().parse().ok();
        contact.family = self.family;
        contact.hub = self.hub;
        contact.birthday = PartialDate::parse(&self.birthday);
        contact.anniversary = PartialDate::parse(&self.anniversary);
        contact.how_we_met = self.how_we_met.trim().to_owned();
        contact.tags = split_list(&self.tags).into_iter().collect();
        contact.interests = split_list(&self.interests).into_iter().collect();
        contact.notes = self.notes.trim_end().to_owned();
        Some(contact)
    }

    /// Whether the draft differs from the contact it started from.
    pub fn is_changed(&self) -> bool {
        *self != Self::of(&self.original)
    }
}

/// Parses a `YYYY-MM-DD` date field.
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

fn join_set(set: &BTreeSet<String>) -> String {
    set.iter().cloned().collect::<Vec<_>>().join(", ")
}

/// `work: ann@example.com, +45 12 34 56 78`: each value with its label, if any.
fn join_labelled<'a>(items: impl Iterator<Item = (Option<&'a ContactLabel>, &'a str)>) -> String {
    items
        .map(|(label, value)| match label {
            Some(label) => format!("{}: {value}", label.typed()),
            None => value.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads `join_labelled`'s form back: a `label:` is a word or two before a colon, without
/// digits or `@` (so `+45 12 34` and `ann@example.com` are never taken for labels).
fn split_labelled(text: &str) -> Vec<(Option<ContactLabel>, String)> {
    split_list(text)
        .into_iter()
        .map(|item| match item.split_once(':') {
            Some((label, value))
                if !label.trim().is_empty()
                    && label.chars().count() <= 30
                    && !label.contains(|c: char| c.is_ascii_digit() || c == '@' || c == '/')
                    && !value.trim().is_empty() =>
            {
                (ContactLabel::parse(label), value.trim().to_owned())
            }
            _ => (None, item),
        })
        .collect()
}

fn split_list(text: &str) -> Vec<String> {
    text.split([',', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// One `@`, something before it, a dot in the domain and no spaces: enough to catch typos
/// without rejecting real addresses.
fn looks_like_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.contains(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ContactId;

    fn draft() -> ContactDraft {
        let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        ContactDraft::of(&Contact::new(
            ContactId::new(1),
            "Åse Berg",
            Circle::Active,
            day,
        ))
    }

    #[test]
    fn an_unchanged_draft_is_not_changed() {
        assert!(!draft().is_changed());
    }

    #[test]
    fn problems_sit_beside_their_fields() {
        let mut d = draft();
        d.name = "  ".into();
        d.emails = "ase@example.com, nope".into();
        d.birthday = "1990-02-30".into();
        d.cadence = "0".into();
        let problems = d.problems();
        assert!(problems.contains_key(&DraftField::Name));
        assert!(problems.contains_key(&DraftField::Emails));
        assert!(problems.contains_key(&DraftField::Birthday));
        assert!(problems.contains_key(&DraftField::Cadence));
        assert!(d.to_contact().is_none());
    }

    #[test]
    fn labels_are_written_before_values_and_read_back() {
        let mut d = draft();
        d.emails = "work: ase@example.com, ase@home.dk".into();
        d.phones = "Mobile: +45 12 34 56 78, Sommerhus: 33 44 55 66, +1 (555) 010".into();
        let contact = d.to_contact().unwrap_or_default();
        let emails: Vec<_> = contact.emails.iter().map(|e| e.label.clone()).collect();
        assert_eq!(emails, [Some(ContactLabel::Work), None]);
        let phones: Vec<_> = contact
            .phones
            .iter()
            .map(|p| (p.label.clone(), p.number.as_str()))
            .collect();
        assert_eq!(
            phones,
            [
                (Some(ContactLabel::Mobile), "+45 12 34 56 78"),
                (
                    Some(ContactLabel::Custom("Sommerhus".into())),
                    "33 44 55 66"
                ),
                (None, "+1 (555) 010"),
            ]
        );
        let again = ContactDraft::of(&contact);
        assert_eq!(again.emails, "work: ase@example.com, ase@home.dk");
        assert_eq!(
            again.phones,
            "mobile: +45 12 34 56 78, Sommerhus: 33 44 55 66, +1 (555) 010"
        );
    }

    #[test]
    fn a_valid_draft_becomes_the_edited_contact() {
        let mut d = draft();
        d.name = "Åse Lund".into();
        d.tags = "board, alumni".into();
        d.birthday = "--04-15".into();
        let contact = d.to_contact().unwrap_or_default();
        assert_eq!(contact.display_name, "Åse Lund");
        assert_eq!(contact.family_name, "Lund");
        assert_eq!(contact.tags.len(), 2);
        assert_eq!(contact.birthday, PartialDate::year_less(4, 15));
    }
}

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::domain::{Circle, ContactLabel, EmailAddress, PartialDate, PhoneNumber, PostalAddress};

/// One contact as a file describes it, before it is matched against the network.
/// Every text field is trimmed; `display_name` is never empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportedRecord {
    /// The 1-based line where the record starts in the file.
    pub line: usize,
    /// The name to show (from FN, else N, else the organisation, else the e-mail).
    pub display_name: String,
    /// Given (first) name.
    pub given_name: String,
    /// Family (last) name.
    pub family_name: String,
    /// Middle (additional) names.
    pub middle_name: String,
    /// Honorific prefix.
    pub name_prefix: String,
    /// Honorific suffix.
    pub name_suffix: String,
    /// E-mail addresses with labels, in file order, without duplicates.
    pub emails: Vec<EmailAddress>,
    /// Phone numbers with labels, in file order, without duplicates.
    pub phones: Vec<PhoneNumber>,
    /// Postal addresses with labels, in file order, without empty ones.
    pub addresses: Vec<PostalAddress>,
    /// Company or organisation.
    pub company: String,
    /// Role or job title.
    pub role: String,
    /// Web links other than the `LinkedIn` profile.
    pub links: Vec<String>,
    /// The `LinkedIn` profile URL.
    pub linkedin_url: Option<String>,
    /// Tags (categories, labels, groups).
    pub tags: BTreeSet<String>,
    /// Notes.
    pub notes: String,
    /// Birthday, possibly without a year.
    pub birthday: Option<PartialDate>,
    /// Anniversary, possibly without a year.
    pub anniversary: Option<PartialDate>,
    /// When they connected (`LinkedIn`).
    pub connected_on: Option<NaiveDate>,
    /// The vCard's `UID`, verbatim; empty when it had none.
    pub uid: String,
    /// An organisation's card (`KIND:org`, `X-ABShowAs:COMPANY`): it has no first or
    /// last name.
    pub organisation: bool,
    /// The vCard properties Dunbar does not model, each unfolded line verbatim.
    pub kept_properties: Vec<String>,
    /// The circle a Dunbar export named (`CATEGORIES:Dunbar: support`).
    pub circle: Option<Circle>,
}

impl ImportedRecord {
    /// Adds an e-mail unless it is empty or already there (compared case-insensitively;
    /// a label fills in a missing one).
    pub fn add_email(&mut self, email: &str, label: Option<ContactLabel>) {
        let email = email.trim().trim_start_matches("mailto:").trim();
        if email.is_empty() {
            return;
        }
        match self
            .emails
            .iter_mut()
            .find(|known| known.address.eq_ignore_ascii_case(email))
        {
            Some(known) => {
                if known.label.is_none() {
                    known.label = label;
                }
            }
            None => self.emails.push(EmailAddress::labelled(email, label)),
        }
    }

    /// Adds a phone number unless it is empty or already there (a label fills in a missing
    /// one).
    pub fn add_phone(&mut self, phone: &str, label: Option<ContactLabel>) {
        let phone = phone.trim().trim_start_matches("tel:").trim();
        if phone.is_empty() {
            return;
        }
        match self.phones.iter_mut().find(|known| known.number == phone) {
            Some(known) => {
                if known.label.is_none() {
                    known.label = label;
                }
            }
            None => self.phones.push(PhoneNumber::labelled(phone, label)),
        }
    }

    /// Adds a postal address unless it is empty or already there.
    pub fn add_address(&mut self, address: PostalAddress) {
        if !address.is_empty() && !self.addresses.contains(&address) {
            self.addresses.push(address);
        }
    }

    /// Adds a web link; a `LinkedIn` profile goes to `linkedin_url` instead.
    pub fn add_link(&mut self, link: &str) {
        let link = link.trim();
        if link.is_empty() {
            return;
        }
        if super::normalise::is_linkedin_profile(link) && self.linkedin_url.is_none() {
            self.linkedin_url = Some(link.to_owned());
        } else if !self.links.iter().any(|known| known == link)
            && self.linkedin_url.as_deref() != Some(link)
        {
            self.links.push(link.to_owned());
        }
    }

    /// Adds a tag unless it is empty.
    pub fn add_tag(&mut self, tag: &str) {
        let tag = tag.trim();
        if !tag.is_empty() {
            self.tags.insert(tag.to_owned());
        }
    }

    /// Whether `display_name` is a person's name, one that may be split into a first and
    /// a last name: not an organisation's, and not its company, e-mail or phone standing in
    /// for a name.
    pub fn has_personal_name(&self) -> bool {
        !self.organisation
            && self.display_name != self.company
            && !self.emails.iter().any(|e| e.address == self.display_name)
            && !self.phones.iter().any(|p| p.number == self.display_name)
    }

    /// Fills `display_name` from the other fields when it is empty: given + family, then
    /// the company, then the first e-mail, then the first phone. Returns false when
    /// nothing could name the record.
    pub fn settle_name(&mut self) -> bool {
        // Notes keep their lines; tabs become spaces and other control characters go, so
        // that no export carries them.
        self.notes = self
            .notes
            .replace("\r\n", "\n")
            .replace('\t', " ")
            .chars()
            .filter(|c| *c == '\n' || !c.is_control())
            .collect();
        self.display_name = collapse_spaces(&self.display_name);
        if self.display_name.is_empty() {
            self.display_name =
                collapse_spaces(&format!("{} {}", self.given_name, self.family_name));
        }
        if self.display_name.is_empty() {
            self.display_name = collapse_spaces(&self.company);
        }
        if self.display_name.is_empty() {
            self.display_name = self
                .emails
                .first()
                .map(|e| e.address.clone())
                .unwrap_or_default();
        }
        if self.display_name.is_empty() {
            self.display_name = self
                .phones
                .first()
                .map(|p| p.number.clone())
                .unwrap_or_default();
        }
        !self.display_name.is_empty()
    }
}

/// Trims and turns runs of whitespace (newlines included) into one space.
pub fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

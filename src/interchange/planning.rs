//! Matching imported records against the network: new, merge, or skip.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::actions::{Action, edits};
use crate::domain::{Contact, ContactId, ContactKind, ImportBatchId, Network, PhoneNumber};

use super::merge::merge_into;
use super::normalise::{email_key, linkedin_key, name_key, phone_key};
use super::{
    FieldConflict, ImportOptions, ImportPlan, ImportedRecord, ParsedFile, PlanEntry, PlanOutcome,
};

/// Where a match points: a contact already in the network, or one this import adds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    Existing(ContactId),
    New(usize),
}

/// The four ways of recognising a person.
#[derive(Default)]
#[allow(clippy::struct_field_names)] // by_email, by_linkedin, by_phone, by_name read best
struct Index {
    by_email: HashMap<String, Slot>,
    by_linkedin: HashMap<String, Slot>,
    by_phone: HashMap<String, Slot>,
    by_name: HashMap<String, Slot>,
}

/// A record's or contact's matching keys, computed once.
struct Keys {
    emails: Vec<String>,
    profile: Option<String>,
    phones: Vec<String>,
    name: String,
    /// The words of a person's name; empty when the name is only a company, an e-mail or
    /// a phone number standing in for one.
    name_words: Vec<String>,
}

/// The name's words, from its key (`name_key`: folded words, `|`, company), so that the
/// name is folded once.
fn name_words(key: &str) -> Vec<String> {
    key.split('|')
        .next()
        .unwrap_or_default()
        .split(' ')
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect()
}

fn phone_keys(phones: &[PhoneNumber]) -> Vec<String> {
    phones
        .iter()
        .map(|p| phone_key(&p.number))
        .filter(|k| !k.is_empty())
        .collect()
}

/// Both sides have values of a kind and none in common: they contradict each other.
fn disjoint(mine: &[String], theirs: &[String]) -> bool {
    !mine.is_empty() && !theirs.is_empty() && !mine.iter().any(|key| theirs.contains(key))
}

impl Keys {
    fn of_record(record: &ImportedRecord) -> Self {
        let name = name_key(&record.display_name, &record.company);
        Self {
            emails: record
                .emails
                .iter()
                .map(|e| email_key(&e.address))
                .collect(),
            profile: record.linkedin_url.as_deref().map(linkedin_key),
            phones: phone_keys(&record.phones),
            name_words: if record.has_personal_name() {
                name_words(&name)
            } else {
                Vec::new()
            },
            name,
        }
    }

    fn of_contact(contact: &Contact) -> Self {
        let name = name_key(&contact.display_name, &contact.company);
        Self {
            emails: contact
                .emails
                .iter()
                .map(|e| email_key(&e.address))
                .collect(),
            profile: contact.linkedin_url.as_deref().map(linkedin_key),
            phones: phone_keys(&contact.phones),
            name_words: if contact.kind == ContactKind::Organisation
                || contact.email_addresses().any(|e| e == contact.display_name)
                || contact.phone_numbers().any(|p| p == contact.display_name)
            {
                Vec::new()
            } else {
                name_words(&name)
            },
            name,
        }
    }
}

impl Index {
    fn add(&mut self, keys: Keys, slot: Slot) {
        for email in keys.emails {
            self.by_email.entry(email).or_insert(slot);
        }
        if let Some(profile) = keys.profile {
            self.by_linkedin.entry(profile).or_insert(slot);
        }
        for phone in keys.phones {
            self.by_phone.entry(phone).or_insert(slot);
        }
        if !keys.name.is_empty() {
            self.by_name.entry(keys.name).or_insert(slot);
        }
    }

    /// The person `record` names, if known: by e-mail, then `LinkedIn` profile, then
    /// phone number, then name and company. A phone or name match is refused when the two
    /// sides contradict each other (different `LinkedIn` profiles, or e-mails or phones with
    /// none in common), and a phone match also when their names share no word (a shared
    /// office or family number): such records are two people.
    fn find(&self, keys: &Keys, keys_of: impl Fn(Slot) -> Option<Keys>) -> Option<Slot> {
        let by_email = keys
            .emails
            .iter()
            .find_map(|email| self.by_email.get(email));
        let by_profile = || {
            keys.profile
                .as_ref()
                .and_then(|key| self.by_linkedin.get(key))
        };
        let contradicts = |slot: Slot| {
            keys_of(slot).is_some_and(|theirs| {
                let profiles_differ = matches!(
                    (&keys.profile, &theirs.profile),
                    (Some(mine), Some(other)) if mine != other
                );
                profiles_differ
                    || disjoint(&keys.emails, &theirs.emails)
                    || disjoint(&keys.phones, &theirs.phones)
            })
        };
        let names_differ = |slot: Slot| {
            keys_of(slot).is_some_and(|theirs| disjoint(&keys.name_words, &theirs.name_words))
        };
        let by_phone = || {
            let slot = *keys
                .phones
                .iter()
                .find_map(|phone| self.by_phone.get(phone))?;
            let profiles_or_emails_differ = keys_of(slot).is_some_and(|theirs| {
                matches!(
                    (&keys.profile, &theirs.profile),
                    (Some(mine), Some(other)) if mine != other
                ) || disjoint(&keys.emails, &theirs.emails)
            });
            (!profiles_or_emails_differ && !names_differ(slot)).then_some(slot)
        };
        let by_name = || {
            let slot = *self.by_name.get(&keys.name)?;
            (!contradicts(slot)).then_some(slot)
        };
        by_email
            .or_else(by_profile)
            .copied()
            .or_else(by_phone)
            .or_else(by_name)
    }
}

fn new_contact(
    id: ContactId,
    record: &ImportedRecord,
    options: &ImportOptions,
    batch: ImportBatchId,
    today: NaiveDate,
) -> Contact {
    let circle = record.circle.unwrap_or(options.circle);
    let mut contact = Contact::new(id, &record.display_name, circle, today);
    // `Contact::new` splits the name into first and last; a company, an e-mail or a phone
    // number standing in for a name must not be split into made-up names.
    if !record.given_name.is_empty()
        || !record.family_name.is_empty()
        || !record.has_personal_name()
    {
        contact.given_name = record.given_name.clone();
        contact.family_name = record.family_name.clone();
    }
    contact.middle_name = record.middle_name.clone();
    contact.name_prefix = record.name_prefix.clone();
    contact.name_suffix = record.name_suffix.clone();
    if record.organisation {
        contact.kind = ContactKind::Organisation;
    }
    contact.emails = record.emails.clone();
    contact.phones = record.phones.clone();
    contact.addresses = record.addresses.clone();
    contact.kept_properties = record.kept_properties.clone();
    contact.company = record.company.clone();
    contact.role = record.role.clone();
    contact.links = record.links.clone();
    contact.linkedin_url = record.linkedin_url.clone();
    contact.tags = record.tags.clone();
    if let Some(tag) = options
        .tag
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        contact.tags.insert(tag.to_owned());
    }
    contact.notes = record.notes.clone();
    contact.birthday = record.birthday;
    contact.anniversary = record.anniversary;
    contact.connected_on = record.connected_on;
    contact.uid = record.uid.clone();
    contact.source = Some(format!("{} ({today})", options.source_name));
    contact.import_batch = Some(batch);
    contact
}

/// The contacts of the network an import changes, as it plans.
struct Changes<'a> {
    /// Contacts with their merged fields, once a record changed them.
    working: &'a mut HashMap<ContactId, Contact>,
    /// The order in which contacts first changed (the order of the action).
    merge_order: &'a mut Vec<ContactId>,
    index: &'a mut Index,
}

impl Changes<'_> {
    /// Merges `record` into the network's `current` contact (or its already merged copy).
    fn merge_existing(
        self,
        current: &Contact,
        record: &ImportedRecord,
        tag: Option<&str>,
        source: &str,
    ) -> (PlanOutcome, Vec<FieldConflict>) {
        let id = current.id;
        if current.is_trashed() {
            let reason = crate::tr!("import-skip-trashed", name = current.display_name.as_str());
            return (PlanOutcome::Skipped { reason }, Vec::new());
        }
        // A contact joins `working` only once a record changes it.
        let mut first_change = None;
        let contact = match self.working.get_mut(&id) {
            Some(contact) => contact,
            None => first_change.insert(current.clone()),
        };
        let result = merge_into(contact, record, tag, source);
        if result.changed.is_empty() {
            let reason = crate::tr!(
                "import-skip-nothing-new",
                name = current.display_name.as_str()
            );
            return (PlanOutcome::Skipped { reason }, result.conflicts);
        }
        self.index
            .add(Keys::of_contact(contact), Slot::Existing(id));
        if let Some(changed) = first_change {
            self.merge_order.push(id);
            self.working.insert(id, changed);
        }
        let outcome = PlanOutcome::Merge {
            into: id,
            changed: result.changed,
        };
        (outcome, result.conflicts)
    }
}

/// Plans importing `file` into `network` on `today`: each record becomes a new contact,
/// a merge into the contact it matches (by e-mail, `LinkedIn` URL, or name + company; also
/// against earlier records of the same file), or a skip when it adds nothing. Nothing
/// changes until the plan's action is applied.
pub fn plan_import(
    network: &Network,
    file: &ParsedFile,
    options: &ImportOptions,
    today: NaiveDate,
) -> ImportPlan {
    let fresh_id = network.fresh_id();
    let batch_id = ImportBatchId::new(fresh_id);
    let mut next_id = fresh_id.saturating_add(1);
    let mut index = Index::default();
    // Trashed contacts are matched too, so that a re-import does not bring back someone
    // the user threw away.
    for contact in network.all_contacts() {
        index.add(Keys::of_contact(contact), Slot::Existing(contact.id));
    }
    let mut new_contacts: Vec<Contact> = Vec::new();
    let mut working: HashMap<ContactId, Contact> = HashMap::new();
    let mut merge_order: Vec<ContactId> = Vec::new();
    let mut entries = Vec::with_capacity(file.records.len());
    let tag = options.tag.as_deref();
    for record in &file.records {
        let source = format!("{} line {}", options.source_name, record.line);
        let mut entry = PlanEntry {
            line: record.line,
            name: record.display_name.clone(),
            outcome: PlanOutcome::Skipped {
                reason: String::new(),
            },
            conflicts: Vec::new(),
        };
        let keys_of = |slot: Slot| {
            let contact = match slot {
                Slot::Existing(id) => working.get(&id).or_else(|| network.contact(id))?,
                Slot::New(position) => new_contacts.get(position)?,
            };
            Some(Keys::of_contact(contact))
        };
        let keys = Keys::of_record(record);
        let found = index.find(&keys, keys_of);
        match found {
            None => {
                let id = ContactId::new(next_id);
                next_id = next_id.saturating_add(1);
                let contact = new_contact(id, record, options, batch_id, today);
                index.add(keys, Slot::New(new_contacts.len()));
                new_contacts.push(contact);
                entry.outcome = PlanOutcome::New(id);
            }
            Some(Slot::New(position)) => {
                // The same person twice in one file: one contact, and the record counts
                // as merged into it.
                if let Some(contact) = new_contacts.get_mut(position) {
                    let result = merge_into(contact, record, tag, &source);
                    if !result.changed.is_empty() {
                        index.add(Keys::of_contact(contact), Slot::New(position));
                    }
                    entry.conflicts = result.conflicts;
                    entry.outcome = PlanOutcome::Merge {
                        into: contact.id,
                        changed: result.changed,
                    };
                }
            }
            Some(Slot::Existing(id)) => {
                let Some(current) = network.contact(id) else {
                    continue;
                };
                let changes = Changes {
                    working: &mut working,
                    merge_order: &mut merge_order,
                    index: &mut index,
                };
                (entry.outcome, entry.conflicts) =
                    changes.merge_existing(current, record, tag, &source);
            }
        }
        entries.push(entry);
    }
    let merged_contacts = merge_order
        .into_iter()
        .filter_map(|id| {
            let before = network.contact(id)?;
            let after = working.remove(&id)?;
            (before != &after).then(|| (before.clone(), after))
        })
        .collect();
    ImportPlan {
        source: options.source_name.clone(),
        date: today,
        batch_id,
        entries,
        new_contacts,
        merged_contacts,
        fresh_id,
    }
}

/// Removes an import: the contacts it added (with their touches, gifts and asks) and the
/// batch record, as one undoable step. Contacts it only merged into stay as they are.
/// `None` when there is no such batch.
pub fn remove_import_action(network: &Network, batch: ImportBatchId) -> Option<Action> {
    let record = network.import_batch(batch)?;
    let label = format!("remove import {}", record.source);
    let added: Vec<ContactId> = network
        .all_contacts()
        .filter(|c| c.import_batch == Some(batch))
        .map(|c| c.id)
        .collect();
    // Each removal is planned against the network as the previous ones left it, so that
    // a touch shared by two imported contacts is handled once, correctly.
    let mut scratch = network.clone();
    let mut actions = Vec::with_capacity(added.len() + 1);
    for id in added {
        let Some(purge) = edits::purge_contact(&scratch, id) else {
            continue;
        };
        if purge.clone().apply(&mut scratch).is_err() {
            return None;
        }
        actions.push(purge);
    }
    actions.push(Action::RemoveImport(batch));
    Some(Action::batch(label, actions))
}

//! Matching imported records against the network: new, merge, or skip.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::actions::{Action, edits};
use crate::domain::{Contact, ContactId, ImportBatchId, Network};

use super::merge::merge_into;
use super::normalise::{email_key, linkedin_key, name_key};
use super::{
    FieldConflict, ImportOptions, ImportPlan, ImportedRecord, ParsedFile, PlanEntry, PlanOutcome,
};

/// Where a match points: a contact already in the network, or one this import adds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    Existing(ContactId),
    New(usize),
}

/// The three ways of recognising a person.
#[derive(Default)]
#[allow(clippy::struct_field_names)] // by_email, by_linkedin, by_name read best
struct Index {
    by_email: HashMap<String, Slot>,
    by_linkedin: HashMap<String, Slot>,
    by_name: HashMap<String, Slot>,
}

/// A record's or contact's matching keys, computed once.
struct Keys {
    emails: Vec<String>,
    profile: Option<String>,
    name: String,
}

impl Keys {
    fn of_record(record: &ImportedRecord) -> Self {
        Self {
            emails: record.emails.iter().map(|e| email_key(e)).collect(),
            profile: record.linkedin_url.as_deref().map(linkedin_key),
            name: name_key(&record.display_name, &record.company),
        }
    }

    fn of_contact(contact: &Contact) -> Self {
        Self {
            emails: contact.emails.iter().map(|e| email_key(e)).collect(),
            profile: contact.linkedin_url.as_deref().map(linkedin_key),
            name: name_key(&contact.display_name, &contact.company),
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
        if !keys.name.is_empty() {
            self.by_name.entry(keys.name).or_insert(slot);
        }
    }

    /// The person `record` names, if known: by e-mail, then `LinkedIn` profile, then name
    /// and company. A name match is refused when both sides have a different `LinkedIn`
    /// profile: two profiles are two people, however alike their names.
    fn find(&self, keys: &Keys, profile_of: impl Fn(Slot) -> Option<String>) -> Option<Slot> {
        let by_email = keys
            .emails
            .iter()
            .find_map(|email| self.by_email.get(email));
        let by_profile = || {
            keys.profile
                .as_ref()
                .and_then(|key| self.by_linkedin.get(key))
        };
        let by_name = || {
            let slot = *self.by_name.get(&keys.name)?;
            match (&keys.profile, profile_of(slot)) {
                (Some(mine), Some(theirs)) if *mine != theirs => None,
                _ => Some(slot),
            }
        };
        by_email.or_else(by_profile).copied().or_else(by_name)
    }
}

fn new_contact(
    id: ContactId,
    record: &ImportedRecord,
    options: &ImportOptions,
    batch: ImportBatchId,
    today: NaiveDate,
) -> Contact {
    let mut contact = Contact::new(id, &record.display_name, options.circle, today);
    if !record.given_name.is_empty() || !record.family_name.is_empty() {
        contact.given_name = record.given_name.clone();
        contact.family_name = record.family_name.clone();
    }
    contact.emails = record.emails.clone();
    contact.phones = record.phones.clone();
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
    ) -> (PlanOutcome, Vec<FieldConflict>) {
        let id = current.id;
        if current.is_trashed() {
            let reason = format!(
                "{} is in the trash; restore them to update them from this file",
                current.display_name
            );
            return (PlanOutcome::Skipped { reason }, Vec::new());
        }
        // A contact joins `working` only once a record changes it.
        let mut first_change = None;
        let contact = match self.working.get_mut(&id) {
            Some(contact) => contact,
            None => first_change.insert(current.clone()),
        };
        let result = merge_into(contact, record, tag);
        if result.changed.is_empty() {
            let reason = format!(
                "already in the network as {}; nothing new",
                current.display_name
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
    let mut new_lines: Vec<usize> = Vec::new();
    let mut working: HashMap<ContactId, Contact> = HashMap::new();
    let mut merge_order: Vec<ContactId> = Vec::new();
    let mut entries = Vec::with_capacity(file.records.len());
    let tag = options.tag.as_deref();
    for record in &file.records {
        let mut entry = PlanEntry {
            line: record.line,
            name: record.display_name.clone(),
            outcome: PlanOutcome::Skipped {
                reason: String::new(),
            },
            conflicts: Vec::new(),
        };
        let profile_of = |slot: Slot| {
            let url = match slot {
                Slot::Existing(id) => network.contact(id)?.linkedin_url.as_deref(),
                Slot::New(position) => new_contacts.get(position)?.linkedin_url.as_deref(),
            };
            url.map(linkedin_key)
        };
        let keys = Keys::of_record(record);
        let found = index.find(&keys, profile_of);
        match found {
            None => {
                let id = ContactId::new(next_id);
                next_id = next_id.saturating_add(1);
                let contact = new_contact(id, record, options, batch_id, today);
                index.add(keys, Slot::New(new_contacts.len()));
                new_contacts.push(contact);
                new_lines.push(record.line);
                entry.outcome = PlanOutcome::New(id);
            }
            Some(Slot::New(position)) => {
                if let Some(contact) = new_contacts.get_mut(position) {
                    let result = merge_into(contact, record, tag);
                    if !result.changed.is_empty() {
                        index.add(Keys::of_contact(contact), Slot::New(position));
                    }
                    entry.conflicts = result.conflicts;
                    let first = new_lines.get(position).copied().unwrap_or_default();
                    entry.outcome = PlanOutcome::Skipped {
                        reason: format!(
                            "same person as line {first} of this file; merged into that record"
                        ),
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
                (entry.outcome, entry.conflicts) = changes.merge_existing(current, record, tag);
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

//! Field-by-field merging of an imported record into a contact: empty fields are filled,
//! new e-mails, phones, links and tags are added, a differing note is appended with its
//! source, and any other differing non-empty value is kept and reported, never overwritten.

use crate::domain::fold::fold;
use crate::domain::{Contact, ContactKind, ContactLabel, EmailAddress, PartialDate, PhoneNumber};

use super::normalise::{email_key, linkedin_key, phone_key};
use super::{FieldConflict, ImportedRecord};

/// What merging changed and where it disagreed.
#[derive(Default)]
pub struct MergeResult {
    /// Names of the fields that changed.
    pub changed: Vec<&'static str>,
    /// Differences kept as they were.
    pub conflicts: Vec<FieldConflict>,
}

/// Equal but for case, accents and spacing. Most values of a re-import are byte-equal,
/// so that is checked first: folding is the expensive part of a 30,000-row re-import.
fn same_text(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a.is_ascii() && b.is_ascii() {
        return a
            .split_whitespace()
            .map(str::to_ascii_lowercase)
            .eq(b.split_whitespace().map(str::to_ascii_lowercase));
    }
    fold(a).split_whitespace().eq(fold(b).split_whitespace())
}

fn merge_text(
    field: &'static str,
    slot: &mut String,
    offered: &str,
    result: &mut MergeResult,
    report: bool,
) {
    if offered.is_empty() || same_text(slot, offered) {
        return;
    }
    if slot.is_empty() {
        *slot = offered.to_owned();
        result.changed.push(field);
    } else if report {
        result.conflicts.push(FieldConflict {
            field,
            kept: slot.clone(),
            offered: offered.to_owned(),
        });
    }
}

fn merge_date(
    field: &'static str,
    slot: &mut Option<PartialDate>,
    offered: Option<PartialDate>,
    result: &mut MergeResult,
) {
    let Some(offered) = offered else { return };
    match *slot {
        None => {
            *slot = Some(offered);
            result.changed.push(field);
        }
        Some(kept) if kept == offered => {}
        // The file knows the year of a birthday the network has without one.
        Some(kept)
            if kept.year.is_none() && kept.month == offered.month && kept.day == offered.day =>
        {
            *slot = Some(offered);
            result.changed.push(field);
        }
        Some(kept)
            if offered.year.is_none() && kept.month == offered.month && kept.day == offered.day => {
        }
        Some(kept) => result.conflicts.push(FieldConflict {
            field,
            kept: kept.to_string(),
            offered: offered.to_string(),
        }),
    }
}

/// Appends each offered value that `same` finds nowhere in `list`; true if any was new.
fn append_new<T: Clone>(list: &mut Vec<T>, offered: &[T], same: impl Fn(&T, &T) -> bool) -> bool {
    let mut added = false;
    for value in offered {
        if !list.iter().any(|known| same(known, value)) {
            list.push(value.clone());
            added = true;
        }
    }
    added
}

/// Gives each value of `list` without a label the label its match in `offered` has; true
/// if any label was filled in.
fn fill_labels<T>(
    list: &mut [T],
    offered: &[T],
    same: impl Fn(&T, &T) -> bool,
    label: impl Fn(&mut T) -> &mut Option<ContactLabel>,
    offered_label: impl Fn(&T) -> Option<&ContactLabel>,
) -> bool {
    let mut filled = false;
    for known in list.iter_mut() {
        if label(known).is_some() {
            continue;
        }
        if let Some(found) = offered
            .iter()
            .find(|value| same(known, value))
            .and_then(&offered_label)
        {
            *label(known) = Some(found.clone());
            filled = true;
        }
    }
    filled
}

/// Merges `record` (plus an extra tag) into `contact`; `source` names the file and line
/// that an appended note came from.
#[allow(clippy::too_many_lines)] // one short rule per field, in the order of `Contact`
pub fn merge_into(
    contact: &mut Contact,
    record: &ImportedRecord,
    tag: Option<&str>,
    source: &str,
) -> MergeResult {
    let mut result = MergeResult::default();
    if !same_text(&contact.display_name, &record.display_name) {
        result.conflicts.push(FieldConflict {
            field: "name",
            kept: contact.display_name.clone(),
            offered: record.display_name.clone(),
        });
    }
    merge_text(
        "given name",
        &mut contact.given_name,
        &record.given_name,
        &mut result,
        false,
    );
    merge_text(
        "family name",
        &mut contact.family_name,
        &record.family_name,
        &mut result,
        false,
    );
    merge_text(
        "company",
        &mut contact.company,
        &record.company,
        &mut result,
        true,
    );
    merge_text("role", &mut contact.role, &record.role, &mut result, true);
    merge_text(
        "middle name",
        &mut contact.middle_name,
        &record.middle_name,
        &mut result,
        false,
    );
    merge_text(
        "name prefix",
        &mut contact.name_prefix,
        &record.name_prefix,
        &mut result,
        false,
    );
    merge_text(
        "name suffix",
        &mut contact.name_suffix,
        &record.name_suffix,
        &mut result,
        false,
    );
    let same_email = |known: &EmailAddress, email: &EmailAddress| {
        email_key(&known.address) == email_key(&email.address)
    };
    if append_new(&mut contact.emails, &record.emails, same_email) {
        result.changed.push("e-mails");
    }
    if fill_labels(
        &mut contact.emails,
        &record.emails,
        same_email,
        |e| &mut e.label,
        |e| e.label.as_ref(),
    ) {
        result.changed.push("e-mail labels");
    }
    let same_phone = |known: &PhoneNumber, phone: &PhoneNumber| {
        let key = phone_key(&phone.number);
        known.number == phone.number || (!key.is_empty() && phone_key(&known.number) == key)
    };
    if append_new(&mut contact.phones, &record.phones, same_phone) {
        result.changed.push("phones");
    }
    if fill_labels(
        &mut contact.phones,
        &record.phones,
        same_phone,
        |p| &mut p.label,
        |p| p.label.as_ref(),
    ) {
        result.changed.push("phone labels");
    }
    if append_new(&mut contact.addresses, &record.addresses, PartialEq::eq) {
        result.changed.push("addresses");
    }
    if append_new(
        &mut contact.kept_properties,
        &record.kept_properties,
        PartialEq::eq,
    ) {
        result.changed.push("other vCard properties");
    }
    if record.organisation
        && contact.kind == ContactKind::Person
        && contact.given_name.is_empty()
        && contact.family_name.is_empty()
    {
        contact.kind = ContactKind::Organisation;
        result.changed.push("kind");
    }
    if append_new(&mut contact.links, &record.links, PartialEq::eq) {
        result.changed.push("links");
    }
    if let Some(url) = &record.linkedin_url {
        match &contact.linkedin_url {
            None => {
                contact.linkedin_url = Some(url.clone());
                result.changed.push("LinkedIn URL");
            }
            Some(kept) if linkedin_key(kept) != linkedin_key(url) => {
                result.conflicts.push(FieldConflict {
                    field: "LinkedIn URL",
                    kept: kept.clone(),
                    offered: url.clone(),
                });
            }
            Some(_) => {}
        }
    }
    let before = contact.tags.len();
    contact.tags.extend(record.tags.iter().cloned());
    if let Some(tag) = tag.map(str::trim).filter(|t| !t.is_empty()) {
        contact.tags.insert(tag.to_owned());
    }
    if contact.tags.len() != before {
        result.changed.push("tags");
    }
    let notes = record.notes.trim();
    if !notes.is_empty() && !contact.notes.contains(notes) {
        // Notes are never lost: a different one is added below the kept one.
        if contact.notes.trim().is_empty() {
            contact.notes = notes.to_owned();
        } else {
            contact.notes = format!("{}\n\nFrom {source}: {notes}", contact.notes.trim_end());
        }
        result.changed.push("notes");
    }
    merge_date(
        "birthday",
        &mut contact.birthday,
        record.birthday,
        &mut result,
    );
    merge_date(
        "anniversary",
        &mut contact.anniversary,
        record.anniversary,
        &mut result,
    );
    if contact.uid.is_empty() && !record.uid.is_empty() {
        contact.uid.clone_from(&record.uid);
        result.changed.push("UID");
    }
    if contact.connected_on.is_none() && record.connected_on.is_some() {
        contact.connected_on = record.connected_on;
        result.changed.push("connected on");
    }
    result
}

//! One two-way round with a vdir (DESIGN §10): a folder of one `.vcf` per contact, which
//! vdirsyncer or pimsync syncs with a `CardDAV` server and from there with the phone.
//! Dunbar has no network code: it only reads and writes this folder.
//!
//! A small state file in the folder (`.dunbar-vdir.ron`, which vdirsyncer ignores: it
//! syncs `.vcf` files only) remembers what each card held after the last round, so a round
//! can tell a card changed or deleted on the phone from a contact changed or trashed here.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::actions::Action;
use crate::domain::{Circle, Contact, ContactId, ContactKind, Network};
use crate::storage::{StorageError, write_atomic};

use super::vcard_reader::read_vcards;
use super::vcard_writer::uid_of;
use super::{ImportedRecord, ParsedFile, VCardVersion, export_vcard};

/// The state file's name.
pub const VDIR_STATE_FILE: &str = ".dunbar-vdir.ron";

/// What a round found and will do.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VdirRound {
    /// Changes to the network (new and changed cards, cards deleted in the folder).
    pub actions: Vec<Action>,
    /// Cards to write (changed or new in Dunbar), whole file text.
    pub writes: Vec<(PathBuf, String)>,
    /// Cards to delete (contacts trashed or deleted in Dunbar).
    pub deletes: Vec<PathBuf>,
    /// What every card holds after the round, by UID.
    pub state: BTreeMap<String, u64>,
    /// Contacts new from the folder.
    pub added: usize,
    /// Contacts changed from the folder.
    pub changed: usize,
    /// Contacts trashed because their card was deleted in the folder.
    pub trashed: usize,
}

impl VdirRound {
    /// Whether the round changes anything, here or in the folder.
    pub fn does_something(&self) -> bool {
        self.added + self.changed + self.trashed > 0
            || !self.writes.is_empty()
            || !self.deletes.is_empty()
    }

    /// What the round does, in words ("1 new, 2 changed … 3 cards written").
    pub fn summary(&self) -> String {
        crate::tr!(
            "vdir-round",
            added = self.added,
            changed = self.changed,
            trashed = self.trashed,
            written = self.writes.len(),
            deleted = self.deletes.len()
        )
    }
}

/// A card of the folder.
struct Card {
    path: PathBuf,
    key: u64,
    record: ImportedRecord,
}

/// A card's content as compared between rounds: without `REV` (which Dunbar dates with
/// the day of writing) and with one kind of line end.
fn content_key(text: &str) -> u64 {
    use std::hash::Hasher;
    let mut hasher = std::hash::DefaultHasher::new();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.to_ascii_uppercase().starts_with("REV") || line.is_empty() {
            continue;
        }
        hasher.write(line.as_bytes());
        hasher.write_u8(b'\n');
    }
    hasher.finish()
}

/// `urn:uuid:ABC` and `abc` name the same card.
fn uid_key(uid: &str) -> String {
    let lower = uid.trim().to_ascii_lowercase();
    lower.strip_prefix("urn:uuid:").unwrap_or(&lower).to_owned()
}

/// A file name for a card from its UID (characters a file name cannot hold replaced).
fn file_name(uid: &str) -> String {
    let safe: String = uid_key(uid)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{safe}.vcf")
}

fn render(contact: &Contact, today: NaiveDate) -> String {
    export_vcard(&[contact], VCardVersion::V4, today)
}

/// Reads the cards and the state of `dir` (a missing folder is an empty one).
fn read_folder(dir: &Path) -> Result<(Vec<Card>, BTreeMap<String, u64>), StorageError> {
    let mut cards = Vec::new();
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok((cards, BTreeMap::new()));
        }
        Err(e) => return Err(StorageError::io("read", dir, e)),
    };
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("vcf")))
        .collect();
    paths.sort();
    for path in paths {
        let bytes = fs::read(&path).map_err(|e| StorageError::io("read", &path, e))?;
        let text = String::from_utf8_lossy(&bytes);
        let mut parsed = ParsedFile::default();
        read_vcards(&text, &mut parsed);
        if let Some(record) = parsed.records.into_iter().next()
            && !record.uid.is_empty()
        {
            cards.push(Card {
                key: content_key(&text),
                path,
                record,
            });
        }
    }
    let state = fs::read_to_string(dir.join(VDIR_STATE_FILE))
        .ok()
        .and_then(|text| ron::from_str(&text).ok())
        .unwrap_or_default();
    Ok((cards, state))
}

/// `contact` with the fields a vCard carries taken from `record` (the card is the later
/// version: a field emptied on the phone is emptied here).
fn with_card(contact: &Contact, record: &ImportedRecord) -> Contact {
    let mut out = contact.clone();
    if !record.display_name.is_empty() {
        out.display_name = record.display_name.clone();
    }
    out.given_name = record.given_name.clone();
    out.family_name = record.family_name.clone();
    out.middle_name = record.middle_name.clone();
    out.name_prefix = record.name_prefix.clone();
    out.name_suffix = record.name_suffix.clone();
    out.kind = if record.organisation {
        ContactKind::Organisation
    } else {
        ContactKind::Person
    };
    out.emails = record.emails.clone();
    out.phones = record.phones.clone();
    out.addresses = record.addresses.clone();
    out.company = record.company.clone();
    out.role = record.role.clone();
    out.links = record.links.clone();
    out.linkedin_url = record.linkedin_url.clone();
    out.tags = record.tags.clone();
    out.notes = record.notes.clone();
    out.birthday = record.birthday;
    out.anniversary = record.anniversary;
    out.kept_properties = record.kept_properties.clone();
    if let Some(circle) = record.circle {
        out.circle = circle;
    }
    out
}

/// A contact new from the folder.
fn new_contact(id: ContactId, record: &ImportedRecord, dir: &Path, today: NaiveDate) -> Contact {
    let name = if record.display_name.is_empty() {
        record.uid.clone()
    } else {
        record.display_name.clone()
    };
    let contact = Contact::new(id, &name, record.circle.unwrap_or(Circle::Known), today);
    let mut contact = with_card(&contact, record);
    contact.display_name = name;
    contact.uid = record.uid.clone();
    contact.source = Some(format!("{} ({today})", dir.display()));
    contact
}

/// Plans one round between `network` and the vdir `dir`.
pub fn plan_vdir_round(
    network: &Network,
    dir: &Path,
    today: NaiveDate,
) -> Result<VdirRound, StorageError> {
    let (cards, state) = read_folder(dir)?;
    let mut round = VdirRound::default();
    let mut by_uid: BTreeMap<String, &Card> = BTreeMap::new();
    for card in &cards {
        by_uid.entry(uid_key(&card.record.uid)).or_insert(card);
    }
    let mut known: BTreeMap<String, &Contact> = BTreeMap::new();
    for contact in network.all_contacts() {
        known.insert(uid_key(&uid_of(contact)), contact);
    }
    for (uid, contact) in &known {
        let card = by_uid.get(uid);
        let seen = state.get(uid);
        if contact.is_trashed() {
            // Trashed here: its card goes (unless it never was ours).
            if let (Some(card), Some(_)) = (card, seen) {
                round.deletes.push(card.path.clone());
            }
            continue;
        }
        match (card, seen) {
            (Some(card), Some(seen)) if card.key != *seen => {
                let updated = with_card(contact, &card.record);
                if updated != **contact {
                    round
                        .actions
                        .push(Action::ReplaceContact(Box::new(updated)));
                    round.changed += 1;
                }
                round.state.insert(uid.clone(), card.key);
            }
            (Some(card), _) => {
                let text = render(contact, today);
                let key = content_key(&text);
                if key != card.key {
                    round.writes.push((card.path.clone(), text));
                }
                round.state.insert(uid.clone(), key);
            }
            (None, Some(_)) => {
                let mut trashed = (*contact).clone();
                trashed.trashed_on = Some(today);
                round
                    .actions
                    .push(Action::ReplaceContact(Box::new(trashed)));
                round.trashed += 1;
            }
            (None, None) => {
                let text = render(contact, today);
                round.state.insert(uid.clone(), content_key(&text));
                round
                    .writes
                    .push((dir.join(file_name(&uid_of(contact))), text));
            }
        }
    }
    let mut ids = network.fresh_ids(u64::try_from(cards.len()).unwrap_or(u64::MAX));
    for (uid, card) in &by_uid {
        if known.contains_key(uid) {
            continue;
        }
        if state.contains_key(uid) {
            // Ours once, and deleted here since: its card goes too.
            round.deletes.push(card.path.clone());
            continue;
        }
        let id = ContactId::new(ids.next().unwrap_or_else(|| network.fresh_id()));
        let contact = new_contact(id, &card.record, dir, today);
        round.actions.push(Action::InsertContact(Box::new(contact)));
        round.state.insert(uid.clone(), card.key);
        round.added += 1;
    }
    Ok(round)
}

/// Writes what a round planned: cards atomically, deletions, then the state.
pub fn finish_vdir_round(dir: &Path, round: &VdirRound) -> Result<(), StorageError> {
    fs::create_dir_all(dir).map_err(|e| StorageError::io("create the folder", dir, e))?;
    for (path, text) in &round.writes {
        write_atomic(path, text.as_bytes())?;
    }
    for path in &round.deletes {
        match fs::remove_file(path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(StorageError::io("delete", path, e)),
        }
    }
    let text = ron::to_string(&round.state).map_err(|e| StorageError::Serialise(e.to_string()))?;
    write_atomic(&dir.join(VDIR_STATE_FILE), text.as_bytes())
}

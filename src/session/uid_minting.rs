//! Every new contact gets a UID of its own when it enters the network: the one its vCard
//! came with, else a random version-4 UUID. A UID made from the contact's id would be the
//! same for two different people created on two devices, and sync (`CardDAV`, Syncthing)
//! matches cards by UID.

use crate::actions::Action;

/// `action` with a fresh `urn:uuid:` UID for every contact it inserts without one.
pub fn with_minted_uids(action: Action) -> Action {
    match action {
        Action::InsertContact(mut contact) if contact.uid.is_empty() => {
            contact.uid = mint_uid();
            Action::InsertContact(contact)
        }
        Action::Batch { label, actions } => Action::Batch {
            label,
            actions: actions.into_iter().map(with_minted_uids).collect(),
        },
        other => other,
    }
}

/// A random version-4 UUID as a URN (RFC 9562 §5.4). Should the operating system's random
/// source fail, the clock's nanoseconds and a counter stand in (unique on this device).
pub fn mint_uid() -> String {
    let mut bytes = [0u8; 16];
    if getrandom::fill(&mut bytes).is_err() {
        use std::sync::atomic::{AtomicU64, Ordering};
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let count = COUNTER.fetch_add(1, Ordering::Relaxed);
        let mixed = nanos ^ (u128::from(count) << 64) ^ u128::from(std::process::id());
        bytes = mixed.to_le_bytes();
    }
    if let Some(version) = bytes.get_mut(6) {
        *version = (*version & 0x0f) | 0x40;
    }
    if let Some(variant) = bytes.get_mut(8) {
        *variant = (*variant & 0x3f) | 0x80;
    }
    let hex = bytes.iter().fold(String::with_capacity(32), |mut hex, b| {
        use std::fmt::Write as _;
        let _ = write!(hex, "{b:02x}");
        hex
    });
    format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        hex.get(0..8).unwrap_or_default(),
        hex.get(8..12).unwrap_or_default(),
        hex.get(12..16).unwrap_or_default(),
        hex.get(16..20).unwrap_or_default(),
        hex.get(20..32).unwrap_or_default()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Circle, Contact, ContactId};
    use chrono::NaiveDate;

    #[test]
    fn uids_are_version_4_urns_and_differ() {
        let a = mint_uid();
        let b = mint_uid();
        assert_ne!(a, b);
        assert_eq!(a.len(), "urn:uuid:".len() + 36);
        assert_eq!(a.get(23..24), Some("4"), "{a}");
        assert!(matches!(a.get(28..29), Some("8" | "9" | "a" | "b")), "{a}");
    }

    #[test]
    fn only_contacts_without_a_uid_get_one() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default();
        let mut kept = Contact::new(ContactId::new(1), "Ann", Circle::Known, day);
        kept.uid = "from-the-file".into();
        let fresh = Contact::new(ContactId::new(2), "Bo", Circle::Known, day);
        let action = with_minted_uids(Action::Batch {
            label: "import".into(),
            actions: vec![
                Action::InsertContact(Box::new(kept)),
                Action::InsertContact(Box::new(fresh)),
            ],
        });
        let Action::Batch { actions, .. } = action else {
            unreachable!("a batch stays a batch")
        };
        let uids: Vec<String> = actions
            .iter()
            .filter_map(|a| match a {
                Action::InsertContact(c) => Some(c.uid.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(uids.first().map(String::as_str), Some("from-the-file"));
        assert!(uids.get(1).is_some_and(|u| u.starts_with("urn:uuid:")));
    }
}

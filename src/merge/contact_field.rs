use std::collections::BTreeSet;

use crate::domain::Contact;

/// Sets a set field to the elements of two contacts that pass a test (see `select`).
pub type SelectFn = fn(&mut Contact, &Contact, &Contact, &dyn Fn(&str) -> bool);

/// One field of a contact as the merge sees it: its name (the key of its stamp), whether
/// it is a set (merged as a set when two devices changed it without seeing each other),
/// and how to compare, copy, unite and show it.
pub struct ContactField {
    /// The field's name, as in the data file.
    pub name: &'static str,
    /// Whether concurrent changes unite (e-mails, phones, tags, interests …).
    pub is_set: bool,
    /// Whether two contacts hold the same value.
    pub same: fn(&Contact, &Contact) -> bool,
    /// Copies the field from the second contact into the first.
    pub copy: fn(&mut Contact, &Contact),
    /// The keys of a set's elements (the data file's spelling of each); empty for others.
    pub keys: fn(&Contact) -> Vec<String>,
    /// Sets a set to the elements of the two contacts (the first's order first) whose key
    /// passes the test; copies the first's value otherwise.
    pub select: SelectFn,
    /// The value in words, for the banner and the command line.
    pub show: fn(&Contact) -> String,
}

/// A field merged element by element.
trait SetField: Sized {
    fn keys(&self) -> Vec<String>;
    fn select(first: &Self, second: &Self, keep: &dyn Fn(&str) -> bool) -> Self;
}

/// An element's key: how the data file writes it.
pub fn element_key<T: serde::Serialize>(item: &T) -> String {
    ron::to_string(item).unwrap_or_default()
}

impl<T: serde::Serialize + PartialEq + Clone> SetField for Vec<T> {
    fn keys(&self) -> Vec<String> {
        self.iter().map(element_key).collect()
    }
    fn select(first: &Self, second: &Self, keep: &dyn Fn(&str) -> bool) -> Self {
        let mut out: Vec<T> = Vec::new();
        for item in first.iter().chain(second) {
            if !out.contains(item) && keep(&element_key(item)) {
                out.push(item.clone());
            }
        }
        out
    }
}

impl<T: serde::Serialize + Ord + Clone> SetField for BTreeSet<T> {
    fn keys(&self) -> Vec<String> {
        self.iter().map(element_key).collect()
    }
    fn select(first: &Self, second: &Self, keep: &dyn Fn(&str) -> bool) -> Self {
        first
            .iter()
            .chain(second)
            .filter(|item| keep(&element_key(*item)))
            .cloned()
            .collect()
    }
}

/// A value in words: strings as they are, anything else as the data file writes it.
fn shown<T: serde::Serialize>(value: &T) -> String {
    let text = ron::to_string(value).unwrap_or_default();
    ron::from_str::<String>(&text).unwrap_or(text)
}

macro_rules! contact_fields {
    (scalars: [$($s:ident),* $(,)?], sets: [$($t:ident),* $(,)?]) => {
        /// Every field of a contact but its id.
        pub const CONTACT_FIELDS: &[ContactField] = &[
            $(ContactField {
                name: stringify!($s),
                is_set: false,
                same: |a, b| a.$s == b.$s,
                copy: |to, from| to.$s = from.$s.clone(),
                keys: |_| Vec::new(),
                select: |to, first, _, _| to.$s = first.$s.clone(),
                show: |c| shown(&c.$s),
            },)*
            $(ContactField {
                name: stringify!($t),
                is_set: true,
                same: |a, b| a.$t == b.$t,
                copy: |to, from| to.$t = from.$t.clone(),
                keys: |c| c.$t.keys(),
                select: |to, first, second, keep| to.$t = SetField::select(&first.$t, &second.$t, keep),
                show: |c| shown(&c.$t),
            },)*
        ];
    };
}

contact_fields! {
    scalars: [
        display_name, given_name, family_name, middle_name, name_prefix, name_suffix, kind,
        company, role, linkedin_url, notes, birthday, anniversary, how_we_met, family, hub,
        circle, cadence_days, created, source, import_batch, connected_on, snoozed_until,
        trashed_on, uid,
    ],
    sets: [emails, phones, addresses, links, tags, interests, kept_properties]
}

/// The field named `name`.
pub fn contact_field(name: &str) -> Option<&'static ContactField> {
    CONTACT_FIELDS.iter().find(|f| f.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fails to compile when a field is added to `Contact` without a line above: the merge
    /// would otherwise drop that field's changes from other devices.
    #[test]
    fn every_field_of_a_contact_is_merged() {
        let Contact {
            id: _,
            display_name: _,
            given_name: _,
            family_name: _,
            middle_name: _,
            name_prefix: _,
            name_suffix: _,
            kind: _,
            emails: _,
            phones: _,
            addresses: _,
            company: _,
            role: _,
            links: _,
            linkedin_url: _,
            tags: _,
            interests: _,
            notes: _,
            birthday: _,
            anniversary: _,
            how_we_met: _,
            family: _,
            hub: _,
            circle: _,
            cadence_days: _,
            created: _,
            source: _,
            import_batch: _,
            connected_on: _,
            snoozed_until: _,
            trashed_on: _,
            uid: _,
            kept_properties: _,
        } = Contact::default();
        assert_eq!(CONTACT_FIELDS.len(), 32);
        let mut a = Contact::default();
        a.tags.insert("x".into());
        a.notes = "hello".into();
        let mut b = Contact::default();
        b.tags.insert("y".into());
        b.tags.insert("z".into());
        let (first, second) = (a.clone(), b.clone());
        (contact_field("tags").unwrap().select)(&mut a, &first, &second, &|k| k != "\"z\"");
        assert_eq!(a.tags.len(), 2);
        assert_eq!((contact_field("notes").unwrap().show)(&a), "hello");
    }
}

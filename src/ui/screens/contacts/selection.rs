use std::collections::BTreeSet;

use egui::Modifiers;

use crate::domain::ContactId;

use crate::ui::ContactTable;

/// The selected rows of the Contacts table: click selects one, Ctrl+click toggles one,
/// Shift+click selects the range from the last plain click.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    ids: BTreeSet<ContactId>,
    anchor: Option<ContactId>,
}

impl Selection {
    /// Updates the selection for a click on `id` with `modifiers` held.
    pub fn click(&mut self, id: ContactId, modifiers: Modifiers, table: &ContactTable) {
        if modifiers.shift {
            let anchor = self.anchor.and_then(|a| table.position_of(a));
            if let (Some(from), Some(to)) = (anchor, table.position_of(id)) {
                let (low, high) = (from.min(to), from.max(to));
                if !modifiers.command {
                    self.ids.clear();
                }
                self.ids
                    .extend(table.shown_ids().skip(low).take(high - low + 1));
                return;
            }
        }
        if modifiers.command {
            if !self.ids.remove(&id) {
                self.ids.insert(id);
            }
        } else {
            self.ids.clear();
            self.ids.insert(id);
        }
        self.anchor = Some(id);
    }

    /// Selects exactly these.
    pub fn set(&mut self, ids: impl IntoIterator<Item = ContactId>) {
        self.ids = ids.into_iter().collect();
        self.anchor = self.ids.iter().next().copied();
    }

    /// Forgets contacts that are no longer shown (trashed, deleted, filtered away).
    pub fn retain(&mut self, keep: impl Fn(ContactId) -> bool) {
        self.ids.retain(|id| keep(*id));
        if self.anchor.is_some_and(|a| !keep(a)) {
            self.anchor = None;
        }
    }

    /// Whether a contact is selected.
    pub fn contains(&self, id: ContactId) -> bool {
        self.ids.contains(&id)
    }

    /// The selected contacts, by id.
    pub fn ids(&self) -> Vec<ContactId> {
        self.ids.iter().copied().collect()
    }

    /// How many are selected.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Nothing selected.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

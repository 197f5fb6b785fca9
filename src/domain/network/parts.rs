//! Whole-map access for the merge and the stamping of saves (`crate::merge`): they work
//! on records by id across every kind, then `validate_and_index` checks the result.

use imbl::OrdMap;

use super::super::{
    Ask, AskId, Cadences, CaptureSource, CaptureSourceId, Contact, ContactId, Gift, GiftId,
    ImportBatch, ImportBatchId, LibraryItem, LibraryItemId, Profile, Promise, PromiseId,
    ReviewRecord, Stamps, Touch, TouchId,
};
use super::Network;

impl Network {
    pub(crate) fn stamps_mut(&mut self) -> &mut Stamps {
        &mut self.stamps
    }
    pub(crate) fn contact_map(&self) -> &OrdMap<ContactId, Contact> {
        &self.contacts
    }
    pub(crate) fn contact_map_mut(&mut self) -> &mut OrdMap<ContactId, Contact> {
        &mut self.contacts
    }
    pub(crate) fn touch_map(&self) -> &OrdMap<TouchId, Touch> {
        &self.touches
    }
    pub(crate) fn touch_map_mut(&mut self) -> &mut OrdMap<TouchId, Touch> {
        &mut self.touches
    }
    pub(crate) fn gift_map(&self) -> &OrdMap<GiftId, Gift> {
        &self.gifts
    }
    pub(crate) fn gift_map_mut(&mut self) -> &mut OrdMap<GiftId, Gift> {
        &mut self.gifts
    }
    pub(crate) fn ask_map(&self) -> &OrdMap<AskId, Ask> {
        &self.asks
    }
    pub(crate) fn ask_map_mut(&mut self) -> &mut OrdMap<AskId, Ask> {
        &mut self.asks
    }
    pub(crate) fn library_map(&self) -> &OrdMap<LibraryItemId, LibraryItem> {
        &self.library
    }
    pub(crate) fn library_map_mut(&mut self) -> &mut OrdMap<LibraryItemId, LibraryItem> {
        &mut self.library
    }
    pub(crate) fn import_map(&self) -> &OrdMap<ImportBatchId, ImportBatch> {
        &self.imports
    }
    pub(crate) fn import_map_mut(&mut self) -> &mut OrdMap<ImportBatchId, ImportBatch> {
        &mut self.imports
    }
    pub(crate) fn source_map(&self) -> &OrdMap<CaptureSourceId, CaptureSource> {
        &self.sources
    }
    pub(crate) fn source_map_mut(&mut self) -> &mut OrdMap<CaptureSourceId, CaptureSource> {
        &mut self.sources
    }
    pub(crate) fn promise_map(&self) -> &OrdMap<PromiseId, Promise> {
        &self.promises
    }
    pub(crate) fn promise_map_mut(&mut self) -> &mut OrdMap<PromiseId, Promise> {
        &mut self.promises
    }
    pub(crate) fn reviews_mut(&mut self) -> &mut Vec<ReviewRecord> {
        &mut self.reviews
    }
    pub(crate) fn profile_mut(&mut self) -> &mut Profile {
        &mut self.profile
    }
    pub(crate) fn cadences_mut(&mut self) -> &mut Cadences {
        &mut self.cadences
    }

    /// Whether a record of any kind has this id.
    pub(crate) fn has_record(&self, id: u64) -> bool {
        self.contacts.contains_key(&ContactId::new(id))
            || self.touches.contains_key(&TouchId::new(id))
            || self.gifts.contains_key(&GiftId::new(id))
            || self.asks.contains_key(&AskId::new(id))
            || self.library.contains_key(&LibraryItemId::new(id))
            || self.imports.contains_key(&ImportBatchId::new(id))
            || self.sources.contains_key(&CaptureSourceId::new(id))
            || self.promises.contains_key(&PromiseId::new(id))
    }

    /// The ids records refer to that no record has (after a merge removed them).
    pub(crate) fn missing_references(&self) -> Vec<u64> {
        let mut missing = Vec::new();
        let mut need = |present: bool, id: u64| {
            if !present {
                missing.push(id);
            }
        };
        for touch in self.touches.values() {
            for contact in &touch.contacts {
                need(self.contacts.contains_key(contact), contact.get());
            }
        }
        for gift in self.gifts.values() {
            need(
                self.contacts.contains_key(&gift.contact),
                gift.contact.get(),
            );
            if let Some(item) = gift.item {
                need(self.library.contains_key(&item), item.get());
            }
            if let Some(touch) = gift.touch {
                need(self.touches.contains_key(&touch), touch.get());
            }
        }
        for ask in self.asks.values() {
            need(self.contacts.contains_key(&ask.contact), ask.contact.get());
            if let Some(touch) = ask.touch {
                need(self.touches.contains_key(&touch), touch.get());
            }
        }
        for promise in self.promises.values() {
            need(
                self.contacts.contains_key(&promise.contact),
                promise.contact.get(),
            );
            if let Some(touch) = promise.touch {
                need(self.touches.contains_key(&touch), touch.get());
            }
            if let Some(ask) = promise.ask {
                need(self.asks.contains_key(&ask), ask.get());
            }
        }
        for contact in self.contacts.values() {
            if let Some(batch) = contact.import_batch {
                need(self.imports.contains_key(&batch), batch.get());
            }
        }
        missing.sort_unstable();
        missing.dedup();
        missing
    }

    /// Copies the record with this id (of whatever kind) from `from`; whether it had one.
    pub(crate) fn copy_record_from(&mut self, from: &Network, id: u64) -> bool {
        fn copy<K: Ord + Clone, V: Clone>(
            to: &mut OrdMap<K, V>,
            from: &OrdMap<K, V>,
            key: &K,
        ) -> bool {
            from.get(key)
                .cloned()
                .map(|v| to.insert(key.clone(), v))
                .is_some()
        }
        copy(&mut self.contacts, &from.contacts, &ContactId::new(id))
            || copy(&mut self.touches, &from.touches, &TouchId::new(id))
            || copy(&mut self.gifts, &from.gifts, &GiftId::new(id))
            || copy(&mut self.asks, &from.asks, &AskId::new(id))
            || copy(&mut self.library, &from.library, &LibraryItemId::new(id))
            || copy(&mut self.imports, &from.imports, &ImportBatchId::new(id))
            || copy(&mut self.sources, &from.sources, &CaptureSourceId::new(id))
            || copy(&mut self.promises, &from.promises, &PromiseId::new(id))
    }
}

use std::collections::HashMap;

use imbl::{HashMap as SharedHashMap, OrdMap};

use serde::{Deserialize, Serialize};

use super::keyed_list::{self, Keyed};
use super::{
    Ask, AskId, Cadences, CaptureSource, CaptureSourceId, Contact, ContactId, ContactLinks,
    Direction, Gift, GiftId, ImportBatch, ImportBatchId, LibraryItem, LibraryItemId, NetworkError,
    Profile, Promise, PromiseId, ReviewRecord, Stamps, Touch, TouchId, TouchKind, UpcomingEvent,
};

mod parts;

/// Ids a device mints lie in a range of its own: `prefix << ID_PREFIX_SHIFT` up. Two
/// laptops adding contacts offline then never mint the same id. Ids stay below 2^53, so
/// they survive any JSON reader.
pub const ID_PREFIX_SHIFT: u32 = 32;
/// The largest device prefix (21 bits, so that every id stays below 2^53).
pub const MAX_ID_PREFIX: u64 = (1 << 21) - 1;

/// The whole network: one aggregate whose invariants (unique ids, valid references, a
/// non-empty name on every contact) hold after every change. It is changed only through
/// `actions`, which go through the `pub(crate)` primitives below.
///
/// Its maps are persistent (structurally shared): a clone costs a few pointer copies, and a
/// change copies only the path to the record it changes. So the window hands a snapshot to
/// the save thread without copying 300,000 touches on the UI thread (DESIGN §8).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Network {
    /// The next unused id; ids are shared by all record kinds. Derived (highest id + 1) on
    /// load and only ever raised, so an id is never reused while the network is open.
    #[serde(skip)]
    next_id: u64,
    /// The device's id range (0: the single counter of files from before devices, which
    /// the window and commands never use once a device is known).
    #[serde(skip)]
    id_prefix: u64,
    /// The lowest id this device may still mint (it may have minted higher ones in
    /// versions not merged in yet, such as a conflict file of its own).
    #[serde(skip)]
    id_floor: u64,
    /// Who the user is.
    profile: Profile,
    /// Per-circle cadences.
    cadences: Cadences,
    /// Everyone, including contacts in the trash.
    #[serde(with = "keyed_list")]
    contacts: OrdMap<ContactId, Contact>,
    /// Every touch.
    #[serde(with = "keyed_list")]
    touches: OrdMap<TouchId, Touch>,
    /// Gifts given and received.
    #[serde(with = "keyed_list")]
    gifts: OrdMap<GiftId, Gift>,
    /// Asks, planned and made.
    #[serde(with = "keyed_list")]
    asks: OrdMap<AskId, Ask>,
    /// The gift library.
    #[serde(with = "keyed_list")]
    library: OrdMap<LibraryItemId, LibraryItem>,
    /// Finished weekly reviews, oldest first.
    reviews: Vec<ReviewRecord>,
    /// Past imports.
    #[serde(with = "keyed_list")]
    imports: OrdMap<ImportBatchId, ImportBatch>,
    /// Files and folders touches were captured from.
    #[serde(with = "keyed_list")]
    sources: OrdMap<CaptureSourceId, CaptureSource>,
    /// Promises (follow-ups) made to and by contacts.
    #[serde(with = "keyed_list")]
    #[serde(skip_serializing_if = "OrdMap::is_empty")]
    promises: OrdMap<PromiseId, Promise>,
    /// When each record last changed, and what was deleted (DESIGN §10).
    #[serde(skip_serializing_if = "Stamps::is_empty")]
    stamps: Stamps,
    /// Per-contact links, rebuilt on load and kept current by every change.
    #[serde(skip)]
    links: SharedHashMap<ContactId, ContactLinks>,
}

impl Keyed for Contact {
    type Key = ContactId;
    fn key(&self) -> ContactId {
        self.id
    }
}
impl Keyed for Touch {
    type Key = TouchId;
    fn key(&self) -> TouchId {
        self.id
    }
}
impl Keyed for Gift {
    type Key = GiftId;
    fn key(&self) -> GiftId {
        self.id
    }
}
impl Keyed for Ask {
    type Key = AskId;
    fn key(&self) -> AskId {
        self.id
    }
}
impl Keyed for LibraryItem {
    type Key = LibraryItemId;
    fn key(&self) -> LibraryItemId {
        self.id
    }
}
impl Keyed for CaptureSource {
    type Key = CaptureSourceId;
    fn key(&self) -> CaptureSourceId {
        self.id
    }
}
impl Keyed for Promise {
    type Key = PromiseId;
    fn key(&self) -> PromiseId {
        self.id
    }
}
impl Keyed for ImportBatch {
    type Key = ImportBatchId;
    fn key(&self) -> ImportBatchId {
        self.id
    }
}

static NO_LINKS: ContactLinks = ContactLinks {
    touches: Vec::new(),
    gifts: Vec::new(),
    asks: Vec::new(),
    promises: Vec::new(),
    last_meaningful: None,
    last_light: None,
    last_outbound: None,
    awaiting_reply: Vec::new(),
};

/// Folds one touch into a contact's summary (the touch list itself is kept by the caller).
fn note_touch(links: &mut ContactLinks, touch: &Touch) {
    let slot = match touch.kind {
        TouchKind::Light => &mut links.last_light,
        TouchKind::Meaningful | TouchKind::SharedMyWork => &mut links.last_meaningful,
    };
    *slot = (*slot).max(Some(touch.date));
    if touch.direction == Direction::Outbound {
        links.last_outbound = links.last_outbound.max(Some(touch.date));
    }
    if touch.awaiting_reply && touch.direction == Direction::Inbound {
        insert_sorted(&mut links.awaiting_reply, touch.id);
    }
}

impl PartialEq for Network {
    /// Two networks are equal when their stored data is; the derived index and id counter
    /// are ignored.
    fn eq(&self, other: &Self) -> bool {
        self.profile == other.profile
            && self.cadences == other.cadences
            && self.contacts == other.contacts
            && self.touches == other.touches
            && self.gifts == other.gifts
            && self.asks == other.asks
            && self.library == other.library
            && self.reviews == other.reviews
            && self.imports == other.imports
            && self.sources == other.sources
            && self.promises == other.promises
    }
}

impl Network {
    /// An empty network.
    pub fn new() -> Self {
        Self {
            next_id: 1,
            ..Self::default()
        }
    }

    // ----- reading -------------------------------------------------------------------

    /// An id that no record has used, in this device's range.
    pub fn fresh_id(&self) -> u64 {
        self.next_id.max(self.id_base().saturating_add(1))
    }

    /// The first id of this device's range.
    fn id_base(&self) -> u64 {
        self.id_prefix << ID_PREFIX_SHIFT
    }

    /// Mints new ids in the range of the device with this prefix (1..=`MAX_ID_PREFIX`;
    /// 0 is the range of files written before devices).
    pub fn set_id_prefix(&mut self, prefix: u64) {
        self.id_prefix = prefix.min(MAX_ID_PREFIX);
        self.next_id = self.highest_in_range().saturating_add(1).max(self.id_floor);
    }

    /// Never mints an id below `floor` (the device remembers the next id it would have
    /// minted, so an id is not used twice even when the record that had it is only in a
    /// version not merged yet).
    pub fn raise_id_floor(&mut self, floor: u64) {
        self.id_floor = self.id_floor.max(floor);
        self.next_id = self.next_id.max(floor);
    }

    /// The highest id used in this device's range (its base when none).
    fn highest_in_range(&self) -> u64 {
        let lo = self.id_base();
        let hi = lo.saturating_add(1 << ID_PREFIX_SHIFT);
        [
            top(
                &self.contacts,
                ContactId::new(lo),
                ContactId::new(hi),
                ContactId::get,
            ),
            top(
                &self.touches,
                TouchId::new(lo),
                TouchId::new(hi),
                TouchId::get,
            ),
            top(&self.gifts, GiftId::new(lo), GiftId::new(hi), GiftId::get),
            top(&self.asks, AskId::new(lo), AskId::new(hi), AskId::get),
            top(
                &self.library,
                LibraryItemId::new(lo),
                LibraryItemId::new(hi),
                LibraryItemId::get,
            ),
            top(
                &self.imports,
                ImportBatchId::new(lo),
                ImportBatchId::new(hi),
                ImportBatchId::get,
            ),
            top(
                &self.sources,
                CaptureSourceId::new(lo),
                CaptureSourceId::new(hi),
                CaptureSourceId::get,
            ),
            top(
                &self.promises,
                PromiseId::new(lo),
                PromiseId::new(hi),
                PromiseId::get,
            ),
        ]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(lo)
    }

    /// The change stamps (DESIGN §10).
    pub fn stamps(&self) -> &Stamps {
        &self.stamps
    }

    /// `count` consecutive fresh ids, for building a batch before applying it.
    pub fn fresh_ids(&self, count: u64) -> std::ops::Range<u64> {
        let start = self.fresh_id();
        start..start.saturating_add(count)
    }

    /// Your profile.
    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// Per-circle cadences.
    pub fn cadences(&self) -> &Cadences {
        &self.cadences
    }

    /// All contacts, including those in the trash, by id.
    pub fn all_contacts(&self) -> impl Iterator<Item = &Contact> {
        self.contacts.values()
    }

    /// Contacts not in the trash, by id.
    pub fn contacts(&self) -> impl Iterator<Item = &Contact> {
        self.contacts.values().filter(|c| !c.is_trashed())
    }

    /// Contacts in the trash.
    pub fn trashed_contacts(&self) -> impl Iterator<Item = &Contact> {
        self.contacts.values().filter(|c| c.is_trashed())
    }

    /// One contact (trashed or not).
    pub fn contact(&self, id: ContactId) -> Option<&Contact> {
        self.contacts.get(&id)
    }

    /// Number of contacts not in the trash.
    pub fn contact_count(&self) -> usize {
        self.contacts().count()
    }

    /// Every touch, by id.
    pub fn touches(&self) -> impl Iterator<Item = &Touch> {
        self.touches.values()
    }

    /// One touch.
    pub fn touch(&self, id: TouchId) -> Option<&Touch> {
        self.touches.get(&id)
    }

    /// Number of touches.
    pub fn touch_count(&self) -> usize {
        self.touches.len()
    }

    /// Every gift.
    pub fn gifts(&self) -> impl Iterator<Item = &Gift> {
        self.gifts.values()
    }

    /// One gift.
    pub fn gift(&self, id: GiftId) -> Option<&Gift> {
        self.gifts.get(&id)
    }

    /// Every ask.
    pub fn asks(&self) -> impl Iterator<Item = &Ask> {
        self.asks.values()
    }

    /// One ask.
    pub fn ask(&self, id: AskId) -> Option<&Ask> {
        self.asks.get(&id)
    }

    /// The gift library.
    pub fn library(&self) -> impl Iterator<Item = &LibraryItem> {
        self.library.values()
    }

    /// One library item.
    pub fn library_item(&self, id: LibraryItemId) -> Option<&LibraryItem> {
        self.library.get(&id)
    }

    /// Finished reviews, oldest first.
    pub fn reviews(&self) -> &[ReviewRecord] {
        &self.reviews
    }

    /// Past imports.
    pub fn imports(&self) -> impl Iterator<Item = &ImportBatch> {
        self.imports.values()
    }

    /// One import batch.
    pub fn import_batch(&self, id: ImportBatchId) -> Option<&ImportBatch> {
        self.imports.get(&id)
    }

    /// The files and folders touches were captured from.
    pub fn sources(&self) -> impl Iterator<Item = &CaptureSource> {
        self.sources.values()
    }

    /// One capture source.
    pub fn source(&self, id: CaptureSourceId) -> Option<&CaptureSource> {
        self.sources.get(&id)
    }

    /// Every promise, kept or open.
    pub fn promises(&self) -> impl Iterator<Item = &Promise> {
        self.promises.values()
    }

    /// One promise.
    pub fn promise(&self, id: PromiseId) -> Option<&Promise> {
        self.promises.get(&id)
    }

    /// Promises made to or by a contact, in id order.
    pub fn promises_of(&self, contact: ContactId) -> impl Iterator<Item = &Promise> {
        self.links(contact)
            .promises
            .iter()
            .filter_map(|id| self.promises.get(id))
    }

    /// The future calendar events of every capture source, as of each one's last scan.
    pub fn upcoming_events(&self) -> impl Iterator<Item = &UpcomingEvent> {
        self.sources.values().flat_map(|s| s.upcoming.iter())
    }

    /// The ids of the records pointing at a contact.
    pub fn links(&self, contact: ContactId) -> &ContactLinks {
        self.links.get(&contact).unwrap_or(&NO_LINKS)
    }

    /// Touches involving a contact, in id order.
    pub fn touches_of(&self, contact: ContactId) -> impl Iterator<Item = &Touch> {
        self.links(contact)
            .touches
            .iter()
            .filter_map(|id| self.touches.get(id))
    }

    /// Gifts to or from a contact.
    pub fn gifts_of(&self, contact: ContactId) -> impl Iterator<Item = &Gift> {
        self.links(contact)
            .gifts
            .iter()
            .filter_map(|id| self.gifts.get(id))
    }

    /// Asks made of a contact.
    pub fn asks_of(&self, contact: ContactId) -> impl Iterator<Item = &Ask> {
        self.links(contact)
            .asks
            .iter()
            .filter_map(|id| self.asks.get(id))
    }

    // ----- invariants ----------------------------------------------------------------

    /// Rebuilds the derived index and checks every invariant; run after loading a file.
    pub fn validate_and_index(&mut self) -> Result<(), NetworkError> {
        self.rebuild_links();
        for contact in self.contacts.values() {
            check_contact(contact)?;
        }
        for touch in self.touches.values() {
            self.check_touch(touch)?;
        }
        for gift in self.gifts.values() {
            self.check_gift(gift)?;
        }
        for ask in self.asks.values() {
            self.check_ask(ask)?;
        }
        for promise in self.promises.values() {
            self.check_promise(promise)?;
        }
        for contact in self.contacts.values() {
            if let Some(batch) = contact.import_batch {
                self.require_import(batch, "contact", contact.id.get())?;
            }
        }
        let highest = self.highest_in_range();
        self.next_id = self.next_id.max(highest.saturating_add(1));
        Ok(())
    }

    fn rebuild_links(&mut self) {
        let mut links: HashMap<ContactId, ContactLinks> = HashMap::new();
        for touch in self.touches.values() {
            for contact in &touch.contacts {
                let entry = links.entry(*contact).or_default();
                entry.touches.push(touch.id);
                note_touch(entry, touch);
            }
        }
        for gift in self.gifts.values() {
            links.entry(gift.contact).or_default().gifts.push(gift.id);
        }
        for ask in self.asks.values() {
            links.entry(ask.contact).or_default().asks.push(ask.id);
        }
        for promise in self.promises.values() {
            links
                .entry(promise.contact)
                .or_default()
                .promises
                .push(promise.id);
        }
        self.links = links.into_iter().collect();
    }

    fn require_contact(
        &self,
        id: ContactId,
        kind: &'static str,
        from: u64,
    ) -> Result<(), NetworkError> {
        if self.contacts.contains_key(&id) {
            Ok(())
        } else {
            Err(NetworkError::DanglingReference {
                kind,
                id: from,
                target: "contact",
                target_id: id.get(),
            })
        }
    }

    fn require_import(
        &self,
        id: ImportBatchId,
        kind: &'static str,
        from: u64,
    ) -> Result<(), NetworkError> {
        if self.imports.contains_key(&id) {
            Ok(())
        } else {
            Err(NetworkError::DanglingReference {
                kind,
                id: from,
                target: "import batch",
                target_id: id.get(),
            })
        }
    }

    fn check_touch(&self, touch: &Touch) -> Result<(), NetworkError> {
        if touch.contacts.is_empty() {
            return Err(NetworkError::Invalid {
                kind: "touch",
                id: touch.id.get(),
                problem: "it involves nobody".to_owned(),
            });
        }
        for contact in &touch.contacts {
            self.require_contact(*contact, "touch", touch.id.get())?;
        }
        Ok(())
    }

    fn check_gift(&self, gift: &Gift) -> Result<(), NetworkError> {
        self.require_contact(gift.contact, "gift", gift.id.get())?;
        if let Some(item) = gift.item
            && !self.library.contains_key(&item)
        {
            return Err(NetworkError::DanglingReference {
                kind: "gift",
                id: gift.id.get(),
                target: "library item",
                target_id: item.get(),
            });
        }
        self.check_touch_ref(gift.touch, "gift", gift.id.get())
    }

    fn check_ask(&self, ask: &Ask) -> Result<(), NetworkError> {
        self.require_contact(ask.contact, "ask", ask.id.get())?;
        self.check_touch_ref(ask.touch, "ask", ask.id.get())
    }

    fn check_promise(&self, promise: &Promise) -> Result<(), NetworkError> {
        if promise.text.trim().is_empty() {
            return Err(NetworkError::Invalid {
                kind: "promise",
                id: promise.id.get(),
                problem: "what was promised is empty".to_owned(),
            });
        }
        self.require_contact(promise.contact, "promise", promise.id.get())?;
        if let Some(ask) = promise.ask
            && !self.asks.contains_key(&ask)
        {
            return Err(NetworkError::DanglingReference {
                kind: "promise",
                id: promise.id.get(),
                target: "ask",
                target_id: ask.get(),
            });
        }
        self.check_touch_ref(promise.touch, "promise", promise.id.get())
    }

    fn check_touch_ref(
        &self,
        touch: Option<TouchId>,
        kind: &'static str,
        id: u64,
    ) -> Result<(), NetworkError> {
        match touch {
            Some(touch) if !self.touches.contains_key(&touch) => {
                Err(NetworkError::DanglingReference {
                    kind,
                    id,
                    target: "touch",
                    target_id: touch.get(),
                })
            }
            _ => Ok(()),
        }
    }

    /// Recomputes a contact's touch summary from their touch list (after a removal or edit,
    /// when a running maximum cannot be lowered).
    fn resummarise(&mut self, contact: ContactId) {
        let Some(links) = self.links.get_mut(&contact) else {
            return;
        };
        links.last_meaningful = None;
        links.last_light = None;
        links.last_outbound = None;
        links.awaiting_reply.clear();
        for id in links.touches.clone() {
            if let Some(touch) = self.touches.get(&id) {
                note_touch(links, touch);
            }
        }
    }

    fn bump(&mut self, id: u64) {
        if id >> ID_PREFIX_SHIFT == self.id_prefix {
            self.next_id = self.next_id.max(id.saturating_add(1));
        }
    }

    // ----- primitives (used only by `actions`) ---------------------------------------

    pub(crate) fn insert_contact(&mut self, contact: Contact) -> Result<(), NetworkError> {
        check_contact(&contact)?;
        if let Some(batch) = contact.import_batch {
            self.require_import(batch, "contact", contact.id.get())?;
        }
        if self.contacts.contains_key(&contact.id) {
            return Err(duplicate("contact", contact.id.get()));
        }
        self.bump(contact.id.get());
        self.contacts.insert(contact.id, contact);
        Ok(())
    }

    pub(crate) fn replace_contact(&mut self, contact: Contact) -> Result<Contact, NetworkError> {
        check_contact(&contact)?;
        if let Some(batch) = contact.import_batch {
            self.require_import(batch, "contact", contact.id.get())?;
        }
        let slot = self
            .contacts
            .get_mut(&contact.id)
            .ok_or_else(|| missing("contact", contact.id.get()))?;
        Ok(std::mem::replace(slot, contact))
    }

    pub(crate) fn remove_contact(&mut self, id: ContactId) -> Result<Contact, NetworkError> {
        let links = self.links(id);
        if !links.touches.is_empty()
            || !links.gifts.is_empty()
            || !links.asks.is_empty()
            || !links.promises.is_empty()
        {
            return Err(NetworkError::StillReferenced {
                kind: "contact",
                id: id.get(),
                by: format!(
                    "{} touches, {} gifts, {} asks and {} promises",
                    links.touches.len(),
                    links.gifts.len(),
                    links.asks.len(),
                    links.promises.len()
                ),
            });
        }
        self.links.remove(&id);
        self.contacts
            .remove(&id)
            .ok_or_else(|| missing("contact", id.get()))
    }

    pub(crate) fn insert_touch(&mut self, touch: Touch) -> Result<(), NetworkError> {
        self.check_touch(&touch)?;
        if self.touches.contains_key(&touch.id) {
            return Err(duplicate("touch", touch.id.get()));
        }
        self.bump(touch.id.get());
        for contact in &touch.contacts {
            let links = self.links.entry(*contact).or_default();
            insert_sorted(&mut links.touches, touch.id);
            note_touch(links, &touch);
        }
        self.touches.insert(touch.id, touch);
        Ok(())
    }

    pub(crate) fn remove_touch(&mut self, id: TouchId) -> Result<Touch, NetworkError> {
        let referenced = self.gifts.values().any(|g| g.touch == Some(id))
            || self.asks.values().any(|a| a.touch == Some(id))
            || self.promises.values().any(|p| p.touch == Some(id));
        if referenced {
            return Err(NetworkError::StillReferenced {
                kind: "touch",
                id: id.get(),
                by: "a gift, an ask or a promise".to_owned(),
            });
        }
        let touch = self
            .touches
            .remove(&id)
            .ok_or_else(|| missing("touch", id.get()))?;
        for contact in &touch.contacts {
            if let Some(links) = self.links.get_mut(contact) {
                links.touches.retain(|t| *t != id);
            }
            self.resummarise(*contact);
        }
        Ok(touch)
    }

    pub(crate) fn replace_touch(&mut self, touch: Touch) -> Result<Touch, NetworkError> {
        self.check_touch(&touch)?;
        let old = self
            .touches
            .get(&touch.id)
            .cloned()
            .ok_or_else(|| missing("touch", touch.id.get()))?;
        for contact in &old.contacts {
            if let Some(links) = self.links.get_mut(contact) {
                links.touches.retain(|t| *t != touch.id);
            }
        }
        for contact in &touch.contacts {
            insert_sorted(
                &mut self.links.entry(*contact).or_default().touches,
                touch.id,
            );
        }
        let affected: Vec<ContactId> = old
            .contacts
            .iter()
            .chain(&touch.contacts)
            .copied()
            .collect();
        self.touches.insert(touch.id, touch);
        for contact in affected {
            self.resummarise(contact);
        }
        Ok(old)
    }

    pub(crate) fn insert_gift(&mut self, gift: Gift) -> Result<(), NetworkError> {
        self.check_gift(&gift)?;
        if self.gifts.contains_key(&gift.id) {
            return Err(duplicate("gift", gift.id.get()));
        }
        self.bump(gift.id.get());
        insert_sorted(
            &mut self.links.entry(gift.contact).or_default().gifts,
            gift.id,
        );
        self.gifts.insert(gift.id, gift);
        Ok(())
    }

    pub(crate) fn remove_gift(&mut self, id: GiftId) -> Result<Gift, NetworkError> {
        let gift = self
            .gifts
            .remove(&id)
            .ok_or_else(|| missing("gift", id.get()))?;
        if let Some(links) = self.links.get_mut(&gift.contact) {
            links.gifts.retain(|g| *g != id);
        }
        Ok(gift)
    }

    pub(crate) fn replace_gift(&mut self, gift: Gift) -> Result<Gift, NetworkError> {
        self.check_gift(&gift)?;
        let old = self.remove_gift(gift.id)?;
        insert_sorted(
            &mut self.links.entry(gift.contact).or_default().gifts,
            gift.id,
        );
        self.gifts.insert(gift.id, gift);
        Ok(old)
    }

    pub(crate) fn insert_ask(&mut self, ask: Ask) -> Result<(), NetworkError> {
        self.check_ask(&ask)?;
        if self.asks.contains_key(&ask.id) {
            return Err(duplicate("ask", ask.id.get()));
        }
        self.bump(ask.id.get());
        insert_sorted(&mut self.links.entry(ask.contact).or_default().asks, ask.id);
        self.asks.insert(ask.id, ask);
        Ok(())
    }

    pub(crate) fn remove_ask(&mut self, id: AskId) -> Result<Ask, NetworkError> {
        if self.promises.values().any(|p| p.ask == Some(id)) {
            return Err(NetworkError::StillReferenced {
                kind: "ask",
                id: id.get(),
                by: "a promise".to_owned(),
            });
        }
        self.take_ask(id)
    }

    /// Removes an ask whatever points at it (a replace puts it straight back).
    fn take_ask(&mut self, id: AskId) -> Result<Ask, NetworkError> {
        let ask = self
            .asks
            .remove(&id)
            .ok_or_else(|| missing("ask", id.get()))?;
        if let Some(links) = self.links.get_mut(&ask.contact) {
            links.asks.retain(|a| *a != id);
        }
        Ok(ask)
    }

    pub(crate) fn replace_ask(&mut self, ask: Ask) -> Result<Ask, NetworkError> {
        self.check_ask(&ask)?;
        let old = self.take_ask(ask.id)?;
        insert_sorted(&mut self.links.entry(ask.contact).or_default().asks, ask.id);
        self.asks.insert(ask.id, ask);
        Ok(old)
    }

    pub(crate) fn insert_promise(&mut self, promise: Promise) -> Result<(), NetworkError> {
        self.check_promise(&promise)?;
        if self.promises.contains_key(&promise.id) {
            return Err(duplicate("promise", promise.id.get()));
        }
        self.bump(promise.id.get());
        insert_sorted(
            &mut self.links.entry(promise.contact).or_default().promises,
            promise.id,
        );
        self.promises.insert(promise.id, promise);
        Ok(())
    }

    pub(crate) fn remove_promise(&mut self, id: PromiseId) -> Result<Promise, NetworkError> {
        let promise = self
            .promises
            .remove(&id)
            .ok_or_else(|| missing("promise", id.get()))?;
        if let Some(links) = self.links.get_mut(&promise.contact) {
            links.promises.retain(|p| *p != id);
        }
        Ok(promise)
    }

    pub(crate) fn replace_promise(&mut self, promise: Promise) -> Result<Promise, NetworkError> {
        self.check_promise(&promise)?;
        let old = self.remove_promise(promise.id)?;
        insert_sorted(
            &mut self.links.entry(promise.contact).or_default().promises,
            promise.id,
        );
        self.promises.insert(promise.id, promise);
        Ok(old)
    }

    pub(crate) fn insert_library_item(&mut self, item: LibraryItem) -> Result<(), NetworkError> {
        if item.title.trim().is_empty() {
            return Err(NetworkError::Invalid {
                kind: "library item",
                id: item.id.get(),
                problem: "the title is empty".to_owned(),
            });
        }
        if self.library.contains_key(&item.id) {
            return Err(duplicate("library item", item.id.get()));
        }
        self.bump(item.id.get());
        self.library.insert(item.id, item);
        Ok(())
    }

    pub(crate) fn replace_library_item(
        &mut self,
        item: LibraryItem,
    ) -> Result<LibraryItem, NetworkError> {
        if item.title.trim().is_empty() {
            return Err(NetworkError::Invalid {
                kind: "library item",
                id: item.id.get(),
                problem: "the title is empty".to_owned(),
            });
        }
        let slot = self
            .library
            .get_mut(&item.id)
            .ok_or_else(|| missing("library item", item.id.get()))?;
        Ok(std::mem::replace(slot, item))
    }

    pub(crate) fn remove_library_item(
        &mut self,
        id: LibraryItemId,
    ) -> Result<LibraryItem, NetworkError> {
        if self.gifts.values().any(|g| g.item == Some(id)) {
            return Err(NetworkError::StillReferenced {
                kind: "library item",
                id: id.get(),
                by: "gifts".to_owned(),
            });
        }
        self.library
            .remove(&id)
            .ok_or_else(|| missing("library item", id.get()))
    }

    pub(crate) fn insert_import(&mut self, batch: ImportBatch) -> Result<(), NetworkError> {
        if self.imports.contains_key(&batch.id) {
            return Err(duplicate("import batch", batch.id.get()));
        }
        self.bump(batch.id.get());
        self.imports.insert(batch.id, batch);
        Ok(())
    }

    pub(crate) fn remove_import(&mut self, id: ImportBatchId) -> Result<ImportBatch, NetworkError> {
        if self.contacts.values().any(|c| c.import_batch == Some(id)) {
            return Err(NetworkError::StillReferenced {
                kind: "import batch",
                id: id.get(),
                by: "contacts".to_owned(),
            });
        }
        self.imports
            .remove(&id)
            .ok_or_else(|| missing("import batch", id.get()))
    }

    pub(crate) fn insert_source(&mut self, source: CaptureSource) -> Result<(), NetworkError> {
        if self.sources.contains_key(&source.id) {
            return Err(duplicate("capture source", source.id.get()));
        }
        self.bump(source.id.get());
        self.sources.insert(source.id, source);
        Ok(())
    }

    pub(crate) fn replace_source(
        &mut self,
        source: CaptureSource,
    ) -> Result<CaptureSource, NetworkError> {
        let id = source.id;
        let old = self
            .sources
            .get(&id)
            .cloned()
            .ok_or_else(|| missing("capture source", id.get()))?;
        self.sources.insert(id, source);
        Ok(old)
    }

    pub(crate) fn remove_source(
        &mut self,
        id: CaptureSourceId,
    ) -> Result<CaptureSource, NetworkError> {
        self.sources
            .remove(&id)
            .ok_or_else(|| missing("capture source", id.get()))
    }

    pub(crate) fn push_review(&mut self, record: ReviewRecord) {
        self.reviews.push(record);
    }

    pub(crate) fn pop_review(&mut self) -> Option<ReviewRecord> {
        self.reviews.pop()
    }

    pub(crate) fn set_profile(&mut self, profile: Profile) -> Profile {
        std::mem::replace(&mut self.profile, profile)
    }

    pub(crate) fn set_cadences(&mut self, cadences: Cadences) -> Cadences {
        std::mem::replace(&mut self.cadences, cadences)
    }
}

fn check_contact(contact: &Contact) -> Result<(), NetworkError> {
    if contact.display_name.trim().is_empty() {
        return Err(NetworkError::Invalid {
            kind: "contact",
            id: contact.id.get(),
            problem: "the name is empty".to_owned(),
        });
    }
    if contact.cadence_days == Some(0) {
        return Err(NetworkError::Invalid {
            kind: "contact",
            id: contact.id.get(),
            problem: "a cadence must be at least one day".to_owned(),
        });
    }
    Ok(())
}

fn insert_sorted<T: Ord + Copy>(list: &mut Vec<T>, value: T) {
    match list.binary_search(&value) {
        Ok(_) => {}
        Err(at) => list.insert(at, value),
    }
}

fn duplicate(kind: &'static str, id: u64) -> NetworkError {
    NetworkError::DuplicateId { kind, id }
}

fn missing(kind: &'static str, id: u64) -> NetworkError {
    NetworkError::Missing { kind, id }
}

/// The highest key of `map` in `lo..hi`, as a number.
fn top<K: Ord + Copy, V: Clone>(
    map: &OrdMap<K, V>,
    lo: K,
    hi: K,
    get: fn(K) -> u64,
) -> Option<u64> {
    map.range(lo..hi).next_back().map(|(k, _)| get(*k))
}

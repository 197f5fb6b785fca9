use super::Touched;
use crate::domain::{
    Ask, AskId, Cadences, CaptureSource, CaptureSourceId, Contact, ContactId, Gift, GiftId,
    ImportBatch, ImportBatchId, LibraryItem, LibraryItemId, Network, NetworkError, Profile,
    Promise, PromiseId, ReviewRecord, Touch, TouchId,
};
use crate::i18n::tr;

/// One change to the network, as a value. Applying an action returns its exact inverse, so
/// undo keeps only the inverses (a few records per step), never a copy of the network.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Add a contact.
    InsertContact(Box<Contact>),
    /// Replace a contact's fields (edit, move circle, trash, restore, snooze).
    ReplaceContact(Box<Contact>),
    /// Remove a contact for good (nothing may refer to it).
    RemoveContact(ContactId),
    /// Add a touch.
    InsertTouch(Box<Touch>),
    /// Replace a touch (e.g. mark "replied").
    ReplaceTouch(Box<Touch>),
    /// Remove a touch.
    RemoveTouch(TouchId),
    /// Add a gift.
    InsertGift(Box<Gift>),
    /// Replace a gift.
    ReplaceGift(Box<Gift>),
    /// Remove a gift.
    RemoveGift(GiftId),
    /// Add an ask.
    InsertAsk(Box<Ask>),
    /// Replace an ask (status change, plan made real).
    ReplaceAsk(Box<Ask>),
    /// Remove an ask.
    RemoveAsk(AskId),
    /// Add a promise.
    InsertPromise(Box<Promise>),
    /// Replace a promise (edit it, mark it kept).
    ReplacePromise(Box<Promise>),
    /// Remove a promise.
    RemovePromise(PromiseId),
    /// Add a gift-library item.
    InsertLibraryItem(Box<LibraryItem>),
    /// Replace a library item.
    ReplaceLibraryItem(Box<LibraryItem>),
    /// Remove a library item.
    RemoveLibraryItem(LibraryItemId),
    /// Record an import batch.
    InsertImport(Box<ImportBatch>),
    /// Forget an import batch (its contacts must be gone first).
    RemoveImport(ImportBatchId),
    /// Remember a capture source.
    InsertSource(Box<CaptureSource>),
    /// Update a capture source (after a rescan).
    ReplaceSource(Box<CaptureSource>),
    /// Forget a capture source.
    RemoveSource(CaptureSourceId),
    /// Record a finished weekly review.
    PushReview(ReviewRecord),
    /// Take back the last review record.
    PopReview,
    /// Set your profile.
    SetProfile(Box<Profile>),
    /// Set per-circle cadences.
    SetCadences(Box<Cadences>),
    /// Several actions as one undo step, applied in order; all or nothing.
    Batch {
        /// What the user did, for "Undo …" menus.
        label: String,
        /// The steps.
        actions: Vec<Action>,
    },
}

impl Action {
    /// Wraps several actions into one undo step.
    pub fn batch(label: impl Into<String>, actions: Vec<Self>) -> Self {
        Self::Batch {
            label: label.into(),
            actions,
        }
    }

    /// What the action does, for "Undo …" / "Redo …", in this thread's language.
    pub fn label(&self) -> String {
        match self {
            Self::InsertContact(c) => tr!("action-add", name = c.display_name.as_str()),
            Self::ReplaceContact(c) => tr!("action-edit", name = c.display_name.as_str()),
            Self::RemoveContact(_) => tr!("action-remove-contact"),
            Self::InsertTouch(_) => tr!("action-log-touch"),
            Self::ReplaceTouch(_) => tr!("action-edit-touch"),
            Self::RemoveTouch(_) => tr!("action-remove-touch"),
            Self::InsertGift(_) => tr!("action-log-gift"),
            Self::ReplaceGift(_) => tr!("action-edit-gift"),
            Self::RemoveGift(_) => tr!("action-remove-gift"),
            Self::InsertAsk(_) => tr!("action-log-ask"),
            Self::ReplaceAsk(_) => tr!("action-edit-ask"),
            Self::RemoveAsk(_) => tr!("action-remove-ask"),
            Self::InsertPromise(p) => tr!("action-add-promise", text = p.text.as_str()),
            Self::ReplacePromise(p) => tr!("action-edit-promise", text = p.text.as_str()),
            Self::RemovePromise(_) => tr!("action-remove-promise"),
            Self::InsertLibraryItem(i) => tr!("action-add-item", title = i.title.as_str()),
            Self::ReplaceLibraryItem(i) => tr!("action-edit-item", title = i.title.as_str()),
            Self::RemoveLibraryItem(_) => tr!("action-remove-item"),
            Self::InsertImport(b) => tr!("action-import", source = b.source.as_str()),
            Self::RemoveImport(_) => tr!("action-remove-import"),
            Self::InsertSource(s) => tr!("action-capture", path = s.path.as_str()),
            Self::ReplaceSource(s) => tr!("action-rescan", path = s.path.as_str()),
            Self::RemoveSource(_) => tr!("action-remove-source"),
            Self::PushReview(_) => tr!("action-finish-review"),
            Self::PopReview => tr!("action-remove-review"),
            Self::SetProfile(_) => tr!("action-edit-profile"),
            Self::SetCadences(_) => tr!("action-change-cadences"),
            Self::Batch { label, .. } => label.clone(),
        }
    }

    /// Applies the action and returns the action that undoes it. On error the network is
    /// unchanged (a batch rolls back the steps it had applied).
    #[allow(clippy::too_many_lines)] // one arm per kind of action
    pub fn apply(self, network: &mut Network) -> Result<Self, NetworkError> {
        Ok(match self {
            Self::InsertContact(contact) => {
                let id = contact.id;
                network.insert_contact(*contact)?;
                Self::RemoveContact(id)
            }
            Self::ReplaceContact(contact) => {
                Self::ReplaceContact(Box::new(network.replace_contact(*contact)?))
            }
            Self::RemoveContact(id) => Self::InsertContact(Box::new(network.remove_contact(id)?)),
            Self::InsertTouch(touch) => {
                let id = touch.id;
                network.insert_touch(*touch)?;
                Self::RemoveTouch(id)
            }
            Self::ReplaceTouch(touch) => {
                Self::ReplaceTouch(Box::new(network.replace_touch(*touch)?))
            }
            Self::RemoveTouch(id) => Self::InsertTouch(Box::new(network.remove_touch(id)?)),
            Self::InsertGift(gift) => {
                let id = gift.id;
                network.insert_gift(*gift)?;
                Self::RemoveGift(id)
            }
            Self::ReplaceGift(gift) => Self::ReplaceGift(Box::new(network.replace_gift(*gift)?)),
            Self::RemoveGift(id) => Self::InsertGift(Box::new(network.remove_gift(id)?)),
            Self::InsertAsk(ask) => {
                let id = ask.id;
                network.insert_ask(*ask)?;
                Self::RemoveAsk(id)
            }
            Self::ReplaceAsk(ask) => Self::ReplaceAsk(Box::new(network.replace_ask(*ask)?)),
            Self::RemoveAsk(id) => Self::InsertAsk(Box::new(network.remove_ask(id)?)),
            Self::InsertPromise(promise) => {
                let id = promise.id;
                network.insert_promise(*promise)?;
                Self::RemovePromise(id)
            }
            Self::ReplacePromise(promise) => {
                Self::ReplacePromise(Box::new(network.replace_promise(*promise)?))
            }
            Self::RemovePromise(id) => Self::InsertPromise(Box::new(network.remove_promise(id)?)),
            Self::InsertLibraryItem(item) => {
                let id = item.id;
                network.insert_library_item(*item)?;
                Self::RemoveLibraryItem(id)
            }
            Self::ReplaceLibraryItem(item) => {
                Self::ReplaceLibraryItem(Box::new(network.replace_library_item(*item)?))
            }
            Self::RemoveLibraryItem(id) => {
                Self::InsertLibraryItem(Box::new(network.remove_library_item(id)?))
            }
            Self::InsertImport(batch) => {
                let id = batch.id;
                network.insert_import(*batch)?;
                Self::RemoveImport(id)
            }
            Self::RemoveImport(id) => Self::InsertImport(Box::new(network.remove_import(id)?)),
            Self::InsertSource(source) => {
                let id = source.id;
                network.insert_source(*source)?;
                Self::RemoveSource(id)
            }
            Self::ReplaceSource(source) => {
                Self::ReplaceSource(Box::new(network.replace_source(*source)?))
            }
            Self::RemoveSource(id) => Self::InsertSource(Box::new(network.remove_source(id)?)),
            Self::PushReview(record) => {
                network.push_review(record);
                Self::PopReview
            }
            Self::PopReview => match network.pop_review() {
                Some(record) => Self::PushReview(record),
                None => {
                    return Err(NetworkError::Missing {
                        kind: "review record",
                        id: 0,
                    });
                }
            },
            Self::SetProfile(profile) => Self::SetProfile(Box::new(network.set_profile(*profile))),
            Self::SetCadences(cadences) => {
                Self::SetCadences(Box::new(network.set_cadences(*cadences)))
            }
            Self::Batch { label, actions } => {
                let mut inverses = Vec::with_capacity(actions.len());
                for action in actions {
                    match action.apply(network) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(error) => {
                            roll_back(network, inverses);
                            return Err(error);
                        }
                    }
                }
                inverses.reverse();
                Self::Batch {
                    label,
                    actions: inverses,
                }
            }
        })
    }

    /// The contacts this action names. An insert or a replace carries its record, a
    /// removal only an id, so an action and its inverse together name every contact a step
    /// touched (the session unites the two).
    pub fn touched(&self) -> Touched {
        let mut touched = Touched::default();
        self.add_touched(&mut touched);
        touched
    }

    fn add_touched(&self, touched: &mut Touched) {
        match self {
            Self::InsertContact(contact) | Self::ReplaceContact(contact) => touched.add(contact.id),
            Self::RemoveContact(id) => touched.add(*id),
            Self::InsertTouch(touch) | Self::ReplaceTouch(touch) => {
                for id in &touch.contacts {
                    touched.add(*id);
                }
            }
            Self::InsertGift(gift) | Self::ReplaceGift(gift) => touched.add(gift.contact),
            Self::InsertAsk(ask) | Self::ReplaceAsk(ask) => touched.add(ask.contact),
            Self::InsertPromise(promise) | Self::ReplacePromise(promise) => {
                touched.add(promise.contact);
            }
            // The people of a calendar's coming events (the "This week" filter).
            Self::InsertSource(source) | Self::ReplaceSource(source) => {
                for event in &source.upcoming {
                    for id in &event.contacts {
                        touched.add(*id);
                    }
                }
            }
            // Every contact's due date depends on the cadences.
            Self::SetCadences(_) => touched.merge(Touched::Everything),
            Self::Batch { actions, .. } => {
                for action in actions {
                    action.add_touched(touched);
                }
            }
            // The partner of a removal names its contacts; the rest concern no contact.
            Self::RemoveTouch(_)
            | Self::RemoveGift(_)
            | Self::RemoveAsk(_)
            | Self::RemovePromise(_)
            | Self::InsertLibraryItem(_)
            | Self::ReplaceLibraryItem(_)
            | Self::RemoveLibraryItem(_)
            | Self::InsertImport(_)
            | Self::RemoveImport(_)
            | Self::RemoveSource(_)
            | Self::PushReview(_)
            | Self::PopReview
            | Self::SetProfile(_) => {}
        }
    }

    /// A rough count of the bytes this action keeps alive, for the undo-memory budget.
    pub fn approximate_size(&self) -> usize {
        let own = std::mem::size_of::<Self>();
        own + match self {
            Self::InsertContact(c) | Self::ReplaceContact(c) => {
                std::mem::size_of::<Contact>()
                    + c.display_name.len()
                    + c.notes.len()
                    + c.company.len()
                    + c.role.len()
                    + c.emails.iter().map(|e| e.address.len()).sum::<usize>()
                    + c.tags
                        .iter()
                        .chain(&c.interests)
                        .map(|t| t.len() + 32)
                        .sum::<usize>()
            }
            Self::InsertTouch(t) | Self::ReplaceTouch(t) => {
                std::mem::size_of::<Touch>()
                    + t.note.len()
                    + t.capture_key.len()
                    + t.contacts.len() * 8
            }
            Self::InsertSource(s) | Self::ReplaceSource(s) => {
                std::mem::size_of::<CaptureSource>()
                    + s.path.len()
                    + s.keys
                        .iter()
                        .chain(&s.message_ids)
                        .map(|k| k.len() + 32)
                        .sum::<usize>()
            }
            Self::InsertGift(g) | Self::ReplaceGift(g) => {
                std::mem::size_of::<Gift>() + g.note.len()
            }
            Self::InsertAsk(a) | Self::ReplaceAsk(a) => std::mem::size_of::<Ask>() + a.note.len(),
            Self::InsertPromise(p) | Self::ReplacePromise(p) => {
                std::mem::size_of::<Promise>() + p.text.len()
            }
            Self::Batch { actions, label } => {
                label.len() + actions.iter().map(Self::approximate_size).sum::<usize>()
            }
            _ => 64,
        }
    }
}

/// Undoes already-applied steps of a failed batch, newest first. The inverses were
/// produced from this very state, so they cannot fail; if one did, the network would
/// already be inconsistent and there is nothing better to do than keep going.
fn roll_back(network: &mut Network, inverses: Vec<Action>) {
    for inverse in inverses.into_iter().rev() {
        let _ = inverse.apply(network);
    }
}

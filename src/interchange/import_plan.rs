use chrono::NaiveDate;

use crate::actions::Action;
use crate::domain::{Contact, ImportBatch, ImportBatchId, Network};

use super::{PlanEntry, PlanError, PlanOutcome};

/// What importing a file would do, record by record, before anything changes: the
/// preview the window shows and the summary the command line prints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPlan {
    /// Where the contacts come from (the file's name).
    pub source: String,
    /// The day of the import.
    pub date: NaiveDate,
    /// The id the import batch will get.
    pub batch_id: ImportBatchId,
    /// One entry per record, in file order.
    pub entries: Vec<PlanEntry>,
    /// The contacts to add.
    pub(super) new_contacts: Vec<Contact>,
    /// The contacts to change: as they are now, and as they would be.
    pub(super) merged_contacts: Vec<(Contact, Contact)>,
    /// The network's first fresh id when the plan was made (to detect a stale plan).
    pub(super) fresh_id: u64,
}

impl ImportPlan {
    /// How many contacts would be added.
    pub fn added(&self) -> usize {
        self.new_contacts.len()
    }

    /// How many records would change an existing contact.
    pub fn merged(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| matches!(e.outcome, PlanOutcome::Merge { .. }))
            .count()
    }

    /// How many records would change nothing (already known, duplicates in the file).
    pub fn skipped(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| matches!(e.outcome, PlanOutcome::Skipped { .. }))
            .count()
    }

    /// The contacts that would be added, in file order.
    pub fn new_contacts(&self) -> &[Contact] {
        &self.new_contacts
    }

    /// Whether importing would change nothing.
    pub fn is_empty(&self) -> bool {
        self.new_contacts.is_empty() && self.merged_contacts.is_empty()
    }

    /// The import as one undoable step: the batch record, the new contacts (each tagged
    /// with the batch) and the merged contacts. `None` when it would change nothing.
    /// Fails when `network` is not the one the plan was made for (it changed since).
    pub fn to_action(&self, network: &Network) -> Result<Option<Action>, PlanError> {
        if self.is_empty() {
            return Ok(None);
        }
        let unchanged = network.fresh_id() == self.fresh_id
            && self
                .merged_contacts
                .iter()
                .all(|(before, _)| network.contact(before.id) == Some(before));
        if !unchanged {
            return Err(PlanError::Stale);
        }
        let mut actions =
            Vec::with_capacity(1 + self.new_contacts.len() + self.merged_contacts.len());
        actions.push(Action::InsertImport(Box::new(ImportBatch {
            id: self.batch_id,
            source: self.source.clone(),
            date: self.date,
            added: u32::try_from(self.new_contacts.len()).unwrap_or(u32::MAX),
            merged: u32::try_from(self.merged_contacts.len()).unwrap_or(u32::MAX),
        })));
        actions.extend(
            self.new_contacts
                .iter()
                .map(|c| Action::InsertContact(Box::new(c.clone()))),
        );
        actions.extend(
            self.merged_contacts
                .iter()
                .map(|(_, after)| Action::ReplaceContact(Box::new(after.clone()))),
        );
        Ok(Some(Action::batch(
            format!("import {}", self.source),
            actions,
        )))
    }
}

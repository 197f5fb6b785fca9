use crate::domain::{Network, NetworkError};

use super::Action;

/// Undo and redo stacks. Each entry is the action that reverses one step, so memory grows
/// with what changed, not with the size of the network.
#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Action>,
    redo: Vec<Action>,
    limit: usize,
}

impl History {
    /// Steps kept by default.
    pub const DEFAULT_LIMIT: usize = 200;

    /// An empty history keeping at most `limit` steps.
    pub fn new(limit: usize) -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            limit: limit.max(1),
        }
    }

    /// Applies a new action; clears the redo stack.
    pub fn apply(&mut self, network: &mut Network, action: Action) -> Result<(), NetworkError> {
        let inverse = action.apply(network)?;
        self.undo.push(inverse);
        if self.undo.len() > self.limit {
            self.undo.remove(0);
        }
        self.redo.clear();
        Ok(())
    }

    /// Undoes the last step; returns its label, or `None` when there is nothing to undo.
    pub fn undo(&mut self, network: &mut Network) -> Result<Option<String>, NetworkError> {
        let Some(inverse) = self.undo.pop() else {
            return Ok(None);
        };
        let label = inverse.label();
        match inverse.clone().apply(network) {
            Ok(redo) => {
                self.redo.push(redo);
                Ok(Some(label))
            }
            Err(error) => {
                self.undo.push(inverse);
                Err(error)
            }
        }
    }

    /// Redoes the last undone step; returns its label.
    pub fn redo(&mut self, network: &mut Network) -> Result<Option<String>, NetworkError> {
        let Some(action) = self.redo.pop() else {
            return Ok(None);
        };
        let label = action.label();
        match action.clone().apply(network) {
            Ok(inverse) => {
                self.undo.push(inverse);
                Ok(Some(label))
            }
            Err(error) => {
                self.redo.push(action);
                Err(error)
            }
        }
    }

    /// The action Undo would apply (the inverse of the last step).
    pub fn next_undo(&self) -> Option<&Action> {
        self.undo.last()
    }

    /// The action Redo would apply.
    pub fn next_redo(&self) -> Option<&Action> {
        self.redo.last()
    }

    /// Label of the step Undo would revert.
    pub fn undo_label(&self) -> Option<String> {
        self.undo.last().map(Action::label)
    }

    /// Label of the step Redo would re-apply.
    pub fn redo_label(&self) -> Option<String> {
        self.redo.last().map(Action::label)
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Approximate bytes held by the history.
    pub fn approximate_size(&self) -> usize {
        self.undo
            .iter()
            .chain(&self.redo)
            .map(Action::approximate_size)
            .sum()
    }

    /// Forgets everything (after a reload from disk).
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

use thiserror::Error;

/// A broken rule of the network aggregate.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum NetworkError {
    /// A record's id is already taken.
    #[error("{kind} #{id} already exists")]
    DuplicateId {
        /// Which kind of record.
        kind: &'static str,
        /// The id.
        id: u64,
    },
    /// No record with this id.
    #[error("there is no {kind} #{id}")]
    Missing {
        /// Which kind of record.
        kind: &'static str,
        /// The id.
        id: u64,
    },
    /// A record points at one that does not exist.
    #[error("{kind} #{id} refers to {target} #{target_id}, which does not exist")]
    DanglingReference {
        /// The referring record's kind.
        kind: &'static str,
        /// The referring record's id.
        id: u64,
        /// The missing record's kind.
        target: &'static str,
        /// The missing record's id.
        target_id: u64,
    },
    /// A record cannot be removed while others point at it.
    #[error("{kind} #{id} is still referred to by {by}")]
    StillReferenced {
        /// The record's kind.
        kind: &'static str,
        /// The record's id.
        id: u64,
        /// What refers to it.
        by: String,
    },
    /// A field holds a value that is not allowed.
    #[error("{kind} #{id}: {problem}")]
    Invalid {
        /// The record's kind.
        kind: &'static str,
        /// The record's id.
        id: u64,
        /// What is wrong.
        problem: String,
    },
}

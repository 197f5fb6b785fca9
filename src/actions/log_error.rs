use thiserror::Error;

use crate::review::Readiness;

/// Why a log entry cannot be recorded as asked.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum LogError {
    /// Nobody to log it for.
    #[error("a touch needs at least one contact")]
    NoContacts,
    /// A contact id that is not in the network.
    #[error("there is no contact #{0}")]
    UnknownContact(u64),
    /// The ask is not ready and "ask anyway" was not chosen.
    #[error("the ask of {name} is not ready: {}", readiness.explanation())]
    AskNotReady {
        /// Who would be asked.
        name: String,
        /// What stands in the way.
        readiness: Readiness,
    },
    /// The entry breaks a rule of the network (a planned step no longer fits it).
    #[error(transparent)]
    Network(#[from] crate::domain::NetworkError),
    /// "Awaiting reply" only makes sense for something they sent.
    #[error("only an inbound touch can await your reply")]
    AwaitingOutbound,
}

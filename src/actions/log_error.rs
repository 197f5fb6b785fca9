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

impl LogError {
    /// The error as the window and the command line say it, in this thread's language
    /// (`Display` stays English, for logs).
    pub fn spoken(&self) -> String {
        use crate::i18n::tr;
        match self {
            Self::NoContacts => tr!("log-error-no-contacts"),
            Self::UnknownContact(id) => tr!("log-error-unknown-contact", id = id.to_string()),
            Self::AskNotReady { name, readiness } => tr!(
                "log-error-ask-not-ready",
                name = name.as_str(),
                why = readiness.explanation()
            ),
            Self::Network(error) => tr!("error-network-rule", detail = error.to_string()),
            Self::AwaitingOutbound => tr!("log-error-awaiting-outbound"),
        }
    }
}

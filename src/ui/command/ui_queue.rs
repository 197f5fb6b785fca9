use crate::actions::{Action, LogEntry};
use crate::domain::ContactId;

use crate::ui::{UiCommand, UiRequest};

/// The requests of one frame. Panels only push; the shell hands them to the session after
/// drawing, so nothing changes while the network is being read.
#[derive(Debug, Default)]
pub struct UiQueue {
    requests: Vec<UiRequest>,
}

impl UiQueue {
    /// Asks for a change.
    pub fn apply(&mut self, action: Action) {
        self.requests.push(UiRequest::Apply(action));
    }

    /// Asks to record a log entry.
    pub fn log(&mut self, entry: LogEntry) {
        self.requests.push(UiRequest::Log(entry));
    }

    /// Asks to run a command.
    pub fn command(&mut self, command: UiCommand) {
        self.requests.push(UiRequest::Command(command));
    }

    /// Asks to open a contact.
    pub fn open_contact(&mut self, id: ContactId) {
        self.requests.push(UiRequest::OpenContact(id));
    }

    /// Asks to open the outreach composer for a contact.
    pub fn compose(&mut self, contact: ContactId) {
        self.push(UiRequest::Compose(contact));
    }

    /// Adds any request.
    pub fn push(&mut self, request: UiRequest) {
        self.requests.push(request);
    }

    /// How many requests wait.
    pub fn len(&self) -> usize {
        self.requests.len()
    }

    /// Whether nothing waits.
    pub fn is_empty(&self) -> bool {
        self.requests.is_empty()
    }

    /// Takes the requests, oldest first.
    pub fn take(&mut self) -> Vec<UiRequest> {
        std::mem::take(&mut self.requests)
    }
}

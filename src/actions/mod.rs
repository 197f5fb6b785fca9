//! Every change to the network as a value, applied in one place, with undo and redo.

mod action;
pub mod edits;
mod history;
mod log_entry;
mod log_error;
mod touched;

pub use action::Action;
pub use history::History;
pub use log_entry::LogEntry;
pub use log_error::LogError;
pub use touched::Touched;

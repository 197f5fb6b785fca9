//! Every change to the network as a value, applied in one place, with undo and redo.

mod action;
mod due_phrase;
mod due_problem;
pub mod edits;
pub mod gifting;
mod give_first;
mod history;
mod log_entry;
mod log_error;
mod outreach_draft;
pub mod outreach_lines;
mod outreach_part;
mod outreach_warning;
mod promise_note;
pub mod promises;
mod touched;

pub use action::Action;
pub use due_phrase::parse_due;
pub use due_problem::DueProblem;
pub use give_first::{GiveFirstOutcome, give_first};
pub use history::History;
pub use log_entry::LogEntry;
pub use log_error::LogError;
pub use outreach_draft::{KNOWS_YOU_DAYS, OutreachDraft, knows_you};
pub use outreach_part::OutreachPart;
pub use outreach_warning::OutreachWarning;
pub use promise_note::PromiseNote;
pub use touched::Touched;

//! The one type both front ends use to open, change, undo and save a network.

mod access;
mod clock;
mod save_job;
mod save_report;
#[allow(clippy::module_inception)]
mod session;
mod session_error;
mod session_news;
mod uid_minting;

pub use access::Access;
pub use clock::Clock;
pub use save_job::{SaveJob, SaveResult};
pub use save_report::SaveReport;
pub use session::Session;
pub use session_error::SessionError;
pub use session_news::SessionNews;

//! Capture (DESIGN §9): touches from the user's own mail files, headers only, nothing
//! leaves the machine. An edge: it reads files; the planner takes `now` as a parameter.
//! Built so far: mail (mbox files and Maildir folders). Calendar and `LinkedIn` exports
//! are recognised and refused with a clear message.

mod calendar_occurrence;
mod calendar_plan;
mod calendar_reader;
mod capture_error;
mod capture_input;
mod capture_progress;
mod capture_report;
mod linkedin_item;
mod linkedin_plan;
mod linkedin_reader;
mod mail_headers;
mod mail_message;
mod mail_plan;
mod mail_source;
mod maildir_reader;
mod mbox_reader;
mod skip_reason;

pub use calendar_occurrence::{Attendee, CalendarOccurrence};
pub use calendar_plan::plan_calendar_capture;
pub use calendar_reader::{calendar_occurrences, is_calendar, looks_like_calendar, read_calendar};
pub use capture_error::CaptureError;
pub use capture_input::{CaptureInput, plan_input, read_capture_input};
pub use capture_progress::CaptureProgress;
pub use capture_report::{CaptureReport, NotInDunbar, PerContact};
pub use linkedin_item::LinkedInItem;
pub use linkedin_plan::plan_linkedin_capture;
pub use linkedin_reader::{LinkedInExport, is_linkedin_export, profile_key, read_linkedin};
pub use mail_message::{MailMessage, MailPerson};
pub use mail_plan::{CaptureOptions, CapturePlan, clean_subject, plan_mail_capture};
pub use mail_source::{MailSource, read_mail_source, read_mail_source_from, source_size};
pub use mbox_reader::read_mbox;
pub use skip_reason::SkipReason;

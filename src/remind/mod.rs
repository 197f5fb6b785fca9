//! Reminders while the window is closed (DESIGN §14), the edge that talks to the desktop:
//! the per-device settings and state files, the notification over D-Bus (`notify-rust`,
//! local IPC only) and the schedule (a systemd user timer, a macOS `LaunchAgent`, a Windows
//! Task Scheduler entry). What a reminder says comes from the core (`review::Digest`).

mod notifier;
mod remind_folder;
mod remind_settings;
mod remind_state;
mod schedule;
mod schedule_status;
mod status_text;

pub use notifier::{NotifyOutcome, notify};
pub use remind_folder::RemindFolder;
pub use remind_settings::RemindSettings;
pub use remind_state::RemindState;
pub use schedule::{Schedule, launch_agent_plist, systemd_units, task_scheduler_args};
pub use schedule_status::ScheduleStatus;
pub use status_text::status_text;

/// The action a reminder offers: open the window on the Review.
pub const OPEN_REVIEW_ACTION: &str = "open-review";

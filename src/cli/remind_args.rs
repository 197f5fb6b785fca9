use std::path::PathBuf;

/// `dunbar remind`: one desktop notification with what is due today (DESIGN §14).
#[derive(Debug, clap::Args)]
#[allow(clippy::struct_excessive_bools)] // command-line flags
pub struct RemindArgs {
    /// Print the digest to standard output instead (nothing when nothing is due).
    #[arg(long, conflicts_with_all = ["install", "uninstall", "status"])]
    pub print: bool,
    /// Install the daily schedule: a systemd user timer (Linux), a `LaunchAgent` (macOS) or a
    /// Task Scheduler entry (Windows).
    #[arg(long, conflicts_with_all = ["uninstall", "status"])]
    pub install: bool,
    /// Remove the daily schedule.
    #[arg(long, conflicts_with = "status")]
    pub uninstall: bool,
    /// Whether the schedule is installed, and when it last ran.
    #[arg(long)]
    pub status: bool,
    /// The time of day of the schedule (HH:MM; remembered).
    #[arg(long, value_name = "HH:MM")]
    pub at: Option<String>,
    /// Days without reminders, such as `sat,sun` or `none` (remembered; default: the
    /// weekend).
    #[arg(long, value_name = "DAYS")]
    pub quiet_days: Option<String>,
    /// Hours without reminders, such as `22:00-07:00` or `none` (remembered).
    #[arg(long, value_name = "FROM-TO")]
    pub quiet_hours: Option<String>,
    /// How long to wait for "Open review" on the notification, in seconds (default: 600
    /// when scheduled, 0 in a terminal).
    #[arg(long, value_name = "SECONDS")]
    pub wait: Option<u64>,
    /// The folder of this device's reminder settings and state (default: the platform's
    /// state folder, such as `~/.local/state/dunbar`).
    #[arg(long, env = "DUNBAR_STATE_DIR", value_name = "DIR")]
    pub state_dir: Option<PathBuf>,
}

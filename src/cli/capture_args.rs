use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Args;

/// Arguments of `capture`: touches from mail files.
#[derive(Debug, Args)]
pub struct CaptureArgs {
    /// mbox files, Maildir folders, or folders of mbox files (Thunderbird's).
    #[arg(required_unless_present = "rescan")]
    pub paths: Vec<PathBuf>,
    /// Scan every remembered source again.
    #[arg(long)]
    pub rescan: bool,
    /// Show what would be captured; change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Only messages on or after this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<NaiveDate>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

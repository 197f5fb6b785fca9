use std::path::PathBuf;

use clap::Args;

/// Arguments of `export`: Export contacts as CSV, vCard, RON or iCalendar.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// csv, vcard (3.0), vcard4, ron (the whole network) or ics (follow-ups and birthdays).
    #[arg(long)]
    pub format: String,
    /// Only this circle.
    #[arg(long)]
    pub circle: Option<String>,
    /// Only contacts with this tag.
    #[arg(long)]
    pub tag: Option<String>,
    /// Write to this file (replaced atomically) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

use std::path::PathBuf;

use clap::Args;

/// Arguments of `import`: Import contacts from vCard, `LinkedIn`, Google or Outlook files.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The files (vCard .vcf, or CSV from `LinkedIn`, Google, Outlook); the kind is found
    /// from the content.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The circle new contacts go into.
    #[arg(long, default_value = "known")]
    pub circle: String,
    /// A tag to add to every imported contact.
    #[arg(long)]
    pub tag: Option<String>,
    /// Show what would happen and change nothing.
    #[arg(long)]
    pub dry_run: bool,
}

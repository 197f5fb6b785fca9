use clap::Args;

/// Arguments of `set`: Change a contact.
#[derive(Debug, Args)]
pub struct SetArgs {
    /// Who.
    pub name: String,
    /// Move to another circle.
    #[arg(long)]
    pub circle: Option<String>,
    /// Family (1.5× cadence tolerance).
    #[arg(long)]
    pub family: Option<bool>,
    /// A hub with a large network.
    #[arg(long)]
    pub hub: Option<bool>,
    /// Interests, comma-separated (replaces the list).
    #[arg(long, value_delimiter = ',')]
    pub interests: Option<Vec<String>>,
    /// Their own cadence in days (0 clears it).
    #[arg(long)]
    pub cadence: Option<u32>,
    /// Move to the trash (their card leaves a mirrored contacts folder too).
    #[arg(long)]
    pub trash: bool,
}

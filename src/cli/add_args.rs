use clap::Args;

/// Arguments of `add`: Add a contact.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// Their name.
    pub name: String,
    /// support, sympathy, affinity, active, acquaintance or known.
    #[arg(long, default_value = "known")]
    pub circle: String,
    /// E-mail address (repeatable).
    #[arg(long)]
    pub email: Vec<String>,
    /// Company.
    #[arg(long)]
    pub company: Option<String>,
    /// Role.
    #[arg(long)]
    pub role: Option<String>,
    /// Tag (repeatable).
    #[arg(long)]
    pub tag: Vec<String>,
    /// Interests, comma-separated.
    #[arg(long, value_delimiter = ',')]
    pub interests: Vec<String>,
}

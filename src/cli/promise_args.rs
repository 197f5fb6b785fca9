use clap::Args;

/// Arguments of `promise`: Write down a promise to a contact (DESIGN §11).
#[derive(Debug, Args)]
pub struct PromiseArgs {
    /// Who (part of the name is enough; namesakes are told apart by "Name (Company)").
    pub name: String,
    /// What was promised ("the Dunbar article").
    pub text: String,
    /// By when: YYYY-MM-DD (or a phrase such as "friday", "in 2 weeks", "på fredag").
    #[arg(long, value_name = "DATE")]
    pub by: String,
    /// Pick the contact with this e-mail address among namesakes.
    #[arg(long, value_name = "ADDR")]
    pub email: Option<String>,
    /// They promised it to you (default: you promised it to them).
    #[arg(long)]
    pub theirs: bool,
}

use clap::Args;

/// Arguments of `profile`: who you are. Without options it prints the profile.
#[derive(Debug, Args)]
pub struct ProfileArgs {
    /// Your name.
    #[arg(long)]
    pub name: Option<String>,
    /// Your company.
    #[arg(long)]
    pub company: Option<String>,
    /// Your role.
    #[arg(long)]
    pub role: Option<String>,
    /// Your e-mail address (repeat for several; replaces the list).
    #[arg(long = "email", value_name = "ADDR")]
    pub emails: Vec<String>,
    /// Your `LinkedIn` profile URL.
    #[arg(long, value_name = "URL")]
    pub linkedin: Option<String>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

impl ProfileArgs {
    /// Whether any option changes the profile.
    pub fn changes_something(&self) -> bool {
        self.name.is_some()
            || self.company.is_some()
            || self.role.is_some()
            || !self.emails.is_empty()
            || self.linkedin.is_some()
    }
}

use chrono::NaiveDate;
use clap::Args;

/// Arguments of `log`: Log a touch (and a gift given or received, or an ask).
#[derive(Debug, Args)]
#[allow(clippy::struct_excessive_bools)] // command-line flags are booleans
pub struct LogArgs {
    /// Who (part of the name is enough; case and accents do not matter). Namesakes are
    /// told apart by company in parentheses: "Freja Andersen (Novo)".
    pub name: String,
    /// Pick the contact with this e-mail address among namesakes.
    #[arg(long, value_name = "ADDR")]
    pub email: Option<String>,
    /// The day (default: today).
    #[arg(long)]
    pub date: Option<NaiveDate>,
    /// in-person, call, video, message, email, social, event or letter.
    #[arg(long, default_value = "message")]
    pub channel: String,
    /// What it was about.
    #[arg(long, default_value = "")]
    pub note: String,
    /// They reached out.
    #[arg(long)]
    pub inbound: bool,
    /// They wrote and wait for your answer (implies --inbound).
    #[arg(long)]
    pub awaiting_reply: bool,
    /// Just a like or reaction (restarts only half a cadence).
    #[arg(long)]
    pub light: bool,
    /// They shared your work (counts toward being an ambassador).
    #[arg(long)]
    pub shared: bool,
    /// You gave: knowledge, intro, help, recommendation or share.
    #[arg(long, value_name = "KIND")]
    pub gave: Option<String>,
    /// They gave you: knowledge, intro, help, recommendation or share.
    #[arg(long, value_name = "KIND")]
    pub received: Option<String>,
    /// You asked for: meeting, intro, favour, sale or referral.
    #[arg(long, value_name = "KIND")]
    pub asked: Option<String>,
    /// Record the ask even though you have not given first.
    #[arg(long)]
    pub ask_anyway: bool,
    /// A promise you made in it ("the Dunbar article"); needs --by.
    #[arg(long, value_name = "TEXT", requires = "by")]
    pub promise: Option<String>,
    /// When the promise is due: YYYY-MM-DD (or a phrase such as "friday").
    #[arg(long, value_name = "DATE", requires = "promise")]
    pub by: Option<String>,
}

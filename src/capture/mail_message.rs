use chrono::NaiveDateTime;

/// A person in a mail header: the display name (may be empty) and the address, lower case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MailPerson {
    /// The display name, as written (`Mette Frederiksen`); empty when there is none.
    pub name: String,
    /// The address, lower case.
    pub address: String,
}

/// What capture needs of one e-mail: its headers, never its body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MailMessage {
    /// `Message-ID` without angle brackets; empty when there is none.
    pub message_id: String,
    /// When it was sent, in local time (from `Date`, else the mbox "From " line).
    pub sent: Option<NaiveDateTime>,
    /// `From`.
    pub from: Option<MailPerson>,
    /// `To`.
    pub to: Vec<MailPerson>,
    /// `Cc`.
    pub cc: Vec<MailPerson>,
    /// `Subject`.
    pub subject: String,
    /// The thread: `X-GM-THRID`, else the first `References` id, else `In-Reply-To`, else
    /// the `Message-ID`.
    pub thread: String,
    /// Gmail's labels (`X-Gmail-Labels`) and the folder the message was found in.
    pub labels: Vec<String>,
    /// `List-Id`, `List-Unsubscribe` or `Precedence: bulk|list|junk`.
    pub newsletter: bool,
    /// `Auto-Submitted` other than `no`, `X-Autoreply`, `X-Autorespond`.
    pub auto_submitted: bool,
    /// A calendar invitation (a `text/calendar` part or Outlook's calendar message class):
    /// the calendar, not the mail, makes its touch.
    pub invitation: bool,
}

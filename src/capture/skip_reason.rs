/// Why a message, row or event made no touch (DESIGN §9), in the order the rules apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SkipReason {
    /// In Spam, Junk, Trash, Bin, Deleted, Drafts.
    SpamTrashDraft,
    /// Takeout's `Chat` label.
    Chat,
    /// A `LinkedIn` draft.
    Draft,
    /// A message already seen (same `Message-ID`), here or in another source.
    Duplicate,
    /// Dated after now.
    Future,
    /// Older than the capture window.
    TooOld,
    /// A mailing list or bulk mail.
    Newsletter,
    /// An auto-reply or a no-reply sender.
    Automated,
    /// More than 10 recipients.
    TooManyRecipients,
    /// Neither the sender nor a recipient is me.
    NotMe,
    /// A cancelled event.
    Cancelled,
    /// An event I declined.
    Declined,
    /// An event with nobody but me (and rooms).
    Solo,
    /// An event with more than 8 other people.
    TooManyAttendees,
    /// Passed every filter but involves no contact.
    UnknownPerson,
}

impl SkipReason {
    /// The name `--json` uses.
    pub const fn key(self) -> &'static str {
        match self {
            Self::SpamTrashDraft => "spam_trash_draft",
            Self::Chat => "chat",
            Self::Draft => "draft",
            Self::Duplicate => "duplicate",
            Self::Future => "future",
            Self::TooOld => "too_old",
            Self::Newsletter => "newsletter",
            Self::Automated => "automated",
            Self::TooManyRecipients => "too_many_recipients",
            Self::NotMe => "not_me",
            Self::Cancelled => "cancelled",
            Self::Declined => "declined",
            Self::Solo => "solo",
            Self::TooManyAttendees => "too_many_attendees",
            Self::UnknownPerson => "unknown_person",
        }
    }
}

use crate::i18n::tr;

/// The ten parts of a good outreach note (DESIGN §2), in the order they are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OutreachPart {
    /// A subject line about them, not about you.
    Subject,
    /// Their first name.
    Greeting,
    /// Who you are: name, company, role.
    WhoYouAre,
    /// What you have in common: shared interests, company, how you met.
    CommonGround,
    /// Something they did or said that you noticed.
    Observation,
    /// A knowledge gift: something worth their time.
    Gift,
    /// A question that invites an answer.
    Question,
    /// Genuine interest in them and their work.
    Interest,
    /// Something in it for them.
    Carrot,
    /// One clear next step.
    NextStep,
}

impl OutreachPart {
    /// All parts in message order.
    pub const ALL: [Self; 10] = [
        Self::Subject,
        Self::Greeting,
        Self::WhoYouAre,
        Self::CommonGround,
        Self::Observation,
        Self::Gift,
        Self::Question,
        Self::Interest,
        Self::Carrot,
        Self::NextStep,
    ];

    /// The field's label, in this thread's language.
    pub fn label(self) -> String {
        match self {
            Self::Subject => tr!("outreach-part-subject"),
            Self::Greeting => tr!("outreach-part-greeting"),
            Self::WhoYouAre => tr!("outreach-part-who-you-are"),
            Self::CommonGround => tr!("outreach-part-common-ground"),
            Self::Observation => tr!("outreach-part-observation"),
            Self::Gift => tr!("outreach-part-gift"),
            Self::Question => tr!("outreach-part-question"),
            Self::Interest => tr!("outreach-part-interest"),
            Self::Carrot => tr!("outreach-part-carrot"),
            Self::NextStep => tr!("outreach-part-next-step"),
        }
    }

    /// What belongs in the field, shown while it is empty.
    pub fn hint(self) -> String {
        match self {
            Self::Subject => tr!("outreach-hint-subject"),
            Self::Greeting => tr!("outreach-hint-greeting"),
            Self::WhoYouAre => tr!("outreach-hint-who-you-are"),
            Self::CommonGround => tr!("outreach-hint-common-ground"),
            Self::Observation => tr!("outreach-hint-observation"),
            Self::Gift => tr!("outreach-hint-gift"),
            Self::Question => tr!("outreach-hint-question"),
            Self::Interest => tr!("outreach-hint-interest"),
            Self::Carrot => tr!("outreach-hint-carrot"),
            Self::NextStep => tr!("outreach-hint-next-step"),
        }
    }

    /// Whether the part is one line (the subject, the greeting) rather than a paragraph.
    pub const fn is_single_line(self) -> bool {
        matches!(self, Self::Subject | Self::Greeting)
    }
}

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

    /// The field's label.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Subject => "Subject (about them)",
            Self::Greeting => "Greeting (their first name)",
            Self::WhoYouAre => "Who you are",
            Self::CommonGround => "Common ground",
            Self::Observation => "Something they did",
            Self::Gift => "Knowledge gift",
            Self::Question => "A question",
            Self::Interest => "Genuine interest",
            Self::Carrot => "Something in it for them",
            Self::NextStep => "One clear next step",
        }
    }

    /// What belongs in the field, shown while it is empty.
    pub const fn hint(self) -> &'static str {
        match self {
            Self::Subject => "Their work, their news, their question",
            Self::Greeting => "Hi Mette,",
            Self::WhoYouAre => "Your name, company and role (Settings \u{2192} Your profile)",
            Self::CommonGround => "How you met, a shared interest or company",
            Self::Observation => "An article they wrote, a move they made",
            Self::Gift => "An article, report or idea worth their time",
            Self::Question => "Something they can answer in a line",
            Self::Interest => "Why you care how it goes for them",
            Self::Carrot => "What they get out of replying",
            Self::NextStep => "One step, easy to say yes to",
        }
    }

    /// Whether the part is one line (the subject, the greeting) rather than a paragraph.
    pub const fn is_single_line(self) -> bool {
        matches!(self, Self::Subject | Self::Greeting)
    }
}

use serde::Serialize;

use crate::tr;

/// The sections of the weekly review, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewSection {
    /// Promises due today or earlier (DESIGN §11): first, a promise not kept sours most.
    Promised,
    /// Someone wrote and is waiting for your answer.
    Waiting,
    /// Meetings with known people in the next 7 days, by day.
    ComingUp,
    /// Someone gave you something; give back.
    GiveBack,
    /// Overdue by cadence, inner circles first.
    Overdue,
    /// Birthdays and anniversaries in the next 14 days.
    UpcomingDate,
    /// Planned asks: ready now, or still waiting on a gift.
    PlannedAsk,
    /// Circles over their budget.
    OverBudget,
}

impl ReviewSection {
    /// Sections in review order.
    pub const ALL: [Self; 8] = [
        Self::Promised,
        Self::Waiting,
        Self::ComingUp,
        Self::GiveBack,
        Self::Overdue,
        Self::UpcomingDate,
        Self::PlannedAsk,
        Self::OverBudget,
    ];

    /// The key used in JSON output.
    pub const fn key(self) -> &'static str {
        match self {
            Self::Promised => "promised",
            Self::ComingUp => "coming_up",
            Self::Waiting => "waiting",
            Self::GiveBack => "give_back",
            Self::Overdue => "overdue",
            Self::UpcomingDate => "upcoming_date",
            Self::PlannedAsk => "planned_ask",
            Self::OverBudget => "over_budget",
        }
    }

    /// Heading shown to the user.
    pub fn title(self) -> String {
        match self {
            Self::Promised => tr!("section-promised"),
            Self::ComingUp => tr!("section-coming-up"),
            Self::Waiting => tr!("section-waiting"),
            Self::GiveBack => tr!("section-give-back"),
            Self::Overdue => tr!("section-overdue"),
            Self::UpcomingDate => tr!("section-upcoming-date"),
            Self::PlannedAsk => tr!("section-planned-ask"),
            Self::OverBudget => tr!("section-over-budget"),
        }
    }
}

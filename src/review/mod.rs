//! The rules of DESIGN §2 as pure functions of (network, today): cadence and due dates,
//! waiting on you, give back, balance and ask readiness, circle budgets, gift suggestions,
//! and the weekly review queue.

pub mod agenda;
pub mod balance;
mod budgets;
pub mod cadence;
mod circle_fill;
mod circle_series;
mod circle_share;
mod digest;
mod due_status;
mod health;
mod insights;
mod meeting_brief;
mod month_giving;
mod not_ready_reason;
mod obligations;
mod person_score;
mod readiness;
mod review_item;
mod review_queue;
mod review_section;
mod review_streak;
mod suggestions;

pub use agenda::{
    COMING_UP_DAYS, coming_up, contacts_coming_up, event_contacts, events_on, events_with,
    open_promises_of, promises_due_by, promises_due_on,
};
pub use balance::balance;
pub use budgets::{circle_fills, over_budget};
pub use cadence::{due_status, effective_cadence, health, health_of, last_touches};
pub use circle_fill::{CircleFill, FILL_CHART_CAP_PERCENT};
pub use circle_series::CircleSeries;
pub use circle_share::CircleShare;
pub use digest::Digest;
pub use due_status::DueStatus;
pub use health::Health;
pub use insights::{INSIGHT_MONTHS, INSIGHT_PEOPLE, INSIGHT_WEEKS, Insights, last_finished_week};
pub use meeting_brief::MeetingBrief;
pub use month_giving::MonthGiving;
pub use not_ready_reason::NotReadyReason;
pub use obligations::{owed_gift, waiting_on_you};
pub use person_score::PersonScore;
pub use readiness::{Readiness, ask_readiness, ask_readiness_with_gift};
pub use review_item::ReviewItem;
pub use review_queue::{UPCOMING_DAYS, review_queue};
pub use review_section::ReviewSection;
pub use review_streak::{ReviewStreak, review_streak};
pub use suggestions::{GiftMatch, PersonMatch, gifts_for_contact, items_given_to, who_would_value};

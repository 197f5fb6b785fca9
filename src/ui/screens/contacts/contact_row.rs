use chrono::NaiveDate;

use crate::domain::fold::fold;
use crate::domain::{Circle, Contact, ContactId, Network};
use crate::review::{COMING_UP_DAYS, Health, balance, due_status, health_of, last_touches};

/// One contact as the table shows it, worked out once per revision so drawing a row is
/// only painting text.
#[derive(Clone, Debug, PartialEq)]
pub struct ContactRow {
    /// The contact.
    pub id: ContactId,
    /// Display name.
    pub name: String,
    /// The name folded for sorting ("Åse" sorts with "Ase").
    pub sort_name: String,
    /// Their circle.
    pub circle: Circle,
    /// Company.
    pub company: String,
    /// Last touch of any kind.
    pub last_touch: Option<NaiveDate>,
    /// When they are next due (`None`: their circle needs no upkeep).
    pub next_due: Option<NaiveDate>,
    /// Ok, due or at risk today.
    pub health: Health,
    /// Gifts minus asks over 24 months.
    pub balance: i64,
    /// Tags, sorted.
    pub tags: Vec<String>,
    /// Tags joined for the table cell.
    pub tags_text: String,
    /// Flagged as a hub.
    pub hub: bool,
    /// Has an open promise due today or earlier.
    pub promise_due: bool,
    /// Has a meeting in the next 7 days.
    pub this_week: bool,
}

impl ContactRow {
    /// The row for `contact` on `today`.
    pub fn new(network: &Network, contact: &Contact, today: NaiveDate) -> Self {
        // One walk over the touches per contact where possible: with 30,000 contacts the
        // rows are rebuilt after every change, so each repeated walk shows.
        let status = due_status(network, contact, today);
        let last_touch = match status {
            Some(status) => status.last_touch,
            None => last_touches(network, contact).any,
        };
        let tags: Vec<String> = contact.tags.iter().cloned().collect();
        Self {
            id: contact.id,
            name: contact.display_name.clone(),
            sort_name: fold(&contact.display_name),
            circle: contact.circle,
            company: contact.company.clone(),
            last_touch,
            next_due: status.map(|s| s.due_date),
            health: health_of(status.as_ref()),
            balance: balance(network, contact.id, today),
            tags_text: tags.join(", "),
            tags,
            hub: contact.hub,
            promise_due: network
                .promises_of(contact.id)
                .any(|p| p.is_open() && p.due <= today),
            this_week: {
                let last = today
                    .checked_add_days(chrono::Days::new(COMING_UP_DAYS - 1))
                    .unwrap_or(today);
                network.upcoming_events().any(|e| {
                    (today..=last).contains(&e.start.date()) && e.contacts.contains(&contact.id)
                })
            },
        }
    }

    /// Due or at risk today.
    pub fn is_due(&self) -> bool {
        self.health != Health::Ok
    }
}

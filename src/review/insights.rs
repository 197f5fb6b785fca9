use std::collections::BTreeMap;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::domain::{Circle, ContactId, Direction, Network, TouchKind};

use super::balance::{BALANCE_MONTHS, months_before};
use super::{CircleFill, CircleSeries, CircleShare, MonthGiving, PersonScore, balance};
use super::{circle_fills, owed_gift};

/// Weeks shown in "touches per week".
pub const INSIGHT_WEEKS: u32 = 52;
/// Months shown in "gifts vs asks".
pub const INSIGHT_MONTHS: u32 = 12;
/// People shown in each list.
pub const INSIGHT_PEOPLE: usize = 8;

/// The numbers behind the Insights screen, computed from the network for one day.
#[derive(Clone, Debug, PartialEq)]
pub struct Insights {
    /// The Monday each week of [`Self::touches_per_week`] starts on, oldest first.
    pub week_starts: Vec<NaiveDate>,
    /// Touches per week with the people of each circle over the last year, innermost first.
    /// Only finished weeks: the week still under way would be drawn as a dip.
    pub touches_per_week: Vec<CircleSeries>,
    /// Touches so far in the week under way, not in [`Self::touches_per_week`] (`None`
    /// on a Sunday, when the last week shown is this one).
    pub this_week_so_far: Option<u32>,
    /// Gifts given and asks made per month over the last year, oldest first.
    pub giving: Vec<MonthGiving>,
    /// Each circle's fill against its budget.
    pub fills: Vec<CircleFill>,
    /// Each circle's share of the last year's touches against Dunbar's finding.
    pub shares: Vec<CircleShare>,
    /// How many people were overdue at each finished weekly review, oldest first.
    pub overdue: Vec<(NaiveDate, u32)>,
    /// People who shared your work most often over the last 24 months.
    pub ambassadors: Vec<PersonScore>,
    /// Contacts flagged as hubs, most in touch with you (touches in 24 months) first.
    pub hubs: Vec<PersonScore>,
    /// The highest give/ask balances (you gave most before asking).
    pub balance_leaders: Vec<PersonScore>,
    /// People who gave you something you have not answered yet, the longest waiting first
    /// (score: days since their gift).
    pub owed: Vec<PersonScore>,
}

/// What one pass over the touches counts.
struct TouchCounts {
    per_week: Vec<Vec<u32>>,
    /// Touches after the last week shown (the week under way).
    after_weeks: u32,
    last_year: Vec<u32>,
    shared_my_work: BTreeMap<ContactId, i64>,
}

impl Insights {
    /// Computes every chart and list for `today` (people in the trash are left out).
    pub fn compute(network: &Network, today: NaiveDate) -> Self {
        let this_monday = today - Days::new(u64::from(today.weekday().num_days_from_monday()));
        let last_week = last_finished_week(today);
        let first_week = last_week - Days::new(7 * u64::from(INSIGHT_WEEKS - 1));
        let week_starts = (0..u64::from(INSIGHT_WEEKS))
            .map(|w| first_week + Days::new(7 * w))
            .collect();
        let counts = count_touches(network, today, first_week);
        let total: u32 = counts.last_year.iter().sum();
        let shares = Circle::ALL
            .into_iter()
            .zip(&counts.last_year)
            .map(|(circle, &touches)| CircleShare {
                circle,
                touches,
                share: if total == 0 {
                    0.0
                } else {
                    f64::from(touches) / f64::from(total)
                },
                dunbar: match circle {
                    Circle::Support => Some(0.4),
                    Circle::Sympathy => Some(0.2),
                    _ => None,
                },
            })
            .collect();
        let touches_per_week = Circle::ALL
            .into_iter()
            .zip(counts.per_week)
            .map(|(circle, counts)| CircleSeries { circle, counts })
            .collect();
        let ambassadors = counts
            .shared_my_work
            .into_iter()
            .map(|(contact, score)| PersonScore { contact, score })
            .collect();
        let since = months_before(today, BALANCE_MONTHS);
        let hubs = network
            .contacts()
            .filter(|c| c.hub)
            .map(|c| PersonScore {
                contact: c.id,
                score: count(network.touches_of(c.id).filter(|t| t.date > since)),
            })
            .collect();
        let balance_leaders = network
            .contacts()
            .map(|c| PersonScore {
                contact: c.id,
                score: balance(network, c.id, today),
            })
            .filter(|p| p.score > 0)
            .collect();
        let owed = network
            .contacts()
            .filter_map(|c| {
                owed_gift(network, c).map(|gift| PersonScore {
                    contact: c.id,
                    score: (today - gift.date).num_days(),
                })
            })
            .collect();
        Self {
            week_starts,
            touches_per_week,
            this_week_so_far: (last_week < this_monday).then_some(counts.after_weeks),
            giving: giving_by_month(network, today),
            fills: circle_fills(network),
            shares,
            overdue: network
                .reviews()
                .iter()
                .map(|r| (r.date, r.overdue))
                .collect(),
            ambassadors: top(network, ambassadors),
            hubs: top(network, hubs),
            balance_leaders: top(network, balance_leaders),
            owed: top(network, owed),
        }
    }
}

/// Touches per week and circle since `first_week`, per circle over the last year, and
/// "shared my work" per person over 24 months; a touch with two people counts for each.
fn count_touches(network: &Network, today: NaiveDate, first_week: NaiveDate) -> TouchCounts {
    let weeks = usize::try_from(INSIGHT_WEEKS).unwrap_or(0);
    let mut counts = TouchCounts {
        per_week: vec![vec![0; weeks]; Circle::ALL.len()],
        after_weeks: 0,
        last_year: vec![0; Circle::ALL.len()],
        shared_my_work: BTreeMap::new(),
    };
    let year_ago = today - Days::new(365);
    let since = months_before(today, BALANCE_MONTHS);
    for touch in network
        .touches()
        .filter(|t| t.date <= today && t.date > since)
    {
        for contact in touch.contacts.iter().filter_map(|id| network.contact(*id)) {
            if contact.is_trashed() {
                continue;
            }
            let rank = contact.circle.rank();
            if touch.date >= first_week {
                let week = usize::try_from((touch.date - first_week).num_days() / 7).ok();
                if week.is_some_and(|w| w >= weeks) {
                    counts.after_weeks += 1;
                } else if let Some(count) =
                    week.and_then(|w| counts.per_week.get_mut(rank).and_then(|row| row.get_mut(w)))
                {
                    *count += 1;
                }
            }
            if touch.date > year_ago
                && let Some(count) = counts.last_year.get_mut(rank)
            {
                *count += 1;
            }
            if touch.kind == TouchKind::SharedMyWork {
                *counts.shared_my_work.entry(contact.id).or_default() += 1;
            }
        }
    }
    counts
}

/// The Monday of the last week the touches chart shows: this week's on its Sunday, else
/// the week before (a week still under way would read as a dip).
pub fn last_finished_week(today: NaiveDate) -> NaiveDate {
    let this_monday = today - Days::new(u64::from(today.weekday().num_days_from_monday()));
    if today.weekday() == Weekday::Sun {
        this_monday
    } else {
        this_monday - Days::new(7)
    }
}

impl Insights {
    /// Whether any touch of the last year is counted (else the touch charts say so
    /// instead of drawing empty axes).
    pub fn has_touches(&self) -> bool {
        self.shares.iter().any(|s| s.touches > 0)
    }

    /// Whether any gift was given or ask made in the months shown.
    pub fn has_giving(&self) -> bool {
        self.giving.iter().any(|m| m.gifts > 0 || m.asks > 0)
    }

    /// Whether the network has anyone in it at all.
    pub fn has_contacts(&self) -> bool {
        self.fills.iter().any(|f| f.count > 0)
    }
}

/// Gifts given and asks made in each of the last twelve calendar months, this one included.
fn giving_by_month(network: &Network, today: NaiveDate) -> Vec<MonthGiving> {
    let this_month = today.with_day(1).unwrap_or(today);
    let mut giving: Vec<MonthGiving> = (0..INSIGHT_MONTHS)
        .rev()
        .filter_map(|back| this_month.checked_sub_months(Months::new(back)))
        .map(|month| MonthGiving {
            month,
            gifts: 0,
            asks: 0,
            premature: 0,
        })
        .collect();
    let index = |date: NaiveDate, giving: &[MonthGiving]| {
        let start = date.with_day(1)?;
        if date > today {
            return None;
        }
        giving.iter().position(|m| m.month == start)
    };
    for gift in network
        .gifts()
        .filter(|g| g.direction == Direction::Outbound)
    {
        if let Some(i) = index(gift.date, &giving)
            && let Some(month) = giving.get_mut(i)
        {
            month.gifts += 1;
        }
    }
    for ask in network.asks().filter(|a| a.status.was_made()) {
        if let Some(i) = index(ask.date, &giving)
            && let Some(month) = giving.get_mut(i)
        {
            month.asks += 1;
            month.premature += u32::from(ask.premature);
        }
    }
    giving
}

fn count<T>(items: impl Iterator<Item = T>) -> i64 {
    i64::try_from(items.count()).unwrap_or(i64::MAX)
}

/// Highest score first, then by name; the first [`INSIGHT_PEOPLE`].
fn top(network: &Network, mut list: Vec<PersonScore>) -> Vec<PersonScore> {
    let name = |p: &PersonScore| {
        network
            .contact(p.contact)
            .map_or("", |c| c.display_name.as_str())
    };
    list.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then_with(|| name(a).cmp(name(b)))
            .then(a.contact.cmp(&b.contact))
    });
    list.truncate(INSIGHT_PEOPLE);
    list
}

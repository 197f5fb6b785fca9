use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::spoken_date::{spoken_date, weekday_name};
use crate::domain::{Ask, AskStatus, Circle, ContactId, Direction, Gift, Network, Promise, Touch};
use crate::tr;

use super::agenda::{events_with, open_promises_of};
use super::suggestions::gifts_for_contact;

/// How many recent touches a brief lists.
const BRIEF_TOUCHES: usize = 3;
/// How many gifts each way a brief lists.
const BRIEF_GIFTS: usize = 3;

/// Everything worth knowing before meeting someone (DESIGN §11): who they are, the last
/// touches, open asks and gifts both ways, open promises both ways, the best library item
/// to bring and an opening line. The window and `dunbar brief` show the same brief.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeetingBrief {
    /// Who.
    pub contact: ContactId,
    /// Their name.
    pub name: String,
    /// Their circle.
    pub circle: Circle,
    /// Company.
    pub company: String,
    /// Role.
    pub role: String,
    /// How we met.
    pub how_we_met: String,
    /// Their interests.
    pub interests: Vec<String>,
    /// The next coming event with them: its summary and start.
    pub event: Option<(String, NaiveDateTime)>,
    /// The last touches, newest first.
    pub touches: Vec<Touch>,
    /// Asks I made that are open or planned.
    pub my_asks: Vec<Ask>,
    /// Their messages that wait for my answer (what they asked of me).
    pub their_asks: Vec<Touch>,
    /// The last gifts I gave them, newest first, and how many in all.
    pub gave: (Vec<Gift>, usize),
    /// The last gifts they gave me, newest first, and how many in all.
    pub received: (Vec<Gift>, usize),
    /// My open promises to them, by due day.
    pub my_promises: Vec<Promise>,
    /// Their open promises to me, by due day.
    pub their_promises: Vec<Promise>,
    /// The best library item to bring: its title and why it is worth their time.
    pub bring: Option<(String, String)>,
    /// A line to open with.
    pub opening: String,
}

fn newest_gifts(network: &Network, contact: ContactId, direction: Direction) -> (Vec<Gift>, usize) {
    let mut gifts: Vec<&Gift> = network
        .gifts_of(contact)
        .filter(|g| g.direction == direction)
        .collect();
    gifts.sort_by_key(|g| std::cmp::Reverse((g.date, g.id)));
    let total = gifts.len();
    (
        gifts.into_iter().take(BRIEF_GIFTS).cloned().collect(),
        total,
    )
}

impl MeetingBrief {
    /// The brief for `contact` on `today`; `None` for an unknown contact.
    pub fn new(network: &Network, contact: ContactId, today: NaiveDate) -> Option<Self> {
        let person = network.contact(contact)?;
        let mut touches: Vec<&Touch> = network
            .touches_of(contact)
            .filter(|t| t.date <= today)
            .collect();
        touches.sort_by_key(|t| std::cmp::Reverse((t.date, t.id)));
        let touches: Vec<Touch> = touches.into_iter().take(BRIEF_TOUCHES).cloned().collect();
        let my_asks = network
            .asks_of(contact)
            .filter(|a| matches!(a.status, AskStatus::Open | AskStatus::Planned))
            .cloned()
            .collect();
        let their_asks = network
            .links(contact)
            .awaiting_reply
            .iter()
            .filter_map(|id| network.touch(*id))
            .cloned()
            .collect();
        let promises = open_promises_of(network, contact);
        let (my_promises, their_promises): (Vec<Promise>, Vec<Promise>) = promises
            .into_iter()
            .cloned()
            .partition(|p| p.direction == Direction::Outbound);
        let bring = gifts_for_contact(network, contact, 1)
            .first()
            .and_then(|m| network.library_item(m.item))
            .map(|item| (item.title.clone(), item.why.clone()));
        let interests: Vec<String> = person.interests.iter().cloned().collect();
        let opening = opening_line(
            person.first_name(),
            &touches,
            &interests,
            &my_promises,
            bring.as_ref().map(|(title, _)| title.as_str()),
        );
        Some(Self {
            contact,
            name: person.display_name.clone(),
            circle: person.circle,
            company: person.company.clone(),
            role: person.role.clone(),
            how_we_met: person.how_we_met.clone(),
            interests,
            event: events_with(network, contact, today)
                .first()
                .map(|e| (e.summary.clone(), e.start)),
            touches,
            my_asks,
            their_asks,
            gave: newest_gifts(network, contact, Direction::Outbound),
            received: newest_gifts(network, contact, Direction::Inbound),
            my_promises,
            their_promises,
            bring,
            opening,
        })
    }

    /// "Role at Company", "Role", "Company" or nothing.
    pub fn position(&self) -> String {
        match (self.role.trim(), self.company.trim()) {
            ("", "") => String::new(),
            (role, "") => role.to_owned(),
            ("", company) => company.to_owned(),
            (role, company) => tr!("brief-role-at", role = role, company = company),
        }
    }

    /// The event line: "“1:1” Tuesday 8 December 2026 at 10:00".
    pub fn event_line(&self) -> Option<String> {
        self.event.as_ref().map(|(summary, start)| {
            tr!(
                "brief-event",
                event = summary.as_str(),
                weekday = weekday_name(start.date()),
                date = spoken_date(start.date()),
                time = start.format("%H:%M").to_string()
            )
        })
    }

    /// One touch: "1 December 2026, in person: coffee".
    pub fn touch_line(touch: &Touch) -> String {
        let channel = touch.channel.label().to_lowercase();
        if touch.note.trim().is_empty() {
            tr!(
                "brief-touch",
                date = spoken_date(touch.date),
                channel = channel
            )
        } else {
            tr!(
                "brief-touch-note",
                date = spoken_date(touch.date),
                channel = channel,
                note = touch.note.trim()
            )
        }
    }

    /// One ask of mine: "introduction (open, since 3 March 2026)".
    pub fn ask_line(ask: &Ask) -> String {
        let what = if ask.note.trim().is_empty() {
            ask.kind.label().to_lowercase()
        } else {
            format!("{}: {}", ask.kind.label().to_lowercase(), ask.note.trim())
        };
        tr!(
            "brief-ask",
            what = what,
            status = ask.status.label().to_lowercase(),
            date = spoken_date(ask.date)
        )
    }

    /// One gift: "knowledge: the Dunbar article (1 December 2026)".
    pub fn gift_line(gift: &Gift) -> String {
        let kind = gift.kind.label().to_lowercase();
        let what = if gift.note.trim().is_empty() {
            kind
        } else {
            format!("{kind}: {}", gift.note.trim())
        };
        tr!("brief-gift", what = what, date = spoken_date(gift.date))
    }

    /// One promise: "“the article”, due 20 March 2026".
    pub fn promise_line(promise: &Promise) -> String {
        tr!(
            "brief-promise",
            text = promise.text.as_str(),
            date = spoken_date(promise.due)
        )
    }

    /// The gifts one way: "3 in all: …" or "none".
    pub fn gifts_text(gifts: &(Vec<Gift>, usize)) -> String {
        if gifts.1 == 0 {
            return tr!("brief-none");
        }
        let lines: Vec<String> = gifts.0.iter().map(Self::gift_line).collect();
        tr!("brief-gifts", count = gifts.1, latest = lines.join("; "))
    }

    /// The whole brief as plain text (the window's "Copy" and `dunbar brief`).
    pub fn to_text(&self) -> String {
        let none = tr!("brief-none");
        let list = |items: Vec<String>| {
            if items.is_empty() {
                none.clone()
            } else {
                items.join("; ")
            }
        };
        let mut out = vec![tr!("brief-title", name = self.name.as_str())];
        if let Some(event) = self.event_line() {
            out.push(event);
        }
        let mut who = vec![self.circle.label()];
        let position = self.position();
        if !position.is_empty() {
            who.push(position);
        }
        out.push(tr!("brief-who", who = who.join(" \u{b7} ")));
        if !self.how_we_met.trim().is_empty() {
            out.push(tr!("brief-how-we-met", how = self.how_we_met.trim()));
        }
        out.push(tr!(
            "brief-interests",
            interests = list(self.interests.clone())
        ));
        out.push(tr!("brief-last-touches"));
        if self.touches.is_empty() {
            out.push(format!("  {none}"));
        }
        for touch in &self.touches {
            out.push(format!("  - {}", Self::touch_line(touch)));
        }
        out.push(tr!(
            "brief-my-asks",
            asks = list(self.my_asks.iter().map(Self::ask_line).collect())
        ));
        out.push(tr!(
            "brief-their-asks",
            asks = list(self.their_asks.iter().map(Self::touch_line).collect())
        ));
        out.push(tr!("brief-gave", gifts = Self::gifts_text(&self.gave)));
        out.push(tr!(
            "brief-received",
            gifts = Self::gifts_text(&self.received)
        ));
        out.push(tr!(
            "brief-my-promises",
            promises = list(self.my_promises.iter().map(Self::promise_line).collect())
        ));
        out.push(tr!(
            "brief-their-promises",
            promises = list(self.their_promises.iter().map(Self::promise_line).collect())
        ));
        out.push(match &self.bring {
            Some((title, why)) if !why.trim().is_empty() => {
                tr!("brief-bring-why", title = title.as_str(), why = why.trim())
            }
            Some((title, _)) => tr!("brief-bring", title = title.as_str()),
            None => tr!("brief-bring-nothing"),
        });
        out.push(tr!("brief-opening", line = self.opening.as_str()));
        let mut text = out.join("\n");
        text.push('\n');
        text
    }
}

/// A first sentence for the meeting that gives before it asks: a promise kept, the library
/// item to bring, their interest, the last note, or a plain greeting.
fn opening_line(
    first: &str,
    touches: &[Touch],
    interests: &[String],
    mine: &[Promise],
    bring: Option<&str>,
) -> String {
    if let Some(promise) = mine.first() {
        return tr!(
            "brief-open-promise",
            first = first,
            text = promise.text.as_str()
        );
    }
    if let Some(title) = bring {
        return tr!("brief-open-bring", first = first, title = title);
    }
    if let Some(interest) = interests.first() {
        return tr!(
            "brief-open-interest",
            first = first,
            interest = interest.as_str()
        );
    }
    if let Some(note) = touches
        .iter()
        .map(|t| t.note.trim())
        .find(|n| !n.is_empty())
    {
        return tr!("brief-open-last", first = first, note = note);
    }
    tr!("brief-open-plain", first = first)
}

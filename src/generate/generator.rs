use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate, NaiveTime};
use rand::seq::IndexedRandom;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::domain::fold::fold;
use crate::domain::{
    Ask, AskId, AskKind, AskStatus, CaptureSource, CaptureSourceId, Channel, Circle, Contact,
    ContactId, ContactLabel, Direction, EmailAddress, Gift, GiftId, GiftKind, LibraryItem,
    LibraryItemId, Network, NetworkError, PartialDate, PhoneNumber, Profile, Promise, PromiseId,
    ReviewRecord, Touch, TouchId, TouchKind, UpcomingEvent,
};

use super::GenerateSpec;
use super::word_lists::{
    COMPANIES, FAMILY_NAMES, GIVEN_NAMES, MEETINGS, NOTES, PROMISES, ROLES, TAGS, TITLES, TOPICS,
};

/// How many people each circle gets (its own share of the cumulative budgets); the outer
/// circle takes the rest.
const CIRCLE_SIZES: [(Circle, usize); 5] = [
    (Circle::Support, 5),
    (Circle::Sympathy, 10),
    (Circle::Affinity, 35),
    (Circle::Active, 100),
    (Circle::Acquaintance, 350),
];

/// Relative touch frequency of one person per circle.
const fn touch_weight(circle: Circle) -> f64 {
    match circle {
        Circle::Support => 60.0,
        Circle::Sympathy => 30.0,
        Circle::Affinity => 12.0,
        Circle::Active => 6.0,
        Circle::Acquaintance => 2.0,
        Circle::Known => 1.0,
    }
}

/// Builds one network from one random stream.
struct Generator {
    rng: ChaCha8Rng,
    network: Network,
    next_id: u64,
    today: NaiveDate,
}

impl Generator {
    fn take_id(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn days_ago(&self, days: u64) -> NaiveDate {
        self.today
            .checked_sub_days(Days::new(days))
            .unwrap_or(self.today)
    }

    fn pick<T: Copy>(&mut self, list: &[T], fallback: T) -> T {
        list.choose(&mut self.rng).copied().unwrap_or(fallback)
    }

    fn library(&mut self, size: usize) -> Result<Vec<LibraryItemId>, NetworkError> {
        let mut library = Vec::with_capacity(size);
        for index in 0..size {
            let topic = TOPICS.get(index % TOPICS.len()).copied().unwrap_or("ideas");
            let second = self.pick(TOPICS, "ideas");
            let title = TITLES
                .get(index / TOPICS.len() % TITLES.len())
                .copied()
                .unwrap_or("{}")
                .replace("{}", topic);
            let ago = self.rng.random_range(0..700);
            let added = self.days_ago(ago);
            let item = LibraryItem {
                id: LibraryItemId::new(self.take_id()),
                title,
                link: format!("https://example.org/reading/{}", index + 1),
                why: format!(
                    "A clear, short read on {topic}; useful before your next decision on {second}."
                ),
                topics: [topic.to_owned(), second.to_owned()].into_iter().collect(),
                added,
            };
            library.push(item.id);
            self.network.insert_library_item(item)?;
        }
        Ok(library)
    }

    fn contact(&mut self, index: usize) -> Result<(ContactId, Circle), NetworkError> {
        let mut offset = 0;
        let circle = CIRCLE_SIZES
            .iter()
            .find(|(_, size)| {
                offset += size;
                index < offset
            })
            .map_or(Circle::Known, |(circle, _)| *circle);
        let given = self.pick(GIVEN_NAMES, "Kim");
        let family = self.pick(FAMILY_NAMES, "Jensen");
        let id = ContactId::new(self.take_id());
        let ago = self.rng.random_range(400..2000);
        let created = self.days_ago(ago);
        let mut contact = Contact::new(id, &format!("{given} {family}"), circle, created);
        contact.given_name = given.to_owned();
        contact.family_name = family.to_owned();
        contact.company = self.pick(COMPANIES, "").to_owned();
        contact.role = self.pick(ROLES, "").to_owned();
        let mail_name = fold(&format!("{given}.{family}")).replace([' ', '\''], "");
        contact.emails = vec![EmailAddress::labelled(
            format!("{mail_name}{}@example.com", index + 1),
            Some(ContactLabel::Work),
        )];
        if self.rng.random_bool(0.5) {
            let number = self.rng.random_range(20_000_000..99_999_999_u32);
            contact.phones = vec![PhoneNumber::labelled(
                format!("+45 {number:08}"),
                Some(ContactLabel::Mobile),
            )];
        }
        contact.linkedin_url = Some(format!(
            "https://www.linkedin.com/in/{}-{}",
            mail_name.replace('.', "-"),
            index + 1
        ));
        let interests = self.rng.random_range(1..4);
        contact.interests = (0..interests)
            .map(|_| self.pick(TOPICS, "ideas").to_owned())
            .collect::<BTreeSet<_>>();
        let tags = self.rng.random_range(0..3);
        contact.tags = (0..tags)
            .map(|_| self.pick(TAGS, "client").to_owned())
            .collect::<BTreeSet<_>>();
        contact.family =
            matches!(circle, Circle::Support | Circle::Sympathy) && self.rng.random_bool(0.25);
        contact.hub = self.rng.random_bool(0.03);
        if self.rng.random_bool(0.6) {
            let month = self.rng.random_range(1..=12);
            let day = self.rng.random_range(1..=28);
            contact.birthday = if self.rng.random_bool(0.2) {
                PartialDate::year_less(month, day)
            } else {
                PartialDate::full(
                    self.today.year() - self.rng.random_range(22..70),
                    month,
                    day,
                )
            };
        }
        if circle <= Circle::Affinity {
            contact.how_we_met = "Worked together".to_owned();
        }
        contact.source = Some("generated".to_owned());
        self.network.insert_contact(contact)?;
        Ok((id, circle))
    }

    /// Touches of one person: the latest around their cadence, the rest over three years.
    fn touches(&mut self, id: ContactId, circle: Circle, count: usize) -> Result<(), NetworkError> {
        let cadence = u64::from(circle.default_cadence_days().unwrap_or(700));
        for n in 0..count {
            let ago = if n == 0 {
                self.rng.random_range(0..=(cadence * 8 / 5).max(1))
            } else {
                self.rng.random_range(cadence.min(1000)..1100)
            };
            let light = self.rng.random_bool(0.12);
            let shared = !light && self.rng.random_bool(0.03);
            let inbound = shared || self.rng.random_bool(0.4);
            let channel = if light || shared {
                Channel::Social
            } else {
                self.pick(&Channel::ALL, Channel::Email)
            };
            let kind = if light {
                TouchKind::Light
            } else if shared {
                TouchKind::SharedMyWork
            } else {
                TouchKind::Meaningful
            };
            let awaiting_reply = inbound && !light && ago < 10 && self.rng.random_bool(0.5);
            let touch = Touch {
                id: TouchId::new(self.take_id()),
                date: self.days_ago(ago),
                contacts: vec![id],
                channel,
                direction: if inbound {
                    Direction::Inbound
                } else {
                    Direction::Outbound
                },
                kind,
                note: self.pick(NOTES, "").to_owned(),
                awaiting_reply,
                capture_key: String::new(),
            };
            self.network.insert_touch(touch)?;
        }
        Ok(())
    }

    fn plain_touch(
        &mut self,
        contact: ContactId,
        date: NaiveDate,
        direction: Direction,
    ) -> Result<TouchId, NetworkError> {
        let id = TouchId::new(self.take_id());
        self.network.insert_touch(Touch {
            id,
            date,
            contacts: vec![contact],
            channel: Channel::Email,
            direction,
            kind: TouchKind::Meaningful,
            note: String::new(),
            awaiting_reply: false,
            capture_key: String::new(),
        })?;
        Ok(id)
    }

    /// A gift (with its touch), mostly to inner circles.
    fn gift(&mut self, contact: ContactId, library: &[LibraryItemId]) -> Result<(), NetworkError> {
        let direction = if self.rng.random_bool(0.2) {
            Direction::Inbound
        } else {
            Direction::Outbound
        };
        let ago = self.rng.random_range(0..600);
        let date = self.days_ago(ago);
        let touch = self.plain_touch(contact, date, direction)?;
        let item = if direction == Direction::Inbound {
            None
        } else {
            library.choose(&mut self.rng).copied()
        };
        let kind = if item.is_some() {
            GiftKind::Knowledge
        } else {
            self.pick(&GiftKind::ALL, GiftKind::Help)
        };
        let gift = Gift {
            id: GiftId::new(self.take_id()),
            contact,
            date,
            direction,
            kind,
            item,
            note: String::new(),
            touch: Some(touch),
        };
        self.network.insert_gift(gift)
    }

    /// An ask: some planned, a few premature.
    fn ask(&mut self, contact: ContactId) -> Result<(), NetworkError> {
        let planned = self.rng.random_bool(0.25);
        let ago = if planned {
            self.rng.random_range(0..30)
        } else {
            self.rng.random_range(0..600)
        };
        let date = self.days_ago(ago);
        let touch = if planned {
            None
        } else {
            Some(self.plain_touch(contact, date, Direction::Outbound)?)
        };
        let status = if planned {
            AskStatus::Planned
        } else {
            let made = [
                AskStatus::Granted,
                AskStatus::Granted,
                AskStatus::Declined,
                AskStatus::Open,
            ];
            self.pick(&made, AskStatus::Granted)
        };
        let ask = Ask {
            id: AskId::new(self.take_id()),
            contact,
            date,
            kind: self.pick(&AskKind::ALL, AskKind::Meeting),
            status,
            premature: !planned && self.rng.random_bool(0.15),
            note: if planned {
                "Intro to their CFO".to_owned()
            } else {
                String::new()
            },
            touch,
        };
        self.network.insert_ask(ask)
    }
}

/// A realistic, synthetic network, the same for the same spec and day: names with
/// diacritics, companies, circles in Dunbar proportions, touches over three years (the
/// latest around each person's cadence, so some are due and a few at risk), gifts, asks,
/// a gift library and a habit of weekly reviews.
pub fn generate_network(spec: &GenerateSpec, today: NaiveDate) -> Result<Network, NetworkError> {
    let mut generator = Generator {
        rng: ChaCha8Rng::seed_from_u64(spec.seed),
        network: Network::new(),
        next_id: 1,
        today,
    };
    generator.network.set_profile(Profile {
        name: "Alex Morgan".to_owned(),
        company: "Northwind Studio".to_owned(),
        role: "Founder".to_owned(),
        emails: vec!["alex@northwind.example".to_owned()],
        ..Profile::default()
    });
    let library = generator.library((spec.contacts / 10 + 5).min(60))?;
    let people = (0..spec.contacts)
        .map(|index| generator.contact(index))
        .collect::<Result<Vec<_>, _>>()?;

    let total_weight: f64 = people.iter().map(|(_, c)| touch_weight(*c)).sum();
    #[allow(clippy::cast_precision_loss)]
    let total_touches = spec.touches_per_contact * spec.contacts as f64;
    for (id, circle) in &people {
        let expected = total_touches * touch_weight(*circle) / total_weight.max(1.0);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let count =
            (expected.floor() as usize) + usize::from(generator.rng.random_bool(expected.fract()));
        generator.touches(*id, *circle, count)?;
    }

    let everyone: Vec<ContactId> = people.iter().map(|(id, _)| *id).collect();
    let inner: Vec<ContactId> = people
        .iter()
        .filter(|(_, c)| *c <= Circle::Active)
        .map(|(id, _)| *id)
        .collect();
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let gift_count = (spec.gifts_per_contact * spec.contacts as f64).round() as usize;
    for _ in 0..gift_count {
        let pool = if generator.rng.random_bool(0.8) && !inner.is_empty() {
            &inner
        } else {
            &everyone
        };
        if let Some(contact) = pool.choose(&mut generator.rng).copied() {
            generator.gift(contact, &library)?;
        }
    }
    for _ in 0..=gift_count / 4 {
        if let Some(contact) = inner.choose(&mut generator.rng).copied() {
            generator.ask(contact)?;
        }
    }
    // Eight weeks of reviews, the last one six days ago.
    for week in (0..8_u64).rev() {
        let record = ReviewRecord {
            date: generator.days_ago(6 + week * 7),
            overdue: generator.rng.random_range(5..25),
            handled: generator.rng.random_range(3..15),
        };
        generator.network.push_review(record);
    }
    // Promises and coming meetings draw from a stream of their own, so the rest of the
    // network stays what the same seed always made.
    generator.rng = ChaCha8Rng::seed_from_u64(spec.seed ^ 0x5eed_0011);
    generator.promises(&inner)?;
    generator.calendar(&inner)?;
    let mut network = generator.network;
    network.validate_and_index()?;
    Ok(network)
}

impl Generator {
    /// Promises to and from inner-circle people: a few due today or overdue, the rest in
    /// the next weeks, some already kept.
    fn promises(&mut self, inner: &[ContactId]) -> Result<(), NetworkError> {
        let count = (inner.len() / 8).clamp(usize::from(!inner.is_empty()) * 3, 40);
        for n in 0..count {
            let Some(contact) = inner.choose(&mut self.rng).copied() else {
                break;
            };
            // The first three are due: today, two and six days ago.
            let due = match n {
                0 => self.today,
                1 => self.days_ago(2),
                2 => self.days_ago(6),
                _ => self
                    .today
                    .checked_add_days(Days::new(self.rng.random_range(1..21)))
                    .unwrap_or(self.today),
            };
            let made_ago = self.rng.random_range(7..30);
            let done = (n >= 3 && self.rng.random_bool(0.25)).then(|| self.days_ago(1));
            let promise = Promise {
                id: PromiseId::new(self.take_id()),
                contact,
                text: self.pick(PROMISES, "the article").to_owned(),
                due,
                done,
                direction: if n % 4 == 3 {
                    Direction::Inbound
                } else {
                    Direction::Outbound
                },
                created: self.days_ago(made_ago),
                touch: None,
                ask: None,
            };
            self.network.insert_promise(promise)?;
        }
        Ok(())
    }

    /// A captured calendar with meetings with inner-circle people over the next week.
    fn calendar(&mut self, inner: &[ContactId]) -> Result<(), NetworkError> {
        if inner.is_empty() {
            return Ok(());
        }
        let mut upcoming = Vec::new();
        for n in 0..6_u64 {
            let day = self
                .today
                .checked_add_days(Days::new(n + u64::from(n >= 3)))
                .unwrap_or(self.today);
            let hour = self.rng.random_range(9..17);
            let mut contacts = vec![self.pick(inner, ContactId::new(0))];
            if self.rng.random_bool(0.3) {
                contacts.push(self.pick(inner, ContactId::new(0)));
            }
            contacts.sort_unstable();
            contacts.dedup();
            upcoming.push(UpcomingEvent {
                uid: format!("demo-{n}@dunbar.local"),
                start: day.and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or(NaiveTime::MIN)),
                summary: self.pick(MEETINGS, "Coffee").to_owned(),
                contacts,
            });
        }
        let id = CaptureSourceId::new(self.take_id());
        self.network.insert_source(CaptureSource {
            id,
            kind: "calendar".to_owned(),
            path: "/demo/calendar.ics".to_owned(),
            last_scan: self.today,
            scanned_bytes: 0,
            fingerprint: 0,
            keys: BTreeSet::new(),
            message_ids: BTreeSet::new(),
            upcoming,
        })
    }
}

use chrono::NaiveDate;

use crate::domain::{
    AskKind, Channel, Circle, ContactId, GiftKind, LibraryItem, LibraryItemId, Network,
};
use crate::i18n::tr;
use crate::review::{ask_readiness_with_gift, gifts_for_contact};

use super::outreach_lines::{
    carrot_for, how_we_met_line, next_step_for, observation_line, subject_for,
};
use super::{LogEntry, OutreachPart, OutreachWarning};

/// A message being composed for one contact: the ten parts of DESIGN §2, what it gives and
/// what it asks. Pre-filled from the contact, the profile and the library; the user edits
/// every part. Pure data: the window draws it, [`Self::to_log_entry`] records it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutreachDraft {
    /// Who it is for.
    pub contact: ContactId,
    /// The subject line.
    pub subject: String,
    /// "Hi Mette,".
    pub greeting: String,
    /// Your name, company and role.
    pub who_you_are: String,
    /// Shared interests, company, how you met.
    pub common_ground: String,
    /// Something they did.
    pub observation: String,
    /// The knowledge gift, in words.
    pub gift: String,
    /// The library item the gift is, if any.
    pub gift_item: Option<LibraryItemId>,
    /// A question.
    pub question: String,
    /// Genuine interest.
    pub interest: String,
    /// Something in it for them.
    pub carrot: String,
    /// One clear next step.
    pub next_step: String,
    /// What the message asks for, if anything.
    pub ask: Option<AskKind>,
    /// How it is sent.
    pub channel: Channel,
    /// Your name, for the sign-off.
    pub signature: String,
    /// Whether they know you well (the two inner circles, or in touch in the last
    /// [`KNOWS_YOU_DAYS`] days): no self-introduction, a friendlier closing.
    pub knows_you: bool,
}

/// Someone in touch with you within this many days needs no introduction.
pub const KNOWS_YOU_DAYS: i64 = 90;

/// Whether `contact` knows you well enough to skip "who you are" on `today`.
pub fn knows_you(network: &Network, contact: ContactId, today: NaiveDate) -> bool {
    let inner = network
        .contact(contact)
        .is_some_and(|c| matches!(c.circle, Circle::Support | Circle::Sympathy));
    inner
        || network
            .touches_of(contact)
            .any(|t| t.date <= today && (today - t.date).num_days() <= KNOWS_YOU_DAYS)
}

/// Replaces `text` by `after` when it is still `before` (the user has not edited it).
fn follow(text: &mut String, before: &str, after: &str) {
    if text.trim() == before {
        after.clone_into(text);
    }
}

impl OutreachDraft {
    /// A draft for `contact` on `today`, pre-filled from what the network knows: their
    /// first name, the common ground, an observation from the last touch (never its note),
    /// your profile, and the library item that best matches their interests. Each part
    /// says its own thing, so no word of substance repeats across parts. People who know
    /// you well (the two inner circles, or in touch in the last 90 days) get no
    /// self-introduction and no "how we met". `None` for an unknown contact.
    pub fn prefill(network: &Network, contact: ContactId, today: NaiveDate) -> Option<Self> {
        let person = network.contact(contact)?;
        let profile = network.profile();
        let first = person.first_name().to_owned();
        let knows_you = knows_you(network, contact, today);
        // Interests read well in a sentence ("care about batteries"); tags are labels
        // ("press", "alumni") and do not. The topic is named once: as common ground with
        // someone new, in the question to someone close.
        let topic = person.interests.iter().next().map(String::as_str);
        let company = person.company.trim();
        let same_company =
            !company.is_empty() && company.eq_ignore_ascii_case(profile.company.trim());
        let mut common = Vec::new();
        if !knows_you {
            common.extend(how_we_met_line(&person.how_we_met));
            match (same_company, topic) {
                (true, Some(topic)) => {
                    common.push(tr!(
                        "outreach-common-company-topic",
                        company = company,
                        topic = topic
                    ));
                }
                (true, None) => common.push(tr!("outreach-common-company", company = company)),
                (false, Some(topic)) => common.push(tr!("outreach-common-topic", topic = topic)),
                (false, None) => {}
            }
        }
        let observation = network
            .touches_of(contact)
            .filter(|t| t.date <= today)
            .max_by_key(|t| (t.date, t.id))
            .map(|t| observation_line(t, today))
            .unwrap_or_default();
        let best = gifts_for_contact(network, contact, 1)
            .first()
            .and_then(|m| network.library_item(m.item));
        let gives = best.is_some();
        let gift = best.map(gift_text).unwrap_or_default();
        // The topic once: not in the question when the gift already names it.
        let question = match topic {
            Some(topic) if knows_you && !gift.to_lowercase().contains(&topic.to_lowercase()) => {
                tr!("outreach-question-topic", topic = topic)
            }
            _ => tr!("outreach-question"),
        };
        let interest = if company.is_empty() || same_company {
            tr!("outreach-interest")
        } else {
            tr!("outreach-interest-company", company = company)
        };
        // Said at the same company in the common ground, not twice.
        let own_company = if same_company { "" } else { &profile.company };
        let who_you_are = if knows_you {
            String::new()
        } else {
            introduction(&profile.name, &profile.role, own_company)
        };
        Some(Self {
            contact,
            subject: subject_for(gives),
            greeting: tr!("outreach-greeting", first = first),
            who_you_are,
            common_ground: common.join(" "),
            observation,
            gift,
            gift_item: best.map(|item| item.id),
            question,
            interest,
            carrot: carrot_for(gives),
            next_step: next_step_for(None, gives, knows_you),
            ask: None,
            channel: Channel::Email,
            signature: profile.name.clone(),
            knows_you,
        })
    }

    /// The pre-filled next step for an ask (or for none), with or without a gift, for
    /// someone who knows you well or not.
    pub fn next_step_for(ask: Option<AskKind>, gives: bool, knows_you: bool) -> String {
        next_step_for(ask, gives, knows_you)
    }

    /// Changes what the message asks for; a next step still as pre-filled follows it.
    pub fn set_ask(&mut self, ask: Option<AskKind>) {
        let gives = self.gives();
        follow(
            &mut self.next_step,
            &next_step_for(self.ask, gives, self.knows_you),
            &next_step_for(ask, gives, self.knows_you),
        );
        self.ask = ask;
    }

    /// Gives `item` instead (or no library item); a gift text still as pre-filled follows.
    pub fn set_gift_item(&mut self, network: &Network, item: Option<LibraryItemId>) {
        let old = self
            .gift_item
            .and_then(|id| network.library_item(id))
            .map(gift_text)
            .unwrap_or_default();
        if self.gift.trim() == old.trim() {
            self.gift = item
                .and_then(|id| network.library_item(id))
                .map(gift_text)
                .unwrap_or_default();
        }
        self.gift_item = item;
        // The subject, carrot and closing still as pre-filled follow the gift.
        let gives = self.gives();
        for (text, before, after) in [
            (&mut self.subject, subject_for(!gives), subject_for(gives)),
            (&mut self.carrot, carrot_for(!gives), carrot_for(gives)),
            (
                &mut self.next_step,
                next_step_for(self.ask, !gives, self.knows_you),
                next_step_for(self.ask, gives, self.knows_you),
            ),
        ] {
            follow(text, &before, &after);
        }
    }

    /// One part's text.
    pub fn part(&self, part: OutreachPart) -> &str {
        match part {
            OutreachPart::Subject => &self.subject,
            OutreachPart::Greeting => &self.greeting,
            OutreachPart::WhoYouAre => &self.who_you_are,
            OutreachPart::CommonGround => &self.common_ground,
            OutreachPart::Observation => &self.observation,
            OutreachPart::Gift => &self.gift,
            OutreachPart::Question => &self.question,
            OutreachPart::Interest => &self.interest,
            OutreachPart::Carrot => &self.carrot,
            OutreachPart::NextStep => &self.next_step,
        }
    }

    /// One part's text, to edit.
    pub fn part_mut(&mut self, part: OutreachPart) -> &mut String {
        match part {
            OutreachPart::Subject => &mut self.subject,
            OutreachPart::Greeting => &mut self.greeting,
            OutreachPart::WhoYouAre => &mut self.who_you_are,
            OutreachPart::CommonGround => &mut self.common_ground,
            OutreachPart::Observation => &mut self.observation,
            OutreachPart::Gift => &mut self.gift,
            OutreachPart::Question => &mut self.question,
            OutreachPart::Interest => &mut self.interest,
            OutreachPart::Carrot => &mut self.carrot,
            OutreachPart::NextStep => &mut self.next_step,
        }
    }

    /// Whether the message gives something (a gift in words or a library item).
    pub fn gives(&self) -> bool {
        !self.gift.trim().is_empty() || self.gift_item.is_some()
    }

    /// The message as it will be sent: the subject line, then the body in short paragraphs
    /// (empty parts left out), signed with your name.
    pub fn message(&self) -> String {
        let paragraphs = [
            vec![&self.greeting],
            vec![&self.who_you_are, &self.common_ground],
            vec![&self.observation, &self.gift],
            vec![&self.question, &self.interest],
            vec![&self.carrot, &self.next_step],
        ];
        let mut body: Vec<String> = paragraphs
            .iter()
            .map(|parts| {
                parts
                    .iter()
                    .map(|p| p.trim())
                    .filter(|p| !p.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|p| !p.is_empty())
            .collect();
        if !self.signature.trim().is_empty() {
            body.push(tr!("outreach-sign-off", name = self.signature.trim()));
        }
        let subject = self.subject.trim();
        if subject.is_empty() {
            body.join("\n\n")
        } else {
            tr!(
                "outreach-with-subject",
                subject = subject,
                body = body.join("\n\n")
            )
        }
    }

    /// What the user should know before sending: an ask without a gift, an ask that is not
    /// ready (counting this message's gift), no introduction.
    pub fn warnings(&self, network: &Network, today: NaiveDate) -> Vec<OutreachWarning> {
        let mut warnings = Vec::new();
        if self.ask.is_some() {
            if !self.gives() {
                warnings.push(OutreachWarning::AskWithoutGift);
            }
            let readiness = ask_readiness_with_gift(network, self.contact, today, self.gives());
            if !readiness.is_ready() {
                warnings.push(OutreachWarning::AskNotReady(readiness));
            }
        }
        if self.who_you_are.trim().is_empty() && !self.knows_you {
            warnings.push(OutreachWarning::NoIntroduction);
        }
        warnings
    }

    /// The message as a log entry: an outbound touch noted with the subject, the gift it
    /// gives and the ask it makes, recorded together.
    pub fn to_log_entry(&self, today: NaiveDate) -> LogEntry {
        let mut entry = LogEntry::new(vec![self.contact], today, self.channel);
        let subject = self.subject.trim();
        entry.note = if subject.is_empty() {
            tr!("outreach-sent")
        } else {
            tr!("outreach-sent-subject", subject = subject)
        };
        if self.gives() {
            entry.gave = Some(GiftKind::Knowledge);
            entry.gave_item = self.gift_item;
        }
        entry.asked = self.ask;
        entry
    }
}

/// The sentence that offers a library item: its title, link and why it is worth their time.
fn gift_text(item: &LibraryItem) -> String {
    let link = if item.link.is_empty() {
        String::new()
    } else {
        format!(" ({})", item.link)
    };
    let why = item.why.trim();
    if why.is_empty() {
        return tr!(
            "outreach-gift-thought-of-you",
            title = item.title.as_str(),
            link = link
        );
    }
    let mut text = tr!(
        "outreach-gift-why",
        title = item.title.as_str(),
        link = link,
        why = why
    );
    if !text.ends_with(['.', '!', '?']) {
        text.push('.');
    }
    text
}

/// "I'm Ada Lovelace, analyst at Engines Ltd." from whatever parts of the profile exist.
fn introduction(name: &str, role: &str, company: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        return String::new();
    }
    let (role, company) = (role.trim(), company.trim());
    match (role.is_empty(), company.is_empty()) {
        (true, true) => tr!("outreach-intro-name", name = name),
        (false, true) => tr!("outreach-intro-role", name = name, role = role),
        (true, false) => tr!("outreach-intro-company", name = name, company = company),
        (false, false) => tr!(
            "outreach-intro-full",
            name = name,
            role = role,
            company = company
        ),
    }
}

use chrono::NaiveDate;

use crate::domain::{AskKind, Channel, ContactId, GiftKind, LibraryItem, LibraryItemId, Network};
use crate::review::{ask_readiness_with_gift, gifts_for_contact};

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
}

impl OutreachDraft {
    /// A draft for `contact` pre-filled from what the network knows: their first name, the
    /// common ground, the note of the last touch as the observation, your profile, and the
    /// library item that best matches their interests. `None` for an unknown contact.
    pub fn prefill(network: &Network, contact: ContactId) -> Option<Self> {
        let person = network.contact(contact)?;
        let profile = network.profile();
        let first = person.first_name().to_owned();
        // Interests read well in a sentence ("your work on batteries"); tags are labels
        // ("press", "alumni") and do not.
        let topics: Vec<&str> = person
            .interests
            .iter()
            .map(String::as_str)
            .take(2)
            .collect();
        let subject = match (topics.first(), person.company.is_empty()) {
            (Some(topic), _) => format!("Something for your work on {topic}"),
            (None, false) => format!("A thought for {}", person.company),
            (None, true) => format!("Thought of you, {first}"),
        };
        let mut common = Vec::new();
        if !person.how_we_met.is_empty() {
            common.push(format!("We met {}.", trim_end(&person.how_we_met)));
        }
        if !profile.company.is_empty() && person.company.eq_ignore_ascii_case(&profile.company) {
            common.push(format!("We both work at {}.", person.company));
        }
        if !topics.is_empty() {
            common.push(format!("We share an interest in {}.", topics.join(" and ")));
        }
        let observation = network
            .touches_of(contact)
            .filter(|t| !t.note.trim().is_empty())
            .max_by_key(|t| (t.date, t.id))
            .map(|t| {
                format!(
                    "I keep thinking about our last conversation ({}).",
                    trim_end(&t.note)
                )
            })
            .unwrap_or_default();
        let best = gifts_for_contact(network, contact, 1)
            .first()
            .and_then(|m| network.library_item(m.item));
        let question = topics.first().map_or_else(
            || "What are you working on these days?".to_owned(),
            |topic| format!("How is {topic} going on your side?"),
        );
        let interest = if person.company.is_empty() {
            "I would genuinely like to hear how things are going for you.".to_owned()
        } else {
            format!(
                "I would genuinely like to hear how things are going at {}.",
                person.company
            )
        };
        Some(Self {
            contact,
            subject,
            greeting: format!("Hi {first},"),
            who_you_are: introduction(&profile.name, &profile.role, &profile.company),
            common_ground: common.join(" "),
            observation,
            gift: best.map(gift_text).unwrap_or_default(),
            gift_item: best.map(|item| item.id),
            question,
            interest,
            carrot: "If it is useful, I am happy to share what we learned along the way."
                .to_owned(),
            next_step: Self::next_step_for(None).to_owned(),
            ask: None,
            channel: Channel::Email,
            signature: profile.name.clone(),
        })
    }

    /// The pre-filled next step for an ask (or for none).
    pub const fn next_step_for(ask: Option<AskKind>) -> &'static str {
        match ask {
            None => "No need to reply; I just thought you would find it useful.",
            Some(AskKind::Meeting) => "Would you have 20 minutes for a call next week?",
            Some(AskKind::Intro) => "Would you be open to introducing me to someone on your team?",
            Some(AskKind::Favour) => "Could I ask a small favour? I will send the details if yes.",
            Some(AskKind::Sale) => "Shall I send you a short proposal?",
            Some(AskKind::Referral) => "Do you know someone who might need this?",
        }
    }

    /// Changes what the message asks for; a next step still as pre-filled follows it.
    pub fn set_ask(&mut self, ask: Option<AskKind>) {
        if self.next_step.trim() == Self::next_step_for(self.ask) {
            Self::next_step_for(ask).clone_into(&mut self.next_step);
        }
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
            body.push(format!("Best,\n{}", self.signature.trim()));
        }
        let subject = self.subject.trim();
        if subject.is_empty() {
            body.join("\n\n")
        } else {
            format!("Subject: {subject}\n\n{}", body.join("\n\n"))
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
        if self.who_you_are.trim().is_empty() {
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
            "Sent a message".to_owned()
        } else {
            format!("Sent \u{201c}{subject}\u{201d}")
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
    let mut text = format!("I came across \u{201c}{}\u{201d}", item.title);
    if !item.link.is_empty() {
        text.push_str(&format!(" ({})", item.link));
    }
    if item.why.trim().is_empty() {
        text.push_str(" and thought of you.");
    } else {
        text.push_str(&format!(": {}", item.why.trim()));
        if !text.ends_with(['.', '!', '?']) {
            text.push('.');
        }
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
        (true, true) => format!("I'm {name}."),
        (false, true) => format!("I'm {name}, {role}."),
        (true, false) => format!("I'm {name} from {company}."),
        (false, false) => format!("I'm {name}, {role} at {company}."),
    }
}

/// A note without its closing full stop, to sit inside a sentence.
fn trim_end(text: &str) -> &str {
    text.trim().trim_end_matches(['.', '!'])
}

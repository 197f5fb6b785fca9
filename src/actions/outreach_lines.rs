//! The sentences the composer pre-fills, written as a person would send them: "how we
//! met" turned into a line that reads well, an observation drawn from the last touch
//! without pasting its private note, and closings that fit whether a gift is attached.

use chrono::NaiveDate;

use crate::domain::{AskKind, Channel, Direction, Touch, TouchKind};

/// Words that make "how we met" an occasion one meets at ("the Aarhus meetup").
const EVENT_WORDS: [&str; 24] = [
    "summit",
    "conference",
    "meetup",
    "meet-up",
    "festival",
    "fair",
    "expo",
    "workshop",
    "seminar",
    "congress",
    "forum",
    "hackathon",
    "course",
    "dinner",
    "party",
    "wedding",
    "retreat",
    "event",
    "gala",
    "convention",
    "symposium",
    "camp",
    "folkemødet",
    "reception",
];

/// Places and networks one is "connected on".
const NETWORKS: [&str; 9] = [
    "LinkedIn",
    "Twitter",
    "X",
    "Instagram",
    "Facebook",
    "Mastodon",
    "Bluesky",
    "Slack",
    "GitHub",
];

/// Small words that do not start a name ("through work", "via the club").
const NOT_NAMES: [&str; 8] = ["the", "a", "an", "my", "our", "work", "school", "friends"];

/// "How we met" as a sentence, or `None` when it does not read as one (it then stays in
/// the contact's fields, for the user). A place or event gives "We met at …"; a person
/// gives "Mette introduced us." or "We know each other through Jonas."; a network gives
/// "We're connected on `LinkedIn`.".
pub fn how_we_met_line(how_we_met: &str) -> Option<String> {
    let text = how_we_met.trim().trim_end_matches(['.', '!']).trim();
    if text.is_empty() {
        return None;
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = text.split_whitespace().collect();
    let rest_after = |prefix: &str| {
        lower
            .starts_with(prefix)
            .then(|| text.get(prefix.len()..).unwrap_or_default().trim())
    };
    // A network, bare or with "on"/"via"/"through".
    let bare = ["on ", "via ", "through "]
        .iter()
        .find_map(|p| rest_after(p))
        .unwrap_or(text);
    if let Some(network) = NETWORKS.iter().find(|n| n.eq_ignore_ascii_case(bare)) {
        return Some(format!("We're connected on {network}."));
    }
    // Introduced by someone: "through Mette", "via Mette", "introduced by Mette".
    for prefix in ["introduced by ", "through ", "via "] {
        if let Some(who) = rest_after(prefix)
            && starts_with_name(who)
        {
            return Some(format!("{who} introduced us."));
        }
    }
    // A friend or colleague of someone: "a friend of Jonas", "Jonas's colleague".
    for prefix in [
        "a friend of ",
        "friend of ",
        "a colleague of ",
        "colleague of ",
    ] {
        if let Some(who) = rest_after(prefix)
            && starts_with_name(who)
        {
            return Some(format!("We know each other through {who}."));
        }
    }
    if let Some(rest) = ["through ", "via "].iter().find_map(|p| rest_after(p)) {
        return Some(format!("We know each other through {rest}."));
    }
    // A place or an event.
    if let Some(rest) = ["at ", "in ", "during "].iter().find_map(|p| rest_after(p)) {
        let preposition = lower.split(' ').next().unwrap_or("at");
        return Some(format!("We met {preposition} {}.", with_article(rest)));
    }
    let is_event = words.iter().any(|w| {
        let word = w.to_lowercase();
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        EVENT_WORDS.contains(&word) || is_year(word)
    });
    is_event.then(|| format!("We met at {}.", with_article(text)))
}

/// Whether `text` starts with a capitalised name rather than a common word.
fn starts_with_name(text: &str) -> bool {
    text.split_whitespace().next().is_some_and(|first| {
        first.chars().next().is_some_and(char::is_uppercase)
            && !NOT_NAMES.contains(&first.to_lowercase().as_str())
    })
}

fn is_year(word: &str) -> bool {
    word.len() == 4 && word.starts_with(['1', '2']) && word.chars().all(|c| c.is_ascii_digit())
}

/// "Danish Design Summit" → "the Danish Design Summit": a named event ending in an event
/// word (a year after it aside) takes "the"; "Folkemødet 2024" and "the meetup" stay.
fn with_article(text: &str) -> String {
    let lower = text.to_lowercase();
    let has_article = ["the ", "a ", "an ", "our ", "my ", "your "]
        .iter()
        .any(|a| lower.starts_with(a));
    let words: Vec<&str> = lower.split_whitespace().filter(|w| !is_year(w)).collect();
    // One word is a name of its own ("Folkemødet"); several ending in an event word are
    // a named event ("Danish Design Summit").
    let named_event = words.len() > 1 && words.last().is_some_and(|w| EVENT_WORDS.contains(w));
    if !has_article && named_event {
        format!("the {text}")
    } else {
        text.to_owned()
    }
}

/// "the other day", "last week": how long ago, as said in a message.
fn since_words(date: NaiveDate, today: NaiveDate) -> &'static str {
    match (today - date).num_days() {
        ..=0 => "today",
        1 => "yesterday",
        2..=6 => "the other day",
        7..=13 => "last week",
        14..=59 => "a few weeks ago",
        _ => "a few months ago",
    }
}

/// An observation from the last touch, never its note (notes are the user's own shorthand,
/// "call re budget; follow up w/ slides"): "It was good to talk last week." Empty when
/// the touch says nothing about them (a like, a message of yours, over a year ago).
pub fn observation_line(touch: &Touch, today: NaiveDate) -> String {
    let when = since_words(touch.date, today);
    if (today - touch.date).num_days() > 365 {
        return "It has been a while since we last spoke.".to_owned();
    }
    match (touch.kind, touch.channel, touch.direction) {
        (TouchKind::SharedMyWork, ..) => format!("Thank you for passing on my post {when}."),
        (TouchKind::Light, ..) => String::new(),
        (_, Channel::InPerson | Channel::Event, _) => format!("It was good to see you {when}."),
        (_, Channel::Call | Channel::Video, _) => format!("It was good to talk {when}."),
        (_, _, Direction::Inbound) => format!("Thanks for your note {when}."),
        (_, _, Direction::Outbound) => String::new(),
    }
}

/// Something in it for them: more of the same after a gift, help otherwise.
pub const fn carrot_for(gives: bool) -> &'static str {
    if gives {
        "Happy to pass on more along these lines."
    } else {
        "If there is anything I can help with, just say."
    }
}

/// One clear next step for the ask (or none), fitting whether a gift is attached and
/// whether they know you well.
pub const fn next_step_for(ask: Option<AskKind>, gives: bool, knows_you: bool) -> &'static str {
    match ask {
        None if gives => "Let me know what you make of it.",
        None if knows_you => "Shall we find a time to catch up soon?",
        None => "Would you be up for a quick chat sometime?",
        Some(AskKind::Meeting) => "Could you spare 20 minutes for a call soon?",
        Some(AskKind::Intro) => {
            "Would you be open to putting me in touch with someone on your team?"
        }
        Some(AskKind::Favour) => "Could I ask a small favour? I will send the details if yes.",
        Some(AskKind::Sale) => "Shall I send you a short proposal?",
        Some(AskKind::Referral) => "Is there someone you'd suggest who could use this?",
    }
}

/// The subject line: about what they get.
pub const fn subject_for(gives: bool) -> &'static str {
    if gives {
        "Something you might like"
    } else {
        "Checking in"
    }
}

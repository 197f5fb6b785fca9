//! The sentences the composer pre-fills, written as a person would send them: "how we
//! met" turned into a line that reads well, an observation drawn from the last touch
//! without pasting its private note, and closings that fit whether a gift is attached.

use chrono::NaiveDate;

use crate::domain::{AskKind, Channel, Direction, Touch, TouchKind};
use crate::i18n::{Language, tr};

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

/// Small words that do not start a name ("through work", "via the club", "gennem jobbet").
const NOT_NAMES: [&str; 13] = [
    "the", "a", "an", "my", "our", "work", "school", "friends", "en", "et", "min", "vores",
    "arbejdet",
];

/// How "how we met" was read, before it is said in a language.
enum Met<'a> {
    /// Connected on a network.
    Network(&'a str),
    /// Someone introduced us.
    IntroducedBy(&'a str),
    /// We know each other through someone or something.
    Through(&'a str),
    /// We met at a place or an event: the preposition (`at`, `in`, `during`) and where.
    At(&'static str, &'a str),
}

/// "How we met" as a sentence in this thread's language, or `None` when it does not read
/// as one (it then stays in the contact's fields, for the user). A place or event gives
/// "We met at …" ("Vi mødtes til …"); a person gives "Mette introduced us." or "We know
/// each other through Jonas."; a network gives "We're connected on `LinkedIn`.". English
/// and Danish notes are both understood ("gennem Mette", "til Folkemødet").
pub fn how_we_met_line(how_we_met: &str) -> Option<String> {
    let text = how_we_met.trim().trim_end_matches(['.', '!']).trim();
    if text.is_empty() {
        return None;
    }
    let met = read_how_we_met(text)?;
    let danish = crate::i18n::language() == Language::Danish;
    Some(match met {
        Met::Network(network) => tr!("outreach-met-network", network = network),
        Met::IntroducedBy(who) => tr!("outreach-met-introduced", who = who),
        Met::Through(who) => tr!("outreach-met-through", who = who),
        Met::At(preposition, place) => {
            // English names an event with "the"; Danish names it bare ("til Folkemødet").
            let place = if danish {
                place.to_owned()
            } else {
                with_article(place)
            };
            let event = is_event(place.as_str());
            tr!(
                "outreach-met-at",
                preposition = preposition,
                event = if event { "yes" } else { "no" },
                place = place
            )
        }
    })
}

/// The reading of "how we met" (without a trailing full stop), or `None`.
fn read_how_we_met(text: &str) -> Option<Met<'_>> {
    let lower = text.to_lowercase();
    let rest_after = |prefix: &str| {
        lower
            .starts_with(prefix)
            .then(|| text.get(prefix.len()..).unwrap_or_default().trim())
    };
    // A network, bare or with "on"/"via"/"through" ("på", "gennem").
    let bare = ["on ", "via ", "through ", "på ", "gennem "]
        .iter()
        .find_map(|p| rest_after(p))
        .unwrap_or(text);
    if let Some(network) = NETWORKS.iter().find(|n| n.eq_ignore_ascii_case(bare)) {
        return Some(Met::Network(network));
    }
    // Introduced by someone: "through Mette", "via Mette", "introduced by Mette".
    for prefix in [
        "introduced by ",
        "introduceret af ",
        "præsenteret af ",
        "through ",
        "gennem ",
        "via ",
    ] {
        if let Some(who) = rest_after(prefix)
            && starts_with_name(who)
        {
            return Some(Met::IntroducedBy(who));
        }
    }
    // A friend or colleague of someone: "a friend of Jonas", "en ven af Jonas".
    for prefix in [
        "a friend of ",
        "friend of ",
        "a colleague of ",
        "colleague of ",
        "en ven af ",
        "ven af ",
        "en kollega til ",
        "kollega til ",
    ] {
        if let Some(who) = rest_after(prefix)
            && starts_with_name(who)
        {
            return Some(Met::Through(who));
        }
    }
    if let Some(rest) = ["through ", "via ", "gennem "]
        .iter()
        .find_map(|p| rest_after(p))
    {
        return Some(Met::Through(rest));
    }
    // A place or an event, with the preposition as written (a Danish one is said in
    // English by the message file: "til" and "på" → "at").
    for (prefix, preposition) in [
        ("at ", "at"),
        ("in ", "in"),
        ("during ", "during"),
        ("til ", "til"),
        ("på ", "paa"),
        ("i ", "i"),
        ("under ", "under"),
    ] {
        if let Some(rest) = rest_after(prefix) {
            return Some(Met::At(preposition, rest));
        }
    }
    is_event(text).then_some(Met::At("at", text))
}

/// Whether `text` names an event ("meetup", "Folkemødet 2024").
fn is_event(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let word = w.to_lowercase();
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        EVENT_WORDS.contains(&word) || is_year(word)
    })
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

/// "the other day", "last week" ("forleden", "i sidste uge"): how long ago, as said in a
/// message.
fn since_words(date: NaiveDate, today: NaiveDate) -> String {
    let days = (today - date).num_days();
    let key = match days {
        ..=0 => "today",
        1 => "yesterday",
        2..=6 => "days",
        7..=13 => "week",
        14..=59 => "weeks",
        _ => "months",
    };
    tr!("outreach-since", key = key)
}

/// An observation from the last touch, never its note (notes are the user's own shorthand,
/// "call re budget; follow up w/ slides"): "It was good to talk last week." Empty when
/// the touch says nothing about them (a like, a message of yours, over a year ago).
pub fn observation_line(touch: &Touch, today: NaiveDate) -> String {
    if (today - touch.date).num_days() > 365 {
        return tr!("outreach-a-while");
    }
    let when = since_words(touch.date, today);
    match (touch.kind, touch.channel, touch.direction) {
        (TouchKind::SharedMyWork, ..) => tr!("outreach-thanks-shared", when = when),
        (TouchKind::Light, ..) => String::new(),
        (_, Channel::InPerson | Channel::Event, _) => tr!("outreach-good-to-see", when = when),
        (_, Channel::Call | Channel::Video, _) => tr!("outreach-good-to-talk", when = when),
        (_, _, Direction::Inbound) => tr!("outreach-thanks-note", when = when),
        (_, _, Direction::Outbound) => String::new(),
    }
}

/// Something in it for them: more of the same after a gift, help otherwise.
pub fn carrot_for(gives: bool) -> String {
    if gives {
        tr!("outreach-carrot-more")
    } else {
        tr!("outreach-carrot-help")
    }
}

/// One clear next step for the ask (or none), fitting whether a gift is attached and
/// whether they know you well.
pub fn next_step_for(ask: Option<AskKind>, gives: bool, knows_you: bool) -> String {
    match ask {
        None if gives => tr!("outreach-next-gift"),
        None if knows_you => tr!("outreach-next-catch-up"),
        None => tr!("outreach-next-chat"),
        Some(AskKind::Meeting) => tr!("outreach-next-meeting"),
        Some(AskKind::Intro) => tr!("outreach-next-intro"),
        Some(AskKind::Favour) => tr!("outreach-next-favour"),
        Some(AskKind::Sale) => tr!("outreach-next-sale"),
        Some(AskKind::Referral) => tr!("outreach-next-referral"),
    }
}

/// The subject line: about what they get.
pub fn subject_for(gives: bool) -> String {
    if gives {
        tr!("outreach-subject-gift")
    } else {
        tr!("outreach-subject-checking-in")
    }
}

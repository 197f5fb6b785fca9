//! The giving side: the gift library as one-step changes, the outreach composer's draft,
//! and the numbers behind the Insights screen.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use crate::common;

use common::{Builder, d};
use dunbar::actions::gifting::{delete_library_item, give_item};
use dunbar::actions::{OutreachDraft, OutreachPart, OutreachWarning};
use dunbar::domain::{AskKind, Channel, Circle, Direction, GiftKind, Profile, TouchKind};
use dunbar::review::{Insights, ask_readiness, gifts_for_contact, who_would_value};

const TODAY: &str = "2026-11-22";

#[test]
fn giving_an_item_to_two_people_is_two_touches_and_two_gifts_in_one_undo_step() {
    let mut b = Builder::new();
    let item = b.item("Heat pumps in 2026", &["energy"], "2026-11-01");
    let ada = b.contact("Ada Lovelace", Circle::Affinity);
    let bo = b.contact("Bo Ek", Circle::Active);
    let action = give_item(&b.network, item, &[ada, bo], d(TODAY), Channel::Email).unwrap();
    assert!(action.label().contains("to 2 people"), "{}", action.label());
    b.apply(action);
    for who in [ada, bo] {
        let gifts: Vec<_> = b.network.gifts_of(who).collect();
        assert_eq!(gifts.len(), 1);
        assert_eq!(gifts[0].item, Some(item));
        assert_eq!(gifts[0].direction, Direction::Outbound);
        let touch = b.network.touch(gifts[0].touch.unwrap()).unwrap();
        assert_eq!(touch.contacts, vec![who]);
        assert!(touch.note.contains("Heat pumps"));
        // Giving makes a later ask fair.
        assert!(ask_readiness(&b.network, who, d(TODAY)).is_ready());
    }
    assert_eq!(b.network.touch_count(), 2);
    // Nobody is offered the item twice.
    assert!(who_would_value(&b.network, item, d(TODAY), 10).is_empty());
    b.history.undo(&mut b.network).unwrap();
    assert_eq!((b.network.touch_count(), b.network.gifts().count()), (0, 0));
}

#[test]
fn deleting_a_given_item_keeps_its_title_on_the_gifts_and_undo_restores_the_link() {
    let mut b = Builder::new();
    let item = b.item("Pricing playbook", &["sales"], "2026-10-01");
    let ada = b.contact("Ada", Circle::Affinity);
    b.give_item(ada, "2026-11-01", item);
    let action = delete_library_item(&b.network, item).unwrap();
    b.apply(action);
    assert!(b.network.library_item(item).is_none());
    let gift = b.network.gifts_of(ada).next().unwrap();
    assert_eq!((gift.item, gift.note.as_str()), (None, "Pricing playbook"));
    b.history.undo(&mut b.network).unwrap();
    let gift = b.network.gifts_of(ada).next().unwrap();
    assert_eq!(gift.item, Some(item));
    assert!(b.network.library_item(item).is_some());
}

fn composer_network() -> (
    Builder,
    dunbar::domain::ContactId,
    dunbar::domain::LibraryItemId,
) {
    let mut b = Builder::new();
    set_profile(&mut b);
    let item = b.item("Grid storage report", &["batteries"], "2026-11-01");
    let _other = b.item("Cycling to work", &["cycling"], "2026-11-02");
    let mette = b.contact_with("Mette Kjær", Circle::Active, |c| {
        c.company = "Nordlys".to_owned();
        c.interests = ["batteries".to_owned()].into();
        c.how_we_met = "at the Aarhus energy summit".to_owned();
    });
    b.log(mette, "2026-05-01", |e| {
        e.note = "She is hiring a data team.".to_owned();
    });
    (b, mette, item)
}

fn set_profile(b: &mut Builder) {
    b.apply(dunbar::actions::Action::SetProfile(Box::new(Profile {
        name: "Kim Berg".to_owned(),
        company: "Nordlys".to_owned(),
        role: "energy analyst".to_owned(),
        ..Profile::default()
    })));
}

fn prefill(b: &Builder, who: dunbar::domain::ContactId) -> OutreachDraft {
    OutreachDraft::prefill(&b.network, who, d(TODAY)).unwrap()
}

#[test]
fn the_composer_prefills_the_ten_parts_from_the_contact_profile_and_library() {
    let (b, mette, item) = composer_network();
    let draft = prefill(&b, mette);
    assert_eq!(draft.greeting, "Hi Mette,");
    // The company is said once, in the common ground.
    assert_eq!(draft.who_you_are, "I'm Kim Berg, energy analyst.");
    assert_eq!(
        draft.common_ground,
        "We met at the Aarhus energy summit. We're both at Nordlys and care about batteries."
    );
    // The note of the last touch is the user's own; the observation says what happened.
    assert_eq!(draft.observation, "It was good to talk a few months ago.");
    assert_eq!(draft.gift_item, Some(item));
    assert!(draft.gift.contains("Grid storage report"));
    for part in OutreachPart::ALL {
        assert!(!draft.part(part).is_empty(), "{part:?} is empty");
    }
    let message = draft.message();
    assert!(message.starts_with("Subject: "));
    assert!(message.contains("Hi Mette,\n\nI'm Kim Berg"));
    assert!(message.ends_with("Best,\nKim Berg"));
    assert!(!message.contains("hiring"), "{message}");
    assert!(draft.warnings(&b.network, d(TODAY)).is_empty());
}

/// The words of substance of a text, roughly stemmed ("working" and "work" are one).
fn content_words(text: &str) -> std::collections::BTreeSet<String> {
    const SMALL: [&str; 24] = [
        "this", "that", "with", "your", "have", "what", "from", "just", "there", "these", "they",
        "them", "then", "than", "would", "could", "will", "more", "some", "into", "hear", "days",
        "been", "very",
    ];
    text.split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 4 && !SMALL.contains(&w.as_str()))
        .map(|w| {
            let mut stem = w.as_str();
            for suffix in ["ing", "ed", "s", "e"] {
                if stem.len() > suffix.len() + 3 {
                    stem = stem.strip_suffix(suffix).unwrap_or(stem);
                }
            }
            stem.to_owned()
        })
        .collect()
}

/// Words of substance that two parts of the draft share.
fn repeated_words(draft: &OutreachDraft) -> Vec<String> {
    let mut repeated = Vec::new();
    for (i, a) in OutreachPart::ALL.iter().enumerate() {
        for b in &OutreachPart::ALL[i + 1..] {
            let shared: Vec<String> = content_words(draft.part(*a))
                .intersection(&content_words(draft.part(*b)))
                .cloned()
                .collect();
            for word in shared {
                repeated.push(format!("{word:?} in {a:?} and {b:?}"));
            }
        }
    }
    repeated
}

/// The four kinds of contact the composer writes to: a close friend touched last week, a
/// stranger met at an event, someone introduced by a person (given a gift), and someone
/// the network knows nothing about.
struct Kinds {
    b: Builder,
    friend: dunbar::domain::ContactId,
    stranger: dunbar::domain::ContactId,
    introduced: dunbar::domain::ContactId,
    unknown: dunbar::domain::ContactId,
    report: dunbar::domain::LibraryItemId,
}

const RAW_NOTE: &str = "call re budget; follow up w/ slides";

fn kinds() -> Kinds {
    let mut b = Builder::new();
    set_profile(&mut b);
    let report = b.item("Grid storage report", &["batteries"], "2026-11-01");
    let _study = b.item("Field study of 300 homes", &["heat pumps"], "2026-11-02");
    let friend = b.contact_with("Jonas Holm", Circle::Support, |c| {
        c.company = "Vestas".to_owned();
        c.interests = ["sailing".to_owned()].into();
        c.how_we_met = "at Roskilde Festival 2010".to_owned();
    });
    b.log(friend, "2026-11-15", |e| RAW_NOTE.clone_into(&mut e.note));
    let stranger = b.contact_with("Sofie Lund", Circle::Acquaintance, |c| {
        c.company = "Danfoss".to_owned();
        c.interests = ["heat pumps".to_owned()].into();
        c.how_we_met = "Danish Design Summit".to_owned();
    });
    let introduced = b.contact_with("Lars Due", Circle::Affinity, |c| {
        c.how_we_met = "through Mette".to_owned();
    });
    b.log(introduced, "2026-05-01", |e| {
        e.channel = Channel::InPerson;
        e.note = "lunch; he owes me slides".to_owned();
    });
    let unknown = b.contact("Alex", Circle::Known);
    Kinds {
        b,
        friend,
        stranger,
        introduced,
        unknown,
        report,
    }
}

#[test]
fn a_close_friend_touched_last_week_gets_no_introduction_and_no_pasted_note() {
    let k = kinds();
    let draft = prefill(&k.b, k.friend);
    assert_eq!(
        draft.message(),
        "Subject: Checking in\n\n\
         Hi Jonas,\n\n\
         It was good to talk last week.\n\n\
         What's new with sailing these days? I'd love to hear how things are at Vestas.\n\n\
         If there is anything I can help with, just say. \
         Shall we find a time to catch up soon?\n\n\
         Best,\nKim Berg"
    );
    assert!(draft.warnings(&k.b.network, d(TODAY)).is_empty());
}

#[test]
fn the_topic_is_named_once_even_when_the_gift_names_it() {
    let mut k = kinds();
    k.b.item("Sailing in winter", &["sailing"], "2026-11-03");
    let draft = prefill(&k.b, k.friend);
    assert!(draft.gift.contains("Sailing in winter"));
    assert_eq!(draft.question, "What are you busy with these days?");
    assert!(repeated_words(&draft).is_empty(), "{}", draft.message());
}

#[test]
fn a_stranger_met_at_an_event_gets_who_you_are_where_you_met_and_a_gift() {
    let k = kinds();
    let draft = prefill(&k.b, k.stranger);
    assert_eq!(
        draft.message(),
        "Subject: Something you might like\n\n\
         Hi Sofie,\n\n\
         I'm Kim Berg, energy analyst at Nordlys. We met at the Danish Design Summit. \
         We both care about heat pumps.\n\n\
         I came across \u{201c}Field study of 300 homes\u{201d} and thought of you.\n\n\
         What are you busy with these days? I'd love to hear how things are at Danfoss.\n\n\
         Happy to pass on more along these lines. Let me know what you make of it.\n\n\
         Best,\nKim Berg"
    );
}

#[test]
fn someone_introduced_by_a_person_with_a_gift_attached_reads_naturally() {
    let k = kinds();
    let mut draft = prefill(&k.b, k.introduced);
    assert_eq!(draft.subject, "Checking in", "no matching gift yet");
    draft.set_gift_item(&k.b.network, Some(k.report));
    assert_eq!(
        draft.message(),
        "Subject: Something you might like\n\n\
         Hi Lars,\n\n\
         I'm Kim Berg, energy analyst at Nordlys. Mette introduced us.\n\n\
         It was good to see you a few months ago. \
         I came across \u{201c}Grid storage report\u{201d} and thought of you.\n\n\
         What are you busy with these days? I'd love to hear how you're doing.\n\n\
         Happy to pass on more along these lines. Let me know what you make of it.\n\n\
         Best,\nKim Berg"
    );
}

#[test]
fn someone_with_no_data_at_all_gets_a_short_honest_note() {
    let k = kinds();
    let draft = prefill(&k.b, k.unknown);
    assert_eq!(
        draft.message(),
        "Subject: Checking in\n\n\
         Hi Alex,\n\n\
         I'm Kim Berg, energy analyst at Nordlys.\n\n\
         What are you busy with these days? I'd love to hear how you're doing.\n\n\
         If there is anything I can help with, just say. \
         Would you be up for a quick chat sometime?\n\n\
         Best,\nKim Berg"
    );
}

#[test]
fn how_we_met_becomes_we_met_at_only_for_a_place_or_event() {
    use dunbar::actions::outreach_lines::how_we_met_line;
    for (how, line) in [
        ("at Folkemødet 2024", Some("We met at Folkemødet 2024.")),
        ("Folkemødet 2024", Some("We met at Folkemødet 2024.")),
        (
            "Danish Design Summit",
            Some("We met at the Danish Design Summit."),
        ),
        ("the Aarhus meetup", Some("We met at the Aarhus meetup.")),
        ("in Copenhagen", Some("We met in Copenhagen.")),
        ("through Mette", Some("Mette introduced us.")),
        (
            "introduced by Mette Kjær.",
            Some("Mette Kjær introduced us."),
        ),
        (
            "a friend of Jonas",
            Some("We know each other through Jonas."),
        ),
        ("LinkedIn", Some("We're connected on LinkedIn.")),
        ("on linkedin", Some("We're connected on LinkedIn.")),
        ("through work", Some("We know each other through work.")),
        ("neighbours", None),
        ("  ", None),
    ] {
        assert_eq!(how_we_met_line(how).as_deref(), line, "{how:?}");
    }
}

#[test]
fn notes_of_past_touches_are_never_pasted_into_the_message() {
    let mut k = kinds();
    for channel in Channel::ALL {
        k.b.log(k.unknown, "2026-11-20", |e| {
            e.channel = channel;
            RAW_NOTE.clone_into(&mut e.note);
        });
        let message = prefill(&k.b, k.unknown).message();
        assert!(!message.contains("budget"), "{channel:?}: {message}");
        assert!(!message.contains("slides"), "{channel:?}: {message}");
    }
}

#[test]
fn no_self_introduction_to_the_inner_circles_or_anyone_touched_in_90_days() {
    let mut b = Builder::new();
    set_profile(&mut b);
    let close = b.contact("Ida Close", Circle::Sympathy);
    let recent = b.contact("Ole Recent", Circle::Active);
    b.touch(recent, "2026-08-25"); // 89 days before TODAY
    let lapsed = b.contact("Bo Lapsed", Circle::Active);
    b.touch(lapsed, "2026-08-01");
    for (who, introduced) in [(close, false), (recent, false), (lapsed, true)] {
        let draft = prefill(&b, who);
        assert_eq!(
            draft.who_you_are.contains("I'm Kim Berg"),
            introduced,
            "{}",
            draft.message()
        );
        // Leaving it out on purpose is not warned about.
        assert!(
            !draft
                .warnings(&b.network, d(TODAY))
                .contains(&OutreachWarning::NoIntroduction)
        );
    }
}

#[test]
fn no_word_of_substance_repeats_across_parts_whatever_the_ask() {
    let k = kinds();
    let (b2, mette, _) = composer_network();
    let mut drafts: Vec<OutreachDraft> = [k.friend, k.stranger, k.introduced, k.unknown]
        .into_iter()
        .map(|who| prefill(&k.b, who))
        .collect();
    drafts.push(prefill(&b2, mette));
    for draft in drafts {
        for ask in [
            None,
            Some(AskKind::Meeting),
            Some(AskKind::Intro),
            Some(AskKind::Favour),
        ]
        .into_iter()
        .chain([Some(AskKind::Sale), Some(AskKind::Referral)])
        {
            for gift in [None, Some(k.report)] {
                let mut draft = draft.clone();
                draft.set_ask(ask);
                if draft.contact != mette {
                    draft.set_gift_item(&k.b.network, gift);
                }
                let repeated = repeated_words(&draft);
                // "energy" is in the profile's role and in how she was met: the user's words.
                let repeated: Vec<&String> =
                    repeated.iter().filter(|r| !r.contains("energy")).collect();
                assert!(repeated.is_empty(), "{repeated:?}\n{}", draft.message());
            }
        }
    }
}

#[test]
fn the_closing_fits_whether_or_not_a_gift_is_attached() {
    let k = kinds();
    let mut draft = prefill(&k.b, k.stranger);
    assert_eq!(draft.next_step, "Let me know what you make of it.");
    draft.set_gift_item(&k.b.network, None);
    assert!(!draft.gives());
    assert_eq!(draft.subject, "Checking in");
    assert_eq!(
        draft.carrot,
        "If there is anything I can help with, just say."
    );
    assert_eq!(
        draft.next_step,
        "Would you be up for a quick chat sometime?"
    );
    // An ask replaces the closing; with a gift back, the ask stays.
    draft.set_ask(Some(AskKind::Meeting));
    draft.set_gift_item(&k.b.network, Some(k.report));
    assert_eq!(
        draft.next_step,
        "Could you spare 20 minutes for a call soon?"
    );
    assert_eq!(draft.carrot, "Happy to pass on more along these lines.");
    // Back to no ask: the closing follows the gift.
    draft.set_ask(None);
    assert_eq!(draft.next_step, "Let me know what you make of it.");
}

#[test]
fn an_ask_without_a_gift_is_warned_about_and_logging_records_touch_gift_and_ask() {
    let (mut b, mette, item) = composer_network();
    let mut draft = prefill(&b, mette);
    draft.set_ask(Some(AskKind::Meeting));
    assert_eq!(
        draft.next_step,
        OutreachDraft::next_step_for(Some(AskKind::Meeting), true, false)
    );
    draft.gift.clear();
    draft.gift_item = None;
    let warnings = draft.warnings(&b.network, d(TODAY));
    assert!(warnings.contains(&OutreachWarning::AskWithoutGift));
    assert!(
        warnings
            .iter()
            .any(|w| matches!(w, OutreachWarning::AskNotReady(_)))
    );
    assert!(warnings[0].to_string().contains("gives nothing"));
    // With the gift back, the ask is fair: no warning, and one entry records all three.
    let draft = OutreachDraft {
        ask: Some(AskKind::Meeting),
        ..prefill(&b, mette)
    };
    assert!(draft.warnings(&b.network, d(TODAY)).is_empty());
    let entry = draft.to_log_entry(d(TODAY));
    b.apply(entry.to_action(&b.network, d(TODAY)).unwrap());
    let gift = b.network.gifts_of(mette).next().unwrap();
    assert_eq!((gift.kind, gift.item), (GiftKind::Knowledge, Some(item)));
    let ask = b.network.asks_of(mette).next().unwrap();
    assert_eq!((ask.kind, ask.premature), (AskKind::Meeting, false));
    assert_eq!(b.network.touches_of(mette).count(), 2);
    // The library no longer offers what she got.
    assert!(gifts_for_contact(&b.network, mette, 5).is_empty());
}

#[test]
fn a_next_step_the_user_wrote_is_kept_when_the_ask_changes() {
    let (b, mette, _) = composer_network();
    let mut draft = prefill(&b, mette);
    draft.next_step = "See you Thursday?".to_owned();
    draft.set_ask(Some(AskKind::Intro));
    assert_eq!(draft.next_step, "See you Thursday?");
}

#[test]
fn insights_count_touches_per_week_by_circle_giving_per_month_and_the_people_lists() {
    let mut b = Builder::new();
    let close = b.contact_with("Close Friend", Circle::Support, |c| c.hub = true);
    let far = b.contact("Far Away", Circle::Active);
    let fan = b.contact("Big Fan", Circle::Known);
    b.touch(close, "2026-11-20"); // this week (Monday 16 November)
    b.touch(close, "2026-11-16");
    b.touch(far, "2026-11-09"); // last week
    b.touch(far, "2025-06-01"); // more than a year ago: not in the charts
    b.give(close, "2026-10-05");
    b.log(far, "2026-10-06", |e| {
        e.asked = Some(AskKind::Meeting);
        e.ask_anyway = true;
    });
    for date in ["2026-08-01", "2026-09-01"] {
        b.log(fan, date, |e| {
            e.kind = TouchKind::SharedMyWork;
            e.channel = Channel::Social;
            e.direction = Direction::Inbound;
        });
    }
    b.received(far, "2026-11-01");
    let insights = Insights::compute(&b.network, d(TODAY));
    assert_eq!(insights.week_starts.len(), 52);
    assert_eq!(*insights.week_starts.last().unwrap(), d("2026-11-16"));
    let support = &insights.touches_per_week[0];
    assert_eq!(support.circle, Circle::Support);
    assert_eq!(support.counts[51], 2);
    assert_eq!(insights.touches_per_week[3].counts[50], 1);
    let october = insights
        .giving
        .iter()
        .find(|m| m.month == d("2026-10-01"))
        .unwrap();
    assert_eq!((october.gifts, october.asks, october.premature), (1, 1, 1));
    assert_eq!(insights.giving.len(), 12);
    assert_eq!(insights.giving.last().unwrap().month, d("2026-11-01"));
    // Support got 3 of the last year's 8 touches (the gift and ask are touches too).
    let shares = &insights.shares;
    assert_eq!(shares[0].touches, 3);
    assert_eq!(shares[0].dunbar, Some(0.4));
    assert!((shares.iter().map(|s| s.share).sum::<f64>() - 1.0).abs() < 1e-9);
    assert_eq!(insights.ambassadors[0].contact, fan);
    assert_eq!(insights.ambassadors[0].score, 2);
    assert_eq!(insights.hubs[0].contact, close);
    assert_eq!(insights.balance_leaders[0].contact, close);
    assert_eq!(insights.owed[0].contact, far);
    assert_eq!(insights.owed[0].score, 21);
}

#[test]
fn the_week_under_way_is_not_drawn_as_a_dip_but_counted_apart() {
    let mut b = Builder::new();
    let close = b.contact("Close Friend", Circle::Support);
    b.touch(close, "2026-11-10"); // last week
    b.touch(close, "2026-11-16"); // Monday of the week under way
    b.touch(close, "2026-11-18"); // Wednesday: today
    let wednesday = Insights::compute(&b.network, d("2026-11-18"));
    assert_eq!(wednesday.week_starts.len(), 52);
    assert_eq!(*wednesday.week_starts.last().unwrap(), d("2026-11-09"));
    assert_eq!(wednesday.touches_per_week[0].counts[51], 1);
    assert_eq!(wednesday.this_week_so_far, Some(2));
    // On its Sunday the week is all but over and is drawn.
    let sunday = Insights::compute(&b.network, d("2026-11-22"));
    assert_eq!(*sunday.week_starts.last().unwrap(), d("2026-11-16"));
    assert_eq!(sunday.touches_per_week[0].counts[51], 2);
    assert_eq!(sunday.this_week_so_far, None);
}

#[test]
fn a_circle_far_over_budget_is_cut_at_200_percent_and_keeps_its_real_figure() {
    let mut b = Builder::new();
    for n in 0..32 {
        b.contact(&format!("Friend {n}"), Circle::Support);
    }
    let insights = Insights::compute(&b.network, d(TODAY));
    let support = &insights.fills[0];
    assert!((support.percent() - 640.0).abs() < 1e-9);
    assert!((support.drawn_percent() - dunbar::review::FILL_CHART_CAP_PERCENT).abs() < 1e-9);
    assert!(support.is_capped());
    // The Sympathy group (32 of 15, 213 %) is cut too; Affinity (32 of 50) is drawn whole.
    let affinity = &insights.fills[2];
    assert!((affinity.drawn_percent() - 64.0).abs() < 1e-9);
    assert!(!affinity.is_capped());
}

#[test]
fn an_empty_network_has_nothing_to_chart() {
    let b = Builder::new();
    let insights = Insights::compute(&b.network, d(TODAY));
    assert!(!insights.has_contacts());
    assert!(!insights.has_touches());
    assert!(!insights.has_giving());
    let mut b = Builder::new();
    let ada = b.contact("Ada", Circle::Active);
    assert!(Insights::compute(&b.network, d(TODAY)).has_contacts());
    b.touch(ada, "2026-11-20");
    assert!(Insights::compute(&b.network, d(TODAY)).has_touches());
}

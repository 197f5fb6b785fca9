//! The giving side: the gift library as one-step changes, the outreach composer's draft,
//! and the numbers behind the Insights screen.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

mod common;

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
    b.apply(dunbar::actions::Action::SetProfile(Box::new(Profile {
        name: "Kim Berg".to_owned(),
        company: "Nordlys".to_owned(),
        role: "energy analyst".to_owned(),
    })));
    let item = b.item("Grid storage report", &["batteries"], "2026-11-01");
    let _other = b.item("Cycling to work", &["cycling"], "2026-11-02");
    let mette = b.contact_with("Mette Kjær", Circle::Sympathy, |c| {
        c.company = "Nordlys".to_owned();
        c.interests = ["batteries".to_owned()].into();
        c.how_we_met = "at the Aarhus energy summit".to_owned();
    });
    b.log(mette, "2026-09-01", |e| {
        e.note = "She is hiring a data team.".to_owned();
    });
    (b, mette, item)
}

#[test]
fn the_composer_prefills_the_ten_parts_from_the_contact_profile_and_library() {
    let (b, mette, item) = composer_network();
    let draft = OutreachDraft::prefill(&b.network, mette).unwrap();
    assert_eq!(draft.greeting, "Hi Mette,");
    assert_eq!(
        draft.who_you_are,
        "I'm Kim Berg, energy analyst at Nordlys."
    );
    assert!(draft.common_ground.contains("at the Aarhus energy summit"));
    assert!(draft.common_ground.contains("We both work at Nordlys"));
    assert!(draft.observation.contains("She is hiring a data team"));
    assert_eq!(draft.gift_item, Some(item));
    assert!(draft.gift.contains("Grid storage report"));
    for part in OutreachPart::ALL {
        assert!(!draft.part(part).is_empty(), "{part:?} is empty");
    }
    let message = draft.message();
    assert!(message.starts_with("Subject: "));
    assert!(message.contains("Hi Mette,\n\nI'm Kim Berg"));
    assert!(message.ends_with("Best,\nKim Berg"));
    assert!(draft.warnings(&b.network, d(TODAY)).is_empty());
}

#[test]
fn an_ask_without_a_gift_is_warned_about_and_logging_records_touch_gift_and_ask() {
    let (mut b, mette, item) = composer_network();
    let mut draft = OutreachDraft::prefill(&b.network, mette).unwrap();
    draft.set_ask(Some(AskKind::Meeting));
    assert_eq!(
        draft.next_step,
        OutreachDraft::next_step_for(Some(AskKind::Meeting))
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
        ..OutreachDraft::prefill(&b.network, mette).unwrap()
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
    let mut draft = OutreachDraft::prefill(&b.network, mette).unwrap();
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

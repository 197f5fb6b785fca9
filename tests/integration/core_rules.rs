//! DESIGN §2 rules as pure functions of (network, today), with fixed dates.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use crate::common;

use common::{Builder, d};
use dunbar::actions::{Action, LogEntry, LogError, edits};
use dunbar::domain::{AskKind, AskStatus, Cadences, Channel, Circle, Direction};
use dunbar::review::{
    Health, NotReadyReason, ReviewSection, ask_readiness, balance, circle_fills, due_status,
    gifts_for_contact, health, owed_gift, review_queue, review_streak, waiting_on_you,
    who_would_value,
};

const TODAY: &str = "2026-11-22";

#[test]
fn sympathy_contact_touched_on_1_september_is_52_days_overdue() {
    let mut b = Builder::new();
    let mette = b.contact("Mette Frederiksen", Circle::Sympathy);
    b.touch(mette, "2026-09-01");
    let contact = b.network.contact(mette).unwrap();
    let status = due_status(&b.network, contact, d(TODAY)).unwrap();
    assert_eq!(status.due_date, d("2026-10-01"));
    assert_eq!(status.days_overdue, 52);
    assert!(status.at_risk);
    assert_eq!(status.last_touch, Some(d("2026-09-01")));
}

#[test]
fn at_risk_from_one_and_a_half_cadences_but_family_gets_more_time() {
    let mut b = Builder::new();
    let friend = b.contact("Anders And", Circle::Sympathy);
    let sister = b.contact_with("Signe And", Circle::Sympathy, |c| c.family = true);
    b.touch(friend, "2026-10-03");
    b.touch(sister, "2026-10-03");

    let friend_status =
        due_status(&b.network, b.network.contact(friend).unwrap(), d(TODAY)).unwrap();
    assert_eq!(friend_status.days_overdue, 20);
    assert!(friend_status.at_risk, "50 days ≥ 1.5 × 30");
    assert_eq!(
        health(&b.network, b.network.contact(friend).unwrap(), d(TODAY)),
        Health::AtRisk
    );

    let sister_status =
        due_status(&b.network, b.network.contact(sister).unwrap(), d(TODAY)).unwrap();
    assert!((sister_status.cadence_days - 45.0).abs() < f64::EPSILON);
    assert_eq!(sister_status.due_date, d("2026-11-17"));
    assert!(sister_status.is_due());
    assert!(!sister_status.at_risk, "at risk only from 67.5 days");
    assert_eq!(
        health(&b.network, b.network.contact(sister).unwrap(), d(TODAY)),
        Health::Due
    );
    // 68 days after the touch she is at risk too.
    let later = due_status(
        &b.network,
        b.network.contact(sister).unwrap(),
        d("2026-12-10"),
    )
    .unwrap();
    assert!(later.at_risk);
}

#[test]
fn a_like_restarts_only_half_a_cadence() {
    let mut b = Builder::new();
    let recent_like = b.contact("Lærke Holm", Circle::Sympathy);
    b.touch(recent_like, "2026-09-01");
    b.like(recent_like, "2026-11-10");
    let status = due_status(
        &b.network,
        b.network.contact(recent_like).unwrap(),
        d(TODAY),
    )
    .unwrap();
    assert_eq!(status.due_date, d("2026-11-25"), "like + 15 days");
    assert!(!status.is_due());

    let older_like = b.contact("Jens Dahl", Circle::Sympathy);
    b.touch(older_like, "2026-09-01");
    b.like(older_like, "2026-11-01");
    let status = due_status(&b.network, b.network.contact(older_like).unwrap(), d(TODAY)).unwrap();
    assert_eq!(status.due_date, d("2026-11-16"));
    assert_eq!(status.days_overdue, 6, "a like is not a full touch");
}

#[test]
fn untouched_contact_counts_from_the_day_it_was_added_and_outer_circles_are_never_due() {
    let mut b = Builder::new();
    let new = b.contact_with("Ida Berg", Circle::Support, |c| c.created = d("2026-11-20"));
    let known = b.contact_with("Hugo Lund", Circle::Known, |c| c.created = d("2020-01-01"));
    let status = due_status(&b.network, b.network.contact(new).unwrap(), d(TODAY)).unwrap();
    assert_eq!(status.due_date, d("2026-11-27"));
    assert_eq!(status.last_touch, None);
    assert!(due_status(&b.network, b.network.contact(known).unwrap(), d(TODAY)).is_none());
    assert_eq!(
        health(&b.network, b.network.contact(known).unwrap(), d(TODAY)),
        Health::Ok
    );
}

#[test]
fn per_contact_and_per_circle_cadences_change_who_is_due() {
    let mut b = Builder::new();
    let own = b.contact_with("Emil Winther", Circle::Active, |c| {
        c.cadence_days = Some(14);
    });
    let plain = b.contact("Sofie Dahl", Circle::Active);
    b.touch(own, "2026-11-01");
    b.touch(plain, "2026-11-01");
    assert!(
        due_status(&b.network, b.network.contact(own).unwrap(), d(TODAY))
            .unwrap()
            .is_due()
    );
    assert!(
        !due_status(&b.network, b.network.contact(plain).unwrap(), d(TODAY))
            .unwrap()
            .is_due()
    );

    let mut cadences: Cadences = b.network.cadences().clone();
    cadences.set(Circle::Active, Some(10));
    b.apply(Action::SetCadences(Box::new(cadences)));
    let status = due_status(&b.network, b.network.contact(plain).unwrap(), d(TODAY)).unwrap();
    assert_eq!(status.days_overdue, 11);
    // Setting the default back removes the override.
    let mut cadences = b.network.cadences().clone();
    cadences.set(Circle::Active, Some(365));
    assert!(cadences.overrides.is_empty());
}

#[test]
fn waiting_on_you_until_you_answer_or_mark_replied() {
    let mut b = Builder::new();
    let soren = b.contact("Søren Bøgh", Circle::Affinity);
    b.log(soren, "2026-11-18", |e| {
        e.direction = Direction::Inbound;
        e.awaiting_reply = true;
        e.channel = Channel::Email;
    });
    let contact = b.network.contact(soren).unwrap().clone();
    assert_eq!(
        waiting_on_you(&b.network, &contact).unwrap().date,
        d("2026-11-18")
    );

    // "replied" clears it, and undo brings it back.
    let replied = edits::mark_replied(&b.network, soren).unwrap();
    b.apply(replied);
    assert!(waiting_on_you(&b.network, &contact).is_none());
    b.history.undo(&mut b.network).unwrap();
    assert!(waiting_on_you(&b.network, &contact).is_some());

    // An outbound touch afterwards answers it too.
    b.touch(soren, "2026-11-20");
    assert!(waiting_on_you(&b.network, &contact).is_none());
}

#[test]
fn awaiting_reply_is_only_for_inbound_touches() {
    let mut b = Builder::new();
    let id = b.contact("Åse Lund", Circle::Affinity);
    let mut entry = LogEntry::new(vec![id], d(TODAY), Channel::Email);
    entry.awaiting_reply = true;
    assert_eq!(
        entry.to_action(&b.network, d(TODAY)),
        Err(LogError::AwaitingOutbound)
    );
}

#[test]
fn give_back_after_a_received_gift_until_you_give() {
    let mut b = Builder::new();
    let id = b.contact("Freja Møller", Circle::Affinity);
    b.received(id, "2026-11-01");
    let contact = b.network.contact(id).unwrap().clone();
    assert!(owed_gift(&b.network, &contact).is_some());
    b.give(id, "2026-11-05");
    assert!(owed_gift(&b.network, &contact).is_none());
}

#[test]
fn an_ask_to_someone_never_given_anything_is_not_ready_and_says_why() {
    let mut b = Builder::new();
    let id = b.contact("Mads Olsen", Circle::Active);
    let readiness = ask_readiness(&b.network, id, d(TODAY));
    assert!(!readiness.is_ready());
    assert!(readiness.reasons.contains(&NotReadyReason::NoRecentGift));
    assert!(
        readiness
            .reasons
            .contains(&NotReadyReason::WouldOverdraw { balance: 0 })
    );
    assert!(
        readiness.explanation().contains("Give first"),
        "{}",
        readiness.explanation()
    );

    // Logging it is refused with the reasons, and nothing changes.
    let before = b.network.clone();
    let mut entry = LogEntry::new(vec![id], d(TODAY), Channel::Email);
    entry.asked = Some(AskKind::Intro);
    let error = entry.to_action(&b.network, d(TODAY)).unwrap_err();
    assert!(matches!(error, LogError::AskNotReady { .. }));
    assert!(error.to_string().contains("given them nothing"), "{error}");
    assert_eq!(b.network, before);
}

#[test]
fn after_a_gift_the_ask_is_ready_and_an_open_ask_blocks_the_next() {
    let mut b = Builder::new();
    let id = b.contact("Mads Olsen", Circle::Active);
    b.give(id, "2026-11-01");
    assert!(ask_readiness(&b.network, id, d(TODAY)).is_ready());
    b.log(id, TODAY, |e| e.asked = Some(AskKind::Meeting));
    let ask = b.network.asks().next().unwrap();
    assert_eq!(ask.status, AskStatus::Open);
    assert!(!ask.premature);
    assert_eq!(balance(&b.network, id, d(TODAY)), 0);

    // A second gift restores the balance, but the open ask still blocks.
    b.give(id, "2026-11-21");
    let readiness = ask_readiness(&b.network, id, d(TODAY));
    assert!(!readiness.is_ready());
    assert_eq!(readiness.reasons.len(), 1);
    assert!(matches!(
        readiness.reasons[0],
        NotReadyReason::OpenAsk {
            kind: AskKind::Meeting,
            ..
        }
    ));

    // Once answered, asking is fine again.
    let ask_id = b.network.asks().next().unwrap().id;
    let answered = edits::set_ask_status(&b.network, ask_id, AskStatus::Granted).unwrap();
    b.apply(answered);
    assert!(ask_readiness(&b.network, id, d(TODAY)).is_ready());
}

#[test]
fn asking_anyway_is_recorded_as_premature_and_giving_in_the_same_breath_counts() {
    let mut b = Builder::new();
    let id = b.contact("Karen Lund", Circle::Active);
    b.log(id, TODAY, |e| {
        e.asked = Some(AskKind::Favour);
        e.ask_anyway = true;
    });
    assert!(b.network.asks().next().unwrap().premature);
    assert_eq!(balance(&b.network, id, d(TODAY)), -1);

    let other = b.contact("Nanna Holm", Circle::Active);
    b.log(other, TODAY, |e| {
        e.gave = Some(dunbar::domain::GiftKind::Help);
        e.asked = Some(AskKind::Meeting);
    });
    let ask = b.network.asks().find(|a| a.contact == other).unwrap();
    assert!(!ask.premature);
}

#[test]
fn gifts_older_than_a_year_do_not_make_an_ask_ready_and_balance_forgets_after_24_months() {
    let mut b = Builder::new();
    let id = b.contact("Rasmus Berg", Circle::Active);
    b.give(id, "2025-06-01");
    let readiness = ask_readiness(&b.network, id, d(TODAY));
    assert_eq!(readiness.reasons, vec![NotReadyReason::NoRecentGift]);
    assert_eq!(balance(&b.network, id, d(TODAY)), 1);
    assert_eq!(balance(&b.network, id, d("2027-06-02")), 0);
}

#[test]
fn over_budget_circles_are_flagged_with_the_least_recently_touched_to_move_out() {
    let mut b = Builder::new();
    let mut ids = Vec::new();
    for n in 0..7 {
        ids.push(b.contact(&format!("Person {n}"), Circle::Support));
    }
    for (n, id) in ids.iter().enumerate() {
        b.touch(*id, &format!("2026-11-{:02}", 10 + n));
    }
    let fills = circle_fills(&b.network);
    let support = &fills[0];
    assert_eq!(
        (support.count, support.cumulative, support.budget),
        (7, 7, 5)
    );
    assert_eq!(support.over_by(), 2);
    assert_eq!(support.move_out, vec![ids[0], ids[1]]);
    // Cumulative: the sympathy group counts the support clique too, and is within budget.
    assert_eq!((fills[1].cumulative, fills[1].over_by()), (7, 0));
}

#[test]
fn gift_suggestions_rank_by_shared_topics_and_never_repeat_a_gift() {
    let mut b = Builder::new();
    let ai_design = b.item("AI for designers", &["ai", "design"], "2026-10-01");
    let ai = b.item("AI in 2026", &["AI"], "2026-11-01");
    let _bikes = b.item("Cycling", &["cycling"], "2026-11-01");
    let leadership = b.item("Leading teams", &["leadership", "design"], "2026-09-01");
    let id = b.contact_with("Zoë Dubois", Circle::Affinity, |c| {
        c.interests = ["ai".to_owned(), "design".to_owned()].into();
        c.tags = ["Leadership".to_owned()].into();
    });
    let ranked: Vec<_> = gifts_for_contact(&b.network, id, 10)
        .iter()
        .map(|m| m.item)
        .collect();
    // Two shared topics first (the newer of the two first), then one; cycling never.
    assert_eq!(ranked, vec![ai_design, leadership, ai]);
    b.give_item(id, "2026-11-02", ai_design);
    let ranked: Vec<_> = gifts_for_contact(&b.network, id, 10)
        .iter()
        .map(|m| m.item)
        .collect();
    assert_eq!(ranked, vec![leadership, ai]);
}

#[test]
fn who_would_value_puts_more_overlap_then_inner_circles_then_overdue_first() {
    let mut b = Builder::new();
    let item = b.item("Energy report", &["energy", "finance"], "2026-11-01");
    let both = b.contact_with("Both Topics", Circle::Known, |c| {
        c.interests = ["energy".to_owned(), "finance".to_owned()].into();
    });
    let inner = b.contact_with("Inner Circle", Circle::Sympathy, |c| {
        c.interests = ["energy".to_owned()].into();
    });
    let overdue = b.contact_with("Overdue Active", Circle::Active, |c| {
        c.interests = ["finance".to_owned()].into();
    });
    let fresh = b.contact_with("Fresh Active", Circle::Active, |c| {
        c.interests = ["energy".to_owned()].into();
    });
    let _none = b.contact_with("No Interest", Circle::Support, |c| {
        c.interests = ["music".to_owned()].into();
    });
    let got_it = b.contact_with("Already Got It", Circle::Support, |c| {
        c.interests = ["energy".to_owned()].into();
    });
    b.touch(overdue, "2025-01-01");
    b.touch(fresh, "2026-11-01");
    b.touch(inner, "2026-11-20");
    b.give_item(got_it, "2026-11-02", item);
    let ranked: Vec<_> = who_would_value(&b.network, item, d(TODAY), 10)
        .iter()
        .map(|m| m.contact)
        .collect();
    assert_eq!(ranked, vec![both, inner, overdue, fresh]);
}

#[test]
fn the_weekly_review_lists_sections_in_order_with_the_right_people() {
    let mut b = Builder::new();
    let waiting = b.contact("Wanda Waiting", Circle::Active);
    b.log(waiting, "2026-11-20", |e| {
        e.direction = Direction::Inbound;
        e.awaiting_reply = true;
    });
    let giver = b.contact("Gus Giver", Circle::Active);
    b.received(giver, "2026-11-19");
    let inner_overdue = b.contact("Olga Inner", Circle::Sympathy);
    b.touch(inner_overdue, "2026-10-01");
    let more_overdue = b.contact("Otto Outer", Circle::Affinity);
    b.touch(more_overdue, "2026-01-01");
    let less_overdue = b.contact("Oda Outer", Circle::Affinity);
    b.touch(less_overdue, "2026-07-01");
    let _birthday = b.contact_with("Bea Birthday", Circle::Known, |c| {
        c.birthday = dunbar::domain::PartialDate::year_less(11, 30);
    });
    let planner = b.contact("Pia Planned", Circle::Active);
    b.touch(planner, "2026-11-01");
    let plan = edits::plan_ask(
        &b.network,
        planner,
        AskKind::Intro,
        "intro to their CFO",
        d(TODAY),
    );
    b.apply(plan);
    let snoozed = b.contact_with("Sam Snoozed", Circle::Sympathy, |c| {
        c.snoozed_until = Some(d("2026-12-01"));
    });
    b.touch(snoozed, "2026-01-01");

    let queue = review_queue(&b.network, d(TODAY));
    let sections: Vec<_> = queue.iter().map(|i| (i.section, i.name.as_str())).collect();
    assert_eq!(
        sections,
        vec![
            (ReviewSection::Waiting, "Wanda Waiting"),
            (ReviewSection::GiveBack, "Gus Giver"),
            (ReviewSection::Overdue, "Olga Inner"),
            (ReviewSection::Overdue, "Otto Outer"),
            (ReviewSection::Overdue, "Oda Outer"),
            (ReviewSection::UpcomingDate, "Bea Birthday"),
            (ReviewSection::PlannedAsk, "Pia Planned"),
        ]
    );
    assert!(queue[2].at_risk, "52 days for a 30-day cadence");
    assert_eq!(queue[5].due, Some(d("2026-11-30")));
    assert!(!queue[6].ready);
    assert!(
        queue[6].reason.contains("Give first"),
        "{}",
        queue[6].reason
    );

    // Once the snooze is over, Sam is back.
    let later = review_queue(&b.network, d("2026-12-01"));
    assert!(later.iter().any(|i| i.name == "Sam Snoozed"));
    // A gift makes the planned ask ready.
    b.give(planner, "2026-11-21");
    let queue = review_queue(&b.network, d(TODAY));
    let planned_ask = queue
        .iter()
        .find(|i| i.section == ReviewSection::PlannedAsk)
        .unwrap();
    assert!(planned_ask.ready);
}

#[test]
fn over_budget_comes_last_in_the_review() {
    let mut b = Builder::new();
    for n in 0..6 {
        let id = b.contact(&format!("Close {n}"), Circle::Support);
        b.touch(id, "2026-11-21");
    }
    let queue = review_queue(&b.network, d(TODAY));
    let last = queue.last().unwrap();
    assert_eq!(last.section, ReviewSection::OverBudget);
    assert_eq!(last.name, "Support clique");
    assert!(last.reason.contains("6 of 5"), "{}", last.reason);
}

#[test]
fn the_review_streak_counts_consecutive_weeks_and_badges_after_seven_days() {
    let mut b = Builder::new();
    for day in ["2026-11-02", "2026-11-09", "2026-11-16"] {
        b.apply(Action::PushReview(dunbar::domain::ReviewRecord {
            date: d(day),
            overdue: 3,
            handled: 3,
        }));
    }
    let streak = review_streak(b.network.reviews(), d("2026-11-20"));
    assert_eq!(streak.weeks, 3);
    assert!(!streak.badge);
    let streak = review_streak(b.network.reviews(), d(TODAY));
    assert!(!streak.badge, "six days after the last review");
    // Monday 23 November: seven days, a new week; last week's review still counts.
    let streak = review_streak(b.network.reviews(), d("2026-11-23"));
    assert_eq!(streak.weeks, 3);
    assert!(streak.badge);
    // A skipped week breaks the streak.
    let streak = review_streak(b.network.reviews(), d("2026-12-01"));
    assert_eq!(streak.weeks, 0);
}

#[test]
fn review_reasons_say_due_today_and_1_day_overdue_and_speak_dates_for_the_window() {
    let mut b = Builder::new();
    // Support: every 7 days. Touched 7 days ago: due today; 8 days ago: 1 day overdue.
    let today_due = b.contact("Ada Due", Circle::Support);
    b.touch(today_due, "2026-11-15");
    let one_day = b.contact("Bo Late", Circle::Support);
    b.touch(one_day, "2026-11-14");
    let birthday = b.contact_with("Cy Born", Circle::Known, |c| {
        c.birthday = dunbar::domain::PartialDate::year_less(11, 25);
    });
    let queue = review_queue(&b.network, d(TODAY));
    let reason = |who| {
        queue
            .iter()
            .find(|i| i.contact == Some(who))
            .map(|i| (i.reason.clone(), i.spoken_reason.clone()))
            .unwrap()
    };
    let (iso, spoken) = reason(today_due);
    assert_eq!(iso, "last touch 2026-11-15; every 7 days; due today");
    assert_eq!(spoken, "last touch last week; every 7 days; due today");
    let (iso, spoken) = reason(one_day);
    assert_eq!(iso, "last touch 2026-11-14; every 7 days; 1 day overdue");
    assert_eq!(spoken, "last touch last week; every 7 days; 1 day overdue");
    let (iso, spoken) = reason(birthday);
    assert_eq!(iso, "birthday on 2026-11-25");
    assert_eq!(spoken, "birthday in 3 days (25 November)");
}

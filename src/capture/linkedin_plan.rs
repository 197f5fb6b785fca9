//! `LinkedIn` messages and invitations into touches (DESIGN §9): messages follow the mail
//! rules with profile URLs for addresses and conversations for threads (one touch per
//! contact, conversation and day, channel message, replies owed); an invitation with a
//! message is a social touch. Drafts are skipped.

use std::collections::{HashMap, HashSet};

use chrono::{Months, NaiveDateTime};

use crate::domain::{Channel, ContactId, Direction, Network, Touch, TouchId, TouchKind};

use super::linkedin_reader::profile_key;
use super::mail_plan::{Identity, clean_subject, plan_messages};
use super::{CaptureOptions, CapturePlan, LinkedInItem, MailMessage, MailPerson, SkipReason};

#[allow(clippy::too_many_lines)] // the rules of DESIGN §9 in their order
/// Plans the capture of a `LinkedIn` export's `items` into `network`. Without my profile URL
/// nothing is captured and `proposed_me` names the sender common to the conversations.
pub fn plan_linkedin_capture(
    network: &Network,
    items: &[LinkedInItem],
    options: &CaptureOptions,
) -> CapturePlan {
    let me: HashSet<String> = network
        .profile()
        .linkedin_url
        .iter()
        .map(|url| profile_key(url))
        .filter(|k| !k.is_empty())
        .collect();
    let by_address: HashMap<String, ContactId> = network
        .contacts()
        .filter(|c| !c.is_trashed())
        .filter_map(|c| c.linkedin_url.as_deref().map(|u| (profile_key(u), c.id)))
        .filter(|(key, _)| !key.is_empty())
        .collect();
    let window_start = options
        .now
        .checked_sub_months(Months::new(options.window_months))
        .unwrap_or(NaiveDateTime::MIN);
    let mut skipped: Vec<SkipReason> = Vec::new();
    let mut messages: Vec<MailMessage> = Vec::new();
    let mut invitations: Vec<Touch> = Vec::new();
    for item in items {
        if item.draft {
            skipped.push(SkipReason::Draft);
            continue;
        }
        let Some(sent) = item.sent else { continue };
        if let Some(text) = &item.invitation {
            let reason = if sent > options.now {
                Some(SkipReason::Future)
            } else if sent < window_start {
                Some(SkipReason::TooOld)
            } else {
                None
            };
            let mine = me.contains(&item.from);
            let other = if mine {
                item.to.first().cloned().unwrap_or_default()
            } else {
                item.from.clone()
            };
            match (reason, by_address.get(&other)) {
                (Some(reason), _) => skipped.push(reason),
                (None, None) => skipped.push(SkipReason::UnknownPerson),
                (None, Some(contact)) => invitations.push(Touch {
                    id: TouchId::new(0),
                    date: sent.date(),
                    contacts: vec![*contact],
                    channel: Channel::Social,
                    direction: if mine {
                        Direction::Outbound
                    } else {
                        Direction::Inbound
                    },
                    kind: TouchKind::Meaningful,
                    note: clean_subject(text),
                    awaiting_reply: false,
                    capture_key: format!("linkedin:invitation-{other}:{}", sent.date()),
                }),
            }
            continue;
        }
        messages.push(MailMessage {
            sent: Some(sent),
            from: Some(MailPerson {
                name: item.from_name.clone(),
                address: item.from.clone(),
            }),
            to: item
                .to
                .iter()
                .map(|key| MailPerson {
                    name: String::new(),
                    address: key.clone(),
                })
                .collect(),
            subject: item.subject.clone(),
            thread: item.conversation.clone(),
            ..MailMessage::default()
        });
    }
    let mut proposed: Vec<String> = Vec::new();
    if me.is_empty() {
        // I am in every conversation, as its sender or a recipient.
        let mut seen_in: HashMap<&str, HashSet<&str>> = HashMap::new();
        for item in items.iter().filter(|i| i.invitation.is_none()) {
            for key in std::iter::once(&item.from).chain(&item.to) {
                seen_in
                    .entry(key.as_str())
                    .or_default()
                    .insert(item.conversation.as_str());
            }
        }
        if let Some((key, _)) = seen_in
            .iter()
            .filter(|(key, _)| !key.is_empty())
            .max_by_key(|(key, conversations)| (conversations.len(), std::cmp::Reverse(**key)))
        {
            proposed.push(format!("https://www.{key}"));
        }
    }
    let identity = Identity {
        me,
        by_address,
        prefix: "linkedin",
        channel: Channel::Message,
    };
    let mut plan = plan_messages(network, &messages, options, &identity, invitations);
    plan.report.messages = items.len();
    plan.report.proposed_me = proposed;
    // Addresses here are profile keys, not mail: nobody to list as not in Dunbar by mail.
    plan.report.not_in_dunbar.clear();
    for reason in skipped {
        *plan.report.skipped.entry(reason).or_default() += 1;
    }
    plan
}

//! Text and JSON output of `review` and `stats`.

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::domain::{Circle, Network};
use crate::review::{ReviewItem, ReviewSection};
use crate::tr;

use super::visible::visible;

/// `review --json`.
pub fn review_json(today: NaiveDate, items: &[ReviewItem]) -> Value {
    json!({
        "today": today.to_string(),
        "items": items.iter().map(|item| {
            let mut value = json!({
                "section": item.section.key(),
                "name": item.name,
                "circle": item.circle.key(),
                "last_touch": item.last_touch.map(|d| d.to_string()),
                "due": item.due.map(|d| d.to_string()),
                "days_overdue": item.days_overdue,
                "at_risk": item.at_risk,
                "reason": item.reason,
            });
            // A reply owed on a captured message names its subject.
            if let Some(map) = value.as_object_mut() {
                if let Some(subject) = &item.subject {
                    map.insert("subject".to_owned(), json!(subject));
                }
                // A promise says what; a coming meeting says which and when.
                if let Some(text) = &item.text {
                    map.insert("text".to_owned(), json!(text));
                }
                if let Some(event) = &item.event {
                    map.insert("event".to_owned(), json!(event));
                }
                if let Some(start) = item.start {
                    map.insert("start".to_owned(), json!(start.format("%Y-%m-%dT%H:%M").to_string()));
                }
            }
            value
        }).collect::<Vec<_>>(),
    })
}

/// `review` as text: one heading per section, one line per item (control characters of
/// names shown as visible escapes).
pub fn review_text(today: NaiveDate, items: &[ReviewItem]) -> String {
    let mut out = tr!("cli-review-title", today = today.to_string()) + "\n";
    if items.is_empty() {
        out.push_str(&format!("\n{}\n", tr!("cli-review-empty")));
    }
    for section in ReviewSection::ALL {
        let in_section: Vec<&ReviewItem> = items.iter().filter(|i| i.section == section).collect();
        if in_section.is_empty() {
            continue;
        }
        out.push_str(&format!("\n{} ({})\n", section.title(), in_section.len()));
        for item in in_section {
            // An item at risk says so in its reason.
            out.push_str(&format!(
                "  {} ({}): {}\n",
                visible(&item.name),
                item.circle.word(),
                visible(&item.reason)
            ));
        }
    }
    out
}

/// `stats --json`.
pub fn stats_json(network: &Network) -> Value {
    let mut circles = serde_json::Map::new();
    for circle in Circle::ALL {
        let count = network.contacts().filter(|c| c.circle == circle).count();
        circles.insert(circle.key().to_owned(), json!(count));
    }
    json!({
        "contacts": network.contact_count(),
        "circles": circles,
        "touches": network.touch_count(),
        "gifts": network.gifts().count(),
        "asks": network.asks().count(),
        "library_items": network.library().count(),
        "trashed": network.trashed_contacts().count(),
        "reviews": network.reviews().len(),
    })
}

/// `stats` as text.
pub fn stats_text(network: &Network) -> String {
    let mut out = tr!(
        "cli-stats",
        contacts = network.contact_count(),
        touches = network.touch_count(),
        gifts = network.gifts().count(),
        asks = network.asks().count(),
        library = network.library().count()
    ) + "\n";
    let over_budget = format!("  {}", tr!("cli-over-budget"));
    let of = tr!("cli-of");
    let width = Circle::ALL
        .iter()
        .map(|c| c.label().chars().count())
        .max()
        .unwrap_or_default()
        .max(15);
    let mut cumulative = 0;
    for circle in Circle::ALL {
        let count = network.contacts().filter(|c| c.circle == circle).count();
        cumulative += count;
        let over = if cumulative > circle.budget() {
            over_budget.as_str()
        } else {
            ""
        };
        out.push_str(&format!(
            "  {:<width$} {count:>6}   ({cumulative} {of} {}){over}\n",
            circle.label(),
            circle.budget()
        ));
    }
    out
}

//! Finding a contact by a typed name: case- and accent-insensitive, part of the name is
//! enough, an ambiguous or unknown name is an error that lists candidates.

use anyhow::{Result, bail};

use crate::domain::fold::{fold, fold_nordic};
use crate::domain::{Contact, ContactId, Network};

fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

fn matches(query: &[String], name: &[String]) -> bool {
    !query.is_empty()
        && query
            .iter()
            .all(|q| name.iter().any(|n| n.starts_with(q.as_str())))
}

/// The one contact (not in the trash) whose name matches `query`.
pub fn find_contact(network: &Network, query: &str) -> Result<ContactId> {
    let wanted = fold(query.trim());
    let query_plain = tokens(&wanted);
    let query_nordic = tokens(&fold_nordic(query.trim()));
    let mut exact: Vec<&Contact> = Vec::new();
    let mut partial: Vec<&Contact> = Vec::new();
    for contact in network.contacts() {
        let folded = fold(&contact.display_name);
        if folded == wanted {
            exact.push(contact);
            continue;
        }
        let plain = tokens(&folded);
        let nordic = tokens(&fold_nordic(&contact.display_name));
        if matches(&query_plain, &plain) || matches(&query_nordic, &nordic) {
            partial.push(contact);
        }
    }
    let found = if exact.is_empty() { partial } else { exact };
    match found.as_slice() {
        [one] => Ok(one.id),
        [] => bail!(
            "no contact matches \u{201c}{query}\u{201d}; `dunbar stats` shows how many you have"
        ),
        many => {
            let mut names: Vec<&str> = many.iter().map(|c| c.display_name.as_str()).collect();
            names.sort_unstable();
            let shown = names
                .iter()
                .take(10)
                .copied()
                .collect::<Vec<_>>()
                .join(", ");
            let more = if names.len() > 10 {
                format!(" and {} more", names.len() - 10)
            } else {
                String::new()
            };
            bail!(
                "\u{201c}{query}\u{201d} matches several contacts: {shown}{more}; give more of the name"
            )
        }
    }
}

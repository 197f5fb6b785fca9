//! Finding a contact by a typed name: case- and accent-insensitive, part of the name is
//! enough, an ambiguous or unknown name is an error that lists candidates.

use anyhow::{Result, anyhow, bail};

use crate::tr;

use crate::domain::fold::{fold, fold_nordic};
use crate::domain::{Contact, ContactId, Network};

use super::visible::visible;

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
    find_contact_by(network, query, None)
}

/// The contacts whose name matches `query`: the exact ones (case and accents aside) if
/// any, else those matching by the start of each word.
fn by_name<'a>(network: &'a Network, query: &str) -> Vec<&'a Contact> {
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
    if exact.is_empty() { partial } else { exact }
}

/// `"Freja Andersen (Novo)"` → the name and the company in parentheses.
fn split_company(query: &str) -> Option<(&str, &str)> {
    let inner = query.trim().strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let name = inner.get(..open)?.trim();
    let company = inner.get(open + 1..)?.trim();
    (!name.is_empty() && !company.is_empty()).then_some((name, company))
}

/// A candidate as the user can pick it: `Name (Company) <e-mail>`.
fn describe(contact: &Contact) -> String {
    let mut text = contact.display_name.clone();
    if !contact.company.is_empty() {
        text.push_str(&format!(" ({})", contact.company));
    }
    if let Some(email) = contact.email_addresses().next() {
        text.push_str(&format!(" <{email}>"));
    }
    visible(&text).into_owned()
}

/// The one contact whose name matches `query`; namesakes are told apart by a company in
/// parentheses (`"Freja Andersen (Novo)"`) or by `email`. An ambiguous or unknown name is
/// an error that lists the candidates with their company and e-mail.
pub fn find_contact_by(network: &Network, query: &str, email: Option<&str>) -> Result<ContactId> {
    let mut found = by_name(network, query);
    if found.is_empty()
        && let Some((name, company)) = split_company(query)
    {
        let wanted = fold(company);
        let namesakes = by_name(network, name);
        found = namesakes
            .iter()
            .copied()
            .filter(|c| fold(&c.company).contains(&wanted))
            .collect();
        if found.is_empty() && !namesakes.is_empty() {
            found = namesakes;
            return Err(several(query, &found, &tr!("cli-none-at-company")));
        }
    }
    if let Some(email) = email.map(str::trim).filter(|e| !e.is_empty()) {
        let named = found.clone();
        found.retain(|c| {
            c.email_addresses()
                .any(|e| e.trim().eq_ignore_ascii_case(email))
        });
        if found.is_empty() && !named.is_empty() {
            return Err(several(
                query,
                &named,
                &tr!("cli-none-with-email", email = visible(email).into_owned()),
            ));
        }
    }
    match found.as_slice() {
        [one] => Ok(one.id),
        [] => bail!(tr!("cli-no-match", query = visible(query).into_owned())),
        many => Err(several(query, many, &tr!("cli-give-more"))),
    }
}

/// The error for a name that matches several contacts, listing them.
fn several(query: &str, many: &[&Contact], advice: &str) -> anyhow::Error {
    let mut names: Vec<String> = many.iter().map(|c| describe(c)).collect();
    names.sort_unstable();
    let shown = names
        .iter()
        .take(10)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    let more = if names.len() > 10 {
        tr!("cli-and-more", count = names.len() - 10)
    } else {
        String::new()
    };
    anyhow!(tr!(
        "cli-several",
        query = visible(query).into_owned(),
        shown = shown,
        more = more,
        advice = advice
    ))
}

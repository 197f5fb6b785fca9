//! Keys for matching duplicates: e-mail, `LinkedIn` profile, name + company.

use crate::domain::fold::fold;

/// Whether a URL is a `LinkedIn` profile (`linkedin.com/in/…`).
pub fn is_linkedin_profile(url: &str) -> bool {
    let lower = url.to_lowercase();
    lower.contains("linkedin.com/in/") || lower.contains("linkedin.com/pub/")
}

/// A `LinkedIn` URL reduced to what identifies the profile: no scheme, no `www.` or
/// country prefix, no query, no trailing slash, lower case.
pub fn linkedin_key(url: &str) -> String {
    let lower = url.trim().to_lowercase();
    let without_query = lower.split(['?', '#']).next().unwrap_or_default();
    let without_scheme = without_query
        .trim_start_matches("https://")
        .trim_start_matches("http://");
    let path = without_scheme
        .find("linkedin.com")
        .and_then(|at| without_scheme.get(at..))
        .unwrap_or(without_scheme);
    path.trim_end_matches('/').to_owned()
}

/// An e-mail address for comparison.
pub fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Name and company folded (case, accents, spacing), for matching people without an
/// e-mail or profile in common. Empty when there is no name.
pub fn name_key(name: &str, company: &str) -> String {
    let name = words(&fold(name));
    if name.is_empty() {
        return String::new();
    }
    format!("{name}|{}", words(&fold(company)))
}

fn words(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linkedin_urls_compare_by_profile() {
        assert_eq!(
            linkedin_key("https://www.linkedin.com/in/Soeren-Aebeloe/?trk=x"),
            linkedin_key("http://dk.linkedin.com/in/soeren-aebeloe").replace("dk.", "www.")
        );
        assert_eq!(
            linkedin_key("https://www.linkedin.com/in/abc/"),
            "linkedin.com/in/abc"
        );
    }

    #[test]
    fn names_fold_accents_and_spacing() {
        assert_eq!(
            name_key("Søren  Æbelø", "ACME A/S"),
            name_key("soren aebelo", "Acme a s")
        );
        assert_eq!(name_key("  ", "x"), "");
    }
}

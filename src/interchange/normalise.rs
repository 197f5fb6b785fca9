//! Keys for matching duplicates: e-mail, `LinkedIn` profile, phone number, name + company.

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

/// Whether a value in an e-mail field is an Exchange directory (X500) address such as
/// `/o=ExchangeLabs/ou=…/cn=Recipients/cn=…` (classic Outlook writes these for colleagues):
/// it reaches no one outside that Exchange organisation, so it is not an e-mail.
pub fn is_exchange_address(value: &str) -> bool {
    let lower = value.trim().to_ascii_lowercase();
    let path = lower.strip_prefix("ex:").unwrap_or(&lower);
    !path.contains('@') && (path.starts_with("/o=") || path.starts_with("/ou="))
}

/// A phone number reduced to what identifies it: its digits, with a leading `+` for an
/// international number (`00` counts as `+`), so `+45 11-11 11 11` and `0045 11111111`
/// are equal. Empty for fewer than six digits (extensions, short codes), which identify
/// no one.
pub fn phone_key(phone: &str) -> String {
    let trimmed = phone.trim();
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 6 {
        return String::new();
    }
    if trimmed.starts_with('+') {
        format!("+{digits}")
    } else if let Some(international) = digits.strip_prefix("00") {
        format!("+{international}")
    } else {
        digits
    }
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
    fn phone_numbers_compare_by_digits_and_country() {
        assert_eq!(phone_key("+45 11-11 11 11"), phone_key("0045 11111111"));
        assert_eq!(phone_key("+45 11 11 11 11"), "+4511111111");
        assert_eq!(phone_key("33 44 55 66"), "33445566");
        assert_eq!(phone_key("112"), "");
    }

    #[test]
    fn exchange_directory_addresses_are_recognised() {
        assert!(is_exchange_address(
            "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=x"
        ));
        assert!(is_exchange_address(
            "EX:/O=ACME/OU=FIRST/CN=RECIPIENTS/CN=JSMITH"
        ));
        assert!(!is_exchange_address("john@smith.dk"));
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

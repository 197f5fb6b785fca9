//! What a CSV column holds, from its header (case-insensitive; English, Danish, German,
//! Dutch, Swedish and Norwegian names; Google's numbered `E-mail 1 - Value` columns;
//! Outlook's and Thunderbird's `Home Phone`, `Business Street`, `Work ZipCode`).

use crate::domain::ContactLabel;

/// Which numbered group a column belongs to: Google's `E-mail 2 - …` is (`Email`, 2);
/// Outlook's `Business Street` is an address group of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Slot {
    /// Google's `E-mail N`.
    Email(u16),
    /// Google's `Phone N`.
    Phone(u16),
    /// Google's `Address N`, or a named address group (home, work, other, none).
    Address(u16),
    /// Google's `Event N`.
    Event(u16),
}

/// The part of a postal address a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddressPart {
    /// Street (a second or third street column adds a line).
    Street,
    /// Google's extended address (a flat, a building).
    Extended,
    /// A PO box.
    PoBox,
    /// City.
    City,
    /// Region or state.
    Region,
    /// Postal code.
    Postcode,
    /// Country.
    Country,
    /// Google's whole address in one cell, used when the parts are empty.
    Formatted,
}

/// What a column holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvColumn {
    /// The whole name.
    Display,
    /// First name.
    Given,
    /// Middle name.
    Middle,
    /// Last name.
    Family,
    /// Honorific prefix.
    Prefix,
    /// Honorific suffix.
    Suffix,
    /// Company.
    Company,
    /// Job title.
    Role,
    /// Notes.
    Notes,
    /// Birthday.
    Birthday,
    /// Anniversary.
    Anniversary,
    /// Tags (labels, categories, groups).
    Tags,
    /// A web address.
    Url,
    /// `LinkedIn`'s "Connected On".
    ConnectedOn,
    /// Thunderbird's birth year.
    BirthYear,
    /// Thunderbird's birth month.
    BirthMonth,
    /// Thunderbird's birth day.
    BirthDay,
    /// E-mail addresses, with the label the header gives.
    Email {
        /// Google's numbered group, whose `Label` column may name it.
        slot: Option<Slot>,
        /// The label the header itself gives (`Email Work`).
        label: Option<ContactLabel>,
    },
    /// Phone numbers, with the label the header gives.
    Phone {
        /// Google's numbered group.
        slot: Option<Slot>,
        /// The label the header itself gives (`Mobile Phone`, `Fax (privat)`).
        label: Option<ContactLabel>,
    },
    /// Part of a postal address.
    Address {
        /// The address this part belongs to.
        slot: Slot,
        /// Which part.
        part: AddressPart,
        /// The label the header gives (`Home Street`).
        label: Option<ContactLabel>,
    },
    /// The label of a numbered group (`E-mail 1 - Label`, legacy `- Type`).
    SlotLabel(Slot),
    /// The date of Google's `Event N` (an anniversary when its label says so).
    EventValue(Slot),
}

/// Header words that give a label: work, home, other.
fn label_word(h: &str) -> Option<ContactLabel> {
    let has = |words: &[&str]| words.iter().any(|w| h.contains(w));
    if has(&[
        "business",
        "work",
        "arbejde",
        "geschäftlich",
        "office",
        "arbeit",
    ]) {
        Some(ContactLabel::Work)
    } else if has(&["home", "privat", "personal"]) {
        Some(ContactLabel::Home)
    } else if has(&["other", "andet", "andre", "weitere"]) {
        Some(ContactLabel::Other)
    } else {
        None
    }
}

/// Google's `KIND N - PART` (`e-mail 1 - value`, `address 2 - postal code`).
fn numbered(h: &str) -> Option<(&str, u16, &str)> {
    let (left, part) = h.split_once(" - ")?;
    let (kind, n) = left.trim().rsplit_once(' ')?;
    Some((kind.trim(), n.parse().ok()?, part.trim()))
}

fn address_part(part: &str) -> Option<AddressPart> {
    Some(match part {
        "street" => AddressPart::Street,
        "extended address" => AddressPart::Extended,
        "po box" => AddressPart::PoBox,
        "city" => AddressPart::City,
        "region" => AddressPart::Region,
        "postal code" => AddressPart::Postcode,
        "country" => AddressPart::Country,
        "formatted" => AddressPart::Formatted,
        _ => return None,
    })
}

fn classify_numbered(kind: &str, n: u16, part: &str) -> Option<CsvColumn> {
    let is_label = part == "label" || part == "type";
    Some(match kind {
        "e-mail" | "email" => {
            let slot = Slot::Email(n);
            match part {
                "value" => CsvColumn::Email {
                    slot: Some(slot),
                    label: None,
                },
                _ if is_label => CsvColumn::SlotLabel(slot),
                _ => return None,
            }
        }
        "phone" => {
            let slot = Slot::Phone(n);
            match part {
                "value" => CsvColumn::Phone {
                    slot: Some(slot),
                    label: None,
                },
                _ if is_label => CsvColumn::SlotLabel(slot),
                _ => return None,
            }
        }
        "address" => {
            let slot = Slot::Address(n);
            if is_label {
                CsvColumn::SlotLabel(slot)
            } else {
                CsvColumn::Address {
                    slot,
                    part: address_part(part)?,
                    label: None,
                }
            }
        }
        "event" => {
            let slot = Slot::Event(n);
            match part {
                "value" => CsvColumn::EventValue(slot),
                _ if is_label => CsvColumn::SlotLabel(slot),
                _ => return None,
            }
        }
        "website" if part == "value" => CsvColumn::Url,
        "organization" if part == "name" => CsvColumn::Company,
        "organization" if part == "title" => CsvColumn::Role,
        _ => return None,
    })
}

/// A named address column (`Home Street`, `Work ZipCode`, `Business Country/Region`,
/// `Home Address 2`); it needs a group word so that `Location` or `E-mail Address` is not
/// taken for one.
fn classify_address(h: &str) -> Option<CsvColumn> {
    let label = label_word(h)?;
    let has = |words: &[&str]| words.iter().any(|w| h.contains(w));
    let part = if has(&["po box", "postboks", "postfach"]) {
        AddressPart::PoBox
    } else if has(&[
        "zip",
        "postal code",
        "postcode",
        "postnummer",
        "postleitzahl",
    ]) {
        AddressPart::Postcode
    } else if has(&["country", "land"]) {
        AddressPart::Country
    } else if has(&["state", "region", "province", "område", "bundesland"]) {
        AddressPart::Region
    } else if has(&["city", "town", " by", "by (", "ort "]) || h.starts_with("ort") {
        AddressPart::City
    } else if has(&["street", "address", "adresse", "gade", "straße", "strasse"]) {
        AddressPart::Street
    } else {
        return None;
    };
    let slot = match label {
        ContactLabel::Home => Slot::Address(1001),
        ContactLabel::Work => Slot::Address(1002),
        _ => Slot::Address(1003),
    };
    Some(CsvColumn::Address {
        slot,
        part,
        label: Some(label),
    })
}

/// The label a phone column's header gives.
fn phone_label(h: &str) -> Option<ContactLabel> {
    if h.contains("fax") {
        Some(ContactLabel::Fax)
    } else if ["mobile", "mobil", "cell", "handy"]
        .iter()
        .any(|w| h.contains(w))
    {
        Some(ContactLabel::Mobile)
    } else if ["car", "assistant", "radio", "callback", "isdn", "telex"]
        .iter()
        .any(|w| h.contains(w))
    {
        Some(ContactLabel::Other)
    } else {
        label_word(h)
    }
}

/// What the column named `header` holds, if Dunbar reads it.
pub fn classify(header: &str) -> Option<CsvColumn> {
    let h = header
        .trim()
        .trim_start_matches('\u{feff}')
        .trim()
        .to_lowercase();
    let h = h.as_str();
    if let Some((kind, n, part)) = numbered(h) {
        return classify_numbered(kind, n, part);
    }
    // "E-mail Type", "E-mail Display Name" and their Danish and German names are no
    // addresses.
    let excluded = [
        "type",
        "typ",
        "label",
        "display",
        "viste",
        "visningsnavn",
        "angezeigt",
        "anzeige",
        "html",
        "yomi",
        "phonetic",
    ];
    let is_excluded = excluded.iter().any(|word| h.contains(word));
    Some(match h {
        "display name" | "name" | "full name" | "formatted name" | "file as" => CsvColumn::Display,
        "first name" | "given name" | "fornavn" | "vorname" | "voornaam" | "förnamn" => {
            CsvColumn::Given
        }
        "middle name" | "additional name" | "mellemnavn" | "weitere vornamen" | "mellannamn" => {
            CsvColumn::Middle
        }
        "last name" | "family name" | "surname" | "efternavn" | "nachname" | "achternaam"
        | "efternamn" | "etternavn" => CsvColumn::Family,
        "name prefix" | "prefix" | "anrede" => CsvColumn::Prefix,
        "name suffix" | "suffix" | "suffiks" => CsvColumn::Suffix,
        "company" | "firma" | "organization" | "organisation" | "organization name"
        | "company name" => CsvColumn::Company,
        "position" | "job title" | "organization title" | "role" | "stilling" => CsvColumn::Role,
        "notes" | "note" | "noter" | "notizen" | "notater" | "anteckningar" | "notities" => {
            CsvColumn::Notes
        }
        "birthday" | "birth date" | "date of birth" | "fødselsdag" | "geburtstag"
        | "födelsedag" | "verjaardag" => CsvColumn::Birthday,
        "anniversary" | "mærkedag" | "jahrestag" | "merkedag" => CsvColumn::Anniversary,
        "labels" | "group membership" | "categories" | "tags" | "groups" | "kategorier"
        | "kategorien" | "categorieën" => CsvColumn::Tags,
        "connected on" => CsvColumn::ConnectedOn,
        "birth year" => CsvColumn::BirthYear,
        "birth month" => CsvColumn::BirthMonth,
        "birth day" => CsvColumn::BirthDay,
        "url" | "profile url" | "linkedin url" | "linkedin" => CsvColumn::Url,
        _ if is_excluded => return None,
        _ if h.contains("e-mail") || h.contains("email") || h.contains("mail-adresse") => {
            CsvColumn::Email {
                slot: None,
                label: label_word(h),
            }
        }
        _ if h.contains("phone")
            || h.contains("mobile")
            || h.contains("telefon")
            || h.contains("fax")
            || h == "mobil"
            || h.contains("mobile number") =>
        {
            CsvColumn::Phone {
                slot: None,
                label: phone_label(h),
            }
        }
        _ if h.contains("website")
            || h.contains("web page")
            || h.contains("homepage")
            || h.contains("home page")
            || h == "webside" =>
        {
            CsvColumn::Url
        }
        _ => return classify_address(h),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_of_every_client_are_recognised_with_their_labels() {
        assert_eq!(
            classify("E-mail 2 - Value"),
            Some(CsvColumn::Email {
                slot: Some(Slot::Email(2)),
                label: None
            })
        );
        assert_eq!(
            classify("Phone 1 - Type"),
            Some(CsvColumn::SlotLabel(Slot::Phone(1)))
        );
        assert_eq!(
            classify("Fax (privat)"),
            Some(CsvColumn::Phone {
                slot: None,
                label: Some(ContactLabel::Fax)
            })
        );
        assert_eq!(
            classify("Mobiltelefon"),
            Some(CsvColumn::Phone {
                slot: None,
                label: Some(ContactLabel::Mobile)
            })
        );
        assert_eq!(
            classify("Telefon geschäftlich"),
            Some(CsvColumn::Phone {
                slot: None,
                label: Some(ContactLabel::Work)
            })
        );
        assert_eq!(
            classify("Work ZipCode"),
            Some(CsvColumn::Address {
                slot: Slot::Address(1002),
                part: AddressPart::Postcode,
                label: Some(ContactLabel::Work)
            })
        );
        assert_eq!(
            classify("Address 1 - Postal Code"),
            Some(CsvColumn::Address {
                slot: Slot::Address(1),
                part: AddressPart::Postcode,
                label: None
            })
        );
        assert_eq!(
            classify("Event 1 - Value"),
            Some(CsvColumn::EventValue(Slot::Event(1)))
        );
        assert_eq!(classify("E-mail Type"), None);
        assert_eq!(classify("Location"), None);
        assert_eq!(classify("Website Home Page"), Some(CsvColumn::Url));
        assert_eq!(
            classify("Email Home"),
            Some(CsvColumn::Email {
                slot: None,
                label: Some(ContactLabel::Home)
            })
        );
    }
}

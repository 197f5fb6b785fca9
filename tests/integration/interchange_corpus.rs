//! Real files from many address books (tests/fixtures/corpus, see its SOURCES.md) read
//! through the real parsers: every file imports, and what a user would see is right.

// Test code: a failed expectation is a failed test.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::PathBuf;

use dunbar::domain::PartialDate;
use dunbar::interchange::{ImportFormat, ImportedRecord, ParsedFile, parse};

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus")
}

fn read(name: &str) -> ParsedFile {
    let bytes = std::fs::read(corpus_dir().join(name)).expect("fixture exists");
    parse(&bytes, name)
}

fn only(parsed: &ParsedFile) -> &ImportedRecord {
    assert_eq!(parsed.records.len(), 1, "{:#?}", parsed.records);
    &parsed.records[0]
}

fn year_less(month: u32, day: u32) -> Option<PartialDate> {
    PartialDate::year_less(month, day)
}

fn full(year: i32, month: u32, day: u32) -> Option<PartialDate> {
    PartialDate::full(year, month, day)
}

fn warning_lines(parsed: &ParsedFile) -> Vec<usize> {
    parsed.warnings.iter().map(|w| w.line).collect()
}

/// Every vCard and CSV file of the corpus (the copy here and, when present, the shared
/// one) gives at least one named record and never panics.
#[test]
fn every_corpus_file_imports() {
    let mut files = 0;
    for path in crate::common::contact_files(&["corpus"]) {
        {
            let bytes = std::fs::read(&path).expect("readable");
            let parsed = parse(&bytes, &path.display().to_string());
            assert_ne!(parsed.format, ImportFormat::Unknown, "{}", path.display());
            assert!(
                !parsed.records.is_empty(),
                "{} gave no records",
                path.display()
            );
            for record in &parsed.records {
                assert!(!record.display_name.trim().is_empty(), "{}", path.display());
                assert!(record.line >= 1, "{}", path.display());
            }
            files += 1;
        }
    }
    assert!(files >= 36, "only {files} corpus files found");
}

#[test]
fn utf16_big_endian_without_bom_reads_its_accented_name() {
    let parsed = read("roundcube__utf-16_sample.vcf");
    assert_eq!(parsed.format, ImportFormat::VCard);
    let record = only(&parsed);
    assert_eq!(record.display_name, "Ǽgean ĽdaMonté");
    assert_eq!(record.family_name, "ĽdaMonté");
}

#[test]
fn rfc_6350_card_keeps_year_less_birthday_and_escaped_comma() {
    let parsed = read("calcard__047.vcf");
    let record = only(&parsed);
    assert_eq!(record.birthday, year_less(2, 3));
    assert_eq!(record.anniversary, full(1996, 4, 15));
    assert_eq!(record.company, "ABC, Inc.");
    assert_eq!(record.role, "Research Scientist");
    assert_eq!(record.emails, ["jqpublic@xyz.example.com"]);
    assert!(record.notes.contains("EST, Mon-Fri"), "{}", record.notes);
}

#[test]
fn anniversary_with_a_time_keeps_its_day() {
    let record = only(&read("calcard__049.vcf")).clone();
    assert_eq!(record.display_name, "Simon Perreault");
    assert_eq!(record.birthday, year_less(2, 3));
    assert_eq!(record.anniversary, full(2009, 8, 8));
}

#[test]
fn apple_1604_birthday_means_no_year() {
    let record = only(&read("radicale__contact4-with-bday-no-year.vcf")).clone();
    assert_eq!(record.birthday, year_less(1, 1));
    assert_eq!(
        record.display_name,
        "Test bday without year Thunderbird CardBook"
    );
}

#[test]
fn card_without_n_or_fn_is_named_from_its_email() {
    let record = only(&read("radicale__broken-vcard.vcf")).clone();
    assert_eq!(record.display_name, "test-misses-N-or-FN@example.com");
    assert_eq!(record.emails, ["test-misses-N-or-FN@example.com"]);
}

#[test]
fn company_cards_are_named_from_org() {
    let apple = only(&read("roundcube__apple.vcf")).clone();
    assert_eq!(apple.display_name, "Apple Computer AG");
    assert_eq!(apple.links, ["http://www.apple.ch"]);
    let mac = only(&read("calcard__077.vcf")).clone();
    assert_eq!(mac.company, "{NAME}");
    // `item1.EMAIL` with its `X-ABLabel` is kept.
    assert_eq!(mac.emails, ["name@example.com"]);
}

#[test]
fn iphone_item_groups_keep_email_and_phones() {
    let record = only(&read("ez-vcard__John_Doe_IPHONE.vcf")).clone();
    assert_eq!(record.given_name, "John");
    assert_eq!(record.family_name, "Doe");
    assert_eq!(record.emails, ["john.doe@ibm.com"]);
    assert_eq!(record.phones.len(), 7);
    assert_eq!(record.company, "IBM");
    assert_eq!(record.birthday, full(2012, 6, 6));
}

#[test]
fn gmail_labelled_x_abdate_becomes_the_anniversary() {
    let record = only(&read("ez-vcard__John_Doe_GMAIL.vcf")).clone();
    assert_eq!(record.birthday, full(1980, 3, 22));
    assert_eq!(record.anniversary, full(1975, 3, 1));
    assert!(record.notes.contains("\"AS IS\""), "{}", record.notes);
}

#[test]
fn outlook_basic_format_birthday() {
    let record = only(&read("ez-vcard__John_Doe_MS_OUTLOOK.vcf")).clone();
    assert_eq!(record.birthday, full(1980, 3, 22));
    assert_eq!(record.emails, ["john.doe@ibm.cm"]);
}

#[test]
fn android_multi_card_file_with_split_utf8_quoted_printable() {
    let parsed = read("calcard__009.vcf");
    let names: Vec<&str> = parsed
        .records
        .iter()
        .map(|r| r.display_name.as_str())
        .collect();
    assert_eq!(parsed.records.len(), 10, "{names:?}");
    assert_eq!(names[0], "Mäx Mustermann");
    assert!(names.contains(&"Only FN"));
    // `=E2=82=` / `=AC` across a soft line break is one euro sign.
    assert!(parsed.records.iter().any(|r| r.notes.contains("€")));
    assert_eq!(
        parsed.records.iter().map(|r| r.line).collect::<Vec<_>>(),
        [1, 11, 19, 26, 38, 49, 60, 66, 72, 78]
    );
}

#[test]
fn quoted_printable_without_charset_gets_windows_1252_quotes() {
    let record = only(&read("calcard__010.vcf")).clone();
    assert!(
        record.notes.contains("Reid\u{2019}s place"),
        "{}",
        record.notes
    );
}

#[test]
fn raw_windows_1252_byte_in_a_charset_line() {
    let record = only(&read("roundcube__johndoe.vcf")).clone();
    assert_eq!(record.display_name, "John Doë");
    assert_eq!(
        record.emails,
        ["inbox@roundcube.net", "roundcube@gmail.com"]
    );
}

#[test]
fn polish_name_without_charset_stays_readable() {
    // No CHARSET on `Iksi=F1ski`: calcard reads Latin-1 (ñ), not ISO-8859-2 (ń). What
    // matters here is that the name and e-mail come through whole.
    let record = only(&read("roundcube__thebat.vcf")).clone();
    assert_eq!(record.given_name, "Piotr");
    assert!(record.family_name.starts_with("Iksi") && record.family_name.ends_with("ski"));
    assert_eq!(record.family_name.chars().count(), 8);
    assert_eq!(record.emails, ["piotr.iksinski@somedomain.com"]);
}

#[test]
fn shift_jis_raw_and_quoted_printable() {
    let record = only(&read("android-opt-vcard__v21_japanese_2.vcf")).clone();
    assert_eq!(record.family_name, "安藤");
    assert_eq!(record.display_name, "安藤 ロイド 1");
    assert_eq!(record.notes, "メモ");
}

#[test]
fn comment_lines_are_warned_about_and_qp_continuation_kept() {
    let parsed = read("android-opt-vcard__v21_invalid_comment_line.vcf");
    let record = only(&parsed);
    assert!(record.notes.contains("#<- sharp)"), "{}", record.notes);
    assert_eq!(warning_lines(&parsed), [6, 9]);
    assert!(parsed.warnings[0].message.contains("no"));
}

#[test]
fn backslash_continued_address_lines_are_reported() {
    let parsed = read("android-opt-vcard__v21_adr_multiple_line.vcf");
    let record = only(&parsed);
    assert_eq!(record.birthday, full(2008, 12, 3));
    assert_eq!(warning_lines(&parsed), [7, 8]);
}

#[test]
fn text_birthday_is_a_warning_not_a_date() {
    let parsed = read("calcard__027.vcf");
    assert_eq!(only(&parsed).birthday, None);
    assert_eq!(warning_lines(&parsed), [5]);
    assert!(parsed.warnings[0].message.contains("circa 1800"));
}

#[test]
fn swedish_quoted_printable_card_reads_cleanly() {
    let parsed = read("calcard__060.vcf");
    let record = only(&parsed);
    assert_eq!(record.given_name, "Ny_full");
    assert_eq!(record.emails, ["email@email.com", "work@work.com"]);
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
}

#[test]
fn japanese_v4_company() {
    let record = only(&read("android-opt-vcard__v40_sort_as.vcf")).clone();
    assert_eq!(record.company, "グーグル");
    assert_eq!(record.given_name, "ロイド");
}

#[test]
fn legacy_google_csv_with_groups_and_multiline_cells() {
    let parsed = read("roundcube__gmail.csv");
    assert_eq!(parsed.format, ImportFormat::GoogleLegacy);
    let record = only(&parsed);
    assert_eq!(record.given_name, "Firstname");
    assert_eq!(record.family_name, "Lastname");
    assert_eq!(record.birthday, full(1975, 12, 12));
    assert_eq!(record.tags.iter().collect::<Vec<_>>(), ["Test"]);
    assert_eq!(
        record.emails,
        [
            "home@aaa.pl",
            "work@email.pl",
            "unknown@email.com",
            "other@email.com"
        ]
    );
    assert_eq!(record.notes, "note\"note");
}

#[test]
fn bom_csv_with_day_first_dates() {
    let parsed = read("roundcube__all.csv");
    let record = only(&parsed);
    assert_eq!(record.display_name, "Display Name");
    assert_eq!(record.birthday, full(1991, 1, 20));
    assert_eq!(record.company, "Company");
}

#[test]
fn thunderbird_csv_birthday_from_three_columns() {
    let parsed = read("roundcube__tb_plain.csv");
    let record = only(&parsed);
    assert_eq!(record.birthday, full(1970, 11, 15));
    assert_eq!(record.emails, ["test@domain.tld", "next@domain.tld"]);
    assert_eq!(record.line, 2);
}

#[test]
fn exchange_directory_address_in_a_vcard_is_not_an_email() {
    let text = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Berg;Lars\r\nFN:Lars Berg\r\n\
                EMAIL;PREF;INTERNET:/o=ExchangeLabs/ou=Exchange Administrative Group \
                (FYDIBOHF23SPDLT)/cn=Recipients/cn=lars\r\n\
                EMAIL;INTERNET:lars@berg.dk\r\nEND:VCARD\r\n";
    let parsed = parse(text.as_bytes(), "outlook.vcf");
    assert_eq!(only(&parsed).emails, ["lars@berg.dk"]);
    assert_eq!(warning_lines(&parsed), [5]);
    assert!(parsed.warnings[0].message.contains("Exchange"));
}

#[test]
fn apple_social_profiles_give_the_linkedin_url_and_links() {
    let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.5//EN\r\n\
                N:Kjær;Åse;;;\r\nFN:Åse Kjær\r\n\
                X-SOCIALPROFILE;type=linkedin;x-user=aasekjaer:http://www.linkedin.com/in/aasekjaer\r\n\
                X-SOCIALPROFILE;type=twitter;x-user=aase:http://twitter.com/aase\r\n\
                X-SOCIALPROFILE;type=facebook;x-user=aase.kjaer:x-apple:aase.kjaer\r\n\
                END:VCARD\r\n";
    let parsed = parse(text.as_bytes(), "icloud.vcf");
    let record = only(&parsed);
    assert_eq!(
        record.linkedin_url.as_deref(),
        Some("http://www.linkedin.com/in/aasekjaer")
    );
    assert_eq!(record.links, ["http://twitter.com/aase"]);
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
}

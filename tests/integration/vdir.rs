//! DESIGN §10: `dunbar vdir` mirrors contacts to a vdir (one `.vcf` per contact) and reads
//! the folder back: changes and new cards come in, a card deleted there trashes its
//! contact, a contact trashed here deletes its card, rounds duplicate nothing, and a
//! property Dunbar does not model (a photo) survives.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code

use std::fs;
use std::path::{Path, PathBuf};

use dunbar::actions::Action;
use dunbar::session::{Access, Session};

use crate::common::dunbar_on;

fn cards(dir: &Path) -> Vec<PathBuf> {
    let mut cards: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "vcf"))
        .collect();
    cards.sort();
    cards
}

fn card_of(dir: &Path, name: &str) -> PathBuf {
    cards(dir)
        .into_iter()
        .find(|p| {
            fs::read_to_string(p)
                .unwrap()
                .contains(&format!("FN:{name}"))
        })
        .unwrap_or_else(|| panic!("no card for {name}"))
}

fn round(home: &Path, folder: &Path) -> String {
    let out = dunbar_on(home, &["vdir", folder.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn network(home: &Path) -> dunbar::domain::Network {
    Session::open(home.join("data"), Access::ReadOnly, "check")
        .unwrap()
        .network()
        .clone()
}

#[test]
fn a_vdir_round_trip_both_ways() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("contacts");
    assert!(
        dunbar_on(
            home.path(),
            &["add", "Ann Berg", "--email", "ann@example.com"]
        )
        .status
        .success()
    );
    assert!(dunbar_on(home.path(), &["add", "Bo Lund"]).status.success());
    let dry = dunbar_on(
        home.path(),
        &["vdir", folder.to_str().unwrap(), "--dry-run"],
    );
    assert!(String::from_utf8_lossy(&dry.stdout).contains("2 cards written"));
    assert!(!folder.exists(), "a dry run writes nothing");
    round(home.path(), &folder);
    assert_eq!(cards(&folder).len(), 2);
    // The phone changes Ann's card and sets a photo on it.
    let ann = card_of(&folder, "Ann Berg");
    let text = fs::read_to_string(&ann).unwrap().replace(
        "END:VCARD",
        "TEL;TYPE=cell:+45 12 34 56 78\r\nPHOTO:data:image/png;base64,iVBORw0KGgo=\r\nEND:VCARD",
    );
    fs::write(&ann, text).unwrap();
    // …and adds a card of its own.
    fs::write(
        folder.join("from-the-phone.vcf"),
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-1\r\nFN:Cleo Dahl\r\nN:Dahl;Cleo;;;\r\nEND:VCARD\r\n",
    )
    .unwrap();
    let said = round(home.path(), &folder);
    assert!(said.contains("1 new, 1 changed"), "{said}");
    let net = network(home.path());
    let ann_now = net
        .contacts()
        .find(|c| c.display_name == "Ann Berg")
        .unwrap();
    assert!(ann_now.phone_numbers().any(|p| p.contains("12 34 56 78")));
    assert!(
        ann_now
            .kept_properties
            .iter()
            .any(|p| p.starts_with("PHOTO"))
    );
    assert!(net.contacts().any(|c| c.display_name == "Cleo Dahl"));
    // The next round writes the two cards back as Dunbar writes them (photo kept); ten
    // more rounds then duplicate nothing and rewrite nothing.
    let said = round(home.path(), &folder);
    assert!(said.contains("0 new, 0 changed"), "{said}");
    for _ in 0..10 {
        let said = round(home.path(), &folder);
        assert!(said.contains("0 new, 0 changed, 0 moved"), "{said}");
        assert!(said.contains("0 cards written, 0 deleted"), "{said}");
    }
    assert_eq!(cards(&folder).len(), 3);
    assert_eq!(network(home.path()).contact_count(), 3);
    assert!(
        fs::read_to_string(card_of(&folder, "Ann Berg"))
            .unwrap()
            .contains("PHOTO:data:image/png")
    );
    // A card deleted in the folder trashes its contact.
    fs::remove_file(card_of(&folder, "Bo Lund")).unwrap();
    let said = round(home.path(), &folder);
    assert!(said.contains("1 moved to the trash"), "{said}");
    assert!(
        network(home.path())
            .trashed_contacts()
            .any(|c| c.display_name == "Bo Lund")
    );
    // A contact trashed in Dunbar deletes its card.
    {
        let mut session =
            Session::open(home.path().join("data"), Access::ReadWrite, "test").unwrap();
        let mut cleo = session
            .network()
            .contacts()
            .find(|c| c.display_name == "Cleo Dahl")
            .unwrap()
            .clone();
        cleo.trashed_on = Some(chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap());
        session
            .apply(Action::ReplaceContact(Box::new(cleo)))
            .unwrap();
        session
            .save(
                chrono::NaiveDate::from_ymd_opt(2026, 12, 2)
                    .unwrap()
                    .and_hms_opt(12, 0, 0)
                    .unwrap(),
            )
            .unwrap();
    }
    let said = round(home.path(), &folder);
    assert!(said.contains("1 deleted"), "{said}");
    assert_eq!(cards(&folder).len(), 1);
    assert!(!folder.join("from-the-phone.vcf").exists());
}

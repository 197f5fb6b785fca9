//! Helpers shared by the integration tests: build networks through real actions.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // test code
#![allow(dead_code)]

use chrono::NaiveDate;
use dunbar::actions::{Action, History, LogEntry};
use dunbar::domain::{
    Channel, Circle, Contact, ContactId, Direction, GiftKind, LibraryItem, LibraryItemId, Network,
    TouchKind,
};

/// Waits up to a minute for `child` to end; kills it if it has not (a process that would
/// block or read forever fails its test instead of hanging it). Returns its output and
/// whether it ended by itself.
pub fn wait_or_kill(mut child: std::process::Child) -> (std::process::Output, bool) {
    for _ in 0..600 {
        if child.try_wait().unwrap().is_some() {
            return (child.wait_with_output().unwrap(), true);
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = child.kill();
    (child.wait_with_output().unwrap(), false)
}

/// Makes a FIFO at `path` (with the system's `mkfifo`).
pub fn mkfifo(path: &std::path::Path) {
    let made = std::process::Command::new("mkfifo").arg(path).status();
    assert!(made.unwrap().success(), "mkfifo {}", path.display());
}

/// A date from `YYYY-MM-DD`.
pub fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// A network under construction, changed only through actions.
pub struct Builder {
    pub network: Network,
    pub history: History,
}

impl Builder {
    pub fn new() -> Self {
        Self {
            network: Network::new(),
            history: History::new(1000),
        }
    }

    pub fn apply(&mut self, action: Action) {
        self.history.apply(&mut self.network, action).unwrap();
    }

    /// Adds a contact created on 2026-01-01.
    pub fn contact(&mut self, name: &str, circle: Circle) -> ContactId {
        self.contact_with(name, circle, |_| {})
    }

    pub fn contact_with(
        &mut self,
        name: &str,
        circle: Circle,
        edit: impl FnOnce(&mut Contact),
    ) -> ContactId {
        let id = ContactId::new(self.network.fresh_id());
        let mut contact = Contact::new(id, name, circle, d("2026-01-01"));
        edit(&mut contact);
        self.apply(Action::InsertContact(Box::new(contact)));
        id
    }

    pub fn log(&mut self, who: ContactId, date: &str, edit: impl FnOnce(&mut LogEntry)) {
        let mut entry = LogEntry::new(vec![who], d(date), Channel::Call);
        edit(&mut entry);
        let action = entry.to_action(&self.network, d(date)).unwrap();
        self.apply(action);
    }

    pub fn touch(&mut self, who: ContactId, date: &str) {
        self.log(who, date, |_| {});
    }

    pub fn like(&mut self, who: ContactId, date: &str) {
        self.log(who, date, |e| {
            e.kind = TouchKind::Light;
            e.channel = Channel::Social;
        });
    }

    pub fn give(&mut self, who: ContactId, date: &str) {
        self.log(who, date, |e| e.gave = Some(GiftKind::Knowledge));
    }

    pub fn give_item(&mut self, who: ContactId, date: &str, item: LibraryItemId) {
        self.log(who, date, |e| {
            e.gave = Some(GiftKind::Knowledge);
            e.gave_item = Some(item);
        });
    }

    pub fn received(&mut self, who: ContactId, date: &str) {
        self.log(who, date, |e| {
            e.direction = Direction::Inbound;
            e.received = Some(GiftKind::Introduction);
        });
    }

    pub fn item(&mut self, title: &str, topics: &[&str], added: &str) -> LibraryItemId {
        let id = LibraryItemId::new(self.network.fresh_id());
        self.apply(Action::InsertLibraryItem(Box::new(LibraryItem {
            id,
            title: title.to_owned(),
            link: String::new(),
            why: String::new(),
            topics: topics.iter().map(|t| (*t).to_owned()).collect(),
            added: d(added),
        })));
        id
    }
}

/// Every `.vcf` and `.csv` file under `tests/fixtures/` in `folders` (e.g. `corpus`,
/// `own`) and, when the shared corpus is beside the project, its `vcard` and `csv` files.
pub fn contact_files(folders: &[&str]) -> Vec<std::path::PathBuf> {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut dirs: Vec<std::path::PathBuf> = folders
        .iter()
        .map(|f| root.join("tests/fixtures").join(f))
        .collect();
    let shared = root.join("../shared/corpus");
    if shared.exists() {
        dirs.push(shared.join("vcard"));
        dirs.push(shared.join("csv"));
    }
    let mut files = Vec::new();
    for dir in dirs {
        for entry in std::fs::read_dir(&dir).expect("corpus folder") {
            let path = entry.expect("entry").path();
            let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if extension == "vcf" || extension == "csv" {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Runs the real `dunbar` binary on `dir/data` (open cache in `dir/cache`), as on
/// 2026-12-02, in English.
pub fn dunbar_on(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_dunbar"))
        .arg("--data-dir")
        .arg(dir.join("data"))
        .arg("--cache-dir")
        .arg(dir.join("cache"))
        .arg("--device-dir")
        .arg(dir.join("device"))
        .args(["--today", "2026-12-02"])
        .env("DUNBAR_LANG", "en")
        .args(args)
        .output()
        .unwrap()
}

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::i18n::Language;

use super::{
    AddArgs, CaptureArgs, ExportArgs, GenerateArgs, ImportArgs, LogArgs, ProfileArgs, PromiseArgs,
    RemindArgs, SetArgs,
};

/// Dunbar: keep your professional network in Dunbar's circles, give before you ask.
#[derive(Debug, Parser)]
#[command(name = "dunbar", version, about, long_about = None)]
pub struct Args {
    /// The data folder (default: the platform's data folder).
    #[arg(long, global = true, env = "DUNBAR_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// The folder for the open cache of large networks (default: the platform's cache
    /// folder; never the data folder).
    #[arg(long, global = true, env = "DUNBAR_CACHE_DIR", value_name = "DIR")]
    pub cache_dir: Option<PathBuf>,
    /// The folder of this device's identity (default: the platform's local data folder;
    /// never a synced folder).
    #[arg(long, global = true, env = "DUNBAR_DEVICE_DIR", value_name = "DIR")]
    pub device_dir: Option<PathBuf>,
    /// Open the window on a generated demo network in a temporary folder.
    #[arg(long)]
    pub demo: bool,
    /// The screen the window opens on: contacts, circles, review, gifts, insights, trash,
    /// import or settings (a reminder's "Open review" uses `--screen review`).
    #[arg(long, value_name = "SCREEN")]
    pub screen: Option<String>,
    /// Act as if today were this day (YYYY-MM-DD), for scripts and reproducible output.
    #[arg(long, global = true, env = "DUNBAR_TODAY", value_name = "DATE")]
    pub today: Option<NaiveDate>,
    /// The language of the window and of the command line's messages: en or da (default:
    /// the system's, from `LC_ALL`, `LC_MESSAGES` or `LANG`). Machine output (`--json`,
    /// exports) is the same in every language.
    #[arg(long, global = true, env = "DUNBAR_LANG", value_name = "LANG")]
    pub lang: Option<Language>,
    /// What to do; without a subcommand the window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands of DESIGN §7.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add a contact.
    Add(AddArgs),
    /// Import contacts from vCard, `LinkedIn`, Google or Outlook files (one undoable batch each).
    Import(ImportArgs),
    /// Export contacts as CSV, vCard, RON or iCalendar.
    Export(ExportArgs),
    /// Log a touch (and a gift given or received, or an ask).
    Log(LogArgs),
    /// Change a contact.
    Set(SetArgs),
    /// Write down a promise to a contact, due on a day.
    Promise(PromiseArgs),
    /// Open promises, by due day (`--all`: kept ones too).
    Promises {
        /// Also the promises already kept.
        #[arg(long)]
        all: bool,
        /// Print JSON: `[{"id","name","text","due","done"}]`.
        #[arg(long)]
        json: bool,
    },
    /// Mark a promise kept (by the id `dunbar promises` shows).
    PromiseDone {
        /// The promise's id.
        id: u64,
        /// It was a gift: log it as a knowledge gift too.
        #[arg(long)]
        gift: bool,
    },
    /// A brief for meeting someone: who they are, the last touches, asks, gifts and
    /// promises both ways, what to bring and a line to open with.
    Brief {
        /// The contact's name.
        name: String,
        /// Tells namesakes apart by e-mail.
        #[arg(long)]
        email: Option<String>,
    },
    /// The weekly review queue.
    Review {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// One contact with every field and the timeline.
    Show {
        /// The contact's name (a namesake is told apart by `"Name (Company)"` or `--email`).
        name: String,
        /// Tells namesakes apart by e-mail.
        #[arg(long)]
        email: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Counts of contacts, circles, touches, gifts and asks.
    Stats {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Touches from your own mail files (mbox, Maildir): headers only, nothing leaves the
    /// machine.
    Capture(CaptureArgs),
    /// The files and folders touches were captured from.
    Sources {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Who you are (name, company, role, your e-mail addresses and `LinkedIn` URL).
    Profile(ProfileArgs),
    /// Write a synthetic network into the data folder (for demos and benchmarks).
    Generate(GenerateArgs),
    /// One desktop notification with what is due today (people waiting on you, promises,
    /// meetings, birthdays, the weekly review); `--install` schedules it every day.
    Remind(RemindArgs),
    /// List backups, newest first.
    Backups,
    /// Make a backup the current network (the current file is kept as a backup first).
    Restore {
        /// The backup's name, as `dunbar backups` lists it.
        backup: String,
    },
    /// Merge another version of the network (a sync tool's conflict file, a copy from
    /// another computer) into this one.
    Merge {
        /// The other version's file.
        file: PathBuf,
        /// Say what would come, change nothing.
        #[arg(long)]
        dry_run: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// One two-way round with a vdir (one .vcf per contact), the folder vdirsyncer or
    /// pimsync syncs with a `CardDAV` server and the phone.
    Vdir {
        /// The folder.
        dir: PathBuf,
        /// Say what would change, change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// This device's id and name (shown on other devices for changes made here).
    Device {
        /// A new name for this device.
        #[arg(long)]
        name: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

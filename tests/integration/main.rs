//! Every test that does not drive the window, in one binary (one link, one debug image):
//! the command line, storage, interchange, the core rules and crash safety.
#![allow(missing_docs)]

mod common;

mod capture_mail;
mod cli;
mod cli_interchange;
mod core_rules;
mod crash_safety;
mod devices;
mod giving;
mod interchange_corpus;
mod interchange_csv;
mod interchange_fidelity;
mod interchange_fuzz;
mod interchange_merge;
mod interchange_roundtrip;
mod languages;
mod merge_property;
mod promises;
mod reliability;
mod remind;
mod storage;
mod sync_engines;
mod sync_session;
mod undo_redo;
mod vdir;

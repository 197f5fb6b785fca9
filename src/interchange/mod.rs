//! Import and export (DESIGN §6): contacts from vCard, `LinkedIn`, Google and Outlook CSV;
//! contacts to CSV, vCard 3.0 / 4.0, RON and iCalendar. An edge layer: files and formats,
//! no egui, no clock ("today" is a parameter).
//!
//! Importing is three steps, so that the window can preview: [`parse`] the bytes,
//! [`plan_import`] against the network, then apply [`ImportPlan::to_action`] as one undo
//! step. [`remove_import_action`] takes an import back later.

mod csv_column;
mod csv_reader;
mod csv_writer;
mod date_columns;
mod date_order;
mod dates;
mod decoding;
mod export;
mod export_error;
mod export_filter;
mod export_format;
mod field_conflict;
mod file_error;
mod file_io;
mod ics_writer;
mod import_format;
mod import_options;
mod import_plan;
mod import_warning;
mod imported_record;
mod kept_property;
mod merge;
mod normalise;
mod parse;
mod parsed_file;
mod plan_entry;
mod plan_error;
mod plan_outcome;
mod planning;
mod vcard_reader;
mod vcard_version;
mod vcard_writer;
mod vdir_round;

pub use csv_writer::{export_csv, neutralise_cell};
pub use date_order::DateOrder;
pub use dates::{parse_csv_date, parse_csv_date_as, parse_vcard_date};
pub use decoding::decode_bytes;
pub use export::export;
pub use export_error::ExportError;
pub use export_filter::ExportFilter;
pub use export_format::ExportFormat;
pub use field_conflict::FieldConflict;
pub use file_error::FileError;
pub use file_io::{file_name, read_import_file, write_export};
pub use ics_writer::export_ics;
pub use import_format::ImportFormat;
pub use import_options::ImportOptions;
pub use import_plan::ImportPlan;
pub use import_warning::ImportWarning;
pub use imported_record::ImportedRecord;
pub use normalise::{is_linkedin_profile, linkedin_key};
pub use parse::parse;
pub use parsed_file::ParsedFile;
pub use plan_entry::PlanEntry;
pub use plan_error::PlanError;
pub use plan_outcome::PlanOutcome;
pub use planning::{plan_import, remove_import_action};
pub use vcard_version::VCardVersion;
pub use vcard_writer::{MAX_LINE_OCTETS, export_vcard};
pub use vdir_round::{VDIR_STATE_FILE, VdirRound, finish_vdir_round, plan_vdir_round};

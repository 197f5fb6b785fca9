//! The command line of DESIGN §7.

mod add_args;
mod args;
mod capture_args;
mod capture_command;
mod data_dir;
mod export_args;
mod generate_args;
mod import_args;
mod log_args;
mod name_lookup;
mod profile_args;
mod reports;
mod run;
mod set_args;
mod show_report;
mod sync_command;
mod visible;

pub use add_args::AddArgs;
pub use args::{Args, Command};
pub use capture_args::CaptureArgs;
pub use data_dir::{default_device_name, resolve_cache_root, resolve_data_dir, resolve_device_dir};
pub use export_args::ExportArgs;
pub use generate_args::GenerateArgs;
pub use import_args::ImportArgs;
pub use log_args::LogArgs;
pub use name_lookup::{find_contact, find_contact_by};
pub use profile_args::ProfileArgs;
pub use run::run;
pub use set_args::SetArgs;
pub use sync_command::{merge_lines, note_waiting};
pub use visible::{visible, visible_lines};

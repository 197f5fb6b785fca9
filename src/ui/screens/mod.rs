//! The screens of the window, one per tab.

mod capture_panel;
mod circles;
mod contacts;
mod gifts_screen;
mod import_screen;
mod insights_screen;
mod library_draft;
mod memo;
mod reminder_draft;
mod review_screen;
mod screen;
mod screen_ctx;
mod settings_screen;
mod start_page;
mod trash_screen;

pub use capture_panel::{CapturePanel, remove_source_action};
pub use circles::*;
pub use contacts::*;
pub use gifts_screen::GiftsScreen;
pub use import_screen::ImportScreen;
pub use insights_screen::InsightsScreen;
pub use library_draft::LibraryDraft;
pub use memo::Memo;
pub use reminder_draft::ReminderDraft;
pub use review_screen::ReviewScreen;
pub use screen::Screen;
pub use screen_ctx::ScreenCtx;
pub use settings_screen::SettingsScreen;
pub use start_page::StartPage;
pub use trash_screen::TrashScreen;

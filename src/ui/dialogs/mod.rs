//! Windows over the screens: the outreach composer, export, the give-first prompt, and the
//! system file dialogs.

mod composer;
mod dialog_outcome;
mod export_dialog;
mod give_first_prompt;
mod meeting_brief_window;
mod promise_dialog;
mod prompt_choice;

pub use composer::Composer;
pub use dialog_outcome::DialogOutcome;
pub use export_dialog::ExportDialog;
pub use give_first_prompt::GiveFirstPrompt;
pub use meeting_brief_window::MeetingBriefWindow;
pub use promise_dialog::PromiseDialog;
pub use prompt_choice::PromptChoice;

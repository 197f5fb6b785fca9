//! Windows over the screens: the outreach composer, export, the give-first prompt, and the
//! system file dialogs.

mod composer;
mod dialog_outcome;
mod export_dialog;
mod give_first_prompt;
mod prompt_choice;

pub use composer::Composer;
pub use dialog_outcome::DialogOutcome;
pub use export_dialog::ExportDialog;
pub use give_first_prompt::GiveFirstPrompt;
pub use prompt_choice::PromptChoice;

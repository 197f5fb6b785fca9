//! Every user-visible command in one place (label, shortcut, scope, menu), the per-frame
//! request queue, and the command palette.

mod command_menu;
mod command_palette;
mod command_scope;
mod command_state;
mod palette_item;
mod ui_command;
mod ui_queue;
mod ui_request;

pub use command_menu::CommandMenu;
pub use command_palette::CommandPalette;
pub use command_scope::CommandScope;
pub use command_state::CommandState;
pub use palette_item::PaletteItem;
pub use ui_command::UiCommand;
pub use ui_queue::UiQueue;
pub use ui_request::UiRequest;

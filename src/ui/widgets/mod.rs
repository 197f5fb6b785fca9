//! Small shared widgets: labelled fields and the banner.

mod banner;
mod banner_message;
mod labelled_combo;
mod labelled_text;

pub use banner::Banner;
pub use banner_message::BannerMessage;
pub use labelled_combo::labelled_combo_ui;
pub use labelled_text::labelled_text_ui;

//! The Contacts screen: the table, search, filters, and the contact page.

mod ask_plan;
mod contact_draft;
mod contact_filter;
mod contact_page;
mod contact_row;
mod contact_table;
mod contacts_screen;
mod draft_field;
mod page_target;
mod quick_log;
mod row_text;
mod row_texts;
mod search_index;
mod selection;
mod table_sort;

pub use ask_plan::AskPlan;
pub use contact_draft::ContactDraft;
pub use contact_draft::parse_day;
pub use contact_filter::ContactFilter;
pub use contact_page::ContactPage;
pub use contact_page::trash_action;
pub use contact_row::ContactRow;
pub use contact_table::ContactTable;
pub use contacts_screen::ContactsScreen;
pub use draft_field::DraftField;
pub use page_target::PageTarget;
pub use quick_log::QuickLog;
pub use quick_log::touch_kind_label;
pub use row_text::RowText;
pub use row_texts::RowTexts;
pub use search_index::SearchIndex;
pub use selection::Selection;
pub use table_sort::{SortColumn, TableSort};

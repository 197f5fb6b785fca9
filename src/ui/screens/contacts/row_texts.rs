use std::collections::HashMap;

use chrono::NaiveDate;

use crate::domain::ContactId;
use crate::i18n::Language;
use crate::ui::{ContactRow, RowText};

/// The words of the table rows drawn so far, kept until the revision, the day or the
/// language changes. Rows are formatted when first drawn (only the visible few), not for
/// all 30,000 contacts after every change.
#[derive(Clone, Debug, Default)]
pub struct RowTexts {
    key: Option<(u64, NaiveDate, Language)>,
    texts: HashMap<ContactId, RowText>,
}

impl RowTexts {
    /// Forgets every kept row when `revision`, `today` or this thread's language differ
    /// from those of the kept ones; call once per frame before [`Self::get`].
    pub fn start_frame(&mut self, revision: u64, today: NaiveDate) {
        let key = Some((revision, today, crate::i18n::language()));
        if self.key != key {
            self.key = key;
            self.texts.clear();
        }
    }

    /// The words of `row`, formatted on first use.
    pub fn get(&mut self, row: &ContactRow, today: NaiveDate) -> &RowText {
        self.texts
            .entry(row.id)
            .or_insert_with(|| RowText::new(row, today))
    }
}

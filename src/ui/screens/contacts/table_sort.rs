use std::cmp::Ordering;

use crate::ui::ContactRow;

/// A column of the Contacts table, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum SortColumn {
    /// Name.
    Name,
    /// Circle, innermost first.
    Circle,
    /// Company.
    Company,
    /// Last touch.
    LastTouch,
    /// Next due date.
    NextDue,
    /// Gifts minus asks.
    Balance,
    /// Tags.
    Tags,
}

impl SortColumn {
    /// Columns in display order.
    pub const ALL: [Self; 7] = [
        Self::Name,
        Self::Circle,
        Self::Company,
        Self::LastTouch,
        Self::NextDue,
        Self::Balance,
        Self::Tags,
    ];

    /// Column header, in the window's language.
    pub fn label(self) -> String {
        match self {
            Self::Name => crate::i18n::tr!("field-name"),
            Self::Circle => crate::i18n::tr!("field-circle"),
            Self::Company => crate::i18n::tr!("field-company"),
            Self::LastTouch => crate::i18n::tr!("column-last-touch"),
            Self::NextDue => crate::i18n::tr!("column-next-due"),
            Self::Balance => crate::i18n::tr!("column-balance"),
            Self::Tags => crate::i18n::tr!("field-tags"),
        }
    }

    /// Orders two rows by this column; ties fall back to the name, then the id, so the
    /// order is stable between frames.
    pub fn compare(self, a: &ContactRow, b: &ContactRow) -> Ordering {
        let primary = match self {
            Self::Name => Ordering::Equal,
            Self::Circle => a.circle.cmp(&b.circle),
            Self::Company => a.company.to_lowercase().cmp(&b.company.to_lowercase()),
            // Never touched / never due sort after every date.
            Self::LastTouch => option_last(a.last_touch, b.last_touch),
            Self::NextDue => option_last(a.next_due, b.next_due),
            Self::Balance => a.balance.cmp(&b.balance),
            Self::Tags => a.tags_text.cmp(&b.tags_text),
        };
        primary
            .then_with(|| a.sort_name.cmp(&b.sort_name))
            .then(a.id.cmp(&b.id))
    }
}

fn option_last<T: Ord>(a: Option<T>, b: Option<T>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// The column the table is sorted by and which way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TableSort {
    /// The column.
    pub column: SortColumn,
    /// Smallest first.
    pub ascending: bool,
}

impl Default for TableSort {
    fn default() -> Self {
        Self {
            column: SortColumn::Name,
            ascending: true,
        }
    }
}

impl TableSort {
    /// Clicking a header: the same column flips direction, another one sorts ascending.
    #[must_use]
    pub fn clicked(self, column: SortColumn) -> Self {
        Self {
            column,
            ascending: if self.column == column {
                !self.ascending
            } else {
                true
            },
        }
    }

    /// Orders two rows.
    pub fn compare(self, a: &ContactRow, b: &ContactRow) -> Ordering {
        let order = self.column.compare(a, b);
        if self.ascending {
            order
        } else {
            order.reverse()
        }
    }
}

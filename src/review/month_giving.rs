use chrono::NaiveDate;

/// Gifts given and asks made in one calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthGiving {
    /// The first day of the month.
    pub month: NaiveDate,
    /// Gifts given.
    pub gifts: u32,
    /// Asks made (planned ones are not made yet).
    pub asks: u32,
    /// Of those asks, the ones made before they were ready.
    pub premature: u32,
}

/// Which of the two leading numbers of a numeric date (`05/11/1979`) is the month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateOrder {
    /// `MM/DD/YYYY`, as in the United States and in English software defaults.
    #[default]
    MonthFirst,
    /// `DD/MM/YYYY`, as in most of Europe.
    DayFirst,
}

use chrono::NaiveDate;

use crate::i18n::Language;

/// A value computed from the network, kept until the network's revision, the day or the
/// language changes: the one cache type of the screens (formatted labels are kept here, so
/// no message is looked up per table row per frame).
#[derive(Clone, Debug)]
pub struct Memo<T> {
    key: Option<(u64, NaiveDate, Language)>,
    value: Option<T>,
}

impl<T> Default for Memo<T> {
    fn default() -> Self {
        Self {
            key: None,
            value: None,
        }
    }
}

impl<T> Memo<T> {
    /// The value for `revision` on `today` in this thread's language, computed by `make` when the kept one is for
    /// another revision or day (or there is none).
    pub fn get(&mut self, revision: u64, today: NaiveDate, make: impl FnOnce() -> T) -> &T {
        let key = Some((revision, today, crate::i18n::language()));
        if self.key != key || self.value.is_none() {
            self.key = key;
            self.value = None;
        }
        self.value.get_or_insert_with(make)
    }

    /// The kept value, whichever revision it is for.
    pub fn peek(&self) -> Option<&T> {
        self.value.as_ref()
    }

    /// Whether the kept value is for `revision` on `today`.
    pub fn is_current(&self, revision: u64, today: NaiveDate) -> bool {
        self.value.is_some() && self.key == Some((revision, today, crate::i18n::language()))
    }

    /// Drops the kept value.
    pub fn forget(&mut self) {
        self.key = None;
        self.value = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computes_once_per_revision_and_day() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 16).unwrap_or_default();
        let mut memo = Memo::default();
        let mut runs = 0;
        for _ in 0..3 {
            memo.get(1, day, || {
                runs += 1;
                runs
            });
        }
        assert_eq!(runs, 1);
        assert_eq!(*memo.get(2, day, || 10), 10);
        assert_eq!(*memo.get(2, day.succ_opt().unwrap_or(day), || 20), 20);
        assert!(memo.is_current(2, day.succ_opt().unwrap_or(day)));
    }
}

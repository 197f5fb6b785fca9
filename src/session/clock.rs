use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use chrono::{Local, NaiveDate, NaiveDateTime};

/// The one clock of both front ends: the wall time (dates saves, backups and "today") and
/// a monotonic time (save delays, retries). The core never reads it; the session's users
/// hand what it says to the core as parameters.
///
/// A *manual* clock stands still until told to move, so tests can show a window a new day
/// or make a pending save due without waiting.
#[derive(Clone, Debug)]
pub struct Clock {
    source: Arc<Source>,
}

#[derive(Debug)]
enum Source {
    System {
        started: Instant,
        /// `--today`: the date the user asked to see instead of the calendar's.
        today: Option<NaiveDate>,
    },
    Manual(Mutex<ManualTime>),
}

#[derive(Clone, Copy, Debug)]
struct ManualTime {
    now: NaiveDateTime,
    elapsed: Duration,
}

impl Clock {
    /// The computer's clock, in the local time zone.
    pub fn system() -> Self {
        Self {
            source: Arc::new(Source::System {
                started: Instant::now(),
                today: None,
            }),
        }
    }

    /// The computer's clock, but "today" is `today` (the command line's `--today`).
    pub fn system_on(today: NaiveDate) -> Self {
        Self {
            source: Arc::new(Source::System {
                started: Instant::now(),
                today: Some(today),
            }),
        }
    }

    /// A clock that shows `now` until [`Self::advance`] or [`Self::set`] moves it.
    pub fn manual(now: NaiveDateTime) -> Self {
        Self {
            source: Arc::new(Source::Manual(Mutex::new(ManualTime {
                now,
                elapsed: Duration::ZERO,
            }))),
        }
    }

    /// The local date and time.
    pub fn now(&self) -> NaiveDateTime {
        match &*self.source {
            Source::System { .. } => Local::now().naive_local(),
            Source::Manual(time) => lock(time).now,
        }
    }

    /// Today's date.
    pub fn today(&self) -> NaiveDate {
        match &*self.source {
            Source::System {
                today: Some(today), ..
            } => *today,
            _ => self.now().date(),
        }
    }

    /// Time since the clock was made, never going backwards (unlike the wall time, which
    /// the system may set back).
    pub fn monotonic(&self) -> Duration {
        match &*self.source {
            Source::System { started, .. } => started.elapsed(),
            Source::Manual(time) => lock(time).elapsed,
        }
    }

    /// Moves a manual clock on by `by` (both its wall and its monotonic time); a system
    /// clock moves by itself and ignores this.
    pub fn advance(&self, by: Duration) {
        if let Source::Manual(time) = &*self.source {
            let mut time = lock(time);
            time.elapsed += by;
            time.now += chrono::Duration::from_std(by).unwrap_or(chrono::Duration::zero());
        }
    }

    /// Sets a manual clock's wall time to `now` (its monotonic time moves on by the
    /// difference, or stays when `now` is earlier); a system clock ignores this.
    pub fn set(&self, now: NaiveDateTime) {
        if let Source::Manual(time) = &*self.source {
            let mut time = lock(time);
            if let Ok(forward) = (now - time.now).to_std() {
                time.elapsed += forward;
            }
            time.now = now;
        }
    }
}

/// A poisoned lock only means another thread panicked while holding a copyable time: the
/// value is still whole.
fn lock(time: &Mutex<ManualTime>) -> std::sync::MutexGuard<'_, ManualTime> {
    time.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_told() {
        let start = NaiveDate::from_ymd_opt(2026, 3, 16)
            .and_then(|d| d.and_hms_opt(23, 59, 0))
            .unwrap_or_default();
        let clock = Clock::manual(start);
        assert_eq!(clock.now(), start);
        assert_eq!(clock.monotonic(), Duration::ZERO);
        clock.advance(Duration::from_mins(2));
        assert_eq!(
            clock.today(),
            NaiveDate::from_ymd_opt(2026, 3, 17).unwrap_or_default()
        );
        assert_eq!(clock.monotonic(), Duration::from_mins(2));
        // Setting the wall clock back never moves monotonic time backwards.
        clock.set(start);
        assert_eq!(clock.monotonic(), Duration::from_mins(2));
    }

    #[test]
    fn the_command_line_can_choose_today() {
        let day = NaiveDate::from_ymd_opt(2020, 1, 2).unwrap_or_default();
        assert_eq!(Clock::system_on(day).today(), day);
    }
}

use serde::{Deserialize, Serialize};

/// A hybrid logical clock reading (DESIGN §10): the wall time in milliseconds, a counter
/// that orders changes within one millisecond (or while the wall clock stands behind a
/// stamp already seen), and the device that made the change. Stamps are totally ordered
/// (wall time, then counter, then device), so two devices always agree which of two
/// changes is the later one, whatever their clocks say.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Stamp(pub u64, pub u32, pub u64);

impl Stamp {
    /// The stamp of everything written before stamps existed: older than any change.
    pub const ZERO: Self = Self(0, 0, 0);

    /// Wall time of the change, in milliseconds since the Unix epoch.
    pub const fn wall_ms(self) -> u64 {
        self.0
    }

    /// The device that made the change.
    pub const fn device(self) -> u64 {
        self.2
    }

    /// The next stamp of `device` at wall time `now_ms`, later than `self` (the latest
    /// stamp seen) even when the wall clock went backwards or stands still.
    #[must_use]
    pub fn tick(self, now_ms: u64, device: u64) -> Self {
        if now_ms > self.0 {
            Self(now_ms, 0, device)
        } else {
            Self(self.0, self.1.saturating_add(1), device)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_move_forward_even_when_the_wall_clock_goes_back() {
        let first = Stamp::ZERO.tick(1_000, 7);
        let second = first.tick(900, 7);
        assert!(second > first);
        assert_eq!(second, Stamp(1_000, 1, 7));
        assert_eq!(second.tick(2_000, 8), Stamp(2_000, 0, 8));
    }
}

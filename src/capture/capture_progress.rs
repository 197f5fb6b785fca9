use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// How far a capture read has come, shared between the thread that reads and the window
/// that draws its progress bar, and the way to cancel it.
#[derive(Debug, Default)]
pub struct CaptureProgress {
    done: AtomicU64,
    total: AtomicU64,
    cancelled: AtomicBool,
    reading: AtomicBool,
}

impl CaptureProgress {
    /// A fresh read of `total` bytes.
    pub fn start(&self, total: u64) {
        self.done.store(0, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
        self.cancelled.store(false, Ordering::Relaxed);
        self.reading.store(true, Ordering::Relaxed);
    }

    /// The read has ended (read whole, failed or cancelled).
    pub fn finish(&self) {
        self.reading.store(false, Ordering::Relaxed);
    }

    /// Whether a read is under way.
    pub fn is_reading(&self) -> bool {
        self.reading.load(Ordering::Relaxed)
    }

    /// Records `done` bytes read; answers whether to go on (false once cancelled).
    pub fn advance(&self, done: u64) -> bool {
        self.done.store(done, Ordering::Relaxed);
        !self.cancelled.load(Ordering::Relaxed)
    }

    /// Asks the read to stop.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    /// Bytes read and bytes in all.
    pub fn bytes(&self) -> (u64, u64) {
        (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }

    /// The share done, 0 to 1.
    #[allow(clippy::cast_precision_loss)] // a progress bar needs no more than f32
    pub fn fraction(&self) -> f32 {
        let (done, total) = self.bytes();
        if total == 0 {
            0.0
        } else {
            (done as f32 / total as f32).min(1.0)
        }
    }
}

/// Two progress records are equal only when they are the same record (it is shared state,
/// not a value).
impl PartialEq for CaptureProgress {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

use std::sync::mpsc::{Receiver, TryRecvError, channel};

use chrono::NaiveDate;

use crate::domain::Network;
use crate::review::review_queue;

/// Counts the weekly review's lines for the Review tab off the UI thread: at 30,000
/// contacts the queue takes ~13 ms, which every change made on another screen would
/// otherwise add to its next frame. The network is persistent, so handing a copy to the
/// thread costs nothing.
#[derive(Debug, Default)]
pub struct ReviewCounter {
    /// The last count and the (revision, day) it is for.
    counted: Option<(u64, NaiveDate, usize)>,
    /// A count being worked out, for this (revision, day).
    running: Option<(u64, NaiveDate, Receiver<usize>)>,
    /// The last thread, which still asks for a frame after handing over its count.
    thread: Option<std::thread::JoinHandle<()>>,
}

impl ReviewCounter {
    /// The latest count, if any (it may be a revision behind while a new one runs).
    pub fn count(&self) -> Option<usize> {
        self.counted.map(|(_, _, count)| count)
    }

    /// Whether a count is being worked out.
    pub fn is_running(&self) -> bool {
        self.running.is_some() || self.thread.as_ref().is_some_and(|t| !t.is_finished())
    }

    /// Collects a finished count and starts one for `revision` on `today` when the last
    /// one is for something else. `wake` asks for a frame once the count is in.
    pub fn tick(
        &mut self,
        network: &Network,
        revision: u64,
        today: NaiveDate,
        wake: &egui::Context,
    ) {
        if let Some((rev, day, receiver)) = &self.running {
            match receiver.try_recv() {
                Ok(count) => {
                    self.counted = Some((*rev, *day, count));
                    self.running = None;
                }
                Err(TryRecvError::Empty) => return,
                Err(TryRecvError::Disconnected) => self.running = None,
            }
        }
        let current = self
            .counted
            .is_some_and(|(rev, day, _)| rev == revision && day == today);
        if current {
            return;
        }
        let (sender, receiver) = channel();
        let snapshot = network.clone();
        let ctx = wake.clone();
        self.thread = Some(std::thread::spawn(move || {
            // The window may be gone; then nobody needs the count.
            let _ = sender.send(review_queue(&snapshot, today).len());
            ctx.request_repaint();
        }));
        self.running = Some((revision, today, receiver));
    }
}

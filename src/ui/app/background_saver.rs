use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Duration;

use chrono::NaiveDateTime;

use crate::session::{Clock, SaveReport, SaveResult, Session, SessionError};

/// Saves a moment after the last change, on another thread, so typing never waits for the
/// disk. A failed save keeps the changes in memory and is retried. Delays are measured on
/// the clock's monotonic time, so they run out while the window is hidden too (the shell
/// ticks it from `App::logic`).
pub struct BackgroundSaver {
    clock: Clock,
    /// The revision the delay was last restarted for.
    seen_revision: u64,
    /// When (monotonic seconds) the last change was seen.
    changed_at: f64,
    /// Set after a failure: do not try again before this time.
    retry_at: Option<f64>,
    running: Option<Receiver<SaveResult>>,
    /// The last save thread, which still asks for a frame after handing over its result.
    thread: Option<std::thread::JoinHandle<()>>,
}

/// What a tick of the saver has to tell the user.
pub type SaveOutcome = Result<SaveReport, SessionError>;

impl BackgroundSaver {
    /// Wait this long after the last change before saving, so a burst of edits is one write.
    pub const DELAY: f64 = 1.5;
    /// Wait this long before trying a failed save again.
    pub const RETRY: f64 = 5.0;

    /// A saver for a session whose current revision is `revision`.
    pub fn new(clock: Clock, revision: u64) -> Self {
        Self {
            clock,
            seen_revision: revision,
            changed_at: 0.0,
            retry_at: None,
            running: None,
            thread: None,
        }
    }

    /// The time by the save clock (restores are dated with it too).
    pub fn now(&self) -> NaiveDateTime {
        self.clock.now()
    }

    /// Whether a save is being written right now.
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// Whether the save thread has not ended yet (it may still be waking the window).
    pub fn is_busy(&self) -> bool {
        self.running.is_some() || self.thread.as_ref().is_some_and(|t| !t.is_finished())
    }

    /// Called from every `logic` pass: collects a finished save, starts a due one, and
    /// asks for a wake-up only while something is pending, so an idle window does nothing.
    pub fn tick(&mut self, session: &mut Session, ctx: &egui::Context) -> Option<SaveOutcome> {
        let time = self.clock.monotonic().as_secs_f64();
        if session.revision() != self.seen_revision {
            self.seen_revision = session.revision();
            self.changed_at = time;
        }
        if let Some(receiver) = &self.running {
            return match receiver.try_recv() {
                Ok(result) => {
                    self.running = None;
                    let outcome = session.finish_save(result);
                    self.after_save(&outcome, ctx, time);
                    Some(outcome)
                }
                // The thread calls `request_repaint` when it is done.
                Err(TryRecvError::Empty) => None,
                Err(TryRecvError::Disconnected) => {
                    self.running = None;
                    None
                }
            };
        }
        if !session.wants_save() {
            return None;
        }
        let due = (self.changed_at + Self::DELAY).max(self.retry_at.unwrap_or(0.0));
        if time < due {
            ctx.request_repaint_after(Duration::from_secs_f64(due - time));
            return None;
        }
        if let Some(job) = session.begin_save(self.clock.now()) {
            let (sender, receiver) = channel();
            let clock = self.clock.clone();
            let waker = ctx.clone();
            self.thread = Some(std::thread::spawn(move || {
                let result = job.run(clock.now());
                // The window may be gone by now; then nobody needs the result.
                let _ = sender.send(result);
                waker.request_repaint();
            }));
            self.running = Some(receiver);
        }
        None
    }

    fn after_save(&mut self, outcome: &SaveOutcome, ctx: &egui::Context, time: f64) {
        // Waiting: the data file on disk does not open (yet); try again later, without
        // writing anything meanwhile.
        if matches!(outcome, Err(_) | Ok(SaveReport::Waiting)) {
            self.retry_at = Some(time + Self::RETRY);
            ctx.request_repaint_after(Duration::from_secs_f64(Self::RETRY));
        } else {
            self.retry_at = None;
        }
    }

    /// Saves at the next tick instead of after the delay ("Save now").
    pub fn hurry(&mut self) {
        self.changed_at = f64::MIN;
        self.retry_at = None;
    }

    /// Saves whatever is unsaved before the window closes, on this thread: waits for a
    /// running save first.
    pub fn flush(&mut self, session: &mut Session) -> Option<SaveOutcome> {
        let mut last = None;
        if let Some(receiver) = self.running.take()
            && let Ok(result) = receiver.recv()
        {
            last = Some(session.finish_save(result));
        }
        if let Some(job) = session.begin_save(self.clock.now()) {
            last = Some(session.finish_save(job.run(self.clock.now())));
        }
        last
    }
}

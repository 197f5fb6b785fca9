use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

/// Notices when a file changes on disk (another device writing into a synced folder)
/// without anyone polling from the UI: a thread looks at the file's size and modification
/// time every `interval` and calls `on_change` only when they differ, so an idle window
/// is woken only when there is something to do. The file as we wrote it ourselves is
/// acknowledged (`acknowledge`), so our own saves never count as a change.
pub struct FileWatcher {
    changed: Arc<AtomicBool>,
    known: Arc<Mutex<Option<Look>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl FileWatcher {
    /// Watches `path`; `on_change` runs on the watcher's thread (e.g. to request a repaint).
    pub fn spawn(path: PathBuf, interval: Duration, on_change: impl Fn() + Send + 'static) -> Self {
        let changed = Arc::new(AtomicBool::new(false));
        let stop = Arc::new(AtomicBool::new(false));
        let known: Arc<Mutex<Option<Look>>> = Arc::new(Mutex::new(None));
        let (flag, halt, ours) = (Arc::clone(&changed), Arc::clone(&stop), Arc::clone(&known));
        let thread = std::thread::Builder::new()
            .name("dunbar-file-watcher".to_owned())
            .spawn(move || {
                let look = || {
                    std::fs::metadata(&path)
                        .ok()
                        .map(|m| (m.len(), m.modified().ok().unwrap_or(SystemTime::UNIX_EPOCH)))
                };
                let mut last = look();
                while !halt.load(Ordering::Relaxed) {
                    std::thread::sleep(interval);
                    let now = look();
                    if now != last {
                        last = now;
                        let known = *ours.lock().unwrap_or_else(PoisonError::into_inner);
                        if now.is_some() && now == known {
                            continue; // our own save
                        }
                        flag.store(true, Ordering::Release);
                        on_change();
                    }
                }
            })
            .ok();
        Self {
            changed,
            known,
            stop,
            thread,
        }
    }

    /// Tells the watcher what the file looks like after our own save (size and
    /// modification time), so that it is not reported as someone else's change.
    pub fn acknowledge(&self, len: u64, modified: Option<SystemTime>) {
        let look = (len, modified.unwrap_or(SystemTime::UNIX_EPOCH));
        *self.known.lock().unwrap_or_else(PoisonError::into_inner) = Some(look);
    }

    /// Whether the file changed since the last call (and forgets it).
    pub fn take_change(&self) -> bool {
        self.changed.swap(false, Ordering::Acquire)
    }
}

/// A file's size and modification time.
type Look = (u64, SystemTime);

impl Drop for FileWatcher {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        // Not joined: the thread wakes within one interval and ends on its own.
        drop(self.thread.take());
    }
}

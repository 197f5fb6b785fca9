use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::ui::FileJobResult;

/// One piece of slow work (a file dialog, reading an import, writing an export) on its own
/// thread, so the window keeps drawing. It asks for a repaint when it is done, so an idle
/// window still draws nothing while waiting.
pub struct FileJob {
    what: String,
    receiver: Receiver<FileJobResult>,
    /// The thread, which still asks for a frame after handing over its result.
    thread: std::thread::JoinHandle<()>,
}

impl FileJob {
    /// Starts `work` on a new thread; `what` says what is happening ("Reading people.csv…").
    pub fn start(
        ctx: &egui::Context,
        what: impl Into<String>,
        work: impl FnOnce() -> FileJobResult + Send + 'static,
    ) -> Self {
        let (sender, receiver) = channel();
        let ctx = ctx.clone();
        // The job's messages (an import's warnings) are in the window's language.
        let language = crate::i18n::language();
        let thread = std::thread::spawn(move || {
            crate::i18n::use_language(language);
            // The window may be gone; then nobody needs the answer.
            let _ = sender.send(work());
            ctx.request_repaint();
        });
        Self {
            what: what.into(),
            receiver,
            thread,
        }
    }

    /// What the job is doing, for the spinner.
    pub fn what(&self) -> &str {
        &self.what
    }

    /// The thread, kept by the shell until it has ended (its last act is a wake-up).
    pub fn into_thread(self) -> std::thread::JoinHandle<()> {
        self.thread
    }

    /// The result once the job is done; `None` while it runs.
    pub fn poll(&self) -> Option<FileJobResult> {
        match self.receiver.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(FileJobResult::Lost),
        }
    }
}

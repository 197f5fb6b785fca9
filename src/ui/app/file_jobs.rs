//! Slow file work off the UI thread: the file dialogs, reading an import, writing an
//! export, and files dropped on the window.

use crate::i18n::tr;
use std::path::PathBuf;

use crate::interchange::{self, ExportFilter, ExportFormat, FileError};
use crate::ui::{DialogOutcome, FileJob, FileJobResult, Screen};

use super::DunbarApp;

impl DunbarApp {
    /// Starts a background job unless one is running (the buttons that start one are
    /// disabled meanwhile, so this only refuses a second dropped file).
    pub(super) fn start_job(
        &mut self,
        ctx: &egui::Context,
        what: impl Into<String>,
        work: impl FnOnce() -> FileJobResult + Send + 'static,
    ) {
        if let Some(job) = &self.job {
            self.banner
                .error(tr!("job-still-busy", what = job.what()), tr!("job-wait"));
            return;
        }
        self.job = Some(FileJob::start(ctx, what, work));
    }
    /// Reads and parses the file at `path` in the background, then previews it.
    pub(super) fn read_import_file(&mut self, ctx: &egui::Context, path: PathBuf) {
        self.view.screen = Screen::Import;
        let what = tr!("job-reading", name = path.display().to_string());
        self.start_job(ctx, what, move || {
            FileJobResult::Parsed(interchange::read_import_file(&path))
        });
    }
    /// Reads a mail file or folder for capture in the background; `progress` shows how far
    /// it has come and can cancel it.
    pub(super) fn read_mail(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        progress: std::sync::Arc<crate::capture::CaptureProgress>,
    ) {
        self.view.screen = Screen::Import;
        progress.start(crate::capture::source_size(&path));
        let what = tr!("capture-reading-job", path = path.display().to_string());
        let repaint = ctx.clone();
        // A snapshot (cheap: the maps are shared) tells the reader where a grown mailbox
        // was read up to.
        let network = self.session.network().clone();
        self.start_job(ctx, what, move || {
            let read = crate::capture::read_capture_input(&path, &network, |done| {
                // The progress bar moves while the window is otherwise idle.
                repaint.request_repaint();
                progress.advance(done)
            });
            progress.finish();
            FileJobResult::CaptureRead(read)
        });
    }

    /// Takes the first dropped file to the Import screen: read from its path, or through
    /// the integration's handle when it has no path.
    pub(super) fn take_dropped_file(&mut self, ctx: &egui::Context) {
        let Some(file) = ctx.input(|i| i.raw.dropped_files.first().cloned()) else {
            return;
        };
        let path = file.path().to_path_buf();
        if path.is_absolute() {
            self.read_import_file(ctx, path);
            return;
        }
        self.view.screen = Screen::Import;
        let name = interchange::file_name(&path);
        self.start_job(ctx, tr!("job-reading", name = name.as_str()), move || {
            FileJobResult::Parsed(
                file.bytes()
                    .map(|bytes| interchange::parse(&bytes, &name))
                    .map_err(|message| FileError::Read {
                        path,
                        source: std::io::Error::other(message),
                    }),
            )
        });
    }
    /// Makes the export text and writes it to `path` in the background.
    pub(super) fn write_export(
        &mut self,
        ctx: &egui::Context,
        format: ExportFormat,
        filter: &ExportFilter,
        path: PathBuf,
    ) {
        // Never over the network itself, a backup or the lock (the command line refuses
        // the same).
        if self.session.folder().owns(&path) {
            self.banner.error(
                tr!("export-into-data", path = path.display().to_string()),
                tr!("export-into-data-advice"),
            );
            return;
        }
        let network = self.session.network();
        let text = match interchange::export(network, format, filter, self.today) {
            Ok(text) => text,
            Err(error) => {
                self.report_file_error(&FileError::Export(error));
                return;
            }
        };
        let what = if format == ExportFormat::Ron {
            tr!("cli-whole-network")
        } else {
            tr!("cli-n-contacts", count = filter.select(network).len())
        };
        let doing = tr!("job-writing", name = path.display().to_string());
        self.start_job(ctx, doing, move || {
            let result = interchange::write_export(&path, &text);
            FileJobResult::Written { path, what, result }
        });
    }
    /// Collects a finished background job.
    pub(super) fn finish_job(&mut self, ctx: &egui::Context) {
        let Some(result) = self.job.as_ref().and_then(FileJob::poll) else {
            return;
        };
        if let Some(job) = self.job.take() {
            self.lingering = Some(job.into_thread());
        }
        ctx.request_repaint();
        match result {
            FileJobResult::Parsed(Ok(parsed)) => {
                self.view.screen = Screen::Import;
                self.import.load(parsed);
            }
            FileJobResult::Parsed(Err(error)) => self.report_file_error(&error),
            FileJobResult::CaptureRead(Ok(source)) => {
                self.view.screen = Screen::Import;
                self.import.capture.load(source);
            }
            FileJobResult::CaptureRead(Err(crate::capture::CaptureError::Cancelled)) => {
                self.import.capture.clear();
                self.banner.notice(tr!("capture-error-cancelled"));
            }
            FileJobResult::CaptureRead(Err(error)) => {
                self.import.capture.clear();
                self.banner
                    .error(error.to_string(), tr!("capture-error-hint"));
            }
            FileJobResult::ImportChosen(DialogOutcome::Chosen(path)) => {
                self.read_import_file(ctx, path);
            }
            FileJobResult::ImportChosen(DialogOutcome::Unavailable) => self
                .banner
                .error(tr!("job-no-chooser"), tr!("job-no-chooser-advice")),
            FileJobResult::ExportChosen(DialogOutcome::Chosen(path)) => {
                self.export.set_path(&path);
                if let Some((format, filter)) = self.pending_export.take() {
                    self.write_export(ctx, format, &filter, path);
                }
            }
            FileJobResult::ExportChosen(DialogOutcome::Unavailable) => self
                .banner
                .error(tr!("job-no-save-dialog"), tr!("job-no-save-dialog-advice")),
            FileJobResult::ImportChosen(DialogOutcome::Cancelled)
            | FileJobResult::ExportChosen(DialogOutcome::Cancelled) => {
                self.pending_export = None;
            }
            FileJobResult::Written { path, what, result } => match result {
                Ok(()) => {
                    self.export.close();
                    self.banner.notice(tr!(
                        "job-exported",
                        what = what,
                        path = path.display().to_string()
                    ));
                }
                Err(error) => self.report_file_error(&error),
            },
            FileJobResult::Lost => self.banner.error(tr!("job-lost"), tr!("job-lost-advice")),
        }
    }

    /// Starts `dunbar --demo`: the demo in a window and a temporary folder of its own.
    pub(super) fn open_demo(&mut self) {
        let started = std::env::current_exe()
            .and_then(|exe| std::process::Command::new(exe).arg("--demo").spawn());
        match started {
            Ok(_) => self.banner.notice(tr!("demo-opens")),
            Err(error) => self.banner.error(
                tr!("demo-failed", error = error.to_string()),
                tr!("demo-failed-advice"),
            ),
        }
    }
}

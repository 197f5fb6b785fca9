//! What runs whether or not the window is drawn: eframe calls `App::logic` before every
//! frame and also while the window is hidden or minimised, so saving, reloading another
//! device's change, finishing file jobs, dropped files and the day rolling over live here.

use crate::i18n::tr;
use std::time::Duration;

use crate::storage::FileWatcher;

use super::DunbarApp;

impl DunbarApp {
    /// One pass of the window's logic. Never draws.
    pub fn logic_pass(&mut self, ctx: &egui::Context) {
        self.roll_day(ctx);
        self.take_dropped_file(ctx);
        self.finish_job(ctx);
        self.check_disk(ctx);
        self.check_mirror(ctx);
        if let Some(outcome) = self.saver.tick(&mut self.session, ctx) {
            self.report_save(outcome);
        }
        self.report_news();
        self.banner.expire(self.clock.monotonic().as_secs_f64());
        if self.view.screen != crate::ui::Screen::Review {
            self.review_count.tick(
                self.session.network(),
                self.session.revision(),
                self.today,
                ctx,
            );
        }
        self.update_title(ctx);
    }

    /// "Today" comes from the clock on every pass, so a window left open overnight shows
    /// the new day's due list; it also wakes itself at midnight to show it.
    fn roll_day(&mut self, ctx: &egui::Context) {
        let today = self.clock.today();
        if today != self.today {
            self.today = today;
            self.page.set_today(today);
            ctx.request_repaint();
        }
        let now = self.clock.now();
        if let Some(midnight) = today.succ_opt().map(|d| d.and_time(chrono::NaiveTime::MIN))
            && let Ok(until) = (midnight - now).to_std()
        {
            // A second late, so the clock surely shows the new day.
            ctx.request_repaint_after(until + Duration::from_secs(1));
        }
    }

    /// Another device changed the data file, or a sync tool left a conflict file: save
    /// now, which merges it in off the UI thread (DESIGN §10); the banner says what came.
    fn check_disk(&mut self, ctx: &egui::Context) {
        let Some(interval) = self.watch_interval else {
            return;
        };
        let watcher = self.watcher.get_or_insert_with(|| {
            let ctx = ctx.clone();
            let path = self.session.folder().network_path();
            FileWatcher::spawn(path, interval, move || ctx.request_repaint())
        });
        // Our own saves are not someone else's change.
        if let Some(stamp) = self.session.disk_stamp() {
            watcher.acknowledge(stamp.len, stamp.modified);
        }
        if !watcher.take_change() {
            return;
        }
        if self.session.check_outside() {
            self.saver.hurry();
            ctx.request_repaint();
        }
    }

    /// The mirrored contacts folder changed (a phone's card came in through vdirsyncer, or
    /// one was deleted): run a round now. Our own rounds are acknowledged, so they do not
    /// count as a change.
    fn check_mirror(&mut self, ctx: &egui::Context) {
        let Some(interval) = self.watch_interval else {
            return;
        };
        let Some(folder) = self.view.mirror_folder.as_ref() else {
            self.mirror_watcher = None;
            return;
        };
        // A watcher per folder chosen; the folder is compared, not cloned, on each pass.
        if self
            .mirror_watcher
            .as_ref()
            .is_none_or(|(watched, _)| watched != folder)
        {
            let folder = folder.clone();
            let wake = ctx.clone();
            let watcher =
                FileWatcher::spawn(folder.clone(), interval, move || wake.request_repaint());
            self.mirror_watcher = Some((folder, watcher));
            self.acknowledge_mirror();
        }
        let changed = self
            .mirror_watcher
            .as_ref()
            .is_some_and(|(_, watcher)| watcher.take_change());
        if changed {
            self.mirror_round();
        }
    }

    /// Tells the mirror's watcher how the folder looks after our own round.
    pub(super) fn acknowledge_mirror(&self) {
        if let Some((folder, watcher)) = &self.mirror_watcher
            && let Ok(meta) = std::fs::metadata(folder)
        {
            watcher.acknowledge(meta.len(), meta.modified().ok());
        }
    }

    /// The window title: the data file's name (or "Demo"), a dot while unsaved.
    pub fn window_title(&self) -> String {
        let file = if self.demo {
            tr!("title-demo")
        } else {
            self.session
                .folder()
                .network_path()
                .file_name()
                .map_or_else(
                    || "network.ron".to_owned(),
                    |n| n.to_string_lossy().into_owned(),
                )
        };
        let dot = if self.session.has_unsaved_changes() {
            " \u{2022}"
        } else {
            ""
        };
        format!("{file}{dot} \u{2014} Dunbar")
    }

    pub(super) fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

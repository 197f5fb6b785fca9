//! Settings › Reminders in the shell: reads this device's reminder settings and the
//! schedule's status when Settings opens, saves edits, and turns the daily schedule on and
//! off (the `remind` edge does the work; DESIGN §14).

use crate::tr;
use crate::ui::ReminderDraft;

use super::DunbarApp;

impl DunbarApp {
    /// Reads the reminder settings and status into Settings (once each time it opens).
    pub(super) fn read_reminders(&mut self) {
        let Some((folder, schedule)) = &self.reminders else {
            return;
        };
        let settings = match folder.settings() {
            Ok(settings) => settings,
            Err(error) => {
                self.banner
                    .error(tr!("remind-bad-settings", error = error), String::new());
                crate::remind::RemindSettings::default()
            }
        };
        // Asked once: on Linux it may run `systemctl --user is-active`.
        let status = schedule.status();
        let text = crate::remind::status_text(&status, folder, &settings);
        self.settings
            .set_reminders(ReminderDraft::new(settings, text, status.installed));
    }

    /// Saves edited reminder settings; an installed schedule moves to the new time.
    pub(super) fn save_reminders(&mut self, settings: &crate::remind::RemindSettings) {
        let Some((folder, schedule)) = &self.reminders else {
            return;
        };
        let saved = folder.save_settings(settings).and_then(|()| {
            if schedule.status().installed {
                self.install_schedule(settings.time)
            } else {
                Ok(())
            }
        });
        if let Err(error) = saved {
            self.banner
                .error(tr!("report-reminders-failed", error = error), String::new());
        }
        self.settings.forget_reminders();
    }

    /// Turns the daily schedule on (at the saved time) or off.
    pub(super) fn schedule_reminders(&mut self, on: bool) {
        let Some((folder, schedule)) = &self.reminders else {
            return;
        };
        let result = if on {
            folder
                .settings()
                .and_then(|settings| self.install_schedule(settings.time).map(|()| settings))
                .map(|settings| {
                    tr!(
                        "report-reminders-on",
                        time = settings.time.format("%H:%M").to_string()
                    )
                })
        } else {
            schedule.uninstall().map(|_| tr!("report-reminders-off"))
        };
        match result {
            Ok(said) => self.banner.notice(said),
            Err(error) => self
                .banner
                .error(tr!("report-reminders-failed", error = error), String::new()),
        }
        self.settings.forget_reminders();
    }

    /// Installs the schedule running this program for this data folder at `time`.
    fn install_schedule(&self, time: chrono::NaiveTime) -> Result<(), String> {
        let Some((_, schedule)) = &self.reminders else {
            return Ok(());
        };
        let program = std::env::current_exe().map_err(|e| e.to_string())?;
        schedule
            .install(&program, Some(self.session.folder().dir()), time)
            .map(|_| ())
    }
}

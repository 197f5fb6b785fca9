use std::collections::BTreeMap;

use crate::actions::Action;
use crate::domain::{Circle, Network, Profile};
use crate::i18n::Language;
use crate::storage::Backup;

use crate::tr;
use crate::ui::labelled_text_ui;
use crate::ui::{ReminderDraft, ScreenCtx};
use crate::ui::{UiCommand, UiQueue, UiRequest};

/// Settings: cadence per circle, your profile, the data folder, its backups and the theme.
/// Fields are drafts of the network's values, synced once per revision; a finished edit
/// (focus leaves the field, or Enter) becomes one action.
#[derive(Debug, Default)]
pub struct SettingsScreen {
    synced: Option<u64>,
    cadences: BTreeMap<Circle, String>,
    cadence_problem: Option<String>,
    profile: Profile,
    /// The profile's e-mail addresses as typed, comma separated.
    emails: String,
    /// The profile's `LinkedIn` URL as typed.
    linkedin: String,
    /// The backups, newest first; read by the shell when the screen opens.
    backups: Option<Vec<Backup>>,
    /// Settings › Reminders; read by the shell when the screen opens (`None`: not yet, or
    /// this device has no folder for them).
    reminders: Option<ReminderDraft>,
    /// The mirrored contacts folder as typed.
    mirror: String,
    /// Whether the folder was typed and not yet applied.
    mirror_edited: bool,
}

/// What a cadence field shows: days, or empty for "no upkeep".
fn cadence_text(days: Option<u32>) -> String {
    days.map(|d| d.to_string()).unwrap_or_default()
}

impl SettingsScreen {
    /// Whether the backups list needs reading (the screen has just opened).
    pub fn needs_backups(&self) -> bool {
        self.backups.is_none()
    }

    /// Shows `backups`, newest first as the data folder lists them.
    pub fn set_backups(&mut self, backups: Vec<Backup>) {
        self.backups = Some(backups);
    }

    /// Forgets the backups list, so it is read again when the screen opens next.
    pub fn forget_backups(&mut self) {
        self.backups = None;
    }

    /// Whether the reminder settings need reading (the screen has just opened, or they
    /// changed).
    pub fn needs_reminders(&self) -> bool {
        self.reminders.is_none()
    }

    /// Shows this device's reminder settings and the schedule's status.
    pub fn set_reminders(&mut self, draft: ReminderDraft) {
        self.reminders = Some(draft);
    }

    /// Forgets the reminder settings, so they are read again.
    pub fn forget_reminders(&mut self) {
        self.reminders = None;
    }

    fn sync(&mut self, network: &Network, revision: u64) {
        if self.synced == Some(revision) {
            return;
        }
        self.synced = Some(revision);
        self.cadences = Circle::ALL
            .into_iter()
            .map(|c| (c, cadence_text(network.cadences().days(c))))
            .collect();
        self.profile = network.profile().clone();
        self.emails = self.profile.emails.join(", ");
        self.linkedin = self.profile.linkedin_url.clone().unwrap_or_default();
    }

    /// Draws the screen.
    pub fn settings_screen_ui(&mut self, ui: &mut egui::Ui, ctx: &mut ScreenCtx) {
        let (network, revision, folder, theme) = (ctx.network, ctx.revision, ctx.folder, ctx.theme);
        let (chosen, system) = ctx.language;
        let device = ctx.device;
        let queue = &mut *ctx.queue;
        self.sync(network, revision);
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.heading(tr!("screen-settings"));
                ui.separator();
                language_ui(ui, chosen, system, queue);
                ui.separator();
                self.cadences_ui(ui, network, queue);
                ui.separator();
                self.profile_ui(ui, network, queue);
                ui.separator();
                self.reminders_ui(ui, queue);
                ui.separator();
                ui.heading(tr!("settings-data"));
                ui.label(tr!(
                    "settings-data-folder",
                    path = folder.display().to_string()
                ));
                self.backups_ui(ui, queue);
                ui.separator();
                self.devices_ui(ui, device, queue);
                ui.separator();
                ui.heading(tr!("settings-theme"));
                ui.horizontal(|ui| {
                    for (choice, label) in [
                        (egui::Theme::Light, tr!("settings-theme-light")),
                        (egui::Theme::Dark, tr!("settings-theme-dark")),
                    ] {
                        if ui.selectable_label(theme == choice, label).clicked() && theme != choice
                        {
                            queue.command(UiCommand::ToggleTheme);
                        }
                    }
                });
            });
    }

    /// Settings › Devices: this computer's name, and the folder its contacts are mirrored
    /// to for vdirsyncer (one `.vcf` per contact), with a round on demand.
    fn devices_ui(
        &mut self,
        ui: &mut egui::Ui,
        (name, mirror): (&str, Option<&std::path::Path>),
        queue: &mut UiQueue,
    ) {
        ui.heading(tr!("settings-devices"));
        if !name.is_empty() {
            ui.label(tr!("settings-this-device", name = name));
        }
        if !self.mirror_edited {
            self.mirror = mirror.map(|p| p.display().to_string()).unwrap_or_default();
        }
        ui.horizontal(|ui| {
            let label = ui.label(tr!("settings-mirror-folder"));
            let field = ui
                .text_edit_singleline(&mut self.mirror)
                .labelled_by(label.id);
            if field.changed() {
                self.mirror_edited = true;
            }
            if ui.button(tr!("settings-mirror-now")).clicked() {
                let folder = self.mirror.trim();
                let folder = (!folder.is_empty()).then(|| std::path::PathBuf::from(folder));
                self.mirror_edited = false;
                queue.push(UiRequest::SetMirrorFolder(folder));
            }
        });
        ui.label(tr!("settings-mirror-hint"));
    }

    fn cadences_ui(&mut self, ui: &mut egui::Ui, network: &Network, queue: &mut UiQueue) {
        ui.heading(tr!("settings-cadence"));
        ui.label(tr!("settings-cadence-help"));
        let mut change = None;
        egui::Grid::new("cadences")
            .num_columns(4)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                for circle in Circle::ALL {
                    let label = tr!("settings-cadence-days", circle = circle.label());
                    let text = self.cadences.entry(circle).or_default();
                    let response = labelled_text_ui(ui, &label, text, "", 60.0);
                    if response.lost_focus() {
                        change = Some((circle, text.trim().to_owned()));
                    }
                    let default = circle
                        .default_cadence_days()
                        .map_or_else(|| tr!("settings-no-upkeep"), |d| tr!("n-days", count = d));
                    ui.label(tr!("settings-default", default = default))
                        .on_hover_text(circle.research_note());
                    if ui
                        .add_enabled(
                            network.cadences().days(circle) != circle.default_cadence_days(),
                            egui::Button::new(tr!("settings-reset", circle = circle.label())),
                        )
                        .clicked()
                    {
                        change = Some((circle, cadence_text(circle.default_cadence_days())));
                    }
                    ui.end_row();
                }
            });
        if let Some(problem) = &self.cadence_problem {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        }
        ui.collapsing(tr!("settings-defaults-source"), |ui| {
            for circle in Circle::ALL {
                ui.label(format!("{}: {}", circle.label(), circle.research_note()));
            }
        });
        let Some((circle, text)) = change else {
            return;
        };
        let days = if text.is_empty() {
            None
        } else if let Ok(days) = text.parse::<u32>()
            && days > 0
        {
            Some(days)
        } else {
            self.cadence_problem = Some(tr!("settings-cadence-problem", circle = circle.label()));
            return;
        };
        self.cadence_problem = None;
        if days != network.cadences().days(circle) {
            let mut cadences = network.cadences().clone();
            cadences.set(circle, days);
            queue.apply(Action::SetCadences(Box::new(cadences)));
        }
    }

    fn profile_ui(&mut self, ui: &mut egui::Ui, network: &Network, queue: &mut UiQueue) {
        ui.heading(tr!("settings-profile"));
        ui.label(tr!("settings-profile-help"));
        let mut done = false;
        egui::Grid::new("profile")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                for (label, text) in [
                    (tr!("settings-your-name"), &mut self.profile.name),
                    (tr!("field-company"), &mut self.profile.company),
                    (tr!("field-role"), &mut self.profile.role),
                ] {
                    let response = labelled_text_ui(ui, &label, text, "", 260.0);
                    done |= response.lost_focus();
                    ui.end_row();
                }
                // Capture needs them to tell the user's own mail from everyone else's.
                for (label, text, hint) in [
                    (
                        tr!("settings-your-emails"),
                        &mut self.emails,
                        "you@example.com, you@work.example",
                    ),
                    (
                        tr!("settings-your-linkedin"),
                        &mut self.linkedin,
                        "https://www.linkedin.com/in/\u{2026}",
                    ),
                ] {
                    let response = labelled_text_ui(ui, &label, text, hint, 260.0);
                    done |= response.lost_focus();
                    ui.end_row();
                }
            });
        if done {
            self.profile.emails = self
                .emails
                .split([',', ';', ' '])
                .map(str::trim)
                .filter(|e| e.contains('@'))
                .map(str::to_owned)
                .collect();
            let linkedin = self.linkedin.trim();
            self.profile.linkedin_url = (!linkedin.is_empty()).then(|| linkedin.to_owned());
        }
        if done && self.profile != *network.profile() {
            queue.apply(Action::SetProfile(Box::new(self.profile.clone())));
        }
    }

    /// Settings › Reminders: the time of day, quiet weekends and hours, and the daily
    /// schedule turned on or off.
    fn reminders_ui(&mut self, ui: &mut egui::Ui, queue: &mut UiQueue) {
        ui.heading(tr!("settings-reminders"));
        ui.label(tr!("settings-reminders-help"));
        let Some(draft) = self.reminders.as_mut() else {
            ui.weak(tr!("settings-reminders-unavailable"));
            return;
        };
        let mut done = false;
        egui::Grid::new("reminders")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let response = labelled_text_ui(
                    ui,
                    &tr!("settings-reminders-time"),
                    &mut draft.time,
                    "09:00",
                    80.0,
                );
                done |= response.lost_focus();
                ui.end_row();
                let response = labelled_text_ui(
                    ui,
                    &tr!("settings-reminders-quiet-hours"),
                    &mut draft.quiet_hours,
                    "22:00-07:00",
                    120.0,
                );
                done |= response.lost_focus();
                ui.end_row();
            });
        done |= ui
            .checkbox(
                &mut draft.quiet_weekends,
                tr!("settings-reminders-weekends"),
            )
            .changed();
        if done {
            match draft.edited() {
                Ok(settings) if settings != draft.settings => {
                    draft.problem = None;
                    queue.push(UiRequest::SaveReminders(settings));
                }
                Ok(_) => draft.problem = None,
                Err(problem) => draft.problem = Some(problem),
            }
        }
        if let Some(problem) = &draft.problem {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        }
        ui.horizontal(|ui| {
            if draft.installed {
                if ui.button(tr!("settings-reminders-off")).clicked() {
                    queue.push(UiRequest::ScheduleReminders(false));
                }
            } else if ui.button(tr!("settings-reminders-on")).clicked() {
                queue.push(UiRequest::ScheduleReminders(true));
            }
        });
        for line in draft.status.lines() {
            ui.weak(line);
        }
    }

    fn backups_ui(&self, ui: &mut egui::Ui, queue: &mut UiQueue) {
        ui.label(tr!("settings-backups"));
        let backups = self.backups.as_deref().unwrap_or_default();
        if backups.is_empty() {
            ui.label(tr!("settings-no-backups"));
            return;
        }
        egui::Grid::new("backups")
            .num_columns(3)
            .striped(true)
            .spacing([16.0, 4.0])
            .show(ui, |ui| {
                for backup in backups {
                    let when = backup.taken_at.format("%Y-%m-%d %H:%M:%S").to_string();
                    let kind = if backup.conflict {
                        format!(" ({})", tr!("cli-conflict-copy"))
                    } else {
                        String::new()
                    };
                    ui.label(format!("{when}{kind}"));
                    ui.label(format!("{:.1} KB", size_kb(backup.size)));
                    if ui
                        .button(tr!("settings-restore", name = backup.name.as_str()))
                        .clicked()
                    {
                        queue.push(UiRequest::RestoreBackup(backup.name.clone()));
                    }
                    ui.end_row();
                }
            });
    }
}

/// The language chooser: the system's language, or one picked here (applies at once and
/// is remembered with the window's view state, never in the network file).
fn language_ui(ui: &mut egui::Ui, chosen: Option<Language>, system: Language, queue: &mut UiQueue) {
    ui.heading(tr!("settings-language"));
    ui.horizontal_wrapped(|ui| {
        let follow = tr!("settings-language-system", language = system.native_name());
        if ui.selectable_label(chosen.is_none(), follow).clicked() && chosen.is_some() {
            queue.push(UiRequest::SetLanguage(None));
        }
        for language in Language::ALL {
            let picked = chosen == Some(language);
            if ui
                .selectable_label(picked, language.native_name())
                .clicked()
                && !picked
            {
                queue.push(UiRequest::SetLanguage(Some(language)));
            }
        }
    });
}

/// Bytes as kilobytes for display.
fn size_kb(bytes: u64) -> f64 {
    // Display only: precision loss above 2^52 bytes does not matter.
    #[allow(clippy::cast_precision_loss)]
    let bytes = bytes as f64;
    bytes / 1024.0
}

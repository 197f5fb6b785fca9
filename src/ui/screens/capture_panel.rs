use std::sync::Arc;

use chrono::{NaiveDate, NaiveTime};

use crate::actions::Action;
use crate::capture::{CaptureInput, CapturePlan, CaptureProgress, plan_input};
use crate::domain::{CaptureSourceId, Circle, Contact, ContactId, EmailAddress, Network};

use crate::ui::labelled_combo_ui;
use crate::ui::labelled_text_ui;
use crate::ui::{UiQueue, UiRequest};

/// Months back that messages count.
const WINDOW_MONTHS: u32 = 24;
/// How many lines of each list the preview shows.
const LIST_LINES: usize = 8;

/// The Import screen's capture part (DESIGN §9): a mail file or folder, a calendar or a
/// `LinkedIn` export read in the background
/// with a progress bar and Cancel, the preview (touches per contact, replies now awaited,
/// people not in Dunbar, skipped by reason), "Capture now" as one undo step, and the
/// remembered sources with Remove.
#[derive(Debug)]
pub struct CapturePanel {
    /// The path typed in.
    path: String,
    /// Shared with the reading thread.
    progress: Arc<CaptureProgress>,
    /// What was read, waiting to be captured.
    source: Option<CaptureInput>,
    /// The plan for it and the revision and day it was made for.
    plan: Option<(u64, NaiveDate, CapturePlan)>,
    /// The circle people not in Dunbar are added to.
    add_to: Circle,
}

impl Default for CapturePanel {
    fn default() -> Self {
        Self {
            path: String::new(),
            progress: Arc::default(),
            source: None,
            plan: None,
            add_to: Circle::Acquaintance,
        }
    }
}

impl CapturePanel {
    /// Shows what a read found, for preview.
    pub fn load(&mut self, source: CaptureInput) {
        self.source = Some(source);
        self.plan = None;
    }

    /// Whether something read is being previewed.
    pub fn is_previewing(&self) -> bool {
        self.source.is_some()
    }

    /// Drops the preview.
    pub fn clear(&mut self) {
        self.source = None;
        self.plan = None;
    }

    /// Plans the capture again when the network or the day changed.
    fn refresh(&mut self, network: &Network, revision: u64, today: NaiveDate) {
        let Some(source) = &self.source else {
            return;
        };
        if self
            .plan
            .as_ref()
            .is_some_and(|(r, d, _)| *r == revision && *d == today)
        {
            return;
        }
        let now = today.and_time(NaiveTime::from_hms_opt(23, 59, 59).unwrap_or_default());
        let Ok(plan) = plan_input(network, source, now, WINDOW_MONTHS, None) else {
            return;
        };
        self.plan = Some((revision, today, plan));
    }

    /// Draws the mail part; `busy` says what a running background job is doing.
    pub fn capture_panel_ui(
        &mut self,
        ui: &mut egui::Ui,
        network: &Network,
        (revision, today): (u64, NaiveDate),
        busy: Option<&str>,
        queue: &mut UiQueue,
    ) {
        self.refresh(network, revision, today);
        ui.strong("Mail, calendar and LinkedIn");
        ui.label(
            "Touches from your own files: a Google Takeout or Thunderbird mbox, a Maildir \
             folder, a calendar (.ics) or LinkedIn's data export (.zip). Only mail headers are \
             read; nothing leaves this computer.",
        );
        if network.profile().emails.is_empty() || network.profile().linkedin_url.is_none() {
            ui.label(
                "Dunbar tells your messages from theirs by your e-mail addresses and LinkedIn \
                 URL: add them in Settings \u{203a} Profile.",
            );
        }
        ui.horizontal(|ui| {
            let field = labelled_text_ui(
                ui,
                "File or folder to capture",
                &mut self.path,
                "path of an mbox, Maildir, .ics or LinkedIn .zip",
                320.0,
            );
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let path = self.path.trim();
            let ready = busy.is_none() && !path.is_empty();
            let clicked = ui.add_enabled(ready, egui::Button::new("Read")).clicked();
            if ready && (clicked || entered) {
                queue.push(UiRequest::ReadMail(path.into(), Arc::clone(&self.progress)));
            }
        });
        if busy.is_some_and(|what| what.ends_with("for capture\u{2026}")) {
            let (done, total) = self.progress.bytes();
            ui.horizontal(|ui| {
                ui.add(
                    egui::ProgressBar::new(self.progress.fraction())
                        .desired_width(320.0)
                        .text(format!(
                            "{} of {} MB",
                            done / 1_000_000,
                            total.max(1) / 1_000_000
                        )),
                );
                if ui.button("Cancel reading").clicked() {
                    self.progress.cancel();
                }
            });
        }
        self.preview_ui(ui, network, today, queue);
        Self::sources_ui(ui, network, queue);
    }

    fn preview_ui(
        &mut self,
        ui: &mut egui::Ui,
        network: &Network,
        today: NaiveDate,
        queue: &mut UiQueue,
    ) {
        let (Some(source), Some((_, _, plan))) = (&self.source, &self.plan) else {
            return;
        };
        let report = &plan.report;
        ui.label(format!(
            "{}: {} items read. {} touches with {} contacts; {} awaiting your reply; {} \
             people not in Dunbar; skipped {}.",
            source.path(),
            report.messages,
            report.touches,
            report.contacts,
            report.awaiting_reply,
            report.not_in_dunbar.len(),
            report.skipped_total()
        ));
        let mut cancel = false;
        ui.horizontal(|ui| {
            let summary = format!(
                "Captured {} touches with {} contacts",
                report.touches, report.contacts
            );
            if ui
                .add_enabled(plan.action.is_some(), egui::Button::new("Capture now"))
                .clicked()
                && let Some(action) = plan.action.clone()
            {
                queue.apply(action);
                queue.push(UiRequest::Notice(summary));
                cancel = true;
            }
            cancel |= ui.button("Close preview").clicked();
        });
        Self::proposal_ui(
            ui,
            network,
            source.needs_my_addresses(),
            &report.proposed_me,
            queue,
        );
        egui::Grid::new("capture-preview")
            .num_columns(2)
            .spacing([16.0, 2.0])
            .show(ui, |ui| {
                for person in report.per_contact.iter().take(LIST_LINES) {
                    ui.label(&person.name);
                    let waiting = if person.awaiting_reply > 0 {
                        format!(", {} awaiting your reply", person.awaiting_reply)
                    } else {
                        String::new()
                    };
                    ui.label(format!("{} touches{waiting}", person.touches));
                    ui.end_row();
                }
            });
        if !report.not_in_dunbar.is_empty() {
            ui.horizontal(|ui| {
                ui.label("People you write with who are not in Dunbar; add them to");
                labelled_combo_ui(ui, "Circle to add to", &self.add_to.label(), |ui| {
                    for circle in Circle::ALL {
                        ui.selectable_value(&mut self.add_to, circle, circle.label());
                    }
                });
            });
            for person in report.not_in_dunbar.iter().take(LIST_LINES) {
                ui.horizontal(|ui| {
                    ui.label(format!(
                        "{} <{}>: {} sent, {} received, last {}",
                        person.name, person.address, person.sent, person.received, person.last
                    ));
                    if ui.button(format!("Add {}", person.name)).clicked() {
                        let id = ContactId::new(network.fresh_id());
                        let mut contact = Contact::new(id, &person.name, self.add_to, today);
                        contact.emails = vec![EmailAddress::new(person.address.clone())];
                        contact.source = Some(format!("capture ({today})"));
                        queue.apply(Action::InsertContact(Box::new(contact)));
                    }
                });
            }
        }
        if !report.skipped.is_empty() {
            let reasons: Vec<String> = report
                .skipped
                .iter()
                .map(|(reason, n)| format!("{} {n}", reason.key().replace('_', " ")))
                .collect();
            ui.label(format!("Skipped: {}", reasons.join(", ")));
        }
        if cancel {
            self.clear();
        }
    }

    /// When my addresses (or `LinkedIn` URL) are missing: who my own messages come from,
    /// with one click to make that mine.
    fn proposal_ui(
        ui: &mut egui::Ui,
        network: &Network,
        mail: bool,
        proposed: &[String],
        queue: &mut UiQueue,
    ) {
        let missing = if mail {
            network.profile().emails.is_empty()
        } else {
            network.profile().linkedin_url.is_none()
        };
        if proposed.is_empty() || !missing {
            return;
        }
        // The senders of Sent mail (of every conversation) are most likely the user.
        ui.horizontal_wrapped(|ui| {
            ui.label(format!(
                "Your own messages come from {}.",
                proposed.join(", ")
            ));
            if ui.button("That is me").clicked() {
                let mut profile = network.profile().clone();
                if mail {
                    profile.emails = proposed.to_vec();
                } else {
                    profile.linkedin_url = proposed.first().cloned();
                }
                queue.apply(Action::SetProfile(Box::new(profile)));
            }
        });
    }

    fn sources_ui(ui: &mut egui::Ui, network: &Network, queue: &mut UiQueue) {
        let sources: Vec<_> = network.sources().collect();
        if sources.is_empty() {
            return;
        }
        ui.label("Captured from:");
        egui::Grid::new("capture-sources")
            .num_columns(3)
            .spacing([16.0, 2.0])
            .show(ui, |ui| {
                for source in sources {
                    let touches = network
                        .touches()
                        .filter(|t| source.keys.contains(&t.capture_key))
                        .count();
                    ui.label(&source.path);
                    ui.label(format!(
                        "{} touches, last read {}",
                        touches, source.last_scan
                    ));
                    if ui.button(format!("Remove {}", source.path)).clicked()
                        && let Some(action) = remove_source_action(network, source.id)
                    {
                        queue.apply(action);
                    }
                    ui.end_row();
                }
            });
    }
}

/// Forgets a capture source and takes back the touches it added, as one undo step.
pub fn remove_source_action(network: &Network, id: CaptureSourceId) -> Option<Action> {
    let source = network.source(id)?;
    let mut actions: Vec<Action> = network
        .touches()
        .filter(|t| source.keys.contains(&t.capture_key))
        .map(|t| Action::RemoveTouch(t.id))
        .collect();
    actions.push(Action::RemoveSource(id));
    Some(Action::Batch {
        label: format!("remove {}", source.path),
        actions,
    })
}

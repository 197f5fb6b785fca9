use std::sync::Arc;

use chrono::{NaiveDate, NaiveTime};

use crate::actions::Action;
use crate::capture::{CaptureInput, CapturePlan, CaptureProgress, plan_input};
use crate::domain::{CaptureSourceId, Circle, Contact, ContactId, EmailAddress, Network};

use crate::i18n::tr;
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
        ui.strong(tr!("capture-heading"));
        ui.label(tr!("capture-help"));
        if network.profile().emails.is_empty() || network.profile().linkedin_url.is_none() {
            ui.label(tr!("capture-needs-me"));
        }
        ui.horizontal(|ui| {
            let field = labelled_text_ui(
                ui,
                &tr!("capture-path"),
                &mut self.path,
                &tr!("capture-path-hint"),
                320.0,
            );
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let path = self.path.trim();
            let ready = busy.is_none() && !path.is_empty();
            let clicked = ui
                .add_enabled(ready, egui::Button::new(tr!("capture-read")))
                .clicked();
            if ready && (clicked || entered) {
                queue.push(UiRequest::ReadMail(path.into(), Arc::clone(&self.progress)));
            }
        });
        if busy.is_some() && self.progress.is_reading() {
            let (done, total) = self.progress.bytes();
            let (done_mb, total_mb) = (done / 1_000_000, total.max(1) / 1_000_000);
            ui.horizontal(|ui| {
                ui.add(
                    egui::ProgressBar::new(self.progress.fraction())
                        .desired_width(320.0)
                        .text(tr!("capture-progress", done = done_mb, total = total_mb)),
                );
                if ui.button(tr!("capture-cancel")).clicked() {
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
        ui.label(tr!(
            "capture-summary",
            path = source.path(),
            items = report.messages,
            touches = report.touches,
            contacts = report.contacts,
            awaiting = report.awaiting_reply,
            strangers = report.not_in_dunbar.len(),
            skipped = report.skipped_total()
        ));
        let mut cancel = false;
        ui.horizontal(|ui| {
            let summary = tr!(
                "capture-done",
                touches = report.touches,
                contacts = report.contacts
            );
            if ui
                .add_enabled(plan.action.is_some(), egui::Button::new(tr!("capture-now")))
                .clicked()
                && let Some(action) = plan.action.clone()
            {
                queue.apply(action);
                queue.push(UiRequest::Notice(summary));
                cancel = true;
            }
            cancel |= ui.button(tr!("capture-close")).clicked();
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
                    ui.label(tr!(
                        "capture-per-contact",
                        touches = person.touches,
                        awaiting = person.awaiting_reply
                    ));
                    ui.end_row();
                }
            });
        if !report.not_in_dunbar.is_empty() {
            ui.horizontal(|ui| {
                ui.label(tr!("capture-strangers"));
                labelled_combo_ui(ui, &tr!("capture-add-to"), &self.add_to.label(), |ui| {
                    for circle in Circle::ALL {
                        ui.selectable_value(&mut self.add_to, circle, circle.label());
                    }
                });
            });
            for person in report.not_in_dunbar.iter().take(LIST_LINES) {
                ui.horizontal(|ui| {
                    ui.label(tr!(
                        "capture-stranger",
                        name = person.name.clone(),
                        address = person.address.clone(),
                        sent = person.sent,
                        received = person.received,
                        last = person.last.to_string()
                    ));
                    if ui
                        .button(tr!("capture-add", name = person.name.clone()))
                        .clicked()
                    {
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
                .map(|(reason, n)| format!("{} {n}", tr!("capture-reason", key = reason.key())))
                .collect();
            ui.label(tr!("capture-skipped", reasons = reasons.join(", ")));
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
            ui.label(tr!("capture-proposed", addresses = proposed.join(", ")));
            if ui.button(tr!("capture-that-is-me")).clicked() {
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
        ui.label(tr!("capture-sources"));
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
                    ui.label(tr!(
                        "capture-source-line",
                        touches = touches,
                        when = source.last_scan.to_string()
                    ));
                    if ui
                        .button(tr!("capture-remove", path = source.path.clone()))
                        .clicked()
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

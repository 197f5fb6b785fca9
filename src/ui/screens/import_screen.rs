use chrono::NaiveDate;
use egui::{Align, Layout};
use egui_extras::{Column, TableBuilder};

use crate::domain::spoken_date::{long_date, spoken_day};
use crate::domain::{Circle, ContactId, Network};
use crate::i18n::{Language, tr};
use crate::interchange::{
    ImportOptions, ImportPlan, ParsedFile, PlanEntry, PlanOutcome, plan_import,
    remove_import_action,
};

use super::CapturePanel;
use crate::ui::ScreenCtx;
use crate::ui::labelled_combo_ui;
use crate::ui::labelled_text_ui;
use crate::ui::{UiQueue, UiRequest};

/// The Import screen: choose or drop a file, preview what it would do record by record,
/// pick the default circle and a tag, then import it as one undo step; below, the past
/// imports with Remove.
#[derive(Debug)]
pub struct ImportScreen {
    parsed: Option<ParsedFile>,
    /// A path typed in, for when there is no file dialog.
    path: String,
    circle: Circle,
    tag: String,
    plan: Option<ImportPlan>,
    /// What the plan was made for: the network's revision, the circle and the tag.
    planned_for: Option<(u64, Circle, String)>,
    /// Put the cursor in the file path on the next frame (File › Import…).
    focus_path: bool,
    /// The mail part: touches captured from mail files.
    pub capture: CapturePanel,
    /// Each plan entry's outcome and details in words, made once per plan and language
    /// (not per row per frame).
    described: Vec<(String, String, String)>,
    /// The language `described` is in (`None`: not made for the current plan).
    described_in: Option<Language>,
}

const ROW_HEIGHT: f32 = 22.0;

impl Default for ImportScreen {
    fn default() -> Self {
        Self {
            parsed: None,
            path: String::new(),
            circle: ImportOptions::new("").circle,
            tag: String::new(),
            focus_path: false,
            plan: None,
            planned_for: None,
            capture: CapturePanel::default(),
            described: Vec::new(),
            described_in: None,
        }
    }
}

impl ImportScreen {
    /// Puts the cursor in the file path on the next frame.
    pub fn focus_path(&mut self) {
        self.focus_path = true;
    }

    /// Shows a freshly parsed file for preview (the circle and tag chosen stay).
    pub fn load(&mut self, parsed: ParsedFile) {
        self.parsed = Some(parsed);
        self.plan = None;
        self.planned_for = None;
    }

    /// Drops the file being previewed.
    pub fn clear(&mut self) {
        self.parsed = None;
        self.plan = None;
        self.planned_for = None;
    }

    /// Whether a file is being previewed.
    pub fn is_previewing(&self) -> bool {
        self.parsed.is_some()
    }

    /// Plans the import again when the network, the circle or the tag changed since the
    /// last plan. Call before drawing.
    pub fn refresh(&mut self, network: &Network, revision: u64, today: NaiveDate) {
        let Some(parsed) = &self.parsed else {
            return;
        };
        let key = (revision, self.circle, self.tag.clone());
        if self.planned_for.as_ref() == Some(&key) {
            return;
        }
        let tag = self.tag.trim();
        let options = ImportOptions {
            circle: self.circle,
            tag: (!tag.is_empty()).then(|| tag.to_owned()),
            source_name: parsed.file_name.clone(),
        };
        self.plan = Some(plan_import(network, parsed, &options, today));
        self.planned_for = Some(key);
        self.described_in = None;
    }

    /// Draws the screen; `busy` says what a running file job is doing.
    pub fn import_screen_ui(&mut self, ui: &mut egui::Ui, ctx: &mut ScreenCtx) {
        let (network, busy, today) = (ctx.network, ctx.busy, ctx.today);
        let queue = &mut *ctx.queue;
        ui.heading(tr!("screen-import"));
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!("import-drop"));
            if ui
                .add_enabled(busy.is_none(), egui::Button::new(tr!("import-choose")))
                .clicked()
            {
                queue.push(UiRequest::ChooseImportFile);
            }
        });
        ui.horizontal(|ui| {
            let field = labelled_text_ui(
                ui,
                &tr!("import-path"),
                &mut self.path,
                &tr!("import-path-hint"),
                320.0,
            );
            if std::mem::take(&mut self.focus_path) {
                field.request_focus();
            }
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let path = self.path.trim();
            let ready = busy.is_none() && !path.is_empty();
            let clicked = ui
                .add_enabled(ready, egui::Button::new(tr!("import-preview")))
                .clicked();
            if ready && (clicked || entered) {
                queue.push(UiRequest::ReadImportFile(path.into()));
            }
        });
        if let Some(what) = busy {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(what);
            });
        }
        ui.separator();
        Self::past_imports_ui(ui, network, today, queue);
        ui.separator();
        self.capture
            .capture_panel_ui(ui, network, (ctx.revision, today), busy, queue);
        ui.separator();
        self.preview_ui(ui, network, queue);
    }

    fn past_imports_ui(
        ui: &mut egui::Ui,
        network: &Network,
        today: chrono::NaiveDate,
        queue: &mut UiQueue,
    ) {
        ui.strong(tr!("import-past"));
        let mut batches: Vec<_> = network.imports().collect();
        if batches.is_empty() {
            ui.label(tr!("import-none-yet"));
            return;
        }
        batches.sort_by_key(|b| std::cmp::Reverse(b.date));
        egui::ScrollArea::vertical()
            .id_salt("past-imports")
            .max_height(140.0)
            .show(ui, |ui| {
                egui::Grid::new("past-imports-grid")
                    .num_columns(3)
                    .striped(true)
                    .spacing([16.0, 4.0])
                    .show(ui, |ui| {
                        for batch in batches {
                            ui.label(&batch.source);
                            ui.label(tr!(
                                "import-past-line",
                                when = spoken_day(batch.date, today),
                                count = batch.added
                            ))
                            .on_hover_text(long_date(batch.date));
                            if ui
                                .button(tr!("import-remove", source = batch.source.as_str()))
                                .clicked()
                                && let Some(action) = remove_import_action(network, batch.id)
                            {
                                queue.apply(action);
                            }
                            ui.end_row();
                        }
                    });
            });
    }

    fn preview_ui(&mut self, ui: &mut egui::Ui, network: &Network, queue: &mut UiQueue) {
        let (Some(parsed), Some(plan)) = (&self.parsed, &self.plan) else {
            return;
        };
        let language = crate::i18n::language();
        if self.described_in != Some(language) {
            self.described = plan
                .entries
                .iter()
                .map(|entry| {
                    let (outcome, details) = describe(network, &plan.entries, entry);
                    (tr!("import-line", line = entry.line), outcome, details)
                })
                .collect();
            self.described_in = Some(language);
        }
        ui.strong(format!("{} \u{2014} {}", parsed.file_name, parsed.format));
        let skipped = plan.skipped() + parsed.rejected;
        let summary = tr!(
            "import-summary",
            added = plan.added(),
            merged = plan.merged(),
            skipped = skipped
        );
        let mut changed = false;
        let mut cancel = false;
        ui.horizontal(|ui| {
            labelled_combo_ui(
                ui,
                &tr!("import-default-circle"),
                &self.circle.label(),
                |ui| {
                    for circle in Circle::ALL {
                        changed |= ui
                            .selectable_value(&mut self.circle, circle, circle.label())
                            .changed();
                    }
                },
            );
            changed |= labelled_text_ui(
                ui,
                &tr!("filter-tag"),
                &mut self.tag,
                &tr!("import-tag-hint"),
                140.0,
            )
            .changed();
        });
        ui.horizontal(|ui| {
            ui.label(&summary);
            let can_import = plan.added() + plan.merged() > 0;
            if ui
                .add_enabled(can_import, egui::Button::new(tr!("import-now")))
                .clicked()
            {
                // The plan is made again whenever the network changes, so it is never
                // stale here.
                if let Ok(Some(action)) = plan.to_action(network) {
                    queue.push(UiRequest::Import {
                        action,
                        summary: tr!(
                            "cli-imported",
                            added = plan.added(),
                            merged = plan.merged(),
                            skipped = skipped
                        ),
                    });
                }
            }
            cancel = ui.button(tr!("page-cancel")).clicked();
        });
        for warning in &parsed.warnings {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                tr!(
                    "import-line-warning",
                    line = warning.line,
                    message = warning.message.as_str()
                ),
            );
        }
        Self::plan_table_ui(ui, &plan.entries, &self.described);
        if cancel {
            self.clear();
        } else if changed {
            // The plan is made again before the next frame is drawn.
            ui.ctx().request_repaint();
        }
    }

    fn plan_table_ui(
        ui: &mut egui::Ui,
        entries: &[PlanEntry],
        described: &[(String, String, String)],
    ) {
        let titles = [
            tr!("import-col-line"),
            tr!("field-name"),
            tr!("import-col-outcome"),
            tr!("import-col-details"),
        ];
        TableBuilder::new(ui)
            .id_salt("import-preview")
            .striped(true)
            .resizable(true)
            .auto_shrink([false, false])
            .cell_layout(Layout::left_to_right(Align::Center))
            .column(Column::initial(70.0).at_least(50.0))
            .column(Column::initial(200.0).at_least(100.0).clip(true))
            .column(Column::initial(200.0).at_least(100.0).clip(true))
            .column(Column::remainder().at_least(100.0).clip(true))
            .header(ROW_HEIGHT, |mut header| {
                for title in &titles {
                    header.col(|ui| {
                        ui.strong(title);
                    });
                }
            })
            .body(|body| {
                body.rows(ROW_HEIGHT, entries.len(), |mut row| {
                    let Some(entry) = entries.get(row.index()) else {
                        return;
                    };
                    let (line, outcome, details) = described
                        .get(row.index())
                        .map_or(("", "", ""), |(l, o, d)| {
                            (l.as_str(), o.as_str(), d.as_str())
                        });
                    row.col(|ui| {
                        ui.label(line);
                    });
                    row.col(|ui| {
                        ui.label(&entry.name);
                    });
                    row.col(|ui| {
                        ui.label(outcome);
                    });
                    row.col(|ui| {
                        ui.label(details);
                    });
                });
            });
    }
}

/// The outcome and its details in words: "Merge into Åse Lund", "adds company; keeps …".
/// A record merged into one this file adds (the same person twice in it) names the line
/// that adds them.
fn describe(network: &Network, entries: &[PlanEntry], entry: &PlanEntry) -> (String, String) {
    let added_by = |id: ContactId| entries.iter().find(|e| e.outcome == PlanOutcome::New(id));
    let name_of = |id: ContactId| {
        network.contact(id).map_or_else(
            || added_by(id).map_or_else(|| tr!("action-a-contact"), |e| e.name.clone()),
            |c| c.display_name.clone(),
        )
    };
    let conflicts = entry
        .conflicts
        .iter()
        .map(|c| {
            tr!(
                "import-keeps",
                field = field_word(c.field),
                kept = c.kept.as_str(),
                offered = c.offered.as_str()
            )
        })
        .collect::<Vec<_>>();
    match &entry.outcome {
        PlanOutcome::New(_) => (tr!("import-new"), conflicts.join("; ")),
        PlanOutcome::Merge { into, changed } => {
            let mut details = Vec::with_capacity(conflicts.len() + 2);
            if let Some(first) = added_by(*into) {
                details.push(tr!("import-same-person", line = first.line));
            }
            if changed.is_empty() {
                details.push(tr!("import-nothing-new"));
            } else {
                let fields: Vec<String> = changed.iter().map(|f| field_word(f)).collect();
                details.push(tr!("import-adds", fields = fields.join(", ")));
            }
            details.extend(conflicts);
            (
                tr!("import-merge-into", name = name_of(*into)),
                details.join("; "),
            )
        }
        PlanOutcome::Skipped { reason } => (tr!("import-skipped"), reason.clone()),
    }
}

/// A field the import names ("family name", "e-mail labels") in this thread's language.
/// The interchange layer names them in English; the window says them here.
fn field_word(field: &str) -> String {
    let key = match field {
        "LinkedIn URL" => "linkedin",
        "UID" => "uid",
        "addresses" => "addresses",
        "anniversary" => "anniversary",
        "birthday" => "birthday",
        "company" => "company",
        "connected on" => "connected-on",
        "e-mail labels" => "email-labels",
        "e-mails" => "emails",
        "family name" => "family-name",
        "given name" => "given-name",
        "kind" => "kind",
        "links" => "links",
        "middle name" => "middle-name",
        "name prefix" => "name-prefix",
        "name suffix" => "name-suffix",
        "name" => "name",
        "notes" => "notes",
        "other vCard properties" => "other-vcard",
        "phone labels" => "phone-labels",
        "phones" => "phones",
        "role" => "role",
        "tags" => "tags",
        other => return other.to_owned(),
    };
    tr!("import-field", field = key)
}

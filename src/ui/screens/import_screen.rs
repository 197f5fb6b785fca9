use chrono::NaiveDate;
use egui::{Align, Layout};
use egui_extras::{Column, TableBuilder};

use crate::domain::spoken_date::{long_date, spoken_day};
use crate::domain::{Circle, ContactId, Network};
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
    }

    /// Draws the screen; `busy` says what a running file job is doing.
    pub fn import_screen_ui(&mut self, ui: &mut egui::Ui, ctx: &mut ScreenCtx) {
        let (network, busy, today) = (ctx.network, ctx.busy, ctx.today);
        let queue = &mut *ctx.queue;
        ui.heading("Import");
        ui.horizontal_wrapped(|ui| {
            ui.label("Drop a vCard or CSV file (LinkedIn, Google, Outlook) on the window, or");
            if ui
                .add_enabled(busy.is_none(), egui::Button::new("Choose file\u{2026}"))
                .clicked()
            {
                queue.push(UiRequest::ChooseImportFile);
            }
        });
        ui.horizontal(|ui| {
            let field = labelled_text_ui(
                ui,
                "File path",
                &mut self.path,
                "or type the file's path",
                320.0,
            );
            if std::mem::take(&mut self.focus_path) {
                field.request_focus();
            }
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let path = self.path.trim();
            let ready = busy.is_none() && !path.is_empty();
            let clicked = ui
                .add_enabled(ready, egui::Button::new("Preview"))
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
        ui.strong("Past imports");
        let mut batches: Vec<_> = network.imports().collect();
        if batches.is_empty() {
            ui.label("Nothing imported yet.");
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
                            ui.label(format!(
                                "{}, added {}",
                                spoken_day(batch.date, today),
                                batch.added
                            ))
                            .on_hover_text(long_date(batch.date));
                            if ui.button(format!("Remove {}", batch.source)).clicked()
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
        ui.strong(format!("{} \u{2014} {}", parsed.file_name, parsed.format));
        let skipped = plan.skipped() + parsed.rejected;
        let summary = format!(
            "{} new, {} merged, {skipped} skipped",
            plan.added(),
            plan.merged()
        );
        let mut changed = false;
        let mut cancel = false;
        ui.horizontal(|ui| {
            labelled_combo_ui(ui, "Default circle", &self.circle.label(), |ui| {
                for circle in Circle::ALL {
                    changed |= ui
                        .selectable_value(&mut self.circle, circle, circle.label())
                        .changed();
                }
            });
            changed |= labelled_text_ui(ui, "Tag", &mut self.tag, "optional, e.g. linkedin", 140.0)
                .changed();
        });
        ui.horizontal(|ui| {
            ui.label(&summary);
            let can_import = plan.added() + plan.merged() > 0;
            if ui
                .add_enabled(can_import, egui::Button::new("Import now"))
                .clicked()
            {
                // The plan is made again whenever the network changes, so it is never
                // stale here.
                if let Ok(Some(action)) = plan.to_action(network) {
                    queue.push(UiRequest::Import {
                        action,
                        summary: format!(
                            "Imported {}, merged {}, skipped {skipped}",
                            plan.added(),
                            plan.merged()
                        ),
                    });
                }
            }
            cancel = ui.button("Cancel").clicked();
        });
        for warning in &parsed.warnings {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                format!("line {}: {}", warning.line, warning.message),
            );
        }
        Self::plan_table_ui(ui, network, &plan.entries);
        if cancel {
            self.clear();
        } else if changed {
            // The plan is made again before the next frame is drawn.
            ui.ctx().request_repaint();
        }
    }

    fn plan_table_ui(ui: &mut egui::Ui, network: &Network, entries: &[PlanEntry]) {
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
                for title in ["Line", "Name", "Outcome", "Details"] {
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
                    let (outcome, details) = describe(network, entries, entry);
                    row.col(|ui| {
                        ui.label(format!("line {}", entry.line));
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
            || added_by(id).map_or_else(|| "a contact".to_owned(), |e| e.name.clone()),
            |c| c.display_name.clone(),
        )
    };
    let conflicts = entry
        .conflicts
        .iter()
        .map(|c| {
            format!(
                "keeps {} \u{201c}{}\u{201d} (file: \u{201c}{}\u{201d})",
                c.field, c.kept, c.offered
            )
        })
        .collect::<Vec<_>>();
    match &entry.outcome {
        PlanOutcome::New(_) => ("New".to_owned(), conflicts.join("; ")),
        PlanOutcome::Merge { into, changed } => {
            let mut details = Vec::with_capacity(conflicts.len() + 2);
            if let Some(first) = added_by(*into) {
                details.push(format!("same person as line {} of this file", first.line));
            }
            if changed.is_empty() {
                details.push("nothing new".to_owned());
            } else {
                details.push(format!("adds {}", changed.join(", ")));
            }
            details.extend(conflicts);
            (format!("Merge into {}", name_of(*into)), details.join("; "))
        }
        PlanOutcome::Skipped { reason } => ("Skipped".to_owned(), reason.clone()),
    }
}

use std::path::PathBuf;

use crate::domain::{Circle, Network};
use crate::i18n::tr;
use crate::interchange::{ExportFilter, ExportFormat};

use crate::ui::labelled_combo_ui;
use crate::ui::labelled_text_ui;
use crate::ui::{Selection, UiQueue, UiRequest};

/// The Export window: a format, which contacts (a circle, a tag, the selection of the
/// Contacts table), and where to save (typed, or chosen in the system's save dialog).
#[derive(Debug)]
pub struct ExportDialog {
    open: bool,
    format: ExportFormat,
    circle: Option<Circle>,
    tag: String,
    selection_only: bool,
    path: String,
}

impl Default for ExportDialog {
    fn default() -> Self {
        Self {
            open: false,
            format: ExportFormat::Csv,
            circle: None,
            tag: String::new(),
            selection_only: false,
            path: String::new(),
        }
    }
}

impl ExportDialog {
    /// Opens the window; with several contacts selected, it starts limited to them (one
    /// selected row is just the contact being looked at, not a choice to export).
    pub fn open(&mut self, selected: usize) {
        self.open = true;
        self.selection_only = selected > 1;
    }

    /// Closes the window.
    pub fn close(&mut self) {
        self.open = false;
    }

    /// Whether the window is showing.
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// Fills in the path chosen in the save dialog.
    pub fn set_path(&mut self, path: &std::path::Path) {
        self.path = path.display().to_string();
    }

    /// Draws the window (nothing while closed). `selection` is the Contacts table's.
    pub fn export_dialog_ui(
        &mut self,
        ui: &mut egui::Ui,
        network: &Network,
        selection: &Selection,
        busy: bool,
        queue: &mut UiQueue,
    ) {
        if !self.open {
            return;
        }
        let mut open = true;
        egui::Window::new(tr!("export-title"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .show(ui.ctx(), |ui| {
                self.form_ui(ui, network, selection, busy, queue);
            });
        self.open &= open;
    }

    fn form_ui(
        &mut self,
        ui: &mut egui::Ui,
        network: &Network,
        selection: &Selection,
        busy: bool,
        queue: &mut UiQueue,
    ) {
        let whole = self.format == ExportFormat::Ron;
        egui::Grid::new("export-form")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                labelled_combo_ui(
                    ui,
                    &tr!("export-format"),
                    &format_label(self.format),
                    |ui| {
                        for format in ExportFormat::ALL {
                            ui.selectable_value(&mut self.format, format, format_label(format));
                        }
                    },
                );
                ui.end_row();
                ui.add_enabled_ui(!whole, |ui| {
                    let text = self
                        .circle
                        .map_or_else(|| tr!("filter-all-circles"), Circle::label);
                    labelled_combo_ui(ui, &tr!("export-limit-circle"), &text, |ui| {
                        ui.selectable_value(&mut self.circle, None, tr!("filter-all-circles"));
                        for circle in Circle::ALL {
                            ui.selectable_value(&mut self.circle, Some(circle), circle.label());
                        }
                    });
                });
                ui.end_row();
                ui.add_enabled_ui(!whole, |ui| {
                    labelled_text_ui(
                        ui,
                        &tr!("export-limit-tag"),
                        &mut self.tag,
                        &tr!("export-any-tag"),
                        160.0,
                    );
                });
                ui.end_row();
                ui.add_enabled_ui(!whole && !selection.is_empty(), |ui| {
                    ui.checkbox(
                        &mut self.selection_only,
                        tr!("export-selected-only", count = selection.len()),
                    );
                });
                ui.end_row();
            });
        if whole {
            ui.label(tr!("export-ron-whole"));
        } else {
            let count = self.filter(selection).select(network).len();
            ui.strong(tr!("export-will-write", count = count));
        }
        ui.horizontal(|ui| {
            labelled_text_ui(
                ui,
                &tr!("export-save-to"),
                &mut self.path,
                &tr!("export-save-to-hint"),
                260.0,
            );
        });
        ui.horizontal(|ui| {
            let path = self.path.trim();
            let (text, path) = if path.is_empty() {
                (tr!("export-choose-and-export"), None)
            } else {
                (tr!("export-button"), Some(PathBuf::from(path)))
            };
            if ui.add_enabled(!busy, egui::Button::new(text)).clicked() {
                queue.push(UiRequest::Export {
                    format: self.format,
                    filter: self.filter(selection),
                    path,
                });
            }
            if ui.button(tr!("page-close")).clicked() {
                self.open = false;
            }
        });
    }

    fn filter(&self, selection: &Selection) -> ExportFilter {
        if self.format == ExportFormat::Ron {
            return ExportFilter::default();
        }
        let tag = self.tag.trim();
        ExportFilter {
            circle: self.circle,
            tag: (!tag.is_empty()).then(|| tag.to_owned()),
            ids: (self.selection_only && !selection.is_empty())
                .then(|| selection.ids().into_iter().collect()),
        }
    }
}

/// A format as the window names it, in its language (`ExportFormat::label` belongs to the
/// interchange layer and stays English).
fn format_label(format: ExportFormat) -> String {
    match format {
        ExportFormat::Csv => tr!("export-format-csv"),
        ExportFormat::VCard3 => "vCard 3.0".to_owned(),
        ExportFormat::VCard4 => "vCard 4.0".to_owned(),
        ExportFormat::Ron => tr!("export-format-ron"),
        ExportFormat::Ics => tr!("export-format-ics"),
    }
}

/// A label, then a combo box named by it (for screen readers and tests), reading left to
/// right like the text fields: "Channel [Message ▾]".
pub fn labelled_combo_ui(
    ui: &mut egui::Ui,
    label: &str,
    selected_text: &str,
    add_contents: impl FnOnce(&mut egui::Ui),
) -> egui::Response {
    let label_response = ui.label(label);
    egui::ComboBox::from_id_salt(label)
        .selected_text(selected_text)
        .show_ui(ui, add_contents)
        .response
        .labelled_by(label_response.id)
}

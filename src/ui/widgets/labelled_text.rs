/// A label, then a one-line text field named by it (for screen readers and tests):
/// "Tag [linkedin]".
pub fn labelled_text_ui(
    ui: &mut egui::Ui,
    label: &str,
    text: &mut String,
    hint: &str,
    width: f32,
) -> egui::Response {
    let label_response = ui.label(label);
    ui.add(
        egui::TextEdit::singleline(text)
            .hint_text(hint)
            .desired_width(width),
    )
    .labelled_by(label_response.id)
}

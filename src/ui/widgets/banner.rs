use crate::ui::BannerMessage;

/// The strip under the toolbar that says what just happened and, for a problem, what to
/// do about it. It stays until dismissed or replaced, so nothing is missed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Banner {
    message: Option<BannerMessage>,
}

impl Banner {
    /// Shows news ("Undid: add Søren").
    pub fn notice(&mut self, text: impl Into<String>) {
        self.message = Some(BannerMessage {
            is_error: false,
            text: text.into(),
            advice: String::new(),
        });
    }

    /// Shows a problem and what to do about it.
    pub fn error(&mut self, text: impl Into<String>, advice: impl Into<String>) {
        self.message = Some(BannerMessage {
            is_error: true,
            text: text.into(),
            advice: advice.into(),
        });
    }

    /// The message shown, if any.
    pub fn message(&self) -> Option<&BannerMessage> {
        self.message.as_ref()
    }

    /// Hides the message.
    pub fn dismiss(&mut self) {
        self.message = None;
    }

    /// Draws the banner (nothing when there is no message).
    pub fn banner_ui(&mut self, ui: &mut egui::Ui) {
        let Some(message) = &self.message else {
            return;
        };
        let colour = if message.is_error {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().text_color()
        };
        let mut dismiss = false;
        ui.horizontal_wrapped(|ui| {
            let title = if message.is_error {
                "Problem:"
            } else {
                "Done:"
            };
            ui.label(egui::RichText::new(title).strong().color(colour));
            ui.label(egui::RichText::new(&message.text).color(colour));
            if !message.advice.is_empty() {
                ui.label(&message.advice);
            }
            dismiss = ui.button("Dismiss").clicked();
        });
        if dismiss {
            self.dismiss();
        }
    }
}

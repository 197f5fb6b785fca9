use crate::tr;
use crate::ui::BannerMessage;

/// The message over the foot of the screen that says what just happened and, for a
/// problem, what to do about it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Banner {
    message: Option<BannerMessage>,
    /// When (monotonic seconds) a notice went up; problems stay until dismissed.
    shown_at: Option<f64>,
}

impl Banner {
    /// How long news stays up, in seconds (it goes at the first frame after that; no
    /// frame is drawn just to take it down).
    pub const NOTICE_SECS: f64 = 8.0;

    /// Takes news down once it is older than [`Self::NOTICE_SECS`] at `now` (monotonic
    /// seconds); the first call after a notice goes up starts its time.
    pub fn expire(&mut self, now: f64) {
        if self.message.as_ref().is_none_or(|m| m.is_error) {
            return;
        }
        let shown = *self.shown_at.get_or_insert(now);
        if now - shown > Self::NOTICE_SECS {
            self.dismiss();
        }
    }

    /// Shows news ("Undid: add Søren").
    pub fn notice(&mut self, text: impl Into<String>) {
        self.shown_at = None;
        self.message = Some(BannerMessage {
            is_error: false,
            text: text.into(),
            advice: String::new(),
        });
    }

    /// Shows a problem and what to do about it.
    pub fn error(&mut self, text: impl Into<String>, advice: impl Into<String>) {
        self.shown_at = None;
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
        self.shown_at = None;
    }

    /// Draws the banner (nothing when there is no message) at the foot of `area`, the
    /// screen's space: it overlays the screen instead of pushing it down (DESIGN §3a
    /// rule 5). A problem stays until dismissed or replaced, so nothing is missed.
    pub fn banner_ui(&mut self, ctx: &egui::Context, area: egui::Rect) {
        let Some(message) = &self.message else {
            return;
        };
        let mut dismiss = false;
        let width = (area.width() - 48.0).clamp(200.0, 760.0);
        egui::Area::new(egui::Id::unique("banner"))
            .order(egui::Order::Foreground)
            .fixed_pos(area.center_bottom() - egui::vec2(0.0, 8.0))
            .pivot(egui::Align2::CENTER_BOTTOM)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_max_width(width);
                    let colour = if message.is_error {
                        ui.visuals().error_fg_color
                    } else {
                        ui.visuals().text_color()
                    };
                    ui.horizontal_wrapped(|ui| {
                        let title = if message.is_error {
                            tr!("banner-problem")
                        } else {
                            tr!("banner-done")
                        };
                        ui.label(egui::RichText::new(title).strong().color(colour));
                        ui.label(egui::RichText::new(&message.text).color(colour));
                        if !message.advice.is_empty() {
                            ui.label(&message.advice);
                        }
                        dismiss = ui.button(tr!("banner-dismiss")).clicked();
                    });
                });
            });
        if dismiss {
            self.dismiss();
        }
    }
}

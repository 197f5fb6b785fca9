//! The only place with colours, fonts and spacing: every screen asks here.

use std::sync::Arc;

use egui::Color32;

use crate::review::Health;

/// Fill of a healthy contact's dot (white initials read on it).
pub const HEALTH_OK: Color32 = Color32::from_rgb(40, 120, 60);
/// Fill of a due contact's dot.
pub const HEALTH_DUE: Color32 = Color32::from_rgb(175, 105, 0);
/// Fill of an at-risk contact's dot.
pub const HEALTH_AT_RISK: Color32 = Color32::from_rgb(190, 30, 30);
/// Fill of a dot in a circle without upkeep.
pub const NO_UPKEEP: Color32 = Color32::from_rgb(105, 110, 120);
/// Initials on a dot.
pub const DOT_TEXT: Color32 = Color32::WHITE;

/// Colours of the circles in the charts, innermost first (readable on light and dark).
pub const CIRCLE_COLOURS: [Color32; 6] = [
    Color32::from_rgb(214, 39, 40),
    Color32::from_rgb(255, 127, 14),
    Color32::from_rgb(44, 160, 44),
    Color32::from_rgb(31, 119, 180),
    Color32::from_rgb(148, 103, 189),
    Color32::from_rgb(127, 127, 127),
];
/// Gifts in the charts.
pub const GIFT_COLOUR: Color32 = Color32::from_rgb(44, 160, 44);
/// Asks in the charts.
pub const ASK_COLOUR: Color32 = Color32::from_rgb(31, 119, 180);
/// Premature asks in the charts.
pub const PREMATURE_COLOUR: Color32 = Color32::from_rgb(214, 39, 40);

/// The dot fill of a health.
pub const fn health_fill(health: Health) -> Color32 {
    match health {
        Health::Ok => HEALTH_OK,
        Health::Due => HEALTH_DUE,
        Health::AtRisk => HEALTH_AT_RISK,
    }
}

/// A health as text colour on the current panel: the theme's own readable colours.
pub fn health_colour(ui: &egui::Ui, health: Health) -> Color32 {
    let visuals = ui.visuals();
    match health {
        Health::Ok => visuals.text_color(),
        Health::Due => visuals.warn_fg_color,
        Health::AtRisk => visuals.error_fg_color,
    }
}

/// Fonts and readable colours, once per window.
pub fn install(ctx: &egui::Context) {
    readable_colours(ctx);
    fallback_font(ctx);
}

/// The `DejaVu` Sans font (free licence, `assets/fonts/DejaVuSans-LICENSE.txt`): egui's
/// built-in font has no glyphs for many names people have (Vietnamese "Ngọc", "Nguyễn",
/// …), which would show as empty boxes. It is added after the built-in fonts, so it is
/// used only for the characters they lack.
const FALLBACK_FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

fn fallback_font(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    let name = "dejavu-sans".to_owned();
    fonts.font_data.insert(
        name.clone(),
        Arc::new(egui::FontData::from_static(FALLBACK_FONT)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts.families.entry(family).or_default().push(name.clone());
    }
    ctx.set_fonts(fonts);
}

/// egui's warning and error colours are too light on a white panel (about 3:1) and its red
/// is borderline on the dark one; these reach at least 4.5:1 (WCAG AA) on both.
fn readable_colours(ctx: &egui::Context) {
    ctx.style_mut_of(egui::Theme::Light, |style| {
        style.visuals.warn_fg_color = Color32::from_rgb(150, 75, 0);
        style.visuals.error_fg_color = Color32::from_rgb(180, 20, 20);
    });
    ctx.style_mut_of(egui::Theme::Dark, |style| {
        style.visuals.error_fg_color = Color32::from_rgb(255, 90, 90);
    });
}

/// While a file is dragged over the window, says what dropping it does.
pub fn drop_hint_ui(ui: &egui::Ui) {
    if ui.input(|i| i.raw.hovered_files.is_empty()) {
        return;
    }
    let layer = egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("drop-hint"));
    let painter = ui.ctx().layer_painter(layer);
    let rect = ui.ctx().content_rect();
    painter.rect_filled(rect, 0.0, Color32::from_black_alpha(170));
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        crate::i18n::tr!("drop-hint"),
        egui::FontId::proportional(24.0),
        Color32::WHITE,
    );
}

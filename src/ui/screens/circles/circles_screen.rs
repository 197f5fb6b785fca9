use egui::{Color32, FontId, Pos2, Rect, Sense, Stroke, Vec2};

use crate::actions::edits;
use crate::domain::{Circle, ContactId, Network};
use crate::i18n::spoken_date::spoken_date;
use crate::i18n::{Language, tr};
use crate::review::Health;

use crate::ui::DOT_RADIUS;
use crate::ui::ScreenCtx;
use crate::ui::theme;
use crate::ui::{CirclesLayout, DotLayout, RingLayout, UiQueue};

/// Room kept around the outermost ring, in points.
const MARGIN: f32 = 12.0;
/// Width of the legend beside the picture.
const LEGEND_WIDTH: f32 = 330.0;

/// The Circles screen: Dunbar's layers as concentric rings, one dot per contact coloured by
/// health. Hover a dot for details, click it to open the contact, drag it to another ring
/// to move the contact there (one undoable change). The legend beside it shows each ring's
/// fill against its budget, who could move out, and the research behind its cadence.
#[derive(Debug, Default)]
pub struct CirclesScreen {
    layout: Option<CirclesLayout>,
    /// Centre and scale (points per outer-ring radius) of the last drawn picture.
    geometry: Option<(Pos2, f32)>,
}

impl CirclesScreen {
    /// The layout last computed (tests read dot positions and ring fills from it).
    pub fn layout(&self) -> Option<&CirclesLayout> {
        self.layout.as_ref()
    }

    /// Where the dot of `id` was last drawn, in screen points (`None` when not drawn).
    pub fn dot_position(&self, id: ContactId) -> Option<Pos2> {
        let (centre, scale) = self.geometry?;
        let dot = self.layout.as_ref()?.dots.iter().find(|d| d.id == id)?;
        Some(centre + dot.offset * scale)
    }

    /// A point in the middle of `circle`'s band, left of the centre, in screen points (a
    /// place to drop a dot).
    pub fn ring_point(&self, circle: Circle) -> Option<Pos2> {
        let (centre, scale) = self.geometry?;
        let ring = self.layout.as_ref()?.ring(circle)?;
        let middle = if ring.middle() > 0.0 {
            ring.middle()
        } else {
            ring.outer / 2.0
        };
        Some(centre - Vec2::new(middle * scale, 0.0))
    }

    /// Draws the screen into the window's remaining space; `revision` is the network's, so
    /// the layout is recomputed only after a change.
    pub fn circles_screen_ui(&mut self, ui: &mut egui::Ui, ctx: &mut ScreenCtx) {
        let (network, revision, today) = (ctx.network, ctx.revision, ctx.today);
        let queue = &mut *ctx.queue;
        if !self
            .layout
            .as_ref()
            .is_some_and(|l| l.is_current(revision, today))
        {
            self.layout = Some(CirclesLayout::new(network, revision, today));
        }
        let Some(layout) = &self.layout else {
            return;
        };
        egui::Panel::right("circles-legend")
            .resizable(false)
            .default_size(LEGEND_WIDTH)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| legend_ui(ui, layout));
            });
        egui::CentralPanel::default().show(ui, |ui| {
            self.geometry = Some(picture_ui(ui, network, layout, queue));
        });
    }
}

/// The widget id of a contact's dot, the same every frame.
fn dot_id(id: ContactId) -> egui::Id {
    egui::Id::unique(("circle-dot", id))
}

/// Fill colour of a dot; white initials read on all of them, on a light or dark panel.
fn dot_colour(dot: &DotLayout) -> Color32 {
    if !dot.upkeep {
        return theme::NO_UPKEEP;
    }
    theme::health_fill(dot.health)
}

/// Draws rings, labels and dots; returns the centre and scale used.
fn picture_ui(
    ui: &mut egui::Ui,
    network: &Network,
    layout: &CirclesLayout,
    queue: &mut UiQueue,
) -> (Pos2, f32) {
    let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::hover());
    let rect = response.rect;
    let centre = rect.center();
    let scale = (rect.width().min(rect.height()) / 2.0 - MARGIN).max(60.0);
    let visuals = ui.visuals().clone();
    let pointer_at = ui.input(|i| i.pointer.latest_pos());

    // Which dot is being dragged, and over which ring.
    let dragged = layout
        .dots
        .iter()
        .find(|dot| ui.ctx().is_being_dragged(dot_id(dot.id)));
    let target = dragged
        .and(pointer_at)
        .and_then(|p| layout.circle_at((p - centre).length() / scale));

    for ring in layout.rings.iter().rev() {
        let fill = if ring.circle().rank() % 2 == 0 {
            visuals.faint_bg_color
        } else {
            visuals.panel_fill
        };
        let radius = ring.outer * scale;
        painter.circle_filled(centre, radius, fill);
        if ring.is_over_budget() {
            painter.circle_filled(centre, radius, visuals.warn_fg_color.gamma_multiply(0.12));
        }
        let stroke = if target == Some(ring.circle()) {
            visuals.selection.stroke
        } else {
            visuals.widgets.noninteractive.bg_stroke
        };
        painter.circle_stroke(centre, radius, stroke);
    }
    for ring in &layout.rings {
        ring_label_ui(ui, &painter, ring, centre, scale);
    }

    let radius = DOT_RADIUS * scale;
    let text_size = (radius * 0.95).clamp(7.0, 16.0);
    for dot in &layout.dots {
        let position = centre + dot.offset * scale;
        let id = dot_id(dot.id);
        let response = ui.interact(
            Rect::from_center_size(position, Vec2::splat(radius * 2.0)),
            id,
            Sense::click_and_drag(),
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &dot.name));
        let being_dragged = response.dragged();
        if being_dragged {
            // A faint ghost stays where the dot was.
            painter.circle_filled(position, radius, dot_colour(dot).gamma_multiply(0.3));
            ui.set_cursor_icon(egui::CursorIcon::Grabbing);
        } else {
            dot_ui(&painter, dot, position, radius, text_size, &visuals);
        }
        if response.drag_stopped() {
            let drop = response
                .interact_pointer_pos()
                .or(pointer_at)
                .and_then(|p| layout.circle_at((p - centre).length() / scale));
            if let Some(circle) = drop.filter(|c| *c != dot.circle) {
                let label = tr!(
                    "action-move-one",
                    name = dot.name.as_str(),
                    circle = circle.label()
                );
                if let Some(action) =
                    edits::update_contacts(network, &[dot.id], &label, |c| c.circle = circle)
                {
                    queue.apply(action);
                }
            }
        } else if response.clicked() {
            queue.open_contact(dot.id);
        }
        if response.hovered() && !being_dragged {
            ui.set_cursor_icon(egui::CursorIcon::Grab);
        }
        response.on_hover_ui(|ui| dot_tooltip_ui(ui, dot));
    }
    // The dragged dot is drawn last, above the others.
    if let (Some(dot), Some(p)) = (dragged, pointer_at) {
        dot_ui(&painter, dot, p, radius * 1.15, text_size, &visuals);
    }
    (centre, scale)
}

fn dot_ui(
    painter: &egui::Painter,
    dot: &DotLayout,
    position: Pos2,
    radius: f32,
    text_size: f32,
    visuals: &egui::Visuals,
) {
    painter.circle(
        position,
        radius,
        dot_colour(dot),
        Stroke::new(1.0, visuals.panel_fill),
    );
    if dot.hub {
        painter.circle_stroke(
            position,
            radius + 2.5,
            Stroke::new(2.0, visuals.strong_text_color()),
        );
    }
    painter.text(
        position,
        egui::Align2::CENTER_CENTER,
        &dot.initials,
        FontId::proportional(text_size),
        theme::DOT_TEXT,
    );
}

/// "count / budget" at the top of the band (the centre for the innermost disk), and
/// "+ N more" at the bottom when the band cannot show everyone.
fn ring_label_ui(
    ui: &egui::Ui,
    painter: &egui::Painter,
    ring: &RingLayout,
    centre: Pos2,
    scale: f32,
) {
    let visuals = ui.visuals();
    let colour = if ring.is_over_budget() {
        visuals.warn_fg_color
    } else {
        visuals.text_color()
    };
    let middle = ring.middle() * scale;
    let (top, bottom) = if middle > 0.0 {
        (
            centre - Vec2::new(0.0, middle),
            centre + Vec2::new(0.0, middle),
        )
    } else {
        (centre - Vec2::new(0.0, 7.0), centre + Vec2::new(0.0, 9.0))
    };
    pill_ui(painter, top, ring.fill_text(), 13.0, colour, visuals);
    if ring.hidden > 0 {
        let text = tr!("circles-more", count = grouped(ring.hidden));
        pill_ui(
            painter,
            bottom,
            text,
            11.0,
            visuals.weak_text_color(),
            visuals,
        );
    }
}

/// Text on a small panel-coloured background, so ring edges never run through it.
fn pill_ui(
    painter: &egui::Painter,
    at: Pos2,
    text: String,
    size: f32,
    colour: Color32,
    visuals: &egui::Visuals,
) {
    let galley = painter.layout_no_wrap(text, FontId::proportional(size), colour);
    let rect = Rect::from_center_size(at, galley.size() + Vec2::new(8.0, 2.0));
    painter.rect_filled(rect, 4.0, visuals.panel_fill);
    painter.galley(rect.min + Vec2::new(4.0, 1.0), galley, colour);
}

fn dot_tooltip_ui(ui: &mut egui::Ui, dot: &DotLayout) {
    ui.strong(&dot.name);
    ui.label(tr!("circles-tip-circle", circle = dot.circle.label()));
    ui.label(match dot.last_touch {
        Some(day) => tr!("circles-tip-last-touch", date = spoken_date(day)),
        None => tr!("circles-tip-never"),
    });
    ui.label(match dot.next_due {
        Some(day) => tr!(
            "circles-tip-next-due",
            date = spoken_date(day),
            health = dot.health.label()
        ),
        None => tr!("circles-tip-no-upkeep"),
    });
    if dot.hub {
        ui.label(tr!("field-hub"));
    }
    ui.weak(tr!("circles-tip-help"));
}

fn legend_ui(ui: &mut egui::Ui, layout: &CirclesLayout) {
    ui.heading(tr!("screen-circles"));
    ui.label(tr!("circles-help"));
    ui.horizontal_wrapped(|ui| {
        let grey = theme::NO_UPKEEP;
        for (label, colour) in [
            (Health::Ok.label(), theme::health_fill(Health::Ok)),
            (Health::Due.label(), theme::health_fill(Health::Due)),
            (Health::AtRisk.label(), theme::health_fill(Health::AtRisk)),
            (tr!("settings-no-upkeep"), grey),
        ] {
            let (rect, _) = ui.allocate_exact_size(Vec2::splat(12.0), Sense::hover());
            ui.painter().circle_filled(rect.center(), 6.0, colour);
            ui.label(label);
        }
        let (rect, _) = ui.allocate_exact_size(Vec2::splat(14.0), Sense::hover());
        ui.painter().circle_stroke(
            rect.center(),
            6.0,
            Stroke::new(2.0, ui.visuals().strong_text_color()),
        );
        ui.label(tr!("field-hub").to_lowercase());
    });
    ui.separator();
    for ring in &layout.rings {
        ring_legend_ui(ui, ring);
        ui.add_space(4.0);
    }
    ui.weak(tr!("circles-budgets"));
}

fn ring_legend_ui(ui: &mut egui::Ui, ring: &RingLayout) {
    let circle = ring.circle();
    let warn = ui.visuals().warn_fg_color;
    ui.horizontal(|ui| {
        ui.strong(circle.label());
        let text = egui::RichText::new(ring.fill_text());
        ui.label(if ring.is_over_budget() {
            text.color(warn).strong()
        } else {
            text
        });
    });
    if ring.is_over_budget() {
        let names = if ring.move_out_names.is_empty() {
            String::new()
        } else {
            tr!(
                "circles-could-move-out",
                names = ring.move_out_names.join(", ")
            )
        };
        ui.colored_label(
            warn,
            tr!(
                "circles-over-budget",
                over = ring.fill.over_by(),
                names = names
            ),
        );
    }
    if ring.hidden > 0 {
        ui.weak(tr!("circles-not-drawn", count = grouped(ring.hidden)));
    }
    egui::CollapsingHeader::new(tr!("circles-about-cadence"))
        .id_salt(("circle-about", circle.key()))
        .show(ui, |ui| {
            let default = circle.default_cadence_days();
            ui.label(match (ring.cadence_days, default) {
                (Some(days), Some(research)) if days != research => {
                    tr!("circles-cadence-research", days = days, research = research)
                }
                (Some(days), _) => tr!("circles-cadence", days = days),
                (None, _) => tr!("circles-no-upkeep"),
            });
            ui.label(circle.research_note());
        });
}

/// 27000 as "27,000" (in Danish "27.000").
fn grouped(n: usize) -> String {
    let separator = match crate::i18n::language() {
        Language::English => ',',
        Language::Danish => '.',
    };
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(grouped(7), "7");
        assert_eq!(grouped(1500), "1,500");
        assert_eq!(grouped(27_000), "27,000");
        assert_eq!(grouped(1_234_567), "1,234,567");
    }
}

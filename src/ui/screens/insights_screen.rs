use egui::Color32;
use egui_plot::{
    Bar, BarChart, GridInput, GridMark, HLine, Line, MarkerShape, Plot, PlotPoint, Points, Text,
};

use crate::domain::{Circle, Network};
use crate::i18n::spoken_date::{short_date, short_month, spoken_date};
use crate::review::{Insights, PersonScore};

use crate::ui::ScreenCtx;
use crate::ui::UiQueue;

/// Height of each chart.
const CHART_HEIGHT: f32 = 210.0;

use crate::tr;
use crate::ui::Memo;
use crate::ui::theme::{ASK_COLOUR, CIRCLE_COLOURS, GIFT_COLOUR, PREMATURE_COLOUR};

/// Charts of how the network is doing: touches per week by circle, gifts vs asks, circle
/// fill vs budget, time share against Dunbar's finding, overdue over time, and the people
/// lists (ambassadors, hubs, balance leaders, people you owe).
#[derive(Debug, Default)]
pub struct InsightsScreen {
    /// The numbers, kept until the network or the day changes.
    insights: Memo<Insights>,
    /// The x-axis labels (weeks, months, review days), kept with the numbers and the
    /// language: a few hundred dates are not formatted every frame.
    labels: Memo<AxisLabels>,
}

/// The x-axis labels of the time charts: weeks, months and the days of finished reviews.
type AxisLabels = [Vec<String>; 3];

fn axis_labels(insights: &Insights) -> AxisLabels {
    [
        insights
            .week_starts
            .iter()
            .map(|d| short_date(*d))
            .collect(),
        insights
            .giving
            .iter()
            .map(|m| short_month(m.month))
            .collect(),
        insights
            .overdue
            .iter()
            .map(|(d, _)| short_date(*d))
            .collect(),
    ]
}

impl InsightsScreen {
    /// The numbers shown (computed on the first frame that shows the screen).
    pub fn insights(&self) -> Option<&Insights> {
        self.insights.peek()
    }

    /// Draws the screen.
    pub fn insights_screen_ui(&mut self, ui: &mut egui::Ui, ctx: &mut ScreenCtx) {
        let (network, revision, today) = (ctx.network, ctx.revision, ctx.today);
        let queue = &mut *ctx.queue;
        let insights = self
            .insights
            .get(revision, today, || Insights::compute(network, today));
        let [weeks, months, reviews] = self
            .labels
            .get(revision, today, || axis_labels(insights))
            .clone();
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.heading(tr!("screen-insights"));
                if !insights.has_contacts() && !insights.has_touches() {
                    ui.label(tr!("insights-nothing"));
                    return;
                }
                ui.label(tr!("insights-as-of", date = spoken_date(today)));
                ui.add_space(6.0);
                ui.columns(2, |columns| {
                    if let [left, right] = columns {
                        touches_chart(left, insights, weeks);
                        giving_chart(right, insights, months);
                    }
                });
                ui.add_space(8.0);
                ui.columns(2, |columns| {
                    if let [left, right] = columns {
                        fill_chart(left, insights);
                        share_chart(right, insights);
                    }
                });
                ui.add_space(8.0);
                ui.columns(2, |columns| {
                    if let [left, right] = columns {
                        overdue_chart(left, insights, reviews);
                        people_ui(right, network, insights, queue);
                    }
                });
            });
    }
}

/// A chart's title and its one-line caption.
fn title_ui(ui: &mut egui::Ui, title: &str, caption: &str) {
    ui.label(egui::RichText::new(title).strong().size(15.0));
    ui.label(egui::RichText::new(caption).weak());
}

/// Grid lines for a count axis: whole numbers, about four labelled lines whatever the
/// range (`egui_plot`'s default steps of ten leave a range like 0–8 with only "0" labelled).
fn count_marks(input: GridInput) -> Vec<GridMark> {
    egui_plot::uniform_grid_spacer(|input: GridInput| {
        let rough = ((input.bounds.1 - input.bounds.0).abs() / 4.0).max(1.0);
        let magnitude = 10_f64.powf(rough.log10().floor());
        let step = [1.0, 2.0, 5.0, 10.0]
            .into_iter()
            .map(|m| m * magnitude)
            .find(|s| *s >= rough)
            .unwrap_or(magnitude * 10.0);
        [step, step * 5.0, step * 10.0]
    })(input)
}

fn chart(id: &str) -> Plot<'_> {
    Plot::new(id)
        .height(CHART_HEIGHT)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .y_axis_min_width(28.0)
}

/// A chart of whole counts over time: `axes` are the x and y labels, `steps` the x grid
/// spacing, `labels` the names of the x categories.
fn count_chart(id: &str, axes: [String; 2], steps: [f64; 3], labels: Vec<String>) -> Plot<'_> {
    let [x_label, y_label] = axes;
    chart(id)
        .x_axis_label(x_label)
        .y_axis_label(y_label)
        .y_grid_spacer(count_marks)
        // All zeros would otherwise centre the axis on 0 and show negative counts.
        .include_y(1.0)
        .x_grid_spacer(egui_plot::uniform_grid_spacer(move |_| steps))
        .x_axis_formatter(move |mark, _| category_label(&mark, &labels))
        .include_y(0.0)
}

/// A chart with one bar group per circle, labelled by circle, from 0 to at least `top`.
fn circle_chart<'a>(id: &'a str, y_label: &str, top: f64) -> Plot<'a> {
    let labels = circle_labels();
    chart(id)
        .x_axis_label(tr!("insights-axis-circle"))
        .y_axis_label(y_label)
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 2.0, 6.0]))
        .x_axis_formatter(move |mark, _| category_label(&mark, &labels))
        .include_y(0.0)
        .include_y(top)
}

/// The label of category `mark` (0, 1, 2 …) among `labels`, empty between categories.
fn category_label(mark: &GridMark, labels: &[String]) -> String {
    let rounded = mark.value.round();
    if (mark.value - rounded).abs() > 1e-6 || rounded < 0.0 {
        return String::new();
    }
    format!("{rounded}")
        .parse::<usize>()
        .ok()
        .and_then(|i| labels.get(i).cloned())
        .unwrap_or_default()
}

fn touches_chart(ui: &mut egui::Ui, insights: &Insights, labels: Vec<String>) {
    let so_far = insights
        .this_week_so_far
        .map_or_else(String::new, |n| tr!("insights-week-so-far", count = n));
    title_ui(
        ui,
        &tr!("insights-touches-title"),
        &tr!("insights-touches-caption", so_far = so_far),
    );
    if !insights.has_touches() {
        nothing_yet_ui(ui);
        return;
    }
    let keys: Vec<(String, Color32, Mark)> = insights
        .touches_per_week
        .iter()
        .zip(CIRCLE_COLOURS)
        .map(|(series, colour)| (series.circle.label(), colour, Mark::Line))
        .collect();
    legend_ui(ui, &keys);
    count_chart(
        "insights-touches",
        [tr!("insights-axis-week"), tr!("insights-axis-touches")],
        [4.0, 12.0, 52.0],
        labels,
    )
    .show(ui, |plot| {
        for (series, colour) in insights.touches_per_week.iter().zip(CIRCLE_COLOURS) {
            let points: Vec<[f64; 2]> = series
                .counts
                .iter()
                .zip(0_u32..)
                .map(|(count, week)| [f64::from(week), f64::from(*count)])
                .collect();
            plot.line(
                Line::new(series.circle.label(), points)
                    .color(colour)
                    .width(1.5),
            );
        }
    });
}

fn giving_chart(ui: &mut egui::Ui, insights: &Insights, labels: Vec<String>) {
    title_ui(
        ui,
        &tr!("insights-giving-title"),
        &tr!("insights-giving-caption"),
    );
    if !insights.has_giving() {
        nothing_yet_ui(ui);
        return;
    }
    legend_ui(
        ui,
        &[
            (tr!("insights-gifts-given"), GIFT_COLOUR, Mark::Bar),
            (tr!("insights-asks-made"), ASK_COLOUR, Mark::Bar),
            (tr!("insights-premature-asks"), PREMATURE_COLOUR, Mark::Bar),
        ],
    );
    let mut gifts = Vec::new();
    let mut asks = Vec::new();
    let mut premature = Vec::new();
    for (month, i) in insights.giving.iter().zip(0_u32..) {
        let x = f64::from(i);
        let bar = |x: f64, height: u32, colour: Color32| {
            Bar::new(x, f64::from(height)).width(0.38).fill(colour)
        };
        gifts.push(bar(x - 0.2, month.gifts, GIFT_COLOUR));
        asks.push(bar(x + 0.2, month.asks, ASK_COLOUR));
        premature.push(bar(x + 0.2, month.premature, PREMATURE_COLOUR));
    }
    count_chart(
        "insights-giving",
        [tr!("insights-axis-month"), tr!("insights-axis-count")],
        [1.0, 4.0, 12.0],
        labels,
    )
    .show(ui, |plot| {
        plot.add(BarChart::new(tr!("insights-gifts-given"), gifts).color(GIFT_COLOUR));
        plot.add(BarChart::new(tr!("insights-asks-made"), asks).color(ASK_COLOUR));
        plot.add(BarChart::new(tr!("insights-premature-asks"), premature).color(PREMATURE_COLOUR));
    });
}

fn circle_labels() -> Vec<String> {
    Circle::ALL
        .iter()
        .map(|c| format!("{} {}", short_label(*c), c.budget()))
        .collect()
}

/// A circle's name short enough for an axis: "Support", "Acquaint.", …
fn short_label(circle: Circle) -> String {
    match circle {
        Circle::Support => tr!("circle-short-support"),
        Circle::Sympathy => tr!("circle-short-sympathy"),
        Circle::Affinity => tr!("circle-short-affinity"),
        Circle::Active => tr!("circle-short-active"),
        Circle::Acquaintance => tr!("circle-short-acquaintance"),
        Circle::Known => tr!("circle-short-known"),
    }
}

/// How a legend key is drawn: like the marks it names.
#[derive(Clone, Copy)]
enum Mark {
    Line,
    Bar,
    Diamond,
}

/// A row of keys above a chart, each drawn as the mark it names (a stroke for a line, a
/// block for bars, a diamond for points), with its name.
fn legend_ui(ui: &mut egui::Ui, keys: &[(String, Color32, Mark)]) {
    ui.horizontal_wrapped(|ui| {
        for (name, colour, mark) in keys {
            key_ui(ui, name, *colour, *mark);
            ui.add_space(6.0);
        }
    });
}

/// One legend key: the mark drawn, then its name, as one item so the pair wraps together
/// (a nested `horizontal` would not wrap and would widen the column instead).
fn key_ui(ui: &mut egui::Ui, name: &str, colour: Color32, mark: Mark) {
    let galley = egui::WidgetText::from(name).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Body,
    );
    let mark_width = 22.0;
    let size = egui::vec2(mark_width + galley.size().x, galley.size().y);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, name));
    let painter = ui.painter();
    let centre = egui::pos2(rect.left() + 9.0, rect.center().y);
    match mark {
        Mark::Line => {
            let half = egui::vec2(8.0, 0.0);
            painter.line_segment([centre - half, centre + half], (2.5, colour));
        }
        Mark::Bar => {
            let block = egui::Rect::from_center_size(centre, egui::vec2(9.0, 12.0));
            painter.rect_filled(block, 1.0, colour);
        }
        Mark::Diamond => {
            let points = [(0.0, -6.0), (6.0, 0.0), (0.0, 6.0), (-6.0, 0.0)]
                .map(|(x, y)| centre + egui::vec2(x, y))
                .to_vec();
            painter.add(egui::Shape::convex_polygon(
                points,
                colour,
                egui::Stroke::NONE,
            ));
        }
    }
    let text_at = egui::pos2(rect.left() + mark_width, rect.top());
    painter.galley(text_at, galley, ui.visuals().text_color());
}

/// What a chart says while there is nothing to draw (rather than empty, negative axes).
fn nothing_yet_ui(ui: &mut egui::Ui) {
    ui.label(tr!("insights-chart-nothing"));
}

fn fill_chart(ui: &mut egui::Ui, insights: &Insights) {
    title_ui(
        ui,
        &tr!("insights-fill-title"),
        &tr!("insights-fill-caption"),
    );
    let bars: Vec<Bar> = insights
        .fills
        .iter()
        .zip(0_u32..)
        .zip(CIRCLE_COLOURS)
        .map(|((fill, i), colour)| {
            Bar::new(f64::from(i), fill.drawn_percent())
                .width(0.6)
                .fill(colour)
                .name(tr!(
                    "insights-fill-of",
                    count = fill.cumulative,
                    budget = fill.budget
                ))
        })
        .collect();
    circle_chart("insights-fill", &tr!("insights-axis-budget"), 110.0).show(ui, |plot| {
        plot.add(BarChart::new(tr!("insights-fill"), bars));
        for (fill, i) in insights.fills.iter().zip(0_u32..) {
            if fill.is_capped() {
                plot.add(
                    Text::new(
                        tr!("insights-cut-bar"),
                        PlotPoint::new(f64::from(i), fill.drawn_percent()),
                        format!("{:.0} %", fill.percent()),
                    )
                    .anchor(egui::Align2::CENTER_BOTTOM)
                    .color(ui_text_colour(plot.ctx())),
                );
            }
        }
        plot.add(
            HLine::new(tr!("insights-budget"), 100.0)
                .color(ui_text_colour(plot.ctx()))
                .style(egui_plot::LineStyle::dashed_loose()),
        );
    });
}

fn share_chart(ui: &mut egui::Ui, insights: &Insights) {
    title_ui(
        ui,
        &tr!("insights-share-title"),
        &tr!("insights-share-caption"),
    );
    if !insights.has_touches() {
        nothing_yet_ui(ui);
        return;
    }
    let text = ui_text_colour(ui.ctx());
    legend_ui(
        ui,
        &[
            (tr!("insights-your-share"), text, Mark::Bar),
            (tr!("insights-dunbar-finding"), text, Mark::Diamond),
        ],
    );
    let bars: Vec<Bar> = insights
        .shares
        .iter()
        .zip(0_u32..)
        .zip(CIRCLE_COLOURS)
        .map(|((share, i), colour)| {
            Bar::new(f64::from(i), share.share * 100.0)
                .width(0.6)
                .fill(colour)
                .name(tr!("insights-n-touches", count = share.touches))
        })
        .collect();
    let dunbar: Vec<[f64; 2]> = insights
        .shares
        .iter()
        .zip(0_u32..)
        .filter_map(|(share, i)| share.dunbar.map(|d| [f64::from(i), d * 100.0]))
        .collect();
    circle_chart("insights-share", &tr!("insights-axis-share"), 50.0).show(ui, |plot| {
        plot.add(BarChart::new(tr!("insights-your-share"), bars));
        plot.add(
            Points::new(tr!("insights-dunbar-finding"), dunbar)
                .shape(MarkerShape::Diamond)
                .radius(7.0)
                .filled(true)
                .color(ui_text_colour(plot.ctx())),
        );
    });
}

fn overdue_chart(ui: &mut egui::Ui, insights: &Insights, labels: Vec<String>) {
    title_ui(
        ui,
        &tr!("insights-overdue-title"),
        &tr!("insights-overdue-caption"),
    );
    if insights.overdue.is_empty() {
        ui.label(tr!("insights-no-reviews"));
        return;
    }
    let points: Vec<[f64; 2]> = insights
        .overdue
        .iter()
        .zip(0_u32..)
        .map(|((_, count), i)| [f64::from(i), f64::from(*count)])
        .collect();
    chart("insights-overdue")
        .x_axis_label(tr!("insights-axis-review"))
        .y_axis_label(tr!("insights-axis-overdue"))
        .y_grid_spacer(count_marks)
        // All zeros would otherwise centre the axis on 0 and show negative counts.
        .include_y(1.0)
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 4.0, 12.0]))
        .x_axis_formatter(move |mark, _| category_label(&mark, &labels))
        .include_y(0.0)
        .show(ui, |plot| {
            plot.line(
                Line::new(tr!("insights-overdue"), points.clone())
                    .color(ASK_COLOUR)
                    .width(2.0),
            );
            plot.add(
                Points::new(tr!("insights-reviews"), points)
                    .radius(3.5)
                    .color(ASK_COLOUR),
            );
        });
}

fn ui_text_colour(ctx: &egui::Context) -> Color32 {
    ctx.global_style().visuals.text_color()
}

fn people_ui(ui: &mut egui::Ui, network: &Network, insights: &Insights, queue: &mut UiQueue) {
    title_ui(
        ui,
        &tr!("insights-people-title"),
        &tr!("insights-people-caption"),
    );
    ui.columns(2, |columns| {
        if let [left, right] = columns {
            list_ui(
                left,
                network,
                &tr!("insights-ambassadors"),
                &insights.ambassadors,
                |n| format!("{n}\u{d7}"),
                queue,
            );
            list_ui(
                right,
                network,
                &tr!("insights-hubs"),
                &insights.hubs,
                |n| format!("{n}"),
                queue,
            );
            left.add_space(8.0);
            right.add_space(8.0);
            list_ui(
                left,
                network,
                &tr!("insights-balance-leaders"),
                &insights.balance_leaders,
                |n| format!("+{n}"),
                queue,
            );
            list_ui(
                right,
                network,
                &tr!("insights-owed"),
                &insights.owed,
                |n| tr!("n-days", count = n),
                queue,
            );
        }
    });
}

fn list_ui(
    ui: &mut egui::Ui,
    network: &Network,
    title: &str,
    people: &[PersonScore],
    score: impl Fn(i64) -> String,
    queue: &mut UiQueue,
) {
    ui.vertical(|ui| {
        ui.label(egui::RichText::new(title).strong());
        if people.is_empty() {
            ui.label(egui::RichText::new(tr!("insights-nobody")).weak());
        }
        for person in people {
            let Some(contact) = network.contact(person.contact) else {
                continue;
            };
            ui.horizontal(|ui| {
                if ui.link(&contact.display_name).clicked() {
                    queue.open_contact(contact.id);
                }
                ui.label(egui::RichText::new(score(person.score)).weak());
            });
        }
    });
}

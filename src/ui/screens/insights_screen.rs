use chrono::NaiveDate;
use egui::Color32;
use egui_plot::{
    Bar, BarChart, GridInput, GridMark, HLine, Legend, Line, MarkerShape, Plot, Points,
};

use crate::domain::{Circle, Network};
use crate::review::{Insights, PersonScore};

use crate::ui::ScreenCtx;
use crate::ui::UiQueue;

/// Height of each chart.
const CHART_HEIGHT: f32 = 210.0;

use crate::ui::theme::{ASK_COLOUR, CIRCLE_COLOURS, GIFT_COLOUR, PREMATURE_COLOUR};

/// Charts of how the network is doing: touches per week by circle, gifts vs asks, circle
/// fill vs budget, time share against Dunbar's finding, overdue over time, and the people
/// lists (ambassadors, hubs, balance leaders, people you owe).
#[derive(Debug, Default)]
pub struct InsightsScreen {
    insights: Option<Insights>,
    /// The revision and day the insights were computed for.
    computed_for: Option<(u64, NaiveDate)>,
}

impl InsightsScreen {
    /// The numbers shown (computed on the first frame that shows the screen).
    pub fn insights(&self) -> Option<&Insights> {
        self.insights.as_ref()
    }

    /// Draws the screen.
    pub fn insights_screen_ui(&mut self, ui: &mut egui::Ui, ctx: &mut ScreenCtx) {
        let (network, revision, today) = (ctx.network, ctx.revision, ctx.today);
        let queue = &mut *ctx.queue;
        if self.computed_for != Some((revision, today)) {
            self.insights = Some(Insights::compute(network, today));
            self.computed_for = Some((revision, today));
        }
        let Some(insights) = &self.insights else {
            return;
        };
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.heading("Insights");
                ui.label(format!("How your network is doing, as of {today}."));
                ui.add_space(6.0);
                ui.columns(2, |columns| {
                    if let [left, right] = columns {
                        touches_chart(left, insights);
                        giving_chart(right, insights);
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
                        overdue_chart(left, insights);
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

fn touches_chart(ui: &mut egui::Ui, insights: &Insights) {
    title_ui(
        ui,
        "Touches per week by circle",
        "Each line counts one circle's touches per week over the last year.",
    );
    let labels: Vec<String> = insights
        .week_starts
        .iter()
        .map(|d| d.format("%-d %b").to_string())
        .collect();
    let keys: Vec<(&str, Color32)> = insights
        .touches_per_week
        .iter()
        .zip(CIRCLE_COLOURS)
        .map(|(series, colour)| (series.circle.label(), colour))
        .collect();
    legend_ui(ui, &keys);
    chart("insights-touches")
        .x_axis_label("week starting")
        .y_axis_label("touches")
        .y_grid_spacer(count_marks)
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [4.0, 12.0, 52.0]))
        .x_axis_formatter(move |mark, _| category_label(&mark, &labels))
        .include_y(0.0)
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

fn giving_chart(ui: &mut egui::Ui, insights: &Insights) {
    title_ui(
        ui,
        "Gifts given vs asks made per month",
        "Green: gifts you gave. Blue: asks you made; red: those asked before giving (premature).",
    );
    let labels: Vec<String> = insights
        .giving
        .iter()
        .map(|m| m.month.format("%b").to_string())
        .collect();
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
    chart("insights-giving")
        .legend(
            Legend::default()
                .position(egui_plot::Corner::LeftTop)
                .follow_insertion_order(true),
        )
        .x_axis_label("month")
        .y_axis_label("count")
        .y_grid_spacer(count_marks)
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 3.0, 12.0]))
        .x_axis_formatter(move |mark, _| category_label(&mark, &labels))
        .include_y(0.0)
        .show(ui, |plot| {
            plot.add(BarChart::new("gifts given", gifts).color(GIFT_COLOUR));
            plot.add(BarChart::new("asks made", asks).color(ASK_COLOUR));
            plot.add(BarChart::new("premature asks", premature).color(PREMATURE_COLOUR));
        });
}

fn circle_labels() -> Vec<String> {
    Circle::ALL
        .iter()
        .map(|c| format!("{} {}", short_label(*c), c.budget()))
        .collect()
}

/// A circle's name short enough for an axis: "Support", "Acquaint.", …
const fn short_label(circle: Circle) -> &'static str {
    match circle {
        Circle::Support => "Support",
        Circle::Sympathy => "Sympathy",
        Circle::Affinity => "Affinity",
        Circle::Active => "Active",
        Circle::Acquaintance => "Acquaint.",
        Circle::Known => "Known",
    }
}

/// A row of coloured dots with names, above a chart whose lines it names.
fn legend_ui(ui: &mut egui::Ui, keys: &[(&str, Color32)]) {
    ui.horizontal_wrapped(|ui| {
        for (name, colour) in keys {
            ui.label(egui::RichText::new("\u{25cf}").color(*colour));
            ui.label(*name);
            ui.add_space(6.0);
        }
    });
}

fn fill_chart(ui: &mut egui::Ui, insights: &Insights) {
    title_ui(
        ui,
        "Circle fill vs budget",
        "People in each circle and the ones inside it, as % of its soft budget; above 100 % \
         the circle is over budget.",
    );
    let labels = circle_labels();
    let bars: Vec<Bar> = insights
        .fills
        .iter()
        .zip(0_u32..)
        .zip(CIRCLE_COLOURS)
        .map(|((fill, i), colour)| {
            let count = |n: usize| f64::from(u32::try_from(n).unwrap_or(u32::MAX));
            let percent = count(fill.cumulative) * 100.0 / count(fill.budget.max(1));
            Bar::new(f64::from(i), percent)
                .width(0.6)
                .fill(colour)
                .name(format!("{} of {}", fill.cumulative, fill.budget))
        })
        .collect();
    chart("insights-fill")
        .x_axis_label("circle (budget)")
        .y_axis_label("% of budget")
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 2.0, 6.0]))
        .x_axis_formatter(move |mark, _| category_label(&mark, &labels))
        .include_y(0.0)
        .include_y(110.0)
        .show(ui, |plot| {
            plot.add(BarChart::new("fill", bars));
            plot.add(
                HLine::new("budget", 100.0)
                    .color(ui_text_colour(plot.ctx()))
                    .style(egui_plot::LineStyle::dashed_loose()),
            );
        });
}

fn share_chart(ui: &mut egui::Ui, insights: &Insights) {
    title_ui(
        ui,
        "Share of your touches by circle",
        "Last year's touches by circle; diamonds: Dunbar's ~40 % to the closest 5 and ~20 % to \
         the next 10.",
    );
    let labels = circle_labels();
    let bars: Vec<Bar> = insights
        .shares
        .iter()
        .zip(0_u32..)
        .zip(CIRCLE_COLOURS)
        .map(|((share, i), colour)| {
            Bar::new(f64::from(i), share.share * 100.0)
                .width(0.6)
                .fill(colour)
                .name(format!("{} touches", share.touches))
        })
        .collect();
    let dunbar: Vec<[f64; 2]> = insights
        .shares
        .iter()
        .zip(0_u32..)
        .filter_map(|(share, i)| share.dunbar.map(|d| [f64::from(i), d * 100.0]))
        .collect();
    chart("insights-share")
        .legend(
            Legend::default()
                .position(egui_plot::Corner::RightTop)
                .follow_insertion_order(true),
        )
        .x_axis_label("circle (budget)")
        .y_axis_label("% of touches")
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 2.0, 6.0]))
        .x_axis_formatter(move |mark, _| category_label(&mark, &labels))
        .include_y(0.0)
        .include_y(50.0)
        .show(ui, |plot| {
            plot.add(BarChart::new("your share", bars));
            plot.add(
                Points::new("Dunbar's finding", dunbar)
                    .shape(MarkerShape::Diamond)
                    .radius(7.0)
                    .filled(true)
                    .color(ui_text_colour(plot.ctx())),
            );
        });
}

fn overdue_chart(ui: &mut egui::Ui, insights: &Insights) {
    title_ui(
        ui,
        "Overdue at each weekly review",
        "How many people were overdue when you finished each weekly review; falling is good.",
    );
    if insights.overdue.is_empty() {
        ui.label("No finished reviews yet: finish a weekly review to start this chart.");
        return;
    }
    let labels: Vec<String> = insights
        .overdue
        .iter()
        .map(|(date, _)| date.format("%-d %b").to_string())
        .collect();
    let points: Vec<[f64; 2]> = insights
        .overdue
        .iter()
        .zip(0_u32..)
        .map(|((_, count), i)| [f64::from(i), f64::from(*count)])
        .collect();
    chart("insights-overdue")
        .x_axis_label("review")
        .y_axis_label("people overdue")
        .y_grid_spacer(count_marks)
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 4.0, 12.0]))
        .x_axis_formatter(move |mark, _| category_label(&mark, &labels))
        .include_y(0.0)
        .show(ui, |plot| {
            plot.line(
                Line::new("overdue", points.clone())
                    .color(ASK_COLOUR)
                    .width(2.0),
            );
            plot.add(Points::new("reviews", points).radius(3.5).color(ASK_COLOUR));
        });
}

fn ui_text_colour(ctx: &egui::Context) -> Color32 {
    ctx.global_style().visuals.text_color()
}

fn people_ui(ui: &mut egui::Ui, network: &Network, insights: &Insights, queue: &mut UiQueue) {
    title_ui(
        ui,
        "People",
        "Who spreads your work, who connects, where you gave most, and who you owe.",
    );
    ui.columns(2, |columns| {
        if let [left, right] = columns {
            list_ui(
                left,
                network,
                "Ambassadors (shared your work, 24 months)",
                &insights.ambassadors,
                |n| format!("{n}\u{d7}"),
                queue,
            );
            list_ui(
                right,
                network,
                "Hubs (touches, 24 months)",
                &insights.hubs,
                |n| format!("{n}"),
                queue,
            );
            left.add_space(8.0);
            right.add_space(8.0);
            list_ui(
                left,
                network,
                "Balance leaders (gifts minus asks)",
                &insights.balance_leaders,
                |n| format!("+{n}"),
                queue,
            );
            list_ui(
                right,
                network,
                "You owe a gift (waiting)",
                &insights.owed,
                |n| format!("{n} days"),
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
            ui.label(egui::RichText::new("Nobody yet.").weak());
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

//! The egui front end. Panels read the network and push requests into a per-frame queue;
//! the app shell hands them to the session after drawing.

mod app;
mod ask_plan;
mod background_saver;
mod banner;
mod banner_message;
mod circles_layout;
mod circles_screen;
mod command_palette;
mod composer;
mod contact_draft;
mod contact_filter;
mod contact_page;
mod contact_row;
mod contact_table;
mod contacts_screen;
mod dialog_outcome;
mod dot_layout;
mod draft_field;
mod export_dialog;
mod file_job;
mod file_job_result;
mod gifts_screen;
mod give_first_prompt;
mod import_screen;
mod insights_screen;
mod labelled_combo;
mod labelled_text;
mod library_draft;
mod page_target;
mod palette_item;
mod prompt_choice;
mod quick_log;
mod review_screen;
mod ring_layout;
mod screen;
mod search_index;
mod selection;
mod settings_screen;
mod startup_app;
mod startup_choice;
mod startup_problem;
mod table_sort;
mod trash_screen;
mod ui_command;
mod ui_queue;
mod ui_request;

pub use app::DunbarApp;
pub use ask_plan::AskPlan;
pub use background_saver::{BackgroundSaver, Clock, SaveOutcome};
pub use banner::Banner;
pub use banner_message::BannerMessage;
pub use circles_layout::CirclesLayout;
pub use circles_screen::CirclesScreen;
pub use command_palette::CommandPalette;
pub use composer::Composer;
pub use contact_draft::ContactDraft;
pub use contact_filter::ContactFilter;
pub use contact_page::ContactPage;
pub use contact_row::ContactRow;
pub use contact_table::ContactTable;
pub use contacts_screen::ContactsScreen;
pub use dialog_outcome::DialogOutcome;
pub use dot_layout::DotLayout;
pub use draft_field::DraftField;
pub use export_dialog::ExportDialog;
pub use file_job::FileJob;
pub use file_job_result::FileJobResult;
pub use gifts_screen::GiftsScreen;
pub use give_first_prompt::GiveFirstPrompt;
pub use import_screen::ImportScreen;
pub use insights_screen::InsightsScreen;
pub use library_draft::LibraryDraft;
pub use page_target::PageTarget;
pub use palette_item::PaletteItem;
pub use prompt_choice::PromptChoice;
pub use quick_log::QuickLog;
pub use review_screen::ReviewScreen;
pub use ring_layout::RingLayout;
pub use screen::Screen;
pub use search_index::SearchIndex;
pub use selection::Selection;
pub use settings_screen::SettingsScreen;
pub use startup_app::{Now, OpenApp, StartupApp};
pub use startup_problem::StartupProblem;
pub use table_sort::{SortColumn, TableSort};
pub use trash_screen::TrashScreen;
pub use ui_command::{CommandMenu, UiCommand};
pub use ui_queue::UiQueue;
pub use ui_request::UiRequest;

/// How often the window looks for another device's change to the data file.
const DISK_WATCH_INTERVAL: std::time::Duration = std::time::Duration::from_secs(2);

/// The window icon: concentric rings, Dunbar's circles.
const ICON_PNG: &[u8] = include_bytes!("../../assets/icon.png");

/// Opens the window on a session and runs until it closes. `today` and `clock` come from
/// the caller so the UI never reads the clock itself.
pub fn run_window(
    session: crate::session::Session,
    today: chrono::NaiveDate,
    clock: Clock,
) -> anyhow::Result<()> {
    run_app(Box::new(
        DunbarApp::new(session, today)
            .with_clock(clock)
            .with_disk_watch_interval(DISK_WATCH_INTERVAL),
    ))
}

/// Opens the startup screen for a data folder that could not be opened as usual (damaged
/// file, another Dunbar holds the lock); it becomes the main window once resolved.
pub fn run_startup_window(
    dir: std::path::PathBuf,
    cache_root: Option<std::path::PathBuf>,
    problem: StartupProblem,
    today: chrono::NaiveDate,
    clock: Clock,
) -> anyhow::Result<()> {
    let app_clock = std::sync::Arc::clone(&clock);
    let open_app: OpenApp = Box::new(move |session| {
        Box::new(
            DunbarApp::new(session, today)
                .with_clock(std::sync::Arc::clone(&app_clock))
                .with_disk_watch_interval(DISK_WATCH_INTERVAL),
        )
    });
    let now: Now = Box::new(move || clock());
    run_app(Box::new(
        StartupApp::new(dir, problem, open_app, now).with_cache_root(cache_root),
    ))
}

fn run_app(app: Box<dyn eframe::App>) -> anyhow::Result<()> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Dunbar")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([900.0, 560.0]);
    match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        // A missing icon is cosmetic: say so and open the window anyway.
        Err(error) => eprintln!("dunbar: warning: the window icon could not be read: {error}"),
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native("Dunbar", options, Box::new(move |_cc| Ok(app)))
        .map_err(|e| anyhow::anyhow!("the window could not open: {e}"))
}

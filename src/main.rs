//! The `dunbar` binary: the window without a subcommand, the command line with one.

use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Parser;

use dunbar::cli::{Args, resolve_cache_root, resolve_data_dir, run, visible, visible_lines};
use dunbar::generate::{GenerateSpec, generate_network};
use dunbar::i18n::Language;
use dunbar::session::{Access, Clock, Session};
use dunbar::storage::{DataFolder, Device};
use dunbar::ui::StartupApp;

fn main() -> ExitCode {
    match real_main() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // One line: the error and its causes, each said once (an error that already
            // quotes its cause, as "could not write X: No space left on device" does, is
            // not followed by the same cause again), with control characters made visible.
            let mut line = String::new();
            // Errors of the core and the data folder in the chosen language (their
            // `Display` stays English for logs).
            let said = |cause: &(dyn std::error::Error + 'static)| {
                if let Some(e) = cause.downcast_ref::<dunbar::session::SessionError>() {
                    e.spoken()
                } else if let Some(e) = cause.downcast_ref::<dunbar::storage::StorageError>() {
                    e.spoken()
                } else if let Some(e) = cause.downcast_ref::<dunbar::actions::LogError>() {
                    e.spoken()
                } else {
                    cause.to_string()
                }
            };
            for cause in error.chain().map(said) {
                if line.contains(&cause) {
                    continue;
                }
                if !line.is_empty() {
                    line.push_str(": ");
                }
                line.push_str(&cause);
            }
            eprintln!("dunbar: error: {}", visible(&line));
            ExitCode::FAILURE
        }
    }
}

fn real_main() -> Result<()> {
    let args = Args::parse();
    // One clock for window and command line; `--today` moves only "today".
    let clock = args.today.map_or_else(Clock::system, Clock::system_on);
    let cache_root = resolve_cache_root(args.cache_dir);
    // The command line speaks `--lang`, else the system's language; the window may have a
    // remembered choice of its own, which an explicit `--lang` overrides.
    let system_language = Language::from_system(|name| std::env::var(name).ok());
    dunbar::i18n::set_language(args.lang.unwrap_or(system_language));
    let languages = dunbar::ui::WindowLanguage {
        system: system_language,
        chosen: args.lang,
    };
    let screen = match args.screen.as_deref() {
        Some(name) => Some(
            dunbar::ui::Screen::from_key(name)
                .ok_or_else(|| anyhow::anyhow!(dunbar::tr!("cli-unknown-screen", text = name)))?,
        ),
        None => None,
    };
    let device_dir = dunbar::cli::resolve_device_dir(args.device_dir);
    let device = device_dir.as_deref().and_then(|dir| {
        Device::load_or_create(dir, &dunbar::cli::default_device_name())
            .map_err(|error| eprintln!("dunbar: {}", error.spoken()))
            .ok()
    });
    if let Some(command) = args.command {
        let dir = resolve_data_dir(args.data_dir)?;
        let folder = DataFolder::new(dir)
            .with_cache_root(cache_root)
            .with_device(device, device_dir);
        let mut out = String::new();
        let mut warnings = String::new();
        let result = run(command, &folder, &clock, &mut out, &mut warnings);
        eprint!("{}", visible_lines(&warnings));
        print!("{out}");
        return result;
    }
    if args.demo {
        // Removed when the demo ends, however the window closes (or fails to open).
        let dir = tempfile::Builder::new()
            .prefix("dunbar-demo-")
            .tempdir()
            .context("the demo's temporary folder could not be created")?;
        let network = generate_network(&GenerateSpec::new(600, 7), clock.today())
            .context("the demo network could not be generated")?;
        let mut session =
            Session::create_with(dir.path(), network, dunbar::storage::WINDOW_HOLDER)?;
        session.save(clock.now())?;
        let result = dunbar::ui::run_window(session, clock, true, languages, screen);
        drop(dir);
        return result;
    }
    let dir = resolve_data_dir(args.data_dir)?;
    let folder = DataFolder::new(&dir)
        .with_cache_root(cache_root.clone())
        .with_device(device.clone(), device_dir.clone());
    match Session::open(folder, Access::ReadWrite, dunbar::storage::WINDOW_HOLDER) {
        Ok(session) => dunbar::ui::run_window(session, clock, false, languages, screen),
        // A damaged or locked data file gets the startup screen, which says what to do.
        Err(error) => {
            let problem = StartupApp::problem_for(&dir, &error);
            dunbar::ui::run_startup_window(
                dir,
                cache_root,
                (device, device_dir),
                problem,
                clock,
                languages,
            )
        }
    }
}

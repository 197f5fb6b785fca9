//! The `dunbar` binary: the window without a subcommand, the command line with one.

use std::process::ExitCode;

use anyhow::{Context, Result};
use chrono::Local;
use clap::Parser;

use dunbar::cli::{Args, Clock, resolve_data_dir, run};
use dunbar::generate::{GenerateSpec, generate_network};
use dunbar::session::{Access, Session};
use dunbar::ui::StartupApp;

fn main() -> ExitCode {
    match real_main() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // One line: the error and its causes.
            let causes: Vec<String> = error.chain().map(ToString::to_string).collect();
            eprintln!("dunbar: error: {}", causes.join(": "));
            ExitCode::FAILURE
        }
    }
}

fn real_main() -> Result<()> {
    let args = Args::parse();
    let now = Local::now().naive_local();
    let clock = Clock {
        today: args.today.unwrap_or_else(|| now.date()),
        now,
    };
    if let Some(command) = args.command {
        let dir = resolve_data_dir(args.data_dir)?;
        let mut out = String::new();
        let mut warnings = String::new();
        let result = run(command, &dir, clock, &mut out, &mut warnings);
        eprint!("{warnings}");
        print!("{out}");
        return result;
    }
    if args.demo {
        let dir = std::env::temp_dir().join(format!("dunbar-demo-{}", std::process::id()));
        let network = generate_network(&GenerateSpec::new(600, 7), clock.today)
            .context("the demo network could not be generated")?;
        let mut session = Session::create_with(&dir, network, "the Dunbar demo window")?;
        session.save(clock.now)?;
        return dunbar::ui::run_window(session, clock.today, wall_clock());
    }
    let dir = resolve_data_dir(args.data_dir)?;
    match Session::open(&dir, Access::ReadWrite, "the Dunbar window") {
        Ok(session) => dunbar::ui::run_window(session, clock.today, wall_clock()),
        // A damaged or locked data file gets the startup screen, which says what to do.
        Err(error) => {
            let problem = StartupApp::problem_for(&dir, &error);
            dunbar::ui::run_startup_window(dir, problem, clock.today, wall_clock())
        }
    }
}

/// The real clock, for dating saves and backups (the UI gets it as a parameter).
fn wall_clock() -> dunbar::ui::Clock {
    std::sync::Arc::new(|| Local::now().naive_local())
}

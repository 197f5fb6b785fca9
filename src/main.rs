//! The `dunbar` binary: the window without a subcommand, the command line with one.

use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Parser;

use dunbar::cli::{Args, resolve_data_dir, run};
use dunbar::generate::{GenerateSpec, generate_network};
use dunbar::session::{Access, Clock, Session};
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
    // One clock for window and command line; `--today` moves only "today".
    let clock = args.today.map_or_else(Clock::system, Clock::system_on);
    if let Some(command) = args.command {
        let dir = resolve_data_dir(args.data_dir)?;
        let mut out = String::new();
        let mut warnings = String::new();
        let moment = dunbar::cli::Clock {
            today: clock.today(),
            now: clock.now(),
        };
        let result = run(command, &dir, moment, &mut out, &mut warnings);
        eprint!("{warnings}");
        print!("{out}");
        return result;
    }
    if args.demo {
        let dir = std::env::temp_dir().join(format!("dunbar-demo-{}", std::process::id()));
        let network = generate_network(&GenerateSpec::new(600, 7), clock.today())
            .context("the demo network could not be generated")?;
        let mut session = Session::create_with(&dir, network, "the Dunbar demo window")?;
        session.save(clock.now())?;
        let result = dunbar::ui::run_window(session, clock, true);
        // The demo leaves nothing behind (the window has closed and saved by now).
        if let Err(error) = std::fs::remove_dir_all(&dir) {
            eprintln!(
                "dunbar: warning: the demo's temporary folder could not be removed ({error}): {}",
                dir.display()
            );
        }
        return result;
    }
    let dir = resolve_data_dir(args.data_dir)?;
    match Session::open(&dir, Access::ReadWrite, "the Dunbar window") {
        Ok(session) => dunbar::ui::run_window(session, clock, false),
        // A damaged or locked data file gets the startup screen, which says what to do.
        Err(error) => {
            let problem = StartupApp::problem_for(&dir, &error);
            dunbar::ui::run_startup_window(dir, problem, clock)
        }
    }
}

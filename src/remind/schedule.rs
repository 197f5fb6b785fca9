use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{NaiveTime, Timelike};

use super::ScheduleStatus;

/// The systemd unit names.
const SYSTEMD_SERVICE: &str = "dunbar-remind.service";
const SYSTEMD_TIMER: &str = "dunbar-remind.timer";
/// The `LaunchAgent`'s label and the Windows task's name.
const AGENT_LABEL: &str = "org.dunbar.remind";
const TASK_NAME: &str = "Dunbar reminder";

/// Where and how `dunbar remind` is scheduled on this device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Schedule {
    /// A systemd user timer and service in `config_home/systemd/user/` (Linux).
    SystemdUser {
        /// `$XDG_CONFIG_HOME` (or `~/.config`).
        config_home: PathBuf,
    },
    /// A `LaunchAgent` in `home/Library/LaunchAgents/` (macOS).
    LaunchAgent {
        /// The home folder.
        home: PathBuf,
    },
    /// A Task Scheduler entry (Windows), made with `schtasks`.
    TaskScheduler,
}

impl Schedule {
    /// This platform's scheduler; `config_home` overrides `$XDG_CONFIG_HOME`.
    pub fn for_this_platform(config_home: Option<PathBuf>) -> Option<Self> {
        if cfg!(target_os = "windows") {
            return Some(Self::TaskScheduler);
        }
        let home = directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_owned());
        if cfg!(target_os = "macos") {
            return home.map(|home| Self::LaunchAgent { home });
        }
        let config_home = config_home
            .or_else(|| std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from))
            .filter(|p| p.is_absolute())
            .or_else(|| home.map(|h| h.join(".config")))?;
        Some(Self::SystemdUser { config_home })
    }

    /// Installs the schedule running `program remind` (with `data_dir` when one was given)
    /// every day at `time`, and turns it on where the scheduler can be reached. Returns
    /// what was done, line by line.
    pub fn install(
        &self,
        program: &Path,
        data_dir: Option<&Path>,
        time: NaiveTime,
    ) -> Result<Vec<String>, String> {
        let mut done = Vec::new();
        match self {
            Self::SystemdUser { config_home } => {
                let dir = config_home.join("systemd").join("user");
                let (service, timer) = systemd_units(program, data_dir, time);
                write_file(&dir.join(SYSTEMD_SERVICE), &service)?;
                write_file(&dir.join(SYSTEMD_TIMER), &timer)?;
                done.push(dir.join(SYSTEMD_TIMER).display().to_string());
                if user_manager_running() {
                    run("systemctl", &["--user", "daemon-reload"])?;
                    run("systemctl", &["--user", "enable", "--now", SYSTEMD_TIMER])?;
                    done.push(format!("systemctl --user enable --now {SYSTEMD_TIMER}"));
                }
            }
            Self::LaunchAgent { home } => {
                let path = agent_path(home);
                write_file(&path, &launch_agent_plist(program, data_dir, time))?;
                done.push(path.display().to_string());
                if cfg!(target_os = "macos") {
                    let file = path.display().to_string();
                    let _ = run("launchctl", &["unload", &file]);
                    run("launchctl", &["load", "-w", &file])?;
                    done.push(format!("launchctl load -w {file}"));
                }
            }
            Self::TaskScheduler => {
                let args = task_scheduler_args(program, data_dir, time);
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                run("schtasks", &args)?;
                done.push(format!("schtasks {}", args.join(" ")));
            }
        }
        Ok(done)
    }

    /// Removes the schedule (nothing to do when it is not installed).
    pub fn uninstall(&self) -> Result<Vec<String>, String> {
        let mut done = Vec::new();
        match self {
            Self::SystemdUser { config_home } => {
                let dir = config_home.join("systemd").join("user");
                if user_manager_running() && dir.join(SYSTEMD_TIMER).exists() {
                    let _ = run("systemctl", &["--user", "disable", "--now", SYSTEMD_TIMER]);
                    done.push(format!("systemctl --user disable --now {SYSTEMD_TIMER}"));
                }
                for name in [SYSTEMD_TIMER, SYSTEMD_SERVICE] {
                    if remove_file(&dir.join(name))? {
                        done.push(dir.join(name).display().to_string());
                    }
                }
                if user_manager_running() {
                    let _ = run("systemctl", &["--user", "daemon-reload"]);
                }
            }
            Self::LaunchAgent { home } => {
                let path = agent_path(home);
                if cfg!(target_os = "macos") && path.exists() {
                    let _ = run("launchctl", &["unload", "-w", &path.display().to_string()]);
                }
                if remove_file(&path)? {
                    done.push(path.display().to_string());
                }
            }
            Self::TaskScheduler => {
                if run("schtasks", &["/Query", "/TN", TASK_NAME]).is_ok() {
                    run("schtasks", &["/Delete", "/F", "/TN", TASK_NAME])?;
                    done.push(format!("schtasks /Delete /F /TN \"{TASK_NAME}\""));
                }
            }
        }
        Ok(done)
    }

    /// Whether the schedule is installed and active.
    pub fn status(&self) -> ScheduleStatus {
        match self {
            Self::SystemdUser { config_home } => {
                let file = config_home.join("systemd").join("user").join(SYSTEMD_TIMER);
                let installed = file.exists();
                let active = (installed && user_manager_running()).then(|| {
                    run(
                        "systemctl",
                        &["--user", "is-active", "--quiet", SYSTEMD_TIMER],
                    )
                    .is_ok()
                });
                ScheduleStatus {
                    installed,
                    active,
                    file: Some(file),
                }
            }
            Self::LaunchAgent { home } => {
                let file = agent_path(home);
                ScheduleStatus {
                    installed: file.exists(),
                    active: None,
                    file: Some(file),
                }
            }
            Self::TaskScheduler => {
                let installed = run("schtasks", &["/Query", "/TN", TASK_NAME]).is_ok();
                ScheduleStatus {
                    installed,
                    active: Some(installed),
                    file: None,
                }
            }
        }
    }
}

/// The systemd user service and timer that run `program remind` every day at `time`
/// (`Persistent=true`: a day missed while the computer was off runs at the next start).
pub fn systemd_units(program: &Path, data_dir: Option<&Path>, time: NaiveTime) -> (String, String) {
    let mut service = String::from(
        "[Unit]\nDescription=Dunbar: today's reminder (people waiting on you, promises, the weekly review)\n\n[Service]\nType=oneshot\n",
    );
    if let Some(dir) = data_dir {
        let _ = writeln!(service, "Environment=\"DUNBAR_DATA_DIR={}\"", dir.display());
    }
    let _ = writeln!(service, "ExecStart=\"{}\" remind", program.display());
    let timer = format!(
        "[Unit]\nDescription=Dunbar's daily reminder at {hh:02}:{mm:02}\n\n[Timer]\nOnCalendar=*-*-* {hh:02}:{mm:02}:00\nPersistent=true\nUnit={SYSTEMD_SERVICE}\n\n[Install]\nWantedBy=timers.target\n",
        hh = time.hour(),
        mm = time.minute()
    );
    (service, timer)
}

/// The `LaunchAgent` property list that runs `program remind` every day at `time`.
pub fn launch_agent_plist(program: &Path, data_dir: Option<&Path>, time: NaiveTime) -> String {
    let escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut environment = String::new();
    if let Some(dir) = data_dir {
        let _ = write!(
            environment,
            "  <key>EnvironmentVariables</key>\n  <dict>\n    <key>DUNBAR_DATA_DIR</key>\n    <string>{}</string>\n  </dict>\n",
            escape(&dir.display().to_string())
        );
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\">\n<dict>\n  <key>Label</key>\n  <string>{AGENT_LABEL}</string>\n  <key>ProgramArguments</key>\n  <array>\n    <string>{}</string>\n    <string>remind</string>\n  </array>\n{environment}  <key>StartCalendarInterval</key>\n  <dict>\n    <key>Hour</key>\n    <integer>{}</integer>\n    <key>Minute</key>\n    <integer>{}</integer>\n  </dict>\n</dict>\n</plist>\n",
        escape(&program.display().to_string()),
        time.hour(),
        time.minute()
    )
}

/// The `schtasks` arguments that make a daily task running `program remind` at `time`.
pub fn task_scheduler_args(
    program: &Path,
    data_dir: Option<&Path>,
    time: NaiveTime,
) -> Vec<String> {
    let mut command = format!("\"{}\"", program.display());
    if let Some(dir) = data_dir {
        let _ = write!(command, " --data-dir \"{}\"", dir.display());
    }
    command.push_str(" remind");
    vec![
        "/Create".into(),
        "/F".into(),
        "/SC".into(),
        "DAILY".into(),
        "/TN".into(),
        TASK_NAME.into(),
        "/ST".into(),
        format!("{:02}:{:02}", time.hour(), time.minute()),
        "/TR".into(),
        command,
    ]
}

fn agent_path(home: &Path) -> PathBuf {
    home.join("Library")
        .join("LaunchAgents")
        .join(format!("{AGENT_LABEL}.plist"))
}

/// Whether a systemd user manager can be reached (its private socket exists); without one,
/// `systemctl --user` is never called.
fn user_manager_running() -> bool {
    std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .is_some_and(|dir| dir.join("systemd").join("private").exists())
}

fn write_file(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    crate::storage::write_atomic(path, text.as_bytes()).map_err(|e| e.to_string())
}

fn remove_file(path: &Path) -> Result<bool, String> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// Runs a scheduler command; its error output on failure.
fn run(program: &str, args: &[&str]) -> Result<(), String> {
    let output = Command::new(program)
        .args(args)
        .output()
        .map_err(|e| format!("{program}: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{program} {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr).trim()
        ))
    }
}

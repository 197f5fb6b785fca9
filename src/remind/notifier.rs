use std::time::Duration;

use super::OPEN_REVIEW_ACTION;

/// What became of a notification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotifyOutcome {
    /// The notification service took it; `open_review` when the user chose "Open review"
    /// within the wait.
    Shown {
        /// The user asked to open the Review.
        open_review: bool,
    },
    /// No notification service answered (the reason, for stderr).
    NoService(String),
}

/// Shows one desktop notification through the freedesktop notification service (D-Bus on
/// the session bus: local IPC, no network) with an action that opens the Review, and waits
/// up to `wait` for the user to choose it (or close it).
pub fn notify(summary: &str, body: &str, action_label: &str, wait: Duration) -> NotifyOutcome {
    let mut notification = notify_rust::Notification::new();
    notification
        .appname("Dunbar")
        .summary(summary)
        .body(body)
        .action(OPEN_REVIEW_ACTION, action_label);
    match notification.show() {
        Ok(handle) => NotifyOutcome::Shown {
            open_review: wait_for_choice(handle, wait),
        },
        Err(error) => NotifyOutcome::NoService(error.to_string()),
    }
}

/// Waits for the action on a shown notification; true when it was "Open review".
#[cfg(all(unix, not(target_os = "macos")))]
fn wait_for_choice(handle: notify_rust::NotificationHandle, wait: Duration) -> bool {
    let (sender, receiver) = std::sync::mpsc::channel::<String>();
    // The thread blocks until the user acts or the notification closes; when the wait ends
    // first, the process ends and takes it along.
    std::thread::spawn(move || {
        handle.wait_for_action(|action| {
            let _ = sender.send(action.to_owned());
        });
    });
    receiver
        .recv_timeout(wait)
        .is_ok_and(|action| action == OPEN_REVIEW_ACTION || action == "default")
}

/// Other platforms: the notification is shown; its action is not waited for.
#[cfg(not(all(unix, not(target_os = "macos"))))]
fn wait_for_choice<H>(_handle: H, _wait: Duration) -> bool {
    false
}

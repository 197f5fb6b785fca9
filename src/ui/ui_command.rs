use egui::{Key, KeyboardShortcut, Modifiers};

/// Every command a user can give from a menu, a shortcut or the command palette. Labels and
/// shortcuts live here only, so the three ways in can never disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UiCommand {
    /// Take back the last change.
    Undo,
    /// Make the last undone change again.
    Redo,
    /// Add a contact (opens an empty contact page).
    NewContact,
    /// Move the selected contacts to the trash.
    TrashSelection,
    /// Select every contact the table shows.
    SelectAll,
    /// Open the contact below the open one in the table.
    NextContact,
    /// Open the contact above the open one in the table.
    PreviousContact,
    /// Put the cursor in the search field.
    FocusSearch,
    /// Put the cursor in the quick-log note of the open contact.
    FocusQuickLog,
    /// Open the command palette.
    CommandPalette,
    /// Show the Contacts screen.
    ShowContacts,
    /// Show the Trash screen.
    ShowTrash,
    /// Show the weekly Review screen.
    ShowReview,
    /// Show the Settings screen.
    ShowSettings,
    /// Review: select the next item.
    ReviewNext,
    /// Review: select the previous item.
    ReviewPrevious,
    /// Review: log a meaningful touch dated today with the selected person.
    ReviewLogTouch,
    /// Review: open the selected person's page with the cursor in the quick log.
    ReviewOpenQuickLog,
    /// Review: log a gift of the best matching library item to the selected person.
    ReviewGive,
    /// Review: open the outreach composer for the selected person.
    ReviewCompose,
    /// Review: hide the selected person for a month.
    ReviewSnoozeMonth,
    /// Review: hide the selected person for a week.
    ReviewSnoozeWeek,
    /// Review: move the selected person one circle out.
    ReviewMoveOut,
    /// Review: hide the selected item for this review only.
    ReviewSkip,
    /// Review: mark the selected person's message as answered.
    ReviewReplied,
    /// Review: make the selected ready planned ask real (status open).
    ReviewAskNow,
    /// Review: record the review as done.
    FinishReview,
    /// Show the Circles screen.
    ShowCircles,
    /// Switch between the light and the dark theme.
    ToggleTheme,
    /// Show the Import screen (choose or drop a file, preview, import; past imports).
    ShowImport,
    /// Open the export dialog.
    Export,
    /// Write unsaved changes now instead of a moment later.
    SaveNow,
    /// Show the Gifts screen (the gift library).
    ShowGifts,
    /// Show the Insights screen.
    ShowInsights,
    /// Open the outreach composer for the open contact.
    ComposeMessage,
    /// Close the window (changes are saved first).
    Quit,
}

/// The menu a command appears in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommandMenu {
    /// File.
    File,
    /// Edit.
    Edit,
    /// View.
    View,
    /// The weekly review.
    Review,
}

impl CommandMenu {
    /// Menus in menu-bar order.
    pub const ALL: [Self; 4] = [Self::File, Self::Edit, Self::View, Self::Review];

    /// The menu's title.
    pub const fn label(self) -> &'static str {
        match self {
            Self::File => "File",
            Self::Edit => "Edit",
            Self::View => "View",
            Self::Review => "Review",
        }
    }
}

impl UiCommand {
    /// Every command. Shortcut matching walks this list in order, so a shortcut with more
    /// modifiers (Ctrl+Shift+Z) comes before the one it extends (Ctrl+Z).
    pub const ALL: [Self; 36] = [
        Self::Redo,
        Self::Undo,
        Self::NewContact,
        Self::TrashSelection,
        Self::SelectAll,
        Self::NextContact,
        Self::PreviousContact,
        Self::FocusSearch,
        Self::FocusQuickLog,
        Self::CommandPalette,
        Self::ShowContacts,
        Self::ShowTrash,
        Self::ShowReview,
        Self::ShowSettings,
        Self::ReviewNext,
        Self::ReviewPrevious,
        Self::ReviewLogTouch,
        Self::ReviewOpenQuickLog,
        Self::ReviewGive,
        Self::ReviewCompose,
        Self::ReviewSnoozeMonth,
        Self::ReviewSnoozeWeek,
        Self::ReviewMoveOut,
        Self::ReviewSkip,
        Self::ReviewReplied,
        Self::ReviewAskNow,
        Self::FinishReview,
        Self::ShowCircles,
        Self::ToggleTheme,
        Self::ShowImport,
        Self::Export,
        Self::SaveNow,
        Self::Quit,
        Self::ShowGifts,
        Self::ShowInsights,
        Self::ComposeMessage,
    ];

    /// What the command is called in menus and the palette.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Undo => "Undo",
            Self::Redo => "Redo",
            Self::NewContact => "New contact",
            Self::TrashSelection => "Move selection to trash",
            Self::SelectAll => "Select all shown contacts",
            Self::NextContact => "Next contact",
            Self::PreviousContact => "Previous contact",
            Self::FocusSearch => "Search contacts",
            Self::FocusQuickLog => "Log a touch",
            Self::CommandPalette => "Command palette",
            Self::ShowContacts => "Go to Contacts",
            Self::ShowTrash => "Go to Trash",
            Self::ShowReview => "Go to Review",
            Self::ShowSettings => "Go to Settings",
            Self::ReviewNext => "Next review item",
            Self::ReviewPrevious => "Previous review item",
            Self::ReviewLogTouch => "Log a touch today",
            Self::ReviewOpenQuickLog => "Open quick log",
            Self::ReviewGive => "Give",
            Self::ReviewCompose => "Compose",
            Self::ReviewSnoozeMonth => "Snooze a month",
            Self::ReviewSnoozeWeek => "Snooze a week",
            Self::ReviewMoveOut => "Move one circle out",
            Self::ReviewSkip => "Skip",
            Self::ReviewReplied => "Replied",
            Self::ReviewAskNow => "Ask now",
            Self::FinishReview => "Finish review",
            Self::ShowCircles => "Go to Circles",
            Self::ToggleTheme => "Toggle light/dark theme",
            Self::ShowImport => "Import\u{2026}",
            Self::Export => "Export\u{2026}",
            Self::SaveNow => "Save now",
            Self::Quit => "Quit",
            Self::ShowGifts => "Go to Gifts",
            Self::ShowInsights => "Go to Insights",
            Self::ComposeMessage => "Compose a message to the open contact",
        }
    }

    /// The keyboard shortcut, if it has one.
    pub const fn shortcut(self) -> Option<KeyboardShortcut> {
        let cmd = Modifiers::COMMAND;
        let none = Modifiers::NONE;
        let key = match self {
            Self::Undo => KeyboardShortcut::new(cmd, Key::Z),
            Self::Redo => KeyboardShortcut::new(cmd.plus(Modifiers::SHIFT), Key::Z),
            Self::NewContact => KeyboardShortcut::new(cmd, Key::N),
            Self::TrashSelection => KeyboardShortcut::new(Modifiers::NONE, Key::Delete),
            Self::SelectAll => KeyboardShortcut::new(cmd, Key::A),
            Self::NextContact => KeyboardShortcut::new(Modifiers::NONE, Key::ArrowDown),
            Self::PreviousContact => KeyboardShortcut::new(Modifiers::NONE, Key::ArrowUp),
            Self::FocusSearch => KeyboardShortcut::new(cmd, Key::F),
            Self::FocusQuickLog => KeyboardShortcut::new(cmd, Key::L),
            Self::CommandPalette => KeyboardShortcut::new(cmd, Key::K),
            Self::ShowContacts => KeyboardShortcut::new(cmd, Key::Num1),
            Self::ShowTrash => KeyboardShortcut::new(cmd, Key::Num2),
            Self::ShowReview => KeyboardShortcut::new(cmd, Key::Num3),
            Self::ShowSettings => KeyboardShortcut::new(cmd, Key::Num4),
            Self::ReviewNext => KeyboardShortcut::new(none, Key::J),
            Self::ReviewPrevious => KeyboardShortcut::new(none, Key::K),
            Self::ReviewLogTouch => KeyboardShortcut::new(none, Key::L),
            Self::ReviewOpenQuickLog => KeyboardShortcut::new(none, Key::O),
            Self::ReviewGive => KeyboardShortcut::new(none, Key::G),
            Self::ReviewCompose => KeyboardShortcut::new(none, Key::C),
            Self::ReviewSnoozeMonth => KeyboardShortcut::new(Modifiers::SHIFT, Key::S),
            Self::ReviewSnoozeWeek => KeyboardShortcut::new(none, Key::S),
            Self::ReviewMoveOut => KeyboardShortcut::new(none, Key::M),
            Self::ReviewSkip => KeyboardShortcut::new(none, Key::X),
            Self::ReviewReplied => KeyboardShortcut::new(none, Key::R),
            Self::ReviewAskNow => KeyboardShortcut::new(none, Key::A),
            Self::FinishReview => KeyboardShortcut::new(cmd, Key::Enter),
            Self::ShowCircles => KeyboardShortcut::new(cmd, Key::Num5),
            Self::ToggleTheme => KeyboardShortcut::new(cmd.plus(Modifiers::SHIFT), Key::T),
            Self::ShowImport => KeyboardShortcut::new(cmd, Key::I),
            Self::Export => KeyboardShortcut::new(cmd, Key::E),
            Self::SaveNow => KeyboardShortcut::new(cmd, Key::S),
            Self::Quit => KeyboardShortcut::new(cmd, Key::Q),
            Self::ShowGifts => KeyboardShortcut::new(cmd, Key::Num6),
            Self::ShowInsights => KeyboardShortcut::new(cmd, Key::Num7),
            Self::ComposeMessage => KeyboardShortcut::new(cmd, Key::M),
        };
        Some(key)
    }

    /// Shortcuts that a focused text field needs for itself (undo inside the field, delete
    /// a character, select all text): while typing, these go to the field, not the app.
    pub const fn yields_to_text_fields(self) -> bool {
        matches!(
            self,
            Self::Undo
                | Self::Redo
                | Self::TrashSelection
                | Self::SelectAll
                | Self::NextContact
                | Self::PreviousContact
        ) || self.is_review_key()
    }

    /// Whether the command is one of the Review screen's one-key item actions: their keys
    /// only work while the Review screen shows.
    pub const fn is_review_key(self) -> bool {
        matches!(
            self,
            Self::ReviewNext
                | Self::ReviewPrevious
                | Self::ReviewLogTouch
                | Self::ReviewOpenQuickLog
                | Self::ReviewGive
                | Self::ReviewCompose
                | Self::ReviewSnoozeMonth
                | Self::ReviewSnoozeWeek
                | Self::ReviewMoveOut
                | Self::ReviewSkip
                | Self::ReviewReplied
                | Self::ReviewAskNow
        )
    }

    /// The menu the command appears in.
    pub const fn menu(self) -> CommandMenu {
        match self {
            Self::ShowImport | Self::Export | Self::SaveNow | Self::Quit => CommandMenu::File,
            Self::Undo
            | Self::Redo
            | Self::NewContact
            | Self::TrashSelection
            | Self::SelectAll
            | Self::FocusQuickLog
            | Self::ComposeMessage => CommandMenu::Edit,
            Self::NextContact
            | Self::PreviousContact
            | Self::FocusSearch
            | Self::CommandPalette
            | Self::ShowContacts
            | Self::ShowTrash
            | Self::ShowReview
            | Self::ShowSettings
            | Self::ShowCircles
            | Self::ShowGifts
            | Self::ShowInsights
            | Self::ToggleTheme => CommandMenu::View,
            // The review's item keys and Finish review.
            _ => CommandMenu::Review,
        }
    }

    /// The shortcut as text for this platform ("Ctrl+Shift+Z"), or empty.
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.shortcut()
            .map(|shortcut| ctx.format_shortcut(&shortcut))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn labels_and_shortcuts_are_unique() {
        let labels: BTreeSet<&str> = UiCommand::ALL.iter().map(|c| c.label()).collect();
        assert_eq!(labels.len(), UiCommand::ALL.len());
        let shortcuts: Vec<KeyboardShortcut> =
            UiCommand::ALL.iter().filter_map(|c| c.shortcut()).collect();
        for (n, a) in shortcuts.iter().enumerate() {
            for b in shortcuts.iter().skip(n + 1) {
                assert_ne!(a, b, "two commands share a shortcut");
            }
        }
    }

    #[test]
    fn a_longer_shortcut_is_matched_before_the_one_it_extends() {
        // consume_shortcut ignores extra Shift, so Ctrl+Shift+X must come before Ctrl+X.
        let position = |c: UiCommand| UiCommand::ALL.iter().position(|x| *x == c);
        assert!(position(UiCommand::Redo) < position(UiCommand::Undo));
        for (n, a) in UiCommand::ALL.iter().enumerate() {
            for b in UiCommand::ALL.iter().take(n) {
                if let (Some(earlier), Some(later)) = (b.shortcut(), a.shortcut()) {
                    let extends = earlier.logical_key == later.logical_key
                        && later.modifiers.shift
                        && !earlier.modifiers.shift;
                    assert!(!extends, "{} must come before {}", a.label(), b.label());
                }
            }
        }
    }
}

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::ui::{CommandMenu, CommandScope, CommandState, Screen, UiQueue};

use crate::tr;

/// Every command a user can give from a menu, a shortcut, a button or the command palette.
/// Label, shortcut, scope and menu live here only, so the ways in can never disagree and
/// no shortcut text is typed by hand anywhere else.
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
    /// Bring the open contact's log bar into view, cursor in it.
    FocusQuickLog,
    /// Open the command palette.
    CommandPalette,
    /// Show a screen (tab n is Ctrl+n).
    Show(Screen),
    /// Review: select the next item.
    ReviewNext,
    /// Review: select the previous item.
    ReviewPrevious,
    /// Review: log a meaningful touch dated today with the selected person.
    ReviewLogTouch,
    /// Review: log a touch with a note, without leaving the Review.
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
    /// Review: mark the selected promise kept (it asks whether it was a gift).
    ReviewPromiseDone,
    /// Review: write down a promise to the selected person.
    ReviewPromise,
    /// Review: open the meeting brief of the selected person.
    ReviewBrief,
    /// Review: record the review as done.
    FinishReview,
    /// Switch between the light and the dark theme.
    ToggleTheme,
    /// Import a file: the Import screen, the cursor in its file path.
    ImportFile,
    /// Open the export dialog.
    Export,
    /// Write unsaved changes now instead of a moment later.
    SaveNow,
    /// Open the outreach composer for the open contact.
    ComposeMessage,
    /// Edit the open contact's details.
    EditContact,
    /// Write down a promise to the open contact.
    PromiseToContact,
    /// Open the meeting brief of the open contact.
    MeetingBrief,
    /// Close the window (changes are saved first).
    Quit,
}

impl UiCommand {
    /// Every command, in menu order.
    pub const ALL: [Self; 42] = [
        Self::Undo,
        Self::Redo,
        Self::NewContact,
        Self::TrashSelection,
        Self::SelectAll,
        Self::NextContact,
        Self::PreviousContact,
        Self::FocusSearch,
        Self::FocusQuickLog,
        Self::EditContact,
        Self::CommandPalette,
        Self::Show(Screen::Contacts),
        Self::Show(Screen::Circles),
        Self::Show(Screen::Review),
        Self::Show(Screen::Gifts),
        Self::Show(Screen::Insights),
        Self::Show(Screen::Trash),
        Self::Show(Screen::Import),
        Self::Show(Screen::Settings),
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
        Self::ReviewPromiseDone,
        Self::ReviewPromise,
        Self::ReviewBrief,
        Self::FinishReview,
        Self::ToggleTheme,
        Self::ImportFile,
        Self::Export,
        Self::SaveNow,
        Self::ComposeMessage,
        Self::PromiseToContact,
        Self::MeetingBrief,
    ];

    /// Commands that have no menu entry of their own but still a shortcut.
    const QUIT: Self = Self::Quit;

    /// Every command including Quit, in menu order.
    pub fn every() -> impl Iterator<Item = Self> {
        Self::ALL.into_iter().chain(std::iter::once(Self::QUIT))
    }

    /// Every command in the order shortcuts are matched: a shortcut with more modifiers
    /// (Ctrl+Shift+Z) before the one it extends (Ctrl+Z), since egui's matching ignores an
    /// extra Shift.
    pub fn in_matching_order() -> Vec<Self> {
        let mut all: Vec<Self> = Self::every().collect();
        all.sort_by_key(|c| {
            std::cmp::Reverse(c.shortcut().map_or(0, |s| {
                u8::from(s.modifiers.shift) + u8::from(s.modifiers.command || s.modifiers.ctrl)
            }))
        });
        all
    }

    /// What the command is called in menus, buttons and the palette.
    pub fn label(self) -> String {
        match self {
            Self::Undo => tr!("cmd-undo"),
            Self::Redo => tr!("cmd-redo"),
            Self::NewContact => tr!("cmd-new-contact"),
            Self::TrashSelection => tr!("cmd-trash-selection"),
            Self::SelectAll => tr!("cmd-select-all"),
            Self::NextContact => tr!("cmd-next-contact"),
            Self::PreviousContact => tr!("cmd-previous-contact"),
            Self::FocusSearch => tr!("cmd-focus-search"),
            Self::FocusQuickLog => tr!("cmd-focus-quick-log"),
            Self::CommandPalette => tr!("cmd-command-palette"),
            Self::Show(screen) => screen.go_label(),
            Self::ReviewNext => tr!("cmd-review-next"),
            Self::ReviewPrevious => tr!("cmd-review-previous"),
            Self::ReviewLogTouch => tr!("cmd-review-log-touch"),
            Self::ReviewOpenQuickLog => tr!("cmd-review-open-quick-log"),
            Self::ReviewGive => tr!("cmd-review-give"),
            Self::ReviewCompose => tr!("cmd-review-compose"),
            Self::ReviewSnoozeMonth => tr!("cmd-review-snooze-month"),
            Self::ReviewSnoozeWeek => tr!("cmd-review-snooze-week"),
            Self::ReviewMoveOut => tr!("cmd-review-move-out"),
            Self::ReviewSkip => tr!("cmd-review-skip"),
            Self::ReviewReplied => tr!("cmd-review-replied"),
            Self::ReviewAskNow => tr!("cmd-review-ask-now"),
            Self::ReviewPromiseDone => tr!("cmd-review-promise-done"),
            Self::ReviewPromise => tr!("cmd-review-promise"),
            Self::ReviewBrief => tr!("cmd-review-brief"),
            Self::PromiseToContact => tr!("cmd-promise"),
            Self::MeetingBrief => tr!("cmd-meeting-brief"),
            Self::FinishReview => tr!("cmd-finish-review"),
            Self::ToggleTheme => tr!("cmd-toggle-theme"),
            Self::ImportFile => tr!("cmd-import-file"),
            Self::Export => tr!("cmd-export"),
            Self::SaveNow => tr!("cmd-save-now"),
            Self::Quit => tr!("cmd-quit"),
            Self::ComposeMessage => tr!("cmd-compose-message"),
            Self::EditContact => tr!("cmd-edit-contact"),
        }
    }

    /// The keyboard shortcut, if it has one. Tab n is Ctrl+n, in tab order.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let cmd = Modifiers::COMMAND;
        let none = Modifiers::NONE;
        let key = match self {
            Self::Undo => KeyboardShortcut::new(cmd, Key::Z),
            Self::Redo => KeyboardShortcut::new(cmd.plus(Modifiers::SHIFT), Key::Z),
            Self::NewContact => KeyboardShortcut::new(cmd, Key::N),
            Self::TrashSelection => KeyboardShortcut::new(none, Key::Delete),
            Self::SelectAll => KeyboardShortcut::new(cmd, Key::A),
            Self::NextContact => KeyboardShortcut::new(none, Key::ArrowDown),
            Self::PreviousContact => KeyboardShortcut::new(none, Key::ArrowUp),
            Self::FocusSearch => KeyboardShortcut::new(cmd, Key::F),
            Self::FocusQuickLog => KeyboardShortcut::new(cmd, Key::L),
            Self::CommandPalette => KeyboardShortcut::new(cmd, Key::K),
            Self::Show(screen) => KeyboardShortcut::new(cmd, screen.number_key()?),
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
            Self::ReviewPromiseDone => KeyboardShortcut::new(none, Key::D),
            Self::ReviewPromise => KeyboardShortcut::new(none, Key::P),
            Self::ReviewBrief => KeyboardShortcut::new(none, Key::B),
            Self::PromiseToContact => KeyboardShortcut::new(cmd, Key::P),
            Self::MeetingBrief => KeyboardShortcut::new(cmd, Key::B),
            Self::FinishReview => KeyboardShortcut::new(cmd, Key::Enter),
            Self::ToggleTheme => KeyboardShortcut::new(cmd.plus(Modifiers::SHIFT), Key::T),
            Self::ImportFile => KeyboardShortcut::new(cmd, Key::I),
            Self::Export => KeyboardShortcut::new(cmd, Key::E),
            Self::SaveNow => KeyboardShortcut::new(cmd, Key::S),
            Self::Quit => KeyboardShortcut::new(cmd, Key::Q),
            Self::ComposeMessage => KeyboardShortcut::new(cmd, Key::M),
            Self::EditContact => KeyboardShortcut::new(none, Key::F2),
        };
        Some(key)
    }

    /// Where the command applies.
    pub fn scope(self) -> CommandScope {
        match self {
            Self::FinishReview => CommandScope::Screen(Screen::Review),
            _ if self.is_review_key() => CommandScope::Screen(Screen::Review),
            Self::SelectAll | Self::NextContact | Self::PreviousContact => {
                CommandScope::Screen(Screen::Contacts)
            }
            Self::FocusQuickLog
            | Self::ComposeMessage
            | Self::EditContact
            | Self::PromiseToContact
            | Self::MeetingBrief => CommandScope::OpenContact,
            Self::TrashSelection => CommandScope::Selection,
            _ => CommandScope::Global,
        }
    }

    /// Whether the command applies in `state`: its scope holds and it has something to
    /// act on.
    pub fn is_enabled(self, state: &CommandState) -> bool {
        let in_scope = match self.scope() {
            CommandScope::Global => true,
            CommandScope::Screen(screen) => state.screen == screen,
            CommandScope::OpenContact => state.open_contact,
            CommandScope::Selection => {
                state.screen == Screen::Contacts && (state.selected > 0 || state.open_contact)
            }
        };
        in_scope
            && match self {
                Self::Undo => state.can_undo,
                Self::Redo => state.can_redo,
                Self::FinishReview => state.has_contacts,
                Self::ReviewNext | Self::ReviewPrevious => true,
                _ if self.is_review_key() => state.review_item,
                _ => true,
            }
    }

    /// Whether the shortcut still works while a text field has the keyboard. Forms own
    /// their keys (DESIGN §3a rule 2): a field keeps letters, arrows, Delete, Enter and
    /// Ctrl+Enter, Ctrl+Z and Ctrl+A; only window-level commands that no field uses pass.
    pub const fn works_while_typing(self) -> bool {
        matches!(
            self,
            Self::CommandPalette
                | Self::FocusSearch
                | Self::Show(_)
                | Self::SaveNow
                | Self::Quit
                | Self::ToggleTheme
        )
    }

    /// Whether the command is one of the Review screen's one-key item actions.
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
                | Self::ReviewPromiseDone
                | Self::ReviewPromise
                | Self::ReviewBrief
        )
    }

    /// The menu the command appears in; `None` for Quit's place at the end of File.
    pub const fn menu(self) -> CommandMenu {
        match self {
            Self::ImportFile | Self::Export | Self::SaveNow | Self::Quit => CommandMenu::File,
            Self::Undo
            | Self::Redo
            | Self::NewContact
            | Self::TrashSelection
            | Self::SelectAll
            | Self::FocusQuickLog
            | Self::EditContact
            | Self::ComposeMessage
            | Self::PromiseToContact
            | Self::MeetingBrief => CommandMenu::Edit,
            Self::NextContact
            | Self::PreviousContact
            | Self::FocusSearch
            | Self::CommandPalette
            | Self::Show(_)
            | Self::ToggleTheme => CommandMenu::View,
            _ => CommandMenu::Review,
        }
    }

    /// The shortcut as text for this platform ("Ctrl+Shift+Z"); a plain letter key reads
    /// in lower case ("j"), as it is typed.
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        let Some(shortcut) = self.shortcut() else {
            return String::new();
        };
        let text = ctx.format_shortcut(&shortcut);
        if shortcut.modifiers.is_none() && text.chars().count() == 1 {
            text.to_lowercase()
        } else {
            text
        }
    }

    /// A button that gives this command: its label, greyed out when it does not apply,
    /// its shortcut on hover.
    pub fn button_ui(self, ui: &mut egui::Ui, state: &CommandState, queue: &mut UiQueue) {
        self.button_with_label_ui(ui, &self.label(), state, queue);
    }

    /// Like [`Self::button_ui`] with another label (a count, what it would undo).
    pub fn button_with_label_ui(
        self,
        ui: &mut egui::Ui,
        label: &str,
        state: &CommandState,
        queue: &mut UiQueue,
    ) {
        let keys = self.shortcut_text(ui.ctx());
        let response = ui.add_enabled(self.is_enabled(state), egui::Button::new(label));
        let response = if keys.is_empty() {
            response
        } else {
            response.on_hover_text(keys)
        };
        if response.clicked() {
            queue.command(self);
        }
    }

    /// The command as a menu entry, with its shortcut, greyed out when it does not apply.
    pub fn menu_ui(self, ui: &mut egui::Ui, state: &CommandState, queue: &mut UiQueue) {
        let button = egui::Button::new(self.label()).shortcut_text(self.shortcut_text(ui.ctx()));
        if ui.add_enabled(self.is_enabled(state), button).clicked() {
            queue.command(self);
            ui.close();
        }
    }

    /// The shortcut as text without a window (Ctrl on Linux and Windows): for the
    /// README's table and the command line.
    pub fn shortcut_plain(self) -> String {
        self.shortcut().map_or_else(String::new, |s| {
            let text = s.format(&egui::ModifierNames::NAMES, false);
            if s.modifiers.is_none() && text.chars().count() == 1 {
                text.to_lowercase()
            } else {
                text
            }
        })
    }

    /// Every shortcut as a Markdown table, by menu: the README's table is this text, so
    /// it can never drift from the commands.
    pub fn shortcut_table() -> String {
        let mut table =
            String::from("| Menu | Command | Shortcut | Applies |\n|---|---|---|---|\n");
        for menu in CommandMenu::ALL {
            for command in Self::every().filter(|c| c.menu() == menu) {
                let keys = command.shortcut_plain();
                if keys.is_empty() {
                    continue;
                }
                let scope = match command.scope() {
                    CommandScope::Global => "anywhere".to_owned(),
                    CommandScope::Screen(screen) => format!("on {}", screen.label()),
                    CommandScope::OpenContact => "with a contact open".to_owned(),
                    CommandScope::Selection => "with contacts selected".to_owned(),
                };
                table.push_str(&format!(
                    "| {} | {} | {keys} | {scope} |\n",
                    menu.label(),
                    command.label()
                ));
            }
        }
        table
    }

    /// "j next · k previous · …": the keys that do something now, for the key help.
    pub fn key_help(ctx: &egui::Context, state: &CommandState, scope: CommandScope) -> String {
        Self::every()
            .filter(|c| c.scope() == scope && c.is_enabled(state))
            .filter_map(|c| {
                let keys = c.shortcut_text(ctx);
                (!keys.is_empty()).then(|| format!("{keys} {}", c.label().to_lowercase()))
            })
            .collect::<Vec<_>>()
            .join(" \u{b7} ")
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn labels_and_shortcuts_are_unique() {
        let labels: BTreeSet<String> = UiCommand::every().map(UiCommand::label).collect();
        assert_eq!(labels.len(), UiCommand::every().count());
        let shortcuts: Vec<KeyboardShortcut> =
            UiCommand::every().filter_map(UiCommand::shortcut).collect();
        for (n, a) in shortcuts.iter().enumerate() {
            for b in shortcuts.iter().skip(n + 1) {
                assert_ne!(a, b, "two commands share a shortcut");
            }
        }
    }

    #[test]
    fn a_longer_shortcut_is_matched_before_the_one_it_extends() {
        // consume_shortcut ignores extra Shift, so Ctrl+Shift+X must come before Ctrl+X.
        let all = UiCommand::in_matching_order();
        for (n, a) in all.iter().enumerate() {
            for b in all.iter().take(n) {
                if let (Some(earlier), Some(later)) = (b.shortcut(), a.shortcut()) {
                    let extends = earlier.logical_key == later.logical_key
                        && later.modifiers.shift
                        && !earlier.modifiers.shift;
                    assert!(!extends, "{} must come before {}", a.label(), b.label());
                }
            }
        }
    }

    #[test]
    fn tab_n_is_ctrl_n_in_tab_order() {
        for (n, screen) in Screen::ALL.into_iter().enumerate() {
            let shortcut = UiCommand::Show(screen).shortcut();
            assert_eq!(shortcut.map(|s| s.logical_key), screen.number_key());
            assert_eq!(Screen::ALL.iter().position(|s| *s == screen), Some(n));
        }
    }

    #[test]
    fn review_keys_apply_only_on_the_review_screen_with_an_item() {
        let contacts = CommandState {
            has_contacts: true,
            review_item: true,
            ..CommandState::default()
        };
        assert!(!UiCommand::ReviewLogTouch.is_enabled(&contacts));
        let review = CommandState {
            screen: Screen::Review,
            ..contacts
        };
        assert!(UiCommand::ReviewLogTouch.is_enabled(&review));
        let nothing = CommandState {
            review_item: false,
            ..review
        };
        assert!(!UiCommand::ReviewLogTouch.is_enabled(&nothing));
        assert!(!UiCommand::ComposeMessage.is_enabled(&review));
    }
}

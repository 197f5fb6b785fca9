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

use crate::tr;
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
    pub fn label(self) -> String {
        match self {
            Self::File => tr!("menu-file"),
            Self::Edit => tr!("menu-edit"),
            Self::View => tr!("menu-view"),
            Self::Review => tr!("menu-review"),
        }
    }
}

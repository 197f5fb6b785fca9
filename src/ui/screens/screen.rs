use crate::tr;
/// The screens of the window, one tab each. A new screen is one variant here and one file
/// drawing it.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Screen {
    /// The table of contacts with the contact page.
    #[default]
    Contacts,
    /// Contacts in the trash.
    Trash,
    /// Import a file (preview first) and take back past imports.
    Import,
    /// The weekly review queue.
    Review,
    /// Cadences, profile, data folder, backups and theme.
    Settings,
    /// Dunbar's circles as concentric rings, one dot per contact.
    Circles,
    /// The gift library, with "who would value this".
    Gifts,
    /// Charts of how the network is doing.
    Insights,
}

impl Screen {
    /// Tabs in order.
    pub const ALL: [Self; 8] = [
        Self::Contacts,
        Self::Circles,
        Self::Review,
        Self::Gifts,
        Self::Insights,
        Self::Trash,
        Self::Import,
        Self::Settings,
    ];

    /// Tab label.
    pub fn label(self) -> String {
        match self {
            Self::Contacts => tr!("screen-contacts"),
            Self::Trash => tr!("screen-trash"),
            Self::Import => tr!("screen-import"),
            Self::Review => tr!("screen-review"),
            Self::Settings => tr!("screen-settings"),
            Self::Circles => tr!("screen-circles"),
            Self::Gifts => tr!("screen-gifts"),
            Self::Insights => tr!("screen-insights"),
        }
    }

    /// The screen named on the command line (`--screen review`), in English or Danish.
    pub fn from_key(text: &str) -> Option<Self> {
        match text.trim().to_lowercase().as_str() {
            "contacts" | "kontakter" => Some(Self::Contacts),
            "circles" | "kredse" => Some(Self::Circles),
            "review" | "gennemgang" => Some(Self::Review),
            "gifts" | "gaver" => Some(Self::Gifts),
            "insights" | "indsigt" => Some(Self::Insights),
            "trash" | "papirkurv" => Some(Self::Trash),
            "import" => Some(Self::Import),
            "settings" | "indstillinger" => Some(Self::Settings),
            _ => None,
        }
    }

    /// The command's label: "Go to Contacts".
    pub fn go_label(self) -> String {
        match self {
            Self::Contacts => tr!("screen-go-contacts"),
            Self::Trash => tr!("screen-go-trash"),
            Self::Import => tr!("screen-go-import"),
            Self::Review => tr!("screen-go-review"),
            Self::Settings => tr!("screen-go-settings"),
            Self::Circles => tr!("screen-go-circles"),
            Self::Gifts => tr!("screen-go-gifts"),
            Self::Insights => tr!("screen-go-insights"),
        }
    }

    /// The number key of the tab: tab n is Ctrl+n, in tab order.
    pub fn number_key(self) -> Option<egui::Key> {
        const KEYS: [egui::Key; 9] = [
            egui::Key::Num1,
            egui::Key::Num2,
            egui::Key::Num3,
            egui::Key::Num4,
            egui::Key::Num5,
            egui::Key::Num6,
            egui::Key::Num7,
            egui::Key::Num8,
            egui::Key::Num9,
        ];
        let position = Self::ALL.iter().position(|s| *s == self)?;
        KEYS.get(position).copied()
    }
}

use crate::domain::Circle;

/// Choices the user makes for one import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportOptions {
    /// The circle new contacts go into.
    pub circle: Circle,
    /// A tag added to every contact the file names (new or merged), if any.
    pub tag: Option<String>,
    /// Where the contacts came from, usually the file's name; kept in the batch and in
    /// each new contact's `source`.
    pub source_name: String,
}

impl ImportOptions {
    /// New contacts go to "Known names", untagged, from `source_name`.
    pub fn new(source_name: impl Into<String>) -> Self {
        Self {
            circle: crate::domain::Circle::Known,
            tag: None,
            source_name: source_name.into(),
        }
    }
}

/// The fields a validation message can sit beside.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum DraftField {
    /// The name.
    Name,
    /// The e-mails.
    Emails,
    /// Own cadence.
    Cadence,
    /// Birthday.
    Birthday,
    /// Anniversary.
    Anniversary,
}

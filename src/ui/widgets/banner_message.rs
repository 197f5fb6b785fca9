/// One message of the banner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BannerMessage {
    /// A problem (shown in the error colour) or just news.
    pub is_error: bool,
    /// What happened.
    pub text: String,
    /// What to do about it (empty for news).
    pub advice: String,
}

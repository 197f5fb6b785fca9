/// Which vCard version to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VCardVersion {
    /// vCard 3.0 (RFC 2426).
    V3,
    /// vCard 4.0 (RFC 6350).
    V4,
}

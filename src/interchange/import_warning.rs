use std::fmt;

/// Something in a file that was skipped or could not be read as it stood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportWarning {
    /// The 1-based line in the file.
    pub line: usize,
    /// What was wrong and what was done about it.
    pub message: String,
}

impl ImportWarning {
    /// A warning about `line`.
    pub fn new(line: usize, message: impl Into<String>) -> Self {
        Self {
            line,
            message: message.into(),
        }
    }

    /// An Exchange directory (X500) address found where an e-mail belongs, left out.
    pub fn exchange_address(line: usize, address: &str) -> Self {
        Self::new(
            line,
            crate::tr!("import-warning-exchange-address", address = address.trim()),
        )
    }
}

impl fmt::Display for ImportWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.line, self.message)
    }
}

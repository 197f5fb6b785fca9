use thiserror::Error;

/// Why an import plan cannot become an action.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum PlanError {
    /// The network changed after the plan was made; plan again.
    #[error("the network changed since this import was previewed; preview the file again")]
    Stale,
}

use clap::Args;

/// Arguments of `generate`: Write a synthetic network into the data folder (for demos and benchmarks).
#[derive(Clone, Copy, Debug, Args)]
pub struct GenerateArgs {
    /// How many contacts.
    #[arg(long)]
    pub contacts: usize,
    /// Seed: the same seed gives the same network.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Replace an existing network (it is kept as a backup).
    #[arg(long)]
    pub force: bool,
}

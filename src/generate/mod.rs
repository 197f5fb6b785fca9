//! Synthetic networks for demos and benchmarks, deterministic from a seed. Core code: no IO,
//! no clock ("today" is a parameter).

mod generate_spec;
mod generator;
mod word_lists;

pub use generate_spec::GenerateSpec;
pub use generator::generate_network;

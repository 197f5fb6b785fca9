//! Dunbar: a local-first relationship CRM built on Dunbar's circles.
//!
//! Layers (DESIGN §4), each using only those below it:
//! - core: [`domain`], [`review`], [`actions`], [`merge`], [`generate`] — no egui, no IO, no
//!   clock;
//!   [`i18n`] gives all layers their words (compiled-in messages, no IO);
//! - edges: [`storage`], [`interchange`] — files and formats, no egui;
//! - [`session`] — opens, applies, undoes and saves for both front ends;
//! - front ends: [`cli`] and [`ui`].

// Unit tests may unwrap and index: a failed expectation is a failed test. (Non-test builds
// still deny both, see `[lints.clippy]` in Cargo.toml.)
#![cfg_attr(
    test,
    allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

pub mod actions;
pub mod capture;
pub mod cli;
pub mod domain;
pub mod generate;
pub mod i18n;
pub mod interchange;
pub mod merge;
pub mod remind;
pub mod review;
pub mod session;
pub mod storage;
pub mod ui;

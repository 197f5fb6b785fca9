//! The window, driven by `egui_kittest` through accessible labels: one test binary, so CI
//! links egui once. A module per screen.

mod support;

mod circles;
mod contacts;
mod danish;
mod gifts;
mod give_first;
mod idle;
mod import;
mod promises;
mod review;
mod settings;
mod shell;
mod snapshots;
mod startup;
mod sync;

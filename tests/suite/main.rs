//! The native tests, one crate with one shared setup (`common`): build and link once, run with
//! `cargo test --test suite`. A module per subject; a new one is a file here and a line below.

mod common;

mod after_2025;
mod corpus;
mod editions;
mod i18n;
mod import;
mod model;
mod plans;
mod properties;
mod schema;
mod share;
mod simulation;
mod start;
mod validator;
mod words;

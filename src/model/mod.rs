//! The simulation as plain Rust: no Leptos, no web-sys. The page only wires signals to it.

pub mod assess;
pub mod backtest;
pub mod benchmark;
pub mod catalog;
pub mod edition;
pub mod format;
pub mod history;
pub mod import;
pub mod input;
pub mod library;
pub mod plan;
pub mod problem;
pub mod projection;
pub mod reader;
pub mod report;
pub mod saved;
pub mod scenario;
pub mod share;
pub mod solve;
pub mod start;
pub mod sweep;
pub mod text;
pub mod timeline;
pub mod travel;
pub mod user_plan;

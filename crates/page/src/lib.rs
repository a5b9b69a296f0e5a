//! The health-plan target simulator.

pub mod browser;
pub mod plot;
pub mod ui;

//! The health-plan target simulator.

pub mod browser;
pub mod chart;
pub mod i18n;
pub mod model;
pub mod ui;

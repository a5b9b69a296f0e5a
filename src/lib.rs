//! The health-plan target simulator.

pub mod browser;
pub mod i18n;
pub mod model;
pub mod plot;
pub mod ui;

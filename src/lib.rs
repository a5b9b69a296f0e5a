//! The health-plan target simulator.

pub mod model;

//! The page: components that wire signals to the model.

pub mod app;
pub mod benchmarks;
pub mod chart;
pub mod export;
pub mod goals;
pub mod growth;
pub mod held;
pub mod lever_input;
pub mod levers;
pub mod link;
pub mod milestone;
pub mod overview;
pub mod plan_loader;
pub mod plan_picker;
pub mod scoreboard;
pub mod state;
pub mod status;
pub mod summary;
pub mod tracked;
pub mod uncertainty;
pub mod user_plans;
pub mod what_it_takes;

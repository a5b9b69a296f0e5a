//! The page: components that wire signals to the model.

pub mod app;
pub mod goals;
pub mod lever_input;
pub mod levers;
pub mod link;
pub mod milestone;
pub mod plan_loader;
pub mod plan_picker;
pub mod scoreboard;
pub mod state;
pub mod status;
pub mod summary;
pub mod tracked;
pub mod user_plans;

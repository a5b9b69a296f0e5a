//! The page: components that wire signals to the model.

pub mod app;
pub mod lever_input;
pub mod levers;
pub mod scoreboard;
pub mod state;
pub mod status;
pub mod summary;

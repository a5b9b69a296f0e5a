//! The simulation as plain Rust: no Leptos, no web-sys. The page only wires signals to it.
//!
//! - [`catalog`]: the quantities (levers) and indicators, with stable ids.
//! - [`plan`]: the plan format and its reader (every problem with its path), data editions.
//! - [`data`]: the built-in plans, embedded at build time, and what a plan inherits.
//! - [`sim`]: starting values and paces, the scenario, the projection, judging targets, what
//!   it takes, the uncertainty sweep, the back-test.
//! - [`link`]: the link format (a scenario in a URL), a user's plan in its link, view settings,
//!   what an embedder fixed.
//! - [`lang`], [`text`], [`named`], [`input`]: the two languages, bilingual text, enums read by
//!   name, and what a person types into a number box.

pub mod catalog;
pub mod data;
pub mod input;
pub mod lang;
pub mod link;
pub mod named;
pub mod plan;
pub mod sim;
pub mod text;

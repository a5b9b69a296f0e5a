//! The built-in plans: embedded at build time from `seeds/plans/`, parsed when opened, and the
//! chain of plans each inherits standards and statistics from.

pub mod library;

//! The simulation: where the levers start and how fast they move ([`start`]), the scenario,
//! the projection to 2035, each target judged ([`assess`], [`report`]), what it takes
//! ([`solve`]), the uncertainty sweep, the back-test and the international benchmarks.

pub mod assess;
pub mod backtest;
pub mod benchmark;
pub mod projection;
pub mod report;
pub mod reported;
pub mod scenario;
pub mod solve;
pub mod start;
pub mod sweep;
pub mod timeline;

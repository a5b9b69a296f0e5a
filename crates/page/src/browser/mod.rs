//! Thin wrappers over the browser APIs the page uses. Every call tolerates a missing API
//! (private mode, an iframe without storage, a file:// page) instead of failing.

pub mod canvas;
pub mod download;
pub mod frame;
pub mod page;
pub mod panic;
pub mod storage;
pub mod stream;
pub mod timer;
pub mod url;
pub mod worker;

//! The page's words, a layer above the model: every user-facing string comes from the locale
//! files ([`i18n`]); [`words`] says what the model found, [`format`] writes numbers, [`sheet`]
//! lays out the CSV and the print report, [`problem`] says what is wrong with a plan file.

pub mod format;
pub mod i18n;
pub mod problem;
pub mod sheet;
pub mod words;

//! Data editions. A link stores only what differs from where a plan starts, and the start comes
//! from the built-in statistics; so that better data never changes what an old link shows, each
//! statistic names the edition it arrived in (`"edition": 2` in a plan file; none is the first),
//! every link names the edition it was made with (`ed=2`), and a link opens on the statistics of
//! its own edition. The newest edition is the largest any built-in statistic names.

use std::fmt;
use std::str::FromStr;

include!(concat!(env!("OUT_DIR"), "/latest_edition.rs"));

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Edition(u32);

impl Edition {
    /// The data as it stood before editions: every link without `ed` belongs to it.
    pub const FIRST: Edition = Edition(1);
    /// The regions' statistics added on 2026-12-01.
    pub const SECOND: Edition = Edition(2);
    /// The nation's 2025 figures and the 2030 targets, added on 2026-12-04.
    pub const THIRD: Edition = Edition(3);
    /// The newest edition this page knows.
    pub const LATEST: Edition = Edition(LATEST_EDITION);
    /// The edition that brought the population's recent pace (2026-12-01): before it, the
    /// population was held flat unless a link said otherwise.
    const POPULATION_PACE: Edition = Edition(2);

    pub fn number(self) -> u32 {
        self.0
    }

    /// Whether the population moves at its recent pace by default in this edition.
    pub fn has_population_pace(self) -> bool {
        self >= Edition::POPULATION_PACE
    }
}

impl Default for Edition {
    fn default() -> Self {
        Edition::LATEST
    }
}

impl fmt::Display for Edition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Why an `ed` value was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditionError {
    /// Not a positive whole number (nor `latest`).
    Malformed,
    /// Made by a page that knows newer data than this one.
    Newer(u32),
}

impl FromStr for Edition {
    type Err = EditionError;

    /// `1`, `2`, … or `latest` (for a link that should always open on the newest data).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if s == "latest" {
            return Ok(Edition::LATEST);
        }
        match s.parse::<u32>() {
            Ok(0) | Err(_) => Err(EditionError::Malformed),
            Ok(n) if n > LATEST_EDITION => Err(EditionError::Newer(n)),
            Ok(n) => Ok(Edition(n)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_and_latest() {
        assert_eq!("1".parse(), Ok(Edition::FIRST));
        assert_eq!("latest".parse(), Ok(Edition::LATEST));
        assert_eq!(
            (LATEST_EDITION + 1).to_string().parse::<Edition>(),
            Err(EditionError::Newer(LATEST_EDITION + 1))
        );
        for bad in ["0", "-1", "x", "", "1.5"] {
            assert_eq!(
                bad.parse::<Edition>(),
                Err(EditionError::Malformed),
                "{bad}"
            );
        }
        assert!(!Edition::FIRST.has_population_pace());
        assert!(Edition::LATEST >= Edition::FIRST);
    }
}

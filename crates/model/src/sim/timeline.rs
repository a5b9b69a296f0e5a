//! The years the simulator works in: from a plan's base year to 2035, the three milestones the
//! plans aim at (the 14th and 15th Five-Year periods' ends, and 2035), the rule that a standard
//! due by 2025 must still hold through 2035, and today's date, which says which years are past.

/// The last year the simulator projects.
pub const END_YEAR: i32 = 2035;
/// The plans' first milestone: the end of the 14th Five-Year period.
pub const FIRST_MILESTONE: i32 = 2025;
/// The end of the 15th Five-Year period (十五五, 2026–2030).
pub const SECOND_MILESTONE: i32 = 2030;
/// The milestones the plans aim at.
pub const MILESTONES: [i32; 3] = [FIRST_MILESTONE, SECOND_MILESTONE, END_YEAR];

/// Whether a computed target due in `year` is a standard the 2035 view holds to 2035 ("does the
/// 2025 standard still hold at the 2035 population?").
pub fn held_to_end(year: i32) -> bool {
    year <= FIRST_MILESTONE
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Milestone {
    #[default]
    Y2025,
    Y2030,
    Y2035,
}

impl Milestone {
    pub const ALL: [Milestone; 3] = [Milestone::Y2025, Milestone::Y2030, Milestone::Y2035];

    pub fn year(self) -> i32 {
        match self {
            Milestone::Y2025 => FIRST_MILESTONE,
            Milestone::Y2030 => SECOND_MILESTONE,
            Milestone::Y2035 => END_YEAR,
        }
    }

    pub fn from_year(y: i32) -> Option<Milestone> {
        Milestone::ALL.into_iter().find(|m| m.year() == y)
    }

    /// The milestone a target due in `year` is judged in: the first one not before it.
    pub fn of_year(year: i32) -> Option<Milestone> {
        Milestone::ALL.into_iter().find(|m| year <= m.year())
    }

    /// Whether a target due in `year` belongs to this milestone's view.
    pub fn includes(self, year: i32) -> bool {
        Milestone::of_year(year) == Some(self)
    }

    /// Where a plan opens: the first milestone its own targets fall in (a 十五五 plan with
    /// targets for 2030 only opens on 2030), else 2025.
    pub fn opening(target_years: impl IntoIterator<Item = i32>) -> Milestone {
        target_years
            .into_iter()
            .filter_map(Milestone::of_year)
            .min()
            .unwrap_or_default()
    }
}

/// Today's date, from the page's clock (a test pins it). A year before today's is past: its
/// targets are judged on what was reported for it, where the data has a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Today {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Today {
    pub fn new(year: i32, month: u32, day: u32) -> Today {
        Today { year, month, day }
    }

    /// Whether `year` has ended.
    pub fn is_past(self, year: i32) -> bool {
        year < self.year
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_year_up_to_2035_belongs_to_exactly_one_milestone() {
        for y in 2000..=END_YEAR {
            let views = Milestone::ALL.iter().filter(|m| m.includes(y)).count();
            assert_eq!(views, 1, "{y}");
            assert_eq!(held_to_end(y), Milestone::Y2025.includes(y));
        }
        assert!(Milestone::Y2030.includes(2026) && Milestone::Y2030.includes(2030));
        assert!(!Milestone::Y2035.includes(END_YEAR + 1));
        for m in Milestone::ALL {
            assert_eq!(Milestone::from_year(m.year()), Some(m));
        }
        assert_eq!(Milestone::opening([2030, 2035]), Milestone::Y2030);
        assert_eq!(Milestone::opening([2023, 2030]), Milestone::Y2025);
        assert_eq!(Milestone::opening([]), Milestone::Y2025);
    }

    #[test]
    fn a_year_is_past_once_it_has_ended() {
        let today = Today::new(2026, 12, 4);
        assert!(today.is_past(2025) && !today.is_past(2026) && !today.is_past(2030));
        assert!(!Today::new(2025, 6, 1).is_past(2025));
    }
}

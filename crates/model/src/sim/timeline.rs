//! The years the simulator works in: from a plan's base year to 2035, the two milestones the
//! plans aim at, and the rule that a standard due by 2025 must still hold through 2035.

/// The last year the simulator projects.
pub const END_YEAR: i32 = 2035;
/// The plans' first milestone: the end of the 14th Five-Year period.
pub const FIRST_MILESTONE: i32 = 2025;
/// The two milestones the plans aim at.
pub const MILESTONES: [i32; 2] = [FIRST_MILESTONE, END_YEAR];

/// Whether a computed target due in `year` is a standard the 2035 view holds to 2035 ("does the
/// 2025 standard still hold at the 2035 population?").
pub fn held_to_end(year: i32) -> bool {
    year <= FIRST_MILESTONE
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Milestone {
    #[default]
    Y2025,
    Y2035,
}

impl Milestone {
    pub fn year(self) -> i32 {
        match self {
            Milestone::Y2025 => FIRST_MILESTONE,
            Milestone::Y2035 => END_YEAR,
        }
    }

    pub fn from_year(y: i32) -> Option<Milestone> {
        match y {
            FIRST_MILESTONE => Some(Milestone::Y2025),
            END_YEAR => Some(Milestone::Y2035),
            _ => None,
        }
    }

    /// Whether a target due in `year` belongs to this milestone's view.
    pub fn includes(self, year: i32) -> bool {
        match self {
            Milestone::Y2025 => year <= FIRST_MILESTONE,
            Milestone::Y2035 => year > FIRST_MILESTONE && year <= END_YEAR,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_year_up_to_2035_belongs_to_exactly_one_milestone() {
        for y in 2000..=END_YEAR {
            let views = [Milestone::Y2025, Milestone::Y2035]
                .iter()
                .filter(|m| m.includes(y))
                .count();
            assert_eq!(views, 1, "{y}");
            assert_eq!(held_to_end(y), Milestone::Y2025.includes(y));
        }
        assert!(!Milestone::Y2035.includes(END_YEAR + 1));
        for m in [Milestone::Y2025, Milestone::Y2035] {
            assert_eq!(Milestone::from_year(m.year()), Some(m));
        }
    }
}

//! How the page shows a scenario — the milestone, the chart's indicator, the comparisons, the
//! named view and the uncertainty sweep — as one type that reads itself from a link and writes
//! itself into one, so a new setting is added here and nowhere else.

use crate::named::Named;
use crate::sim::timeline::Milestone;

/// The uncertainty sweep's seed when the link gives none.
pub const DEFAULT_SEED: u64 = 20_250_101;

/// The largest growth rate, percent a year, a link or a box accepts.
pub const MAX_RATE: f64 = 50.0;

/// A named way of showing the page. Only presenter mode changes the layout; the others name
/// the part of the page the link's author was showing, and the page scrolls to it on opening.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NamedView {
    Scoreboard,
    Chart,
    Tracked,
    Compare,
    Present,
}

impl Named for NamedView {
    const NAMES: &'static [(NamedView, &'static str)] = &[
        (NamedView::Scoreboard, "scoreboard"),
        (NamedView::Chart, "chart"),
        (NamedView::Tracked, "tracked"),
        (NamedView::Compare, "compare"),
        (NamedView::Present, "present"),
    ];
}

#[derive(Clone, Debug, PartialEq)]
pub struct ViewSettings {
    /// The milestone shown; `None`: where the plan opens ([`Milestone::opening`]: 2025 for a
    /// plan with 2025 targets, 2030 for a 十五五 plan), which links do not write.
    pub milestone: Option<Milestone>,
    /// The indicator the trajectory chart shows (the first one when `None`).
    pub chart: Option<String>,
    /// The national and international comparisons beside the plan.
    pub benchmarks: bool,
    pub view: Option<NamedView>,
    /// Population growth as a range (low, high percent a year) for the uncertainty sweep.
    pub range: Option<(f64, f64)>,
    pub seed: u64,
}

impl Default for ViewSettings {
    fn default() -> Self {
        ViewSettings {
            milestone: None,
            chart: None,
            benchmarks: false,
            view: None,
            range: None,
            seed: DEFAULT_SEED,
        }
    }
}

impl ViewSettings {
    /// The milestone shown, for a plan that opens on `opening`.
    pub fn milestone_or(&self, opening: Milestone) -> Milestone {
        self.milestone.unwrap_or(opening)
    }

    pub fn presenting(&self) -> bool {
        self.view == Some(NamedView::Present)
    }

    /// Writes the settings that differ from the default as link parameters, in a stable order.
    pub fn write(&self, push: &mut dyn FnMut(&str, String)) {
        if let Some(m) = self.milestone {
            push("milestone", m.year().to_string());
        }
        if let Some((l, h)) = self.range {
            push("growth_low", format!("{l}"));
            push("growth_high", format!("{h}"));
            // The seed only matters with a range to draw from.
            push("seed", self.seed.to_string());
        }
        if let Some(c) = &self.chart {
            push("chart", c.clone());
        }
        if self.benchmarks {
            push("bench", "1".into());
        }
        if let Some(v) = self.view {
            push("view", v.name().into());
        }
    }
}

/// A growth rate as links write it: percent a year, within ±[`MAX_RATE`].
pub fn rate(s: &str) -> Option<f64> {
    let v: f64 = s.trim().parse().ok()?;
    (v.is_finite() && (-MAX_RATE..=MAX_RATE).contains(&v)).then_some(v)
}

/// Reads view settings from link parameters one at a time (a range needs both its ends).
#[derive(Default)]
pub struct ViewReader {
    settings: ViewSettings,
    low: Option<f64>,
    high: Option<f64>,
}

impl ViewReader {
    /// Reads one parameter: `None` when it is not a view setting, else whether its value was
    /// usable.
    pub fn read(&mut self, key: &str, value: &str) -> Option<bool> {
        let s = &mut self.settings;
        let ok = match key {
            "milestone" => value
                .parse()
                .ok()
                .and_then(Milestone::from_year)
                .map(|m| s.milestone = Some(m))
                .is_some(),
            "growth_low" => {
                self.low = rate(value);
                self.low.is_some()
            }
            "growth_high" => {
                self.high = rate(value);
                self.high.is_some()
            }
            "seed" => value.parse().map(|v| s.seed = v).is_ok(),
            "chart" => {
                s.chart = Some(value.to_string()).filter(|c| !c.is_empty());
                s.chart.is_some()
            }
            "bench" => match value {
                "1" | "true" => {
                    s.benchmarks = true;
                    true
                }
                "0" | "false" => true,
                _ => false,
            },
            "view" => {
                s.view = NamedView::from_name(value);
                s.view.is_some()
            }
            _ => return None,
        };
        Some(ok)
    }

    pub fn finish(mut self) -> ViewSettings {
        if let (Some(l), Some(h)) = (self.low, self.high) {
            self.settings.range = Some((l.min(h), l.max(h)));
        }
        self.settings
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(v: &ViewSettings) -> ViewSettings {
        let mut pairs = Vec::new();
        v.write(&mut |k, val| pairs.push((k.to_string(), val)));
        let mut r = ViewReader::default();
        for (k, val) in &pairs {
            assert_eq!(r.read(k, val), Some(true), "{k}={val}");
        }
        r.finish()
    }

    #[test]
    fn settings_round_trip_and_defaults_are_not_written() {
        let v = ViewSettings {
            milestone: Some(Milestone::Y2030),
            chart: Some("beds_per_1000".into()),
            benchmarks: true,
            view: Some(NamedView::Present),
            range: Some((-2.0, 1.5)),
            seed: 7,
        };
        assert_eq!(round_trip(&v), v);
        let mut n = 0;
        ViewSettings::default().write(&mut |_, _| n += 1);
        assert_eq!(n, 0);
        for &(view, name) in NamedView::NAMES {
            assert_eq!(NamedView::from_name(name), Some(view));
            assert_eq!(view.name(), name);
        }
    }

    #[test]
    fn a_range_needs_both_ends_and_bad_values_are_refused() {
        let mut r = ViewReader::default();
        assert_eq!(r.read("growth_low", "-1"), Some(true));
        assert_eq!(r.read("growth_high", "99"), Some(false));
        assert_eq!(r.read("view", "gallery"), Some(false));
        assert_eq!(r.read("plan", "x"), None);
        assert_eq!(r.finish().range, None);
    }
}

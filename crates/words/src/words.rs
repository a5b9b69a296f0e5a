//! The page's sentences about the model — where a starting value came from, a recent pace, a
//! target, its gap, why it cannot be judged, a typed value's problem — as plain functions of the
//! model's values and a language, so they are tested natively and every component and export
//! says the same thing in the same words.

use crate::format::{self, count, figure, signed};
use crate::i18n;
use hps_model::catalog::{Catalog, QuantityIx};
use hps_model::input::InputError;
use hps_model::lang::Lang;
use hps_model::plan::{Comparison, Confidence, Target};
use hps_model::sim::assess::{Outcome, Reason, Status};
use hps_model::sim::report::{Basis, FirstMet, Row};
use hps_model::sim::scenario::{Growth, Scenario};
use hps_model::sim::start::{Pace, PopulationPace, Provenance};
use hps_model::text::Text;

/// Where the value a lever shows came from; the page marks the lever with its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// The plan's own base-year figure.
    Plan,
    /// An official figure for the region.
    Statistic,
    /// A province's or the nation's density: an assumption to replace.
    Assumption,
    /// The user typed it (or cleared it).
    Typed,
    /// Nothing: the plan gives no starting value.
    None,
}

impl SourceKind {
    pub fn code(self) -> &'static str {
        match self {
            SourceKind::Plan => "plan",
            SourceKind::Statistic => "statistic",
            SourceKind::Assumption => "assumption",
            SourceKind::Typed => "typed",
            SourceKind::None => "none",
        }
    }
}

pub fn is_ratio(t: &Target) -> bool {
    t.indicator.is_ratio()
}

/// The locale key of a status's name ("已达标", "未录入" for a tracked target not entered).
pub fn label_key(status: Status, tracked: bool) -> &'static str {
    match status {
        Status::Met => "status.met",
        Status::Band => "status.band",
        Status::Missed => "status.missed",
        Status::Over => "status.over",
        Status::NotAssessable if tracked => "status.not_entered",
        Status::NotAssessable => "status.na",
    }
}

/// The value at the target's year, as the plan writes such values.
pub fn value_text(t: &Target, o: &Outcome) -> String {
    o.value
        .map(|v| format::value(v, t.indicator.decimals, is_ratio(t)))
        .unwrap_or_else(|| "—".into())
}

/// The words of one language, with the catalog's names.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    pub catalog: &'a Catalog,
    pub lang: Lang,
}

impl Words<'_> {
    pub fn t(&self, key: &'static str) -> &'static str {
        i18n::t(self.lang, key)
    }

    pub fn tf(&self, key: &'static str, args: &[(&str, &str)]) -> String {
        i18n::tf(self.lang, key, args)
    }

    pub fn text(&self, text: &Text) -> String {
        text.get(self.lang).to_string()
    }

    pub fn quantity_label(&self, q: QuantityIx) -> String {
        self.catalog
            .quantities
            .get(q)
            .map(|c| self.text(&c.label))
            .unwrap_or_default()
    }

    pub fn quantity_unit(&self, q: QuantityIx) -> String {
        self.catalog
            .quantities
            .get(q)
            .map(|c| self.text(&c.unit))
            .unwrap_or_default()
    }

    pub fn input_error(&self, e: InputError) -> String {
        match e {
            InputError::NotANumber => self.t("input.not_a_number").to_string(),
            InputError::Negative => self.t("input.negative").to_string(),
            InputError::NotWhole => self.t("input.not_whole").to_string(),
            InputError::NotPositive => self.t("input.not_positive").to_string(),
            InputError::TooLarge(max) => {
                self.tf("input.too_large", &[("max", &count(max, self.lang))])
            }
            InputError::OutOfRange(lo, hi) => self.tf(
                "input.out_of_range",
                &[
                    ("low", &format::figure(lo, 2)),
                    ("high", &format::figure(hi, 2)),
                ],
            ),
        }
    }

    fn per(&self, per: f64) -> &'static str {
        if per >= 10_000.0 {
            self.t("per.10000")
        } else {
            self.t("per.1000")
        }
    }

    /// Where a lever's starting value came from, in words a student understands, and a hook code.
    pub fn provenance(&self, p: &Provenance, base_year: i32) -> (SourceKind, String) {
        match p {
            Provenance::Carried {
                from,
                value,
                per_year,
                inner,
            } => {
                let (_, was) = self.provenance(inner, *from);
                let pace = if matches!(**inner, Provenance::Plan { .. }) && *per_year != 0.0 {
                    signed(*per_year, 2)
                } else {
                    "0".to_string()
                };
                (
                    SourceKind::Assumption,
                    self.tf(
                        "levers.src_carried",
                        &[
                            ("was", &was),
                            ("value", &count(*value, self.lang)),
                            ("year", &base_year.to_string()),
                            ("per_year", &pace),
                        ],
                    ),
                )
            }
            Provenance::Plan { derived } => {
                let text = self.tf("levers.src_plan", &[("year", &base_year.to_string())]);
                match derived {
                    Some(d) => (
                        SourceKind::Plan,
                        format!("{text} · {} {}", self.t("levers.derived"), self.text(d)),
                    ),
                    None => (SourceKind::Plan, text),
                }
            }
            Provenance::Statistic {
                year,
                source,
                caveat,
                ..
            } => {
                let mut text = self.tf(
                    "levers.src_statistic",
                    &[("year", &year.to_string()), ("source", &self.text(source))],
                );
                if let Some(c) = caveat {
                    text = format!("{text} ⚠ {}", self.text(c));
                }
                (SourceKind::Statistic, text)
            }
            Provenance::Density {
                scope,
                own,
                year,
                density,
                per,
                caveat,
                ..
            } => {
                let args = [
                    ("year", year.to_string()),
                    ("density", figure(*density, 2)),
                    ("per", self.per(*per).to_string()),
                    ("scope", self.text(scope)),
                ];
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                if *own {
                    let text = self.tf("levers.src_own_density", &args);
                    match caveat {
                        Some(c) => (SourceKind::Statistic, format!("{text} ⚠ {}", self.text(c))),
                        None => (SourceKind::Statistic, text),
                    }
                } else {
                    (
                        SourceKind::Assumption,
                        self.tf("levers.src_assumption", &args),
                    )
                }
            }
        }
    }

    /// "全国 2019–2024: +0.17 per 1,000 a year, applied to this population".
    pub fn pace(&self, pace: &Pace) -> String {
        self.tf(
            "pace.note_recent",
            &[
                ("scope", &self.text(&pace.scope)),
                ("from", &pace.from.to_string()),
                ("to", &pace.to.to_string()),
                ("delta", &signed(pace.per_year(), 3)),
                ("per", self.per(pace.per)),
            ],
        )
    }

    pub fn reason(&self, reason: Reason) -> String {
        let lang = self.lang;
        match reason {
            Reason::NotEntered(q) => self.tf(
                "reason.not_entered",
                &[("quantity", &self.quantity_label(q))],
            ),
            Reason::Invalid(q, _) => {
                self.tf("reason.invalid", &[("quantity", &self.quantity_label(q))])
            }
            Reason::ZeroBase(q) => {
                self.tf("reason.zero_base", &[("quantity", &self.quantity_label(q))])
            }
            Reason::OutsideBands { population } => self.tf(
                "reason.outside_bands",
                &[("population", &count(population, lang))],
            ),
            Reason::TrackedNotEntered => self.t("reason.tracked").to_string(),
        }
    }

    pub fn target(&self, t: &Target, o: &Outcome) -> String {
        let lang = self.lang;
        let s = format::comparison(&t.comparison, t.indicator.decimals, is_ratio(t), lang);
        match (&t.comparison, o.threshold) {
            (Comparison::PopulationRule { .. }, Some(th)) => self.tf(
                "target.rule_now",
                &[("value", &format::figure(th, 0)), ("rule", &s)],
            ),
            _ => s,
        }
    }

    /// The gap: what the lever needs and the distance in the indicator's unit.
    pub fn gap(&self, t: &Target, o: &Outcome) -> (String, Option<String>) {
        let lang = self.lang;
        if o.status == Status::NotAssessable {
            return (o.reason.map(|r| self.reason(r)).unwrap_or_default(), None);
        }
        if o.status == Status::Met {
            return ("—".into(), None);
        }
        let unit = t.indicator.unit.get(lang);
        let ind_gap = o.gap.map(|g| {
            self.tf(
                "gap.indicator",
                &[("delta", &signed(g, t.indicator.decimals)), ("unit", unit)],
            )
        });
        let Some(lg) = o.lever else {
            return (ind_gap.unwrap_or_default(), None);
        };
        let qunit = self.quantity_unit(lg.quantity);
        let main = match lg.needed(o.status) {
            Some(n) => {
                let key =
                    if o.status == Status::Over || matches!(t.comparison, Comparison::AtMost(_)) {
                        "gap.cap"
                    } else {
                        "gap.needs"
                    };
                self.tf(
                    key,
                    &[
                        ("value", &count(n, lang)),
                        ("unit", &qunit),
                        ("delta", &signed(n - lg.current, 0)),
                    ],
                )
            }
            None => self.t("gap.unreachable").to_string(),
        };
        let band = match (o.status, lg.band_min) {
            (Status::Missed, Some(b)) => Some(self.tf(
                "gap.band_edge",
                &[
                    ("value", &count(b, lang)),
                    ("unit", &qunit),
                    ("delta", &signed(b - lg.current, 0)),
                ],
            )),
            _ => None,
        };
        let detail = [ind_gap, band]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
        (main, Some(detail).filter(|d| !d.is_empty()))
    }

    /// What a row's verdict rests on, where it is not simply the projection of a year ahead:
    /// the region's report for a passed year (its source, whether computed, its confidence) with
    /// what the recent pace had predicted; or that a passed year has no report yet.
    pub fn basis(&self, t: &Target, row: &Row) -> Option<String> {
        match &row.basis {
            Basis::Reported(r) => {
                let v = &r.value;
                let sources = v
                    .sources
                    .iter()
                    .map(|s| self.text(s))
                    .collect::<Vec<_>>()
                    .join("; ");
                let mut text = self.tf(
                    if v.computed {
                        "basis.reported_computed"
                    } else {
                        "basis.reported"
                    },
                    &[("year", &v.year.to_string()), ("source", &sources)],
                );
                match v.confidence {
                    Confidence::High => {}
                    Confidence::Medium => text = format!("{text} · {}", self.t("basis.medium")),
                    Confidence::Low => text = format!("{text} · {}", self.t("basis.low")),
                }
                if let Some((from, value)) = r.predicted {
                    let shown = if is_ratio(t) {
                        format!("1 : {}", format::figure(value, t.indicator.decimals))
                    } else {
                        format::figure(value, t.indicator.decimals)
                    };
                    text = format!(
                        "{text} · {}",
                        self.tf(
                            "basis.predicted",
                            &[("from", &from.to_string()), ("value", &shown)],
                        )
                    );
                }
                Some(text)
            }
            Basis::Projected { past: true } => {
                Some(self.tf("basis.no_report", &[("year", &t.year.to_string())]))
            }
            Basis::Projected { past: false } | Basis::Entered => None,
        }
    }

    pub fn first_met(&self, f: FirstMet) -> String {
        match f {
            FirstMet::Year(y) => y.to_string(),
            FirstMet::NotBy2035 => self.t("firstmet.none").to_string(),
            FirstMet::Unknown => "—".into(),
        }
    }

    /// "近年人口变化 −0.94%/年,吉林省2023—2024年(统计公报)".
    pub fn population_pace(&self, p: &PopulationPace) -> String {
        let mut text = self.tf(
            "growth.pace_note",
            &[
                ("value", &signed(p.percent(), 2)),
                ("scope", &self.text(&p.scope)),
                ("from", &p.from.to_string()),
                ("to", &p.to.to_string()),
                ("source", &self.text(&p.source)),
            ],
        );
        match (&p.caveat, p.confidence) {
            (Some(c), _) => text = format!("{text} ⚠ {}", self.text(c)),
            (None, Confidence::High) => {}
            (None, _) => text = format!("{text} ⚠ {}", self.t("growth.pace_unconfirmed")),
        }
        text
    }

    /// How the population changes, for the exports.
    pub fn growth(&self, s: &Scenario) -> String {
        match s.growth_in_effect() {
            Growth::Rate(r) if s.growth == Growth::Recent => {
                self.tf("growth.text_recent", &[("value", &format::figure(r, 2))])
            }
            Growth::Rate(r) => self.tf("growth.text_rate", &[("value", &format::figure(r, 2))]),
            // Resolved above to its rate.
            Growth::Recent => String::new(),
            Growth::Points { y2025, y2035 } => format!(
                "2025: {} · 2035: {}",
                y2025.map(format::plain).unwrap_or_else(|| "—".into()),
                y2035.map(format::plain).unwrap_or_else(|| "—".into())
            ),
        }
    }
}

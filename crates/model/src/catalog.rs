//! The catalog: quantities (the levers) and the indicators computed from them.
//! It is data (`seeds/catalog.json`); ids are stable because links and hooks use them.

use std::collections::HashMap;

use serde_json::Value;

use crate::named::Named;
use crate::plan::problem::{Problem, ProblemKind, Rule, malformed};
use crate::plan::reader::{Object, Reader, index, join};
use crate::text::Text;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Population,
    Beds,
    Staff,
    Other,
}

impl Group {
    pub const ALL: [Group; 4] = [Group::Population, Group::Beds, Group::Staff, Group::Other];
    const NAMES: &'static [&'static str] = &["population", "beds", "staff", "other"];

    fn from_name(s: &str) -> Group {
        match s {
            "population" => Group::Population,
            "beds" => Group::Beds,
            "staff" => Group::Staff,
            _ => Group::Other,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Group::Population => "population",
            Group::Beds => "beds",
            Group::Staff => "staff",
            Group::Other => "other",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Quantity {
    pub id: String,
    pub group: Group,
    pub label: Text,
    pub unit: Text,
    /// Values above this are refused as absurd (more people than China has, and so on).
    pub max: f64,
}

/// Index of a quantity in the catalog.
pub type QuantityIx = usize;

#[derive(Clone, Debug, PartialEq)]
pub enum IndicatorKind {
    /// sum(numerator) per `per` of `denominator` (e.g. beds per 1,000 residents).
    Density {
        numerator: Vec<QuantityIx>,
        denominator: QuantityIx,
        per: f64,
    },
    /// 1 : sum(second) / sum(first) (e.g. physicians : nurses = 1 : 1.20).
    Ratio {
        first: Vec<QuantityIx>,
        second: Vec<QuantityIx>,
    },
    /// sum(part) / sum(whole), in percent.
    Share {
        part: Vec<QuantityIx>,
        whole: Vec<QuantityIx>,
    },
    /// A quantity itself (e.g. surge beds).
    Count { quantity: QuantityIx },
    /// A value population, beds and staff cannot produce: the user enters it.
    Tracked,
}

impl IndicatorKind {
    pub fn name(&self) -> &'static str {
        match self {
            IndicatorKind::Density { .. } => "density",
            IndicatorKind::Ratio { .. } => "ratio",
            IndicatorKind::Share { .. } => "share",
            IndicatorKind::Count { .. } => "count",
            IndicatorKind::Tracked => "tracked",
        }
    }

    /// The lever whose change is reported as the gap ("+456 beds").
    pub fn lever(&self) -> Option<QuantityIx> {
        match self {
            IndicatorKind::Density { numerator, .. } => numerator.first().copied(),
            IndicatorKind::Ratio { second, .. } => second.first().copied(),
            IndicatorKind::Share { part, .. } => part.first().copied(),
            IndicatorKind::Count { quantity } => Some(*quantity),
            IndicatorKind::Tracked => None,
        }
    }

    /// Every quantity the indicator reads.
    pub fn quantities(&self) -> Vec<QuantityIx> {
        match self {
            IndicatorKind::Density {
                numerator,
                denominator,
                ..
            } => numerator.iter().copied().chain([*denominator]).collect(),
            IndicatorKind::Ratio { first, second } => first.iter().chain(second).copied().collect(),
            IndicatorKind::Share { part, whole } => part.iter().chain(whole).copied().collect(),
            IndicatorKind::Count { quantity } => vec![*quantity],
            IndicatorKind::Tracked => vec![],
        }
    }

    /// Whether `f` holds for every quantity the indicator reads (without allocating).
    pub fn all_quantities(&self, mut f: impl FnMut(QuantityIx) -> bool) -> bool {
        match self {
            IndicatorKind::Density {
                numerator,
                denominator,
                ..
            } => numerator.iter().all(|q| f(*q)) && f(*denominator),
            IndicatorKind::Ratio { first, second } => first.iter().chain(second).all(|q| f(*q)),
            IndicatorKind::Share { part, whole } => part.iter().chain(whole).all(|q| f(*q)),
            IndicatorKind::Count { quantity } => f(*quantity),
            IndicatorKind::Tracked => true,
        }
    }

    pub fn is_tracked(&self) -> bool {
        matches!(self, IndicatorKind::Tracked)
    }
}

/// Which way the plan wants an indicator to move. It decides what a value beyond a 左右 band or
/// a range means: over-supply (beds, which plans restrain), success (a share the plan wants
/// higher, written "50%左右"), or room left (a quota reserved, "预留…1.8左右").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Direction {
    /// Both edges count: above the band or range is *over*.
    #[default]
    Either,
    /// More is better: above the band or range is *met*.
    Higher,
    /// Less is fine: below the band or range is *met*, above it is *over*.
    Lower,
}

impl Named for Direction {
    const NAMES: &'static [(Direction, &'static str)] = &[
        (Direction::Either, "either"),
        (Direction::Higher, "higher"),
        (Direction::Lower, "lower"),
    ];
}

#[derive(Clone, Debug)]
pub struct Indicator {
    pub id: String,
    pub label: Text,
    pub unit: Text,
    pub decimals: u8,
    pub kind: IndicatorKind,
    pub direction: Direction,
}

impl Indicator {
    /// A ratio (1:x) rather than a figure: written and compared as such.
    pub fn is_ratio(&self) -> bool {
        matches!(self.kind, IndicatorKind::Ratio { .. })
    }
}

#[derive(Clone, Debug, Default)]
pub struct Catalog {
    pub quantities: Vec<Quantity>,
    pub indicators: Vec<Indicator>,
    quantity_ix: HashMap<String, QuantityIx>,
    indicator_ix: HashMap<String, usize>,
}

/// The catalog shipped with the app.
pub const CATALOG_JSON: &str = include_str!("../../../seeds/catalog.json");

const INDICATOR_KINDS: &[&str] = &["density", "ratio", "share", "count", "tracked"];

/// Keys of an indicator definition (catalog or plan).
pub const INDICATOR_KEYS: &[&str] = &[
    "id",
    "kind",
    "label",
    "unit",
    "decimals",
    "direction",
    "numerator",
    "denominator",
    "per",
    "first",
    "second",
    "part",
    "whole",
    "quantity",
];

impl Catalog {
    /// The built-in catalog. It is checked by the test suite, so a problem here is a build defect;
    /// still, a broken catalog yields an empty one rather than a panic.
    pub fn builtin() -> Catalog {
        Catalog::parse(CATALOG_JSON).unwrap_or_default()
    }

    pub fn parse(text: &str) -> Result<Catalog, Vec<Problem>> {
        let value: Value = serde_json::from_str(text).map_err(|e| vec![malformed(&e)])?;
        let mut r = Reader::default();
        let mut cat = Catalog::default();
        if let Some(root) = r.object(&value, "") {
            if let Some(qs) = r.array(root, "", "quantities") {
                for (i, q) in qs.iter().enumerate() {
                    let p = index("quantities", i);
                    if let Some(q) = cat.read_quantity(&mut r, q, &p) {
                        if cat.quantity_ix.contains_key(&q.id) {
                            r.report(join(&p, "id"), ProblemKind::Duplicate(q.id.clone()));
                        } else {
                            cat.quantity_ix.insert(q.id.clone(), cat.quantities.len());
                            cat.quantities.push(q);
                        }
                    }
                }
            }
            if let Some(is) = r.array(root, "", "indicators") {
                for (i, v) in is.iter().enumerate() {
                    let p = index("indicators", i);
                    if let Some(o) = r.object(v, &p)
                        && let Some(ind) = cat.read_indicator(&mut r, o, &p)
                    {
                        if cat.indicator_ix.contains_key(&ind.id) {
                            r.report(join(&p, "id"), ProblemKind::Duplicate(ind.id.clone()));
                        } else {
                            cat.indicator_ix
                                .insert(ind.id.clone(), cat.indicators.len());
                            cat.indicators.push(ind);
                        }
                    }
                }
            }
        }
        if r.problems.is_empty() {
            Ok(cat)
        } else {
            Err(r.problems)
        }
    }

    fn read_quantity(&self, r: &mut Reader, v: &Value, p: &str) -> Option<Quantity> {
        let o = r.object(v, p)?;
        r.known_keys(o, p, &["id", "group", "label", "unit", "max"]);
        let id = r.string(o, p, "id");
        let group = r.choice(o, p, "group", Group::NAMES, true);
        let label = r.text(o, p, "label");
        let unit = r.text(o, p, "unit");
        let max = r.non_negative(o, p, "max");
        Some(Quantity {
            id: id?,
            group: Group::from_name(group?),
            label: label?,
            unit: unit?,
            max: max?,
        })
    }

    /// Reads one indicator definition; used for the catalog and for a plan's own indicators.
    pub fn read_indicator(&self, r: &mut Reader, o: &Object, p: &str) -> Option<Indicator> {
        r.known_keys(o, p, INDICATOR_KEYS);
        let id = r.string(o, p, "id");
        let label = r.text(o, p, "label");
        let unit = r.text(o, p, "unit");
        let decimals = r.opt_non_negative(o, p, "decimals").unwrap_or(2.0).min(6.0) as u8;
        let kind_name = r.choice(o, p, "kind", INDICATOR_KINDS, true);
        let direction = r
            .named::<Direction>(o, p, "direction", false)
            .unwrap_or_default();
        let kind = match kind_name? {
            "density" => {
                let numerator = self.quantity_list(r, o, p, "numerator");
                let denominator = r
                    .string(o, p, "denominator")
                    .and_then(|d| self.resolve_quantity(r, &d, &join(p, "denominator")));
                let per = r.number(o, p, "per").and_then(|n| {
                    if n > 0.0 {
                        Some(n)
                    } else {
                        r.report(join(p, "per"), ProblemKind::Invalid(Rule::PerNotPositive));
                        None
                    }
                });
                IndicatorKind::Density {
                    numerator: numerator?,
                    denominator: denominator?,
                    per: per?,
                }
            }
            "ratio" => {
                let first = self.quantity_list(r, o, p, "first");
                let second = self.quantity_list(r, o, p, "second");
                IndicatorKind::Ratio {
                    first: first?,
                    second: second?,
                }
            }
            "share" => {
                let part = self.quantity_list(r, o, p, "part");
                let whole = self.quantity_list(r, o, p, "whole");
                IndicatorKind::Share {
                    part: part?,
                    whole: whole?,
                }
            }
            "count" => {
                let q = r
                    .string(o, p, "quantity")
                    .and_then(|q| self.resolve_quantity(r, &q, &join(p, "quantity")));
                IndicatorKind::Count { quantity: q? }
            }
            _ => IndicatorKind::Tracked,
        };
        Some(Indicator {
            id: id?,
            label: label?,
            unit: unit?,
            decimals,
            kind,
            direction,
        })
    }

    fn quantity_list(
        &self,
        r: &mut Reader,
        o: &Object,
        p: &str,
        key: &str,
    ) -> Option<Vec<QuantityIx>> {
        let ids = r.strings(o, p, key, true)?;
        if ids.is_empty() {
            r.report(join(p, key), ProblemKind::Empty);
            return None;
        }
        let kp = join(p, key);
        let mut out = Vec::new();
        let mut ok = true;
        for (i, id) in ids.iter().enumerate() {
            match self.resolve_quantity(r, id, &index(&kp, i)) {
                Some(q) => out.push(q),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn resolve_quantity(&self, r: &mut Reader, id: &str, path: &str) -> Option<QuantityIx> {
        let q = self.quantity_ix.get(id).copied();
        if q.is_none() {
            r.report(path, ProblemKind::UnknownQuantity(id.to_string()));
        }
        q
    }

    pub fn quantity(&self, id: &str) -> Option<QuantityIx> {
        self.quantity_ix.get(id).copied()
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicator_ix.get(id).map(|i| &self.indicators[*i])
    }

    /// The resident population: the base of every density and of the growth rate.
    pub fn population(&self) -> Option<QuantityIx> {
        self.quantity("population")
    }
}

//! The plan file for a reviewed proposal, in the plan-file format (docs/data.md): the targets with their
//! quotes, the figures as the region's statistics (so levers start from them), the goals in
//! words, and a note that the file was proposed from the text and confirmed by its user.

use serde_json::{Map, Value, json};

use super::synonyms::{Basis, Subject};
use super::{Cmp, Proposal, Role, Row};
use hps_model::catalog::Catalog;
use hps_model::named::Named;
use hps_model::plan::{Level, Nature};

fn text(zh: &str, en: &str) -> Value {
    json!({"zh": zh, "en": en})
}

/// FNV-1a, for a stable id from the region and title.
fn hash(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// The level a region's name suggests: 省 a province, 市 a city (the user corrects a
/// county-level city), 县/区/旗 a county.
pub fn level_for(region: &str) -> Level {
    let region = region.trim();
    if region == "全国" || region == "中国" {
        Level::Nation
    } else if region.ends_with('省')
        || region.ends_with("自治区")
        || ["北京市", "上海市", "天津市", "重庆市"].contains(&region)
    {
        Level::Province
    } else if region.ends_with("县级市") {
        Level::CountyCity
    } else if region.ends_with('市') || region.ends_with('州') || region.ends_with('盟') {
        Level::City
    } else if region.ends_with('县') || region.ends_with('区') || region.ends_with('旗') {
        Level::County
    } else {
        Level::Other
    }
}

fn comparison(c: Cmp) -> Value {
    match c {
        Cmp::AtLeast(v) => json!({"type": "at_least", "value": v}),
        Cmp::AtMost(v) => json!({"type": "at_most", "value": v}),
        Cmp::About(v) => json!({"type": "about", "value": v}),
        Cmp::Between(lo, hi) => json!({"type": "between", "low": lo, "high": hi.max(lo)}),
        Cmp::FullCoverage => json!({"type": "full_coverage"}),
        Cmp::IncreaseBy(v) => json!({"type": "increase_by", "value": v}),
    }
}

/// A per-1,000 figure counted on the registered population, while the page divides by the
/// resident population.
fn registered() -> (&'static str, &'static str) {
    (
        "原文此数按户籍人口计算;本页以常住人口为分母,两者不同时请核对。",
        "The text counts this per registered (户籍) population; the page divides by the resident population, so check it where the two differ.",
    )
}

/// A figure the text gives per 10,000 (or 100,000), rebased to the catalog's per 1,000.
fn rebased_words(per: f64) -> (&'static str, &'static str) {
    if per >= 100_000.0 {
        (
            "原文按每10万人口计,此处换算为每千人口(除以100)。",
            "The text counts this per 100,000 people; it is rebased here to per 1,000 (divided by 100).",
        )
    } else {
        (
            "原文按每万人口计,此处换算为每千人口(除以10)。",
            "The text counts this per 10,000 people; it is rebased here to per 1,000 (divided by 10).",
        )
    }
}

fn caveat(parts: &[(&str, &str)]) -> Option<Value> {
    if parts.is_empty() {
        return None;
    }
    let zh: Vec<&str> = parts.iter().map(|p| p.0).collect();
    let en: Vec<&str> = parts.iter().map(|p| p.1).collect();
    Some(text(&zh.join(""), &en.join(" ")))
}

fn assumed_words(c: Cmp) -> (&'static str, &'static str) {
    match c {
        Cmp::AtMost(_) => (
            "原文未写明比较方式,按“不高于”处理(导入时推定)。",
            "The text gives no comparison word; taken as “at most” when importing.",
        ),
        _ => (
            "原文未写明比较方式,按“不低于”处理(导入时推定)。",
            "The text gives no comparison word; taken as “at least” when importing.",
        ),
    }
}

/// The id a target gets: its indicator and year, or `t<n>` for a tracked one.
fn target_id(r: &Row, n: usize, used: &mut Vec<String>) -> String {
    let base = match &r.subject {
        Subject::Indicator(i) => format!("{}-{}", i.replace('_', "-"), r.year),
        _ => format!("t{}-{}", n + 1, r.year),
    };
    let mut id = base.clone();
    let mut k = 2;
    while used.contains(&id) {
        id = format!("{base}-{k}");
        k += 1;
    }
    used.push(id.clone());
    id
}

pub fn write(p: &Proposal, region: &str, population: Option<f64>) -> String {
    let catalog = Catalog::builtin();
    let region = region.trim();
    let region = if region.is_empty() {
        "未命名地区"
    } else {
        region
    };
    let title = p
        .title
        .as_ref()
        .map(|t| t.value.clone())
        .unwrap_or_else(|| format!("{region}卫生健康规划(导入)"));
    let targets: Vec<&Row> = p.rows.iter().filter(|r| r.role == Role::Target).collect();
    let figures: Vec<&Row> = p.rows.iter().filter(|r| r.role == Role::Figure).collect();
    let (document_year, base_year) = years(p, &targets, &figures);

    let mut used = Vec::new();
    let out_targets: Vec<Value> = targets
        .iter()
        .enumerate()
        .map(|(n, r)| target_json(&catalog, r, target_id(r, n, &mut used)))
        .collect();

    let source = text("规划原文(导入)", "the plan's own text (imported)");
    let mut statistics = Vec::new();
    if let Some((found, year)) = &p.population
        && population.is_none()
    {
        statistics.push(json!({
            "quantity": "population", "year": year, "value": found.value.round(),
            "source": source, "quote": found.quote, "confidence": "high"
        }));
    }
    statistics.extend(
        figures
            .iter()
            .filter_map(|r| statistic_json(&catalog, r, &figures, &source)),
    );

    let mut values = Map::new();
    if let Some(pop) = population {
        values.insert("population".into(), json!(pop.round()));
    }
    let goals: Vec<Value> = p
        .goals
        .iter()
        .filter(|g| g.year >= base_year)
        .map(|g| {
            json!({"year": g.year, "quote": g.quote, "summary": text(
                "规划以文字表述的目标(见原文),未给出数值。",
                "A goal the plan states in words (see its text); no figure is given."
            )})
        })
        .collect();
    let id = format!(
        "user-{:08x}",
        hash(&format!("{region}|{title}|{document_year}"))
    );
    let plan = json!({
        "format": 1,
        "id": id,
        "region": text(region, region),
        "level": p.level.unwrap_or_else(|| level_for(region)).name(),
        "title": text(&title, &title),
        "issuer": text("(原文未注明)", "(not stated in the text)"),
        "source": "imported-text.txt",
        "document_year": document_year,
        "baseline": {"year": base_year, "values": Value::Object(values)},
        "statistics": statistics,
        "targets": out_targets,
        "goals": goals,
        "notes": notes(population.is_some()),
    });
    serde_json::to_string_pretty(&plan).unwrap_or_default()
}

/// The document's year (its date, else its earliest figure's) and the base year: the latest
/// figure's year up to the document's, never after a target.
fn years(p: &Proposal, targets: &[&Row], figures: &[&Row]) -> (i32, i32) {
    let document_year = p
        .document_year
        .as_ref()
        .map(|y| y.value)
        .unwrap_or_else(|| {
            p.rows
                .iter()
                .map(|r| r.year)
                .min()
                .unwrap_or(2025)
                .clamp(2000, 2035)
        });
    let latest_figure = figures
        .iter()
        .map(|r| r.year)
        .filter(|y| *y <= document_year)
        .max();
    let first_target = targets.iter().map(|r| r.year).min();
    let base_year = latest_figure
        .unwrap_or(document_year)
        .min(first_target.unwrap_or(document_year))
        .clamp(2000, 2035);
    (document_year, base_year)
}

/// A target in the plan format: its indicator (the catalog's, or the text's own label), year,
/// comparison, nature, what was assumed, and its quote.
fn target_json(catalog: &Catalog, r: &Row, id: String) -> Value {
    let mut t = Map::new();
    t.insert("id".into(), json!(id));
    let indicator = match &r.subject {
        Subject::Indicator(i) if catalog.indicator(i).is_some() => json!(i),
        Subject::Quantity(q) => {
            let (label, unit) = catalog
                .quantity(q)
                .map(|ix| {
                    let qd = &catalog.quantities[ix];
                    (qd.label.zh.clone(), qd.unit.zh.clone())
                })
                .unwrap_or_default();
            json!({"label": text(&label, &label), "unit": if unit.is_empty() { "—".into() } else { unit }})
        }
        Subject::Indicator(i) => json!({"label": text(i, i), "unit": "—"}),
        Subject::Tracked { label, unit } => {
            // A figure without a counting word (全覆盖, a plain number) has no unit to show.
            let unit = if unit.trim().is_empty() {
                "—"
            } else {
                unit.as_str()
            };
            json!({"label": text(label, label), "unit": unit})
        }
    };
    t.insert("indicator".into(), indicator);
    t.insert("year".into(), json!(r.year));
    if r.year_inferred {
        t.insert("year_inferred".into(), json!(true));
    }
    t.insert("comparison".into(), comparison(r.cmp));
    if let Some(n) = r.nature {
        t.insert(
            "nature".into(),
            json!(match n {
                Nature::Expected => "expected",
                Nature::Binding => "binding",
            }),
        );
    }
    let mut parts = Vec::new();
    if r.cmp_inferred {
        parts.push(assumed_words(r.cmp));
    }
    if r.basis == Some(Basis::Registered) {
        parts.push(registered());
    }
    if let Some(per) = r.rebased_from {
        parts.push(rebased_words(per));
    }
    if let Some(c) = caveat(&parts) {
        t.insert("caveat".into(), c);
    }
    t.insert("quotes".into(), json!([r.quote]));
    Value::Object(t)
}

/// A figure as the plan's statistic, where the levers can use it (a catalog density or
/// quantity); `None` for one they cannot, or a registered-population figure beside the
/// resident one of the same year.
fn statistic_json(catalog: &Catalog, r: &Row, figures: &[&Row], source: &Value) -> Option<Value> {
    let v = r.value()?;
    // Where the text gives a figure per resident and per registered population, the
    // resident one starts the levers.
    if r.basis == Some(Basis::Registered)
        && figures.iter().any(|o| {
            o.basis != Some(Basis::Registered) && o.subject == r.subject && o.year == r.year
        })
    {
        return None;
    }
    let subject = match &r.subject {
        Subject::Indicator(i) => match catalog.indicator(i).map(|d| &d.kind) {
            Some(hps_model::catalog::IndicatorKind::Density { .. }) => ("indicator", i),
            _ => return None,
        },
        Subject::Quantity(q) if catalog.quantity(q).is_some() => ("quantity", q),
        _ => return None,
    };
    let mut s = Map::new();
    s.insert(subject.0.into(), json!(subject.1));
    s.insert("year".into(), json!(r.year));
    s.insert("value".into(), json!(v));
    s.insert("source".into(), source.clone());
    s.insert("quote".into(), json!(r.quote));
    let mut parts = Vec::new();
    if r.year_inferred {
        parts.push((
            "原文未写明年份,按文件年份处理(导入时推定)。",
            "The text gives no year; the document's year was taken when importing.",
        ));
    }
    if r.basis == Some(Basis::Registered) {
        parts.push(registered());
    }
    if let Some(per) = r.rebased_from {
        parts.push(rebased_words(per));
    }
    match caveat(&parts) {
        Some(c) => {
            s.insert("confidence".into(), json!("medium"));
            s.insert("caveat".into(), c);
        }
        None => {
            s.insert("confidence".into(), json!("high"));
        }
    }
    Some(Value::Object(s))
}

/// The plan's notes: that it was imported and confirmed, and that a typed population is the
/// user's.
fn notes(population_typed: bool) -> Vec<Value> {
    let mut notes = vec![json!({"text": text(
        "本文件由导入程序从规划文本中提出,经使用者核对;每个目标的引文均取自原文。",
        "This file was proposed by the importer from the plan's text and confirmed by its user; every target's quote is the text's own words."
    ), "targets": []})];
    if population_typed {
        notes.push(json!({"text": text(
            "常住人口由使用者在导入时填写,不是原文的数字。",
            "The resident population was entered by the user when importing; it is not a figure from the text."
        ), "targets": []}));
    }
    notes
}

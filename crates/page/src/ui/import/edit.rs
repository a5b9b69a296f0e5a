//! The review's state: what was read, every row with its own signals, the user's corrections,
//! and what the confirmed review becomes — a plan (opened or downloaded) or figures added to the
//! open plan, each asked about where it must be.

use std::sync::Arc;

use leptos::prelude::*;

use super::{Message, Mode};
use crate::browser::download;
use crate::ui::state::AppState;
use hps_importer::{Cmp, Edits, Found, Proposal, Role, Row, Subject, level_for};
use hps_model::input::parse_population;
use hps_model::plan::{Level, Statistic, read_statistics_json};
use hps_model::text::{Text, fold_whitespace};
use hps_words::format::plain;
use hps_words::problem::{finish_problems, placed};

/// One row under review; every field the user may correct is a signal of its own.
#[derive(Clone, Copy)]
pub struct EditRow {
    pub key: usize,
    pub role: RwSignal<Role>,
    pub subject: RwSignal<Subject>,
    pub year: RwSignal<i32>,
    pub year_inferred: RwSignal<bool>,
    pub cmp: RwSignal<Cmp>,
    pub cmp_inferred: RwSignal<bool>,
    pub removed: RwSignal<bool>,
    /// A figure asked about (a year not over, another basis) that the user says to add anyway.
    pub confirmed: RwSignal<bool>,
    /// The row as proposed (quote, span, nature, basis are kept as they are).
    pub original: StoredValue<Row>,
}

impl EditRow {
    pub fn new(key: usize, r: Row) -> Self {
        EditRow {
            key,
            role: RwSignal::new(r.role),
            subject: RwSignal::new(r.subject.clone()),
            year: RwSignal::new(r.year),
            year_inferred: RwSignal::new(r.year_inferred),
            cmp: RwSignal::new(r.cmp),
            cmp_inferred: RwSignal::new(r.cmp_inferred),
            removed: RwSignal::new(false),
            confirmed: RwSignal::new(false),
            original: StoredValue::new(r),
        }
    }

    /// The row as it now stands.
    pub fn current(&self) -> Row {
        let mut r = self.original.get_value();
        r.role = self.role.get_untracked();
        r.subject = self.subject.get_untracked();
        r.year = self.year.get_untracked();
        r.year_inferred = self.year_inferred.get_untracked();
        r.cmp = self.cmp.get_untracked();
        r.cmp_inferred = self.cmp_inferred.get_untracked();
        r
    }
}

/// Why a figure is asked about before it is added to the open plan, or cannot be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Concern {
    /// Its year has not ended: no figure can have been reported for it yet.
    YearNotOver,
    /// Counted on the registered (户籍) population, where the page counts residents.
    Registered,
    /// Not a figure the plan format keeps (a ratio, a share, a label outside the catalog).
    NotStatistic,
}

impl Concern {
    pub fn key(self) -> &'static str {
        match self {
            Concern::YearNotOver => "bulletin.ask.year",
            Concern::Registered => "bulletin.ask.registered",
            Concern::NotStatistic => "bulletin.not_statistic",
        }
    }

    /// Whether the user can say "add it anyway".
    pub fn askable(self) -> bool {
        self != Concern::NotStatistic
    }
}

/// What a row's figure raises before it is added as a reported statistic.
pub fn concerns(app: AppState, r: &Row) -> Vec<Concern> {
    let mut out = Vec::new();
    if r.year >= app.today.year {
        out.push(Concern::YearNotOver);
    }
    if r.basis == Some(hps_importer::Basis::Registered) {
        out.push(Concern::Registered);
    }
    if statistic_json(app, r).is_none() {
        out.push(Concern::NotStatistic);
    }
    out
}

/// A figure row as a statistic in the plan file's format, if the format keeps it: a catalog
/// quantity's count, or a catalog density or reported indicator.
fn statistic_json(app: AppState, r: &Row) -> Option<serde_json::Value> {
    use hps_model::catalog::IndicatorKind;
    let (key, id) = match &r.subject {
        Subject::Quantity(id) => ("quantity", id.clone()),
        Subject::Indicator(id) => {
            let ind = app.catalog.indicator(id)?;
            if !matches!(
                ind.kind,
                IndicatorKind::Density { .. } | IndicatorKind::Tracked
            ) {
                return None;
            }
            ("indicator", id.clone())
        }
        Subject::Tracked { .. } => return None,
    };
    let source = Text::new(
        &format!("你添加的统计数据(粘贴的文本,{}年)", app.today.year),
        &format!("Figures you added (pasted text, {})", app.today.year),
    );
    Some(serde_json::json!({
        key: id,
        "year": r.year,
        "value": r.value()?,
        "source": source.to_json(),
        "quote": fold_whitespace(&r.quote),
        "confidence": "high",
    }))
}

/// What was read and the user's corrections.
#[derive(Clone)]
pub struct Review {
    pub mode: Mode,
    pub source: Arc<str>,
    pub proposal: Arc<Proposal>,
    pub rows: RwSignal<Vec<EditRow>>,
    pub region: RwSignal<String>,
    /// Guessed from the region's name until the user picks one.
    pub level: RwSignal<Level>,
    pub level_chosen: RwSignal<bool>,
    pub population: RwSignal<String>,
    /// For figures: the text names another region than the open plan's, and the user says the
    /// figures are the plan's region's all the same.
    pub region_confirmed: RwSignal<bool>,
}

impl Review {
    pub fn new(app: AppState, source: Arc<str>, proposal: Proposal, mode: Mode) -> Self {
        let rows: Vec<Row> = match mode {
            Mode::Plan => proposal.rows.clone(),
            // A bulletin's figures, the population among them; its targets are not figures.
            Mode::Statistics => proposal
                .population
                .iter()
                .map(|(f, year)| population_row(f, *year, &source))
                .chain(
                    proposal
                        .rows
                        .iter()
                        .filter(|r| r.role == Role::Figure)
                        .cloned(),
                )
                .collect(),
        };
        let rows = rows
            .into_iter()
            .enumerate()
            .map(|(i, r)| EditRow::new(i, r))
            .collect();
        let region = match mode {
            Mode::Plan => proposal
                .region
                .as_ref()
                .map(|f| f.value.clone())
                .unwrap_or_default(),
            Mode::Statistics => app.plan.with_untracked(|p| p.region.zh.clone()),
        };
        let population = proposal
            .population
            .as_ref()
            .map(|(f, _)| plain(f.value))
            .unwrap_or_default();
        Review {
            mode,
            source,
            proposal: Arc::new(proposal),
            rows: RwSignal::new(rows),
            level: RwSignal::new(level_for(&region)),
            level_chosen: RwSignal::new(false),
            region: RwSignal::new(region),
            population: RwSignal::new(population),
            region_confirmed: RwSignal::new(false),
        }
    }

    /// The rows kept, each with its number in the review.
    fn kept(&self) -> Vec<(usize, Row, EditRow)> {
        self.rows
            .get_untracked()
            .into_iter()
            .filter(|e| !e.removed.get_untracked())
            .map(|e| (e.key + 1, e.current(), e))
            .collect()
    }

    /// The text names a region other than the open plan's (for figures): its most specific
    /// place is none of the plan's (吉林市 is not 吉林省蛟河市; 吉林省 is not either: a province's
    /// figures are not a city's).
    pub fn other_region(&self, app: AppState) -> Option<String> {
        let named = self.proposal.region.as_ref()?.value.clone();
        let open = app.plan.with_untracked(|p| p.region.zh.clone());
        (!same_place(&named, &open)).then_some(named)
    }
}

/// Whether `named` is the region `open` names: the last place of each (one for each region of a
/// plan over several, "贵阳市、贵安新区"), compared with their 市 / 县 / 省 … where both have one.
pub fn same_place(named: &str, open: &str) -> bool {
    const ENDS: &[char] = &['省', '市', '县', '区', '州', '盟', '旗'];
    let last = |part: &str| -> String {
        let part = part.trim();
        let mut cut = 0;
        let mut last = part.to_string();
        for (i, c) in part.char_indices() {
            if ENDS.contains(&c) {
                let end = i + c.len_utf8();
                if end > cut {
                    last = part[cut..end].to_string();
                }
                cut = end;
            }
        }
        if cut < part.len() && cut > 0 {
            last = part[cut..].to_string();
        }
        last
    };
    let ends = |s: &str| s.ends_with(ENDS);
    let n = last(named.split(['、', ',', '，']).next().unwrap_or(named));
    open.split(['、', ',', '，'])
        .map(last)
        .any(|o| o == n || (!ends(&n) && o.starts_with(&n)) || (!ends(&o) && n.starts_with(&o)))
}

/// The population the text gives, as a row of figures.
fn population_row(f: &Found<f64>, year: i32, source: &str) -> Row {
    let span = hps_importer::text::find_loose(source, &f.quote).unwrap_or(0..0);
    Row {
        role: Role::Figure,
        subject: Subject::Quantity("population".into()),
        year,
        year_inferred: false,
        cmp: Cmp::AtLeast(f.value),
        cmp_inferred: false,
        nature: None,
        quote: f.quote.clone(),
        span,
        basis: None,
        rebased_from: None,
    }
}

/// The plan file for the review as it stands, written and read back by the importer.
fn write(app: AppState, r: &Review) -> Result<hps_importer::Finished, Vec<(String, String)>> {
    let population = parse_population(&r.population.get_untracked(), 2e9).map_err(|e| {
        vec![(
            app.t("import.population").to_string(),
            app.words().input_error(e),
        )]
    })?;
    let edits = Edits {
        region: r.region.get_untracked(),
        level: r.level.get_untracked(),
        population,
        rows: r.kept().into_iter().map(|(n, row, _)| (n, row)).collect(),
    };
    let builtin = app.library.with_untracked(|l| l.builtin_ids());
    r.proposal
        .finish(edits, app.catalog, &builtin)
        .map_err(|ps| finish_problems(&ps, app.lang()))
}

pub fn open(app: AppState, r: &Review, message: RwSignal<Option<Message>>) {
    match write(app, r) {
        Ok(done) => {
            let name = app.text(&Text::pair(&done.plan.region, &done.plan.title));
            if !app.add_user_plan(done.plan, done.json) {
                app.notify(app.t("loader.not_stored").to_string());
            }
            message.set(Some(Message::Opened(name)));
            crate::browser::page::scroll_to_top();
        }
        Err(ps) => message.set(Some(Message::Problems(ps))),
    }
}

pub fn save(app: AppState, r: &Review, message: RwSignal<Option<Message>>) {
    match write(app, r) {
        Ok(done) => {
            let name = format!("{}.plan.json", done.plan.id);
            if download::bytes(
                &name,
                "application/json;charset=utf-8",
                done.json.as_bytes(),
            ) {
                message.set(Some(Message::Downloaded(name)));
            } else {
                message.set(Some(Message::Problems(vec![(
                    app.t("loader.whole_file").into(),
                    app.t("import.download_failed").into(),
                )])));
            }
        }
        Err(ps) => message.set(Some(Message::Problems(ps))),
    }
}

/// The confirmed figures as statistics of the open plan, or what stands in the way: the text's
/// region not confirmed, a row asked about and not confirmed, a row the format cannot keep.
fn statistics(app: AppState, r: &Review) -> Result<Vec<Statistic>, Vec<(String, String)>> {
    let mut problems = Vec::new();
    if let Some(named) = r.other_region(app)
        && !r.region_confirmed.get_untracked()
    {
        problems.push((
            app.t("bulletin.region").to_string(),
            app.tf("bulletin.ask.region_first", &[("region", &named)]),
        ));
    }
    let mut items = Vec::new();
    for (n, row, e) in r.kept() {
        let place = app.tf("import.row_n", &[("n", &n.to_string())]);
        for c in concerns(app, &row) {
            if !c.askable() || !e.confirmed.get_untracked() {
                problems.push((place.clone(), app.t(c.key()).to_string()));
            }
        }
        if let Some(item) = statistic_json(app, &row) {
            items.push(item);
        }
    }
    if items.is_empty() && problems.is_empty() {
        problems.push((
            app.t("loader.whole_file").into(),
            app.t("import.no_rows").into(),
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let text = serde_json::json!({ "statistics": items }).to_string();
    read_statistics_json(&text, app.catalog).map_err(|ps| placed(&ps, app.lang()))
}

pub fn add(app: AppState, r: &Review, message: RwSignal<Option<Message>>) {
    match statistics(app, r) {
        Ok(stats) => {
            let n = stats.len();
            if !app.add_statistics(stats) {
                app.notify(app.t("loader.not_stored").to_string());
            }
            let plan = app.plan.with_untracked(|p| app.text(&p.region));
            message.set(Some(Message::Added(n, plan)));
        }
        Err(ps) => message.set(Some(Message::Problems(ps))),
    }
}

#[cfg(test)]
mod tests {
    use super::same_place;

    #[test]
    fn the_region_a_text_names() {
        assert!(same_place("蛟河市", "吉林省蛟河市"));
        assert!(same_place("蛟河", "吉林省蛟河市"));
        assert!(!same_place("吉林市", "吉林省蛟河市"));
        assert!(!same_place("吉林省", "吉林省蛟河市"));
        assert!(same_place("贵阳市", "贵阳市、贵安新区"));
        assert!(same_place("贵安新区", "贵阳市、贵安新区"));
        assert!(same_place("河北省保定市", "河北省保定市"));
        assert!(!same_place("石家庄市", "河北省保定市"));
        assert!(same_place("全国", "全国"));
    }
}

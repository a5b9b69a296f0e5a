//! Share links: a link made today keeps opening the same scenario; links round-trip; unknown or
//! malformed parameters are reported and the rest still applies.

use hps_model::lang::Lang;
use hps_model::link::view::{NamedView, ViewSettings};
use hps_model::link::{Decoded, Ignored, Shared, decode, encode, scenario_from, shared_from};
use hps_model::named::Named;
use hps_model::plan::Plan;
use hps_model::plan::edition::Edition;
use hps_model::sim::assess::Tracked;
use hps_model::sim::scenario::{Growth, PaceChoice};
use hps_model::sim::timeline::Milestone;
use proptest::prelude::*;

use crate::common::{self, EXAMPLE_PLAN as EXAMPLE, Opened, open_link};

/// Made on 2026-11-22 with format version 1. It must keep decoding to the same scenario.
const FIXED_LINK: &str = "?v=1&plan=jiaohe&lang=en&milestone=2035&beds_total=2698&nurses=1300&psych_physicians=\
&beds_total.yearly=40&gps.yearly=-2&growth=-0.5&growth_low=-2&growth_high=1&seed=7\
&t.maternal-mortality=10&t.tcm-halls-2022=done&t.mch-level2-2030=not_done&chart=beds_per_1000&bench=1&view=chart";

#[test]
fn a_link_made_today_keeps_decoding() {
    let cat = common::catalog();
    // Applied to the plan (checked below), as the page opens it: edition 1, for a link that
    // names no edition.
    let Opened {
        plan,
        shared,
        ignored,
        start,
        scenario: sc,
        ..
    } = open_link(FIXED_LINK);
    assert_eq!(ignored, vec![]);
    let s = &shared;
    assert_eq!(s.plan.as_deref(), Some("jiaohe"));
    assert_eq!(s.lang, Some(Lang::En));
    assert_eq!(s.view.milestone, Some(Milestone::Y2035));
    assert_eq!(
        s.levers,
        vec![
            ("beds_total".into(), Some(2698.0)),
            ("nurses".into(), Some(1300.0)),
            ("psych_physicians".into(), None)
        ]
    );
    assert_eq!(
        s.yearly,
        vec![("beds_total".into(), 40.0), ("gps".into(), -2.0)]
    );
    assert_eq!(s.growth, Some(Growth::Rate(-0.5)));
    assert_eq!((s.view.range, s.view.seed), (Some((-2.0, 1.0)), 7));
    assert_eq!(
        s.tracked,
        vec![
            ("maternal-mortality".into(), Tracked::Number(10.0)),
            ("tcm-halls-2022".into(), Tracked::Done(true)),
            ("mch-level2-2030".into(), Tracked::Done(false)),
        ]
    );
    assert_eq!(
        (
            s.view.chart.as_deref(),
            s.view.benchmarks,
            s.view.view.map(NamedView::name)
        ),
        (Some("beds_per_1000"), true, Some("chart"))
    );
    assert!(s.legacy, "a v=1 link opens with the old defaults");
    // Applied to the plan: the levers the link changed, the plan's baseline for the rest, and
    // every lever flat unless the link gave it a yearly change (as in format 1).
    let q = |id: &str| cat.quantity(id).expect(id);
    assert_eq!(sc.lever(q("beds_total")), Some(2698.0));
    assert_eq!(sc.lever(q("physicians")), Some(1098.0));
    assert_eq!(sc.lever(q("psych_physicians")), None);
    assert_eq!(sc.yearly_change(q("gps")), -2.0);
    assert_eq!(sc.yearly_change(q("beds_total")), 40.0);
    // Nurses and physicians have a recent national pace, but a format-1 link keeps them flat.
    assert!(sc.recent_yearly(q("nurses")).is_some_and(|v| v > 0.0));
    assert_eq!(sc.yearly_change(q("nurses")), 0.0);
    assert_eq!(sc.yearly_change(q("physicians")), 0.0);
    // Written back, it is a format-2 link that opens the very same scenario.
    let again = shared_from(cat, &plan, &start, &sc);
    let link = encode(&again);
    assert!(link.starts_with("v=2&"), "{link}");
    assert!(link.contains("nurses.pace=flat"), "{link}");
    let d2 = decode(&link, cat);
    assert_eq!(d2.ignored, vec![]);
    assert!(!d2.shared.legacy);
    assert_eq!(scenario_from(cat, &plan, &start, &d2.shared), sc);
}

/// Made on 2026-11-22 with format version 2 (starting values and the recent pace).
const FIXED_LINK_V2: &str = "?v=2&plan=zhejiang-2024&lang=zh&physicians=300000&nurses.yearly=5000&beds_total.pace=flat&growth=-0.2";

#[test]
fn a_format_2_link_made_today_keeps_decoding() {
    let cat = common::catalog();
    // Opened as the page opens it: edition 1, for a link that names no edition.
    let Opened {
        plan,
        shared,
        ignored,
        start,
        scenario: sc,
        ..
    } = open_link(FIXED_LINK_V2);
    assert_eq!(ignored, vec![]);
    assert!(!shared.legacy);
    let q = |id: &str| cat.quantity(id).expect(id);
    // Zhejiang's 2023 resident population from its statistical bulletin.
    assert_eq!(sc.lever(q("population")), Some(66_270_000.0));
    assert_eq!(sc.lever(q("physicians")), Some(300_000.0));
    assert_eq!(sc.pace_choice(q("nurses")), PaceChoice::Own(5000.0));
    assert_eq!(sc.pace_choice(q("beds_total")), PaceChoice::Flat);
    // Not in the link: the recent national pace, 2019–2024 nurses per 1,000 (3.18 → 4.16).
    assert_eq!(sc.pace_choice(q("gps")), PaceChoice::Recent);
    let gps = ((4.54 - 2.61) / 5.0 / 10_000.0 * 66_270_000.0_f64).round();
    assert_eq!(sc.yearly_change(q("gps")), gps);
    assert_eq!(sc.growth, Growth::Rate(-0.2));
    // Round trip through the page's own writer.
    let back = decode(&encode(&shared_from(cat, &plan, &start, &sc)), cat);
    assert_eq!(scenario_from(cat, &plan, &start, &back.shared), sc);
}

#[test]
fn unknown_and_malformed_parameters_are_reported_and_the_rest_applies() {
    let cat = common::catalog();
    let d: Decoded = decode(
        "?plan=jiaohe&beds_total=abc&colour=blue&milestone=2031&nurses=1200&lang=fr&v=9&growth=500",
        cat,
    );
    assert_eq!(d.shared.plan.as_deref(), Some("jiaohe"));
    assert_eq!(d.shared.levers, vec![("nurses".into(), Some(1200.0))]);
    let why = |raw: &str| {
        d.ignored
            .iter()
            .find(|(r, _)| r == raw)
            .map(|(_, w)| w.clone())
    };
    assert_eq!(why("beds_total=abc"), Some(Ignored::Malformed));
    assert_eq!(why("colour=blue"), Some(Ignored::Unknown));
    assert_eq!(why("milestone=2031"), Some(Ignored::Malformed));
    assert_eq!(why("lang=fr"), Some(Ignored::Malformed));
    assert_eq!(why("growth=500"), Some(Ignored::Malformed));
    assert_eq!(why("v=9"), Some(Ignored::NewerVersion("9".into())));
}

fn arb_shared(ids: Vec<String>) -> impl Strategy<Value = Shared> {
    let n = ids.len();
    (
        prop::collection::vec((0..n, prop::option::of(0u32..10_000_000)), 0..6),
        prop::collection::vec((0..n, -5000i32..5000), 0..4),
        prop::option::of(-20.0f64..20.0),
        prop::collection::vec(
            (
                "[a-z][a-z0-9-]{0,12}",
                prop_oneof![
                    (0.0f64..1e6).prop_map(Tracked::Number),
                    any::<bool>().prop_map(Tracked::Done)
                ],
            ),
            0..4,
        ),
        prop::option::of(prop_oneof![Just(Milestone::Y2025), Just(Milestone::Y2035)]),
        any::<bool>(),
    )
        .prop_map(move |(levers, yearly, growth, tracked, milestone, bench)| {
            let mut lv: Vec<(String, Option<f64>)> = Vec::new();
            for (i, v) in levers {
                if !lv.iter().any(|(id, _)| *id == ids[i]) {
                    lv.push((ids[i].clone(), v.map(f64::from)));
                }
            }
            let mut yr: Vec<(String, f64)> = Vec::new();
            for (i, v) in yearly {
                if !yr.iter().any(|(id, _)| *id == ids[i]) {
                    yr.push((ids[i].clone(), f64::from(v)));
                }
            }
            Shared {
                plan: Some("jiaohe".into()),
                edition: Some(if bench {
                    Edition::LATEST
                } else {
                    Edition::FIRST
                }),
                levers: lv,
                yearly: yr,
                growth: growth.map(|g| Growth::Rate((g * 100.0).round() / 100.0)),
                tracked,
                view: ViewSettings {
                    milestone,
                    benchmarks: bench,
                    ..ViewSettings::default()
                },
                ..Shared::default()
            }
        })
}

proptest! {
    #![proptest_config(common::proptest_config(300))]

    #[test]
    fn a_link_decodes_to_the_scenario_it_encoded(s in arb_shared(common::catalog().quantities.iter().map(|q| q.id.clone()).collect())) {
        let cat = common::catalog();
        let d = decode(&encode(&s), cat);
        prop_assert_eq!(d.ignored, vec![]);
        prop_assert_eq!(d.shared, s);
    }

    #[test]
    fn any_query_decodes_without_panic(q in ".{0,200}") {
        let _ = decode(&q, common::catalog());
    }
}

// Issue 14 §4: a user's plan travels with its link (`pz`, `src`).

use hps_model::link::travel::{
    MAX_PLAN_BYTES, MAX_PZ_CHARS, NotOpened, Packed, SrcRefusal, base64url_decode,
    base64url_encode, check_src, fingerprint, newer_format, open_plan, packed,
};
use hps_model::plan::FORMAT_VERSION;

#[test]
fn a_carried_plan_and_its_file_stay_readable_parameters_beside_the_rest() {
    let cat = common::catalog();
    let s = Shared {
        plan: Some("example-county".into()),
        edition: Some(Edition::LATEST),
        levers: vec![("beds_total".into(), Some(1600.0))],
        src: Some("plans/example county.json".into()),
        pz: Some("AbC-_9".into()),
        ..Shared::default()
    };
    let link = encode(&s);
    // The file's path stays readable; the compressed plan comes last.
    assert_eq!(
        link,
        format!(
            "v=2&ed={}&plan=example-county&src=plans/example+county.json&beds_total=1600&pz=AbC-_9",
            Edition::LATEST
        )
    );
    let d = decode(&link, cat);
    assert_eq!(d.ignored, vec![]);
    assert_eq!(d.shared, s);
    // Empty or absurdly long values are reported, not kept.
    let long = "A".repeat(hps_model::link::travel::MAX_PZ_READ + 1);
    let d = decode(&format!("plan=x&pz=&src=&pz={long}"), cat);
    assert_eq!((d.shared.pz, d.shared.src), (None, None));
    assert_eq!(d.ignored.len(), 3);
}

#[test]
fn the_size_decision_keeps_links_under_about_16000_characters() {
    // Base64url makes 4 characters of every 3 bytes.
    let fits = vec![7u8; MAX_PZ_CHARS / 4 * 3];
    assert!(matches!(packed(&fits), Packed::Inline(t) if t.len() == MAX_PZ_CHARS));
    let over = vec![7u8; MAX_PZ_CHARS / 4 * 3 + 1];
    assert_eq!(
        packed(&over),
        Packed::TooLarge {
            chars: MAX_PZ_CHARS + 2
        }
    );
    assert_eq!(packed(b"hi"), Packed::Inline(base64url_encode(b"hi")));
    assert_ne!(
        fingerprint(EXAMPLE),
        fingerprint(&EXAMPLE.replace("6.5", "6.6"))
    );
    assert_eq!(fingerprint(""), 0xcbf2_9ce4_8422_2325);
}

fn refusal(r: Result<(Plan, String), NotOpened>) -> Option<NotOpened> {
    r.err()
}

#[test]
fn a_carried_plan_is_checked_like_a_loaded_file() {
    let cat = common::catalog();
    let builtin = vec!["jiaohe".to_string()];
    let (plan, text) = open_plan(EXAMPLE.as_bytes(), cat, &builtin).expect("example");
    assert_eq!(
        (plan.id.as_str(), text.as_str()),
        ("example-county", EXAMPLE)
    );
    assert_eq!(
        refusal(open_plan(&[0xff, 0xfe, 0x00], cat, &builtin)),
        Some(NotOpened::NotText)
    );
    assert!(matches!(
        open_plan(b"{ not json", cat, &builtin),
        Err(NotOpened::Invalid(ps)) if ps[0].path.is_empty()
    ));
    let taken = EXAMPLE.replace("\"example-county\"", "\"jiaohe\"");
    assert_eq!(
        refusal(open_plan(taken.as_bytes(), cat, &builtin)),
        Some(NotOpened::BuiltinId("jiaohe".into()))
    );
    // A plan from a newer format is named as such, not as a list of problems.
    let newer = EXAMPLE.replacen("\"format\": 1", "\"format\": 2", 1);
    assert_ne!(newer, EXAMPLE);
    assert_eq!(newer_format(&newer), Some(FORMAT_VERSION + 1.0));
    assert_eq!(
        refusal(open_plan(newer.as_bytes(), cat, &builtin)),
        Some(NotOpened::NewerFormat(2.0))
    );
    assert_eq!(newer_format(EXAMPLE), None);
    assert_eq!(
        refusal(open_plan(&vec![b' '; MAX_PLAN_BYTES + 1], cat, &builtin)),
        Some(NotOpened::Unreadable)
    );
}

#[test]
fn src_is_read_only_from_the_pages_own_site() {
    let page = "http://127.0.0.1:8091";
    for ok in [
        "plans/example.json",
        "./plans/a:b.json",
        "/sim/plans/x.json",
        "../x.json",
        "http://127.0.0.1:8091/plans/x.json",
        "HTTP://127.0.0.1:8091/x.json",
        "//127.0.0.1:8091/x.json",
        "http:plans/x.json",
        "plans/x.json?v=2#top",
    ] {
        assert_eq!(check_src(ok, page), Ok(()), "{ok}");
    }
    assert_eq!(
        check_src("https://example.gov.cn:443/x", "https://example.gov.cn"),
        Ok(())
    );
    let other = |o: &str| Err(SrcRefusal::Origin(o.into()));
    assert_eq!(
        check_src("http://example.com/x.json", page),
        other("http://example.com")
    );
    assert_eq!(
        check_src("//example.com/x.json", page),
        other("http://example.com")
    );
    assert_eq!(check_src("///example.com/x.json", page), other("http://"));
    assert_eq!(
        check_src("http://127.0.0.1:8092/x.json", page),
        other("http://127.0.0.1:8092")
    );
    assert_eq!(
        check_src("http://127.0.0.1:8091@example.com/x.json", page),
        other("http://127.0.0.1:8091@example.com")
    );
    let scheme = |s: &str| Err(SrcRefusal::Scheme(s.into()));
    assert_eq!(
        check_src("https://127.0.0.1:8091/x.json", page),
        scheme("https")
    );
    assert_eq!(check_src("javascript:alert(1)", page), scheme("javascript"));
    assert_eq!(check_src("data:application/json,{}", page), scheme("data"));
    assert_eq!(check_src("file:///etc/passwd", page), scheme("file"));
    for bad in [
        "",
        " plans/x.json",
        "/\\example.com/x",
        "/\t/example.com/x",
        "plans/x\n.json",
    ] {
        assert_eq!(check_src(bad, page), Err(SrcRefusal::Unsafe), "{bad:?}");
    }
}

proptest! {
    #![proptest_config(common::proptest_config(500))]

    #[test]
    fn base64url_round_trips(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let text = base64url_encode(&bytes);
        prop_assert!(text.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
        prop_assert_eq!(base64url_decode(&text), Some(bytes));
    }

    /// Whatever a link's `pz` holds, reading it never panics: it opens a plan or says why not.
    #[test]
    fn any_pz_never_panics_the_decoder(pz in prop_oneof![".{0,400}", "[A-Za-z0-9_=-]{0,400}"]) {
        let cat = common::catalog();
        let d = decode(&format!("plan=example-county&pz={pz}"), cat);
        if let Some(bytes) = d.shared.pz.as_deref().and_then(base64url_decode) {
            let _ = open_plan(&bytes, cat, &[]);
        }
    }

    #[test]
    fn any_bytes_never_panic_the_plan_reader(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = open_plan(&bytes, common::catalog(), &[]);
    }

    #[test]
    fn any_src_never_panics_the_origin_check(src in ".{0,120}", origin in ".{0,40}") {
        let _ = check_src(&src, &origin);
        let _ = check_src(&src, "https://example.gov.cn");
    }
}

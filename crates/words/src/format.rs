//! Numbers as each language writes them: 32.89万 in Chinese, 328,925 in English.

use hps_model::lang::Lang;
use hps_model::plan::{Comparison, about_band};

/// Fixed decimals with thousands separators; "-0" is written "0".
pub fn number(v: f64, decimals: u8) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let s = format!("{:.*}", decimals as usize, v.abs());
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s.as_str(), None),
    };
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    let is_zero = out.chars().all(|c| matches!(c, '0' | '.' | ','));
    if v < 0.0 && !is_zero {
        out.insert(0, '-');
    }
    out
}

/// A figure with as many decimals as it needs, up to `max` (8.2 not 8.20, 1.75 not 1.8).
pub fn figure(v: f64, max: u8) -> String {
    let s = number(v, max);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// A whole count; Chinese readers get 万 for large numbers (32.89万).
pub fn count(v: f64, lang: Lang) -> String {
    if lang == Lang::Zh && v.abs() >= 100_000.0 {
        format!("{}万", figure(v / 10_000.0, 2))
    } else {
        number(v.round(), 0)
    }
}

/// A change with its sign: +456, −12 (a true minus sign), ±0.
pub fn signed(v: f64, decimals: u8) -> String {
    let s = number(v.abs(), decimals);
    if s.chars().all(|c| matches!(c, '0' | '.' | ',')) {
        format!("±{s}")
    } else if v > 0.0 {
        format!("+{s}")
    } else {
        format!("−{s}")
    }
}

/// An indicator value; ratios are written 1:x.
pub fn value(v: f64, decimals: u8, is_ratio: bool) -> String {
    if is_ratio {
        format!("1:{}", number(v, decimals))
    } else {
        number(v, decimals)
    }
}

/// The comparison as a short phrase: ≥ 3.9, 8.2左右 (7.79–8.61), 1–1.5, full coverage.
pub fn comparison(c: &Comparison, decimals: u8, is_ratio: bool, lang: Lang) -> String {
    let f = |v: f64| {
        let s = figure(v, decimals.max(2));
        if is_ratio { format!("1:{s}") } else { s }
    };
    match (c, lang) {
        (Comparison::AtLeast(v), _) => format!("≥ {}", f(*v)),
        (Comparison::AtMost(v), _) => format!("≤ {}", f(*v)),
        (Comparison::About { value, tolerance }, _) => {
            let (lo, hi) = about_band(*value, *tolerance);
            let about = if lang == Lang::Zh {
                "{v}左右({lo}–{hi})"
            } else {
                "about {v} ({lo}–{hi})"
            };
            about
                .replace("{v}", &f(*value))
                .replace("{lo}", &f(lo))
                .replace("{hi}", &f(hi))
        }
        (Comparison::Between { low, high }, _) => format!("{}–{}", f(*low), f(*high)),
        (Comparison::FullCoverage, Lang::Zh) => "全覆盖".into(),
        (Comparison::FullCoverage, Lang::En) => "full coverage".into(),
        (Comparison::Done, Lang::Zh) => "完成".into(),
        (Comparison::Done, Lang::En) => "done".into(),
        (Comparison::IncreaseBy { value, base, .. }, Lang::Zh) => match base {
            Some(b) => format!("比{}提高{}", figure(*b, 2), figure(*value, 2)),
            None => format!("提高 {}", figure(*value, 2)),
        },
        (Comparison::IncreaseBy { value, base, .. }, Lang::En) => match base {
            Some(b) => format!("+{} on {}", figure(*value, 2), figure(*b, 2)),
            None => format!("increase by {}", figure(*value, 2)),
        },
        (Comparison::PopulationRule { bands, .. }, Lang::Zh) => bands
            .iter()
            .map(|b| {
                format!(
                    "{}–{}万人口 ≥ {}",
                    figure(b.from / 1e4, 1),
                    figure(b.to / 1e4, 1),
                    figure(b.at_least, 0)
                )
            })
            .collect::<Vec<_>>()
            .join(";"),
        (Comparison::PopulationRule { bands, .. }, Lang::En) => bands
            .iter()
            .map(|b| {
                format!(
                    "≥ {} for {}–{}",
                    figure(b.at_least, 0),
                    number(b.from, 0),
                    number(b.to, 0)
                )
            })
            .collect::<Vec<_>>()
            .join("; "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(number(328925.0, 0), "328,925");
        assert_eq!(number(6.8162, 2), "6.82");
        assert_eq!(number(-1234.5, 1), "-1,234.5");
        assert_eq!(number(-0.001, 2), "0.00");
        assert_eq!(figure(8.2, 2), "8.2");
        assert_eq!(figure(1.75, 2), "1.75");
        assert_eq!(count(328925.0, Lang::Zh), "32.89万");
        assert_eq!(count(328925.0, Lang::En), "328,925");
        assert_eq!(count(2242.0, Lang::Zh), "2,242");
        assert_eq!(signed(456.0, 0), "+456");
        assert_eq!(signed(-3.0, 0), "−3");
        assert_eq!(signed(0.0, 0), "±0");
        assert_eq!(value(0.949, 2, true), "1:0.95");
    }

    #[test]
    fn comparisons() {
        let about = Comparison::About {
            value: 8.2,
            tolerance: 0.05,
        };
        assert_eq!(comparison(&about, 2, false, Lang::Zh), "8.2左右(7.79–8.61)");
        assert_eq!(
            comparison(&Comparison::AtLeast(1.2), 2, true, Lang::En),
            "≥ 1:1.2"
        );
    }
}

/// A round ceiling for a slider: 1, 2, 2.5 or 5 times a power of ten, at least `v`.
pub fn nice_ceiling(v: f64) -> f64 {
    if !v.is_finite() || v <= 0.0 {
        return 10.0;
    }
    let p = 10f64.powf(v.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * p)
        .find(|c| *c >= v)
        .unwrap_or(10.0 * p)
}

/// A number as typed into a box: no separators, no trailing zeros.
pub fn plain(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

#[cfg(test)]
mod more_tests {
    use super::*;

    #[test]
    fn ceilings() {
        assert_eq!(nice_ceiling(4484.0), 5000.0);
        assert_eq!(nice_ceiling(657_850.0), 1_000_000.0);
        assert_eq!(nice_ceiling(2.1), 2.5);
        assert_eq!(nice_ceiling(0.0), 10.0);
        assert_eq!(plain(2698.0), "2698");
        assert_eq!(plain(-0.5), "-0.5");
    }
}

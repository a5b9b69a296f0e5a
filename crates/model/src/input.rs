//! What a person types into a number box, read leniently (full-width digits, thousands
//! separators, 万 and 亿 as the page itself writes large counts) and refused with a reason when
//! it cannot be a lever value.

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputError {
    NotANumber,
    Negative,
    NotWhole,
    /// Zero where only a positive number makes sense (a population).
    NotPositive,
    TooLarge(f64),
    OutOfRange(f64, f64),
}

/// Full-width digits and signs (from Chinese input methods) become ASCII; separators go.
fn normalise(text: &str) -> String {
    text.trim()
        .chars()
        .filter_map(|c| match crate::text::ascii_form(c) {
            // A full stop typed for a decimal point.
            '。' => Some('.'),
            ',' | ' ' | '_' => None,
            c => Some(c),
        })
        .collect()
}

fn parse(text: &str) -> Result<Option<f64>, InputError> {
    let s = normalise(text);
    if s.is_empty() {
        return Ok(None);
    }
    // "32.89万" is how the page writes 328,900 in Chinese; read it back the same way.
    let (digits, scale) = match s.char_indices().last() {
        Some((i, '万')) => (&s[..i], 1e4),
        Some((i, '亿')) => (&s[..i], 1e8),
        _ => (s.as_str(), 1.0),
    };
    match digits.parse::<f64>() {
        // Rounded at the scale's precision, so 32.89万 is exactly 328,900.
        Ok(v) if v.is_finite() && scale > 1.0 => Ok(Some((v * scale * 1e6).round() / 1e6)),
        Ok(v) if v.is_finite() => Ok(Some(v)),
        _ => Err(InputError::NotANumber),
    }
}

/// A population: a count above zero (no one living there makes every density meaningless).
pub fn parse_population(text: &str, max: f64) -> Result<Option<f64>, InputError> {
    match parse_count(text, max)? {
        Some(0.0) => Err(InputError::NotPositive),
        v => Ok(v),
    }
}

/// A count (people, beds, staff): whole, not negative, at most `max`. Empty means "not entered".
pub fn parse_count(text: &str, max: f64) -> Result<Option<f64>, InputError> {
    let Some(v) = parse(text)? else {
        return Ok(None);
    };
    if v < 0.0 {
        Err(InputError::Negative)
    } else if v.fract() != 0.0 {
        Err(InputError::NotWhole)
    } else if v > max {
        Err(InputError::TooLarge(max))
    } else {
        Ok(Some(v))
    }
}

/// A signed whole change per year, within ±`max`.
pub fn parse_change(text: &str, max: f64) -> Result<Option<f64>, InputError> {
    let Some(v) = parse(text)? else {
        return Ok(None);
    };
    if v.fract() != 0.0 {
        Err(InputError::NotWhole)
    } else if v.abs() > max {
        Err(InputError::OutOfRange(-max, max))
    } else {
        Ok(Some(v))
    }
}

/// A decimal within `[low, high]` (growth rates, tracked values).
pub fn parse_decimal(text: &str, low: f64, high: f64) -> Result<Option<f64>, InputError> {
    let Some(v) = parse(text)? else {
        return Ok(None);
    };
    if v < low || v > high {
        Err(InputError::OutOfRange(low, high))
    } else {
        Ok(Some(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        assert_eq!(parse_count("2,242", 1e8), Ok(Some(2242.0)));
        assert_eq!(parse_count("２２４２", 1e8), Ok(Some(2242.0)));
        assert_eq!(parse_count("  ", 1e8), Ok(None));
        assert_eq!(parse_count("abc", 1e8), Err(InputError::NotANumber));
        assert_eq!(parse_count("-5", 1e8), Err(InputError::Negative));
        assert_eq!(parse_count("1.5", 1e8), Err(InputError::NotWhole));
        assert_eq!(parse_count("1e12", 1e8), Err(InputError::TooLarge(1e8)));
        assert_eq!(parse_count("inf", 1e8), Err(InputError::NotANumber));
        assert_eq!(parse_count("NaN", 1e8), Err(InputError::NotANumber));
    }

    #[test]
    fn wan_and_yi_as_the_page_writes_them() {
        assert_eq!(parse_count("32万", 1e10), Ok(Some(320_000.0)));
        assert_eq!(parse_count("32.89万", 1e10), Ok(Some(328_900.0)));
        assert_eq!(parse_count("３２．８９万", 1e10), Ok(Some(328_900.0)));
        assert_eq!(parse_count("1.4亿", 1e10), Ok(Some(140_000_000.0)));
        assert_eq!(parse_count("14,082.8万", 2e9), Ok(Some(140_828_000.0)));
        // 32,892.5 people is not a count.
        assert_eq!(parse_count("3.28925万", 1e10), Err(InputError::NotWhole));
        assert_eq!(parse_count("万", 1e10), Err(InputError::NotANumber));
        assert_eq!(parse_count("abc万", 1e10), Err(InputError::NotANumber));
    }

    #[test]
    fn a_population_must_be_above_zero() {
        assert_eq!(parse_population("0", 1e10), Err(InputError::NotPositive));
        assert_eq!(parse_population("０", 1e10), Err(InputError::NotPositive));
        assert_eq!(parse_population("-3", 1e10), Err(InputError::Negative));
        assert_eq!(parse_population("", 1e10), Ok(None));
        assert_eq!(parse_population("32万", 1e10), Ok(Some(320_000.0)));
    }

    #[test]
    fn changes_and_decimals() {
        assert_eq!(parse_change("-12", 1e6), Ok(Some(-12.0)));
        assert_eq!(parse_change("－12", 1e6), Ok(Some(-12.0)));
        assert_eq!(parse_decimal("-0.5", -50.0, 50.0), Ok(Some(-0.5)));
        assert_eq!(
            parse_decimal("80", -50.0, 50.0),
            Err(InputError::OutOfRange(-50.0, 50.0))
        );
    }
}

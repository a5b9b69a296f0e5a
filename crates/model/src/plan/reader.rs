//! Walks a `serde_json::Value`, collecting every problem with its path instead of stopping at
//! the first. Plan and catalog files are read with it so a ministry sees all its mistakes at once.

use serde_json::{Map, Value};

use crate::named::Named;
use crate::plan::problem::{Expected, Problem, ProblemKind};
use crate::sim::timeline::END_YEAR;
use crate::text::Text;

pub type Object = Map<String, Value>;

#[derive(Default)]
pub struct Reader {
    pub problems: Vec<Problem>,
}

pub fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

pub fn index(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

/// The allowed key nearest a misspelt one, if it is close enough to be a typo.
fn nearest_key(key: &str, allowed: &[&'static str]) -> Option<&'static str> {
    allowed
        .iter()
        .map(|a| (strsim::levenshtein(key, a), *a))
        .filter(|(d, a)| *d <= 2.max(a.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, a)| a)
}

impl Reader {
    /// Reports every key of `o` the format does not have, with a "did you mean" where one is close.
    pub fn known_keys(&mut self, o: &Object, path: &str, allowed: &[&'static str]) {
        for key in o.keys() {
            if !allowed.contains(&key.as_str()) {
                let suggestion = nearest_key(key, allowed);
                self.report(
                    join(path, key),
                    ProblemKind::UnknownKey {
                        key: key.clone(),
                        suggestion,
                    },
                );
            }
        }
    }

    pub fn report(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem::new(path, kind));
    }

    pub fn object<'v>(&mut self, v: &'v Value, path: &str) -> Option<&'v Object> {
        match v.as_object() {
            Some(o) => Some(o),
            None => {
                self.report(
                    path,
                    ProblemKind::WrongType {
                        expected: Expected::Object,
                    },
                );
                None
            }
        }
    }

    fn field<'v>(
        &mut self,
        o: &'v Object,
        path: &str,
        key: &str,
        required: bool,
    ) -> Option<&'v Value> {
        match o.get(key) {
            None | Some(Value::Null) => {
                if required {
                    self.report(join(path, key), ProblemKind::Missing);
                }
                None
            }
            Some(v) => Some(v),
        }
    }

    pub fn string(&mut self, o: &Object, path: &str, key: &str) -> Option<String> {
        self.string_field(o, path, key, true)
    }

    pub fn opt_string(&mut self, o: &Object, path: &str, key: &str) -> Option<String> {
        self.string_field(o, path, key, false)
    }

    fn string_field(
        &mut self,
        o: &Object,
        path: &str,
        key: &str,
        required: bool,
    ) -> Option<String> {
        let v = self.field(o, path, key, required)?;
        match v.as_str() {
            Some(s) if s.trim().is_empty() => {
                self.report(join(path, key), ProblemKind::Empty);
                None
            }
            Some(s) => Some(s.to_string()),
            None => {
                self.report(
                    join(path, key),
                    ProblemKind::WrongType {
                        expected: Expected::String,
                    },
                );
                None
            }
        }
    }

    pub fn number(&mut self, o: &Object, path: &str, key: &str) -> Option<f64> {
        self.number_field(o, path, key, true)
    }

    pub fn opt_number(&mut self, o: &Object, path: &str, key: &str) -> Option<f64> {
        self.number_field(o, path, key, false)
    }

    fn number_field(&mut self, o: &Object, path: &str, key: &str, required: bool) -> Option<f64> {
        let v = self.field(o, path, key, required)?;
        match v.as_f64() {
            Some(n) if !n.is_finite() => {
                self.report(join(path, key), ProblemKind::NotFinite);
                None
            }
            Some(n) => Some(n),
            None => {
                self.report(
                    join(path, key),
                    ProblemKind::WrongType {
                        expected: Expected::Number,
                    },
                );
                None
            }
        }
    }

    /// A number that must not be negative (counts, rates, thresholds).
    pub fn non_negative(&mut self, o: &Object, path: &str, key: &str) -> Option<f64> {
        let n = self.number(o, path, key)?;
        self.check_non_negative(n, &join(path, key))
    }

    pub fn opt_non_negative(&mut self, o: &Object, path: &str, key: &str) -> Option<f64> {
        let n = self.opt_number(o, path, key)?;
        self.check_non_negative(n, &join(path, key))
    }

    fn check_non_negative(&mut self, n: f64, path: &str) -> Option<f64> {
        if n < 0.0 {
            self.report(path, ProblemKind::Negative(n));
            None
        } else {
            Some(n)
        }
    }

    pub fn year(&mut self, o: &Object, path: &str, key: &str) -> Option<i32> {
        let v = self.field(o, path, key, true)?;
        self.year_value(v, &join(path, key))
    }

    pub fn opt_year(&mut self, o: &Object, path: &str, key: &str) -> Option<i32> {
        let v = self.field(o, path, key, false)?;
        self.year_value(v, &join(path, key))
    }

    fn year_value(&mut self, v: &Value, path: &str) -> Option<i32> {
        match v.as_i64() {
            // The page shows years up to 2035: a later target would appear nowhere.
            Some(y) if (2000..=i64::from(END_YEAR)).contains(&y) => Some(y as i32),
            Some(y) => {
                self.report(path, ProblemKind::YearOutOfRange(y));
                None
            }
            None => {
                self.report(
                    path,
                    ProblemKind::WrongType {
                        expected: Expected::WholeNumber,
                    },
                );
                None
            }
        }
    }

    pub fn opt_bool(&mut self, o: &Object, path: &str, key: &str) -> Option<bool> {
        let v = self.field(o, path, key, false)?;
        match v.as_bool() {
            Some(b) => Some(b),
            None => {
                self.report(
                    join(path, key),
                    ProblemKind::WrongType {
                        expected: Expected::Bool,
                    },
                );
                None
            }
        }
    }

    pub fn array<'v>(&mut self, o: &'v Object, path: &str, key: &str) -> Option<&'v Vec<Value>> {
        self.array_field(o, path, key, true)
    }

    pub fn opt_array<'v>(
        &mut self,
        o: &'v Object,
        path: &str,
        key: &str,
    ) -> Option<&'v Vec<Value>> {
        self.array_field(o, path, key, false)
    }

    fn array_field<'v>(
        &mut self,
        o: &'v Object,
        path: &str,
        key: &str,
        required: bool,
    ) -> Option<&'v Vec<Value>> {
        let v = self.field(o, path, key, required)?;
        match v.as_array() {
            Some(a) => Some(a),
            None => {
                self.report(
                    join(path, key),
                    ProblemKind::WrongType {
                        expected: Expected::Array,
                    },
                );
                None
            }
        }
    }

    pub fn opt_object<'v>(&mut self, o: &'v Object, path: &str, key: &str) -> Option<&'v Object> {
        let v = self.field(o, path, key, false)?;
        self.object(v, &join(path, key))
    }

    pub fn req_object<'v>(&mut self, o: &'v Object, path: &str, key: &str) -> Option<&'v Object> {
        let v = self.field(o, path, key, true)?;
        self.object(v, &join(path, key))
    }

    /// An array of non-empty strings.
    pub fn strings(
        &mut self,
        o: &Object,
        path: &str,
        key: &str,
        required: bool,
    ) -> Option<Vec<String>> {
        let arr = self.array_field(o, path, key, required)?;
        let p = join(path, key);
        let mut out = Vec::with_capacity(arr.len());
        for (i, v) in arr.iter().enumerate() {
            match v.as_str() {
                Some(s) if !s.trim().is_empty() => out.push(s.to_string()),
                Some(_) => self.report(index(&p, i), ProblemKind::Empty),
                None => self.report(
                    index(&p, i),
                    ProblemKind::WrongType {
                        expected: Expected::String,
                    },
                ),
            }
        }
        Some(out)
    }

    /// `{"zh": "…", "en": "…"}`; a bare string is accepted as both languages.
    pub fn text(&mut self, o: &Object, path: &str, key: &str) -> Option<Text> {
        self.text_field(o, path, key, true)
    }

    pub fn opt_text(&mut self, o: &Object, path: &str, key: &str) -> Option<Text> {
        self.text_field(o, path, key, false)
    }

    fn text_field(&mut self, o: &Object, path: &str, key: &str, required: bool) -> Option<Text> {
        let v = self.field(o, path, key, required)?;
        let p = join(path, key);
        match v {
            Value::String(s) if !s.trim().is_empty() => Some(Text::new(s, s)),
            Value::Object(t) => {
                self.known_keys(t, &p, &["zh", "en"]);
                let zh = self.string(t, &p, "zh");
                let en = self.string(t, &p, "en");
                Some(Text { zh: zh?, en: en? })
            }
            _ => {
                self.report(
                    p,
                    ProblemKind::WrongType {
                        expected: Expected::Text,
                    },
                );
                None
            }
        }
    }

    /// A string that must be one of `allowed`.
    pub fn choice(
        &mut self,
        o: &Object,
        path: &str,
        key: &str,
        allowed: &'static [&'static str],
        required: bool,
    ) -> Option<&'static str> {
        let s = self.string_field(o, path, key, required)?;
        match allowed.iter().find(|a| **a == s) {
            Some(a) => Some(a),
            None => {
                let allowed = allowed.to_vec();
                self.report(join(path, key), ProblemKind::NotOneOf { found: s, allowed });
                None
            }
        }
    }

    /// A string naming one value of `T`, read through its one name table.
    pub fn named<T: Named>(
        &mut self,
        o: &Object,
        path: &str,
        key: &str,
        required: bool,
    ) -> Option<T> {
        let s = self.string_field(o, path, key, required)?;
        match T::from_name(&s) {
            Some(v) => Some(v),
            None => {
                let allowed = T::NAMES.iter().map(|(_, n)| *n).collect();
                self.report(join(path, key), ProblemKind::NotOneOf { found: s, allowed });
                None
            }
        }
    }
}

//! Problems found in a plan or catalog file, each with its JSON path and a plain message.

use super::text::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// The text is not JSON at all.
    Malformed {
        line: usize,
        column: usize,
        detail: String,
    },
    Missing,
    WrongType {
        expected: &'static str,
    },
    UnknownIndicator(String),
    UnknownQuantity(String),
    Duplicate(String),
    YearOutOfRange(i64),
    Negative(f64),
    NotFinite,
    ComparisonMismatch {
        comparison: String,
        indicator_kind: &'static str,
    },
    NotOneOf {
        found: String,
        allowed: &'static [&'static str],
    },
    Empty,
    Invalid(&'static str),
    /// A key the format does not have (a misspelling is otherwise silently lost).
    UnknownKey {
        key: String,
        suggestion: Option<&'static str>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// Where in the file, e.g. `targets[12].year`; empty for the whole file.
    pub path: String,
    pub kind: ProblemKind,
}

impl Problem {
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Self {
        Problem {
            path: path.into(),
            kind,
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        use ProblemKind::*;
        match (&self.kind, lang) {
            (
                Malformed {
                    line,
                    column,
                    detail,
                },
                Lang::Zh,
            ) => {
                format!("不是有效的 JSON:第 {line} 行第 {column} 列({detail})")
            }
            (
                Malformed {
                    line,
                    column,
                    detail,
                },
                Lang::En,
            ) => {
                format!("not valid JSON: line {line}, column {column} ({detail})")
            }
            (Missing, Lang::Zh) => "缺少此字段".into(),
            (Missing, Lang::En) => "this field is missing".into(),
            (WrongType { expected }, Lang::Zh) => format!("类型错误:应为{}", zh_type(expected)),
            (WrongType { expected }, Lang::En) => format!("wrong type: expected {expected}"),
            (UnknownIndicator(id), Lang::Zh) => format!("未知指标“{id}”(目录和本规划中都没有)"),
            (UnknownIndicator(id), Lang::En) => {
                format!("unknown indicator “{id}” (not in the catalog or this plan)")
            }
            (UnknownQuantity(id), Lang::Zh) => format!("未知数量“{id}”"),
            (UnknownQuantity(id), Lang::En) => format!("unknown quantity “{id}”"),
            (Duplicate(id), Lang::Zh) => format!("编号“{id}”重复"),
            (Duplicate(id), Lang::En) => format!("duplicate id “{id}”"),
            (YearOutOfRange(y), Lang::Zh) => {
                format!("年份 {y} 不在 2000–2035 之间(模拟器计算到2035年)")
            }
            (YearOutOfRange(y), Lang::En) => {
                format!("year {y} is outside 2000–2035 (the simulator runs to 2035)")
            }
            (Negative(v), Lang::Zh) => format!("数值 {v} 为负数"),
            (Negative(v), Lang::En) => format!("value {v} is negative"),
            (NotFinite, Lang::Zh) => "数值不是有限数".into(),
            (NotFinite, Lang::En) => "value is not a finite number".into(),
            (
                ComparisonMismatch {
                    comparison,
                    indicator_kind,
                },
                Lang::Zh,
            ) => format!(
                "比较方式“{comparison}”不适用于{}类指标",
                zh_kind(indicator_kind)
            ),
            (
                ComparisonMismatch {
                    comparison,
                    indicator_kind,
                },
                Lang::En,
            ) => format!("comparison “{comparison}” does not fit a {indicator_kind} indicator"),
            (NotOneOf { found, allowed }, Lang::Zh) => {
                format!("“{found}”不是可用值之一:{}", allowed.join("、"))
            }
            (NotOneOf { found, allowed }, Lang::En) => {
                format!("“{found}” is not one of: {}", allowed.join(", "))
            }
            (Empty, Lang::Zh) => "不能为空".into(),
            (Empty, Lang::En) => "must not be empty".into(),
            (Invalid(why), Lang::Zh) => format!("无效:{}", zh_invalid(why)),
            (Invalid(why), Lang::En) => format!("invalid: {why}"),
            (UnknownKey { key, suggestion }, Lang::Zh) => match suggestion {
                Some(s) => format!("未知字段“{key}”,是否应为“{s}”?"),
                None => format!("未知字段“{key}”(格式中没有此字段)"),
            },
            (UnknownKey { key, suggestion }, Lang::En) => match suggestion {
                Some(s) => format!("unknown key “{key}”: did you mean “{s}”?"),
                None => format!("unknown key “{key}” (the format has no such field)"),
            },
        }
    }
}

fn zh_type(expected: &str) -> &str {
    match expected {
        "an object" => "对象",
        "a string" => "字符串",
        "a number" => "数字",
        "a whole number" => "整数",
        "an array" => "数组",
        "true or false" => "布尔值",
        "an object with zh and en" => "含 zh 和 en 的对象",
        _ => expected,
    }
}

fn zh_kind(kind: &str) -> &str {
    match kind {
        "density" => "密度",
        "ratio" => "比例(1:x)",
        "share" => "占比",
        "count" => "计数",
        "tracked" => "跟踪",
        _ => kind,
    }
}

fn zh_invalid(why: &str) -> &str {
    match why {
        "low is above high" => "下限高于上限",
        "bands overlap or are out of order" => "人口区间重叠或顺序错误",
        "per must be positive" => "“每多少人口”必须为正数",
        "tolerance must be between 0 and 1" => "容差必须在 0 到 1 之间",
        "unsupported format version" => "不支持的格式版本",
        "year is before the plan's base year" => "年份早于规划基准年",
        _ => why,
    }
}

/// Line and column of a serde_json syntax error, as a problem at the top of the file.
pub fn malformed(err: &serde_json::Error) -> Problem {
    let detail = err.to_string();
    // serde_json appends " at line L column C"; the position is given separately.
    let detail = match detail.find(" at line ") {
        Some(i) => detail[..i].to_string(),
        None => detail,
    };
    Problem::new(
        "",
        ProblemKind::Malformed {
            line: err.line(),
            column: err.column(),
            detail,
        },
    )
}

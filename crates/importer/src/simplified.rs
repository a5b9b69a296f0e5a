//! Traditional characters read as simplified ones, one for one, so a repost in traditional
//! characters (衛生技術人員, 每千人口床位數) is read with the same words while its quotes stay as
//! the text has them.
//!
//! `t2s.txt` is the character table of the `fast2s` crate (0.3.1, MIT, © 2021 Tyr Chen), itself
//! from `simplet2s-rs` (MIT): one "traditional simplified" pair a line. None of its traditional
//! characters is a simplified character the rules use.

use std::sync::OnceLock;

static TABLE: &str = include_str!("t2s.txt");

fn pairs() -> &'static [(char, char)] {
    static PAIRS: OnceLock<Vec<(char, char)>> = OnceLock::new();
    PAIRS.get_or_init(|| {
        let mut v: Vec<(char, char)> = TABLE
            .lines()
            .filter_map(|l| {
                let mut c = l.chars().filter(|c| !c.is_whitespace());
                Some((c.next()?, c.next()?))
            })
            .collect();
        v.sort_unstable();
        v
    })
}

/// The simplified form of a character, or the character itself.
pub fn simplified(c: char) -> char {
    if (c as u32) < 0x3400 {
        return c;
    }
    let p = pairs();
    p.binary_search_by_key(&c, |(t, _)| *t)
        .map_or(c, |i| p[i].1)
}

#[cfg(test)]
mod tests {
    use super::simplified;

    #[test]
    fn traditional_words_read_as_the_rules_write_them() {
        for (t, s) in [
            ("衛生技術人員", "卫生技术人员"),
            ("每千人口床位數", "每千人口床位数"),
            ("執業(助理)醫師", "执业(助理)医师"),
            ("註冊護士", "注册护士"),
            ("孕產婦死亡率", "孕产妇死亡率"),
        ] {
            assert_eq!(t.chars().map(simplified).collect::<String>(), s);
        }
        // Simplified text and everything else passes unchanged.
        let s = "每千人口执业(助理)医师3.2人,2025年";
        assert_eq!(s.chars().map(simplified).collect::<String>(), s);
    }
}

//! A yearbook header of two levels whose parts are marked ("#医院", "#医生") and come out
//! flattened: the upper columns first (卫生机构数 | 床位数 | 卫生技术人员), then every part
//! (#医院 | #卫生防疫站数 | #医院 | #医生 | #注册护士), while the figures come a column at a time,
//! each upper column followed by its parts. Each part belongs to one upper column, in order;
//! which one, the figures tell: a part is at most its whole in every row, and a kind of staff
//! is a part of the staff, a kind of institution of the institutions. The layout is taken only
//! where exactly one way of giving the parts to their wholes fits every row.

/// What an upper column counts, for the parts it can have.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Counts {
    Institutions,
    Beds,
    Staff,
    Other,
}

fn counts(name: &str) -> Counts {
    if name.contains('床') {
        Counts::Beds
    } else if name.contains("人员") || name.contains("人数") {
        Counts::Staff
    } else if name.contains("机构") || name.ends_with("个数") {
        Counts::Institutions
    } else {
        Counts::Other
    }
}

/// Whether a part can belong to an upper column.
fn fits(whole: Counts, part: &str) -> bool {
    let staff = [
        "医生", "医师", "护士", "药师", "药剂", "技师", "检验", "人员",
    ]
    .iter()
    .any(|w| part.contains(w));
    let institution = ["站", "所", "中心", "机构"]
        .iter()
        .any(|w| part.contains(w));
    match whole {
        _ if staff => whole == Counts::Staff,
        _ if institution => whole == Counts::Institutions,
        Counts::Other => false,
        _ => true,
    }
}

fn is_part(name: &str) -> bool {
    name.starts_with('#') || name.starts_with("其中")
}

/// Every way of giving each part a whole it may belong to (`allowed[k]`), in order (a part's
/// whole is never left of the one before's); none if there are more than `cap`, or if finding
/// them takes more than a hundred times as many steps.
fn in_order(allowed: &[Vec<usize>], cap: usize) -> Option<Vec<Vec<usize>>> {
    struct Walk<'a> {
        allowed: &'a [Vec<usize>],
        cur: Vec<usize>,
        out: Vec<Vec<usize>>,
        steps: usize,
        cap: usize,
    }
    impl Walk<'_> {
        fn go(&mut self, k: usize, from: usize) -> bool {
            self.steps += 1;
            if self.steps > self.cap * 100 {
                return false;
            }
            if k == self.allowed.len() {
                self.out.push(self.cur.clone());
                return self.out.len() <= self.cap;
            }
            for i in 0..self.allowed[k].len() {
                let w = self.allowed[k][i];
                if w < from {
                    continue;
                }
                self.cur.push(w);
                let more = self.go(k + 1, w);
                self.cur.pop();
                if !more {
                    return false;
                }
            }
            true
        }
    }
    let mut walk = Walk {
        allowed,
        cur: Vec::new(),
        out: Vec::new(),
        steps: 0,
        cap,
    };
    walk.go(0, 0).then_some(walk.out)
}

/// The header's names in the figures' order, where exactly one way of giving the marked parts
/// to their wholes fits every row (`rows`: the total row first, then the rows under it).
pub(super) fn placed_by_marks(names: &[String], rows: &[Vec<Option<f64>>]) -> Option<Vec<String>> {
    let first_part = names.iter().position(|n| is_part(n))?;
    let (wholes, parts) = names.split_at(first_part);
    // Already in order (a part right after its whole), or parts among the wholes: not this shape.
    if wholes.len() < 2 || parts.iter().any(|n| !is_part(n)) {
        return None;
    }
    if rows.is_empty() || rows.iter().any(|r| r.len() != names.len()) {
        return None;
    }
    let kinds: Vec<Counts> = wholes.iter().map(|w| counts(w)).collect();
    let allowed: Vec<Vec<usize>> = parts
        .iter()
        .map(|p| (0..wholes.len()).filter(|&w| fits(kinds[w], p)).collect())
        .collect();
    let mut fitting: Vec<Vec<String>> = Vec::new();
    for owner in in_order(&allowed, 5_000)? {
        // The columns in the figures' order: each whole, then its parts.
        let mut order: Vec<(usize, Option<usize>)> = Vec::new();
        for w in 0..wholes.len() {
            order.push((w, None));
            for (k, _) in owner.iter().enumerate().filter(|(_, o)| **o == w) {
                order.push((w, Some(k)));
            }
        }
        let adds_up = rows.iter().all(|row| {
            (0..wholes.len()).all(|w| {
                let at = order.iter().position(|c| *c == (w, None)).unwrap_or(0);
                let whole = row[at];
                let parts: Vec<f64> = order
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.0 == w && c.1.is_some())
                    .filter_map(|(i, _)| row[i])
                    .collect();
                match whole {
                    Some(v) => parts.iter().all(|p| *p <= v) && parts.iter().sum::<f64>() <= v,
                    None => parts.is_empty(),
                }
            })
        });
        if adds_up {
            fitting.push(
                order
                    .iter()
                    .map(|(w, p)| match p {
                        None => wholes[*w].clone(),
                        Some(k) => parts[*k].clone(),
                    })
                    .collect(),
            );
        }
        if fitting.len() > 1 {
            return None;
        }
    }
    fitting.pop()
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{figures, names};
    use super::placed_by_marks;

    // Written for the test: a province's total and two cities, the header flattened.
    const HEADER: &str =
        "卫生机构数(个) 床位数(张) 卫生技术人员(人) #医院 #妇幼保健站数 #医院 #医生 #注册护士";

    #[test]
    fn each_part_goes_to_the_one_whole_every_row_allows() {
        let rows = [
            figures(&[
                12000.0, 800.0, 120.0, 150_000.0, 110_000.0, 210_000.0, 90000.0, 70000.0,
            ]),
            figures(&[
                1500.0, 90.0, 12.0, 20000.0, 15000.0, 26000.0, 11000.0, 9000.0,
            ]),
            figures(&[900.0, 60.0, 9.0, 11000.0, 8000.0, 15000.0, 6000.0, 5200.0]),
        ];
        let out = placed_by_marks(&names(HEADER), &rows).expect("placed");
        assert_eq!(
            out,
            names(
                "卫生机构数(个) #医院 #妇幼保健站数 床位数(张) #医院 卫生技术人员(人) #医生 #注册护士"
            )
        );
    }

    #[test]
    fn two_layouts_that_fit_or_none_place_nothing() {
        // 医院 could be a part of the institutions or of the beds: the figures allow both.
        let n = names("卫生机构数(个) 床位数(张) #医院");
        assert_eq!(
            placed_by_marks(&n, &[figures(&[9000.0, 500.0, 80.0])]),
            None
        );
        // A part above every whole it could belong to.
        let n = names("卫生机构数(个) 卫生技术人员(人) #医生");
        assert_eq!(
            placed_by_marks(&n, &[figures(&[500.0, 9000.0, 12000.0])]),
            None
        );
        // Parts already after their wholes are not this layout.
        let n = names("卫生机构数(个) #医院 床位数(张)");
        assert_eq!(
            placed_by_marks(&n, &[figures(&[500.0, 80.0, 9000.0])]),
            None
        );
    }
}

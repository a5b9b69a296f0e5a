//! A user's own plan travelling with its link (issue 14 §4): the pure part. The page compresses
//! the plan's text with the browser's `CompressionStream("deflate-raw")` and puts it in one link
//! parameter, `pz=<base64url>`; or, for a plan file a ministry hosts beside the page, names the
//! file: `src=plans/<file>.json`. This module holds what needs no browser: base64url, the size
//! decision, reading the parameter's decompressed bytes as a plan, and the same-origin check on
//! `src`. Nothing here panics on any input: link data comes from anyone.

use serde_json::Value;

use crate::catalog::Catalog;
use crate::plan::problem::Problem;
use crate::plan::user_plan::{Refusal, check};
use crate::plan::{FORMAT_VERSION, Plan, Statistic, read_statistics_json, statistics_json};

/// The longest `pz` the page writes: with the readable parameters and the address before them,
/// a link stays under about 16,000 characters (mail clients, chat apps and QR codes cut or refuse
/// longer ones). A plan whose compressed text is longer does not travel in its link; the Share
/// and Embed dialogs say so and offer the plan file instead.
pub const MAX_PZ_CHARS: usize = 15_000;

/// The longest `pz` the page reads (a later version may write longer ones).
pub const MAX_PZ_READ: usize = 200_000;

/// The most bytes a carried or fetched plan may inflate to (the largest built-in plan is 52 KB);
/// anything more is refused while it is being read, so a crafted link cannot exhaust memory.
pub const MAX_PLAN_BYTES: usize = 2 * 1024 * 1024;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding (RFC 4648 §5): only `A–Z a–z 0–9 - _`, nothing a URL escapes.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            let six = (n >> (18 - 6 * i)) & 63;
            out.push(char::from(ALPHABET[six as usize]));
        }
    }
    out
}

fn sextet(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// Reads base64url; trailing `=` padding is tolerated (a hand-made link may have it). `None` for
/// any other character, or a length no encoder writes.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=').as_bytes();
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= sextet(*c)? << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..chunk.len() - 1]);
    }
    Some(out)
}

/// Figures a user added to a plan, as `st` carries them: their statistics file, base64url.
pub fn statistics_param(stats: &[Statistic], catalog: &Catalog) -> Option<String> {
    (!stats.is_empty()).then(|| base64url_encode(statistics_json(stats, catalog).as_bytes()))
}

/// The figures an `st` parameter carries, checked by the plan reader; `None` for a value that is
/// not base64url or not UTF-8 (a damaged link), the reader's problems for a file that does not
/// read.
pub fn statistics_from_param(
    st: &str,
    catalog: &Catalog,
) -> Option<Result<Vec<Statistic>, Vec<Problem>>> {
    let bytes = base64url_decode(st)?;
    let text = String::from_utf8(bytes).ok()?;
    Some(read_statistics_json(&text, catalog))
}

/// What a user's plan puts in its link.
#[derive(Clone, Debug, PartialEq)]
pub enum Packed {
    /// The plan itself: `pz=<this>`.
    Inline(String),
    /// Too large for a link: the compressed text would be this many characters.
    TooLarge { chars: usize },
    /// The browser could not compress it (no `CompressionStream`).
    Unavailable,
}

/// The size decision: the compressed plan travels in the link when it fits.
pub fn packed(compressed: &[u8]) -> Packed {
    let text = base64url_encode(compressed);
    if text.len() <= MAX_PZ_CHARS {
        Packed::Inline(text)
    } else {
        Packed::TooLarge { chars: text.len() }
    }
}

/// A stable fingerprint of a plan's text (64-bit FNV-1a), to tell whether the compressed copy
/// kept for a plan id is still the copy of its text.
pub fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Why a plan carried by a link, or fetched from `src`, was not opened.
#[derive(Clone, Debug, PartialEq)]
pub enum NotOpened {
    /// Not base64url, or the compressed data is damaged, or it inflates to too much.
    Unreadable,
    /// Not UTF-8 text.
    NotText,
    /// Written in a newer plan format than this page reads.
    NewerFormat(f64),
    /// What the validator found (the same messages as a loaded file).
    Invalid(Vec<Problem>),
    /// Its id is a built-in plan's.
    BuiltinId(String),
}

/// The plan-file format a text declares, when it is newer than this page reads.
pub fn newer_format(text: &str) -> Option<f64> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let v: Value = serde_json::from_str(text).ok()?;
    v.get("format")?
        .as_f64()
        .filter(|f| f.is_finite() && *f > FORMAT_VERSION)
}

/// Reads the bytes a link carried (after inflating) or a fetched file as a user's plan, checked
/// exactly as a loaded file is.
pub fn open_plan(
    bytes: &[u8],
    catalog: &Catalog,
    builtin_ids: &[String],
) -> Result<(Plan, String), NotOpened> {
    if bytes.len() > MAX_PLAN_BYTES {
        return Err(NotOpened::Unreadable);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| NotOpened::NotText)?;
    match check(text, catalog, builtin_ids) {
        Ok(plan) => Ok((plan, text.to_string())),
        Err(Refusal::BuiltinId(id)) => Err(NotOpened::BuiltinId(id)),
        Err(Refusal::Invalid(problems)) => Err(match newer_format(text) {
            Some(f) => NotOpened::NewerFormat(f),
            None => NotOpened::Invalid(problems),
        }),
    }
}

/// Why a `src` is not fetched.
#[derive(Clone, Debug, PartialEq)]
pub enum SrcRefusal {
    /// Empty, or with characters a browser would silently drop or reinterpret (spaces, control
    /// characters, backslashes), which could turn a path into another site's address.
    Unsafe,
    /// Another scheme than the page's own (`data:`, `javascript:`, `file:`, `ftp:` …).
    Scheme(String),
    /// Another site: the origin it names.
    Origin(String),
}

fn default_port(scheme: &str) -> &'static str {
    match scheme {
        "http" => ":80",
        "https" => ":443",
        _ => "",
    }
}

/// `scheme://host[:port]` in lower case, without the scheme's default port.
fn normal_origin(scheme: &str, authority: &str) -> String {
    let scheme = scheme.to_ascii_lowercase();
    let mut authority = authority.to_ascii_lowercase();
    if let Some(stripped) = authority.strip_suffix(default_port(&scheme)) {
        authority = stripped.to_string();
    }
    format!("{scheme}://{authority}")
}

/// Whether `src` names a file on the page's own site (`page_origin` as `location.origin` gives
/// it, e.g. `https://example.gov.cn`), decided before anything is requested. A relative path
/// (`plans/x.json`, `/sim/plans/x.json`, `../x.json`) is always the page's own; an absolute
/// address must have the page's scheme, host and port. The page resolves it against its address
/// and checks the resolved origin once more before fetching.
pub fn check_src(src: &str, page_origin: &str) -> Result<(), SrcRefusal> {
    if src.is_empty()
        || src
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
    {
        return Err(SrcRefusal::Unsafe);
    }
    let (page_scheme, _) = page_origin.split_once("://").unwrap_or((page_origin, ""));
    // A scheme is letters, digits, `+ - .` before the first `:`, starting with a letter, and
    // before any `/ ? #` (a path such as `plans/a:b.json` has none).
    let scheme_end = src.find(':').filter(|&i| {
        let head = &src[..i];
        head.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && head
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    let (scheme, rest) = match scheme_end {
        Some(i) => (Some(&src[..i]), &src[i + 1..]),
        None => (None, src),
    };
    if let Some(s) = scheme
        && !s.eq_ignore_ascii_case(page_scheme)
    {
        return Err(SrcRefusal::Scheme(s.to_ascii_lowercase()));
    }
    let Some(after) = rest.strip_prefix("//") else {
        // `http:plans/x.json` is relative too; a path is the page's own site.
        return Ok(());
    };
    let authority = after.split(['/', '?', '#']).next().unwrap_or_default();
    let named = normal_origin(scheme.unwrap_or(page_scheme), authority);
    let own = match page_origin.split_once("://") {
        Some((s, a)) => normal_origin(s, a),
        None => page_origin.to_ascii_lowercase(),
    };
    if named == own {
        Ok(())
    } else {
        Err(SrcRefusal::Origin(named))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc_4648_vectors() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url_encode(plain.as_bytes()), coded);
            assert_eq!(base64url_decode(coded).as_deref(), Some(plain.as_bytes()));
        }
        // The URL-safe alphabet: 0xfb 0xff → "-_8", never "+/".
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64url_decode("Zm8="), Some(b"fo".to_vec()));
        assert_eq!(base64url_decode("Zm9v+"), None);
        assert_eq!(base64url_decode("Z"), None);
        assert_eq!(base64url_decode("Zm 9v"), None);
    }
}

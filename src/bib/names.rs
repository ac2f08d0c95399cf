//! BibTeX name lists: `Doe, Jane and van der Berg, Jr., Piet and {Smith and Sons}`.
//!
//! Names are split and parsed on the raw (still LaTeX-encoded) value so that braces protect
//! what they enclose; each part is decoded to Unicode afterwards.

use std::ops::Range;

use crate::model::Person;

/// The byte ranges of the names in a raw name-list value, split at ` and ` outside braces.
/// Ranges are trimmed and relative to `value`; empty names are skipped.
pub fn split_names(value: &str) -> Vec<Range<usize>> {
    let bytes = value.as_bytes();
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            b'a' | b'A'
                if depth == 0
                    && i > 0
                    && bytes[i - 1].is_ascii_whitespace()
                    && bytes.len() > i + 3
                    && bytes[i + 1..i + 3].eq_ignore_ascii_case(b"nd")
                    && bytes[i + 3].is_ascii_whitespace() =>
            {
                push_trimmed(value, start..i, &mut out);
                start = i + 3;
                i += 3;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    push_trimmed(value, start..bytes.len(), &mut out);
    out
}

fn push_trimmed(value: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &value[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        let start = r.start + lead;
        out.push(start..start + trimmed.len());
    }
}

/// Parses one raw BibTeX name (`First von Last`, `von Last, First` or
/// `von Last, Jr, First`); `decode` turns each raw part into plain text.
pub fn parse_name(raw: &str, decode: impl Fn(&str) -> String) -> Person {
    let raw = raw.trim();
    if raw.eq_ignore_ascii_case("others") {
        return Person::others();
    }
    let parts = split_top_level(raw, |b| b == b',');
    let mut person = Person::default();
    match parts.as_slice() {
        [only] => {
            let words = split_top_level(only, |b| b.is_ascii_whitespace());
            let words: Vec<&str> = words.into_iter().filter(|w| !w.is_empty()).collect();
            // First von Last: "von" starts at the first lower-case word before the last.
            let n = words.len();
            if n == 0 {
                return person;
            }
            let von_start = (0..n - 1).find(|&i| is_lowercase_word(words[i]));
            match von_start {
                Some(vs) => {
                    let von_end = (vs..n - 1)
                        .rev()
                        .find(|&i| is_lowercase_word(words[i]))
                        .unwrap_or(vs);
                    person.given = words[..vs].join(" ");
                    person.prefix = words[vs..=von_end].join(" ");
                    person.family = words[von_end + 1..].join(" ");
                }
                None => {
                    person.given = words[..n - 1].join(" ");
                    person.family = words[n - 1].to_string();
                }
            }
        }
        [last, rest @ ..] => {
            let (von, family) = split_von_last(last);
            person.prefix = von;
            person.family = family;
            match rest {
                [given] => person.given = given.trim().to_string(),
                [jr, given, ..] => {
                    person.suffix = jr.trim().to_string();
                    person.given = given.trim().to_string();
                }
                [] => {}
            }
        }
        [] => {}
    }
    Person {
        given: decode(&person.given),
        prefix: decode(&person.prefix),
        family: decode(&person.family),
        suffix: decode(&person.suffix),
    }
}

/// Splits `von Last` into the lower-case particles and the family name.
fn split_von_last(s: &str) -> (String, String) {
    let words: Vec<&str> = split_top_level(s, |b| b.is_ascii_whitespace())
        .into_iter()
        .filter(|w| !w.is_empty())
        .collect();
    let n = words.len();
    match (0..n.saturating_sub(1))
        .rev()
        .find(|&i| is_lowercase_word(words[i]))
    {
        Some(end) => (words[..=end].join(" "), words[end + 1..].join(" ")),
        None => (String::new(), words.join(" ")),
    }
}

/// Whether a word counts as a `von` part: its first letter outside braces is lower case.
fn is_lowercase_word(w: &str) -> bool {
    let mut depth = 0;
    for c in w.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 && c.is_alphabetic() => return c.is_lowercase(),
            _ => {}
        }
    }
    false
}

/// Splits at bytes matching `sep` outside braces, trimming each piece.
fn split_top_level(s: &str, sep: impl Fn(u8) -> bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        match b {
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            b if depth == 0 && sep(b) => {
                out.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(s[start..].trim());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> String {
        s.replace(['{', '}'], "")
    }

    #[test]
    fn splits_outside_braces() {
        let v = "Doe, Jane and {Smith and Sons} AND Roe, R.";
        let names: Vec<&str> = split_names(v).into_iter().map(|r| &v[r]).collect();
        assert_eq!(names, ["Doe, Jane", "{Smith and Sons}", "Roe, R."]);
        assert!(split_names("  ").is_empty());
    }

    #[test]
    fn name_forms() {
        let p = parse_name("van der Berg, Jr., Piet", plain);
        assert_eq!(
            (&*p.given, &*p.prefix, &*p.family, &*p.suffix),
            ("Piet", "van der", "Berg", "Jr.")
        );
        let p = parse_name("Ludwig van Beethoven", plain);
        assert_eq!(
            (&*p.given, &*p.prefix, &*p.family),
            ("Ludwig", "van", "Beethoven")
        );
        let p = parse_name("Alexander G. Hauptmann", plain);
        assert_eq!((&*p.given, &*p.family), ("Alexander G.", "Hauptmann"));
        let p = parse_name("{Smith and Sons}", plain);
        assert_eq!(p.family, "Smith and Sons");
        assert!(parse_name("others", plain).is_others());
    }
}

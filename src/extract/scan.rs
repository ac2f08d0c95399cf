//! Cheap scans that say where a pattern cannot match, so that its regex search can be
//! skipped. Each is a necessary condition of the patterns it guards: where it says no,
//! the pattern finds nothing; where it says yes, the pattern decides.

/// Whether some character of `s` that is `first` is followed, after nothing but white
/// space, by one that is `then`: a necessary condition for patterns like `,\s*,`.
pub fn first_then(s: &str, first: impl Fn(char) -> bool, then: impl Fn(char) -> bool) -> bool {
    let mut armed = false;
    for c in s.chars() {
        if armed && then(c) {
            return true;
        }
        if first(c) {
            armed = true;
        } else if !c.is_whitespace() {
            armed = false;
        }
    }
    false
}

/// Whether `text` has only single ASCII spaces between words and none at either end, as
/// most text has: collapsing its white space would change nothing.
pub fn spaces_are_tidy(text: &str) -> bool {
    let mut last_space = true;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        if b == b' ' {
            if last_space {
                return false;
            }
            last_space = true;
            continue;
        }
        last_space = false;
        // Other white space: ASCII controls, or a character whose UTF-8 form starts
        // with one of these bytes (U+0085, U+00A0, U+1680, U+2000 to U+205F, U+3000).
        let other_space = match b {
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => true,
            0xc2 | 0xe1 | 0xe2 | 0xe3 => text[i..].chars().next().is_some_and(char::is_whitespace),
            _ => false,
        };
        if other_space {
            return false;
        }
    }
    !last_space || text.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_then_skips_white_space_only() {
        let comma = |c: char| c == ',';
        assert!(first_then("a , \u{a0}, b", comma, comma));
        assert!(!first_then("a, b, c", comma, comma));
        assert!(first_then("x .", char::is_whitespace, |c| c == '.'));
        assert!(!first_then("x.", char::is_whitespace, |c| c == '.'));
    }

    #[test]
    fn tidy_spaces_are_single_ascii_spaces_inside() {
        for s in ["", "a", "a b, c", "Ünïcode wörds", "1–9 — x", "a\u{a9}b"] {
            assert!(spaces_are_tidy(s), "{s:?}");
            assert_eq!(s.split_whitespace().collect::<Vec<_>>().join(" "), s);
        }
        for s in [
            " a",
            "a ",
            "a  b",
            "a\tb",
            "a\u{a0}b",
            "a\nb",
            " ",
            "a\u{2009}b",
            "a\u{3000}",
        ] {
            assert!(!spaces_are_tidy(s), "{s:?}");
        }
    }
}

//! Cleans the punctuation and spaces left where parts of a reference were cut out:
//! "Venue,  ." becomes "Venue", "Title . , Venue ( ) , 12 ." becomes "Title. Venue, 12".
//!
//! `tidy` runs several times on every reference, mostly on text with nothing to clean, so
//! its passes are single scans written by hand that copy nothing unless they change
//! something. The tests hold each pass to the regular expression it stands for.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use crate::extract::fields::re;
use crate::extract::scan::spaces_are_tidy;

/// Empty brackets, maybe with one punctuation mark: "( )", "(,)", "[ ; ]".
pub(crate) static EMPTY_BRACKETS: LazyLock<Regex> =
    LazyLock::new(|| re(r"\(\s*[,.;:]?\s*\)|\[\s*[,.;:|]?\s*\]"));

/// Cleans the punctuation left where parts were cut out.
pub fn tidy(s: &str) -> String {
    let mut s = Cow::Borrowed(s);
    if s.contains(['(', '[']) {
        s = replace(s, |s| match EMPTY_BRACKETS.replace_all(s, " ") {
            Cow::Borrowed(_) => None,
            Cow::Owned(t) => Some(t),
        });
    }
    let mut may = Candidates::of(&s);
    if may.punct_runs {
        s = replace(s, punct_runs);
        may = Candidates::of(&s);
    }
    if may.space_before_punct {
        s = replace(s, space_before_punct);
        may = Candidates::of(&s);
    }
    if may.dot_after_punct {
        s = replace(s, dot_after_punct);
    }
    if !spaces_are_tidy(&s) {
        s = Cow::Owned(s.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    s.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | ' ' | '.' | '|' | '-' | '–'))
        .to_string()
}

/// Which passes may change a text, from one scan of its bytes: a pass whose flag is
/// false has nothing to do. Any byte past ASCII counts as white space here, as some
/// such characters are.
struct Candidates {
    punct_runs: bool,
    space_before_punct: bool,
    dot_after_punct: bool,
}

impl Candidates {
    fn of(s: &str) -> Candidates {
        let mut may = Candidates {
            punct_runs: false,
            space_before_punct: false,
            dot_after_punct: false,
        };
        // Whether the last byte, white space aside, was a mark (`mark`) or a comma or
        // full stop (`comma_or_dot`); whether the last byte was white space (`space`).
        let (mut mark, mut comma_or_dot, mut space) = (false, false, false);
        for &b in s.as_bytes() {
            let is_space = b.is_ascii_whitespace() || b == 0x0b || b >= 0x80;
            let is_mark = matches!(b, b',' | b';' | b':' | b'.');
            may.punct_runs |= mark && is_mark;
            may.space_before_punct |= space && is_mark;
            may.dot_after_punct |= comma_or_dot && b == b'.';
            mark = is_mark || (mark && is_space);
            comma_or_dot = matches!(b, b',' | b'.') || (comma_or_dot && is_space);
            space = is_space;
        }
        may
    }
}

/// `s` after `pass`, which gives `None` when it changes nothing.
fn replace<'a>(s: Cow<'a, str>, pass: impl Fn(&str) -> Option<String>) -> Cow<'a, str> {
    match pass(&s) {
        Some(t) => Cow::Owned(t),
        None => s,
    }
}

/// The punctuation marks the passes join and drop.
fn is_punct(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '.')
}

/// The end of the white space run starting at `i` (`i` itself if there is none).
fn skip_spaces(s: &str, i: usize) -> usize {
    s[i..]
        .char_indices()
        .find(|&(_, c)| !c.is_whitespace())
        .map_or(s.len(), |(j, _)| i + j)
}

/// Copies `s` into an output as it goes, from the first change on.
struct Rewrite<'a> {
    s: &'a str,
    out: Option<String>,
    /// How much of `s` is accounted for in `out`.
    done: usize,
}

impl<'a> Rewrite<'a> {
    fn new(s: &'a str) -> Rewrite<'a> {
        Rewrite {
            s,
            out: None,
            done: 0,
        }
    }

    /// Replaces `s[start..end]` with `with`.
    fn replace(&mut self, start: usize, end: usize, with: &str) {
        let out = self
            .out
            .get_or_insert_with(|| String::with_capacity(self.s.len()));
        out.push_str(&self.s[self.done..start]);
        out.push_str(with);
        self.done = end;
    }

    fn finish(self) -> Option<String> {
        let mut out = self.out?;
        out.push_str(&self.s[self.done..]);
        Some(out)
    }
}

/// A run of punctuation marks, with white space before and between them, becomes its
/// first mark: ", ." and " ;:" become "," and ";" (the pattern `\s*([,;:.])(?:\s*[,;:.])+`
/// replaced with `$1`), except an abbreviation's period right before a colon ("N.Y.:").
fn punct_runs(s: &str) -> Option<String> {
    let mut w = Rewrite::new(s);
    let mut i = 0;
    while i < s.len() {
        let mark_at = skip_spaces(s, i);
        let Some(first) = s[mark_at..].chars().next().filter(|&c| is_punct(c)) else {
            // No run starts anywhere in these spaces: go past them (or past one letter).
            i = if mark_at > i {
                mark_at
            } else {
                i + s[i..].chars().next().map_or(1, char::len_utf8)
            };
            continue;
        };
        let mut end = mark_at + 1;
        let mut marks = 1;
        loop {
            let next = skip_spaces(s, end);
            match s[next..].chars().next() {
                Some(c) if is_punct(c) => {
                    end = next + 1;
                    marks += 1;
                }
                _ => break,
            }
        }
        // An abbreviation's period before a colon stays: "Garden City, N.Y.: Doubleday".
        let abbreviation_colon = &s[mark_at..end] == ".:"
            && mark_at == i
            && s[..i].chars().next_back().is_some_and(char::is_alphabetic);
        if marks > 1 && !abbreviation_colon {
            w.replace(i, end, first.encode_utf8(&mut [0; 4]));
        }
        // A run from any later position in it would be this run's tail, or none.
        i = end;
    }
    w.finish()
}

/// White space before a punctuation mark goes (`\s+([,.;:])` replaced with `$1`).
fn space_before_punct(s: &str) -> Option<String> {
    let mut w = Rewrite::new(s);
    let mut i = 0;
    while i < s.len() {
        let c = s[i..].chars().next().unwrap_or(' ');
        if !c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let end = skip_spaces(s, i);
        if s[end..].starts_with(is_punct) {
            w.replace(i, end, "");
        }
        i = end;
    }
    w.finish()
}

/// A full stop after a comma or a full stop, with white space or the end after it, goes
/// with the white space before it: ". ." becomes ". " (`([.,])\s*\.(\s|$)` replaced
/// with `$1$2`).
fn dot_after_punct(s: &str) -> Option<String> {
    let mut w = Rewrite::new(s);
    let mut i = 0;
    while i < s.len() {
        let c = s[i..].chars().next().unwrap_or(' ');
        if !matches!(c, '.' | ',') {
            i += c.len_utf8();
            continue;
        }
        let dot = skip_spaces(s, i + 1);
        if s[dot..].starts_with('.') {
            let after = dot + 1;
            match s[after..].chars().next() {
                None => {
                    w.replace(i + 1, after, "");
                    i = after;
                    continue;
                }
                Some(space) if space.is_whitespace() => {
                    // Keep the mark and the white space after the full stop.
                    w.replace(i + 1, after, "");
                    i = after + space.len_utf8();
                    continue;
                }
                Some(_) => {}
            }
        }
        i += 1;
    }
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the regular expression gives, as `None` when it changes nothing.
    fn oracle(pattern: &Regex, with: &str, s: &str) -> Option<String> {
        match pattern.replace_all(s, with) {
            Cow::Borrowed(_) => None,
            Cow::Owned(t) => Some(t),
        }
    }

    /// Every string of up to five characters from a small alphabet, and longer ones
    /// from a fixed pseudo-random sequence.
    fn samples() -> Vec<String> {
        let alphabet = ['a', ' ', ',', '.', ';', ':', '\u{a0}', 'é', '\n', '('];
        let mut out = vec![String::new()];
        let mut level = vec![String::new()];
        for _ in 0..5 {
            let mut next = Vec::new();
            for s in &level {
                for c in alphabet {
                    let mut t = s.clone();
                    t.push(c);
                    next.push(t);
                }
            }
            out.extend(next.iter().cloned());
            level = next;
        }
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            let mut t = String::new();
            for _ in 0..(seed % 24) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                t.push(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            seed = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
            out.push(t);
        }
        out
    }

    #[test]
    fn each_pass_does_what_its_pattern_does() {
        let runs = re(r"\s*([,;:.])(?:\s*[,;:.])+");
        let space = re(r"\s+([,.;:])");
        let dot = re(r"([.,])\s*\.(\s|$)");
        // The run ".:" right after a letter stays.
        let runs_oracle = |s: &str| {
            let t = runs.replace_all(s, |c: &regex::Captures| {
                let m = c.get(0).unwrap();
                let after_letter = s[..m.start()]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic);
                if m.as_str() == ".:" && after_letter {
                    m.as_str().to_string()
                } else {
                    c[1].to_string()
                }
            });
            (t != s).then(|| t.into_owned())
        };
        for s in samples() {
            assert_eq!(punct_runs(&s), runs_oracle(&s), "{s:?}");
            assert_eq!(space_before_punct(&s), oracle(&space, "$1", &s), "{s:?}");
            assert_eq!(dot_after_punct(&s), oracle(&dot, "$1$2", &s), "{s:?}");
        }
    }

    #[test]
    fn the_byte_scan_never_hides_a_change() {
        for s in samples() {
            let may = Candidates::of(&s);
            assert!(may.punct_runs || punct_runs(&s).is_none(), "{s:?}");
            assert!(
                may.space_before_punct || space_before_punct(&s).is_none(),
                "{s:?}"
            );
            assert!(
                may.dot_after_punct || dot_after_punct(&s).is_none(),
                "{s:?}"
            );
        }
    }

    #[test]
    fn leftovers_are_cleaned() {
        assert_eq!(tidy("Title . , Venue ( ) , 12 ."), "Title. Venue, 12");
        assert_eq!(
            tidy("Journal of Machine Learning Research,  ."),
            "Journal of Machine Learning Research"
        );
        assert_eq!(tidy("Lancet Microbe.  ; ."), "Lancet Microbe");
        assert_eq!(tidy("In Proc. (CVPR),  ."), "In Proc. (CVPR)");
        assert_eq!(tidy("  plain  text "), "plain text");
        assert_eq!(
            tidy("Garden City, N.Y.: Doubleday"),
            "Garden City, N.Y.: Doubleday"
        );
        assert_eq!(tidy("Venue. : Publisher"), "Venue. Publisher");
        assert_eq!(tidy(""), "");
    }

    #[test]
    fn long_runs_of_spaces_take_linear_time() {
        let s = format!("a{}b", " ".repeat(200_000));
        assert_eq!(tidy(&s), "a b");
        let s = format!("a,{}.", " ".repeat(200_000));
        assert_eq!(tidy(&s), "a");
    }
}

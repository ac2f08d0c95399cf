//! Tokens of a reference and the features the tagger reads off each one.
//!
//! A token is a run of letters and digits or a single other character; spaces separate
//! tokens and are not tokens. Features are strings hashed into the weight table: the
//! word itself, its shape, its neighbours, the markup around it (italic, bold, quotes,
//! brackets), where it stands (position, sentences and commas before it) and what small
//! dictionaries written for publist say about it.

use std::borrow::Cow;
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHasher};

use crate::extract::inline::RichText;

/// One token: its bytes in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Where the token is in the text.
    pub range: Range<usize>,
    /// Whether the token is a word or number (otherwise one punctuation character).
    pub is_word: bool,
}

/// Splits `text` into tokens. An apostrophe inside a word belongs to it; the TeX quotes
/// ``` `` ``` and `''` are one token each.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut word_start = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let wordy = c.is_alphanumeric()
            || (c == '\'' || c == '’')
                && word_start.is_some()
                && next.is_some_and(char::is_alphanumeric);
        if wordy {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(s) = word_start.take() {
            out.push(Token {
                range: s..i,
                is_word: true,
            });
        }
        if c.is_whitespace() {
            continue;
        }
        let mut end = i + c.len_utf8();
        if matches!(c, '`' | '\'') && next == Some(c) {
            chars.next();
            end += 1;
        }
        out.push(Token {
            range: i..end,
            is_word: false,
        });
    }
    if let Some(s) = word_start {
        out.push(Token {
            range: s..text.len(),
            is_word: true,
        });
    }
    out
}

/// The typographic form of a quote token: TeX and straight quotes read as the curly
/// quotes styles print, a straight one opening after a space or a bracket.
fn quote_form<'a>(text: &str, t: &Token, w: &'a str) -> &'a str {
    match w {
        "``" => "“",
        "''" => "”",
        "\"" => {
            let before = text[..t.range.start].chars().next_back();
            if before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '[')) {
                "“"
            } else {
                "”"
            }
        }
        _ => w,
    }
}

/// The class of every dictionary word, lower-cased: months, then terms, publisher words,
/// venue words and given names (a word in two lists takes the first's class).
static WORD_CLASSES: LazyLock<FxHashMap<String, &'static str>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for (list, class) in [
        (include_str!("data/months.txt"), "month"),
        (include_str!("data/terms.txt"), "term"),
        (include_str!("data/publisher-words.txt"), "publisher"),
        (include_str!("data/venue-words.txt"), "venue"),
        (include_str!("data/given.txt"), "given"),
    ] {
        for word in list.lines().map(str::trim).filter(|l| !l.is_empty()) {
            // Given names are written capitalised; the other lists are lower-case.
            let word = if class == "given" {
                word.to_lowercase()
            } else {
                word.to_string()
            };
            map.entry(word).or_insert(class);
        }
    }
    map
});

/// Whether `word` is in publist's list of given names (in any case), and in no list
/// before it (months, terms, publisher and venue words).
pub fn is_given_name(word: &str) -> bool {
    WORD_CLASSES.get(&word.to_lowercase()).copied() == Some("given")
}

/// Word shape: `Xxxx` for `Title`, `dddd` for `2019`, `X` for `J`.
#[cfg(test)]
fn shape(w: &str) -> String {
    let mut out = String::new();
    shape_into(w, &mut out);
    out
}

/// Writes the shape of `w` into `out` (cleared first).
fn shape_into(w: &str, out: &mut String) {
    out.clear();
    let mut last = ' ';
    let mut run = 0;
    for c in w.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if k == last {
            run += 1;
            if run >= 3 {
                continue;
            }
        } else {
            run = 0;
        }
        out.push(k);
        last = k;
    }
}

/// The hash of one string value.
fn value(s: &str) -> u64 {
    let mut h = FxHasher::default();
    s.hash(&mut h);
    h.finish()
}

/// A template's seed: its name hashed (FNV-1a) at compile time.
const fn template(name: &str) -> u64 {
    let bytes = name.as_bytes();
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    let mut i = 0;
    while i < bytes.len() {
        h = (h ^ bytes[i] as u64).wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h
}

/// A feature: a template's seed and the hashes of its values, mixed so that the low bits
/// (which index the weight table) depend on all of them.
fn feature(seed: u64, values: &[u64]) -> u64 {
    values.iter().fold(seed, |h, &v| {
        (h ^ v).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(26)
    })
}

/// The hashes of small numbers (counts, positions, flags), for features.
static DIGIT_HASHES: LazyLock<[u64; 10]> =
    LazyLock::new(|| std::array::from_fn(|d| value(&d.to_string())));
/// The values before the first token, after the last, and past either end.
static START: LazyLock<u64> = LazyLock::new(|| value("<s>"));
static END: LazyLock<u64> = LazyLock::new(|| value("</s>"));
static EDGE: LazyLock<u64> = LazyLock::new(|| value("edge"));

/// What the feature templates need to know about every token, computed once.
struct TokenFacts<'a> {
    lower: Cow<'a, str>,
    class: &'static str,
    /// The hashes of `lower`, `shape` and `class`.
    lower_hash: u64,
    shape_hash: u64,
    class_hash: u64,
}

fn facts<'a>(text: &'a str, t: &Token, known: bool, shape_buf: &mut String) -> TokenFacts<'a> {
    let w = &text[t.range.clone()];
    let lower: Cow<'a, str> = if !t.is_word {
        Cow::Borrowed(quote_form(text, t, w))
    } else if !known {
        Cow::Borrowed("<unk>")
    } else if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(w.to_lowercase())
    };
    let class = if !t.is_word {
        "punct"
    } else if w.bytes().all(|b| b.is_ascii_digit()) {
        match w.len() {
            4 if (w.starts_with("1") || w.starts_with("20")) && w > "1500" && w < "2040" => "year",
            1..=3 => "num-short",
            _ => "num-long",
        }
    } else if w.len() == 5
        && w.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && w.as_bytes()[4].is_ascii_lowercase()
    {
        "year"
    } else if !known {
        "word"
    } else {
        WORD_CLASSES.get(&*lower).copied().unwrap_or("word")
    };
    shape_into(w, shape_buf);
    TokenFacts {
        lower_hash: value(&lower),
        shape_hash: value(shape_buf),
        class_hash: value(class),
        lower,
        class,
    }
}

/// The features of a sequence of tokens: each token's feature hashes, one token after
/// another in one buffer.
#[derive(Debug, Clone, Default)]
pub struct Features {
    hashes: Vec<u64>,
    /// Where each token's hashes end in `hashes`.
    ends: Vec<usize>,
}

impl Features {
    /// Features from each token's hashes.
    pub fn from_tokens<T: AsRef<[u64]>>(tokens: &[T]) -> Features {
        let mut out = Features::default();
        for t in tokens {
            out.hashes.extend_from_slice(t.as_ref());
            out.ends.push(out.hashes.len());
        }
        out
    }

    /// How many tokens there are.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The feature hashes of token `i`.
    pub fn token(&self, i: usize) -> &[u64] {
        &self.hashes[self.span(i)]
    }

    /// Where the hashes of token `i` are in [`Features::hashes`].
    pub fn span(&self, i: usize) -> Range<usize> {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        start..self.ends[i]
    }

    /// The hashes of all tokens, one token after another.
    pub fn hashes(&self) -> &[u64] {
        &self.hashes
    }
}

/// The features of every token of `rt`, as hashes.
pub fn features(rt: &RichText, tokens: &[Token]) -> Features {
    features_with(rt, tokens, &|_| true)
}

/// The most features a token has (the templates below, each at most once).
const MAX_PER_TOKEN: usize = 40;

/// [`features`], with the words of the tokens for which `known` is false hidden (their
/// shape and class stay): training hides some words so that the model also learns to
/// read words it has never seen.
pub fn features_with(rt: &RichText, tokens: &[Token], known: &dyn Fn(usize) -> bool) -> Features {
    let text = &rt.text;
    let n = tokens.len();
    let mut shape_buf = String::new();
    let facts: Vec<TokenFacts> = tokens
        .iter()
        .enumerate()
        .map(|(i, t)| facts(text, t, known(i), &mut shape_buf))
        .collect();
    let digits = &*DIGIT_HASHES;
    let digit = |d: usize| digits[d];
    let (start, end, edge) = (*START, *END, *EDGE);
    let mut out = Features {
        hashes: Vec::with_capacity(n * MAX_PER_TOKEN),
        ends: Vec::with_capacity(n),
    };
    let mut sentences = 0usize;
    let mut commas = 0usize;
    let mut depth = 0i32;
    let mut in_quote = false;
    let mut seen_year = false;
    let mut seen_italic = false;
    for (i, t) in tokens.iter().enumerate() {
        let f = &facts[i];
        // This token's hashes gather in a buffer on the stack, then go to `out` at once.
        let mut buf = [0u64; MAX_PER_TOKEN];
        let mut filled = 0;
        let mut add = |seed: u64, values: &[u64]| {
            buf[filled] = feature(seed, values);
            filled += 1;
        };
        add(const { template("bias") }, &[]);
        add(const { template("w") }, &[f.lower_hash]);
        add(const { template("shape") }, &[f.shape_hash]);
        add(const { template("class") }, &[f.class_hash]);
        let count = f.lower.chars().count();
        if count > 3 {
            let p_end = f
                .lower
                .char_indices()
                .nth(3)
                .map_or(f.lower.len(), |(j, _)| j);
            let s_start = f.lower.char_indices().nth(count - 3).map_or(0, |(j, _)| j);
            add(const { template("pre3") }, &[value(&f.lower[..p_end])]);
            add(const { template("suf3") }, &[value(&f.lower[s_start..])]);
        }
        let len = match count {
            0..=1 => 1,
            2..=3 => 2,
            4..=7 => 3,
            _ => 4,
        };
        add(const { template("len") }, &[digit(len)]);
        let pos = digit((i * 10 / n.max(1)).min(9));
        add(const { template("pos") }, &[pos]);
        add(const { template("pos-class") }, &[pos, f.class_hash]);
        if i < 4 {
            add(const { template("index") }, &[digit(i)]);
        }
        let sent = digit(sentences.min(6));
        add(const { template("sent") }, &[sent]);
        add(const { template("sent-class") }, &[sent, f.class_hash]);
        let comma = digit(commas.min(8));
        add(const { template("commas") }, &[comma]);
        let year = digit(usize::from(seen_year));
        add(const { template("seen-year") }, &[year]);
        add(
            const { template("seen-year-sent") },
            &[year, digit(sentences.min(4))],
        );
        add(
            const { template("depth") },
            &[digit(depth.clamp(0, 2) as usize)],
        );
        add(const { template("sent-shape") }, &[sent, f.shape_hash]);
        add(
            const { template("year-class") },
            &[year, f.class_hash, f.shape_hash],
        );
        add(const { template("commas-class") }, &[comma, f.class_hash]);
        if in_quote {
            add(const { template("quote") }, &[]);
        }
        let r = &t.range;
        let italic = rt.is_italic(r);
        let bold = rt.is_bold(r);
        if italic {
            add(const { template("italic") }, &[]);
            add(const { template("italic-class") }, &[f.class_hash]);
        }
        if bold {
            add(const { template("bold") }, &[]);
        }
        add(
            const { template("seen-italic") },
            &[digit(usize::from(seen_italic && !italic))],
        );
        let space_before = r.start > 0 && text[..r.start].ends_with(' ');
        let space_after = text[r.end..].starts_with(' ');
        add(
            const { template("space") },
            &[digit(
                usize::from(space_before) * 2 + usize::from(space_after),
            )],
        );
        // Neighbours: their words, shapes and classes; past either end, an edge value.
        let at = |off: i64| {
            let j = i as i64 + off;
            (j >= 0 && (j as usize) < n).then(|| &facts[j as usize])
        };
        for (seed, off) in [
            (const { template("w-1") }, -1i64),
            (const { template("w+1") }, 1),
            (const { template("w-2") }, -2),
            (const { template("w+2") }, 2),
        ] {
            let val = match at(off) {
                Some(x) => x.lower_hash,
                None if off < 0 => start,
                None => end,
            };
            add(seed, &[val]);
        }
        for (seed, off, is_shape) in [
            (const { template("s-1") }, -1i64, true),
            (const { template("s+1") }, 1, true),
            (const { template("c-1") }, -1, false),
            (const { template("c+1") }, 1, false),
        ] {
            let val = match at(off) {
                Some(x) if is_shape => x.shape_hash,
                Some(x) => x.class_hash,
                None => edge,
            };
            add(seed, &[val]);
        }
        let prev = at(-1).map_or(start, |x| x.lower_hash);
        add(const { template("w-1|w") }, &[prev, f.lower_hash]);
        let next = at(1).map_or(end, |x| x.lower_hash);
        add(const { template("w|w+1") }, &[f.lower_hash, next]);
        out.hashes.extend_from_slice(&buf[..filled]);
        out.ends.push(out.hashes.len());

        // State for the tokens after this one.
        match &*f.lower {
            "(" | "[" => depth += 1,
            ")" | "]" => depth -= 1,
            "," => commas += 1,
            "“" | "«" | "‘" => in_quote = true,
            "”" | "»" | "’" => in_quote = false,
            "." | "?" | "!" | ":" if space_after => {
                let short_word = i > 0 && tokens[i - 1].is_word && facts[i - 1].lower.len() <= 2;
                if !short_word {
                    sentences += 1;
                }
            }
            _ => {}
        }
        if f.class == "year" {
            seen_year = true;
        }
        if italic {
            seen_italic = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_shapes() {
        let text = "O'Brien, J. (2019). Deep nets, pp. 1–9.";
        let toks: Vec<&str> = tokenize(text)
            .iter()
            .map(|t| &text[t.range.clone()])
            .collect();
        assert_eq!(
            toks,
            [
                "O'Brien", ",", "J", ".", "(", "2019", ")", ".", "Deep", "nets", ",", "pp", ".",
                "1", "–", "9", "."
            ]
        );
        assert_eq!(shape("Brien"), "Xxxx");
        let text = "Lee, ``Dogs,'' in \"Cats,\" students' pets";
        let toks = tokenize(text);
        let words: Vec<&str> = toks.iter().map(|t| &text[t.range.clone()]).collect();
        assert_eq!(
            words,
            [
                "Lee", ",", "``", "Dogs", ",", "''", "in", "\"", "Cats", ",", "\"", "students",
                "'", "pets"
            ]
        );
        let mut buf = String::new();
        let forms: Vec<String> = toks
            .iter()
            .map(|t| facts(text, t, true, &mut buf).lower.into_owned())
            .collect();
        assert_eq!(
            [&forms[2], &forms[5], &forms[7], &forms[10]],
            ["“", "”", "“", "”"]
        );
        assert_eq!(shape("2019"), "ddd");
    }
}

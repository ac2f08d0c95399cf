//! An author region split into chunks at separators (`,`, `;`, `&`, `/`, "and"), with
//! the marks taken out of each.

use super::*;

/// One piece of an author list between separators.
#[derive(Debug, Clone)]
pub(super) struct Chunk {
    /// Where the chunk is in the text, without surrounding spaces.
    pub(super) range: Range<usize>,
    /// The chunk without its marks.
    pub(super) text: String,
    /// The mark symbols taken out of it.
    pub(super) symbols: String,
    /// Whether "and" or "&" stood before it.
    pub(super) after_and: bool,
}

/// Splits the author region at `,`, `;`, `&` and `and`, pulling marks out of each chunk.
pub(super) fn chunks(rt: &RichText, region: &str) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut after_and = false;
    let mut i = 0;
    let bytes = region.as_bytes();
    let push = |out: &mut Vec<Chunk>, s: usize, e: usize, after_and: bool| {
        let raw = &region[s..e];
        let (text, symbols) = strip_marks(rt, raw, s);
        let lead = raw.len() - raw.trim_start().len();
        let tail = raw.len() - raw.trim_end().len();
        if !text.is_empty() || !symbols.is_empty() {
            out.push(Chunk {
                range: s + lead..e - tail,
                text,
                symbols,
                after_and,
            });
        }
    };
    while i < region.len() {
        let c = bytes[i];
        // "/" separates names in German styles: "Nakamura, Y./Ferreira, A. C./Osei, P.".
        if c == b',' || c == b';' || c == b'&' || c == b'/' {
            push(&mut out, start, i, after_and);
            after_and = c == b'&';
            i += 1;
            start = i;
        } else if i > start && starts_et_al(region, i) {
            // "Baker, T. J. et al.": the others are a chunk of their own.
            push(&mut out, start, i, after_and);
            after_and = false;
            start = i;
            i += 2;
        } else if let Some(len) = separator_word(region, i) {
            push(&mut out, start, i, after_and);
            after_and = true;
            i += len;
            start = i;
        } else {
            i += 1;
        }
        while i < region.len() && !region.is_char_boundary(i) {
            i += 1;
        }
    }
    push(&mut out, start, region.len(), after_and);
    // Merge chunks that only carried marks into the chunk before them ("Lin, R. *, Li").
    let mut merged: Vec<Chunk> = Vec::new();
    for c in out {
        if c.text.is_empty()
            && let Some(last) = merged.last_mut()
        {
            last.symbols.push_str(&c.symbols);
            continue;
        }
        merged.push(c);
    }
    merged
}

/// Removes mark symbols (and superscript text) from a chunk; returns the clean text, its
/// white space collapsed, and the marks.
fn strip_marks(rt: &RichText, raw: &str, base: usize) -> (String, String) {
    let mut text = String::with_capacity(raw.len());
    let mut symbols = String::new();
    let mut space = false;
    for (i, c) in raw.char_indices() {
        let mark = MARK_SYMBOLS.contains(&c);
        let sup = !rt.superscript.is_empty() && rt.in_superscript(base + i);
        if mark || (sup && !c.is_whitespace()) {
            if mark || (sup && (c.is_ascii_lowercase() || c.is_ascii_digit())) {
                symbols.push(c);
            }
            continue;
        }
        if c == '^' {
            continue;
        }
        if c.is_whitespace() {
            space = !text.is_empty();
            continue;
        }
        if space {
            text.push(' ');
            space = false;
        }
        text.push(c);
    }
    if text.contains(" .") {
        text = text.replace(" .", ".");
    }
    let trimmed = text.trim_matches(|c: char| c == ' ' || c == ':');
    if trimmed.len() != text.len() {
        text = trimmed.to_string();
    }
    (text, symbols)
}

/// Byte offset in `chunk.text`'s source where token `n` starts, for cutting the list short.
pub(super) fn token_start(rt: &RichText, chunk: &Chunk, n: usize) -> usize {
    let src = &rt.text[chunk.range.clone()];
    let mut count = 0;
    let mut in_word = false;
    for (i, c) in src.char_indices() {
        let ws = c.is_whitespace();
        if !ws && !in_word {
            if count == n {
                return chunk.range.start + i;
            }
            count += 1;
        }
        in_word = !ws;
    }
    chunk.range.end
}

/// Whether "et al" starts at byte `i` of `region`, after a space and before a stop,
/// a space or the end.
fn starts_et_al(region: &str, i: usize) -> bool {
    region.as_bytes()[i - 1] == b' '
        && region[i..]
            .strip_prefix("et al")
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', ' ', ',']))
}

/// The length of a word that joins names ("and", "und", "et" but not "et al.") standing
/// alone at byte `i` of `region`.
fn separator_word(region: &str, i: usize) -> Option<usize> {
    // Cheap test first: this runs at every byte of an author list.
    if i == 0 || region.as_bytes()[i - 1] != b' ' {
        return None;
    }
    let rest = &region[i..];
    ["and", "And", "AND", "und", "y", "e", "et"]
        .into_iter()
        .find(|w| {
            rest.starts_with(w)
                && rest[w.len()..].starts_with(' ')
                && !(*w == "et" && rest[2..].starts_with(" al"))
        })
        .map(str::len)
}

//! Inline markup: turns the raw text of a block into plain text plus the ranges that were
//! bold, italic or superscript, and the links it contained.
//!
//! One reader serves Markdown (and Markdown's inline HTML), HTML and LaTeX. Plain text is
//! read with the Markdown rules, which leave lone `*` marks alone.

use std::ops::Range;

use super::document::Format;

mod html;
mod latex;
mod markdown;

pub use html::decode_entities;
use html::*;
use latex::*;
use markdown::*;

/// A link found in inline text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InlineLink {
    /// The link text as it appears in [`RichText::text`].
    pub label: String,
    /// The target.
    pub url: String,
    /// Where the label sits in [`RichText::text`].
    pub range: Range<usize>,
}

/// Plain text with the styling and links that were removed from it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RichText {
    /// The text without markup.
    pub text: String,
    /// Bold ranges (byte ranges into `text`).
    pub bold: Vec<Range<usize>>,
    /// Italic ranges.
    pub italic: Vec<Range<usize>>,
    /// Superscript ranges.
    pub superscript: Vec<Range<usize>>,
    /// Links, in order.
    pub links: Vec<InlineLink>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Style {
    Bold,
    Italic,
    Superscript,
}

/// Builds a [`RichText`] while markup is read.
#[derive(Default)]
struct Builder {
    out: RichText,
    open: Vec<(Style, usize, &'static str)>,
}

impl Builder {
    fn push(&mut self, s: &str) {
        self.out.text.push_str(s);
    }

    fn push_char(&mut self, c: char) {
        self.out.text.push(c);
    }

    fn is_open(&self, style: Style, token: &str) -> bool {
        self.open.iter().any(|(s, _, t)| *s == style && *t == token)
    }

    fn open(&mut self, style: Style, token: &'static str) {
        self.open.push((style, self.out.text.len(), token));
    }

    fn close(&mut self, style: Style, token: &str) {
        if let Some(i) = self
            .open
            .iter()
            .rposition(|(s, _, t)| *s == style && *t == token)
        {
            let (_, start, _) = self.open.remove(i);
            let range = start..self.out.text.len();
            if range.is_empty() {
                return;
            }
            match style {
                Style::Bold => self.out.bold.push(range),
                Style::Italic => self.out.italic.push(range),
                Style::Superscript => self.out.superscript.push(range),
            }
        }
    }

    /// Appends another rich text (a link label), shifting its ranges.
    fn append(&mut self, inner: RichText) {
        let base = self.out.text.len();
        let shift = |r: Range<usize>| r.start + base..r.end + base;
        self.out.bold.extend(inner.bold.into_iter().map(shift));
        self.out.italic.extend(inner.italic.into_iter().map(shift));
        self.out
            .superscript
            .extend(inner.superscript.into_iter().map(shift));
        for l in inner.links {
            self.out.links.push(InlineLink {
                range: shift(l.range),
                ..l
            });
        }
        self.out.text.push_str(&inner.text);
    }

    fn link(&mut self, label: RichText, url: &str) {
        let start = self.out.text.len();
        let text = label.text.clone();
        self.append(label);
        self.out.links.push(InlineLink {
            label: text,
            url: url.trim().to_string(),
            range: start..self.out.text.len(),
        });
    }

    fn finish(mut self) -> RichText {
        // Styles still open at the end (unbalanced markup) end with the text.
        while let Some((style, _, token)) = self.open.last().copied() {
            self.close(style, token);
        }
        for v in [
            &mut self.out.bold,
            &mut self.out.italic,
            &mut self.out.superscript,
        ] {
            v.sort_by_key(|r| r.start);
        }
        self.out.links.sort_by_key(|l| l.range.start);
        self.out
    }
}

/// Reads the inline markup of `raw` in the given format.
pub fn parse(raw: &str, format: Format) -> RichText {
    let mut b = Builder::default();
    match format {
        Format::Latex => latex(raw, &mut b, 0),
        Format::Html => html(raw, &mut b),
        Format::Markdown | Format::Text => markdown(raw, &mut b, format == Format::Markdown),
    }
    let mut out = b.finish();
    tidy_spaces(&mut out, true);
    out
}

/// Collapses runs of white space and spells out ligatures, keeping every range in step;
/// with `before_commas`, drops the spaces before commas too ("v. 435 , n. 7039 ,"), as
/// the source has them, not where text taken out left them ("Title. , arXiv").
fn tidy_spaces(rt: &mut RichText, before_commas: bool) {
    if !crate::extract::scan::spaces_are_tidy(&rt.text)
        || has_ligature(&rt.text)
        || before_commas && rt.text.contains(" ,")
    {
        collapse_spaces(rt, before_commas);
    }
    let len = rt.text.len();
    for v in [&mut rt.bold, &mut rt.italic, &mut rt.superscript] {
        v.iter_mut().for_each(|r| {
            r.end = r.end.min(len);
            r.start = r.start.min(r.end);
        });
    }
    rt.links.iter_mut().for_each(|l| {
        l.range.end = l.range.end.min(len);
        l.range.start = l.range.start.min(l.range.end);
    });
}

/// The letters that a ligature of a PDF copy stands for: "ﬁ", "ﬂ", "ﬀ", "ﬃ", "ﬄ", and
/// "↵" between letters, which some PDF fonts give for "ff" ("Go↵redi").
fn ligature_letters(c: char, letter_before: bool, letter_after: bool) -> Option<&'static str> {
    Some(match c {
        '\u{FB00}' => "ff",
        '\u{FB01}' => "fi",
        '\u{FB02}' => "fl",
        '\u{FB03}' => "ffi",
        '\u{FB04}' => "ffl",
        '\u{FB05}' | '\u{FB06}' => "st",
        '\u{21B5}' if letter_before && letter_after => "ff",
        _ => return None,
    })
}

/// Whether `s` may hold a [ligature](ligature_letters): the cheap byte test first.
fn has_ligature(s: &str) -> bool {
    s.bytes().any(|b| b == 0xEF || b == 0xE2)
        && s.contains([
            '\u{FB00}', '\u{FB01}', '\u{FB02}', '\u{FB03}', '\u{FB04}', '\u{FB05}', '\u{FB06}',
            '\u{21B5}',
        ])
}

/// Makes every run of white space one ASCII space and drops it at both ends (and before
/// a comma, with `before_commas`), and spells out [ligatures](ligature_letters), moving
/// the ranges along.
fn collapse_spaces(rt: &mut RichText, before_commas: bool) {
    let mut map = Vec::with_capacity(rt.text.len() + 1);
    let mut text = String::with_capacity(rt.text.len());
    let mut last_space = true;
    let mut chars = rt.text.chars().peekable();
    while let Some(c) = chars.next() {
        let space = c.is_whitespace();
        // No space before a comma: "v. 435 , n. 7039 ," reads as "v. 435, n. 7039,".
        if before_commas && c == ',' && text.ends_with(' ') {
            text.pop();
        }
        for _ in 0..c.len_utf8() {
            map.push(text.len());
        }
        let letter_before = text.ends_with(char::is_alphabetic);
        let letter_after = chars.peek().is_some_and(|n| n.is_alphabetic());
        if let Some(letters) = ligature_letters(c, letter_before, letter_after) {
            text.push_str(letters);
            last_space = false;
            continue;
        }
        if !(space && last_space) {
            text.push(if space { ' ' } else { c });
        }
        last_space = space;
    }
    map.push(text.len());
    let fix = |r: &mut Range<usize>| {
        r.start = map[r.start.min(map.len() - 1)];
        r.end = map[r.end.min(map.len() - 1)];
    };
    for v in [&mut rt.bold, &mut rt.italic, &mut rt.superscript] {
        v.iter_mut().for_each(fix);
    }
    rt.links.iter_mut().for_each(|l| fix(&mut l.range));
    while text.ends_with(' ') {
        text.pop();
    }
    rt.text = text;
}

/// The index just past the bracket that closes the one at `open` (`(`, `[` or `{`).
fn matching(s: &str, open: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    let (o, c) = match bytes.get(open)? {
        b'(' => (b'(', b')'),
        b'[' => (b'[', b']'),
        b'{' => (b'{', b'}'),
        _ => return None,
    };
    let mut depth = 0usize;
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            x if x == o => depth += 1,
            x if x == c => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn prev_char(s: &str, i: usize) -> Option<char> {
    s[..i].chars().next_back()
}

fn next_char(s: &str, i: usize) -> Option<char> {
    s[i..].chars().next()
}

impl RichText {
    /// Deletes the given byte ranges from the text, moving every style range and link with it.
    /// Ranges may overlap and come in any order; links inside a deleted range are kept but
    /// get an empty range.
    pub fn remove(&mut self, ranges: &[Range<usize>]) {
        if ranges.is_empty() {
            return;
        }
        let len = self.text.len();
        let mut drop = vec![false; len];
        for r in ranges {
            for d in drop.iter_mut().take(r.end.min(len)).skip(r.start) {
                *d = true;
            }
        }
        let mut map = Vec::with_capacity(len + 1);
        let mut text = String::with_capacity(len);
        for (i, c) in self.text.char_indices() {
            for _ in 0..c.len_utf8() {
                map.push(text.len());
            }
            if !drop[i] {
                text.push(c);
            }
        }
        map.push(text.len());
        let fix = |r: &mut Range<usize>| {
            r.start = map[r.start.min(len)];
            r.end = map[r.end.min(len)];
        };
        for v in [&mut self.bold, &mut self.italic, &mut self.superscript] {
            v.iter_mut().for_each(fix);
            v.retain(|r| !r.is_empty());
        }
        self.links.iter_mut().for_each(|l| fix(&mut l.range));
        self.text = text;
        tidy_spaces(self, false);
    }

    /// Swaps the text in `start..mid` with the text in `mid..end`, moving every style
    /// range and link with its text (a range across `mid` is split in two). The three
    /// must be character boundaries with `start <= mid <= end <= text.len()`.
    pub fn rotate(&mut self, start: usize, mid: usize, end: usize) {
        let (first, second) = (mid - start, end - mid);
        let at = |p: usize| match p {
            _ if p < start || p >= end => p,
            _ if p < mid => p + second,
            _ => p - first,
        };
        // Where a range goes: one range, or two for one across `mid`.
        let map = |r: &Range<usize>| -> (Range<usize>, Option<Range<usize>>) {
            if r.start < mid && r.end > mid && r.start >= start && r.end <= end {
                let head = at(r.start)..at(r.start) + (mid - r.start);
                (head, Some(start..start + (r.end - mid)))
            } else if r.is_empty() {
                (at(r.start)..at(r.start), None)
            } else {
                // The end maps as the last byte inside the range, plus one.
                let (a, b) = (at(r.start), at(r.end - 1) + 1);
                (a.min(b)..b, None)
            }
        };
        for v in [&mut self.bold, &mut self.italic, &mut self.superscript] {
            let mut moved = Vec::with_capacity(v.len());
            for r in v.iter() {
                let (first, second) = map(r);
                moved.push(first);
                moved.extend(second);
            }
            *v = moved;
        }
        for l in &mut self.links {
            l.range = map(&l.range).0;
        }
        let rotated = format!("{}{}", &self.text[mid..end], &self.text[start..mid]);
        self.text.replace_range(start..end, &rotated);
    }

    /// Whether byte range `r` lies mostly inside a bold range.
    pub fn is_bold(&self, r: &Range<usize>) -> bool {
        let len = r.end.saturating_sub(r.start);
        len > 0 && self.bold.iter().map(|b| overlap(b, r)).sum::<usize>() * 2 > len
    }

    /// Whether byte range `r` lies mostly inside an italic range.
    pub fn is_italic(&self, r: &Range<usize>) -> bool {
        let len = r.end.saturating_sub(r.start);
        len > 0 && self.italic.iter().map(|b| overlap(b, r)).sum::<usize>() * 2 > len
    }

    /// Whether byte `i` is inside a superscript.
    pub fn in_superscript(&self, i: usize) -> bool {
        self.superscript.iter().any(|r| r.contains(&i))
    }
}

fn overlap(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotating_moves_styles_with_their_text() {
        let mut rt = RichText {
            text: "Title. Ann Lee. Venue".into(),
            ..RichText::default()
        };
        rt.bold.push(0..5);
        // Across the pivot: "e. Ann".
        rt.italic.push(4..10);
        rt.rotate(0, 7, 16);
        assert_eq!(rt.text, "Ann Lee. Title. Venue");
        assert_eq!(&rt.text[rt.bold[0].clone()], "Title");
        let italic: Vec<&str> = rt.italic.iter().map(|r| &rt.text[r.clone()]).collect();
        assert_eq!(italic, ["e. ", "Ann"]);
    }

    fn slices<'a>(rt: &'a RichText, v: &[Range<usize>]) -> Vec<&'a str> {
        v.iter().map(|r| &rt.text[r.clone()]).collect()
    }

    #[test]
    fn markdown_bold_marks_and_links() {
        let rt = parse(
            "**Lin, R.** *, Li, C. *, Ren, Y.*. T. [[PDF](https://x.org/a_b.pdf)][[Code](c)]",
            Format::Markdown,
        );
        assert_eq!(rt.text, "Lin, R. *, Li, C. *, Ren, Y.*. T. [PDF][Code]");
        assert_eq!(slices(&rt, &rt.bold), ["Lin, R."]);
        assert_eq!(rt.links.len(), 2);
        assert_eq!(rt.links[0].url, "https://x.org/a_b.pdf");
        assert_eq!(&rt.text[rt.links[1].range.clone()], "Code");
    }

    #[test]
    fn ligatures_of_pdf_copies_are_spelled_out() {
        let rt = parse(
            "**Go\u{21B5}redi, S.**, Tra\u{FB03}c \u{FB02}ow. *E\u{FB00}ects*, 2. Press \u{21B5} to go.",
            Format::Markdown,
        );
        assert_eq!(
            rt.text,
            "Goffredi, S., Traffic flow. Effects, 2. Press \u{21B5} to go."
        );
        assert_eq!(slices(&rt, &rt.bold), ["Goffredi, S."]);
        assert_eq!(slices(&rt, &rt.italic), ["Effects"]);
    }

    #[test]
    fn markdown_italics_and_escapes() {
        let rt = parse(r"Tao, C. \*, *Journal of X*, 12. \[x\]", Format::Markdown);
        assert_eq!(rt.text, "Tao, C. *, Journal of X, 12. [x]");
        assert_eq!(slices(&rt, &rt.italic), ["Journal of X"]);
    }

    #[test]
    fn html_markup() {
        let rt = parse(
            "<b>M. Lin</b><sup>*</sup>, A &amp; B. <a href=\"p.pdf\">[PDF]</a>",
            Format::Html,
        );
        assert_eq!(rt.text, "M. Lin*, A & B. [PDF]");
        assert_eq!(slices(&rt, &rt.bold), ["M. Lin"]);
        assert_eq!(slices(&rt, &rt.superscript), ["*"]);
        assert_eq!(rt.links[0].url, "p.pdf");
        // The oldest entities work without their semicolon, as in browsers; others and
        // longer names do not.
        let rt = parse("CVPR, 2023 &nbsp/&nbsp A &amp B &nbspx &copy", Format::Html);
        assert_eq!(rt.text, "CVPR, 2023 / A & B &nbspx &copy");
    }

    #[test]
    fn unclosed_groups_before_multibyte_text() {
        // Found by the extract_latex fuzz target: an unclosed group ending in `é`.
        for raw in [
            "\\begin{itemiz\u{e9}",
            "{\u{e9}",
            "\\textbf{caf\u{e9}",
            "\\'{\u{e9}",
        ] {
            let rt = parse(raw, Format::Latex);
            assert!(
                rt.text.contains('\u{e9}') || rt.text.contains('e'),
                "{raw:?} -> {:?}",
                rt.text
            );
        }
    }

    #[test]
    fn latex_markup() {
        let rt = parse(
            r#"\textbf{M. L{\'o}pez}$^*$, J.~M{\"u}ller\textsuperscript{\dagger}. \emph{T}. \href{http://a.b/c\_d}{[Code]} 50\%"#,
            Format::Latex,
        );
        assert_eq!(
            rt.text,
            "M. Lo\u{301}pez*, J. Mu\u{308}ller†. T. [Code] 50%"
        );
        assert_eq!(slices(&rt, &rt.bold), ["M. Lo\u{301}pez"]);
        assert_eq!(slices(&rt, &rt.superscript), ["*", "†"]);
        assert_eq!(rt.links[0].url, "http://a.b/c_d");
    }

    #[test]
    fn unbalanced_markup_does_not_panic() {
        for s in [
            "**a",
            "[a](b",
            "<a href='x'>y",
            "\\textbf{a",
            "{\\bf a",
            "$^",
            "&#xFFFFFFFF;",
            "\\",
            "*",
            "`a",
            "é**",
        ] {
            let _ = parse(s, Format::Markdown);
            let _ = parse(s, Format::Html);
            let _ = parse(s, Format::Latex);
        }
    }
}

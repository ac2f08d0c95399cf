//! hayagriva's rendered tree flattened into styled runs, with the owner made bold and the
//! equal-contribution and corresponding marks placed after each marked author.
//!
//! Every rendered author is an element with `ElemMeta::Name(Author, i)`, `i` being its
//! position in the entry's author list, so marks land on the right name whatever form the
//! style prints it in (initials, family first, small caps, all caps).

use hayagriva::citationberg::taxonomy::NameVariable;
use hayagriva::citationberg::{FontStyle, FontVariant, FontWeight, TextDecoration, VerticalAlign};
use hayagriva::{ElemChild, ElemChildren, ElemMeta, Formatting};

use crate::model::Marks;

/// How a run of text is styled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct RunStyle {
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
    /// Small capitals.
    pub small_caps: bool,
    /// Underlined.
    pub underline: bool,
    /// Superscript.
    pub sup: bool,
    /// Subscript.
    pub sub: bool,
}

impl RunStyle {
    fn from_formatting(f: &Formatting) -> RunStyle {
        RunStyle {
            bold: matches!(f.font_weight, FontWeight::Bold),
            italic: matches!(f.font_style, FontStyle::Italic),
            small_caps: matches!(f.font_variant, FontVariant::SmallCaps),
            underline: matches!(f.text_decoration, TextDecoration::Underline),
            sup: matches!(f.vertical_align, VerticalAlign::Sup),
            sub: matches!(f.vertical_align, VerticalAlign::Sub),
        }
    }
}

/// What a run is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunKind {
    /// Text.
    Text,
    /// A link with this target.
    Link(String),
    /// Math (TeX) from the entry.
    Math,
    /// An author mark (`*`, `†`), written as a superscript where the format has one.
    Mark,
}

/// A piece of rendered text with one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// The text.
    pub text: String,
    /// Its style.
    pub style: RunStyle,
    /// Its kind.
    pub kind: RunKind,
}

/// The mark symbols to put after marked authors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkSymbols {
    /// After co-first (equal-contribution) authors.
    pub equal: String,
    /// After corresponding authors.
    pub corresponding: String,
}

impl Default for MarkSymbols {
    fn default() -> Self {
        MarkSymbols {
            equal: "*".into(),
            corresponding: "†".into(),
        }
    }
}

/// The marks of an entry's names, by position in their lists.
#[derive(Debug, Clone, Copy, Default)]
pub struct NameMarks<'a> {
    /// `authors[i]` are the marks of author `i`.
    pub authors: &'a [Marks],
    /// `editors[i]` are the marks of editor `i` (an edited book's owner in bold).
    pub editors: &'a [Marks],
}

impl NameMarks<'_> {
    /// The marks of the name `i` of list `var`.
    fn get(&self, var: NameVariable, i: usize) -> Option<Marks> {
        match var {
            NameVariable::Author => self.authors.get(i).copied(),
            NameVariable::Editor => self.editors.get(i).copied(),
            _ => None,
        }
    }
}

/// Flattens rendered children, with each marked name's marks.
pub fn flatten(children: &ElemChildren, marks: NameMarks<'_>, symbols: &MarkSymbols) -> Vec<Run> {
    let mut out = Vec::new();
    walk(children, marks, symbols, Weight::Style, &mut out);
    fix_punctuation(&mut out);
    merge(out)
}

/// The weight of the text under an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Weight {
    /// As the style says.
    Style,
    /// Regular: the author list of a style that sets all authors bold, so that the
    /// owner stands out.
    Regular,
    /// Bold: the owner.
    Bold,
}

fn walk(
    children: &ElemChildren,
    marks: NameMarks<'_>,
    symbols: &MarkSymbols,
    weight: Weight,
    out: &mut Vec<Run>,
) {
    for child in &children.0 {
        match child {
            ElemChild::Text(t) => push(
                out,
                &t.text,
                RunStyle::from_formatting(&t.formatting),
                RunKind::Text,
                weight,
            ),
            ElemChild::Markup(m) => push(out, m, RunStyle::default(), RunKind::Math, weight),
            ElemChild::Link { text, url } => push(
                out,
                &text.text,
                RunStyle::from_formatting(&text.formatting),
                RunKind::Link(url.clone()),
                weight,
            ),
            ElemChild::Transparent { .. } => {}
            ElemChild::Elem(e) => match e.meta {
                Some(ElemMeta::Name(var, i)) if marks.get(var, i).is_some() => {
                    let m = marks.get(var, i).unwrap_or_default();
                    let weight = if m.highlight { Weight::Bold } else { weight };
                    walk(&e.children, marks, symbols, weight, out);
                    let mut sym = String::new();
                    if m.equal {
                        sym.push_str(&symbols.equal);
                    }
                    if m.corresponding {
                        sym.push_str(&symbols.corresponding);
                    }
                    if !sym.is_empty() {
                        out.push(Run {
                            text: sym,
                            style: RunStyle::default(),
                            kind: RunKind::Mark,
                        });
                    }
                }
                // The author list: if the style sets it bold (American Physiological
                // Society), only the owner stays bold.
                Some(ElemMeta::Names(ref vars))
                    if vars.iter().any(|(_, v)| *v == NameVariable::Author)
                        && all_bold(&e.children) =>
                {
                    walk(&e.children, marks, symbols, Weight::Regular, out);
                }
                // A block element (AAA sets the year apart) is a separate word.
                _ if e.display.is_some() => {
                    space(out);
                    walk(&e.children, marks, symbols, weight, out);
                    space(out);
                }
                _ => walk(&e.children, marks, symbols, weight, out),
            },
        }
    }
}

/// Ends the text so far with a space, unless it already ends with one.
fn space(out: &mut Vec<Run>) {
    if out
        .last()
        .is_some_and(|r| !r.text.ends_with(char::is_whitespace))
    {
        out.push(Run {
            text: " ".into(),
            style: RunStyle::default(),
            kind: RunKind::Text,
        });
    }
}

/// Whether every letter under `children` is bold.
fn all_bold(children: &ElemChildren) -> bool {
    children.0.iter().all(|c| match c {
        ElemChild::Text(t) => {
            matches!(t.formatting.font_weight, FontWeight::Bold)
                || !t.text.chars().any(char::is_alphanumeric)
        }
        ElemChild::Elem(e) => all_bold(&e.children),
        ElemChild::Link { text, .. } => matches!(text.formatting.font_weight, FontWeight::Bold),
        ElemChild::Markup(_) | ElemChild::Transparent { .. } => true,
    })
}

fn push(out: &mut Vec<Run>, text: &str, mut style: RunStyle, kind: RunKind, weight: Weight) {
    if text.is_empty() {
        return;
    }
    match weight {
        Weight::Style => {}
        Weight::Regular => style.bold = false,
        Weight::Bold => style.bold = true,
    }
    out.push(Run {
        text: text.to_string(),
        style,
        kind,
    });
}

/// A name ending in an initial loses its period to the punctuation after the name list
/// (`Owner, A. (2024)` comes out as `Owner, A` + `. (2024)`): move it back before the mark
/// and inside the bold run.
fn fix_punctuation(runs: &mut [Run]) {
    for i in 1..runs.len() {
        let ends_initial = |r: &Run| {
            let mut cs = r.text.chars().rev();
            matches!((cs.next(), cs.next()), (Some(a), Some(b)) if a.is_uppercase() && !b.is_alphanumeric())
                || r.text.chars().count() == 1 && r.text.chars().all(char::is_uppercase)
        };
        // [name][mark][". ..."] or [bold name][". ..."]
        let (name, next) = if runs[i].kind == RunKind::Mark && i + 1 < runs.len() {
            (i - 1, i + 1)
        } else if runs[i - 1].style.bold && !runs[i].style.bold && runs[i].kind == RunKind::Text {
            (i - 1, i)
        } else {
            continue;
        };
        if runs[name].kind == RunKind::Text
            && ends_initial(&runs[name])
            && runs[next].kind == RunKind::Text
            && runs[next].text.starts_with('.')
        {
            runs[next].text.remove(0);
            runs[name].text.push('.');
        }
    }
}

/// Joins neighbouring runs of the same style and kind.
fn merge(runs: Vec<Run>) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::with_capacity(runs.len());
    for r in runs {
        if r.text.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(last)
                if last.style == r.style && last.kind == r.kind && r.kind == RunKind::Text =>
            {
                last.text.push_str(&r.text)
            }
            _ => out.push(r),
        }
    }
    // hayagriva leaves double spaces where a field is empty (IEEE: "Systems,  2023"), also
    // across runs.
    for r in &mut out {
        while r.text.contains("  ") {
            r.text = r.text.replace("  ", " ");
        }
    }
    for i in 1..out.len() {
        if out[i - 1].text.ends_with(' ') && out[i].text.starts_with(' ') {
            out[i].text.remove(0);
        }
    }
    // Empty fields leave stray commas: "ArXiv,." and "(2025,)".
    for i in 0..out.len() {
        if out[i].kind != RunKind::Text {
            continue;
        }
        // A style that writes "publisher:number" for a preprint whose number is already
        // "arXiv:ID" (RSC) doubles the prefix.
        for (bad, good) in [
            (",.", "."),
            (",)", ")"),
            (", .", "."),
            (" ,", ","),
            ("arXiv:arXiv:", "arXiv:"),
            // "In: " before editors that the entry does not have (Elsevier Vancouver).
            ("In:. ", "In: "),
        ] {
            if out[i].text.contains(bad) {
                out[i].text = out[i].text.replace(bad, good);
            }
        }
        if out[i].text.starts_with(['.', ')']) && i > 0 && out[i - 1].text.ends_with(',') {
            out[i - 1].text.pop();
        }
    }
    out.retain(|r| !r.text.is_empty());
    out
}

/// The plain text of runs.
pub fn plain(runs: &[Run]) -> String {
    runs.iter().map(|r| r.text.as_str()).collect()
}

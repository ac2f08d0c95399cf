//! Training data and training: synthetic records rendered through every bundled CSL
//! style, each piece of the output labelled with the record field it came from.
//!
//! hayagriva marks the names, dates, texts and numbers it renders; a text or number
//! element is matched against the record's values to find which field it shows and which
//! bytes of it are the value (the rest, "vol. " or "pp.", are affixes). The owner is made
//! bold and co-first authors get a star, as in a CV, so every label is exact.

use std::ops::Range;

use hayagriva::citationberg::taxonomy::NameVariable;
use hayagriva::{ElemChild, ElemChildren, ElemMeta};

use super::Label;
use super::features::{Features, features_with, tokenize};
use super::model::{Model, Trainer};
use super::synth::{self, Rng};
use crate::extract::inline::RichText;
use crate::model::{Entry, EntryType};
use crate::render::style::{self, LoadedStyle};

/// One training sequence: the rendered reference and a label per token.
#[derive(Debug, Clone)]
pub struct Example {
    /// The reference with its bold and italic runs.
    pub text: RichText,
    /// One label per token of [`tokenize`].
    pub labels: Vec<Label>,
}

#[derive(Default)]
struct Builder {
    text: String,
    labels: Vec<Label>,
    italic: Vec<Range<usize>>,
    bold: Vec<Range<usize>>,
}

impl Builder {
    fn push(&mut self, s: &str, label: Label, italic: bool, bold: bool) {
        let s = if self.text.ends_with(' ') || self.text.is_empty() {
            s.trim_start()
        } else {
            s
        };
        if s.is_empty() {
            return;
        }
        let start = self.text.len();
        self.text.push_str(s);
        self.labels.extend(std::iter::repeat_n(label, s.len()));
        let r = start..self.text.len();
        if italic {
            self.italic.push(r.clone());
        }
        if bold {
            self.bold.push(r);
        }
    }

    fn space(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with(' ') {
            self.push(" ", Label::Other, false, false);
        }
    }
}

/// The record values a text or number element may show, with their labels.
fn candidates(e: &Entry) -> Vec<(Label, String)> {
    let thesis = matches!(
        e.kind,
        EntryType::PhdThesis | EntryType::MastersThesis | EntryType::TechReport
    );
    let mut out = Vec::new();
    let mut put = |l: Label, v: &Option<String>| {
        if let Some(v) = v {
            out.push((l, v.replace("--", "–")));
        }
    };
    put(Label::Title, &e.title);
    put(
        if thesis {
            Label::Publisher
        } else {
            Label::Container
        },
        &e.container,
    );
    put(Label::Publisher, &e.publisher);
    put(Label::Location, &e.address);
    put(Label::Pages, &e.pages);
    put(Label::Volume, &e.volume);
    put(Label::Issue, &e.number);
    out
}

fn plain(children: &ElemChildren, out: &mut String) {
    for c in &children.0 {
        match c {
            ElemChild::Text(t) => out.push_str(&t.text),
            ElemChild::Markup(m) => out.push_str(m),
            ElemChild::Link { text, .. } => out.push_str(&text.text),
            ElemChild::Elem(e) => plain(&e.children, out),
            ElemChild::Transparent { .. } => {}
        }
    }
}

/// Where `value` is in `shown`, case-insensitively; pages from the first page number on.
fn find_value(label: Label, value: &str, shown: &str) -> Option<Range<usize>> {
    let lower = shown.to_lowercase();
    if lower.len() != shown.len() {
        return shown.find(value).map(|i| i..i + value.len());
    }
    if label == Label::Pages {
        let first = value.split('–').next()?;
        let i = lower.find(&first.to_lowercase())?;
        let end = shown
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_alphanumeric())
            .map(|(j, c)| j + c.len_utf8())?;
        return (end > i).then_some(i..end);
    }
    let v = value.to_lowercase();
    let i = lower.find(&v)?;
    Some(i..i + v.len())
}

struct Walk<'a> {
    entry: &'a Entry,
    candidates: Vec<(Label, String)>,
    out: Builder,
    /// Where the author list starts, where the first author's name ends and where the
    /// author list ends.
    authors_start: Option<usize>,
    first_author_end: Option<usize>,
    authors_end: Option<usize>,
    /// Where the first date ends.
    date_end: Option<usize>,
}

impl Walk<'_> {
    fn walk(&mut self, children: &ElemChildren, label: Label, bold: bool) {
        for c in &children.0 {
            match c {
                ElemChild::Text(t) => {
                    let italic = matches!(
                        t.formatting.font_style,
                        hayagriva::citationberg::FontStyle::Italic
                    );
                    self.out.push(&t.text, label, italic, bold);
                }
                ElemChild::Markup(m) => self.out.push(m, label, false, bold),
                ElemChild::Link { text, .. } => self.out.push(&text.text, label, false, bold),
                ElemChild::Transparent { .. } => {}
                ElemChild::Elem(el) => {
                    if el.display.is_some() {
                        self.out.space();
                    }
                    match &el.meta {
                        Some(ElemMeta::CitationNumber | ElemMeta::CitationLabel) => {}
                        Some(ElemMeta::Names(names)) => {
                            let l = match names.first().map(|n| n.1) {
                                Some(NameVariable::Author) => Label::Author,
                                Some(NameVariable::Editor) => Label::Editor,
                                _ => Label::Other,
                            };
                            if l == Label::Author {
                                self.authors_start.get_or_insert(self.out.text.len());
                            }
                            self.walk(&el.children, l, bold);
                            if l == Label::Author {
                                self.authors_end.get_or_insert(self.out.text.len());
                            }
                        }
                        Some(ElemMeta::Name(NameVariable::Author, i)) => {
                            let marks = self
                                .entry
                                .authors
                                .get(*i)
                                .map(|a| a.marks)
                                .unwrap_or_default();
                            self.walk(&el.children, label, bold || marks.highlight);
                            if marks.equal {
                                self.out.push("*", label, false, false);
                            }
                            if *i == 0 {
                                self.first_author_end = Some(self.out.text.len());
                            }
                        }
                        Some(ElemMeta::Date) => {
                            self.walk(&el.children, Label::Date, bold);
                            self.date_end.get_or_insert(self.out.text.len());
                        }
                        Some(ElemMeta::Text | ElemMeta::Number) if label == Label::Other => {
                            let mut shown = String::new();
                            plain(&el.children, &mut shown);
                            let start = self.out.text.len();
                            self.walk(&el.children, Label::Other, bold);
                            let written = &self.out.text[start..];
                            let found = self
                                .candidates
                                .iter()
                                .find_map(|(l, v)| find_value(*l, v, written).map(|r| (*l, r)));
                            if let Some((l, r)) = found {
                                for b in &mut self.out.labels[start + r.start..start + r.end] {
                                    *b = l;
                                }
                            }
                        }
                        _ => self.walk(&el.children, label, bold),
                    }
                    if el.display.is_some() {
                        self.out.space();
                    }
                }
            }
        }
    }
}

/// Variations a style would not make by itself but lists do.
#[derive(Debug, Clone, Copy, Default)]
pub struct Variation {
    /// Cut the author list after the first author and write "et al.".
    pub et_al: bool,
    /// A letter after the year (`2019a`).
    pub year_suffix: bool,
    /// No italics or bold, as in a plain-text list.
    pub plain: bool,
    /// The author list replaced by a dash, as lists do for the same authors again.
    pub dash: Option<&'static str>,
}

/// Renders `entry` in `style` and labels every token; `None` if the style has no
/// bibliography layout.
pub fn example(entry: &Entry, style: &LoadedStyle, var: Variation) -> Option<Example> {
    let tree = crate::render::entry_tree(entry, style)?;
    let mut w = Walk {
        entry,
        candidates: candidates(entry),
        out: Builder::default(),
        authors_start: None,
        first_author_end: None,
        authors_end: None,
        date_end: None,
    };
    w.walk(&tree, Label::Other, false);
    let mut b = w.out;
    if let (Some(dash), Some(0), Some(end)) = (var.dash, w.authors_start, w.authors_end) {
        // Alone: the other variations' positions would move.
        splice(&mut b, 0..end, dash, Label::Author);
    } else if var.year_suffix
        && let Some(end) = w.date_end
        && let Some(i) = b.text[..end].rfind(|c: char| c.is_ascii_digit())
        && i >= 3
        && b.text.as_bytes()[i - 3..=i].iter().all(u8::is_ascii_digit)
    {
        splice(&mut b, i + 1..i + 1, "a", Label::Date);
    }
    if var.dash.is_none()
        && var.et_al
        && entry.authors.len() >= 3
        && let (Some(first), Some(end)) = (w.first_author_end, w.authors_end)
        && first < end
    {
        let sep = if b.text[..first].ends_with('.') {
            " "
        } else {
            ", "
        };
        splice(&mut b, first..end, &format!("{sep}et al."), Label::Author);
    }
    if var.plain {
        b.italic.clear();
        b.bold.clear();
    }
    let text = b.text.trim_end().to_string();
    let tokens = tokenize(&text);
    let labels = tokens.iter().map(|t| b.labels[t.range.start]).collect();
    Some(Example {
        text: RichText {
            text,
            bold: b.bold,
            italic: b.italic,
            ..RichText::default()
        },
        labels,
    })
}

/// Replaces `range` of the built text with `with`, labelled `label`, moving the markup.
fn splice(b: &mut Builder, range: Range<usize>, with: &str, label: Label) {
    let (start, removed) = (range.start, range.len());
    b.text.replace_range(range.clone(), with);
    b.labels
        .splice(range.clone(), std::iter::repeat_n(label, with.len()));
    let shift = |p: usize| {
        if p >= range.end {
            p - removed + with.len()
        } else {
            p.min(start + with.len())
        }
    };
    for r in b.italic.iter_mut().chain(b.bold.iter_mut()) {
        *r = shift(r.start)..shift(r.end);
    }
    b.italic.retain(|r| !r.is_empty());
    b.bold.retain(|r| !r.is_empty());
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Seed of the record generator.
    pub seed: u64,
    /// Records rendered per style.
    pub per_style: usize,
    /// Passes over the data.
    pub epochs: usize,
    /// The share of words hidden from the model while it learns.
    pub hide_words: f64,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            seed: 2026,
            per_style: 300,
            epochs: 6,
            hide_words: 0.25,
        }
    }
}

/// Builds the training set: `per_style` records in every bundled style.
pub fn examples(settings: &Settings) -> Vec<Example> {
    let mut rng = Rng::new(settings.seed);
    let mut out = Vec::new();
    for listing in style::list() {
        let Ok(st) = style::load(&listing.name) else {
            continue;
        };
        for _ in 0..settings.per_style {
            let e = synth::record(&mut rng);
            let var = Variation {
                et_al: rng.chance(0.12),
                year_suffix: rng.chance(0.05),
                plain: rng.chance(0.5),
                dash: rng
                    .chance(0.03)
                    .then(|| rng.pick(&["———", "---", "——", "—"])),
            };
            if let Some(ex) = example(&e, &st, var) {
                out.push(ex);
            }
        }
    }
    out
}

/// Trains a model on `data`; `progress` hears the error rate of each epoch.
pub fn train(data: &[Example], settings: &Settings, mut progress: impl FnMut(usize, f64)) -> Model {
    let mut rng = Rng::new(settings.seed ^ 0x5eed);
    let feats: Vec<Features> = data
        .iter()
        .map(|ex| {
            let tokens = tokenize(&ex.text.text);
            let known: Vec<bool> = tokens
                .iter()
                .map(|_| !rng.chance(settings.hide_words))
                .collect();
            features_with(&ex.text, &tokens, &|i| known[i])
        })
        .collect();
    let mut trainer = Trainer::new();
    let mut order: Vec<usize> = (0..data.len()).collect();
    for epoch in 0..settings.epochs {
        // Shuffle (Fisher-Yates) so that styles are interleaved.
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        let (mut wrong, mut total) = (0, 0);
        for &i in &order {
            wrong += trainer.learn(&feats[i], &data[i].labels);
            total += data[i].labels.len();
        }
        progress(epoch, wrong as f64 / total.max(1) as f64);
    }
    trainer.finish()
}

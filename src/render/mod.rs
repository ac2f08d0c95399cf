//! Render: entries in any CSL style to HTML, Markdown, LaTeX or text, with the owner in
//! bold and the co-first and corresponding marks after the marked authors, in every style.
//!
//! Each entry is rendered on its own by hayagriva (one driver per entry: hayagriva's
//! multi-entry path is quadratic), in parallel; publist orders, numbers and groups the
//! results itself. The rendered tree is flattened into runs ([`runs`]) where each author is
//! known by position, and written by publist's own escaping writers ([`write`]).
//!
//! ```
//! use publist::render::{self, Options, Target};
//! let list = "1. **Lin, M.**\\*, Ye, J.\\* (2016). A Title. Journal of Things, 3(2), 1-9.\n\n\\* Equal contribution\n";
//! let entries = publist::extract::extract(list, &publist::extract::Options::markdown("cv.md")).entries;
//! let opts = Options::new(render::style::load("apa").unwrap(), Target::Html);
//! let html = render::render(&entries, &opts).unwrap();
//! assert!(html.contains("<strong>Lin, M.</strong><sup class=\"mark\">*</sup>"));
//! ```

pub mod biblatex;
pub mod layout;
pub mod runs;
pub mod style;
pub mod write;

use std::collections::BTreeMap;
use std::sync::LazyLock;

use hayagriva::citationberg::{Locale, LocaleCode};
use hayagriva::{BibliographyDriver, BibliographyRequest, CitationItem, CitationRequest};
use rayon::prelude::*;

use crate::model::{Entry, Marks, Person};
use layout::{Document, Group, GroupBy, Item, LegendText, Order, Selector};
use runs::{MarkSymbols, NameMarks, flatten};
use style::LoadedStyle;

/// Errors of the render stage.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// No style has this name, and no such file exists.
    #[error("unknown style `{0}` (see `publist styles`)")]
    UnknownStyle(String),
    /// A style file cannot be used.
    #[error("{path}: {message}")]
    BadStyle {
        /// The file or name.
        path: String,
        /// What is wrong (with line and column when the XML is broken).
        message: String,
    },
    /// A file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// A `--select` filter that does not parse.
    #[error("--select: {0}")]
    BadSelect(String),
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// HTML (a fragment, or a page with `standalone`).
    Html,
    /// Markdown.
    Markdown,
    /// LaTeX (a list, or a document with `standalone`).
    Latex,
    /// Plain text.
    Text,
}

/// What and how to render.
#[derive(Debug, Clone)]
pub struct Options {
    /// The style.
    pub style: LoadedStyle,
    /// The output format.
    pub target: Target,
    /// The owner's names (a name and its variants), highlighted in every entry.
    pub owner: Vec<Person>,
    /// Grouping.
    pub group_by: GroupBy,
    /// Order.
    pub order: Order,
    /// Which entries.
    pub select: Option<Selector>,
    /// Mark symbols.
    pub symbols: MarkSymbols,
    /// Whether a legend follows a list that uses marks.
    pub legend: bool,
    /// The legend's words.
    pub legend_text: LegendText,
    /// Whether links (`[PDF]`, `[Code]`...) follow each entry.
    pub links: bool,
    /// A whole HTML page or LaTeX document.
    pub standalone: bool,
    /// The locale (`en-US`, `de-DE`); default: the style's.
    pub locale: Option<String>,
    /// Group headings by group key (`article`, `inproceedings`, `preprint`...).
    pub headings: BTreeMap<String, String>,
    /// The page title (standalone output).
    pub title: Option<String>,
}

impl Options {
    /// Defaults: grouped by type, newest first, `*` and `†`, legend and links on.
    pub fn new(style: LoadedStyle, target: Target) -> Options {
        Options {
            style,
            target,
            owner: Vec::new(),
            group_by: GroupBy::Type,
            order: Order::Newest,
            select: None,
            symbols: MarkSymbols::default(),
            legend: true,
            legend_text: LegendText::default(),
            links: true,
            standalone: false,
            locale: None,
            headings: BTreeMap::new(),
            title: None,
        }
    }
}

static LOCALES: LazyLock<Vec<Locale>> = LazyLock::new(hayagriva::archive::locales);

/// publist's CV style, for styles that have no bibliography layout.
static CV_STYLE: LazyLock<Result<LoadedStyle, String>> =
    LazyLock::new(|| style::load("publist-cv").map_err(|e| e.to_string()));

/// An alphabetic label in the `alpha` manner: the first three letters of the first
/// author's family name (initials of up to four authors) and the year's last two digits.
fn alpha_label(e: &Entry) -> String {
    let names: Vec<&Person> = e
        .authors
        .iter()
        .map(|a| &a.name)
        .filter(|p| !p.is_others())
        .collect();
    let letters: String = match names.as_slice() {
        [] => e
            .title
            .as_deref()
            .unwrap_or("Anon")
            .chars()
            .filter(|c| c.is_alphabetic())
            .take(3)
            .collect(),
        [one] => one
            .family
            .chars()
            .filter(|c| c.is_alphabetic())
            .take(3)
            .collect(),
        many => {
            many.iter()
                .take(4)
                .filter_map(|p| p.family.chars().find(|c| c.is_alphabetic()))
                .collect::<String>()
                + if many.len() > 4 { "+" } else { "" }
        }
    };
    let year = e
        .year
        .as_deref()
        .map(|y| y.chars().filter(char::is_ascii_digit).collect::<String>())
        .unwrap_or_default();
    let yy = year.get(year.len().saturating_sub(2)..).unwrap_or("");
    format!("{letters}{yy}")
}

/// Renders entries to the target format.
pub fn render(entries: &[Entry], opts: &Options) -> Result<String, Error> {
    let doc = document(entries, opts)?;
    Ok(match opts.target {
        Target::Html => write::html(&doc, opts.standalone),
        Target::Markdown => write::markdown(&doc),
        Target::Latex => write::latex(&doc, opts.standalone),
        Target::Text => write::text(&doc),
    })
}

/// Marks the owner (by name) in each entry; returns the entries with highlights set.
pub fn mark_owner(entries: &[Entry], owner: &[Person]) -> Vec<Entry> {
    let mut out = entries.to_vec();
    if owner.is_empty() {
        return out;
    }
    for e in &mut out {
        for a in &mut e.authors {
            if owner.iter().any(|o| o.same_as(&a.name)) {
                a.marks.highlight = true;
            }
        }
    }
    out
}

/// The marks of each editor: from `editor+an`, and the owner's by name.
fn editor_marks(e: &Entry, owner: &[Person]) -> Vec<Marks> {
    let mut marks = vec![Marks::default(); e.editors.len()];
    if let Some(an) = e.extra_field("editor+an") {
        for (i, m) in crate::bib::parse_annotations(an) {
            if let Some(slot) = marks.get_mut(i) {
                *slot = m;
            }
        }
    }
    for (m, name) in marks.iter_mut().zip(&e.editors) {
        if owner.iter().any(|o| o.same_as(name)) {
            m.highlight = true;
        }
    }
    marks
}

/// Renders entries into a [`Document`] (selected, ordered, grouped, numbered).
pub fn document(entries: &[Entry], opts: &Options) -> Result<Document, Error> {
    let entries = mark_owner(entries, &opts.owner);
    let mut idx: Vec<usize> = (0..entries.len())
        .filter(|&i| opts.select.as_ref().is_none_or(|s| s.matches(&entries[i])))
        .collect();
    let style_order = (opts.order == Order::Style).then(|| style_order(&entries, &idx, opts));
    layout::order(&entries, &mut idx, opts.order, style_order.as_deref());
    let groups = layout::group(&entries, &idx, opts.group_by, &opts.headings);

    // Number in display order, then render every entry in parallel.
    let numbered: Vec<(usize, usize)> = groups
        .iter()
        .flat_map(|(_, v)| v.iter().copied())
        .enumerate()
        .map(|(n, i)| (i, n + 1))
        .collect();
    let locale = opts
        .locale
        .clone()
        .map(LocaleCode)
        .or_else(|| opts.style.locale.clone());
    let rendered: BTreeMap<usize, Item> = numbered
        .par_iter()
        .map(|&(i, n)| (i, render_entry(&entries[i], n, opts, locale.clone())))
        .collect();
    let numbered_style = rendered.values().any(|it| !it.label.is_empty());
    let used: Vec<&Entry> = idx.iter().map(|&i| &entries[i]).collect();
    Ok(Document {
        title: opts.title.clone(),
        numbered: numbered_style,
        legend: if opts.legend {
            layout::legend(
                &used,
                &opts.symbols.equal,
                &opts.symbols.corresponding,
                &opts.legend_text,
            )
        } else {
            None
        },
        groups: groups
            .into_iter()
            .map(|(heading, v)| Group {
                heading,
                items: v.iter().filter_map(|i| rendered.get(i).cloned()).collect(),
            })
            .collect(),
    })
}

/// The CSL-JSON item hayagriva renders for an entry: arXiv ids get a number and a link,
/// since most styles print neither `eprint` nor `archive`.
pub fn csl_item(e: &Entry) -> hayagriva::citationberg::json::Item {
    use crate::model::EntryType;
    let mut v = crate::io::csl_item(e);
    if let serde_json::Value::Object(m) = &mut v {
        m.remove("custom");
        // Theses and reports: the school or institution is the publisher in CSL.
        if matches!(
            e.kind,
            EntryType::PhdThesis | EntryType::MastersThesis | EntryType::TechReport
        ) && let Some(c) = m.remove("container-title")
        {
            m.entry("publisher").or_insert(c);
        }
        // A venue that already names its acronym needs no second copy of it.
        if let (Some(c), Some(a)) = (&e.container, e.extra_field("abbr"))
            && c.contains(a)
        {
            m.remove("container-title-short");
        }
        match e.kind {
            EntryType::PhdThesis => {
                m.insert("genre".into(), "Doctoral dissertation".into());
            }
            EntryType::MastersThesis => {
                m.insert("genre".into(), "Master's thesis".into());
            }
            _ => {}
        }
        if let Some(id) = &e.eprint {
            let arxiv_venue = e
                .container
                .as_deref()
                .is_none_or(|c| c.to_ascii_lowercase().contains("arxiv"));
            if arxiv_venue && !matches!(e.kind, EntryType::Article | EntryType::InProceedings) {
                m.remove("container-title");
                m.insert("number".into(), format!("arXiv:{id}").into());
                m.insert("publisher".into(), "arXiv".into());
                m.insert("genre".into(), "Preprint".into());
            }
            m.entry("URL")
                .or_insert_with(|| format!("https://arxiv.org/abs/{id}").into());
        }
    }
    serde_json::from_value(v)
        .unwrap_or_else(|_| hayagriva::citationberg::json::Item(Default::default()))
}

/// hayagriva's rendered tree of one entry's bibliography item in `style` (without the
/// citation number), or `None` for a style without a bibliography layout. The tagger's
/// training labels its leaves.
pub fn entry_tree(e: &Entry, style: &LoadedStyle) -> Option<hayagriva::ElemChildren> {
    let item = csl_item(e);
    let mut driver = BibliographyDriver::new();
    driver.citation(CitationRequest::new(
        vec![CitationItem::with_entry(&item)],
        &style.style,
        style.locale.clone(),
        &LOCALES,
        None,
    ));
    let rendered = driver.finish(BibliographyRequest::new(
        &style.style,
        style.locale.clone(),
        &LOCALES,
    ));
    rendered
        .bibliography
        .and_then(|b| b.items.into_iter().next())
        .map(|it| it.content)
}

/// Renders one entry as item number `n`.
fn render_entry(e: &Entry, n: usize, opts: &Options, locale: Option<LocaleCode>) -> Item {
    let item = csl_item(e);
    let style = &opts.style.style;
    let mut driver = BibliographyDriver::new().with_citation_number_offset(n - 1);
    driver.citation(CitationRequest::new(
        vec![CitationItem::with_entry(&item)],
        style,
        locale.clone(),
        &LOCALES,
        None,
    ));
    let rendered = driver.finish(BibliographyRequest::new(style, locale, &LOCALES));
    let authors: Vec<Marks> = e.authors.iter().map(|a| a.marks).collect();
    let editors = editor_marks(e, &opts.owner);
    let marks = NameMarks {
        authors: &authors,
        editors: &editors,
    };
    let (label, body) = match rendered
        .bibliography
        .and_then(|b| b.items.into_iter().next())
    {
        Some(it) => (
            it.first_field
                .map(|f| flatten(&hayagriva::ElemChildren(vec![f]), marks, &opts.symbols))
                .unwrap_or_default(),
            flatten(&it.content, marks, &opts.symbols),
        ),
        // A style without a bibliography (alphanumeric) only makes labels: the label,
        // then the entry in publist's CV style.
        None => {
            let cv = CV_STYLE.as_ref().expect("the shipped CV style loads");
            let mut sub = opts.clone();
            sub.style = cv.clone();
            let body = render_entry(e, n, &sub, None).body;
            (
                vec![runs::Run {
                    text: format!("[{}]", alpha_label(e)),
                    style: runs::RunStyle::default(),
                    kind: runs::RunKind::Text,
                }],
                body.into_iter()
                    .skip_while(|r| r.text.starts_with('['))
                    .collect(),
            )
        }
    };
    let links = if opts.links {
        shown_links(e, &body)
    } else {
        Vec::new()
    };
    Item {
        key: e.key.clone(),
        label,
        body,
        links,
    }
}

/// Links shown after an entry: all but those the style already printed.
fn shown_links(e: &Entry, body: &[runs::Run]) -> Vec<crate::model::Link> {
    let printed = |url: &str| {
        body.iter().any(|r| match &r.kind {
            runs::RunKind::Link(u) => u == url,
            _ => r.text.contains(url),
        })
    };
    e.links
        .iter()
        .filter(|l| !printed(&l.url))
        .cloned()
        .collect()
}

/// The style's own order of the selected entries (one request for all: fine at CV size).
fn style_order(entries: &[Entry], idx: &[usize], opts: &Options) -> Vec<usize> {
    let items: Vec<_> = idx.iter().map(|&i| csl_item(&entries[i])).collect();
    let style = &opts.style.style;
    let mut driver = BibliographyDriver::new();
    driver.citation(CitationRequest::from_items(
        items.iter().map(CitationItem::with_entry).collect(),
        style,
        &LOCALES,
    ));
    let rendered = driver.finish(BibliographyRequest::new(
        style,
        opts.style.locale.clone(),
        &LOCALES,
    ));
    let Some(b) = rendered.bibliography else {
        return idx.to_vec();
    };
    b.items
        .iter()
        .filter_map(|it| idx.iter().copied().find(|&i| entries[i].key == it.key))
        .collect()
}

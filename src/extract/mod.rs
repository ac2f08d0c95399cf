//! Extraction: free-text publication lists and whole CVs to [`Entry`] values.
//!
//! The work happens in layers: [`document`] splits a file into headings, items and
//! paragraphs; [`sections`] decides which of them are in a publication section; [`inline`]
//! reads the markup of each item; [`reference`] parses one reference; [`legend`],
//! [`owner`] and [`key`] then work on the whole list.
//!
//! ```
//! let list = "## Publications\n1. **Lin, M.**\\*, Ye, J.\\* (2016). A Title. In Proc. of NeurIPS.\n\n\\* Equal contribution\n";
//! let out = publist::extract::extract(list, &publist::extract::Options::markdown("cv.md"));
//! assert_eq!(out.entries.len(), 1);
//! let e = &out.entries[0];
//! assert!(e.authors[0].marks.highlight && e.authors[0].marks.equal && e.authors[1].marks.equal);
//! assert_eq!(e.key, "lin2016title");
//! ```

pub mod document;
pub mod fields;
pub mod inline;
pub mod key;
pub mod legend;
pub mod names;
pub mod owner;
pub mod reference;
pub mod scan;
pub mod sections;
pub mod tagger;
pub mod tidy;

use std::sync::LazyLock;

use regex::Regex;

pub use document::Format;

use crate::diag::{Diagnostic, LineIndex, Severity};
use crate::model::{Entry, Person};
use document::{Block, BlockKind, Marker};
use legend::Legend;
use sections::SectionTracker;

/// Tenths of a list's entries that the rules and the tagger must read alike for the
/// rules to be trusted on the rest.
const TRUST_RULES_SHARE: usize = 7;

/// Errors that stop extraction of a whole input.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is binary, not text.
    #[error("{file}: not a text file (binary data at byte {offset})")]
    Binary {
        /// The file.
        file: String,
        /// Where the first NUL byte is.
        offset: usize,
    },
}

/// How to read one input.
#[derive(Debug, Clone)]
pub struct Options {
    /// The name used in diagnostics.
    pub file: String,
    /// The markup.
    pub format: Format,
    /// The owner to highlight, whatever the list bolds.
    pub owner: Option<Person>,
}

impl Options {
    /// Options for a file, with the format taken from its extension.
    pub fn for_path(file: &str) -> Options {
        Options {
            file: file.to_string(),
            format: Format::from_path(file),
            owner: None,
        }
    }

    /// Options for Markdown input named `file`.
    pub fn markdown(file: &str) -> Options {
        Options {
            file: file.to_string(),
            format: Format::Markdown,
            owner: None,
        }
    }
}

/// The entries found in one input, and what publist wants to tell about them.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// Entries in document order, with unique keys.
    pub entries: Vec<Entry>,
    /// Warnings and notes, in document order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Decodes raw bytes: UTF-8 (with or without BOM), else Latin-1; binary data is an error.
pub fn decode(bytes: &[u8], file: &str) -> Result<(String, Option<Diagnostic>), Error> {
    if let Some(offset) = bytes.iter().take(1 << 16).position(|&b| b == 0) {
        return Err(Error::Binary {
            file: file.to_string(),
            offset,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), None)),
        Err(e) => {
            let text: String = bytes.iter().map(|&b| b as char).collect();
            let prefix = String::from_utf8_lossy(&bytes[..e.valid_up_to()]);
            let idx = LineIndex::new(&prefix);
            let (line, column) = idx.position(prefix.len());
            let d = Diagnostic {
                severity: Severity::Warning,
                file: file.to_string(),
                line,
                column,
                message: "not valid UTF-8; read as Latin-1".into(),
            };
            Ok((text, Some(d)))
        }
    }
}

static LOOKS_LIKE_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::fields::re(
        r"(?i)(?:^|\D)(?:1[6-9]|20)\d\d(?:\D|$)|\bin press\b|\bforthcoming\b|\bsubmitted\b|\bunder review\b|\bunder revision\b|\bin preparation\b|\bto appear\b|\bpreprint\b|\barxiv:\s*\d{4}\.\d{4,5}|\b10\.\d{4,9}/\S",
    )
});

/// A page's furniture, which a date does not make a reference: "Last updated May 2024",
/// "© 2024 Ann Lee", "Template by ...".
static PAGE_FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::fields::re(
        r"(?i)^\W*(?:last (?:updated?|modified|change[d]?)|updated (?:on|in)\b|copyright\b|©|\(c\) \d|all rights reserved|powered by|(?:website |site |page )?(?:template|theme|design) (?:by|from)\b)",
    )
});

/// A candidate item with its position.
struct Item {
    text: String,
    offset: usize,
    marker: Option<Marker>,
    indent: usize,
    hint: Option<crate::model::EntryType>,
}

/// The page's own name, for an owner the entries leave open: an HTML page's `<title>`
/// and the document's first heading.
fn page_name(source: &str, blocks: &[Block], format: Format) -> String {
    static TITLE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?is)<title[^>]*>(.{0,300}?)</title>").unwrap());
    let mut name = String::new();
    // The title stands in the head, near the start.
    let mut head = source.len().min(20_000);
    while !source.is_char_boundary(head) {
        head -= 1;
    }
    if format == Format::Html
        && let Some(c) = TITLE.captures(&source[..head])
    {
        name.push_str(&c[1]);
    }
    if let Some(h) = blocks
        .iter()
        .find(|b| matches!(b.kind, BlockKind::Heading(_)))
    {
        name.push(' ');
        name.push_str(&h.text);
    }
    // Separators and markup around the words are no part of them.
    name.replace(['|', '-', '–', '—', ':', '#', '*', '<', '>', '/'], " ")
}

/// Extracts the publications from one document.
pub fn extract(source: &str, opts: &Options) -> Extraction {
    let blocks = document::blocks(source, opts.format);
    let index = LineIndex::new(source);
    let mut out = Extraction::default();
    let mut legend = Legend::default();
    let items = publication_items(&blocks, opts.format, &mut legend);
    let diag = |out: &mut Extraction, offset: usize, severity: Severity, message: String| {
        let (line, column) = index.position(offset);
        out.diagnostics.push(Diagnostic {
            severity,
            file: opts.file.clone(),
            line,
            column,
            message,
        });
    };
    let mut any_bold = false;
    let mut coauthor_lists = false;
    // Entries of one list share one style: when the rules and the tagger agree on most
    // of them, the rules know this style, and their complete readings are trusted. Only
    // the readings that this decides wait for it; the others are chosen at once, so
    // that a long list does not hold two readings of every entry.
    let mut agreeing = 0;
    let readings: Vec<Reading> = items
        .iter()
        .map(|item| {
            let r = reference::read(inline::parse(&composed(&item.text), opts.format), item.hint);
            // Readers that agree never wait: the rules' reading is taken either way.
            let agrees = r.rules_complete() && r.titles_agree();
            if agrees {
                agreeing += 1;
            }
            if !agrees && r.waits_for_trust() {
                Reading::Open(Box::new(r))
            } else {
                Reading::Chosen(r.choose(false))
            }
        })
        .collect();
    let trust_rules = agreeing * 10 >= readings.len() * TRUST_RULES_SHARE;
    for (item, reading) in items.into_iter().zip(readings) {
        let parsed = match reading {
            Reading::Chosen(parsed) => parsed,
            Reading::Open(r) => r.choose(trust_rules),
        };
        let mut e = parsed.entry;
        if parsed.repeats_authors && e.authors.is_empty() {
            match out.entries.last() {
                Some(previous) if !previous.authors.is_empty() => {
                    e.authors = previous.authors.clone();
                }
                _ => diag(
                    &mut out,
                    item.offset,
                    Severity::Warning,
                    "a dash stands for the authors of the entry before, but there is none".into(),
                ),
            }
        }
        for (a, s) in e.authors.iter_mut().zip(&parsed.symbols) {
            legend.apply(s, &mut a.marks);
        }
        any_bold |= e.authors.iter().any(|a| a.marks.highlight);
        coauthor_lists |= parsed.coauthors_only;
        for (s, a) in parsed.symbols.iter().zip(&e.authors) {
            for c in s.chars().filter(|c| !legend.explains(*c) && *c != '*') {
                let meaning = legend.meaning(c);
                diag(
                    &mut out,
                    item.offset,
                    Severity::Note,
                    format!(
                        "mark `{c}` after {} has no legend; read as {meaning:?}",
                        a.name
                    ),
                );
            }
        }
        for u in &parsed.unplaced {
            diag(
                &mut out,
                item.offset,
                Severity::Warning,
                format!("could not place `{u}`; kept in note"),
            );
        }
        if e.title.is_none() {
            diag(
                &mut out,
                item.offset,
                Severity::Warning,
                "no title found".into(),
            );
        }
        // An edited book's editors stand in for its authors.
        if e.authors.is_empty() && e.editors.is_empty() {
            diag(
                &mut out,
                item.offset,
                Severity::Warning,
                "no authors found".into(),
            );
        }
        if e.year.is_none() {
            diag(
                &mut out,
                item.offset,
                Severity::Warning,
                "no year found".into(),
            );
        }
        let (line, column) = index.position(item.offset);
        e.span = crate::model::Span {
            start: item.offset,
            end: item.offset + item.text.len(),
            line,
            column,
        };
        out.entries.push(e);
    }
    if let Some(owner) = &opts.owner {
        let hits = owner::mark_owner(&mut out.entries, owner);
        if hits == 0 && !out.entries.is_empty() {
            diag(
                &mut out,
                0,
                Severity::Warning,
                format!("owner `{owner}` matches no author"),
            );
        }
    } else if any_bold && let Some(owner) = owner::bolded_owner(&out.entries) {
        // The owner where an entry forgot to bold them.
        let unbolded: Vec<usize> = out
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                !e.authors.iter().any(|a| a.marks.highlight)
                    && e.authors.iter().any(|a| owner::may_be(&a.name, &owner))
                    && e.authors.iter().any(|a| a.name.same_as(&owner))
            })
            .map(|(i, _)| i)
            .collect();
        for i in unbolded {
            let e = &mut out.entries[i];
            for a in e
                .authors
                .iter_mut()
                .filter(|a| owner::may_be(&a.name, &owner) && a.name.same_as(&owner))
            {
                a.marks.highlight = true;
            }
            let at = e.span.start;
            diag(
                &mut out,
                at,
                Severity::Note,
                format!("`{owner}` is not bold here; highlighted as in the rest of the list"),
            );
        }
    } else if !any_bold
        // Lists that name only the co-authors ("with Ana Ruiz") leave the owner out: the
        // most frequent name there is a co-author's.
        && !coauthor_lists
        && let Some((owner, n)) =
            owner::infer_owner(&out.entries, &page_name(source, &blocks, opts.format))
    {
        owner::mark_owner(&mut out.entries, &owner);
        let total = out.entries.len();
        diag(
            &mut out,
            0,
            Severity::Note,
            format!("no bold author; owner inferred as `{owner}` (in {n} of {total} entries)"),
        );
    }
    key::assign_keys(&mut out.entries);
    if out.entries.is_empty() {
        diag(
            &mut out,
            0,
            Severity::Warning,
            "no publications found".into(),
        );
    }
    out
}

/// One entry's reading while the rest of its list is read.
#[expect(
    clippy::large_enum_variant,
    reason = "most entries are chosen at once; only the few open ones are boxed"
)]
enum Reading {
    /// Chosen already: the list's style does not change it.
    Chosen(reference::ParsedReference),
    /// Both readings, until the list shows whether its rules are trusted.
    Open(Box<reference::Readings>),
}

/// Whether block `i` is a list item next to an item of the same list that is dated.
fn in_dated_list(blocks: &[Block], i: usize) -> bool {
    let BlockKind::Item(marker) = blocks[i].kind else {
        return false;
    };
    let dated_sibling = |j: usize| {
        blocks.get(j).is_some_and(|b| {
            b.kind == BlockKind::Item(marker)
                && b.indent == blocks[i].indent
                && LOOKS_LIKE_REFERENCE.is_match(&b.text)
        })
    };
    (i > 0 && dated_sibling(i - 1)) || dated_sibling(i + 1)
}

/// Whether paragraph `i` has a dated paragraph right before or after it.
fn next_to_dated_line(blocks: &[Block], i: usize) -> bool {
    let dated = |j: usize| {
        blocks.get(j).is_some_and(|b| {
            b.kind == BlockKind::Paragraph && LOOKS_LIKE_REFERENCE.is_match(&b.text)
        })
    };
    (i > 0 && dated(i - 1)) || dated(i + 1)
}

/// `text` with its accents composed (NFC): "Mu\u{308}ller" is read as "Müller", so that
/// a combining mark never splits a name.
fn composed(text: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => std::borrow::Cow::Borrowed(text),
        _ => std::borrow::Cow::Owned(text.nfc().collect()),
    }
}

/// The level and plain text of a heading block, or of a paragraph that is only a
/// section's name ("Selected Publications", "Invited Talks" on a line of their own in
/// plain text); such a paragraph ranks below every marked heading.
fn heading_level(b: &Block, format: Format) -> Option<(u8, String)> {
    match b.kind {
        BlockKind::Heading(level) => Some((level, inline::parse(&b.text, format).text)),
        BlockKind::Paragraph if b.text.len() < 60 && b.text.split_whitespace().count() <= 5 => {
            let text = inline::parse(&b.text, format).text;
            let named = !text.contains(['.', ',', '(', ':'])
                && !LOOKS_LIKE_REFERENCE.is_match(&text)
                && sections::classify_heading(&text) != sections::HeadingClass::Neutral;
            named.then_some((7, text))
        }
        _ => None,
    }
}

/// The blocks that are publications, merged where a PDF conversion split one entry.
fn publication_items(blocks: &[Block], format: Format, legend: &mut Legend) -> Vec<Item> {
    let has_pub_heading = blocks.iter().any(|b| {
        heading_level(b, format).is_some_and(|(_, text)| {
            matches!(
                sections::classify_heading(&text),
                sections::HeadingClass::Publications(_)
            )
        })
    });
    let mut tracker = SectionTracker::default();
    let mut items: Vec<Item> = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        if let Some((level, text)) = heading_level(b, format) {
            tracker.heading(level, &text);
            continue;
        }
        let text = inline::parse(&b.text, format).text;
        if legend.read_line(&text) && !LOOKS_LIKE_REFERENCE.is_match(&text) {
            continue;
        }
        if has_pub_heading && !tracker.in_publications() {
            continue;
        }
        let marker = match b.kind {
            BlockKind::Item(m) => Some(m),
            _ => None,
        };
        let dated = LOOKS_LIKE_REFERENCE.is_match(&text);
        // Continuations: a nested item under an entry, or a stray bullet after an
        // entry that a PDF conversion split.
        if let Some(prev) = items.last_mut() {
            let prev_dated = LOOKS_LIKE_REFERENCE.is_match(&prev.text);
            let prev_open = !prev.text.trim_end().ends_with(['.', ')', ']']);
            let nested = marker.is_some()
                && b.indent > prev.indent
                && prev.marker.is_some()
                && !(dated && text.len() > 60);
            let split = !prev_dated && prev_open && marker != prev.marker;
            if nested || split {
                prev.text.push(' ');
                prev.text.push_str(&b.text);
                continue;
            }
        }
        if text.chars().filter(|c| c.is_alphabetic()).count() < 15 || PAGE_FURNITURE.is_match(&text)
        {
            continue;
        }
        // Outside any publication heading only dated items count, and undated items of a
        // list of dated ones (a preprint without a year); in plain text every line is a
        // reference.
        if !has_pub_heading && !dated && format != Format::Text && !in_dated_list(blocks, i) {
            continue;
        }
        // A short undated paragraph is no reference, unless it is a line of a plain-text
        // list of dated ones ("———. Quincas Borba. In Obras Reunidas, 2: 311–402.").
        if !dated
            && marker.is_none()
            && text.len() < 60
            && !(format == Format::Text && next_to_dated_line(blocks, i))
        {
            continue;
        }
        items.push(Item {
            text: b.text.clone(),
            offset: b.offset,
            marker,
            indent: b.indent,
            hint: tracker.hint(),
        });
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntryType;

    fn text(s: &str) -> Extraction {
        extract(
            s,
            &Options {
                file: "list.txt".into(),
                format: Format::Text,
                owner: None,
            },
        )
    }

    #[test]
    fn a_dash_repeats_the_authors_of_the_entry_before() {
        let out = text(
            "Hesse, Hermann. 1951. Siddhartha. New York: New Directions.\n\
             ———. Steppenwolf. New York: Bantam Books, 1969.\n\
             ———. Quincas Borba. In Obras Reunidas, 2: 311–402.\n",
        );
        assert_eq!(out.entries.len(), 3, "{:?}", out.diagnostics);
        for e in &out.entries[1..] {
            assert_eq!(e.authors[0].name.family, "Hesse");
        }
        // The short undated line is a reference of the list, not dropped.
        assert_eq!(out.entries[2].title.as_deref(), Some("Quincas Borba"));
        assert_eq!(out.entries[2].pages.as_deref(), Some("311--402"));

        let out = text("———. Steppenwolf. New York: Bantam Books, 1969.\n");
        assert!(out.entries[0].authors.is_empty());
        assert!(
            out.diagnostics
                .iter()
                .any(|d| d.message.contains("a dash stands for the authors"))
        );
    }

    #[test]
    fn a_dated_footer_is_no_entry() {
        let out = text(
            "Lee, A. (2020). A study of things. Journal of Stuff, 3, 1-9.\n\
             Last updated November 2026.\n\
             © 2026 Ann Lee. All rights reserved.\n",
        );
        assert_eq!(out.entries.len(), 1, "{:?}", out.entries);
    }

    #[test]
    fn a_dash_before_a_name_is_a_bullet() {
        let out = text(
            "– Lee, A. (2019). Tests. Journal of Things, 3, 1-9.\n— Chen, B. (2020). More tests. Journal of Things, 4, 2-8.\n",
        );
        assert_eq!(out.entries.len(), 2);
        assert_eq!(out.entries[0].authors[0].name.family, "Lee");
        assert_eq!(out.entries[1].authors[0].name.family, "Chen");
    }

    #[test]
    fn a_section_name_on_a_line_of_its_own_is_a_heading_in_plain_text() {
        let out = text(
            "Ann Lee\n\n\
             Selected Publications\n\n\
             Lee, A. (2020). A study of things. Journal of Stuff, 3, 1-9.\n\n\
             Invited Talks\n\n\
             Lee, A. (2021). Things, studied. Talk at the University of Oslo, March 2021.\n",
        );
        assert_eq!(out.entries.len(), 1, "{:?}", out.entries);
        assert_eq!(out.entries[0].title.as_deref(), Some("A study of things"));
        // A journal section's name gives the entry type of what it holds.
        let out =
            text("Journal Articles\n\nLee, A. (2020). A study of things. Stuff Reports, 3, 1-9.\n");
        assert_eq!(out.entries.len(), 1, "{:?}", out.entries);
        assert_eq!(out.entries[0].kind, EntryType::Article);
    }

    #[test]
    fn co_authors_after_with_are_authors_and_no_owner_is_inferred() {
        let out = text(
            "“Trade and Wages” (with Ana Ruiz and Bo Li), Journal of Trade, 3, 2020, 1-9.\n\
             “Tariffs and Prices” (with Ana Ruiz), Review of Prices, 4, 2021, 10-19.\n\
             “Ports” (with Ana Ruiz), Journal of Trade, 5, 2022, 20-29.\n",
        );
        assert_eq!(out.entries.len(), 3);
        assert_eq!(out.entries[0].title.as_deref(), Some("Trade and Wages"));
        let families: Vec<&str> = out.entries[0]
            .authors
            .iter()
            .map(|a| a.name.family.as_str())
            .collect();
        assert_eq!(families, ["Ruiz", "Li"]);
        // Ana Ruiz is in every entry, but she is a co-author: the owner is left out.
        assert!(
            out.entries
                .iter()
                .all(|e| e.authors.iter().all(|a| !a.marks.highlight))
        );
    }

    #[test]
    fn a_short_undated_line_alone_is_no_reference() {
        let out = text("Curriculum vitae of Ann Lee\n");
        assert!(out.entries.is_empty());
    }

    #[test]
    fn a_venue_acronym_alone_is_the_venue_not_the_publisher() {
        let out = text(
            "Ann Lee and Bo Chen. Learning to segment things. In CVPR, 2019.\n\
             David Hoiem, Alexei Efros, and Martial Hebert. Putting objects in perspective. IJCV, 2008.\n\
             Ann Lee. A book of things. SIAM, 2001.\n",
        );
        let e = &out.entries;
        assert_eq!(e.len(), 3, "{:?}", out.diagnostics);
        assert_eq!(
            (e[0].kind, e[0].container.as_deref()),
            (EntryType::InProceedings, Some("CVPR"))
        );
        assert_eq!(
            (e[1].kind, e[1].container.as_deref()),
            (EntryType::Article, Some("IJCV"))
        );
        assert_eq!(e[0].publisher, None);
        assert_eq!(e[2].publisher.as_deref(), Some("SIAM"));
        assert_eq!(e[2].container, None);
    }

    #[test]
    fn a_subtitle_after_a_full_stop_stays_in_the_title() {
        let out = text(
            "Parent, A., and Hazrati, L.-N. (1995). Functional anatomy of the basal ganglia. I. The cortico-basal ganglia-thalamo-cortical loop. Brain Research Reviews 20, 91–127.\n",
        );
        let e = &out.entries[0];
        assert_eq!(
            e.title.as_deref(),
            Some(
                "Functional anatomy of the basal ganglia. I. The cortico-basal ganglia-thalamo-cortical loop"
            )
        );
        assert_eq!(e.container.as_deref(), Some("Brain Research Reviews"));
        assert_eq!(e.note, None);
    }

    #[test]
    fn a_link_without_its_scheme_is_a_link() {
        let out = text(
            "Lee, A. (2019). Other title here. Journal of Things, 3, 1-9. example.org/papers/lee2.pdf\n",
        );
        let e = &out.entries[0];
        assert_eq!(e.links.len(), 1);
        assert_eq!(e.links[0].url, "example.org/papers/lee2.pdf");
        assert_eq!(
            (e.volume.as_deref(), e.pages.as_deref()),
            (Some("3"), Some("1--9"))
        );
        assert_eq!(e.note, None);
    }
}

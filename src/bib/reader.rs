//! The .bib reader: BibTeX and biblatex files to [`Entry`] values, entry by entry.
//!
//! The biblatex crate's parser stops at the first error of a file, so the source is cut at
//! every line that starts with `@` and each piece is parsed on its own with
//! [`biblatex::RawBibliography`]. A broken entry becomes an error diagnostic with its
//! file:line:col; the others are still read. Raw values keep their byte spans, which
//! [`SourceMap`] hands on to the linter so that fixes touch exactly one span. Duplicate keys
//! are kept (the linter reports them).

use std::collections::HashMap;
use std::ops::Range;

use biblatex::{RawBibliography, RawChunk};
use rayon::prelude::*;
use unicode_normalization::UnicodeNormalization;

use super::annotation::parse_annotations;
use super::names::{parse_name, split_names};
use crate::diag::{Diagnostic, LineIndex, Severity};
use crate::extract::Format;
use crate::extract::inline;
use crate::model::{Author, Entry, EntryType, Field, Link, LinkKind, Span};

/// Where the parts of one .bib entry are in the file (byte ranges).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    /// The citation key.
    pub key: Range<usize>,
    /// Every field in source order: lower-case name and the span of its raw value
    /// (inside the braces or quotes when the value is one delimited piece).
    pub fields: Vec<(String, Range<usize>)>,
    /// Each author's name, in order.
    pub authors: Vec<Range<usize>>,
    /// Each editor's name, in order.
    pub editors: Vec<Range<usize>>,
}

impl SourceMap {
    /// The value span of a field, by lower-case name (the first one when repeated).
    pub fn field(&self, name: &str) -> Option<Range<usize>> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, r)| r.clone())
    }
}

/// One entry read from a .bib file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BibEntry {
    /// The entry, values decoded from LaTeX to Unicode.
    pub entry: Entry,
    /// The entry type as written (`@Article` gives `article`).
    pub raw_type: String,
    /// Where its parts are.
    pub map: SourceMap,
    /// Raw field values as written (abbreviations resolved), by lower-case name.
    pub raw: Vec<(String, String)>,
}

/// The result of reading one .bib file.
#[derive(Debug, Clone, Default)]
pub struct BibFile {
    /// Entries in file order (`@string`, `@preamble` and `@comment` are not entries).
    pub entries: Vec<BibEntry>,
    /// Errors for entries that could not be read, warnings for doubtful values.
    pub diagnostics: Vec<Diagnostic>,
}

/// Month macros and their names.
const MONTHS: [(&str, &str); 12] = [
    ("jan", "January"),
    ("feb", "February"),
    ("mar", "March"),
    ("apr", "April"),
    ("may", "May"),
    ("jun", "June"),
    ("jul", "July"),
    ("aug", "August"),
    ("sep", "September"),
    ("oct", "October"),
    ("nov", "November"),
    ("dec", "December"),
];

/// Makes diagnostics for one file.
struct Reporter<'a> {
    index: LineIndex<'a>,
    file: &'a str,
}

impl Reporter<'_> {
    fn at(&self, severity: Severity, offset: usize, message: String) -> Diagnostic {
        let (line, column) = self.index.position(offset);
        Diagnostic {
            severity,
            file: self.file.to_string(),
            line,
            column,
            message,
        }
    }
}

/// Reads a .bib file. `file` names it in diagnostics. Pieces are parsed and converted in
/// parallel; entries and diagnostics come back in file order.
pub fn read_bib(source: &str, file: &str) -> BibFile {
    let rep = Reporter {
        index: LineIndex::new(source),
        file,
    };
    let mut out = BibFile::default();

    // Pass 1: the @string definitions, in file order (a file may use one before defining
    // it; BibTeX would not, publist is lenient).
    let all = pieces(source);
    let is_string = |r: &Range<usize>| {
        source[r.start + 1..]
            .trim_start()
            .get(..6)
            .is_some_and(|k| k.eq_ignore_ascii_case("string"))
    };
    let mut strings: HashMap<String, String> = HashMap::new();
    for piece in all.iter().filter(|r| is_string(r)) {
        if let Ok(raw) = RawBibliography::parse(&source[piece.clone()]) {
            for pair in &raw.abbreviations {
                let value = resolve(&pair.value.v, &strings, &mut Vec::new());
                strings.insert(pair.key.v.to_ascii_lowercase(), value);
            }
        }
    }

    // Pass 2: parse and convert every piece, in parallel, keeping file order.
    let converted: Vec<(Vec<BibEntry>, Vec<Diagnostic>)> = all
        .into_par_iter()
        .map(
            |piece| match RawBibliography::parse(&source[piece.clone()]) {
                Ok(raw) => convert(piece.start, raw, &strings, &rep),
                Err(e) => (
                    Vec::new(),
                    vec![parse_error(&source[piece.clone()], piece.start, &e, &rep)],
                ),
            },
        )
        .collect();
    out.entries
        .reserve_exact(converted.iter().map(|(e, _)| e.len()).sum());
    for (entries, diagnostics) in converted {
        out.entries.extend(entries);
        out.diagnostics.extend(diagnostics);
    }
    out.diagnostics.sort_by_key(|d| (d.line, d.column));
    out
}

/// The diagnostic for a piece the parser gave up on: at an unclosed value when there is
/// one, else where the parser stopped.
fn parse_error(
    text: &str,
    base: usize,
    e: &biblatex::ParseError,
    rep: &Reporter<'_>,
) -> Diagnostic {
    let head = text.lines().next().unwrap_or("").trim();
    let head: String = head.chars().take(40).collect();
    match unclosed_value(text) {
        Some(open) => {
            let (l, _) = rep.index.position(base + open);
            rep.at(
                Severity::Error,
                base + open,
                format!(
                    "cannot read the entry `{head}`: this value is not closed before line {}; the entry is skipped",
                    l + 1
                ),
            )
        }
        None => {
            let (line, _) = rep.index.position(base);
            rep.at(
                Severity::Error,
                base + e.span.start,
                format!(
                    "cannot read the entry `{head}` (line {line}): {}; it is skipped",
                    e.kind
                ),
            )
        }
    }
}

/// Converts the entries of one parsed piece.
fn convert(
    base: usize,
    raw: RawBibliography<'_>,
    strings: &HashMap<String, String>,
    rep: &Reporter<'_>,
) -> (Vec<BibEntry>, Vec<Diagnostic>) {
    let mut entries = Vec::with_capacity(raw.entries.len());
    let mut diagnostics = Vec::new();
    for spanned in raw.entries {
        let e = spanned.v;
        let key_span = base + e.key.span.start..base + e.key.span.end;
        let mut unknown = Vec::new();
        let mut fields = Vec::with_capacity(e.fields.len());
        let mut map = SourceMap {
            key: key_span,
            ..SourceMap::default()
        };
        for pair in &e.fields {
            let name = pair.key.v.to_ascii_lowercase();
            if fields.iter().any(|(n, _): &(String, String)| *n == name) {
                diagnostics.push(rep.at(
                    Severity::Warning,
                    base + pair.key.span.start,
                    format!(
                        "field `{name}` repeated in `{}`; the first is kept",
                        e.key.v
                    ),
                ));
                continue;
            }
            let value = resolve(&pair.value.v, strings, &mut unknown);
            let span = match pair.value.v.as_slice() {
                [one] => base + one.span.start..base + one.span.end,
                _ => base + pair.value.span.start..base + pair.value.span.end,
            };
            map.fields.push((name.clone(), span));
            fields.push((name, value));
        }
        for abbr in unknown {
            diagnostics.push(rep.at(
                Severity::Warning,
                base + spanned.span.start,
                format!("unknown @string `{abbr}` in `{}`; kept as text", e.key.v),
            ));
        }
        let start = base + spanned.span.start;
        let (line, column) = rep.index.position(start);
        let span = Span {
            start,
            end: base + spanned.span.end,
            line,
            column,
        };
        let kind = e.kind.v.to_ascii_lowercase();
        let entry = to_entry(e.key.v, &kind, &fields, &mut map, span);
        if EntryType::from_bibtex_name(&kind).is_none() {
            diagnostics.push(rep.at(
                Severity::Warning,
                base + e.kind.span.start,
                format!("unknown entry type `@{kind}`; read as misc"),
            ));
        }
        entries.push(BibEntry {
            entry,
            raw_type: kind,
            map,
            raw: fields,
        });
    }
    (entries, diagnostics)
}

/// Byte ranges of the pieces that start at a line-initial `@` (after spaces).
fn pieces(source: &str) -> Vec<Range<usize>> {
    let mut starts = Vec::new();
    let mut line_start = 0;
    for line in source.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with('@') {
            starts.push(line_start + line.len() - trimmed.len());
        }
        line_start += line.len();
    }
    let mut out = Vec::with_capacity(starts.len());
    for (i, &s) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(source.len());
        out.push(s..end);
    }
    out
}

/// The offset of a braced value that runs into the next field ("title = {A title" followed
/// by "year = ..." on a later line): the usual cause of an unreadable entry.
fn unclosed_value(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut opened = None;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '{' => {
                depth += 1;
                if depth == 2 {
                    opened = Some(i);
                }
            }
            '}' => depth = depth.saturating_sub(1),
            '\n' if depth >= 2 => {
                let next = text[i + 1..].lines().next().unwrap_or("");
                let t = next.trim_start();
                let name_len = t
                    .find(|c: char| !(c.is_ascii_alphanumeric() || "_+:-".contains(c)))
                    .unwrap_or(t.len());
                if name_len > 0 && t[name_len..].trim_start().starts_with('=') {
                    return opened;
                }
            }
            _ => {}
        }
    }
    None
}

/// Concatenates a raw value, resolving `@string` abbreviations and month macros.
fn resolve(
    chunks: &[biblatex::Spanned<RawChunk<'_>>],
    strings: &HashMap<String, String>,
    unknown: &mut Vec<String>,
) -> String {
    let mut out = String::new();
    for c in chunks {
        match c.v {
            RawChunk::Normal(s) => out.push_str(s),
            RawChunk::Abbreviation(a) => {
                let lower = a.to_ascii_lowercase();
                if let Some(v) = strings.get(&lower) {
                    out.push_str(v);
                } else if let Some((_, m)) = MONTHS.iter().find(|(k, _)| *k == lower) {
                    out.push_str(m);
                } else {
                    unknown.push(a.to_string());
                    out.push_str(a);
                }
            }
        }
    }
    out
}

/// LaTeX to plain Unicode text: accents decoded, braces and formatting commands dropped.
pub fn decode(raw: &str) -> String {
    if !raw.contains(['\\', '{', '}', '~', '$']) {
        return raw.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    let text: String = inline::parse(raw, Format::Latex).text.nfc().collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Builds the model entry from decoded fields.
fn to_entry(
    key: &str,
    kind: &str,
    fields: &[(String, String)],
    map: &mut SourceMap,
    span: Span,
) -> Entry {
    let ty = EntryType::from_bibtex_name(kind).unwrap_or_default();
    let mut e = Entry {
        key: key.to_string(),
        kind: ty,
        span,
        ..Entry::default()
    };
    let mut annotations = None;
    for (name, raw) in fields {
        let value = || Some(decode(raw)).filter(|v| !v.is_empty());
        let value_span = map.field(name).unwrap_or_default();
        match name.as_str() {
            "author" | "editor" => {
                let ranges = split_names(raw);
                let people: Vec<_> = ranges
                    .iter()
                    .map(|r| parse_name(&raw[r.clone()], decode))
                    .collect();
                // Spans only map back when the value is one delimited piece of the source.
                let spans: Vec<Range<usize>> = if value_span.len() == raw.len() {
                    ranges
                        .iter()
                        .map(|r| value_span.start + r.start..value_span.start + r.end)
                        .collect()
                } else {
                    Vec::new()
                };
                if name == "author" {
                    e.authors = people.into_iter().map(Author::from).collect();
                    map.authors = spans;
                } else {
                    e.editors = people;
                    map.editors = spans;
                }
            }
            "author+an" => annotations = Some(raw.clone()),
            "title" => e.title = value(),
            "journal" | "journaltitle" | "booktitle" | "school" | "institution"
            | "howpublished" | "organization"
                if e.container.is_none() =>
            {
                e.container = value()
            }
            "year" => e.year = value(),
            "date" => {
                let v = decode(raw);
                let mut parts = v.split(['-', '/']);
                e.year = parts.next().map(str::to_string).filter(|y| !y.is_empty());
                if let Some(m) = parts.next().and_then(|m| m.parse::<usize>().ok()) {
                    e.month = MONTHS.get(m.wrapping_sub(1)).map(|(_, n)| n.to_string());
                }
            }
            "month" => e.month = value(),
            "volume" => e.volume = value(),
            "number" | "issue" => e.number = value(),
            "pages" => e.pages = value(),
            "publisher" => e.publisher = value(),
            "address" | "location" => e.address = value(),
            "doi" => e.doi = Some(raw.trim().to_string()).filter(|v| !v.is_empty()),
            "eprint" => e.eprint = Some(raw.trim().to_string()).filter(|v| !v.is_empty()),
            "note" => e.note = value(),
            "url" | "pdf" | "code" | "slides" | "poster" | "video" => {
                let kind = match name.as_str() {
                    "url" => LinkKind::Url,
                    other => LinkKind::from_label(other),
                };
                e.links.push(Link {
                    kind,
                    label: name.clone(),
                    url: raw.trim().to_string(),
                });
            }
            _ => e.extra.push(Field {
                name: name.clone(),
                value: decode(raw),
            }),
        }
    }
    if let Some(an) = annotations {
        for (i, marks) in parse_annotations(&an) {
            if let Some(a) = e.authors.get_mut(i) {
                a.marks = marks;
            }
        }
        // Keep the raw value too: the linter checks items past the end of the list.
        e.extra.push(Field {
            name: "author+an".into(),
            value: an,
        });
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    const BIB: &str = r#"% a comment
@string{cvpr = "Proceedings of CVPR"}
@inproceedings{gan2015devnet,
  author = {Gan, Chuang and M{\"u}ller, J{\"o}rg and van der Berg, Piet},
  author+an = {1=highlight,equal; 2=equal},
  title = {{DevNet}: A Deep Event Network},
  booktitle = cvpr,
  year = 2015, month = jun,
  pages = {2568--2577},
}
@article{broken,
  title = {Missing comma}
  year = {2020}
}
@article{ok2,
  author = "Roe, Richard",
  title = {Second},
  journal = {Nature},
  year = {2021},
}
"#;

    #[test]
    fn reads_entries_and_recovers_from_a_broken_one() {
        let bib = read_bib(BIB, "x.bib");
        assert_eq!(bib.entries.len(), 2, "{:?}", bib.diagnostics);
        let errors: Vec<String> = bib.diagnostics.iter().map(|d| d.to_string()).collect();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with("x.bib:13:3: error: cannot read the entry `@article{broken,` (line 11): expected comma"),
            "{}",
            errors[0]
        );

        let e = &bib.entries[0].entry;
        assert_eq!(e.kind, EntryType::InProceedings);
        assert_eq!(e.authors[1].name.family, "Müller");
        assert_eq!(e.authors[2].name.prefix, "van der");
        assert!(e.authors[0].marks.highlight && e.authors[0].marks.equal);
        assert!(e.authors[1].marks.equal);
        assert_eq!(e.title.as_deref(), Some("DevNet: A Deep Event Network"));
        assert_eq!(e.container.as_deref(), Some("Proceedings of CVPR"));
        assert_eq!(e.year.as_deref(), Some("2015"));
        assert_eq!(e.month.as_deref(), Some("June"));
        assert_eq!(e.pages.as_deref(), Some("2568--2577"));
        assert_eq!(e.span.line, 3);
        assert_eq!(bib.entries[1].entry.authors[0].name.family, "Roe");
    }

    #[test]
    fn name_spans_point_into_the_source() {
        let bib = read_bib(BIB, "x.bib");
        let map = &bib.entries[0].map;
        let names: Vec<&str> = map.authors.iter().map(|r| &BIB[r.clone()]).collect();
        assert_eq!(
            names,
            [
                "Gan, Chuang",
                r#"M{\"u}ller, J{\"o}rg"#,
                "van der Berg, Piet"
            ]
        );
        assert_eq!(&BIB[map.key.clone()], "gan2015devnet");
        assert_eq!(&BIB[map.field("pages").unwrap()], "2568--2577");
        let ok2 = &bib.entries[1].map;
        assert_eq!(&BIB[ok2.authors[0].clone()], "Roe, Richard");
    }

    #[test]
    fn duplicate_keys_are_kept_and_unknown_strings_warn() {
        let src = "@misc{a, title={A}, howpublished = nowhere}\n@misc{a, title={B}}\n";
        let bib = read_bib(src, "d.bib");
        assert_eq!(bib.entries.len(), 2);
        let msgs: Vec<String> = bib.diagnostics.iter().map(|d| d.to_string()).collect();
        assert_eq!(msgs.len(), 1, "{msgs:?}");
        assert!(
            msgs.iter().any(|m| m.contains("unknown @string `nowhere`")),
            "{msgs:?}"
        );
    }

    #[test]
    fn an_unclosed_value_is_pointed_at() {
        let src = "@article{a,\n  title = {Open\n  year = {2020},\n}\n@misc{b, title = {Fine}}\n";
        let bib = read_bib(src, "u.bib");
        assert_eq!(bib.entries.len(), 1);
        let d = bib.diagnostics[0].to_string();
        assert!(d.starts_with("u.bib:2:11: error:"), "{d}");
        assert!(d.contains("not closed before line 3"), "{d}");
    }

    #[test]
    fn junk_never_panics() {
        for src in [
            "@",
            "@{",
            "@misc{",
            "@misc{k,",
            "@misc{k, a = {",
            "@@@\n@x{y,z=\"",
            "\u{0}@",
        ] {
            let _ = read_bib(src, "j.bib");
        }
    }
}

//! The linter's view of its inputs: every entry of every file, with the byte spans of its
//! names, venue and key, whether it came from a .bib file or from a free-text list.

use std::ops::Range;

use crate::bib;
use crate::diag::Diagnostic;
use crate::extract::{self, Options};
use crate::model::{Entry, Person, fold};

/// One input file.
#[derive(Debug, Clone)]
pub struct Source {
    /// The name used in diagnostics.
    pub name: String,
    /// The text.
    pub text: String,
    /// Whether it is read as .bib (else as a free-text list).
    pub is_bib: bool,
}

impl Source {
    /// A source whose kind comes from its extension (`.bib` is BibTeX, the rest are lists).
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Source {
        let name = name.into();
        let is_bib = name.to_ascii_lowercase().ends_with(".bib")
            || name.to_ascii_lowercase().ends_with(".biblatex");
        Source {
            name,
            text: text.into(),
            is_bib,
        }
    }
}

/// A place in one of the sources: its index and a byte range.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Place {
    /// Index into the linted sources.
    pub source: usize,
    /// Byte range in that source's text.
    pub range: Range<usize>,
}

impl PartialOrd for Place {
    fn partial_cmp(&self, other: &Place) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Place {
    /// By source, then start, then end.
    fn cmp(&self, other: &Place) -> std::cmp::Ordering {
        (self.source, self.range.start, self.range.end).cmp(&(
            other.source,
            other.range.start,
            other.range.end,
        ))
    }
}

/// Where one written name is; the part spans are known for free-text lists, where a fix
/// rewrites only the part that differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamePlace {
    /// The whole name as written.
    pub whole: Place,
    /// The given names, when found next to the family name.
    pub given: Option<Range<usize>>,
    /// The family name.
    pub family: Option<Range<usize>>,
}

/// One entry with the places of its parts.
#[derive(Debug, Clone)]
pub struct Record {
    /// Index into the sources.
    pub source: usize,
    /// The entry.
    pub entry: Entry,
    /// Where the entry starts and ends.
    pub place: Place,
    /// The key's place (.bib only).
    pub key: Option<Place>,
    /// Each author's place, when it could be found.
    pub names: Vec<Option<NamePlace>>,
    /// The venue's place (the container field's value).
    pub venue: Option<Place>,
    /// Field value spans by lower-case name (.bib only).
    pub fields: Vec<(String, Range<usize>)>,
    /// Raw field values (.bib only).
    pub raw: Vec<(String, String)>,
}

impl Record {
    /// A field's place by name.
    pub fn field(&self, name: &str) -> Option<Place> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, r)| Place {
                source: self.source,
                range: r.clone(),
            })
    }

    /// A raw field value by name.
    pub fn raw(&self, name: &str) -> Option<&str> {
        self.raw
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Fields that can hold an entry's venue, in order of preference.
const VENUE_FIELDS: [&str; 6] = [
    "journal",
    "journaltitle",
    "booktitle",
    "howpublished",
    "school",
    "institution",
];

/// Reads every source; read errors and extraction warnings come back as diagnostics
/// (only errors, since the linter reports the rest itself).
pub fn read(sources: &[Source]) -> (Vec<Record>, Vec<Diagnostic>) {
    let mut records = Vec::new();
    let mut diagnostics = Vec::new();
    for (i, s) in sources.iter().enumerate() {
        if s.is_bib {
            let file = bib::read_bib(&s.text, &s.name);
            diagnostics.extend(file.diagnostics);
            records.reserve_exact(file.entries.len());
            records.extend(file.entries.into_iter().map(|b| from_bib(i, b)));
        } else {
            let out = extract::extract(&s.text, &Options::for_path(&s.name));
            diagnostics.extend(
                out.diagnostics
                    .into_iter()
                    .filter(|d| d.severity >= crate::diag::Severity::Error),
            );
            records.extend(out.entries.into_iter().map(|e| from_list(i, &s.text, e)));
        }
    }
    (records, diagnostics)
}

fn from_bib(source: usize, b: bib::BibEntry) -> Record {
    let place = |r: Range<usize>| Place { source, range: r };
    let names = if b.map.authors.len() == b.entry.authors.len() {
        b.map
            .authors
            .iter()
            .map(|r| {
                Some(NamePlace {
                    whole: place(r.clone()),
                    given: None,
                    family: None,
                })
            })
            .collect()
    } else {
        vec![None; b.entry.authors.len()]
    };
    let venue = VENUE_FIELDS.iter().find_map(|f| b.map.field(f)).map(place);
    Record {
        source,
        place: place(b.entry.span.start..b.entry.span.end),
        key: Some(place(b.map.key.clone())),
        names,
        venue,
        fields: b.map.fields,
        raw: b.raw,
        entry: b.entry,
    }
}

fn from_list(source: usize, text: &str, entry: Entry) -> Record {
    let start = entry.span.start.min(text.len());
    let mut end = entry.span.end.min(text.len());
    // Items joined from several lines can be a little longer in the source.
    while end < text.len() && !text.is_char_boundary(end) {
        end += 1;
    }
    if let Some(nl) = text[end..].find("\n\n") {
        end = (end + nl).min(end + 200);
    }
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let body = &text[start..end];
    let mut cursor = 0;
    let mut names = Vec::with_capacity(entry.authors.len());
    for a in &entry.authors {
        match locate_name(body, cursor, &a.name) {
            Some(np) => {
                cursor = np.whole.end;
                let shift = |r: Range<usize>| r.start + start..r.end + start;
                names.push(Some(NamePlace {
                    whole: Place {
                        source,
                        range: shift(np.whole),
                    },
                    given: np.given.map(shift),
                    family: np.family.map(shift),
                }));
            }
            None => names.push(None),
        }
    }
    let venue = entry
        .container
        .as_deref()
        .and_then(|c| body.find(c))
        .map(|i| Place {
            source,
            range: start + i..start + i + entry.container.as_deref().unwrap_or("").len(),
        });
    Record {
        source,
        place: Place {
            source,
            range: start..end,
        },
        key: None,
        names,
        venue,
        fields: Vec::new(),
        raw: Vec::new(),
        entry,
    }
}

/// Spans of a name found in list text, relative to that text.
struct FoundName {
    whole: Range<usize>,
    given: Option<Range<usize>>,
    family: Option<Range<usize>>,
}

/// Finds `p` in `text` at or after `from`: the family name as a word, widened to the given
/// names written before it ("Chuang Gan") or after it ("Gan, Chuang", "GAN Chuang").
fn locate_name(text: &str, from: usize, p: &Person) -> Option<FoundName> {
    let family = p.full_family();
    if family.is_empty() {
        return None;
    }
    let fam = find_word(text, from, &family).or_else(|| find_word(text, from, &p.family))?;
    let fam_text_len = if text[fam..].starts_with(&family) {
        family.len()
    } else {
        p.family.len()
    };
    let family_range = fam..fam + fam_text_len;
    let given = p.given.as_str();
    if given.is_empty() {
        return Some(FoundName {
            whole: family_range.clone(),
            given: None,
            family: Some(family_range),
        });
    }
    // Given names before: "Chuang Gan".
    let before = text[..fam].trim_end_matches([' ', '~', '\u{a0}']);
    if before.ends_with(given) {
        let g = before.len() - given.len();
        return Some(FoundName {
            whole: g..family_range.end,
            given: Some(g..before.len()),
            family: Some(family_range),
        });
    }
    // Given names after: "Gan, Chuang" or "GAN Chuang".
    let after_start = family_range.end;
    let after = &text[after_start..];
    let skipped = after.len() - after.trim_start_matches([',', ' ', '\u{a0}']).len();
    if after[skipped..].starts_with(given) {
        let g = after_start + skipped;
        return Some(FoundName {
            whole: fam..g + given.len(),
            given: Some(g..g + given.len()),
            family: Some(family_range),
        });
    }
    Some(FoundName {
        whole: family_range.clone(),
        given: None,
        family: Some(family_range),
    })
}

/// The first occurrence of `word` at or after `from` that is not inside a longer word.
fn find_word(text: &str, from: usize, word: &str) -> Option<usize> {
    let mut at = from.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    while let Some(i) = text[at..].find(word) {
        let s = at + i;
        let e = s + word.len();
        let ok_before = text[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let ok_after = text[e..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if ok_before && ok_after {
            return Some(s);
        }
        at = s + text[s..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// The folded form of a name used to compare spellings: given and family letters only.
pub fn name_key(p: &Person) -> (String, String) {
    (fold(&p.given), fold(&p.full_family()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_found_in_list_text() {
        let text = "Gan, Chuang, **Ming Lin**, and GANG Chuang. A title.";
        let p = Person::new("Chuang", "Gan");
        let f = locate_name(text, 0, &p).unwrap();
        assert_eq!(&text[f.whole.clone()], "Gan, Chuang");
        let f = locate_name(text, 0, &Person::new("Ming", "Lin")).unwrap();
        assert_eq!(&text[f.whole.clone()], "Ming Lin");
        assert_eq!(&text[f.given.unwrap()], "Ming");
        let f = locate_name(text, 20, &Person::new("Chuang", "GANG")).unwrap();
        assert_eq!(&text[f.whole], "GANG Chuang");
        assert!(locate_name(text, 0, &Person::new("X", "Lind")).is_none());
    }
}

//! Applying fixes: each edit replaces one span; every other byte stays as it was.

use super::corpus::Source;
use super::finding::{Edit, Finding};
use crate::diag::LineIndex;

/// An edit that was applied, for the change report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppliedEdit {
    /// Index of the source.
    pub source: usize,
    /// 1-based line and column of the replaced text in the original.
    pub line: usize,
    /// Column.
    pub column: usize,
    /// The text before.
    pub before: String,
    /// The text after.
    pub after: String,
}

/// A fix that cannot be applied.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FixError {
    /// An edit points outside its source or between the bytes of a character.
    #[error("an edit points outside {file} (bytes {start}..{end})")]
    OutOfRange {
        /// The source.
        file: String,
        /// Start byte.
        start: usize,
        /// End byte.
        end: usize,
    },
}

/// Applies the edits of `findings` to `sources`. Returns, per changed source, its new text
/// and the edits applied. Edits that overlap an earlier one are left out.
pub fn apply_edits(
    sources: &[Source],
    findings: &[Finding],
) -> Result<Vec<(usize, String, Vec<AppliedEdit>)>, FixError> {
    let mut edits: Vec<&Edit> = findings.iter().flat_map(|f| &f.edits).collect();
    edits.sort_by(|a, b| a.place.cmp(&b.place));
    edits.dedup_by(|a, b| a.place == b.place);
    let mut out = Vec::new();
    let mut i = 0;
    while i < edits.len() {
        let source = edits[i].place.source;
        let text = &sources[source].text;
        let index = LineIndex::new(text);
        let mut new = String::with_capacity(text.len());
        let mut applied = Vec::new();
        let mut at = 0;
        while i < edits.len() && edits[i].place.source == source {
            let e = edits[i];
            i += 1;
            let r = e.place.range.clone();
            if r.end > text.len()
                || !text.is_char_boundary(r.start)
                || !text.is_char_boundary(r.end)
            {
                return Err(FixError::OutOfRange {
                    file: sources[source].name.clone(),
                    start: r.start,
                    end: r.end,
                });
            }
            if r.start < at || text[r.clone()] == e.replacement {
                continue;
            }
            new.push_str(&text[at..r.start]);
            new.push_str(&e.replacement);
            let (line, column) = index.position(r.start);
            applied.push(AppliedEdit {
                source,
                line,
                column,
                before: text[r.clone()].to_string(),
                after: e.replacement.clone(),
            });
            at = r.end;
        }
        new.push_str(&text[at..]);
        if !applied.is_empty() {
            out.push((source, new, applied));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Severity;
    use crate::lint::{Place, Rule};

    #[test]
    fn only_the_spans_change() {
        let sources = vec![Source::new(
            "a.bib",
            "% keep\n@misc{k, author = {Gang, C.}}\n",
        )];
        let mut f = Finding::new(
            Rule::NameVariant,
            Severity::Error,
            "x",
            Place {
                source: 0,
                range: 26..34,
            },
        );
        f.edits.push(Edit {
            place: Place {
                source: 0,
                range: 26..34,
            },
            replacement: "Gan, C.".into(),
        });
        // The same edit twice, and one overlapping it, apply once.
        f.edits.push(f.edits[0].clone());
        f.edits.push(Edit {
            place: Place {
                source: 0,
                range: 27..30,
            },
            replacement: "zzz".into(),
        });
        let out = apply_edits(&sources, &[f]).unwrap();
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].1, "% keep\n@misc{k, author = {Gan, C.}}\n");
        assert_eq!(out[0].2.len(), 1);
        assert_eq!((out[0].2[0].line, out[0].2[0].column), (2, 20));
    }
}

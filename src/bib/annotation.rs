//! biblatex data annotations for name lists: `author+an = {1=highlight,equal; 2=equal}`.
//!
//! Items are 1-based positions in the name list; annotations are comma-separated
//! keywords. publist writes `highlight`, `equal` and `corresponding`.

use std::collections::BTreeMap;

use crate::model::{Author, Marks};

/// The `author+an` value for a list of authors, or `None` when no author has a mark.
pub fn format_annotations(authors: &[Author]) -> Option<String> {
    let parts: Vec<String> = authors
        .iter()
        .enumerate()
        .filter(|(_, a)| !a.marks.is_empty())
        .map(|(i, a)| format!("{}={}", i + 1, a.marks.keywords().join(",")))
        .collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// Parses an `author+an` value into marks by 0-based author index. Item-part scopes
/// (`2:family=highlight`) count for the whole name; field-wide and unknown annotations are
/// ignored.
pub fn parse_annotations(value: &str) -> BTreeMap<usize, Marks> {
    let mut out: BTreeMap<usize, Marks> = BTreeMap::new();
    for spec in value.split(';') {
        let Some((target, anns)) = spec.split_once('=') else {
            continue;
        };
        let item = target.split(':').next().unwrap_or("").trim();
        let Ok(n) = item.parse::<usize>() else {
            continue;
        };
        if n == 0 {
            continue;
        }
        let marks = out.entry(n - 1).or_default();
        for a in anns.split(',') {
            match a.trim().trim_matches('"').to_ascii_lowercase().as_str() {
                "highlight" | "self" | "me" | "owner" | "mine" => marks.highlight = true,
                "equal" | "cofirst" | "co-first" | "equalcontrib" | "equal-contribution" => {
                    marks.equal = true
                }
                "corresponding" | "corr" => marks.corresponding = true,
                _ => {}
            }
        }
    }
    out.retain(|_, m| !m.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Person;

    #[test]
    fn round_trip() {
        let mut authors: Vec<Author> = ["A", "B", "C"]
            .iter()
            .map(|n| Author::from(Person::new("", *n)))
            .collect();
        authors[0].marks = Marks {
            highlight: true,
            equal: true,
            corresponding: false,
        };
        authors[1].marks.equal = true;
        let s = format_annotations(&authors).unwrap();
        assert_eq!(s, "1=highlight,equal; 2=equal");
        let parsed = parse_annotations(&s);
        assert_eq!(parsed[&0], authors[0].marks);
        assert_eq!(parsed[&1], authors[1].marks);
        assert!(!parsed.contains_key(&2));
        assert!(format_annotations(&authors[2..]).is_none());
    }

    #[test]
    fn lenient_parsing() {
        let p =
            parse_annotations(" 2:family=highlight ; x=equal; 0=equal; =foo; 3=\"corresponding\"");
        assert!(p[&1].highlight);
        assert!(p[&2].corresponding);
        assert_eq!(p.len(), 2);
    }
}

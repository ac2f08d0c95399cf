//! Which parts of a document are publication lists: headings are classified with the
//! table in `data/headings.tsv`, and each block learns whether it sits in a publication
//! section and which entry type its heading suggests.

use crate::model::EntryType;

/// Heading phrases and what they mean, `phrase<TAB>class`, sorted.
const HEADINGS: &str = include_str!("data/headings.tsv");

/// What a heading says about the blocks under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadingClass {
    /// A publication section, with the entry type it implies if any.
    Publications(Option<EntryType>),
    /// Talks, teaching, education and other sections that hold no publications.
    Other,
    /// A heading that says neither (a year, a topic).
    Neutral,
}

/// Classifies a heading's plain text.
pub fn classify_heading(text: &str) -> HeadingClass {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let joined = format!(" {} ", words.join(" "));
    let mut publication = false;
    let mut kinds: Vec<(&str, EntryType)> = Vec::new();
    let mut other = false;
    for line in HEADINGS.lines() {
        let Some((phrase, class)) = line.split_once('\t') else {
            continue;
        };
        if !joined.contains(&format!(" {phrase} ")) {
            continue;
        }
        match class {
            "other" => other = true,
            "pub" => publication = true,
            t => {
                publication = true;
                kinds.extend(EntryType::from_bibtex_name(t).map(|k| (phrase, k)));
            }
        }
    }
    // The longest phrase decides the type ("book chapters" over "books"), unless the
    // heading names two kinds ("Books and Chapters", "Journal and Conference Papers").
    let kind = kinds
        .iter()
        .max_by_key(|(phrase, _)| phrase.len())
        .filter(|(longest, kind)| {
            kinds
                .iter()
                .all(|(phrase, k)| k == kind || longest.contains(phrase))
        })
        .map(|&(_, k)| k);
    match (publication, other) {
        (true, _) => HeadingClass::Publications(kind),
        (false, true) => HeadingClass::Other,
        _ => HeadingClass::Neutral,
    }
}

/// Tracks the section a block is in while a document is read in order.
#[derive(Debug, Default)]
pub struct SectionTracker {
    /// Level of the heading that opened the publication section.
    level: Option<u8>,
    /// Type hints by heading level.
    hints: Vec<(u8, Option<EntryType>)>,
    /// Heading text of the innermost section, for diagnostics.
    pub name: String,
}

impl SectionTracker {
    /// Feeds a heading.
    pub fn heading(&mut self, level: u8, text: &str) {
        let class = classify_heading(text);
        self.hints.retain(|(l, _)| *l < level);
        match class {
            HeadingClass::Publications(hint) => {
                if self.level.is_none_or(|l| level <= l) {
                    self.level = Some(level);
                }
                self.hints.push((level, hint));
                self.name = text.to_string();
            }
            HeadingClass::Other => {
                if self.level.is_some() {
                    self.level = None;
                    self.hints.clear();
                }
            }
            HeadingClass::Neutral => {
                if self.level.is_some_and(|l| level <= l) {
                    self.level = None;
                    self.hints.clear();
                }
            }
        }
    }

    /// Whether blocks here are in a publication section.
    pub fn in_publications(&self) -> bool {
        self.level.is_some()
    }

    /// The entry type the innermost heading implies.
    pub fn hint(&self) -> Option<EntryType> {
        self.hints.iter().rev().find_map(|(_, h)| *h)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_table_is_sorted_and_unique() {
        let lines: Vec<&str> = HEADINGS.lines().collect();
        let mut sorted = lines.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(lines, sorted);
    }

    #[test]
    fn headings() {
        assert_eq!(
            classify_heading("Selected Publications"),
            HeadingClass::Publications(None)
        );
        assert_eq!(
            classify_heading("Peer-Reviewed Journals"),
            HeadingClass::Publications(Some(EntryType::Article))
        );
        assert_eq!(
            classify_heading("Book Chapters"),
            HeadingClass::Publications(Some(EntryType::InCollection))
        );
        // A heading that names two kinds suggests neither.
        for mixed in [
            "Books and Chapters",
            "Refereed Journal and Conference Papers",
        ] {
            assert_eq!(classify_heading(mixed), HeadingClass::Publications(None));
        }
        assert_eq!(
            classify_heading("Conference Proceedings"),
            HeadingClass::Publications(Some(EntryType::InProceedings))
        );
        assert_eq!(classify_heading("Invited Talks"), HeadingClass::Other);
        assert_eq!(classify_heading("2023"), HeadingClass::Neutral);
        assert_eq!(
            classify_heading("Conference"),
            HeadingClass::Publications(Some(EntryType::InProceedings))
        );
    }

    #[test]
    fn tracker_scopes() {
        let mut t = SectionTracker::default();
        t.heading(2, "Publications");
        t.heading(4, "Journal");
        assert!(t.in_publications());
        assert_eq!(t.hint(), Some(EntryType::Article));
        t.heading(4, "2021");
        assert!(t.in_publications());
        assert_eq!(t.hint(), None);
        t.heading(4, "Talks");
        assert!(!t.in_publications());
        t.heading(2, "Publications");
        t.heading(2, "Contact");
        assert!(!t.in_publications());
    }
}

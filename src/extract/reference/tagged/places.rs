//! Places the tagger cut short: the state, region or country after a city's comma that
//! it gave another label, or the "St." before a city.

use crate::extract::tagger::{Label, Segment};

/// Words after a city's comma that name no region: firms, the words of venues.
const NOT_REGIONS: [&str; 12] = [
    "Inc",
    "Ltd",
    "Press",
    "In",
    "Proceedings",
    "Vol",
    "No",
    "Pp",
    "Eds",
    "Ed",
    "Pages",
    "See",
];

/// Whether `s` reads as a region, state or country: one to three capitalised words or
/// abbreviations ("D. C.", "Mass.", "Ontario", "IL", "New South Wales"), no digits, no
/// month.
fn is_region(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            let bare = w.trim_end_matches('.');
            let mut cs = bare.chars();
            cs.next().is_some_and(char::is_uppercase)
                && bare.chars().count() <= 14
                && cs.all(|c| c.is_alphabetic() || c == '.')
                && !super::dates::is_month(w)
                && !NOT_REGIONS.iter().any(|n| n.eq_ignore_ascii_case(bare))
        })
}

/// Widens each place over the region after its comma that the tagger read as something
/// else ("Washington" + ", D. C.") and over a "St." right before it ("St. Charles, IL").
pub(super) fn whole_places(mut segments: Vec<Segment>, text: &str) -> Vec<Segment> {
    for i in 0..segments.len() {
        if segments[i].label != Label::Location {
            continue;
        }
        // The tagger may give the region a label it has used already, or read it as
        // names: "Cambridge, Mass." after "MIT Press", "Washington, D. C.".
        let region_end = match &segments[i + 1..] {
            [comma, region, ..]
                if comma.label == Label::Other
                    && text[comma.range.clone()].trim() == ","
                    && region.range.len() <= 24
                    && is_region(text[region.range.clone()].trim_end_matches('.'))
                    && (matches!(region.label, Label::Editor | Label::Author)
                        || segments[..i].iter().any(|s| s.label == region.label)) =>
            {
                Some(region.range.end)
            }
            _ => None,
        };
        if let Some(end) = region_end {
            segments[i].range.end = end;
            segments[i + 1].range = end..end;
            segments[i + 2].range = end..end;
        }
        if i > 0 && segments[i - 1].label == Label::Other {
            let before = &text[segments[i - 1].range.clone()];
            let trimmed = before.trim_end();
            let word_start = trimmed.len().saturating_sub(3);
            if trimmed.ends_with("St.") && !trimmed[..word_start].ends_with(char::is_alphanumeric) {
                let start = segments[i - 1].range.start + word_start;
                segments[i].range.start = start;
                segments[i - 1].range.end = start;
            }
        }
    }
    segments.retain(|s| !s.range.is_empty());
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The texts `whole_places` makes of `runs` of `text`, each its label and its words.
    fn places(text: &str, runs: &[(Label, &str)]) -> Vec<(Label, String)> {
        let mut at = 0;
        let segs = runs
            .iter()
            .map(|&(label, part)| {
                let start = at + text[at..].find(part).unwrap();
                at = start + part.len();
                Segment {
                    label,
                    range: start..at,
                }
            })
            .collect();
        whole_places(segs, text)
            .into_iter()
            .map(|s| (s.label, text[s.range].to_string()))
            .collect()
    }

    #[test]
    fn a_region_read_as_another_field_joins_its_city() {
        let got = places(
            "MIT Press, Cambridge, Mass., 1994",
            &[
                (Label::Publisher, "MIT Press"),
                (Label::Other, ","),
                (Label::Location, "Cambridge"),
                (Label::Other, ","),
                (Label::Publisher, "Mass."),
                (Label::Other, ","),
                (Label::Date, "1994"),
            ],
        );
        assert_eq!(got[2], (Label::Location, "Cambridge, Mass.".to_string()));
        assert_eq!(got[3], (Label::Other, ",".to_string()));
        // A first publisher after the place is no region.
        let got = places(
            "Cambridge, Blackwell, 1994",
            &[
                (Label::Location, "Cambridge"),
                (Label::Other, ","),
                (Label::Publisher, "Blackwell"),
            ],
        );
        assert_eq!(got[0], (Label::Location, "Cambridge".to_string()));
    }

    #[test]
    fn saint_goes_with_its_city() {
        let got = places(
            "pages 1-9, St. Charles, IL",
            &[
                (Label::Pages, "1-9"),
                (Label::Other, ", St."),
                (Label::Location, "Charles, IL"),
            ],
        );
        assert_eq!(got[2], (Label::Location, "St. Charles, IL".to_string()));
        assert_eq!(got[1], (Label::Other, ", ".to_string()));
    }
}

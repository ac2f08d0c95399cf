//! Days of the month that the tagger read as a volume, an issue or pages: "New Yorker 15
//! Feb. 1993", "(2016, March 22)", "May 18, 1968", "July 7-10". A number from 1 to 31
//! (or a range of them) right beside a month's name is the date's day, a month's name
//! alone in another run beside it is the date's month, and a "number" with a month's
//! name in it ("19-Oct-2017") is a date.

use std::sync::LazyLock;

use crate::extract::tagger::{Label, Segment};

/// The tagger's month words, lower case: names and abbreviations (the seasons at the end
/// of the list have no days).
static MONTHS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    include_str!("../../tagger/data/months.txt")
        .lines()
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .take_while(|m| !matches!(*m, "spring" | "summer" | "autumn" | "fall" | "winter"))
        .collect()
});

/// Whether `word` (a trailing period allowed) names a month.
pub(super) fn is_month(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    (3..=9).contains(&word.len())
        && word.starts_with(|c: char| c.is_alphabetic())
        && MONTHS.iter().any(|m| m.eq_ignore_ascii_case(word))
}

/// Whether `s` is a day of the month (one or two digits, 1 to 31) or a range of days
/// ("7-10", "7–10").
fn is_day(s: &str) -> bool {
    let day = |d: &str| d.len() <= 2 && d.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d));
    match s.split_once(['-', '–']) {
        Some((a, b)) => day(a.trim()) && day(b.trim()),
        None => day(s),
    }
}

/// Whether `s` has a month's name among its words: "19-Oct-2017".
fn has_month(s: &str) -> bool {
    s.split(|c: char| !c.is_alphabetic()).any(is_month)
}

/// Whether `word` names the number after it: "Vol.", "no.", "Issue", "pp.".
fn is_number_term(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').to_lowercase().as_str(),
        "vol" | "volume" | "no" | "nr" | "n°" | "issue" | "number" | "num" | "pp" | "p" | "heft"
    )
}

/// The word `s` ends with, after spaces and commas.
fn last_word(s: &str) -> &str {
    let s = s.trim_end_matches([' ', ',']);
    s.rsplit(' ').next().unwrap_or(s)
}

/// The word `s` starts with, after spaces and commas.
fn first_word(s: &str) -> &str {
    let s = s.trim_start_matches([' ', ',']);
    s.split([' ', ',']).next().unwrap_or(s)
}

/// Relabels as the date every number run that is a day beside a month's name, and a run
/// of the venue or publisher that is only that month's name.
pub(super) fn days_of_dates(mut segments: Vec<Segment>, text: &str) -> Vec<Segment> {
    for i in 0..segments.len() {
        let s = &segments[i];
        if !matches!(s.label, Label::Volume | Label::Issue | Label::Pages) {
            continue;
        }
        let number = text[s.range.clone()].trim();
        // "19-Oct-2017" is no page range.
        if has_month(number) {
            segments[i].label = Label::Date;
            continue;
        }
        if !is_day(number) {
            continue;
        }
        let before = last_word(&text[..s.range.start]);
        let after = first_word(&text[s.range.end..]);
        // "Vol. 21 March, 2017": a number the text calls a volume stays one.
        if !is_month(before) && !is_month(after) || is_number_term(before) {
            continue;
        }
        segments[i].label = Label::Date;
        // "May" read as the venue, "January" as pages: the run before the day (or after
        // it) that is only the month.
        for j in [i.checked_sub(1), Some(i + 1)].into_iter().flatten() {
            if let Some(m) = segments.get_mut(j)
                && !matches!(m.label, Label::Other | Label::Date)
                && is_month(text[m.range.clone()].trim())
            {
                m.label = Label::Date;
            }
        }
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The labels `days_of_dates` gives runs of `text`, each its label and its words.
    fn relabel(text: &str, runs: &[(Label, &str)]) -> Vec<Label> {
        let segs = runs
            .iter()
            .map(|&(label, part)| {
                let start = text.find(part).unwrap();
                Segment {
                    label,
                    range: start..start + part.len(),
                }
            })
            .collect();
        days_of_dates(segs, text).iter().map(|s| s.label).collect()
    }

    #[test]
    fn a_day_beside_a_month_is_the_date() {
        let text = "New Yorker 12 Mar. 1996: 52-57.";
        let labels = relabel(
            text,
            &[
                (Label::Container, "New Yorker"),
                (Label::Volume, "12"),
                (Label::Date, "Mar. 1996"),
                (Label::Pages, "52-57"),
            ],
        );
        assert_eq!(
            labels,
            [Label::Container, Label::Date, Label::Date, Label::Pages]
        );
        let text = "Week, May 18, 1968.";
        let labels = relabel(
            text,
            &[
                (Label::Container, "May"),
                (Label::Volume, "18"),
                (Label::Date, "1968"),
            ],
        );
        assert_eq!(labels, [Label::Date, Label::Date, Label::Date]);
        let text = "Journal 4 January. Paris, July 7-10. Accessed: 19-Oct-2017.";
        let labels = relabel(
            text,
            &[
                (Label::Volume, "4"),
                (Label::Pages, "January"),
                (Label::Pages, "7-10"),
                (Label::Pages, "19-Oct-2017"),
            ],
        );
        assert_eq!(labels, [Label::Date; 4]);
        // A volume beside no month, a number past 31 or one called a volume stays.
        let text = "Journal 15 (2), 1993. Nature 45 March 2001. Vol. 21 March, 2017";
        let labels = relabel(
            text,
            &[
                (Label::Volume, "15"),
                (Label::Volume, "45"),
                (Label::Volume, "21"),
            ],
        );
        assert_eq!(labels, [Label::Volume, Label::Volume, Label::Volume]);
    }
}

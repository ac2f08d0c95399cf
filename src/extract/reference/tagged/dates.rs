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

/// The month's name, when `s` is only a month and days, or days: "March 4", "4-6",
/// "Oct.". `None` when any word is something else.
pub(super) fn month_of_days(s: &str) -> Option<Option<&str>> {
    let mut month = None;
    for w in s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
    {
        if is_month(w) {
            month.get_or_insert(w.trim_end_matches('.'));
        } else if !is_day(w) {
            return None;
        }
    }
    Some(month)
}

/// The date runs right beside run `date` that are only a month and days: "March" and
/// "4" of "March 4, 2015" read apart. Only spaces and punctuation other than a full stop
/// may stand between them, and a month must be among them or in the date run. A day
/// after the year is another date's ("2001. 23 Jan. 2002") unless the date run ends
/// with its month ("2001, August" + "2").
pub(super) fn parts_beside(segments: &[Segment], date: usize, text: &str) -> Vec<usize> {
    let mut parts = Vec::new();
    let mut take = |j: usize| {
        let s = &segments[j];
        let piece = &text[s.range.clone()];
        match s.label {
            Label::Other => !piece.chars().any(|c| c.is_alphanumeric() || c == '.'),
            Label::Date if month_of_days(piece).is_some() => {
                parts.push(j);
                true
            }
            _ => false,
        }
    };
    for j in (0..date).rev() {
        if !take(j) {
            break;
        }
    }
    let date_text = &text[segments[date].range.clone()];
    if is_month(last_word(date_text)) {
        for j in date + 1..segments.len() {
            if !take(j) {
                break;
            }
        }
    }
    // Days with no month among them belong to text the tagger read otherwise
    // ("retrieved August" + "13").
    let month = |j: &usize| {
        month_of_days(&text[segments[*j].range.clone()])
            .flatten()
            .is_some()
    };
    if !has_month(date_text) && !parts.iter().any(month) {
        parts.clear();
    }
    parts
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

    /// The runs `parts_beside` takes into the date run `date` of `runs`, by their words.
    fn beside(text: &str, runs: &[(Label, &str)], date: usize) -> Vec<String> {
        let mut from = 0;
        let segs: Vec<Segment> = runs
            .iter()
            .map(|&(label, part)| {
                let start = from + text[from..].find(part).unwrap();
                from = start + part.len();
                Segment {
                    label,
                    range: start..from,
                }
            })
            .collect();
        parts_beside(&segs, date, text)
            .into_iter()
            .map(|j| text[segs[j].range.clone()].to_string())
            .collect()
    }

    #[test]
    fn a_month_and_day_read_apart_from_the_year_are_the_date() {
        let text = "Seminar, Ely, NV, March 4, 2015.";
        let runs = [
            (Label::Container, "Seminar"),
            (Label::Other, ", "),
            (Label::Location, "Ely, NV"),
            (Label::Other, ", "),
            (Label::Date, "March"),
            (Label::Other, " "),
            (Label::Date, "4"),
            (Label::Other, ", "),
            (Label::Date, "2015"),
        ];
        assert_eq!(beside(text, &runs, 8), ["4", "March"]);
        // "(2001, August" + "2": a day after the year when the month ends the date run.
        let text = "(2001, August 2). Title";
        let runs = [
            (Label::Date, "2001, August"),
            (Label::Other, " "),
            (Label::Date, "2"),
            (Label::Other, "). "),
            (Label::Title, "Title"),
        ];
        assert_eq!(beside(text, &runs, 0), ["2"]);
        // Another date's day after a full stop, and days without a month, stay apart.
        let text = "Files. 2 Aug. 2001. 23 Jan. 2002";
        let runs = [
            (Label::Title, "Files"),
            (Label::Other, ". "),
            (Label::Date, "2 Aug. 2001"),
            (Label::Other, ". "),
            (Label::Date, "23"),
        ];
        assert!(beside(text, &runs, 2).is_empty());
        let text = "retrieved August 13, 2013";
        let runs = [
            (Label::Other, "retrieved August"),
            (Label::Date, "13"),
            (Label::Other, ", "),
            (Label::Date, "2013"),
        ];
        assert!(beside(text, &runs, 3).is_empty());
    }
}

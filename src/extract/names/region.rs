//! Where an author list ends: a year, a quote, a sentence end, an editor mark, a bold
//! name closed by a period, or an italic venue.

use super::*;

/// A dash in the author's place: the authors of the entry before, again ("———. Title",
/// "---. Title", "______. Title", "—. 2005. Title"). A single dash needs its period or
/// comma: "– Smith, J. (2010)" is a bullet.
static REPEATED_AUTHORS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:(?:[—―–]{2,}|-{2,}|_{2,})\s*[.,:]?|[—―–]\s*[.,:])(?:\s|$)").unwrap()
});

/// One family name, a comma, given names and a middle initial, then a word: "Leftwich,
/// Richard H. The". The word is the title's when it is capitalised, it and two more words
/// follow before a comma or a stop (a second name would be "Alexander G. Hauptmann,"),
/// and none of them is "and".
static FAMILY_GIVEN_INITIAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}[\p{L}'’-]+\s+)+\p{Lu}\.\s+((?:[\p{L}'’-]+\s+){2}[\p{L}'’-]+)").unwrap()
});

/// The length of the repeated-authors dash that `text` starts with, with the punctuation
/// and space after it.
pub fn repeated_authors_len(text: &str) -> Option<usize> {
    REPEATED_AUTHORS.find(text).map(|m| m.end())
}

/// The end of the part of `text` that can hold authors: before a parenthesised year, an
/// opening quote, or the first sentence boundary.
pub(super) fn region_end(text: &str) -> usize {
    let mut end = text.len();
    if let Some(m) = YEAR_PAREN.find(text) {
        end = end.min(m.start());
    }
    // Opening quotes start the title; `‘` too (MHRA), which is never an apostrophe.
    if let Some(q) = text.find(['“', '"', '«', '„', '‘']) {
        end = end.min(q);
    }
    if let Some(m) = YEAR_BARE.find(&text[..end]) {
        end = end.min(m.start());
    }
    // "..., and P. Osei, 2018: Title" (AMS).
    if let Some(m) = YEAR_AFTER_NAMES.find(&text[..end]) {
        end = end.min(m.start());
    }
    // Cheap test first: the first word ends with a comma.
    if text.split(' ').next().is_some_and(|w| w.ends_with(','))
        && let Some(title) = FAMILY_GIVEN_INITIAL
            .captures(&text[..end])
            .and_then(|c| c.get(1))
        && title.as_str().starts_with(char::is_uppercase)
        && !title
            .as_str()
            .split_whitespace()
            .any(|w| matches!(w, "and" | "und" | "et" | "y" | "e" | "&"))
    {
        end = title.start() - 1;
    }
    for (i, _) in text.match_indices(". ") {
        if i >= end {
            break;
        }
        if is_boundary(text, i) {
            end = end.min(i);
            break;
        }
    }
    // "Lee, A. and B. Chen (Eds.)", "Lee, A., eds.": editors in the author's place.
    if let Some(m) = EDITOR_MARK.find(&text[..end]) {
        // The period of a last initial is the initial's ("George, L. K. (Eds.)").
        let initial_period =
            text[m.start()..].starts_with('.') && ends_in_initial(&text[..m.start()]);
        end = end.min(m.start() + usize::from(initial_period));
    }
    // "Authors: Title" in some CVs and in Current Opinion: names with a comma between
    // them, or one name with initials ("Moreno A: Title").
    if let Some(c) = text[..end].find(": ")
        && (text[..c].contains(',') || is_one_name_with_initials(&text[..c]))
    {
        end = end.min(c);
    }
    end
}

/// Whether `s` is one name of two to four words with an initial among them, each word a
/// name word or initials, marks aside: "Moreno A", "A. C. Ferreira", "Okafor CN*".
fn is_one_name_with_initials(s: &str) -> bool {
    let words: Vec<&str> = s
        .split_whitespace()
        .map(|w| w.trim_end_matches(['*', '†', '‡', '#']))
        .collect();
    (2..=4).contains(&words.len())
        && words.iter().any(|w| is_initials(w))
        && words.iter().all(|w| is_name_word(w) || is_initials(w))
}

/// Whether `s` ends in a lone capital letter: an initial without its period.
fn ends_in_initial(s: &str) -> bool {
    let mut rev = s.chars().rev();
    rev.next().is_some_and(char::is_uppercase)
        && rev.next().is_none_or(|c| c == ' ' || c == '.' || c == '-')
}

/// Where a bold run among the names ends in a period (inside or right after the bold)
/// before a capital: the end of the list ("**Müller-Brandt J.** Attention and awareness."), even though "J." is an
/// initial. The owner in bold, or a whole list set bold by the style.
pub(super) fn bold_names_end(rt: &RichText, text: &str) -> usize {
    rt.bold
        .iter()
        .filter(|r| r.end <= text.len() && r.end > 0)
        .find_map(|r| {
            // "**Müller-Brandt J.** Attention", "**Okafor CN**. A low-cost".
            let end = if text[..r.end].ends_with('.') {
                r.end - 1
            } else if text[r.end..].starts_with('.') {
                r.end
            } else {
                return None;
            };
            let after = &text[end + 1..];
            // An initial keeps its period: "**Rivera, M. A.** Copper-Catalyzed".
            let keep = usize::from(ends_in_initial(&text[..end]));
            (after.starts_with(' ') && after.trim_start().starts_with(|c: char| c.is_uppercase()))
                .then_some(end + keep)
        })
        .unwrap_or(text.len())
}

/// Where an italic run of two or more words followed by a number starts: a venue with
/// its volume or year, in a style that prints no title ("A. Moreno and B. Lee,
/// *Language Resources and Evaluation*, 2021, **55**, 901"). An italic run right after
/// " in " is a venue too, and the list ends before the "in" ("A. Moreno in *The Oxford
/// Handbook of Tone*", Angewandte Chemie).
pub(super) fn italic_venue_start(rt: &RichText, text: &str) -> usize {
    rt.italic
        .iter()
        .filter(|r| r.start > 0 && r.end <= text.len())
        .find_map(|r| {
            if text[r.clone()].split_whitespace().count() < 2 {
                return None;
            }
            let before = &text[..r.start];
            if let Some(head) = before.strip_suffix(" in ") {
                return Some(head.len());
            }
            text[r.end..]
                .trim_start_matches([',', '.', ';', ' '])
                .starts_with(|c: char| c.is_ascii_digit())
                .then_some(r.start)
        })
        .unwrap_or(text.len())
}

//! A book's series in brackets after its title, before the imprint: "*A grammar of
//! Ekegusii tone* (Studies in African Linguistics 12). Berlin: Language Science Press."
//! (linguistics' unified style sheet), "(Lecture Notes in Mathematics, vol. 1099)".

use std::sync::LazyLock;

use regex::Regex;

use super::fields::re;
use super::venue::publisher_and_place;

/// The series' name (capitalised, at least two words) and perhaps its number, with or
/// without "vol." or "no." before it.
static SERIES_BRACKET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*\(\s*(\p{Lu}[\p{L}'’&-]*(?:,?\s+[\p{L}'’&-]+){1,11}?)(?:,?\s+(?:(?i:vol(?:ume)?|no|nr|band|bd)\.?\s*)?(\d{1,5}))?\s*\)\s*[.,]?",
    )
});

/// Words that make brackets something else: a report, a thesis, an edition, a
/// translation, a reprint, a language.
static NOT_A_SERIES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:report|thesis|dissertation|ed|eds|edn|edition|editors?|trans|translated|translation|reprinted|original|press)\b|^(?:vol|no|pp?)\b|^in\s+\p{L}+$",
    )
});

/// A series and its number.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Series {
    /// "Studies in African Linguistics".
    pub name: String,
    /// "12".
    pub number: Option<String>,
}

/// Takes a series in brackets off the start of `tail` when the imprint follows it
/// ("(Studies in African Linguistics 12). Berlin: Language Science Press."), or off the
/// end of `title` when the imprint starts `tail`.
pub(super) fn take_series(title: &mut String, tail: &mut String) -> Option<Series> {
    if tail.trim_start().starts_with('(') {
        let c = SERIES_BRACKET.captures(tail)?;
        let rest = &tail[c.get(0).unwrap().end()..];
        let series = series_from(&c, rest)?;
        *tail = rest.trim_start().to_string();
        return Some(series);
    }
    if !title.trim_end().ends_with(')') {
        return None;
    }
    let open = title.rfind('(')?;
    let c = SERIES_BRACKET.captures(&title[open..])?;
    if c.get(0).unwrap().end() != title.len() - open {
        return None;
    }
    let series = series_from(&c, tail)?;
    title.truncate(open);
    title.truncate(title.trim_end().len());
    Some(series)
}

/// Takes a series in brackets off the start of `tail`, which follows a chapter's book:
/// "*Nominalization in Asian languages* (Typological Studies in Language 128), 77–104.
/// Amsterdam: John Benjamins." The brackets must be followed by the pages or the
/// imprint, and their number must be no year ("(Findings of EMNLP 2021)" is no series).
pub(super) fn take_series_after_container(tail: &mut String) -> Option<Series> {
    if !tail.trim_start().starts_with('(') {
        return None;
    }
    let c = SERIES_BRACKET.captures(tail)?;
    let end = c.get(0).unwrap().end();
    let name = series_name(&c)?;
    let number = c.get(2).map(|m| m.as_str());
    if number.is_some_and(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20"))) {
        return None;
    }
    let rest = &tail[end..];
    let pages_follow = {
        let r = rest.trim_start_matches([' ', ',']);
        let r = r
            .strip_prefix("pp.")
            .or_else(|| r.strip_prefix("p."))
            .unwrap_or(r)
            .trim_start();
        r.starts_with(|ch: char| ch.is_ascii_digit())
    };
    let imprint_follows = {
        let first = rest
            .trim_start_matches([' ', '.', ','])
            .split(". ")
            .next()
            .unwrap_or("");
        publisher_and_place(first).is_some()
    };
    if !(pages_follow || imprint_follows) {
        return None;
    }
    let series = Series {
        name,
        number: number.map(str::to_string),
    };
    *tail = rest.to_string();
    Some(series)
}

/// The series name a match holds, unless the words say the brackets are something else
/// or most of them are not capitalised.
fn series_name(c: &regex::Captures) -> Option<String> {
    let name = c.get(1).unwrap().as_str();
    let words: Vec<&str> = name.split_whitespace().collect();
    // Series are named in title case: most words capitalised.
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    if NOT_A_SERIES.is_match(name) || capitalised * 2 <= words.len() {
        return None;
    }
    Some(name.trim_end_matches(',').to_string())
}

/// The series a match names, when the text after it starts with the imprint.
fn series_from(c: &regex::Captures, after: &str) -> Option<Series> {
    let name = series_name(c)?;
    let first = after
        .trim_start_matches([' ', '.', ','])
        .split(". ")
        .next()
        .unwrap_or("");
    publisher_and_place(first)?;
    Some(Series {
        name,
        number: c.get(2).map(|m| m.as_str().to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn series(title: &str, tail: &str) -> (Option<Series>, String, String) {
        let (mut title, mut tail) = (title.to_string(), tail.to_string());
        let s = take_series(&mut title, &mut tail);
        (s, title, tail)
    }

    #[test]
    fn a_bracketed_series_before_the_imprint() {
        let (s, _, tail) = series(
            "A grammar of Ekegusii tone",
            "(Studies in African Linguistics 12). Berlin: Language Science Press.",
        );
        assert_eq!(
            s,
            Some(Series {
                name: "Studies in African Linguistics".into(),
                number: Some("12".into())
            })
        );
        assert_eq!(tail, "Berlin: Language Science Press.");
        let (s, title, _) = series(
            "Lectures on tone (Lecture Notes in Linguistics, vol. 7)",
            "Amsterdam: John Benjamins.",
        );
        assert_eq!(s.unwrap().number.as_deref(), Some("7"));
        assert_eq!(title, "Lectures on tone");
        let (s, _, _) = series(
            "Syntax",
            "(Oxford Surveys in Syntax). Oxford University Press.",
        );
        assert_eq!(s.unwrap().number, None);
    }

    #[test]
    fn a_series_after_a_chapters_book() {
        let mut tail = " (Typological Studies in Language 128), 77–104. Amsterdam: John Benjamins."
            .to_string();
        let s = take_series_after_container(&mut tail).unwrap();
        assert_eq!(s.name, "Typological Studies in Language");
        assert_eq!(s.number.as_deref(), Some("128"));
        assert_eq!(tail, " 77–104. Amsterdam: John Benjamins.");
        for tail in [
            " (Findings of EMNLP 2021), pp. 1–9.",
            " (Volume 1: Long Papers), pp. 1–9.",
            " (Oral Presentation Award). Best paper.",
            " (ACL 2020), 1–9.",
        ] {
            let mut t = tail.to_string();
            assert_eq!(take_series_after_container(&mut t), None, "{tail}");
            assert_eq!(t, tail);
        }
    }

    #[test]
    fn other_brackets_are_no_series() {
        for tail in [
            "(Technical Report 12). Berlin: Institut.",
            "(2nd ed.). Oxford: Oxford University Press.",
            "(Vol. 2). Oxford: Oxford University Press.",
            "(in Japanese). Tokyo: Iwanami Shoten.",
            "(Studies in African Linguistics 12). Phonology 40(1), 1-9.",
            "(an overview of tone). Berlin: Language Science Press.",
        ] {
            assert_eq!(series("Title", tail).0, None, "{tail}");
        }
    }
}

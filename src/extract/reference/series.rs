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

/// The series a match names, when the text after it starts with the imprint.
fn series_from(c: &regex::Captures, after: &str) -> Option<Series> {
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
    let first = after
        .trim_start_matches([' ', '.', ','])
        .split(". ")
        .next()
        .unwrap_or("");
    publisher_and_place(first)?;
    Some(Series {
        name: name.trim_end_matches(',').to_string(),
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

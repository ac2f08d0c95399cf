//! Co-authors named after the title, as economists' and mathematicians' CVs list them:
//! "“Trade and Wages” (with Ana Ruiz and Bo Li), *Econometrica*, 2020". The owner is
//! left out of such lists; the names are the entry's other authors.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::fields::re;
use crate::extract::inline::RichText;
use crate::extract::names;
use crate::model::{Author, Person};

/// "(with NAMES)", or ", with NAMES," (also after a closing quote: "Title,” with
/// NAMES,") where no name has an initial's stop.
static WITH_NAMES: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\s*\(\s*[Ww]ith\s+([^()]{3,200}?)\s*\)|(,|[”\x22’])\s*with\s+([^,.;()]{3,80}?)\s*,")
});

/// The co-authors named with "with" in `rt`, and the text that names them (with the
/// comma before it); `None` when there is no list of names there.
pub(super) fn find_coauthors(rt: &RichText) -> Option<(Range<usize>, Vec<Author>)> {
    // Cheap test first: this runs on every reference.
    if !rt.text.contains("with ") && !rt.text.contains("With ") {
        return None;
    }
    let c = WITH_NAMES.captures(&rt.text)?;
    let whole = c.get(0).unwrap();
    // Not at the start: the names follow a title.
    if whole.start() < 3 {
        return None;
    }
    let authors = name_list(c.get(1).or(c.get(3)).unwrap().as_str())?;
    let mut range = whole.range();
    match c.get(2) {
        // ", with NAMES," keeps one comma, which sets the title off from what follows.
        Some(m) if m.as_str() == "," => range.end -= 1,
        // "Title,” with NAMES,": the quote stays, the comma after the names goes.
        Some(m) => range.start = m.end(),
        None => {}
    }
    Some((range, authors))
}

/// The names of "Ana Ruiz, Bo Li and J. Smith": each two to four capitalised words or
/// initials; `None` when any part is something else.
fn name_list(list: &str) -> Option<Vec<Author>> {
    let parts: Vec<&str> = list
        .split(", ")
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" & "))
        .map(|p| p.trim().trim_start_matches("and ").trim())
        .filter(|p| !p.is_empty())
        .collect();
    let is_name = |p: &str| {
        let words: Vec<&str> = p.split_whitespace().collect();
        (2..=4).contains(&words.len())
            && words.iter().all(|w| {
                names::is_initials(w)
                    || names::is_particle(w)
                    || w.starts_with(char::is_uppercase)
                        && w.chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
            })
    };
    (!parts.is_empty() && parts.len() <= 8 && parts.iter().all(|p| is_name(p))).then(|| {
        parts
            .iter()
            .map(|p| Author::from(Person::parse(p)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::document::Format;
    use crate::extract::inline;

    fn take(text: &str) -> (String, Vec<String>) {
        let mut rt = inline::parse(text, Format::Markdown);
        let authors = match find_coauthors(&rt) {
            Some((range, authors)) => {
                rt.remove(&[range]);
                authors
            }
            None => Vec::new(),
        };
        let names = authors.iter().map(|a| a.name.family.clone()).collect();
        (rt.text, names)
    }

    #[test]
    fn names_after_with_are_co_authors() {
        assert_eq!(
            take("Lee, A. Trade, with Ana Ruiz, Econometrica, 2020."),
            (
                "Lee, A. Trade, Econometrica, 2020.".into(),
                vec!["Ruiz".into()]
            )
        );
        assert_eq!(
            take("“Trade and Wages” (with Ana Ruiz and Bo Li), *Econometrica*, 2020."),
            (
                "“Trade and Wages”, Econometrica, 2020.".into(),
                vec!["Ruiz".into(), "Li".into()]
            )
        );
        assert_eq!(
            take("Sparse attention (with J. Smith and K. Wu). NeurIPS 2022."),
            (
                "Sparse attention. NeurIPS 2022.".into(),
                vec!["Smith".into(), "Wu".into()]
            )
        );
        assert_eq!(
            take("“Trade and Wages,” with Ana Ruiz, *Journal of Trade*, 2019."),
            (
                "“Trade and Wages,” Journal of Trade, 2019.".into(),
                vec!["Ruiz".into()]
            )
        );
    }

    #[test]
    fn with_before_no_names_stays() {
        for text in [
            "Lee, A. (2020). Learning with noisy labels (with applications). Journal, 3.",
            "Lee, A. (2020). Trade with China, a history, Journal, 3.",
        ] {
            assert_eq!(take(text), (text.to_string(), vec![]), "{text}");
        }
    }
}

//! Roles in parentheses after contributor names, as APA writes them for films, shows and
//! recordings: "Davidson, F. (Producer), & Davidson, J. (Director). (1999)." The role
//! words are style terms like "(Eds.)": they are blanked out before either reading, so
//! the names parser reads on to the date and the tagger sees a plain author list.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::fields;
use crate::extract::inline::RichText;

/// A role in parentheses right after a name's last letter or initial.
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    fields::re(
        r"(?i)[\p{L}.] (\((?:executive |co-?)?(?:directors?|producers?|writers?|hosts?|composers?|performers?|presenters?|interviewers?|photographers?|creators?|narrators?|speakers?|artists?|conductors?|illustrators?)\))",
    )
});

/// The first date in parentheses ("(1999)", "(2008, May 3)"): roles stand before it.
static DATE: LazyLock<Regex> = LazyLock::new(|| fields::re(r"\((?:1[5-9]|20)\d\d"));

/// Blanks out every role before the reference's date. Spaces replace the ASCII role
/// text, so every byte offset into the text (markup, links) stays valid.
pub(super) fn blank_roles(rt: &mut RichText) {
    if !rt.text.contains(" (") {
        return;
    }
    let end = DATE.find(&rt.text).map_or(rt.text.len(), |m| m.start());
    let ranges: Vec<_> = ROLE
        .captures_iter(&rt.text[..end])
        .map(|c| c.get(1).expect("group 1 is not optional").range())
        .collect();
    for r in ranges {
        let blank = " ".repeat(r.len());
        rt.text.replace_range(r, &blank);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::document::Format;
    use crate::extract::inline;

    fn blanked(s: &str) -> String {
        let mut rt = inline::parse(s, Format::Text);
        blank_roles(&mut rt);
        rt.text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn roles_before_the_date_are_blanked() {
        assert_eq!(
            blanked(
                "Davidson, F. (Producer), & Davidson, J. (Director). (1999). Skinner [Motion picture]."
            ),
            "Davidson, F. , & Davidson, J. . (1999). Skinner [Motion picture]."
        );
        // After the date the words stay ("(Director)" in a title is the title's).
        assert_eq!(
            blanked("Lee, A. (2001). Notes of a Film Crew (Director) [Book]."),
            "Lee, A. (2001). Notes of a Film Crew (Director) [Book]."
        );
    }
}

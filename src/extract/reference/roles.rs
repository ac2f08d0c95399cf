//! Roles in parentheses after contributor names, as APA writes them for films, shows and
//! recordings: "Kessler, F. (Producer), & Kessler, J. (Director). (2002)." The role
//! words are style terms like "(Eds.)": they are blanked out before either reading, so
//! the names parser reads on to the date and the tagger sees a plain author list.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::fields;
use crate::extract::inline::RichText;
use crate::model::Entry;

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

/// A sentence that names a film's or a show's people, as MLA writes them after the
/// title: "Dir. Daniel Ferris.", "Perf. Laura Quint, Lori Petty.", "Prod. Ann Lee.".
static MLA_ROLE_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    fields::re(r"\.\s+((?:Dir|Perf|Prod|Narr|Writ)\.\s+[^.]*(?:\.\s?\p{Lu}\.)*[^.]*)\.")
});

/// The words that open a sentence of contributors, MLA style: after a title that stands
/// first, they mean that the reference has no authors.
const ROLE_LEADS: [&str; 9] = [
    "Dir. ",
    "Perf. ",
    "Prod. ",
    "Ed. ",
    "Eds. ",
    "Trans. ",
    "Edited by ",
    "Directed by ",
    "Translated by ",
];

/// Whether the reference opens with its title: its first sentence is followed by a
/// sentence of contributors ("The Crossing. Dir. Daniel Ferris.", "Sea Stories. Ed.
/// Peter Marlowe."), so that sentence names no authors.
pub(super) fn title_comes_first(text: &str) -> bool {
    let Some(end) = text
        .match_indices(". ")
        .map(|(i, _)| i)
        .find(|&i| crate::extract::names::is_boundary(text, i))
    else {
        return false;
    };
    let first = &text[..end];
    // "Smith, John. Ed. ..." names its author, and "———. Title. Translated by ..."
    // repeats the authors before.
    !first.contains(',')
        && !first.starts_with(['_', '—', '–', '-'])
        && ROLE_LEADS.iter().any(|l| text[end + 2..].starts_with(l))
}

/// Takes MLA's sentences of a film's people ("Dir. Daniel Ferris. Perf. Laura Quint.")
/// out of `rt` into the note: they are neither authors nor a venue.
pub(super) fn take_mla_roles(rt: &mut RichText, e: &mut Entry) {
    if !rt.text.contains(". Dir.") && !rt.text.contains(". Perf.") && !rt.text.contains(". Prod.") {
        return;
    }
    // One sentence's full stop is the next one's lead: each search starts at the stop.
    let mut found: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut at = 0;
    while let Some(c) = MLA_ROLE_SENTENCE.captures_at(&rt.text, at) {
        let m = c.get(1).expect("group 1 is not optional");
        // The sentence and its full stop go; the stop before it stays.
        found.push((m.start()..m.end() + 1, m.as_str().trim().to_string()));
        at = m.end();
    }
    if found.is_empty() {
        return;
    }
    for (_, role) in &found {
        e.add_note(role);
    }
    let ranges: Vec<_> = found.into_iter().map(|(r, _)| r).collect();
    rt.remove(&ranges);
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
    fn a_film_s_people_go_to_the_note_and_the_title_comes_first() {
        let text = "The Crossing. Dir. Daniel Ferris. Perf. Laura Quint. Artisan, Santa Monica, Calif., 1996.";
        assert!(title_comes_first(text));
        let mut rt = inline::parse(text, Format::Text);
        let mut e = Entry::default();
        take_mla_roles(&mut rt, &mut e);
        assert_eq!(
            rt.text,
            "The Crossing. Artisan, Santa Monica, Calif., 1996."
        );
        assert_eq!(
            e.note.as_deref(),
            Some("Dir. Daniel Ferris; Perf. Laura Quint")
        );
        assert!(title_comes_first(
            "Sea Stories. Ed. Peter Marlowe. New York: Knopf, 2008."
        ));
        for s in [
            "Plotinus. The Six Enneads. Trans. W. R. Inge. Web.",
            "Smith, John. Ed. Title of the Book. Boston, 2001.",
            "Lee, A. (2001). Title. Journal, 3.",
            "———. Quiet Days. Translated by Anne Porter. London: Faber, 1961.",
        ] {
            assert!(!title_comes_first(s), "{s}");
        }
    }

    #[test]
    fn roles_before_the_date_are_blanked() {
        assert_eq!(
            blanked(
                "Kessler, F. (Producer), & Kessler, J. (Director). (2002). Pavlov [Motion picture]."
            ),
            "Kessler, F. , & Kessler, J. . (2002). Pavlov [Motion picture]."
        );
        // After the date the words stay ("(Director)" in a title is the title's).
        assert_eq!(
            blanked("Lee, A. (2001). Notes of a Film Crew (Director) [Book]."),
            "Lee, A. (2001). Notes of a Film Crew (Director) [Book]."
        );
    }
}

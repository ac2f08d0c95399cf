//! Editors introduced by a word after the title, as MLA and Chicago write them: "Problems
//! of Modernity. Ed. A. Benjamin. Coventry", "De ordine civitatis, ed. Joseph Wendel.",
//! "In Hawthorne and Form, edited by Samuel Brandt and Geoffrey Lowell, 211-29".
//! They are taken out of the text before either reading, like translators, so that
//! neither reads the names as a venue or a publisher; "edited and translated by" names
//! the translators too.

use std::sync::LazyLock;

use regex::Regex;

use super::editors::parse_editor_names;
use super::fields::re;
use super::translators::names_after_lead;
use crate::extract::inline::RichText;
use crate::extract::names;
use crate::model::{Entry, Person};

/// The words before the editors' names, after a sentence or a comma (group 1 when they
/// are the translators too). "Ed." counts after a sentence only: after a comma it is a
/// given name ("Smith, Ed.").
static EDITED_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:[.,]\s+(?:(?i:edited(\s+and\s+translated)?\s+by)|ed\.|eds\.)|\.\s+(?:Ed|Eds)\.)\s*:?\s+",
    )
});

/// Takes the first editor statement after the reference's first sentence out of `rt`
/// into `e.editors` (and the translators, for "edited and translated by"). A statement
/// that starts a sentence counts after the second sentence, or after the first when
/// the reference has no authors (`title_first`).
pub(super) fn take_edited_by(rt: &mut RichText, e: &mut Entry, title_first: bool) {
    // Cheap test first: every lead starts " ed" or " Ed".
    let lead_possible = rt
        .text
        .as_bytes()
        .windows(3)
        .any(|w| w == b" ed" || w == b" Ed");
    if !lead_possible || !e.editors.is_empty() {
        return;
    }
    let Some(lead) = EDITED_BY.captures(&rt.text) else {
        return;
    };
    let whole = lead.get(0).expect("group 0 is the match");
    // Within the author list it names no editors ("Smith, Ed. Title."), and right
    // after the first sentence it may follow a title with no authors before it
    // ("Calendar of State Papers. Edited by J. Stephenson."): a statement that starts
    // a sentence needs two sentences before it, one after a comma needs one.
    let own_sentence = rt.text[whole.start()..].starts_with('.');
    let needed = if own_sentence && !title_first { 2 } else { 1 };
    // The stop that opens the statement ends the sentence before it.
    let before = sentence_ends(&rt.text[..whole.start()]) + usize::from(own_sentence);
    if before < needed {
        return;
    }
    let translated = lead.get(1).is_some();
    // "In Bill Farrow, ed. Moral Reasoning": the names before the comma are the
    // editors, and the book follows.
    if !own_sentence {
        let piece = last_piece(&rt.text[..whole.start()]);
        if !parse_editor_names(piece).is_empty() {
            return;
        }
    }
    // The lead's period or comma goes with it; the period after the names stays.
    let Some((range, editors)) = names_after_lead(&rt.text, whole) else {
        return;
    };
    // The statement ends a sentence: names followed by pages or an edition
    // ("edited by A and B, 137-55.") are left to the readings.
    if !rt.text[range.end..].is_empty() && !rt.text[range.end..].starts_with('.') {
        return;
    }
    if translated {
        let names: Vec<String> = editors.iter().map(Person::to_bibtex).collect();
        e.set_extra("translator", names.join(" and "));
    }
    e.editors = editors;
    rt.remove(&[range]);
}

/// ACS's editors between semicolons after the book: "In *Book*; Hartwig, J. F., Ed.;
/// Wiley-VCH: Weinheim, 2020".
static ACS_EDITORS: LazyLock<Regex> = LazyLock::new(|| re(r";\s+([^;]{3,300}?),?\s+Eds?\.\s*;"));

/// Takes ACS's editors between semicolons ([`ACS_EDITORS`]) out of `rt` into
/// `e.editors`; the semicolon before the publisher stays.
pub(super) fn take_acs_editors(rt: &mut RichText, e: &mut Entry) {
    if !e.editors.is_empty() || !rt.text.contains(" Ed") {
        return;
    }
    let Some(c) = ACS_EDITORS.captures(&rt.text) else {
        return;
    };
    let editors = parse_editor_names(&c[1]);
    if editors.is_empty() {
        return;
    }
    let whole = c.get(0).expect("group 0 is the match");
    e.editors = editors;
    let statement = whole.start()..whole.end() - 1;
    rt.remove(&[statement]);
}

/// The words of `text` after its last sentence end, bracket or comma, and after "In".
fn last_piece(text: &str) -> &str {
    let start = text
        .char_indices()
        .rfind(|&(_, c)| matches!(c, '.' | '(' | ')' | ',' | ';' | '“' | '”' | '"'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let piece = text[start..].trim();
    piece
        .strip_prefix("in ")
        .or_else(|| piece.strip_prefix("In "))
        .unwrap_or(piece)
}

/// How many sentences end in `text`: at a full stop (or one inside closing quotes)
/// before a space, not after initials or an abbreviation, or after a dash that repeats
/// the authors before ("______.").
fn sentence_ends(text: &str) -> usize {
    text.match_indices(". ")
        .filter(|&(i, _)| {
            names::is_boundary(text, i)
                || text[..i]
                    .chars()
                    .all(|c| matches!(c, '_' | '—' | '–' | '-'))
        })
        .count()
        + text.matches(".\" ").count()
        + text.matches(".” ").count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn take(text: &str) -> (String, Vec<String>) {
        let mut rt = RichText {
            text: text.to_string(),
            ..RichText::default()
        };
        let mut e = Entry::default();
        take_edited_by(&mut rt, &mut e, false);
        (rt.text, e.editors.iter().map(Person::to_bibtex).collect())
    }

    #[test]
    fn editors_after_their_word_are_taken_out() {
        let (text, eds) = take(
            "Tolland, Peter. \"Stranger.\" Questions of Modernity. Ed. A. Harcourt. Coventry: Warwick UP, 1989.",
        );
        assert_eq!(
            text,
            "Tolland, Peter. \"Stranger.\" Questions of Modernity. Coventry: Warwick UP, 1989."
        );
        assert_eq!(eds, ["Harcourt, A."]);
        let (text, eds) =
            take("______. De ordine civitatis, ed. Joseph Wendel. CCSL 47. Turnhout, 1967.");
        assert_eq!(
            text,
            "______. De ordine civitatis. CCSL 47. Turnhout, 1967."
        );
        assert_eq!(eds, ["Wendel, Joseph"]);
        let (text, eds) = take(
            "Lee, Ann. “Bartleby.” In Melville, edited by Samuel Brandt and Geoffrey Lowell. New York: Palgrave, 2011.",
        );
        assert_eq!(
            text,
            "Lee, Ann. “Bartleby.” In Melville. New York: Palgrave, 2011."
        );
        assert_eq!(eds, ["Brandt, Samuel", "Lowell, Geoffrey"]);
        // Author, title, then the statement in a sentence of its own.
        let (text, eds) = take(
            "Moreau, Claire. The Shape of Cities. Edited and translated by Paul Girard. Oxford: Blackwell, 1994.",
        );
        assert_eq!(
            text,
            "Moreau, Claire. The Shape of Cities. Oxford: Blackwell, 1994."
        );
        assert_eq!(eds, ["Girard, Paul"]);
    }

    #[test]
    fn a_given_name_ed_is_no_editor_statement() {
        for s in [
            "Smith, Ed. Deep Learning Systems. MIT Press, 2019.",
            "Lee, A., Smith, Ed., and Chen, B. Deep nets. Nature, 2019.",
            // The editors before ", ed.", the book after it.
            "Lee, Ann. “Moral.” in Bill Farrow, ed. Moral Reasoning: Perspectives. New York, 1994.",
            // Pages after the names: the readings place both.
            "Lee, Ann. “Bartleby.” In Melville, edited by Samuel Otter, 137-55. New York, 2011.",
        ] {
            assert_eq!(take(s), (s.to_string(), vec![]), "{s}");
        }
    }
}

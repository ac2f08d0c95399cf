//! Translators: "Translated by James Whitlow.", ", trans. Thomas Edward Lyle (London",
//! "(tr. Peter Hale and R.B. Oru)", "Traduction de Sylvie Aubrac." They are taken out
//! of the text before either reading, so that neither takes them for a venue or a
//! publisher, and kept in the `translator` field.

use std::sync::LazyLock;

use regex::Regex;

use super::editors::parse_editor_names;
use super::fields::re;
use super::split::sentence_end;
use crate::extract::inline::RichText;
use crate::model::{Entry, Person};

/// The words before a translator's names, after a sentence, a comma or an opening
/// bracket. The short forms count in lower case only: "Trans." also opens journal names
/// ("Trans. Amer. Math. Soc.").
static TRANSLATED_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:[.,;]\s+|\s*\(\s*|^)(?:(?i:translated(?:\s+from\s+the\s+\p{L}+)?\s+by|traduction\s+(?:de|par)|traduit(?:\s+de\s+l['’]\p{L}+)?\s+par|übersetzt\s+von)|trans\.(?:\s+by)?|transl\.(?:\s+by)?|tr\.|trad\.|übers\.\s+v\.)\s*:?\s+",
    )
});

/// "Trans." capitalised at a sentence's start, as MLA writes it after the title
/// ("Maps of Salt. Trans. Daniel Whitcombe."; group 1 from the space before it). It also opens
/// journal names ("On groups. Trans. Amer. Math. Soc."), so [`find_sentence_translators`]
/// checks the names after it.
static TRANS_SENTENCE: LazyLock<Regex> = LazyLock::new(|| re(r#"\.[”"’]?(\s+Trans\.\s+)"#));

/// A translator's role in brackets after the names, as Oxford-style lists write it:
/// "Caryl Emerson (trans.)", "Walter J. Crane (ed. and trans.)" (group 1 for editors).
static TRANSLATOR_ROLE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\s*\((?i:(eds?\.?\s+(?:and|&)\s+)?(?:trans|transl|tr)\.?)\)"));

/// Takes the first translator statement out of `rt` into the entry's `translator` field
/// (names in BibTeX form, joined by "and"): one led by its words ("Translated by"), or
/// else names with the role after them ("(trans.)"), who may be the editors too.
pub(super) fn take_translators(rt: &mut RichText, e: &mut Entry) {
    let mut editors_too = false;
    let Some((range, translators)) = find_translators(&rt.text).or_else(|| {
        let (range, names, editors) = find_trailing_role(&rt.text)?;
        editors_too = editors;
        Some((range, names))
    }) else {
        return;
    };
    let names: Vec<String> = translators.iter().map(Person::to_bibtex).collect();
    e.set_extra("translator", names.join(" and "));
    if editors_too && e.editors.is_empty() {
        e.editors = translators;
    }
    rt.remove(&[range]);
}

/// Names followed by a translator's role in brackets: the byte range of the names and
/// the role, the names, and whether the role makes them the editors too. The names are
/// the longest run of comma pieces before the role that reads as names alone, after a
/// bracket, a sentence's end or "in".
fn find_trailing_role(text: &str) -> Option<(std::ops::Range<usize>, Vec<Person>, bool)> {
    // Cheap test first: the role's word right after the bracket, or after "and".
    let possible = ["(tr", "(Tr", "and trans", "& trans", "and tr.", "& tr."];
    if !text.contains('(') || !possible.iter().any(|p| text.contains(p)) {
        return None;
    }
    let role = TRANSLATOR_ROLE.captures(text)?;
    let whole = role.get(0).expect("group 0 is the match");
    let before = &text[..whole.start()];
    let sentence_end = before
        .rmatch_indices(". ")
        .map(|(i, _)| i)
        .find(|&i| crate::extract::names::is_boundary(before, i));
    let mut floor = [before.rfind(['(', ')', ';']), sentence_end]
        .into_iter()
        .flatten()
        .max()
        .map_or(0, |i| i + 1)
        .max(before.len().saturating_sub(MAX_NAMES_LEN));
    while !before.is_char_boundary(floor) {
        floor += 1;
    }
    let mut starts: Vec<usize> = before[floor..]
        .match_indices(", ")
        .map(|(i, _)| floor + i + 2)
        .collect();
    starts.insert(0, floor);
    let (start, names) = starts.into_iter().find_map(|start| {
        let run = before[start..].trim();
        let run = run
            .strip_prefix("in ")
            .or_else(|| run.strip_prefix("In "))
            .unwrap_or(run);
        let names = parse_editor_names(run.trim_end_matches([',', ' ']));
        (!names.is_empty()).then_some((start, names))
    })?;
    let start = start + (before[start..].len() - before[start..].trim_start().len());
    Some((start..whole.end(), names, role.get(1).is_some()))
}

/// The longest run of names a statement is read from, in bytes.
const MAX_NAMES_LEN: usize = 400;

/// The translators in `text` and the byte range of their statement.
fn find_translators(text: &str) -> Option<(std::ops::Range<usize>, Vec<Person>)> {
    match TRANSLATED_BY.find(text) {
        Some(lead) => names_after_lead(text, lead),
        None => find_sentence_translators(text),
    }
}

/// The translators after a capitalised "Trans." that starts a sentence
/// ([`TRANS_SENTENCE`]), when their names are written out (no abbreviation but
/// initials: "Amer. Math. Soc." is a journal) and end the sentence. The statement's
/// range runs from the space before "Trans." to the names' stop, so the stop before
/// it (perhaps inside a closing quote) stays.
fn find_sentence_translators(text: &str) -> Option<(std::ops::Range<usize>, Vec<Person>)> {
    if !text.contains("Trans. ") {
        return None;
    }
    let lead = TRANS_SENTENCE.captures(text)?.get(1)?;
    let (range, names) = names_after_lead(text, lead)?;
    let written_out = text[lead.end()..range.end]
        .split_whitespace()
        .all(|w| !w.ends_with('.') || w.trim_end_matches('.').chars().count() == 1);
    let rest = &text[range.end..];
    let ends_sentence = rest == "." || rest.starts_with(". ");
    (written_out && ends_sentence).then(|| (range.start..range.end + 1, names))
}

/// The names after `lead` (a match in `text` of the words that introduce them) and the
/// byte range of the whole statement: the lead and the longest run of comma pieces
/// after it that reads as names alone, up to a bracket, a semicolon, a colon, a digit
/// or the sentence's end.
pub(super) fn names_after_lead(
    text: &str,
    lead: regex::Match,
) -> Option<(std::ops::Range<usize>, Vec<Person>)> {
    let bracketed = lead.as_str().trim_start().starts_with('(');
    let rest = &text[lead.end()..];
    let stop = [
        rest.find(['(', ')', ';', ':']),
        sentence_end(rest),
        rest.find(|c: char| c.is_ascii_digit()),
    ]
    .into_iter()
    .flatten()
    .min()
    .unwrap_or(rest.len());
    // Names run a few hundred bytes at most: a longer run is cut, so that reading each
    // comma piece stays cheap however long the text.
    let mut stop = stop.min(MAX_NAMES_LEN);
    while !rest.is_char_boundary(stop) {
        stop -= 1;
    }
    let mut run = &rest[..stop];
    // A publisher after the names ends them ("edited by A and B, Cambridge UP, 2003").
    if let Some(at) = run.match_indices(", ").map(|(i, _)| i).find(|&i| {
        crate::extract::fields::is_publisher(run[i + 2..].split(',').next().unwrap_or(""))
    }) {
        run = &run[..at];
    }
    // Candidate ends: after each comma piece, the longest first.
    let mut ends: Vec<usize> = run.match_indices(", ").map(|(i, _)| i).collect();
    ends.push(run.len());
    let (end, names) = ends.into_iter().rev().find_map(|end| {
        let names = parse_editor_names(run[..end].trim_end_matches([',', ' ', '.']));
        (!names.is_empty()).then_some((run[..end].trim_end_matches([' ', ',']).len(), names))
    })?;
    let mut end = lead.end() + end;
    // A period ends an initial or the name; the sentence's own period stays.
    if text[..end].ends_with('.') && !bracketed {
        end -= 1;
    }
    if bracketed && text[end..].trim_start().starts_with(')') {
        end += text[end..].find(')').unwrap_or(0) + 1;
    }
    Some((lead.start()..end, names))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn take(text: &str) -> (String, Option<String>) {
        let mut rt = RichText {
            text: text.to_string(),
            ..RichText::default()
        };
        let mut e = Entry::default();
        take_translators(&mut rt, &mut e);
        (rt.text, e.extra_field("translator").map(str::to_string))
    }

    #[test]
    fn translator_statements_are_taken_out() {
        let (text, t) =
            take("Lanterns over the Harbour. Translated by James Whitlow. Boston: Little, 1963.");
        assert_eq!(text, "Lanterns over the Harbour. Boston: Little, 1963.");
        assert_eq!(t.as_deref(), Some("Whitlow, James"));

        let (text, t) = take("Der Nachtzug, trans. Thomas Edward Lyle (London: Hurst, 1938)");
        assert_eq!(text, "Der Nachtzug (London: Hurst, 1938)");
        assert_eq!(t.as_deref(), Some("Lyle, Thomas Edward"));

        let (text, t) = take("Aldus Manutius (translated by Colin Burrell). New York: Scholar");
        assert_eq!(text, "Aldus Manutius. New York: Scholar");
        assert_eq!(t.as_deref(), Some("Burrell, Colin"));

        let (text, t) =
            take("The Letters (tr. Peter Hale and R.B. Oru), London: Burns & Oates, 1987.");
        assert_eq!(text, "The Letters, London: Burns & Oates, 1987.");
        assert_eq!(t.as_deref(), Some("Hale, Peter and Oru, R.B."));

        let (_, t) = take("Lire et comprendre. Traduction de Sylvie Aubrac. Paris : Dunod.");
        assert_eq!(t.as_deref(), Some("Aubrac, Sylvie"));

        // "Trans." capitalised at a sentence's start, also after a quoted title.
        let (text, t) = take(
            "Ortiz, Lucía. Maps of Salt. 1979. Trans. Daniel K. Whitcombe. Studies in Coastal History. Boston: Harbor Press, 1988.",
        );
        assert_eq!(
            text,
            "Ortiz, Lucía. Maps of Salt. 1979. Studies in Coastal History. Boston: Harbor Press, 1988."
        );
        assert_eq!(t.as_deref(), Some("Whitcombe, Daniel K."));
        let (text, t) = take(
            "Ferrand, Paul. “The Quiet Room.” Trans. Marta Lind. Signs and Society 4.1 (2016): 55-70.",
        );
        assert_eq!(
            text,
            "Ferrand, Paul. “The Quiet Room.” Signs and Society 4.1 (2016): 55-70."
        );
        assert_eq!(t.as_deref(), Some("Lind, Marta"));
    }

    #[test]
    fn names_before_a_translator_role_are_taken_out() {
        let (text, t) = take(
            "Lotman, Y., The Semiotic Sphere, P. Danvers (ed.), Anna Castell and Peter Danvers (trans.) (Austin, TX: UTP, 1981).",
        );
        assert_eq!(
            text,
            "Lotman, Y., The Semiotic Sphere, P. Danvers (ed.) (Austin, TX: UTP, 1981)."
        );
        assert_eq!(t.as_deref(), Some("Castell, Anna and Danvers, Peter"));
        let mut rt = RichText {
            text: "Herder, K., Theory of Taste, Walter J. Crane (ed. and trans.) (Minneapolis: UMP, 1989).".into(),
            ..RichText::default()
        };
        let mut e = Entry::default();
        take_translators(&mut rt, &mut e);
        assert_eq!(e.extra_field("translator"), Some("Crane, Walter J."));
        assert_eq!(e.editors.len(), 1);
        assert_eq!(
            rt.text,
            "Herder, K., Theory of Taste, (Minneapolis: UMP, 1989)."
        );
    }

    #[test]
    fn journal_abbreviations_are_no_translator() {
        for s in [
            "Smith, J. On groups. Trans. Amer. Math. Soc. 12 (1990), 1–9.",
            "A. Lee, Sparse codes, IEEE Trans. Inf. Theory 5 (2001).",
            "A. Lee. Title. Translated from the German. Oxford, 1990.",
            "Lee, A. Sparse codes. Trans. Pattern Anal. Mach. Intell. 5 (2001).",
            "Lee, A. Sparse codes. Trans. Neural Networks, 12, 2001.",
        ] {
            assert_eq!(take(s), (s.to_string(), None), "{s}");
        }
    }
}

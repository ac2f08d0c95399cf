//! Editors written inside a reference's tail: "In A. Editor (Ed.), Book", "In Names,
//! editors, Book", "Book (R. Chellappa, ed.)", "Book, Names, Eds.", "Book, edited by ...".

use std::sync::LazyLock;

use regex::Regex;

use super::fields::{self, re};
use super::split::sentence_end;
use super::venue::looks_like_publisher;
use crate::extract::inline::RichText;
use crate::extract::names;
use crate::model::{Entry, Person};

/// "In A. Editor (Ed.), Book", "In: A. Editor (Hrsg.): Book": editors before a bracketed
/// word, after "In".
static EDITORS: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?:^|[.;]\s+in\s*:?\s+|,\s+in\s*:?\s+)(?:in\s*:?\s+)?(.{{2,200}}?)\s*\(\s*(?:{})\.?\s*\)\s*[,.:]?\s*",
        names::EDITOR_WORDS
    ))
});
/// "In: Smith R, Chen T, eds. Book" (AMA), "..., editors. Book" (NLM), "..., Hrsg. Book"
/// (Thieme): editors before the word, without brackets.
static EDITORS_ED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[.;,]\s+)in\s*:?\s+([^()]{2,200}?),\s*(?:eds?\b\.?|editors?\b\.?|hrsg\b\.?|hg\b\.?)\s*,?\s*",
    )
});
/// "(Eds.: R. Smith, T. Chen)" after the book (Angewandte Chemie), "(Hrsg.: ...)", and
/// "(R. Chellappa, ed.)", "(M. Cooper & W. B. Stiles, Eds.)".
static EDITORS_BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\(\s*(?:{0})\.?\s*:\s*([^()]{{2,200}})\)|\(\s*([^()]{{2,200}}?),?\s+(?:{0})\.?\s*\)",
        names::EDITOR_WORDS
    ))
});
/// ", Eds.," or ", editors." after the editors' names, after the book (ACM: "In Handbook
/// of Combinatorics, R. Graham and L. Lovasz, Eds., vol. 2").
static EDITORS_WORD_AFTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i),\s*(?:eds?\.|editors?\b\.?)(?:\s*[,.]|\s|$)"));
/// "edited by", "edited by:", "eds.", "/ под ред." before the editors' names, after the
/// book.
static EDITED_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?:[,.]|\s/)?\s*(?:\b(?:edited by|ed\. by|eds?\.)|под\s+ред\.)\s*:?\s+")
});

/// Takes the editors out of `tail` into `e.editors`, trying each way of writing them in
/// turn: "In A. Editor (Ed.), Book", also after the pages ("pp. 1–9. In ...", ASM); "In
/// A, B, eds. Book" (AMA, NLM) when there are no brackets; names in brackets after the
/// book; names before ", Eds." after it; "edited by" after it. A match whose names are
/// none ("Subtitle. In A. Editor (Ed.)" read from the start) makes way for the next one.
pub(super) fn take_editors(tail: &mut String, e: &mut Entry) {
    // Most references have no editors: two cheap scans say which patterns can match at
    // all. The tail only changes once editors are found, and then the rest is skipped.
    let bracketed = has_bracketed_editor_word(tail);
    let after_comma = has_editor_word_after_comma(tail);
    'patterns: for (pattern, possible) in [(&EDITORS, bracketed), (&EDITORS_ED, after_comma)] {
        if !possible {
            continue;
        }
        let mut from = 0;
        while let Some(c) = pattern.captures_at(tail, from) {
            let eds = parse_editor_names(&c[1]);
            let m = c.get(0).unwrap();
            if !eds.is_empty() {
                e.editors = eds;
                *tail = without_editors(tail, m.range());
                break 'patterns;
            }
            from = m.start() + tail[m.start()..].chars().next().map_or(1, char::len_utf8);
        }
    }
    if e.editors.is_empty()
        && bracketed
        && let Some(c) = EDITORS_BRACKETED.captures(tail)
    {
        let names_text = c.get(1).or(c.get(2)).map_or("", |m| m.as_str());
        let eds = parse_editor_names(names_text);
        if !eds.is_empty() {
            e.editors = eds;
            tail.replace_range(c.get(0).unwrap().range(), "");
        }
    }
    if e.editors.is_empty()
        && after_comma
        && let Some((range, eds)) = editors_before_word(tail)
    {
        e.editors = eds;
        tail.replace_range(range, "");
    }
    if e.editors.is_empty()
        && let Some((range, eds)) = edited_by(tail)
    {
        e.editors = eds;
        tail.replace_range(range, ". ");
    }
}

/// Whether `tail` has an editor word ("Eds", "Hrsg", "dir") right after an opening
/// bracket or right before a closing one: [`EDITORS`] and [`EDITORS_BRACKETED`] cannot
/// match otherwise.
fn has_bracketed_editor_word(tail: &str) -> bool {
    // Case folding maps "ſ" and the Kelvin sign to ASCII letters; leave such text to
    // the patterns.
    if tail.contains(['ſ', '\u{212A}']) {
        return true;
    }
    let bytes = tail.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        if !is_editor_word(&tail[start..i]) {
            continue;
        }
        let opened = tail[..start].trim_end().ends_with('(');
        let after = &tail[i..];
        let closed = after
            .strip_prefix('.')
            .unwrap_or(after)
            .trim_start()
            .starts_with(')');
        if opened || closed {
            return true;
        }
    }
    false
}

/// Whether `w` is one of [`names::EDITOR_WORDS`], in any case.
fn is_editor_word(w: &str) -> bool {
    // "(sous la dir.)", "(sous la direction de)", "(a cura di)" end in these too.
    const WORDS: [&str; 19] = [
        "direction",
        "de",
        "di",
        "red",
        "ed",
        "eds",
        "editor",
        "editors",
        "hrsg",
        "hg",
        "dir",
        "coord",
        "coords",
        "org",
        "orgs",
        "comp",
        "comps",
        "compilador",
        "compiladores",
    ];
    WORDS.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Whether "ed" or "hg"/"hrsg" follows a comma somewhere in `tail` (", eds.",
/// ", editors", ", Hrsg."): [`EDITORS_ED`] and [`EDITORS_WORD_AFTER`] cannot match
/// otherwise.
fn has_editor_word_after_comma(tail: &str) -> bool {
    tail.match_indices(',').any(|(i, _)| {
        let rest = tail[i + 1..].trim_start().as_bytes();
        rest.len() >= 2
            && (rest[..2].eq_ignore_ascii_case(b"ed")
                || rest[..2].eq_ignore_ascii_case(b"hg")
                || rest.len() >= 4 && rest[..4].eq_ignore_ascii_case(b"hrsg"))
    })
}

/// The editors after "edited by" in `tail` ("Book, edited by: Smith, R. and Chen, T.,
/// Oxford University Press, 233–260"), and the range of the lead and the names: the
/// comma pieces that look like names, up to a publisher, a number or a sentence end.
fn edited_by(tail: &str) -> Option<(std::ops::Range<usize>, Vec<Person>)> {
    let lead = EDITED_BY.find(tail)?;
    let rest = &tail[lead.end()..];
    let stop = sentence_end(rest).unwrap_or(rest.len());
    let mut len = 0;
    // Pieces end at ", " and at ". " ("Smith R., Chen T. Oxford University Press").
    for piece in rest[..stop]
        .split_inclusive(", ")
        .flat_map(|p| p.split_inclusive(". "))
    {
        let p = piece.trim_end_matches([',', ' ', '.']);
        let name_like = !p.is_empty()
            && p.split_whitespace().count() <= 8
            && !fields::is_publisher(p)
            && !looks_like_publisher(p)
            && p.split_whitespace().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    || names::is_particle(w)
                    || matches!(w, "and" | "&")
            });
        if !name_like {
            break;
        }
        len += piece.len();
    }
    let names_text = rest[..len].trim_end_matches([',', ' ']);
    let eds = parse_editor_names(names_text);
    (!eds.is_empty()).then(|| (lead.start()..lead.end() + names_text.len(), eds))
}

/// The editors before ", Eds." in `tail` and the range of ", names, Eds.": the longest
/// run of comma pieces before the word that reads as names alone.
fn editors_before_word(tail: &str) -> Option<(std::ops::Range<usize>, Vec<Person>)> {
    let word = EDITORS_WORD_AFTER.find(tail)?;
    let before = &tail[..word.start()];
    // Start positions of the comma pieces, nearest first.
    let starts: Vec<usize> = before.match_indices(", ").map(|(i, _)| i + 2).collect();
    let mut found = None;
    for &start in starts.iter().rev().take(8) {
        let eds = parse_editor_names(&before[start..]);
        if !eds.is_empty() {
            found = Some((start, eds));
        }
    }
    let (start, eds) = found?;
    // The book keeps the text before the names; the word's comma or period stays.
    let end = word.end() - usize::from(word.as_str().ends_with([',', '.']));
    Some((start - 2..end, eds))
}

/// `tail` with the editors at `found` taken out and "In" left before the book:
/// "pp. 1–9. In A, B (eds.), Book" becomes "pp. 1–9. In Book".
fn without_editors(tail: &str, found: std::ops::Range<usize>) -> String {
    let before = tail[..found.start].trim_end_matches([' ', '.', ',']);
    let sep = if before.is_empty() { "" } else { ". " };
    // "In" stays when it stood before the editors; a book's own editor ("Title. A. Name
    // (ed.). Paris: Publisher") had none.
    let lead = if IN_LEAD.is_match(&tail[found.clone()]) {
        "In "
    } else {
        ""
    };
    format!("{before}{sep}{lead}{}", &tail[found.end..])
}

/// "In", "In:" or ". In" at the start of a match.
static IN_LEAD: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^(?:[.;]\s+)?in\s*:?\s"));

/// Reads editor names ("A. Editor and B. Editor", "Editor, A.").
pub(super) fn parse_editor_names(s: &str) -> Vec<Person> {
    let rt = RichText {
        text: s.trim().to_string(),
        ..RichText::default()
    };
    let list = names::parse_authors(&rt, rt.text.len());
    if list.end + 2 < rt.text.len() {
        return Vec::new();
    }
    list.authors.into_iter().map(|a| a.name).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cheap scans are necessary conditions: wherever a pattern matches, its scan
    /// says it may; on text without editors they say no.
    #[test]
    fn the_scans_never_hide_a_match() {
        let texts = [
            "In A. Editor (Ed.), Book of things",
            "In: A. Editor ( Hrsg. ): Buch",
            "Book (Eds.: R. Smith, T. Chen), Wiley",
            "Book (R. Chellappa, ed.), pp. 1-9",
            "Book (M. Cooper & W. B. Stiles, EDS . )",
            "In: Smith R, Chen T, eds. Book",
            "In Handbook, R. Graham and L. Lovasz, Eds., vol. 2",
            "Proc. of X (CVPR), pp. 1-9",
            "Edited volume (2019), Eds of the world, edited by nobody",
            "In Proceedings (Editorial), dir. J. Doe, (dir ) x",
            "Titre, In : Caron L., Duval M. (sous la dir.), Villes",
            "Titolo, in P. Neri (a cura di), Note",
            "Title, in J. Nowak (red.), Book",
        ];
        for t in texts {
            if EDITORS.is_match(t) || EDITORS_BRACKETED.is_match(t) {
                assert!(has_bracketed_editor_word(t), "{t}");
            }
            if EDITORS_ED.is_match(t) || EDITORS_WORD_AFTER.is_match(t) {
                assert!(has_editor_word_after_comma(t), "{t}");
            }
        }
        assert!(has_bracketed_editor_word(texts[0]));
        assert!(has_bracketed_editor_word(texts[3]));
        for t in &texts[10..] {
            assert!(EDITORS.is_match(t), "{t}");
        }
        assert!(has_editor_word_after_comma(texts[5]));
        let plain = "Deformed nets (CVPR), edited, 2019, pp. 1-9";
        assert!(!has_bracketed_editor_word(plain));
        assert!(!has_editor_word_after_comma(
            "Based on things, 2019. Journal (3), 1-9"
        ));
    }
}

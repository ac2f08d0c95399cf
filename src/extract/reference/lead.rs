//! What can stand before a reference's authors that the author reader would not take:
//! a number or citation label ("[12]", "[Smi04]") and family names with their initials
//! in brackets ("DUVAL (J.-P.)").

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::fields::re;
use crate::extract::inline::RichText;

/// A number or citation label before the reference ("[12] ", "[Smi04] ", "(78) "), as
/// HTML items and paragraphs keep it (list lines lose it with their marker).
static LABEL_START: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^\s*(?:{}|\(\d{{1,3}}\))\s+",
        crate::extract::document::LABEL
    ))
});

/// Takes a [label](LABEL_START) off the start of the reference.
pub(super) fn take_label(rt: &mut RichText) {
    if let Some(m) = LABEL_START.find(&rt.text) {
        rt.remove(&[m.range()]);
    }
}

/// A name written "FAMILY (I.)", as French lists write it: "DUVAL (M.)", "LEBRUN
/// (M.-L.)", "MORCEAU (Fr.-R.)". The brackets are groups 1 and 2.
static FAMILY_BRACKETED_INITIALS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:,|;|et|and|&)?\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s+(\()(?:\p{Lu}\p{Ll}?\.[\s-]?)+(\))",
    )
});

/// Takes the brackets off the initials of names written "FAMILY (I.)" at the start of
/// the reference, one name after another, so that they read as "FAMILY I.". "(Ed.)"
/// is an editor's mark and stays.
pub(super) fn unbracket_initials(rt: &mut RichText) {
    let mut brackets = Vec::new();
    let mut at = 0;
    while let Some(c) = rt
        .text
        .get(at..)
        .and_then(|t| FAMILY_BRACKETED_INITIALS.captures(t))
    {
        let (open, close) = (c.get(1).unwrap(), c.get(2).unwrap());
        let initials = &rt.text[at + open.end()..at + close.start()];
        if matches!(initials.trim(), "Ed." | "Hg." | "Dir.") {
            break;
        }
        brackets.push(at + open.start()..at + open.end());
        brackets.push(at + close.start()..at + close.end());
        at += close.end();
    }
    rt.remove(&brackets);
}

#[cfg(test)]
mod tests {
    use crate::extract::{Options, extract};

    fn first(source: &str, file: &str) -> crate::model::Entry {
        extract(source, &Options::for_path(file)).entries.remove(0)
    }

    #[test]
    fn a_number_in_an_html_item_is_no_author() {
        let e = first(
            "<h2>Publications</h2><ul><li>[3] Teodora Brask and Ilse Varga. Tidal mixing in \
             shallow fjords. <i>Journal of Coastal Physics</i>, 12(4):33-51, 2017.</li></ul>",
            "cv.html",
        );
        let families: Vec<_> = e.authors.iter().map(|a| a.name.family.as_str()).collect();
        assert_eq!(families, ["Brask", "Varga"]);
        assert_eq!(e.title.as_deref(), Some("Tidal mixing in shallow fjords"));
    }

    #[test]
    fn an_alphabetic_label_starts_a_list_item() {
        let e = first(
            "[BV17] Teodora Brask and Ilse Varga. Tidal mixing in shallow fjords. Journal of \
             Coastal Physics, 12(4):33-51, 2017.\n",
            "refs.txt",
        );
        assert_eq!(e.authors[0].name.family, "Brask");
        assert_eq!(e.container.as_deref(), Some("Journal of Coastal Physics"));
    }

    #[test]
    fn bracketed_initials_are_the_given_names() {
        let e = first(
            "DUVAL (J.-P.), MORCEAU (A.) 2009, Les marais salants de l'Ouest. Revue de \
             géographie atlantique, 14, 101-118.\n",
            "refs.txt",
        );
        let names: Vec<_> = e
            .authors
            .iter()
            .map(|a| (a.name.family.as_str(), a.name.given.as_str()))
            .collect();
        assert_eq!(names, [("DUVAL", "J.-P."), ("MORCEAU", "A.")]);
        assert_eq!(e.year.as_deref(), Some("2009"));
    }

    #[test]
    fn an_editors_mark_keeps_its_brackets() {
        let e = first(
            "DUVAL (J.-P.) (Ed.) 2009, Les marais salants de l'Ouest. Paris: Belin.\n",
            "refs.txt",
        );
        assert_eq!(e.editors.len(), 1);
        assert_eq!(e.editors[0].given, "J.-P.");
        assert!(e.authors.is_empty());
    }
}

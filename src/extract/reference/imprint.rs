//! A book's imprint in parentheses, as notes styles (Chicago, Turabian) print it after
//! the title: "Informed Refusal (Boulder: Westview Press, 2001), p. 44".

use std::sync::LazyLock;

use regex::Regex;

use super::venue::{is_place, looks_like_publisher};
use crate::extract::fields;
use crate::extract::inline::RichText;

/// " (Place: Publisher, Year)" or " (Publisher, Year)", the year perhaps with a letter
/// or a range of years ("1988–1992", for a work in several volumes).
static IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
    fields::re(
        r" \((?:([^():;]{2,60}):\s+)?([^():;]{2,80}?),\s+((?:1[5-9]|20)\d\d[a-z]?(?:\s?[-–]\s?(?:1[5-9]|20)?\d\d)?)\)",
    )
});

/// Opens every parenthesised imprint of `rt` into a sentence of its own:
/// " (Boulder: Westview Press, 2001)" becomes ". Boulder: Westview Press, 1998.", which
/// both readings know from bibliography styles. Only ASCII brackets and spaces change
/// places, so every byte offset into the text (markup, links) stays valid.
pub(super) fn open_imprints(rt: &mut RichText) {
    if !rt.text.contains(" (") {
        return;
    }
    let mut edits = Vec::new();
    for c in IMPRINT.captures_iter(&rt.text) {
        let publisher = c[2].trim();
        let imprint = match c.get(1) {
            Some(place) => is_place(place.as_str().trim()),
            None => fields::is_publisher(publisher) || looks_like_publisher(publisher),
        };
        let whole = c.get(0).expect("a match has a whole");
        // Not the author list's date ("Smith, J. (Ed.), ..." has no year here anyway): an
        // imprint follows a title, so some text stands before it.
        if imprint && whole.start() > 0 {
            edits.push((whole.start(), ". "));
            edits.push((whole.end() - 1, "."));
            if let Some(comma) = role_comma(&rt.text[..whole.start()]) {
                edits.push((comma, ". "));
            }
        }
    }
    // Each edit overwrites as many ASCII bytes as it writes (" (" , ")", ", ").
    for (at, with) in edits {
        rt.text.replace_range(at..at + with.len(), with);
    }
}

/// Roles written after a name in parentheses.
const ROLES: [&str; 8] = [
    "(ed.)",
    "(eds.)",
    "(ed)",
    "(eds)",
    "(trans.)",
    "(tr.)",
    "(ed. and trans.)",
    "(ed. and tr.)",
];

/// Where the ", " before "Name (ed.)" stands when `before` ends with such a name (the
/// editor of a book between its title and its imprint: "Oeuvres complètes, Y.-G. Le
/// Dantec (ed.)"), so that the name becomes a sentence of its own.
fn role_comma(before: &str) -> Option<usize> {
    let lower = before.to_lowercase();
    let role = ROLES.iter().find(|r| lower.ends_with(*r))?;
    let names = before[..before.len() - role.len()].trim_end();
    let comma = names.rfind(", ")?;
    let name = &names[comma + 2..];
    let words = name.split_whitespace().count();
    ((1..=6).contains(&words) && name.starts_with(|c: char| c.is_uppercase())).then_some(comma)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Format;
    use crate::extract::inline;

    fn opened(s: &str) -> String {
        let mut rt = inline::parse(s, Format::Text);
        open_imprints(&mut rt);
        rt.text
    }

    #[test]
    fn a_place_and_publisher_in_parentheses_become_a_sentence() {
        assert_eq!(
            opened("Miriam Thale, Informed Refusal (Boulder: Westview Press, 2001), p. 44;"),
            "Miriam Thale, Informed Refusal. Boulder: Westview Press, 2001., p. 44;"
        );
        assert_eq!(
            opened("A. Smith, Title (New York: Library of America, 1983), 886."),
            "A. Smith, Title. New York: Library of America, 1983., 886."
        );
        assert_eq!(
            opened("A. Smith, Title (Routledge, 2004)."),
            "A. Smith, Title. Routledge, 2004.."
        );
    }

    #[test]
    fn an_editor_before_the_imprint_becomes_a_sentence_too() {
        assert_eq!(
            opened(
                "Verlaine, Marcel, Oeuvres choisies, J.-P. Le Goff (ed.) (Paris: Gallimard, 1955)."
            ),
            "Verlaine, Marcel, Oeuvres choisies. J.-P. Le Goff (ed.). Paris: Gallimard, 1955.."
        );
    }

    #[test]
    fn other_parentheses_stay() {
        for s in [
            "Smith, J. (2004). Title. Journal, 3(2), 1-9.",
            "Title of a paper (with notes, 2004). Journal.",
            "Smith, J. Title (Part 2: More, 2004).",
        ] {
            assert_eq!(opened(s), s);
        }
    }
}

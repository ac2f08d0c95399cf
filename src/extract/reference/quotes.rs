//! Quotation marks around a title: which closing quote ends the text an opening quote
//! starts, for curly, guillemet, low-high, straight and TeX quotes.

use std::ops::Range;

/// The closing quote (its bytes in `text`) that matches the opening quote just before
/// `at` (spaces between are allowed). A straight quote opens only after a space, a
/// bracket or nothing; a right single quote or an apostrophe inside a word closes
/// nothing. Curly quotes and guillemets nest ("‘The ‘Arab Spring’: Notes’", "« La
/// « société civile » »"), and a quote right inside a curly double quote or a guillemet
/// ("“‘Silhouette’: Bartleby”") gives way to the outer one when that closes later.
pub(super) fn closing_quote(text: &str, at: usize) -> Option<Range<usize>> {
    let before = text[..at].trim_end();
    let (open, close): (&str, &[&str]) = if before.ends_with("``") {
        ("``", &["''", "\""])
    } else {
        match before.chars().next_back()? {
            '“' => ("“", &["”", "“", "\""]),
            '„' => ("„", &["“", "”", "\""]),
            '«' => ("«", &["»"]),
            '"' => ("\"", &["\"", "”"]),
            '‘' => ("‘", &["’"]),
            '\'' => ("'", &["'"]),
            _ => return None,
        }
    };
    let open_at = before.len() - open.len();
    if matches!(open, "\"" | "'") && !opens_after(text[..open_at].chars().next_back()) {
        return None;
    }
    let inner = matching_close(text, at, open, close)?;
    // One level out only: a run of quotes costs one more scan, not one per quote.
    let outer_before = text[..open_at].trim_end();
    let outer = match outer_before.chars().next_back() {
        Some('“') => Some(("“", &["”", "“", "\""][..])),
        Some('«') => Some(("«", &["»"][..])),
        Some('„') => Some(("„", &["“", "”", "\""][..])),
        _ => None,
    };
    if let Some((outer_open, outer_close)) = outer
        && let Some(outer) = matching_close(text, outer_before.len(), outer_open, outer_close)
        && outer.start >= inner.end
    {
        return Some(outer);
    }
    Some(inner)
}

/// How far past the first closing quote a nested pair is looked for: further on, the
/// quotes did not nest (and a long text costs no more than a title's length).
const NESTING_REACH: usize = 2000;

/// Whether a quote after `before` (the character before it, if any) opens: after a
/// space, a bracket or nothing.
fn opens_after(before: Option<char>) -> bool {
    before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '['))
}

/// The first closing quote of `close` in `text` after `at` that is not an apostrophe,
/// skipping the pairs that nest inside (for curly quotes and guillemets). When the
/// nesting does not close within [`NESTING_REACH`] bytes, the first closing quote.
fn matching_close(text: &str, at: usize, open: &str, close: &[&str]) -> Option<Range<usize>> {
    let rest = &text[at..];
    let nests = matches!(open, "“" | "‘" | "«");
    let mut depth = 0usize;
    let mut first = None;
    let mut prev = text[..at].chars().next_back();
    for (i, c) in rest.char_indices() {
        if first
            .as_ref()
            .is_some_and(|f: &Range<usize>| i > f.end - at + NESTING_REACH)
        {
            break;
        }
        let here = &rest[i..];
        if nests && here.starts_with(open) && opens_after(prev) {
            depth += 1;
        } else if let Some(q) = close.iter().find(|q| here.starts_with(**q))
            && (!matches!(*q, "’" | "'") || !inside_word(rest, i, q.len()))
        {
            let range = at + i..at + i + q.len();
            if depth == 0 {
                return Some(range);
            }
            first.get_or_insert(range);
            depth -= 1;
        }
        prev = Some(c);
    }
    first
}

/// Whether the single quote at `i..i + len` of `text` is an apostrophe inside a word:
/// followed by a lower-case letter or a digit ("Dog’s"), or by a capital after a
/// one-letter word ("O’Connor", "D’Souza"). A capital after a longer word is a closing
/// quote with its space lost ("‘Title’Journal", as some styles print it).
fn inside_word(text: &str, i: usize, len: usize) -> bool {
    let Some(next) = text[i + len..].chars().next() else {
        return false;
    };
    if !next.is_alphanumeric() {
        return false;
    }
    if !next.is_uppercase() {
        return true;
    }
    let word = text[..i]
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    word.chars().count() <= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn closes(text: &str, at: usize) -> Option<usize> {
        closing_quote(text, at).map(|r| r.start)
    }

    #[test]
    fn closing_quotes_of_every_kind() {
        assert_eq!(closes("A, \"Dogs, cats,\" in B", 4), Some(15));
        assert_eq!(closes("A, ``Dogs, cats,'' in B", 5), Some(16));
        assert_eq!(closes("A, «Dogs» B", 5), Some(9));
        assert_eq!(closes("„Hunde“ B", 3), Some(8));
        // A right single quote or an apostrophe inside a word is no closing quote.
        assert_eq!(closes("A, ‘Dog’s life’, B", 6), Some(18));
        assert_eq!(closes("'Don't go' B", 1), Some(9));
        assert_eq!(closes("‘The O’Connor case’ B", 3), Some(22));
        // A closing quote glued to the next capital still closes.
        assert_eq!(closes("‘Infant gut’Annual Review", 3), Some(13));
        // A straight quote glued to a word opens nothing.
        assert_eq!(closes("A\"Dogs\" B", 2), None);
        assert_eq!(closes("No quote", 3), None);
    }

    #[test]
    fn quotes_nest() {
        let text = "‘Potential of the ‘Arab Spring’: Notes’, Journal";
        assert_eq!(closes(text, 3), text.find("’,"));
        let text = "« Le « bien commun » dans la « cité ». Notes », Actes";
        assert_eq!(closes(text, 2), text.find("»,"));
        // A quote right inside another gives way to the outer one.
        let text = "“‘The Silhouette’: Bartleby.” In Melville";
        assert_eq!(closes(text, "“‘".len()), text.find("” In"));
        // A nested quote that never closes: the first closing quote.
        let text = "‘Title with ‘odd quote’, Journal";
        assert_eq!(closes(text, 3), text.find("’,"));
        // A long run of quotes takes one scan per call, and nests no further than a
        // title's length.
        let text = format!("{}x{}", "“".repeat(100_000), "”".repeat(3));
        assert!(closes(&text, "“".len() * 100_000).is_some());
    }
}

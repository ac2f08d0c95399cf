//! Quotation marks around a title: which closing quote ends the text an opening quote
//! starts, for curly, guillemet, low-high, straight and TeX quotes.

use std::ops::Range;

/// The closing quote (its bytes in `text`) that matches the opening quote just before
/// `at` (spaces between are allowed). A straight quote opens only after a space, a
/// bracket or nothing; a right single quote or an apostrophe inside a word closes
/// nothing.
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
    if matches!(open, "\"" | "'")
        && text[..open_at]
            .chars()
            .next_back()
            .is_some_and(|b| !b.is_whitespace() && !matches!(b, '(' | '['))
    {
        return None;
    }
    let rest = &text[at..];
    close
        .iter()
        .filter_map(|q| {
            rest.match_indices(q)
                .find(|(i, _)| !matches!(*q, "’" | "'") || !inside_word(rest, *i, q.len()))
                .map(|(i, q)| at + i..at + i + q.len())
        })
        .min_by_key(|r| r.start)
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
}

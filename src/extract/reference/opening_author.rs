//! An author in the author's place that is no list of persons: a body ("Alliance for
//! Rural Water.", "OFCE, 2011, ...", "Ministry of Fisheries (MoF) (2011).") or one name
//! alone ("Livy. The Early History of Rome."). Neither reader finds names there, so the text was left
//! unplaced; where it opens the reference, before the title, it is the author.

use super::ParsedReference;

/// How much of a reference's start [`opening`] keeps: room for any author's name.
const OPENING_LEN: usize = 160;

/// The start of a reference's text, for [`take_opening_author`]: at most
/// [`OPENING_LEN`] bytes, cut at a character boundary, without the spaces before it.
fn opening(text: &str) -> &str {
    let text = text.trim_start();
    let mut end = text.len().min(OPENING_LEN);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Makes the first piece of text left unplaced the author, when the entry has no
/// authors, it has a title, and the piece opens the reference's `text` and [reads as a
/// name](reads_as_name). The piece leaves the unplaced text and the note.
pub(super) fn take_opening_author(parsed: &mut ParsedReference, text: &str) {
    let opening = opening(text);
    let e = &parsed.entry;
    if !e.authors.is_empty() || parsed.repeats_authors || parsed.coauthors_only {
        return;
    }
    let (Some(title), Some(piece)) = (e.title.as_deref(), parsed.unplaced.first()) else {
        return;
    };
    let name = piece.trim_end_matches(['.', ',', ';']).trim();
    if !opening.starts_with(name) || !reads_as_name(name) || title.contains(name) {
        return;
    }
    // The name ends where the reference's first part does: a stop, a comma, a bracket
    // or the year after it, not inside a word ("Lond" of "London").
    let next = opening[name.len()..].chars().next();
    if next.is_some_and(char::is_alphanumeric) {
        return;
    }
    let name = name.to_string();
    let piece = parsed.unplaced[0].clone();
    parsed.place_unplaced(&piece);
    let e = &mut parsed.entry;
    let person = crate::model::Person {
        family: name,
        ..Default::default()
    };
    e.authors.push(person.into());
    parsed.symbols.push(String::new());
}

/// Whether `text` reads as a body's or a person's name standing alone: capitalised, at
/// most twelve words, without digits, quotes, a colon, a comma or a semicolon (a list
/// of persons the names parser could not read has them), without initials ("Liu SM
/// Zhong J", "W. v. Biedermann"; "U.S." is none), with brackets only around an
/// acronym ("Ministry of Fisheries (MoF)", not "(Eds.)"), not one stopword alone
/// ("The") and not cut after an abbreviation's letter ("U.S").
fn reads_as_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let initial = |w: &&str| {
        let letters = w.trim_matches(['.', '-']);
        (1..=2).contains(&letters.chars().count()) && letters.chars().all(char::is_uppercase)
    };
    let acronyms_only = text.split('(').skip(1).all(|inside| {
        inside.split(')').next().is_some_and(|a| {
            a.chars().all(|c| c.is_alphabetic())
                && a.chars().filter(|c| c.is_uppercase()).count() >= 2
        })
    });
    let last = words.last().copied().unwrap_or_default();
    text.len() <= 120
        && text.starts_with(char::is_uppercase)
        && words.len() <= 12
        && !text.contains(|c: char| c.is_ascii_digit() || "\":“”«»„?!,;+".contains(c))
        && !words.iter().any(initial)
        && acronyms_only
        && !(words.len() == 1 && crate::extract::key::is_stopword(&crate::model::fold(text)))
        && !last
            .rsplit('.')
            .next()
            .is_some_and(|l| l.chars().count() == 1 && last.contains('.'))
}

#[cfg(test)]
mod tests {
    use crate::extract::document::Format;
    use crate::extract::inline;
    use crate::extract::reference::parse;

    fn authors(text: &str) -> (Vec<String>, Option<String>) {
        let p = parse(inline::parse(text, Format::Text), None);
        let names = p.entry.authors.iter().map(|a| a.name.to_bibtex()).collect();
        (names, p.entry.note)
    }

    #[test]
    fn a_body_in_the_authors_place_is_the_author() {
        let (names, note) = authors(
            "Alliance for Rural Water. (2019). Wells that last: Maintenance in small villages. Nairobi: Author.",
        );
        assert_eq!(names, ["{Alliance for Rural Water}"]);
        assert_eq!(note, None);
        let (names, _) = authors("OFCE, 2011, Le logement en Bretagne, Rennes, OFCE.");
        assert_eq!(names, ["OFCE"]);
        let (names, _) = authors(
            "Norway. Directorate of Fisheries. (2004). Coastal cod stocks: A status report, 2003. Bergen: Directorate of Fisheries.",
        );
        assert_eq!(names, ["{Norway. Directorate of Fisheries}"]);
    }

    #[test]
    fn one_name_alone_is_the_author() {
        let (names, note) = authors("Livy. The Early History of Rome. London: Penguin, 1960.");
        assert_eq!(names, ["Livy"]);
        assert_eq!(note, None);
        let (names, _) =
            authors("Anonymous. The Seafarer: An Old English Poem. Leeds: Moorland Press, 1988.");
        assert_eq!(names, ["Anonymous"]);
    }

    #[test]
    fn persons_and_titles_first_are_left_as_they_were() {
        let (names, _) =
            authors("Lin, M. and Ye, J. (2016). A title of theirs. Journal of Tests, 3, 1-9.");
        assert_eq!(names, ["Lin, M.", "Ye, J."]);
        // A reference without authors that opens with its title has no author.
        let (names, _) = authors("Harbour lights. (1996, May). Coastal Review, 12(3), 4-5.");
        assert!(names.is_empty(), "{names:?}");
    }
}

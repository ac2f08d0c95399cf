//! A subtitle after the title's stop that neither reader placed ("Reefs in decline. A
//! survey of the northern coast. Marine Notes 12: 3–9."): both take the first sentence
//! for the title, and the sentence after it, when it is not the venue, the publisher or
//! a note, is left over. Text left unplaced right after the title belongs to it.

use std::sync::LazyLock;

use regex::Regex;

use super::ParsedReference;
use super::venue::is_subtitle;
use crate::extract::fields::re;
use crate::model::EntryType;

/// Joins to the title the pieces of unplaced text that follow it in the reference's
/// `text` after a stop, a colon, "?" or "!", one after another ("Part 1. Sources"),
/// when they [read as a subtitle](reads_as_subtitle). A bracket they leave open closes
/// with the numbers inside it ("(1589–1595)"), which leave the fields they were read
/// into. The pieces leave the unplaced text and the note.
pub(super) fn join_unplaced_subtitle(parsed: &mut ParsedReference, text: &str) {
    if parsed.unplaced.is_empty() {
        return;
    }
    let Some(title) = parsed.entry.title.as_deref().filter(|t| !t.is_empty()) else {
        return;
    };
    let Some(start) = text.find(title) else {
        return;
    };
    let mut title_end = start + title.len();
    // A quote the title opened and left open closes before its stop ("l’« habitant ».").
    for (open, close) in [('«', '»'), ('“', '”')] {
        if title.matches(open).count() > title.matches(close).count() {
            let after = text[title_end..].trim_start();
            if after.starts_with(close) {
                title_end = text.len() - after.len() + close.len_utf8();
            }
        }
    }
    let after = &text[title_end..];
    let stop = after.len() - after.trim_start_matches(['.', ':', '?', '!']).len();
    if (stop == 0 && !title.ends_with(['.', '?', '!'])) || !after[stop..].starts_with(' ') {
        return;
    }
    let mut end = title_end + stop;
    let mut joined: Vec<String> = Vec::new();
    loop {
        let gap = gap_len(&text[end..], joined.is_empty());
        let rest = &text[end + gap..];
        let next = parsed
            .unplaced
            .iter()
            .map(|u| u.trim_end_matches(['.', ',', ';', ':']).trim())
            .filter(|u| !u.is_empty() && rest.starts_with(u) && !joined.iter().any(|j| j == u))
            .max_by_key(|u| u.len());
        let Some(piece) = next else {
            break;
        };
        // A piece ends where a word does.
        if rest[piece.len()..].starts_with(char::is_alphanumeric) {
            break;
        }
        end += gap + piece.len();
        joined.push(piece.to_string());
    }
    let span = &text[title_end..end];
    // A venue's name with its date or numbers after it ("Coastal Notes, May 2004, 12").
    let numbers_follow = text[end..]
        .trim_start_matches([' ', ',', '.', ';', ':'])
        .starts_with(|c: char| c.is_ascii_digit());
    if joined.is_empty()
        || !reads_as_subtitle(&joined)
        || numbers_follow
        || holds_a_field(&parsed.entry, span)
    {
        return;
    }
    let mut close = None;
    if span.matches('(').count() > span.matches(')').count() {
        let Some(len) = closing_numbers(&text[end..]) else {
            return;
        };
        close = Some(text[end..end + len].to_string());
        end += len;
    }
    let pieces: Vec<String> = parsed
        .unplaced
        .iter()
        .filter(|u| {
            let u = u.trim_end_matches(['.', ',', ';', ':']).trim();
            joined.iter().any(|j| j == u) || close.as_deref().is_some_and(|c| c.contains(u))
        })
        .cloned()
        .collect();
    for p in &pieces {
        parsed.place_unplaced(p);
    }
    let e = &mut parsed.entry;
    if let Some(close) = &close {
        for field in [&mut e.volume, &mut e.number, &mut e.pages] {
            if field.as_deref().is_some_and(|v| close.contains(v)) {
                *field = None;
            }
        }
    }
    e.title = Some(text[start..end].to_string());
}

/// A book's subtitle read as the venue: an entry with a publisher and no volume, issue
/// or pages whose venue follows the title's stop, [reads as a subtitle](is_subtitle)
/// and is no name in title case ("Tides and Shores. A history of the coast, Paris,
/// Océan, 2004."). The venue joins the title and the entry is a book.
pub(super) fn venue_as_subtitle(parsed: &mut ParsedReference, text: &str) {
    let e = &parsed.entry;
    if e.publisher.is_none()
        || e.volume.is_some()
        || e.number.is_some()
        || e.pages.is_some()
        || !e.editors.is_empty()
        || !matches!(
            e.kind,
            EntryType::Article | EntryType::Misc | EntryType::Book
        )
    {
        return;
    }
    let (Some(title), Some(venue)) = (e.title.as_deref(), e.container.as_deref()) else {
        return;
    };
    // A name in title case ("The Electronic Text Center", "Department of Physics") is
    // a venue or a body: a subtitle has a long word in lowercase.
    let lowercase_word = venue
        .split_whitespace()
        .any(|w| w.chars().count() >= 4 && w.starts_with(char::is_lowercase));
    if title.is_empty() || !is_subtitle(venue) || !lowercase_word {
        return;
    }
    let Some(start) = text.find(title) else {
        return;
    };
    let joined = format!("{title}. {venue}");
    if !text[start..].starts_with(&joined) {
        return;
    }
    let e = &mut parsed.entry;
    e.title = Some(joined);
    e.container = None;
    e.kind = EntryType::Book;
}

/// The length of the space and the stop between two pieces (`first`: between the title's
/// stop and the first piece, space and perhaps the number of a part, "2. ").
fn gap_len(text: &str, first: bool) -> usize {
    let rest = if first {
        let rest = text.trim_start();
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        match rest[digits..].strip_prefix(". ") {
            Some(after) if (1..=2).contains(&digits) => after,
            _ => rest,
        }
    } else {
        text.trim_start_matches(['.', ',', ':', ';'])
    };
    text.len() - rest.trim_start().len()
}

/// Whether `span` holds the text of a field the entry has placed: the pieces are the
/// other reading's leftovers, not text between the title and the rest.
fn holds_a_field(e: &crate::model::Entry, span: &str) -> bool {
    let school = e.extra_field("institution").or(e.extra_field("school"));
    [
        e.container.as_deref(),
        e.publisher.as_deref(),
        e.address.as_deref(),
        e.year.as_deref(),
        school,
    ]
    .into_iter()
    .flatten()
    .any(|v| span.contains(v))
}

/// Words that make a sentence after a title something other than its subtitle: a
/// lead-in to the venue, a volume, a contributor's role, a genre.
static NO_SUBTITLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:in|vol|volume)\b|\b(?:trans|transl|translated|trad|übers\w*|ubers\w*|hrsg|hg|ed|eds|edited|thesis|dissertation|diss|report|rep|tech|phd|master'?s?)\b",
    )
});

/// Whether the pieces, in order, read as a subtitle: the first capitalised or a number
/// that numbers a part ("1. Oxidation by ..."), two words at least, no note ("Oral
/// presentation", "In press"), no word that [makes it something else](NO_SUBTITLE) and
/// no address of the web.
fn reads_as_subtitle(pieces: &[String]) -> bool {
    let first = &pieces[0];
    let numbered = pieces.len() > 1
        && first.len() <= 4
        && first
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X'));
    let words: usize = pieces.iter().map(|p| p.split_whitespace().count()).sum();
    (numbered || first.starts_with(char::is_uppercase))
        && words >= 2
        && !pieces.iter().any(|p| {
            crate::extract::fields::is_note(p)
                || NO_SUBTITLE.is_match(p)
                || p.contains("http")
                || p.contains("www.")
        })
}

/// The length of the text up to the bracket that closes one a subtitle left open, when
/// only numbers, dashes and spaces stand before it ("864), Rituals"): none otherwise.
fn closing_numbers(text: &str) -> Option<usize> {
    let close = text.find(')')?;
    text[..close]
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | ' '))
        .then_some(close + 1)
}

#[cfg(test)]
mod tests {
    use crate::extract::document::Format;
    use crate::extract::inline;
    use crate::extract::reference::parse;
    use crate::model::EntryType;

    fn parsed(text: &str) -> crate::extract::reference::ParsedReference {
        parse(inline::parse(text, Format::Text), None)
    }

    #[test]
    fn a_subtitle_left_over_after_the_title_joins_it() {
        let p = parsed(
            "Hale, R. and Ortiz, P. 2011. Tidal flats of the west. Sediments and their shorebirds. Oxford: Clarendon.",
        );
        assert_eq!(
            p.entry.title.as_deref(),
            Some("Tidal flats of the west. Sediments and their shorebirds")
        );
        assert!(p.unplaced.is_empty(), "{:?}", p.unplaced);
        assert_eq!(p.entry.note, None);
    }

    #[test]
    fn a_numbered_part_joins_with_its_number() {
        let p = parsed(
            "Moss, K. & Perrin, J. (2003) Soil crusts of dry valleys. 2. Lichens on basalt. Arid Ecology 17(2):101-118.",
        );
        assert_eq!(
            p.entry.title.as_deref(),
            Some("Soil crusts of dry valleys. 2. Lichens on basalt")
        );
        assert_eq!(p.entry.container.as_deref(), Some("Arid Ecology"));
        assert!(p.unplaced.is_empty(), "{:?}", p.unplaced);
    }

    #[test]
    fn a_quote_the_title_left_open_closes_before_the_subtitle() {
        let p = parsed(
            "MARCHAND, L., 2015, Le retour du « voisin ». Enquête sur les quartiers neufs, Nantes : PUN",
        );
        assert_eq!(
            p.entry.title.as_deref(),
            Some("Le retour du « voisin ». Enquête sur les quartiers neufs")
        );
        assert_eq!(p.entry.publisher.as_deref(), Some("PUN"));
    }

    #[test]
    fn a_venue_with_its_date_after_it_is_no_subtitle() {
        let p = parsed(
            "DUVAL, A. Soigner la nuit (dossier). Revue des Soins, mars 2019, n°12. p. 4-9.",
        );
        assert_eq!(p.entry.title.as_deref(), Some("Soigner la nuit (dossier)"));
    }

    #[test]
    fn a_subtitle_read_as_the_venue_of_a_book_joins_the_title() {
        let mut p = parsed(
            "Morvan, Lise, Les ports du Ponant. Une histoire des marées, Nantes, Océan, 2004.",
        );
        p.entry.kind = EntryType::Article;
        p.entry.container = Some("Une histoire des marées".into());
        p.entry.title = Some("Les ports du Ponant".into());
        p.entry.publisher = Some("Océan".into());
        let text =
            "Morvan, Lise, Les ports du Ponant. Une histoire des marées, Nantes, Océan, 2004.";
        super::venue_as_subtitle(&mut p, text);
        assert_eq!(
            p.entry.title.as_deref(),
            Some("Les ports du Ponant. Une histoire des marées")
        );
        assert_eq!((p.entry.container, p.entry.kind), (None, EntryType::Book));
        // A body in title case stays the venue.
        p.entry.title = Some("Tide tables".into());
        p.entry.container = Some("The Harbour Data Center".into());
        p.entry.kind = EntryType::Article;
        super::venue_as_subtitle(
            &mut p,
            "Ode, T. Tide tables. The Harbour Data Center. Hull: Gull Press.",
        );
        assert_eq!(
            p.entry.container.as_deref(),
            Some("The Harbour Data Center")
        );
    }

    #[test]
    fn notes_after_the_title_stay_notes() {
        let p = parsed("Ito, M. (2020). A study of tides. In press. Journal of Tides, 3, 1-9.");
        assert_eq!(p.entry.title.as_deref(), Some("A study of tides"));
    }
}

//! The book a chapter is in, left unplaced: "Title. In: R. Moll (Hrsg.): Book. Place:
//! Publisher" read by the tagger with the book's title as leftover text, or with the
//! editors before it left over too. Text after "In" and the editors is the book; an
//! unplaced place before the publisher ("Leeds and York: Publisher") is its address.

use std::sync::LazyLock;

use regex::Regex;

use super::ParsedReference;
use super::editors::parse_editor_names;
use crate::extract::fields::{self, re};
use crate::extract::names;
use crate::model::EntryType;

/// The text between a title and the book: "In", "In:" or ", in" after it, perhaps the
/// editors with their mark ("In J. Ray (ed.) ", "in: A. Moll, B. Roth (Hrsg.): ").
static LEAD_TO_BOOK: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^[\s\p{{P}}]*\bin\s*:?\s+(?:[^()]{{2,200}}\(\s*(?:{})\.?\s*\)\s*[,.:]?\s*)?$",
        names::EDITOR_WORDS
    ))
});

/// Editors with their mark, left unplaced: "A. Moll, B. Roth (Hrsg.)".
static EDITORS_WITH_MARK: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^(.{{2,200}}?)\s*\(\s*(?:{})\.?\s*\)$",
        names::EDITOR_WORDS
    ))
});

/// An editor word left over alone: "Hrg", "(eds.)".
static EDITOR_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^\(?\s*(?:{}|hrg)\.?\s*\)?$",
        names::EDITOR_WORDS
    ))
});

/// Where `piece` stands in `text` after byte `from`, the whole piece.
fn find_piece(text: &str, from: usize, piece: &str) -> Option<usize> {
    text.get(from..)?.find(piece).map(|i| from + i)
}

/// Makes the unplaced text after "In" (and the editors, if any) the entry's book, when
/// it has none: the piece must be capitalised, no note and no list of names. A
/// subtitle left unplaced right after it (". Subtitle") joins it. Editors left unplaced
/// with their mark before it are the entry's editors when it has none. The entry is
/// then a chapter, or an article when it has a volume and neither editors nor a
/// publisher ("in Aevum 73: 93-105").
pub(super) fn book_from_unplaced(parsed: &mut ParsedReference, text: &str) {
    let e = &parsed.entry;
    if e.container.is_some() || parsed.unplaced.is_empty() {
        return;
    }
    let Some(title) = e.title.as_deref().filter(|t| !t.is_empty()) else {
        return;
    };
    let Some(title_end) = text.find(title).map(|i| i + title.len()) else {
        return;
    };
    // The pieces in the order they stand in the text, after the title.
    let mut pieces: Vec<(usize, String)> = parsed
        .unplaced
        .iter()
        .filter_map(|u| find_piece(text, title_end, u).map(|at| (at, u.clone())))
        .collect();
    pieces.sort_by_key(|(at, _)| *at);
    let mut editors_piece: Option<(usize, String)> = None;
    for (i, (at, piece)) in pieces.iter().enumerate() {
        let gap = &text[title_end..*at];
        let (gap, book) = match piece.strip_prefix("in ").or(piece.strip_prefix("In ")) {
            Some(book) => (format!("{gap} in "), book),
            None => (gap.to_string(), piece.as_str()),
        };
        // The gap may hold editors read as a piece of their own before this one.
        let lead = match editors_piece {
            Some((eds_at, ref eds)) => {
                LEAD_TO_BOOK.is_match(&text[title_end..eds_at])
                    && text[eds_at + eds.len()..*at]
                        .chars()
                        .all(|c| c.is_whitespace() || matches!(c, ',' | '.' | ':'))
            }
            None => LEAD_TO_BOOK.is_match(&gap),
        };
        if !lead {
            break;
        }
        if EDITORS_WITH_MARK.is_match(piece) {
            editors_piece = Some((*at, piece.clone()));
            continue;
        }
        // A piece of the editors' names when their mark is left over after it ("In:
        // Lindqvist – Marek, B., Ostrow, H. (Hrg.): Book").
        let names_go_on = pieces[i + 1..]
            .iter()
            .any(|(_, p)| EDITORS_WITH_MARK.is_match(p) || EDITOR_WORD.is_match(p));
        if !reads_as_book(book) || names_go_on {
            break;
        }
        // A subtitle after the book's stop.
        let mut container = book.to_string();
        let mut placed = vec![piece.clone()];
        if let Some((next_at, next)) = pieces.get(i + 1) {
            let between = &text[*at + piece.len()..*next_at];
            // A place before its publisher is none ("Leeds and York: Harbour Press").
            let before_publisher = text[*next_at + next.len()..].trim_start().starts_with(':');
            if matches!(between.trim(), "." | ":")
                && reads_as_book(next)
                && next.split_whitespace().count() >= 2
                && !super::venue::is_place(next)
                && !before_publisher
            {
                container = format!("{container}{} {next}", between.trim());
                placed.push(next.clone());
            }
        }
        set_book(parsed, container, placed, editors_piece.map(|(_, eds)| eds));
        return;
    }
}

/// Whether `piece` reads as a book's title: capitalised, brackets closed, no note ("In
/// press"), no address of the web.
fn reads_as_book(piece: &str) -> bool {
    piece.starts_with(char::is_uppercase)
        && piece.matches('(').count() == piece.matches(')').count()
        && piece.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && !fields::is_note(piece)
        && !piece.contains("http")
}

/// Gives the entry its book (and the editors before it), and takes the pieces out of
/// the unplaced text.
fn set_book(
    parsed: &mut ParsedReference,
    container: String,
    placed: Vec<String>,
    editors: Option<String>,
) {
    for p in &placed {
        parsed.place_unplaced(p);
    }
    if let Some(eds) = editors
        && parsed.entry.editors.is_empty()
        && let Some(c) = EDITORS_WITH_MARK.captures(&eds)
    {
        let names = parse_editor_names(&c[1]);
        if !names.is_empty() {
            parsed.entry.editors = names;
            parsed.place_unplaced(&eds);
        }
    }
    let e = &mut parsed.entry;
    e.container = Some(container);
    if matches!(
        e.kind,
        EntryType::Misc | EntryType::Book | EntryType::Article
    ) {
        let journal = e.volume.is_some() && e.editors.is_empty() && e.publisher.is_none();
        e.kind = if journal {
            EntryType::Article
        } else {
            EntryType::InCollection
        };
    }
}

/// Makes a place left unplaced right before the publisher ("Leeds and York: Harbour
/// Press") the entry's address, when it has none: capitalised words, joined by "and",
/// "&" or commas, six at most.
pub(super) fn address_from_unplaced(parsed: &mut ParsedReference, text: &str) {
    let e = &parsed.entry;
    let (None, Some(publisher)) = (&e.address, e.publisher.as_deref()) else {
        return;
    };
    let place = parsed.unplaced.iter().find(|u| {
        let words: Vec<&str> = u.split([' ', ',']).filter(|w| !w.is_empty()).collect();
        (1..=6).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "and" | "&"))
            && text.match_indices(u.as_str()).any(|(at, _)| {
                text[at + u.len()..]
                    .trim_start()
                    .strip_prefix(':')
                    .is_some_and(|rest| rest.trim_start().starts_with(publisher))
            })
    });
    if let Some(place) = place.cloned() {
        parsed.place_unplaced(&place);
        parsed.entry.address = Some(place);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Entry;

    /// A reading with `title`, the `unplaced` pieces also in the note, and `publisher`.
    fn reading(title: &str, unplaced: &[&str], publisher: Option<&str>) -> ParsedReference {
        let mut entry = Entry {
            title: Some(title.into()),
            publisher: publisher.map(str::to_string),
            ..Default::default()
        };
        for u in unplaced {
            entry.add_note(u);
        }
        ParsedReference {
            entry,
            unplaced: unplaced.iter().map(|u| u.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn the_text_after_in_and_the_editors_is_the_book() {
        let text = "Ruiz, A. 2004. “Salt roads.” In: B. Holm (Hrsg.): Handbuch der Küsten. Kiel: Nordverlag. 12-30.";
        let mut p = reading("Salt roads", &["Handbuch der Küsten"], Some("Nordverlag"));
        book_from_unplaced(&mut p, text);
        assert_eq!(p.entry.container.as_deref(), Some("Handbuch der Küsten"));
        assert_eq!(p.entry.kind, EntryType::InCollection);
        assert!(p.unplaced.is_empty());
        assert_eq!(p.entry.note, None);
    }

    #[test]
    fn editors_left_over_become_the_editors_and_a_subtitle_joins_the_book() {
        let text = "Morel P., 2009, « Les digues », In : Caron L., Duval M. (sous la dir.), Villes et fleuves. Une histoire longue, Lyon, PUL.";
        let mut p = reading(
            "Les digues",
            &[
                "Caron L., Duval M. (sous la dir.)",
                "Villes et fleuves",
                "Une histoire longue",
            ],
            None,
        );
        book_from_unplaced(&mut p, text);
        assert_eq!(
            p.entry.container.as_deref(),
            Some("Villes et fleuves. Une histoire longue")
        );
        let editors: Vec<&str> = p.entry.editors.iter().map(|e| e.family.as_str()).collect();
        assert_eq!(editors, ["Caron", "Duval"]);
        assert!(p.unplaced.is_empty(), "{:?}", p.unplaced);
    }

    #[test]
    fn text_without_in_before_it_is_no_book() {
        let text = "Lund, K. (2011). Tidal mills. Coastal Heritage Series. Bergen: Fjord Press.";
        let mut p = reading(
            "Tidal mills",
            &["Coastal Heritage Series"],
            Some("Fjord Press"),
        );
        book_from_unplaced(&mut p, text);
        assert_eq!(p.entry.container, None);
        assert_eq!(p.unplaced, ["Coastal Heritage Series"]);
    }

    #[test]
    fn a_place_before_the_publisher_is_the_address() {
        let text = "Ode, T. 2015. Harbour Lights. Leeds and York: Gull Press.";
        let mut p = reading("Harbour Lights", &["Leeds and York"], Some("Gull Press"));
        address_from_unplaced(&mut p, text);
        assert_eq!(p.entry.address.as_deref(), Some("Leeds and York"));
        assert!(p.unplaced.is_empty());
    }
}

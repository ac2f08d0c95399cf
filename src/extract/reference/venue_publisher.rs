//! A publisher read as an article's journal: "Fjord Research Foundation, Bergen"
//! or "Tidewater Press, New York" after a title, with no volume, issue, pages or
//! month. A journal is not cited with its city; a publisher is.

use super::venue::{has_venue_word, is_medium};
use crate::model::{Entry, EntryType};

/// Short words that a publisher's or an institution's name may hold in lower case.
const FUNCTION_WORDS: [&str; 11] = [
    "and", "&", "de", "des", "du", "for", "für", "of", "on", "the", "und",
];

/// Makes the journal of an article with a place and nothing a journal has (volume,
/// issue, pages, month, a publisher beside it) its publisher, and the entry a book. The
/// journal must read as a name: up to ten words, each capitalised or a
/// [function word](FUNCTION_WORDS), two of them or two capitals ("AwwaRF"), no word of periodicals or meetings ("Journal",
/// "Proceedings") and no series ("Lecture Notes Series"). The place written again after
/// it ("AwwaRF. Denver") goes.
pub(super) fn publisher_as_venue(e: &mut Entry) {
    if e.kind != EntryType::Article
        || e.publisher.is_some()
        || e.volume.is_some()
        || e.number.is_some()
        || e.pages.is_some()
        || e.month.is_some()
    {
        return;
    }
    let (Some(venue), Some(place)) = (e.container.as_deref(), e.address.as_deref()) else {
        return;
    };
    let name = venue
        .strip_suffix(place)
        .map(|head| head.trim_end().trim_end_matches([',', '.']))
        .filter(|head| !head.is_empty())
        .unwrap_or(venue)
        .trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitals = |w: &str| w.chars().filter(|c| c.is_uppercase()).count();
    let reads_as_name = (1..=10).contains(&words.len())
        && (words.len() > 1 || capitals(name) >= 2)
        && words.iter().all(|w| {
            w.trim_start_matches('(')
                .starts_with(|c: char| c.is_uppercase())
                || FUNCTION_WORDS.contains(w)
        })
        && !is_medium(place)
        && !name.contains("N.p")
        && !words
            .last()
            .is_some_and(|w| w.eq_ignore_ascii_case("series"))
        && !has_venue_word(name)
        && !name.contains([':', ';', '?', '!']);
    if !reads_as_name {
        return;
    }
    e.publisher = Some(name.to_string());
    e.container = None;
    e.kind = EntryType::Book;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(venue: &str, place: &str) -> Entry {
        Entry {
            kind: EntryType::Article,
            title: Some("Tidal mixing in shallow fjords".into()),
            container: Some(venue.into()),
            address: Some(place.into()),
            ..Entry::default()
        }
    }

    #[test]
    fn a_foundation_with_its_city_is_the_publisher() {
        let mut e = article("Fjord Research Foundation", "Bergen");
        publisher_as_venue(&mut e);
        assert_eq!(e.publisher.as_deref(), Some("Fjord Research Foundation"));
        assert_eq!((e.container, e.kind), (None, EntryType::Book));
        // The place written again after the name goes.
        let mut e = article("FjordRF. Bergen", "Bergen");
        publisher_as_venue(&mut e);
        assert_eq!(e.publisher.as_deref(), Some("FjordRF"));
    }

    #[test]
    fn a_journal_a_series_or_a_phrase_stays() {
        for venue in [
            "Journal of Fjord Studies",
            "Coastal Engineering Series",
            "Paper presented at the Fjord Meeting",
            "Fjords",
            "Fjord Blog, N.p",
        ] {
            let mut e = article(venue, "Bergen");
            publisher_as_venue(&mut e);
            assert_eq!(e.container.as_deref(), Some(venue));
            assert_eq!(e.publisher, None);
        }
        // With a volume, it is a journal.
        let mut e = article("Fjord Research Foundation", "Bergen");
        e.volume = Some("4".into());
        publisher_as_venue(&mut e);
        assert_eq!(e.publisher, None);
    }
}

//! A city and its region after a comma ("Boulder, CO", "Belmont, California", "Pomona,
//! New Jersey") read apart: the region alone as the address with the city left at the end
//! of the publisher ("Westview Press Boulder, CO"), or the city alone with the region
//! read as the venue. They make one address.

use std::sync::LazyLock;

use super::ParsedReference;
use crate::model::Entry;

/// States, provinces and countries, longest first, so that the longest that fits is found.
static REGIONS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<&str> = include_str!("../data/regions.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    v.sort_unstable_by_key(|r| std::cmp::Reverse(r.len()));
    v
});

/// Words that open ("New", "Palo") or close ("Park", "Cliffs") a city's name.
static CITY_WORDS: LazyLock<(Vec<&'static str>, Vec<&'static str>)> = LazyLock::new(|| {
    let (mut open, mut close) = (Vec::new(), Vec::new());
    for line in include_str!("../data/city-words.txt").lines() {
        match line.split_once(' ') {
            Some(("open", w)) => open.push(w.trim()),
            Some(("close", w)) => close.push(w.trim()),
            _ => {}
        }
    }
    (open, close)
});

/// The region `text` starts with, the longest one, ending where a word does.
fn region_at(text: &str) -> Option<&'static str> {
    REGIONS.iter().copied().find(|r| {
        text.strip_prefix(r)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    })
}

/// Whether `s` is a region and nothing more (its stop aside: "Calif"; spaces after
/// stops aside: "D. C.").
fn is_region(s: &str) -> bool {
    let s = s.replace(". ", ".");
    let s = s.as_str();
    REGIONS
        .iter()
        .any(|r| *r == s || r.strip_suffix('.') == Some(s))
}

/// The city's name that ends `before` (the text before ", Region"): its last capitalised
/// word, with the words before it that [make it longer](CITY_WORDS) ("South Bend",
/// "Upper Saddle River"). None when the last word is not capitalised or is a
/// publisher's word ("Press").
fn city_before(before: &str) -> Option<&str> {
    let (open, close) = &*CITY_WORDS;
    let words: Vec<(usize, &str)> = before
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - before.as_ptr() as usize, w))
        .collect();
    let capital = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')
    };
    let &(mut start, last) = words.last()?;
    if !capital(last) || is_publisher_word(last) {
        return None;
    }
    let mut i = words.len() - 1;
    let mut grows = close.contains(&last);
    while i > 0 && words.len() - i < 3 {
        let (at, w) = words[i - 1];
        if !capital(w) || !(grows || open.contains(&w)) {
            break;
        }
        grows = false;
        start = at;
        i -= 1;
        // An opening word is the city's first.
        if open.contains(&w) {
            break;
        }
    }
    Some(&before[start..])
}

/// Cities that publishers are in: those the tagger's training data names and more.
static CITIES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    include_str!("../tagger/data/places.txt")
        .lines()
        .chain(include_str!("../data/cities.txt").lines())
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Whether `name` is a [known city](CITIES). A region's name that is a city's too ("New
/// York", "Washington", "Singapore") is the city as the address alone.
fn is_known_city(name: &str) -> bool {
    CITIES.contains(&name)
}

/// An address that is a known city and a name beside it, with no publisher ("Paris,
/// PUF", "Edilig, Paris", as French and Italian lists write the imprint): the name is
/// the publisher. A region ("Paris, Texas") or a medium ("Print") is no publisher.
pub(super) fn split_place_and_publisher(e: &mut Entry) {
    let (None, Some(address)) = (&e.publisher, &e.address) else {
        return;
    };
    let Some((first, second)) = address.split_once(", ") else {
        return;
    };
    // A meeting's place: "Zurich, Switzerland" misspelt.
    if e.kind == crate::model::EntryType::InProceedings {
        return;
    }
    let name = |s: &str| {
        s.split_whitespace().count() <= 4
            && !s.contains(", ")
            && !is_region(s)
            && !is_known_city(s)
            && !super::venue::is_medium(s)
    };
    let (place, publisher) = if is_known_city(first) && name(second) {
        (first, second)
    } else if is_known_city(second) && name(first) {
        (second, first)
    } else {
        return;
    };
    let (place, publisher) = (place.to_string(), publisher.to_string());
    e.address = Some(place);
    e.publisher = Some(publisher);
}

/// A publisher that is only known cities ("Florence", "Boston & New York"): the place,
/// read where the publisher stands. A name in the address then is the publisher
/// ("Leningrad, Nedra" read as publisher and place).
pub(super) fn place_read_as_publisher(e: &mut Entry) {
    let Some(publisher) = e.publisher.as_deref() else {
        return;
    };
    let cities_only = publisher
        .split([',', '&', '/'])
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .all(|p| !p.is_empty() && is_known_city(p));
    if !cities_only {
        return;
    }
    let address = e.address.take();
    // The address is the publisher only when it is no place itself.
    if let Some(a) = &address
        && (is_known_city(a) || is_region(a))
    {
        e.address = address;
        return;
    }
    e.address = e.publisher.take();
    e.publisher = address;
}

/// Whether `w` names a publisher, not a place ("Press", "Verlag").
fn is_publisher_word(w: &str) -> bool {
    let w = w.trim_end_matches('.').to_lowercase();
    include_str!("../tagger/data/publisher-words.txt")
        .lines()
        .any(|p| w.split('-').any(|part| p.trim() == part))
        || matches!(
            w.as_str(),
            "inc" | "ltd" | "co" | "company" | "university" | "institute"
        )
}

/// Makes one address of a city and its region read apart in `text`, the reference as
/// both readings read it. A city left at the end of the publisher or the venue leaves
/// it; a region read as the venue or the publisher, or left unplaced, leaves that. A
/// publisher after the address (", Calif.: Publisher") left unplaced is the publisher.
pub(super) fn join_city_and_region(parsed: &mut ParsedReference, text: &str) {
    let Some(address) = parsed.entry.address.clone() else {
        return;
    };
    let (city, region_start) = if is_region(&address) && !is_known_city(&address) {
        // "Westview Press Boulder, CO": the region alone is the address.
        let Some(at) = text.find(&format!(", {address}")) else {
            return;
        };
        let Some(city) = city_before(&text[..at]) else {
            return;
        };
        // A city written right after other words ("Westview Press Boulder, CO") is
        // taken before a state's code or a known city's name only: a country after a
        // venue's last word ("Development Series, England") is the place alone.
        let glued = !text[..at - city.len()]
            .trim_end()
            .ends_with([',', '.', ';', ':']);
        let code = address.len() <= 3 && address.bytes().all(|b| b.is_ascii_uppercase())
            || address.ends_with('.');
        // After a lowercase word the city is part of a phrase ("held in Bangkok").
        let after_phrase = text[..at - city.len()]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w.starts_with(char::is_lowercase));
        if glued && (after_phrase || !code && !is_known_city(city)) {
            return;
        }
        (city, at + 2)
    } else {
        // "Belmont, California": the city alone is.
        let Some(at) = text.find(&format!("{address}, ")) else {
            return;
        };
        (address.as_str(), at + address.len() + 2)
    };
    let Some(first) = region_at(&text[region_start..]) else {
        return;
    };
    // A country after the region: "Kingston, ON, Canada".
    let mut end = region_start + first.len();
    let mut regions = vec![first];
    while let Some(rest) = text[end..].strip_prefix(", ")
        && let Some(r) = region_at(rest)
    {
        end += 2 + r.len();
        regions.push(r);
    }
    let joined = text[region_start - 2 - city.len()..end].to_string();
    let city = city.to_string();
    let e = &mut parsed.entry;
    // The city at the end of the field it was read into.
    for field in [&mut e.publisher, &mut e.container] {
        if let Some(v) = field.as_deref()
            && let Some(head) = v.strip_suffix(city.as_str())
        {
            let head = head.trim_end_matches([' ', ',']);
            *field = (!head.is_empty()).then(|| head.to_string());
        }
    }
    // The regions where they were read.
    let a_region = |v: &str| {
        regions
            .iter()
            .any(|r| r.trim_end_matches('.') == v.trim_end_matches('.'))
    };
    for field in [&mut e.container, &mut e.publisher] {
        if field.as_deref().is_some_and(a_region) {
            *field = None;
        }
    }
    let left: Vec<String> = parsed
        .unplaced
        .iter()
        .filter(|u| a_region(u))
        .cloned()
        .collect();
    for u in &left {
        parsed.place_unplaced(u);
    }
    // "La Habra, Calif.: Center for Ministry": the publisher after the colon, a name
    // (its long words capitalised).
    let a_name = |u: &str| {
        u.split_whitespace()
            .all(|w| w.chars().count() < 4 || w.starts_with(char::is_uppercase))
    };
    if parsed.entry.publisher.is_none()
        && let Some(after) = text[end..].strip_prefix(':')
        && let Some(publisher) = parsed
            .unplaced
            .iter()
            .find(|u| after.trim_start().starts_with(u.as_str()) && a_name(u))
            .cloned()
    {
        parsed.place_unplaced(&publisher);
        parsed.entry.publisher = Some(publisher);
    }
    parsed.entry.address = Some(joined);
}

#[cfg(test)]
mod tests {
    use crate::extract::document::Format;
    use crate::extract::inline;
    use crate::extract::reference::parse;
    use crate::model::Entry;

    fn entry(text: &str) -> Entry {
        parse(inline::parse(text, Format::Text), None).entry
    }

    #[test]
    fn a_city_left_on_the_publisher_joins_its_state() {
        let e = entry("Reyes, T. 2001. Rivers of the plains. Prairie House Press Ann Arbor, MI.");
        assert_eq!(e.address.as_deref(), Some("Ann Arbor, MI"));
        assert_eq!(e.publisher.as_deref(), Some("Prairie House Press"));
    }

    #[test]
    fn a_state_read_as_the_venue_joins_its_city() {
        let e =
            entry("Okafor, B. Reading Maps Well, Hollis Publishing Company, Eugene, Oregon 1994.");
        assert_eq!(e.address.as_deref(), Some("Eugene, Oregon"));
        assert_eq!(e.container, None);
        assert_eq!(e.publisher.as_deref(), Some("Hollis Publishing Company"));
    }

    #[test]
    fn a_publisher_after_the_state_is_the_publisher() {
        let e =
            entry("Dorn, Paula. Quiet Harbors. Sausalito, Calif.: Bayside Writers Guild. 1987.");
        assert_eq!(e.address.as_deref(), Some("Sausalito, Calif."));
        assert_eq!(e.publisher.as_deref(), Some("Bayside Writers Guild"));
    }

    #[test]
    fn a_known_city_beside_a_name_makes_the_name_the_publisher() {
        let mut e = Entry {
            address: Some("Lyon, Éditions du Rhône".into()),
            ..Default::default()
        };
        super::split_place_and_publisher(&mut e);
        assert_eq!(e.address.as_deref(), Some("Lyon"));
        assert_eq!(e.publisher.as_deref(), Some("Éditions du Rhône"));
        let mut e = Entry {
            address: Some("Arcadia, Firenze".into()),
            ..Default::default()
        };
        super::split_place_and_publisher(&mut e);
        assert_eq!(e.address.as_deref(), Some("Firenze"));
        assert_eq!(e.publisher.as_deref(), Some("Arcadia"));
        // A city and its region stay the address.
        let mut e = Entry {
            address: Some("Paris, Texas".into()),
            ..Default::default()
        };
        super::split_place_and_publisher(&mut e);
        assert_eq!(
            (e.address.as_deref(), e.publisher),
            (Some("Paris, Texas"), None)
        );
    }

    #[test]
    fn a_publisher_before_a_city_that_is_a_state_keeps_its_name() {
        let e = entry("Ngata, H. (2008). Estuaries. Harbour-Verlag, New York.");
        assert_eq!(e.publisher.as_deref(), Some("Harbour-Verlag"));
        assert_eq!(e.address.as_deref(), Some("New York"));
    }
}

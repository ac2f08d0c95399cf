//! The venue of a reference once its title is off: a school for a thesis, a proceedings
//! title with its place and publisher, a journal with its volume, a preprint server that
//! names no venue.

use super::*;

/// A preprint's venue that only names the preprint server: "arXiv", "arXiv preprint",
/// "ArXiv e-prints", "Preprint".
pub(super) static ARXIV_VENUE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:arxiv(?:\.org)?)?\s*(?:pre-?prints?|e-?prints?)?[.,]?$"));

/// Whether `piece` only says that `e` is a preprint whose id is in `eprint` already.
pub(super) fn names_preprint_server(piece: &str, e: &Entry) -> bool {
    e.eprint.is_some() && ARXIV_VENUE.is_match(piece)
}

pub(super) static ACRONYM_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\(((?:[^()]*\b(?i:workshop|track|tutorial|demo|findings|companion)\b[^()]*))\)")
});

/// Sets the container of `e` (tidied already): its acronym goes into `abbr`, a track or
/// workshop in brackets into `notes`, and thesis and report words are removed.
pub(super) fn set_container(container: &str, e: &mut Entry, notes: &mut Vec<String>) {
    let mut container = container.to_string();
    // A thesis or report whose venue is only its genre ("Doctoral dissertation.
    // University of Edinburgh"): the school is what was read as its publisher.
    if is_thesis_or_report(e.kind)
        && clean_container(&container, e.kind).is_empty()
        && let Some(p) = e.publisher.take()
    {
        container = p;
    }
    // "arXiv", "arXiv preprint": the venue of a preprint whose id is in `eprint` says
    // nothing more.
    if container.is_empty() || names_preprint_server(&container, e) {
        return;
    }
    // "Cultes de Lyon, Paris, 2009": a known place alone where the venue stands is
    // where a book came out.
    if e.address.is_none() && is_known_place(&container) {
        e.address = Some(container.trim_end_matches('.').to_string());
        if e.kind == EntryType::Article {
            e.kind = EntryType::Book;
        }
        return;
    }
    let container = take_place_and_publisher(&container, e);
    // Acronyms and notes are in brackets.
    let bracketed = container.contains('(');
    if bracketed && let Some(c) = ACRONYM.captures_iter(container).last() {
        let acr = c[1].to_string();
        if !acr.chars().all(|c| c.is_ascii_digit()) {
            e.extra.push(Field {
                name: "abbr".into(),
                value: acr,
            });
        }
    }
    if bracketed {
        notes.extend(
            ACRONYM_NOTE
                .captures_iter(container)
                .map(|c| c[1].to_string()),
        );
    }
    let mut container = match clean_container(container, e.kind) {
        c if c.is_empty() => container.to_string(),
        c => c,
    };
    // A journal's volume (and issue) left after its name ("Cognition, 38", "Latin
    // American Perspectives, 36, 5", "Psychological Review, LXV"); a year stays. A
    // meeting's proceedings printed as a journal's issue have both ("Conf. on Modeling
    // of Computer Systems 16, 1"); one number after a meeting's name is no volume
    // ("ACM Multimedia 95").
    let numbered = |tail: &TrailingVolume| {
        e.kind == EntryType::Article || e.kind == EntryType::InProceedings && tail.number.is_some()
    };
    if e.volume.is_none()
        && let Some(tail) = trailing_volume(&container).filter(numbered)
        // "Nature 425, 911" with no pages read: the second number is the page.
        && (tail.number.is_none() || e.number.is_none() && e.pages.is_some())
    {
        e.volume = Some(tail.volume.to_string());
        if let Some(n) = tail.number {
            e.number = Some(n.to_string());
        }
        container = tail.name.to_string();
    }
    e.container = Some(container);
}

/// A venue name and the volume and issue printed after it.
#[derive(Debug, PartialEq)]
pub(super) struct TrailingVolume<'a> {
    /// The venue's name.
    pub name: &'a str,
    /// The volume, in digits or Roman numerals.
    pub volume: &'a str,
    /// The issue, when one follows the volume.
    pub number: Option<&'a str>,
}

/// A venue name with a volume after it, and perhaps an issue ("Cognition, 38",
/// "Linguistic Typology 28", "Economic Journal 111, 468", MLA's "Signs and Society
/// 4.1", "Psychological Review, LXV"). A year after the name is no volume.
pub(super) fn trailing_volume(container: &str) -> Option<TrailingVolume<'_>> {
    static TRAILING_VOLUME: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(.*\p{L}\.?)(?:(?:,\s*|\s+)(\d{1,4})(?:,\s*(\d{1,4}(?:/\d{1,4})?))?|\s+(\d{1,4})\.(\d{1,3})|,\s*([IVX]|[IVXLC]{2,7}))$",
        )
    });
    let c = TRAILING_VOLUME.captures(container)?;
    let name = c.get(1)?.as_str();
    let volume = c.get(2).or_else(|| c.get(4)).or_else(|| c.get(6))?.as_str();
    let year = |n: &str| n.len() == 4 && (n.starts_with("19") || n.starts_with("20"));
    let number = c.get(3).or_else(|| c.get(5)).map(|m| m.as_str());
    (!year(volume) && !number.is_some_and(year)).then_some(TrailingVolume {
        name,
        volume,
        number,
    })
}

pub(super) fn is_thesis_or_report(kind: EntryType) -> bool {
    matches!(
        kind,
        EntryType::PhdThesis | EntryType::MastersThesis | EntryType::TechReport
    )
}

/// A school or institution with its thesis or report words ("Doctoral dissertation",
/// "PhD thesis", "Technical report no. 7") taken from its start or end; empty when
/// nothing else is left. Other containers are returned as they are.
pub(super) fn clean_container(c: &str, kind: EntryType) -> String {
    const GENRE: &str = r"(?:(?:unpublished\s+)?(?:ph\.?\s?d\.?|doctoral|master'?s?|m\.?\s?sc?\.?|msc|ba|bachelor'?s?|diploma)\s+(?:thesis|dissertation|diss\.?)(?:\s+thesis)?|dissertation|thesis|diss\.?|technical report|tech\.\s*rep\.?|research report|report)";
    static LEADING: LazyLock<Regex> =
        LazyLock::new(|| re(&format!(r"(?i)^{GENRE}\s*(?:no\.?\s*\S+)?[,.]?\s*")));
    static TRAILING: LazyLock<Regex> =
        LazyLock::new(|| re(&format!(r"(?i)[,.]?\s*\(?{GENRE}\)?[,.]?$")));
    if !is_thesis_or_report(kind) {
        return c.to_string();
    }
    let c = LEADING.replace(c, "");
    TRAILING.replace(&c, "").trim().to_string()
}

/// The standard abbreviations of venue words ("Lett", "Rev", "Phys"), without their
/// full stops.
static VENUE_ABBREVIATIONS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../tagger/data/venue-abbreviations.tsv")
        .lines()
        .filter_map(|l| l.split('\t').nth(1))
        .map(|a| a.trim().trim_end_matches('.'))
        .collect()
});

/// Gives back the full stop of an abbreviated venue's last word ("J. Acoust. Soc. Am.",
/// "IEEE Trans. Intell. Transp. Syst.", "JASA Express Lett."), which ends the venue's
/// sentence too and was taken for its end: when other words of the venue are
/// abbreviated, or the last word is a standard abbreviation, and `text` has the stop
/// right after it.
pub(super) fn keep_abbreviation_period(text: &str, e: &mut Entry) {
    let Some(venue) = e.container.as_mut() else {
        return;
    };
    let Some((head, last)) = venue.rsplit_once(' ') else {
        return;
    };
    // "Lett", "Acoust", or dotted initials ("U.S.A").
    let initials = last.len() >= 3
        && last.contains('.')
        && last
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
    let letters = last.chars().all(char::is_alphabetic) && !last.chars().all(char::is_uppercase);
    if !(initials || letters && (2..=8).contains(&last.len())) {
        return;
    }
    let dotted_words = head.split(' ').any(|w| w.len() >= 2 && w.ends_with('.'));
    let standard = initials || VENUE_ABBREVIATIONS.contains(last);
    if !(dotted_words || standard) {
        return;
    }
    // Abbreviations run to eight letters ("Recognit", "Neurosci") where most capitalised
    // words before are abbreviated too (initials aside): "IEEE Conf. Comput. Vis.
    // Pattern Recognit", not "Stories of J. G. Ballard".
    if !initials && last.len() > 6 {
        let (mut capitalised, mut abbreviated) = (0, 0);
        for w in head
            .split(' ')
            .filter(|w| w.starts_with(char::is_uppercase) && !crate::extract::names::is_initials(w))
        {
            capitalised += 1;
            abbreviated += usize::from(w.len() >= 3 && w.ends_with('.'));
        }
        if abbreviated * 2 <= capitalised {
            return;
        }
    }
    let after_stop = text.match_indices(venue.as_str()).find_map(|(i, _)| {
        let rest = &text[i + venue.len()..];
        rest.strip_prefix('.')
    });
    let Some(after) = after_stop else {
        return;
    };
    // Without other dotted words, a stop before "2019;" is the sentence's: NLM's style
    // abbreviates without stops ("Knee Surg Relat Res. 2019;31(1):1-9").
    if !dotted_words && is_nlm_date(after) {
        return;
    }
    venue.push('.');
}

/// The year that ends a meeting's name: "CVPR 2021", "NeurIPS 2019 Workshop on X" (a
/// year after a word that opens with a capital), not a journal's "Volume 2021".
pub(super) fn year_in_name(venue: &str) -> Option<String> {
    let words: Vec<&str> = venue.split_whitespace().collect();
    words.windows(2).find_map(|w| {
        let year = w[1].trim_end_matches([',', '.', ')']);
        let is_year = year.len() == 4
            && year.bytes().all(|b| b.is_ascii_digit())
            && (year.starts_with("19") || year.starts_with("20"));
        let acronym = w[0].chars().filter(|c| c.is_uppercase()).count() >= 2
            || w[0].starts_with(|c: char| c.is_uppercase()) && w[0].len() <= 12;
        (is_year && acronym && !w[0].eq_ignore_ascii_case("volume")).then(|| year.to_string())
    })
}

/// Whether `after` (the text after a venue's stop) opens with NLM's date: a year, maybe a
/// month and day, then a semicolon.
fn is_nlm_date(after: &str) -> bool {
    let t = after.trim_start();
    let year = t.len() >= 4 && t.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    year && t[4..]
        .split(';')
        .next()
        .is_some_and(|d| d.len() < t.len() - 4 && d.len() <= 16 && !d.contains(','))
}

/// A proceedings title followed by its place and maybe its publisher ("Proceedings of X,
/// Toronto, Canada: ACL", "Proceedings of X, ACL, Toronto, Canada", "Proceedings of X;
/// ACL: Toronto, Canada"): the place and
/// publisher go to `e` where it has none, and the title is returned.
pub(super) fn take_place_and_publisher<'a>(container: &'a str, e: &mut Entry) -> &'a str {
    // Cheap tests first: this runs on every venue.
    if !container.contains([',', ';']) || !PROCEEDINGS.is_match(container) {
        return container;
    }
    // MDPI: "Proceedings of X; Publisher: Place" or "Proceedings of X; Place".
    if let Some((name, after)) = container.split_once("; ")
        && PROCEEDINGS.is_match(name)
    {
        let after = after.trim_end_matches([',', '.', ' ']);
        let (publisher, place) = match after.split_once(": ") {
            Some((p, place)) if is_place(place) => (Some(p), Some(place)),
            Some((place, p)) if is_place(place) => (Some(p), Some(place)),
            None if is_place(after) => (None, Some(after)),
            _ => (None, None),
        };
        if let Some(place) = place {
            set_or_note(e, |e| &mut e.address, place);
            if let Some(p) = publisher {
                set_or_note(e, |e| &mut e.publisher, p);
            }
            return name;
        }
    }
    let (head, publisher) = match container.rsplit_once(": ") {
        Some((h, p)) if looks_like_publisher(p) || fields::is_publisher(p) => (h, Some(p)),
        _ => (container, None),
    };
    let head = head.trim_end_matches([':', ',', ' ']);
    for parts in [3, 2, 1] {
        let Some(cut) = head.rmatch_indices(", ").nth(parts - 1).map(|(i, _)| i) else {
            continue;
        };
        let (mut name, place) = (&head[..cut], &head[cut + 2..]);
        if is_place(place)
            && (parts < 3 || is_city_region_country(place))
            && PROCEEDINGS.is_match(name)
        {
            // A city the style joined to the name with no comma: "... (ACL 2024) Bangkok,
            // Thailand", but not "... held in Bangkok, Thailand".
            let place = match name.rsplit_once(' ') {
                Some((h, city))
                    if parts == 1
                        && KNOWN_PLACES.binary_search(&city).is_ok()
                        && !h
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| w.starts_with(char::is_lowercase)) =>
                {
                    name = h;
                    format!("{city}, {place}")
                }
                _ => place.to_string(),
            };
            set_or_note(e, |e| &mut e.address, &place);
            // "Proceedings of X, Publisher, Place".
            let publisher = publisher.or_else(|| {
                let (h, p) = name.rsplit_once(", ")?;
                (fields::is_publisher(p) && PROCEEDINGS.is_match(h)).then(|| {
                    name = h;
                    p
                })
            });
            if let Some(p) = publisher {
                set_or_note(e, |e| &mut e.publisher, p);
            }
            return name;
        }
    }
    container
}

/// Sets the field `slot` picks to `value` unless it has one; a second, different value
/// (the meeting's place beside the publisher's) goes to the note rather than being lost.
fn set_or_note(e: &mut Entry, slot: fn(&mut Entry) -> &mut Option<String>, value: &str) {
    match slot(e).as_deref() {
        None => *slot(e) = Some(value.to_string()),
        Some(v) if v != value => e.add_note(value),
        Some(_) => {}
    }
}

/// The publisher and place that the only container-like text really is (books): see
/// [`publisher_and_place`]. Editors after "In" belong to a container; editors after the
/// title ("Edited by J. Leonard") to the book itself.
pub(super) fn container_as_publisher(
    container: &str,
    e: &Entry,
    lead_in: bool,
    pieces: &[String],
) -> Option<(String, Option<String>)> {
    if container.is_empty()
        || !pieces.iter().all(|p| fields::is_note(p))
        || !e.editors.is_empty() && lead_in
    {
        return None;
    }
    publisher_and_place(container)
}

/// Whether `s` is a venue's acronym alone, with perhaps its year ("CVPR", "IJCV",
/// "NeurIPS'21", "ICML 2019"): a word of two to ten letters with two capitals or more
/// that no publisher of the table bears ("ACM", "SIAM" and "PUF" are publishers).
pub(super) fn is_venue_acronym(s: &str) -> bool {
    static VENUE_ACRONYM: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z]{2,})(?:\s?['’]?\s?\d{2}|\s\d{4})?$")
    });
    let s = s.trim().trim_end_matches('.');
    (2..=14).contains(&s.len()) && VENUE_ACRONYM.is_match(s) && !fields::is_publisher(s)
}

/// Whether what the tagger read as a publisher names a venue: a venue's acronym, or a
/// name with a word of periodicals or meetings ("Public Productivity & Management
/// Review") that the publisher table does not know.
pub(super) fn publisher_is_venue(s: &str) -> bool {
    is_venue_acronym(s) || has_venue_word(s) && !fields::is_publisher(s)
}

/// Words that name a periodical or a meeting, never a publisher.
const VENUE_WORDS: [&str; 14] = [
    "journal",
    "review",
    "revue",
    "rivista",
    "zeitschrift",
    "quarterly",
    "annals",
    "annales",
    "magazine",
    "transactions",
    "proceedings",
    "bulletin",
    "letters",
    "conference",
];

/// Whether `s` has a word of [`VENUE_WORDS`].
pub(super) fn has_venue_word(s: &str) -> bool {
    let lower = s.to_lowercase();
    VENUE_WORDS.iter().any(|w| lower.contains(w))
}

/// A publisher with its place, when `s` is only that: "Place: Publisher", "Publisher",
/// "Publisher, Place[, Region]" or "Place, Publisher" (French and Italian lists:
/// "Paris, Gallimard"). "Inc" or "Ltd" after the publisher stays with it.
pub(super) fn publisher_and_place(s: &str) -> Option<(String, Option<String>)> {
    let s = s.trim().trim_end_matches('.').trim();
    // ACS: "Wiley-VCH: Weinheim", the publisher before its place.
    if let Some((publisher, place)) = s.split_once(": ")
        && fields::is_publisher(publisher)
        && is_place(place)
        && !fields::is_publisher(place)
    {
        return Some((publisher.to_string(), Some(place.to_string())));
    }
    if let Some(c) = ADDRESS_PUBLISHER.captures(s) {
        return Some((c[2].trim().to_string(), Some(c[1].trim().to_string())));
    }
    // "Springer, Berlin", "Wiley, New York, NY": a publisher, then its place.
    if let Some((publisher, place)) = s.split_once(", ")
        && fields::is_publisher(publisher)
        && is_place(place)
        // "Prentice-Hall, Inc, Englewood Cliffs": the firm's name goes on.
        && !matches!(
            place.split([',', ' ', '.']).next(),
            Some("Inc" | "Ltd" | "Co" | "Corp" | "GmbH" | "AG" | "LLC" | "Pvt" | "SA")
        )
    {
        return Some((publisher.to_string(), Some(place.to_string())));
    }
    if fields::is_publisher(s) {
        return Some((s.to_string(), None));
    }
    if has_venue_word(s) {
        return None;
    }
    if let Some((place, publisher)) = place_state_publisher(s) {
        return Some((publisher.to_string(), Some(place.to_string())));
    }
    let (mut head, mut rest) = s.split_once(", ")?;
    for firm in ["Inc.", "Inc", "Ltd.", "Ltd", "Co.", "Publishers"] {
        // "Inc., New York" or, tidied, "Inc. New York".
        if let Some(r) = rest.strip_prefix(firm)
            && let Some(r) = r.strip_prefix(", ").or_else(|| r.strip_prefix(' '))
        {
            head = &s[..head.len() + 2 + firm.len()];
            rest = r;
            break;
        }
    }
    if (fields::is_publisher(head) || looks_like_publisher(head)) && is_place(rest) {
        return Some((head.to_string(), Some(rest.to_string())));
    }
    let (place, publisher) = s.rsplit_once(", ")?;
    (fields::is_publisher(publisher) && is_place(place))
        .then(|| (publisher.to_string(), Some(place.to_string())))
}

/// "Detroit, MI. Morgan Kaufmann": a place that a state's code ends, then a publisher;
/// the two, split at the period after the code.
fn place_state_publisher(s: &str) -> Option<(&str, &str)> {
    s.match_indices(". ").find_map(|(i, _)| {
        let (place, publisher) = (&s[..i], &s[i + 2..]);
        let state = place.rsplit([' ', ',']).next()?;
        (state.len() == 2
            && state.chars().all(|c| c.is_ascii_uppercase())
            && is_place(place)
            && (fields::is_publisher(publisher) || looks_like_publisher(publisher)))
        .then_some((place, publisher))
    })
}

/// Whether `s` names a publisher and no periodical or meeting: a known publisher
/// ("Springer", "Prentice Hall PTR New Jersey") or a firm ("Doubleday, Page and
/// Company"), without "Journal", "Review", "Proceedings" and the like.
pub(super) fn names_publisher(s: &str) -> bool {
    !has_venue_word(s) && (fields::is_publisher(s) || fields::starts_with_publisher(s))
}

/// A venue that ends in its publisher and perhaps the publisher's place: "Logic and
/// Data Bases, Plenum Press, New York" is the venue "Knowledge and Databases", the
/// publisher "Plenum Press" and the place "New York".
pub(super) fn trailing_publisher(venue: &str) -> Option<(String, String, Option<String>)> {
    let lower = venue.to_lowercase();
    // A report's or thesis's institution is its publisher already.
    if [
        "report",
        "thesis",
        "dissertation",
        "arbeit",
        "working paper",
    ]
    .iter()
    .any(|w| lower.contains(w))
    {
        return None;
    }
    let parts: Vec<&str> = venue.split(", ").collect();
    let n = parts.len();
    // "Advances in Neural Information Processing Systems, Denver, CO: Morgan Kaufmann".
    // The longest place first: "Denver, CO", not "CO".
    let imprint = (1..n.min(4)).rev().find_map(|k| {
        let head = parts[..n - k].join(", ");
        let tail = parts[n - k..].join(", ");
        // "Geneva, Switzerland: World Health Organization" is an imprint alone.
        if is_place(&head) {
            return None;
        }
        let c = ADDRESS_PUBLISHER.captures(tail.trim_end_matches('.'))?;
        let publisher = c[2].trim();
        (names_publisher(publisher) || looks_like_publisher(publisher))
            .then(|| (head, publisher.to_string(), Some(c[1].trim().to_string())))
    });
    if imprint.is_some() {
        return imprint;
    }
    // "Proceedings of X, Detroit, MI. Morgan Kaufmann".
    if n >= 3
        && let tail = parts[n - 2..].join(", ")
        && let Some((place, publisher)) = place_state_publisher(tail.trim_end_matches('.'))
    {
        return Some((
            parts[..n - 2].join(", "),
            publisher.to_string(),
            Some(place.to_string()),
        ));
    }
    (1..n.min(4)).find_map(|k| {
        let publisher = parts[n - k].trim_end_matches('.');
        let place = parts[n - k + 1..].join(", ");
        // A capital starts a publisher's name, and no state code ends a sentence in it
        // ("IL. Chicago Linguistic Society").
        let name_like = publisher.starts_with(|c: char| c.is_uppercase())
            && publisher
                .split_once(". ")
                .is_none_or(|(head, _)| head.len() > 2);
        let is_publisher = names_publisher(publisher)
            || looks_like_publisher(publisher) && !has_venue_word(publisher);
        (name_like && is_publisher && (place.is_empty() || is_place(&place))).then(|| {
            (
                parts[..n - k].join(", "),
                publisher.to_string(),
                (!place.is_empty()).then_some(place),
            )
        })
    })
}

/// Cities and regions (states, countries) that the tagger's training data names, one
/// per line.
static KNOWN_PLACES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<&str> = include_str!("../../tagger/data/places.txt")
        .lines()
        .chain(include_str!("../../tagger/data/regions.txt").lines())
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    v.sort_unstable();
    v
});

/// Whether `s` is only known places: "Paris", "Boston, MA", "Cambridge, UK".
fn is_known_place(s: &str) -> bool {
    let parts: Vec<&str> = s.trim_end_matches('.').split(", ").collect();
    parts.len() <= 3
        && parts
            .iter()
            .all(|p| KNOWN_PLACES.binary_search(&p.trim()).is_ok())
}

/// "Wise, VA, USA", "Kingston, ON, Canada": a city, a known region or a state's code, and
/// a known country; the city may be any name.
fn is_city_region_country(p: &str) -> bool {
    let mut parts = p.split(", ");
    let (Some(city), Some(region), Some(country)) = (parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let code = region.len() == 2 && region.bytes().all(|b| b.is_ascii_uppercase());
    !PROCEEDINGS.is_match(city)
        && (code || KNOWN_PLACES.binary_search(&region).is_ok())
        && KNOWN_PLACES.binary_search(&country).is_ok()
}

/// Whether `s` is a medium that MLA writes where a place or a publisher may stand
/// ("Print", "Web"): neither.
pub(super) fn is_medium(s: &str) -> bool {
    matches!(s, "Web" | "Print" | "Online" | "Internet")
}

/// "Bangkok, Thailand", "New York, NY": one to three short capitalised names.
pub(super) fn is_place(p: &str) -> bool {
    let parts: Vec<&str> = p.split(", ").collect();
    (1..=3).contains(&parts.len())
        && parts.iter().all(|part| {
            let words: Vec<&str> = part.split_whitespace().collect();
            (1..=3).contains(&words.len())
                && words.iter().all(|w| {
                    w.starts_with(|c: char| c.is_uppercase())
                        && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')
                })
        })
}

/// A thesis's school or a report's institution that only repeats its genre ("Ph.D.
/// thesis", "Technical report") is none: the entry type says it already. One with a
/// number in it ("Technical report 95-17") stays. A place after the school that is the
/// entry's address goes.
pub(super) fn drop_genre_school(e: &mut Entry) {
    if !is_thesis_or_report(e.kind) {
        return;
    }
    let kind = e.kind;
    // "Aalto University, Espoo, Finland" with the place read too: the school is
    // "Aalto University".
    if let (Some(school), Some(place)) = (&mut e.container, &e.address)
        && let Some(head) = school.strip_suffix(place.as_str())
        && let Some(head) = head.strip_suffix(", ")
        && !head.is_empty()
    {
        *school = head.to_string();
    }
    for field in [&mut e.container, &mut e.publisher] {
        if field.as_deref().is_some_and(|p| {
            !p.contains(|c: char| c.is_ascii_digit()) && clean_container(p, kind).is_empty()
        }) {
            *field = None;
        }
    }
}

/// ACS's imprint after the book, set apart by a semicolon only: "Modern Organometallic
/// Chemistry; Wiley-VCH: Weinheim" is the book, its publisher and its place.
pub(super) fn imprint_after_semicolon(e: &mut Entry) {
    if e.publisher.is_some() || e.address.is_some() {
        return;
    }
    let Some((book, imprint)) = e.container.as_deref().and_then(|c| c.rsplit_once("; ")) else {
        return;
    };
    let Some((publisher, place)) = publisher_and_place(imprint) else {
        return;
    };
    if !fields::is_publisher(&publisher) || book.trim().is_empty() {
        return;
    }
    e.container = Some(book.trim().to_string());
    e.publisher = Some(publisher);
    e.address = place;
}

/// A venue that is only an imprint, "Place: Publisher" ("Mexico City: Instituto Nacional
/// de Ciencias Penales", "Rio de Janeiro: Casa de Rui Barbosa, 1964"), in an entry with no
/// publisher, place, volume or pages: it is the publisher and its place, and the work a
/// book unless it is a part of one.
pub(super) fn imprint_for_venue(e: &mut Entry) {
    if e.publisher.is_some()
        || e.address.is_some()
        || e.volume.is_some()
        || e.number.is_some()
        || e.pages.is_some()
    {
        return;
    }
    let Some((place, publisher)) = e.container.as_deref().and_then(|c| c.split_once(": ")) else {
        return;
    };
    let publisher = publisher.trim().trim_end_matches('.');
    let publisher = match publisher.rsplit_once(", ") {
        Some((head, year)) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => head,
        _ => publisher,
    };
    let place_words_ok = place.split([' ', ',']).filter(|w| !w.is_empty()).all(|w| {
        w.starts_with(char::is_uppercase)
            || matches!(
                w,
                "de" | "da" | "do" | "del" | "la" | "le" | "sur" | "am" | "upon"
            )
    });
    let place_len = place.split_whitespace().count();
    if !(1..=5).contains(&place_len)
        || !place_words_ok
        || !publisher.starts_with(char::is_uppercase)
        || publisher.len() > 80
        || publisher.contains([':', '(', ')'])
        || has_venue_word(publisher)
    {
        return;
    }
    e.address = Some(place.to_string());
    e.publisher = Some(publisher.to_string());
    e.container = None;
    if matches!(e.kind, EntryType::Article | EntryType::Misc) {
        e.kind = EntryType::Book;
    }
}

/// Whether `p` is short and has a word that publishers' names have ("Press", "Books",
/// "University", "Verlag"), as a word: "Expressions" is none.
pub(super) fn looks_like_publisher(p: &str) -> bool {
    p.split_whitespace().count() <= 8
        && p.split(|c: char| !c.is_alphanumeric()).any(|w| {
            let w = w.to_lowercase();
            w == "press"
                || w == "books"
                || w == "society"
                || w == "éditions"
                || w.starts_with("publisher")
                || w.starts_with("edition")
                || w.starts_with("universit")
                || w.starts_with("institut")
                || w.ends_with("verlag")
        })
}

/// Words that make a sentence a venue, a report or a note rather than a subtitle.
const NOT_SUBTITLE_WORDS: [&str; 14] = [
    "symposium",
    "workshop",
    "series",
    "lecture notes",
    "report",
    "thesis",
    "dissertation",
    "magazine",
    "translated",
    "trans.",
    "edited",
    "edition",
    "retrieved",
    "available",
];

/// Whether a sentence after a title can be its subtitle: words, no numbers, nothing
/// that names a venue, a publisher, an edition or a note.
pub(super) fn is_subtitle(s: &str) -> bool {
    let lower = s.to_lowercase();
    s.split_whitespace().count() >= 2
        && s.starts_with(|c: char| c.is_uppercase())
        && !s.chars().any(|c| c.is_ascii_digit())
        && !VENUE_WORDS
            .iter()
            .chain(&NOT_SUBTITLE_WORDS)
            .any(|w| lower.contains(w))
        && !fields::is_note(s)
        && fields::edition(s).is_none()
        && !looks_like_publisher(s)
        && publisher_and_place(s).is_none()
}

#[cfg(test)]
mod tests;

//! The two readings of a reference, by the rules and by the tagger, and how one entry is
//! made of them.

use std::sync::LazyLock;

use regex::Regex;

use super::ParsedReference;
use crate::extract::fields;
use crate::extract::inline::RichText;
use crate::model::{Entry, EntryType};

/// Where a non-empty `title` stands in `rt.text`: its first occurrence, start and end.
fn title_span(rt: &RichText, title: Option<&str>) -> Option<(usize, usize)> {
    let title = title.filter(|t| !t.is_empty())?;
    let start = rt.text.find(title)?;
    Some((start, start + title.len()))
}

/// Whether `title`, found in `rt`, starts or ends inside an italic run that it does not
/// cover whole.
pub(super) fn crosses_markup(rt: &RichText, title: Option<&str>) -> bool {
    let Some((start, end)) = title_span(rt, title) else {
        return false;
    };
    rt.italic
        .iter()
        .any(|r| (r.start > start && r.start < end) || (r.end > start && r.end < end))
}

/// Whether `title`, found in `rt`, ends right where an italic run starts (only spaces and
/// punctuation between): the style set the venue apart by markup, so the title's end is
/// certain.
pub(super) fn ends_at_markup(rt: &RichText, title: Option<&str>) -> bool {
    let Some((_, end)) = title_span(rt, title) else {
        return false;
    };
    let gap = rt.text[end..]
        .find(|c: char| !c.is_whitespace() && !c.is_ascii_punctuation() && !"’”“‘".contains(c))
        .map_or(rt.text.len(), |i| end + i);
    rt.italic
        .iter()
        .any(|r| r.start >= end && r.start <= gap && r.end > gap)
}

/// What a tagger may cut off a title's end: ": subtitle" (without a second colon, which
/// would be "Place: Publisher"), "(1798, 1805)", ", 1815-1909".
static TITLE_END: LazyLock<Regex> = LazyLock::new(|| {
    fields::re(r"^(?:\s*:\s+[^:\d]+|\s*\(\s*\d{4}[^()]*\)|,\s*\d{4}\s*[-–]\s*\d{2,4})$")
});

/// Two readings of one reference: by the rules and by the learned tagger.
#[derive(Debug, Clone)]
pub struct Readings {
    /// What the hand-written rules read.
    pub rules: ParsedReference,
    /// What the tagger read.
    pub tagged: ParsedReference,
    /// Whether the tagger's title runs into or out of an italic run: a title and a venue
    /// set apart by markup, read as one.
    pub tagger_crosses_markup: bool,
    /// Whether the rules' title ends where an italic venue starts.
    pub rules_title_ends_at_markup: bool,
    /// The reference's text as both readings read it (links and identifiers taken out):
    /// where an author that is no person stands, what follows the title.
    pub text: String,
}

/// A book's "Publisher, Place" or "Place, Region: Publisher" that the rules read as its
/// venue, when the tagger read publisher and place and no venue: the tagger's reading of
/// them is taken.
fn publisher_for_venue(rules: &mut Entry, tagged: &Entry) {
    let (Some(venue), Some(publisher), None) =
        (&rules.container, &tagged.publisher, &tagged.container)
    else {
        return;
    };
    // A journal with its volume is no publisher ("BMC Pediatr, 19, 88"), unless it has
    // no pages and its name is a publisher's (a book in a series: "Vol. 770,
    // Springer").
    let journal = rules.kind == EntryType::Article
        && rules.volume.is_some()
        && (rules.pages.is_some() || !super::venue::names_publisher(venue));
    // A thesis's venue is its school; a meeting's name that names no publisher is the
    // meeting's ("In Proc. Mining Seminar, 2015").
    if super::venue::is_thesis_or_report(rules.kind)
        || rules.kind == EntryType::InProceedings && !super::venue::names_publisher(venue)
    {
        return;
    }
    // With a volume the tagger read, a venue that names no publisher is a periodical
    // ("Revue de Paris, 12 mai").
    let venue_is_publisher = !journal
        && (tagged.volume.is_none() || super::venue::names_publisher(venue))
        && rules.publisher.is_none()
        && venue.starts_with(publisher.as_str());
    let venue_is_place = tagged
        .address
        .as_deref()
        .is_some_and(|a| a.contains(venue.as_str()));
    if venue_is_publisher || venue_is_place {
        rules.publisher = Some(publisher.clone());
        rules.container = None;
        if venue_is_place || rules.address.is_none() {
            rules.address = tagged.address.clone();
        }
        if rules.kind == EntryType::Article {
            rules.kind = EntryType::Book;
        }
    }
}

/// A meeting, its place and its publisher that the rules read as one publisher
/// ("National Conference on AI, Seattle, WA. AAAI Press"), where the tagger read a
/// meeting's proceedings with a venue there and the publisher at its end: the venue is
/// the text before the publisher and the tagger's place.
fn venue_for_publisher(rules: &mut Entry, tagged: &Entry) {
    let (None, Some(publisher), Some(venue), Some(tagged_publisher), EntryType::InProceedings) = (
        &rules.container,
        &rules.publisher,
        &tagged.container,
        &tagged.publisher,
        tagged.kind,
    ) else {
        return;
    };
    let Some(head) = publisher
        .strip_suffix(tagged_publisher.as_str())
        .filter(|head| head.starts_with(venue.as_str()))
    else {
        return;
    };
    let mut head = head.trim_end_matches([',', '.', ' ', ';', ':']);
    if let Some(place) = &tagged.address {
        head = head
            .strip_suffix(place.as_str())
            .map_or(head, |h| h.trim_end_matches([',', '.', ' ']));
    }
    if head.is_empty() {
        return;
    }
    rules.container = Some(head.to_string());
    rules.publisher = Some(tagged_publisher.clone());
    if rules.address.is_none() {
        rules.address = tagged.address.clone();
    }
    rules.kind = EntryType::InProceedings;
}

/// A book that the tagger read as a venue without a title ("Horn, B. (1986). Robot
/// Vision, MIT Press."): with a publisher and no "In", volume or pages, the venue is
/// the title.
fn venue_as_title(e: &mut Entry) {
    if e.title.is_none()
        && e.publisher.is_some()
        && e.volume.is_none()
        && e.number.is_none()
        && e.pages.is_none()
        && !matches!(e.kind, EntryType::InCollection | EntryType::InProceedings)
        && let Some(venue) = e.container.take()
    {
        e.title = Some(venue);
        if e.kind == EntryType::Article {
            e.kind = EntryType::Book;
        }
    }
}

/// Whether a volume or page value the tagger read holds a number, arabic or roman
/// ("bioRxiv" after "Preprint at" does not).
fn is_number_like(v: &str) -> bool {
    v.chars().any(|c| c.is_ascii_digit())
        || !v.is_empty() && v.chars().all(|c| "ivxlcdmIVXLCDM-– ".contains(c))
}

/// Whether the number `v` stands beside the month the rules read in `text`, as its day
/// ("15 novembre 1925", "May 3, 2001"): the tagger may not know the month's name.
fn is_day_of(v: &str, month: Option<&str>, text: &str) -> bool {
    let Some(month) = month else {
        return false;
    };
    [
        format!("{v} {month}"),
        format!("{v}. {month}"),
        format!("{month} {v},"),
    ]
    .iter()
    .any(|date| text.contains(date.as_str()))
}

/// Whether `part` is the subtitle that ends `venue` ("Journal of Experimental
/// Psychology: General"): no place of its own.
fn ends_subtitle(venue: &str, part: &str) -> bool {
    venue
        .strip_suffix(part)
        .is_some_and(|head| head.ends_with(": "))
}

/// The words of `s`, letters and digits only.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A title's letters and digits, lower-cased, for comparing two readings of it.
fn title_chars(t: &Option<String>) -> impl Iterator<Item = char> + '_ {
    t.as_deref()
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

impl Readings {
    /// Whether both readings found the same title.
    pub fn titles_agree(&self) -> bool {
        // Mostly they are written the same: no need to compare letter by letter.
        self.rules.entry.title == self.tagged.entry.title
            || title_chars(&self.rules.entry.title).eq(title_chars(&self.tagged.entry.title))
    }

    /// Whether the tagger lost part of a title the rules read whole: it found neither a
    /// title nor names; it found no title and its venue holds the rules' one; or both
    /// read the same authors, and the tagger found
    /// no title, or its title is the end of the rules' one
    /// (a head such as "APRIL:" or "Give-N-" taken for a name or a mark) or their start
    /// without a subtitle, years or a sentence it left unplaced, or it is the rules' title
    /// and their venue run on.
    pub fn tagger_lost_title(&self) -> bool {
        let Some(rules_title) = self.rules.entry.title.as_deref() else {
            return false;
        };
        // An edited book's people are its editors.
        let families = |e: &Entry| -> Vec<String> {
            let people: Vec<&crate::model::Person> = if e.authors.is_empty() {
                e.editors.iter().collect()
            } else {
                e.authors.iter().map(|a| &a.name).collect()
            };
            people
                .iter()
                .map(|p| p.family.chars().filter(|c| c.is_alphanumeric()).collect())
                .collect()
        };
        let (r, t) = (&self.rules.entry, &self.tagged.entry);
        // A status taken for the title: "(under review). Title."
        if t.title.as_deref().is_some_and(fields::is_note) {
            return true;
        }
        // Neither a title nor names: the tagger read the title as names the parser could
        // not read ("Good neighbours. (1998, May). Magazine, 46(2)").
        if t.title.is_none() && t.authors.is_empty() && t.editors.is_empty() {
            return true;
        }
        // No title, and the venue holds the rules' whole title: the tagger ran the two
        // (and perhaps a name before them) together.
        if t.title.is_none()
            && !rules_title.is_empty()
            && t.container
                .as_deref()
                .is_some_and(|c| c.contains(rules_title))
        {
            return true;
        }
        // A venue across a sentence's end, made of the rules' title's end and their
        // imprint's start ("Town of Brunswick, Maine. Concord, New Hampshire: Press").
        if let Some((head, tail)) = t.container.as_deref().and_then(|c| c.split_once(". "))
            && !head.is_empty()
            && !tail.is_empty()
            && rules_title.ends_with(head)
            && [&r.address, &r.publisher]
                .into_iter()
                .flatten()
                .any(|v| v.starts_with(tail))
        {
            return true;
        }
        // The tagger's title is the rules' venue and the rules' title is text it left
        // unplaced: a reference without authors, its title first ("Harbour lights.
        // (1997, May). Quarterly, 12(2)").
        if t.title.is_some()
            && t.title == r.container
            && t.authors.is_empty()
            && r.authors.is_empty()
            && r.volume.is_some()
            && self.tagged.unplaced.iter().any(|u| u == rules_title)
        {
            return true;
        }
        // The tagger's title is the rules' one author, a body, and its venue the rules'
        // title: it read the body as the title ("U.S. Board of Governors. Annual Report.").
        if let ([body], Some(title)) = (&r.authors[..], t.title.as_deref())
            && body.name.given.is_empty()
            && body.name.family.ends_with(title)
            && t.container.as_deref() == Some(rules_title)
        {
            return true;
        }
        // Both read the same authors, or both none ("———. Title").
        let rules_families = families(r);
        if rules_families != families(t)
            || (rules_families.is_empty()
                && !(self.rules.repeats_authors && self.tagged.repeats_authors))
        {
            return false;
        }
        let Some(tagged_title) = t.title.as_deref() else {
            return true;
        };
        // A head taken for a name, and perhaps the venue run on at the end ("Donors,
        // Their Gifts, ..." read as "Their Gifts, ..., Speculum").
        let without_venue = r
            .container
            .as_deref()
            .and_then(|v| tagged_title.strip_suffix(v))
            .map_or(tagged_title, |t| t.trim_end_matches([',', '.', ' ']));
        // A head that is a name with its initials is one ("Goss DL. Moore JH. Title").
        let name_head = |head: &str| {
            let words: Vec<&str> = head.trim_end_matches(['.', ',', ' ']).split(' ').collect();
            matches!(words[..], [family, initials]
                if family.starts_with(char::is_uppercase)
                    && family.chars().skip(1).all(char::is_lowercase)
                    && initials.chars().all(char::is_uppercase)
                    && crate::extract::names::is_initials(initials))
        };
        if rules_title.len() > without_venue.len()
            && !without_venue.is_empty()
            && rules_title.ends_with(without_venue)
            && !name_head(&rules_title[..rules_title.len() - without_venue.len()])
        {
            return true;
        }
        // The tagger's title runs on into the venue the rules found ("Title, BMC Pediatr").
        if let Some(venue) = r.container.as_deref()
            && tagged_title
                .strip_prefix(rules_title)
                .is_some_and(|rest| rest.trim_start_matches([',', '.', ' ']) == venue)
        {
            return true;
        }
        // The end: a subtitle, or years the tagger read as the date; or a sentence the
        // tagger could not place ("The patient mind. A sevenfold path ...").
        // Or the rest goes on with the sentence, and its words are text the tagger left
        // unplaced ("Strategic Budgeting" and "Large U.S", "Hospitals"), with perhaps
        // a small word it dropped or a number it took for a volume ("in 25").
        let left_over = |w: &str| {
            self.tagged
                .unplaced
                .iter()
                .any(|u| words(u).any(|x| x == w))
        };
        let numbers = [&t.volume, &t.number, &t.pages];
        // A closing quote may end the tagger's title inside the rules' one ("Sonnets
        // from “The Trophies” of ...").
        let unplaced = |rest: &str| {
            rest.trim_start_matches(['”', '’', '"', '»'])
                .starts_with([' ', ','])
                && words(rest).any(left_over)
                && words(rest).all(|w| {
                    left_over(w)
                        || w.len() <= 3 && w.chars().all(char::is_lowercase)
                        || numbers.iter().any(|n| n.as_deref() == Some(w))
                })
        };
        rules_title.strip_prefix(tagged_title).is_some_and(|rest| {
            TITLE_END.is_match(rest)
                || rest
                    .strip_prefix(". ")
                    .is_some_and(|sentence| self.tagged.unplaced.iter().any(|u| u == sentence))
                || unplaced(rest)
        })
    }

    /// Whether the rules cut a title at a full stop that the tagger read whole: the
    /// tagger's title is the rules' one, a full stop and the rules' venue, and the tagger
    /// found another venue ("Anatomy of the inner ear. I. The cochlear duct.
    /// Brain Research Reviews 20").
    pub fn rules_cut_title(&self) -> bool {
        let (r, t) = (&self.rules.entry, &self.tagged.entry);
        let (Some(rules_title), Some(tagged_title), Some(rules_venue), Some(_)) = (
            r.title.as_deref(),
            t.title.as_deref(),
            r.container.as_deref(),
            t.container.as_deref(),
        ) else {
            return false;
        };
        tagged_title
            .strip_prefix(rules_title)
            .and_then(|rest| rest.strip_prefix(". "))
            .is_some_and(|rest| rest == rules_venue)
    }

    /// Whether the rules placed everything and found a title, a year and a venue (a
    /// preprint's id stands for its venue; a journal's volume and pages for a title
    /// the style does not print).
    pub fn rules_complete(&self) -> bool {
        let r = &self.rules.entry;
        let untitled_article = r.container.is_some() && r.volume.is_some() && r.pages.is_some();
        // "(in press)", "(under review)" where the year stands.
        let status = || {
            r.note
                .as_deref()
                .is_some_and(|n| n.split("; ").any(fields::is_note))
        };
        self.rules.unplaced.is_empty()
            && (r.title.is_some() || untitled_article)
            && (r.year.is_some() || status())
            && (r.kind == EntryType::Unpublished
                || r.container.is_some()
                || r.publisher.is_some()
                // A book with only its place: "Cultes de Lyon, Paris, 2009."
                || r.address.is_some()
                || r.eprint.is_some()
                // A web page or a data set: where to find it is its link.
                || r.kind == EntryType::Misc && (r.doi.is_some() || !r.links.is_empty())
                || matches!(r.kind, EntryType::TechReport | EntryType::Patent)
                    && r.number.is_some())
    }

    /// One reading made of the two. A complete rule reading wins when the tagger agrees
    /// on the title, when the tagger's title crosses markup or the rules' title ends at
    /// it, when the tagger lost part of the title, or always when `trust_rules`
    /// (the rules read most of this list's entries the way the tagger does, so its style
    /// is one they know); otherwise the tagger's reading, with the rules' venue and
    /// numbers where the titles agree. Last, text left unplaced finds its place where
    /// it can (a body or a single name where the authors stand is the author, a
    /// sentence after the title its subtitle, text after "In" the book, a place before
    /// the publisher the address), a city and its region read apart make one address, a
    /// venue that is only an imprint becomes the publisher, a school that only names
    /// the genre goes, and a journal left at the end of an article's title becomes its
    /// venue.
    pub fn choose(mut self, trust_rules: bool) -> ParsedReference {
        let text = std::mem::take(&mut self.text);
        let mut chosen = self.pick(trust_rules, &text);
        super::opening_author::take_opening_author(&mut chosen, &text);
        super::subtitle::join_unplaced_subtitle(&mut chosen, &text);
        super::unplaced_book::book_from_unplaced(&mut chosen, &text);
        super::unplaced_book::address_from_unplaced(&mut chosen, &text);
        super::city_region::join_city_and_region(&mut chosen, &text);
        super::place_twice::place_out_of_venue(&mut chosen.entry);
        super::city_region::split_place_and_publisher(&mut chosen.entry);
        super::city_region::place_read_as_publisher(&mut chosen.entry);
        super::subtitle::venue_as_subtitle(&mut chosen, &text);
        super::venue::imprint_after_semicolon(&mut chosen.entry);
        super::venue::imprint_for_venue(&mut chosen.entry);
        super::venue::drop_genre_school(&mut chosen.entry);
        super::venue_publisher::publisher_as_venue(&mut chosen.entry);
        super::journal_in_title::journal_in_title(&mut chosen.entry);
        super::bare_numbers::volume_before_pages(&mut chosen, &text);
        super::title_details::title_details(&mut chosen.entry, &text);
        chosen
    }

    /// Whether [`Readings::choose`] needs to know if the list's rules are trusted: the
    /// rules read the whole reference and nothing else decides between the readings.
    /// The other readings can be chosen at once, before the rest of the list is read.
    pub fn waits_for_trust(&self) -> bool {
        self.rules_complete()
            && !self.rules_cut_title()
            && !(self.titles_agree() || self.markup_decides() || self.tagger_lost_title())
    }

    /// Whether markup sets the title apart where the tagger's reading does not see it.
    fn markup_decides(&self) -> bool {
        self.tagger_crosses_markup || self.rules_title_ends_at_markup || self.quotes_decide()
    }

    /// Whether the rules read quotes that the tagger did not: its title runs across a
    /// closing quote that the rules' title does not hold ("discriminations multiples »,
    /// Travail"), or it is only a quoted phrase inside the rules' title ("Notes on “The
    /// Tone Poems” of José-Maria de Lima").
    fn quotes_decide(&self) -> bool {
        let (Some(rules), Some(tagged)) = (
            self.rules.entry.title.as_deref(),
            self.tagged.entry.title.as_deref(),
        ) else {
            return false;
        };
        ['”', '»', '"']
            .iter()
            .any(|&q| tagged.contains(q) && !rules.contains(q))
            || rules.len() > tagged.len()
                && rules.match_indices(tagged).any(|(i, _)| {
                    let (before, after) = (&rules[..i], &rules[i + tagged.len()..]);
                    [
                        ("“", "”"),
                        ("\"", "\""),
                        ("«", "»"),
                        ("« ", " »"),
                        ("‘", "’"),
                    ]
                    .iter()
                    .any(|(open, close)| before.ends_with(open) && after.starts_with(close))
                })
    }

    /// The reading [`Readings::choose`] takes, before its last checks.
    fn pick(self, trust_rules: bool, text: &str) -> ParsedReference {
        let agree = self.titles_agree();
        let markup = self.markup_decides();
        let lost = self.tagger_lost_title();
        if self.rules_complete()
            && (agree || trust_rules || markup || lost)
            && !self.rules_cut_title()
        {
            let mut rules = self.rules;
            let t = &self.tagged.entry;
            let r = &mut rules.entry;
            if agree {
                publisher_for_venue(r, t);
                venue_for_publisher(r, t);
                // Text the rules placed already is not read a second time: a number
                // found anywhere in it, a place that ends the publisher ("Ltd").
                let chapter = r.extra_field("chapter").map(str::to_string);
                let placed: Vec<String> = [
                    &r.title,
                    &r.container,
                    &r.publisher,
                    &r.number,
                    &r.note,
                    &chapter,
                ]
                .into_iter()
                .flatten()
                .cloned()
                .collect();
                // Reports and patents have a number, not a volume: what the tagger read
                // as one is the day of a date ("March 11, 1980"). So is a number beside
                // the month the rules read, in a language the tagger does not know.
                let numbered = matches!(r.kind, EntryType::TechReport | EntryType::Patent)
                    && r.number.is_some()
                    || t.volume
                        .as_deref()
                        .is_some_and(|v| is_day_of(v, r.month.as_deref(), text));
                let borrow = [
                    (&mut r.volume, &t.volume, !numbered),
                    // Years the rules left in the venue ("Writings, 1922–34") are no
                    // pages.
                    (
                        &mut r.pages,
                        &t.pages,
                        !t.pages.as_deref().is_some_and(|p| {
                            crate::extract::fields::is_year_range(&p.replace("--", "-"))
                        }),
                    ),
                ];
                for (mine, theirs, wanted) in borrow {
                    if wanted
                        && mine.is_none()
                        && let Some(v) = theirs
                        && is_number_like(v)
                        && !placed.iter().any(|p| p.contains(v.as_str()))
                        // Pages are written with "--": "92--43" is the report "TR 92-43".
                        && !r
                            .number
                            .as_deref()
                            .is_some_and(|n| n.contains(&v.replace("--", "-")))
                    {
                        *mine = Some(v.clone());
                    }
                }
                if r.address.is_none()
                    && let Some(v) = &t.address
                    // A part of the venue ("Journal of Experimental Psychology: General").
                    && !r.container.as_deref().is_some_and(|c| ends_subtitle(c, v))
                    // Cell's supplement pages ("2345–2361.e18") are no place.
                    && !r.pages.as_deref().is_some_and(|p| p.contains(v.as_str()))
                    && !r
                        .publisher
                        .as_deref()
                        .is_some_and(|p| p.ends_with(v.as_str()))
                {
                    r.address = Some(v.clone());
                }
            }
            return rules;
        }
        let mut tagged = self.tagged;
        if agree {
            let (t, r) = (&mut tagged.entry, &self.rules.entry);
            // A chapter the rules read with its book ("In Eds (eds.), Book") and the
            // tagger without one is a chapter, edited by all the editors the rules found.
            if t.container.is_none()
                && r.container.is_some()
                && matches!(r.kind, EntryType::InCollection | EntryType::InProceedings)
            {
                t.kind = r.kind;
            }
            let mut taken = Vec::new();
            if r.editors.len() > t.editors.len() {
                t.editors = r.editors.clone();
                taken.extend(
                    r.editors
                        .iter()
                        .map(|p| format!("{} {}", p.given, p.family)),
                );
            }
            let mut displaced = Vec::new();
            // A venue the rules ran on into the numbers the tagger read ("Appl. Acoust.
            // 180, 108112") is not taken.
            let venue_holds_numbers = r.container.as_deref().is_some_and(|c| {
                [&t.volume, &t.pages]
                    .into_iter()
                    .flatten()
                    .filter(|n| n.chars().any(|c| c.is_ascii_digit()))
                    .any(|n| words(c).any(|w| w == n))
            });
            let rules_venue = if venue_holds_numbers {
                &None
            } else {
                &r.container
            };
            for (theirs, mine) in [
                (&mut t.container, rules_venue),
                (&mut t.volume, &r.volume),
                (&mut t.number, &r.number),
                (&mut t.pages, &r.pages),
            ] {
                if let Some(v) = mine {
                    if let Some(old) = theirs.replace(v.clone()) {
                        displaced.push(old);
                    }
                    taken.push(v.clone());
                }
            }
            // A place that is the end of the venue taken ("Journal of Experimental
            // Psychology: General") goes.
            if let (Some(venue), Some(place)) = (&t.container, &t.address)
                && ends_subtitle(venue, place)
            {
                t.address = None;
            }
            // What the rules placed is no longer unplaced ("Media Policy Project 9" read
            // as venue and volume).
            let covered =
                |piece: &str| words(piece).all(|w| taken.iter().any(|v| words(v).any(|x| x == w)));
            tagged.unplaced.retain(|u| !covered(u));
            if let Some(note) = t.note.take() {
                let kept: Vec<&str> = note.split("; ").filter(|n| !covered(n)).collect();
                if !kept.is_empty() {
                    t.note = Some(kept.join("; "));
                }
            }
            // What the tagger had in a field the rules' reading took over is kept.
            for d in displaced {
                if !covered(&d) && !tagged.unplaced.contains(&d) {
                    t.add_note(&d);
                    tagged.unplaced.push(d);
                }
            }
        }
        venue_as_title(&mut tagged.entry);
        title_from_rules(&mut tagged, &self.rules);
        tagged
    }
}

/// The title the rules found, taken into a tagger's reading that found none but read
/// the title's words as something else: text it left unplaced ("\"Walker, Alice.\""),
/// the venue ("On" + "Civic Virtue"), the publisher ("1962. Habits of Reading.") or
/// a volume ("Access Act H.R. 412").
/// The pieces must lie inside the rules' title and hold all of its words.
fn title_from_rules(tagged: &mut ParsedReference, rules: &ParsedReference) {
    let Some(title) = rules.entry.title.as_deref() else {
        return;
    };
    if tagged.entry.title.is_some() || title.is_empty() {
        return;
    }
    let inside = |piece: &str| {
        let piece = piece.trim_matches(|c: char| c.is_whitespace() || ".,;:\"'“”‘’«»".contains(c));
        !piece.is_empty() && title.contains(piece)
    };
    let t = &tagged.entry;
    let venue = t.container.as_deref().is_some_and(inside);
    // A publisher's name is no title ("(Stanford University Press, 1993)").
    let publisher = t
        .publisher
        .as_deref()
        .is_some_and(|p| inside(p) && !super::venue::names_publisher(p));
    let unplaced: Vec<String> = tagged
        .unplaced
        .iter()
        .filter(|u| inside(u))
        .cloned()
        .collect();
    // A number inside the title, between words the tagger left unplaced, is no volume
    // ("Access Act H.R. 412 114th Congress").
    let volume = !unplaced.is_empty()
        && t.volume
            .as_deref()
            .is_some_and(|v| words(title).any(|w| w == v));
    let pieces: Vec<&str> = [
        t.container.as_deref().filter(|_| venue),
        t.publisher.as_deref().filter(|_| publisher),
        t.volume.as_deref().filter(|_| volume),
    ]
    .into_iter()
    .flatten()
    .chain(unplaced.iter().map(String::as_str))
    .collect();
    if pieces.is_empty() || !words(title).all(|w| pieces.iter().any(|p| words(p).any(|x| x == w))) {
        return;
    }
    let e = &mut tagged.entry;
    e.title = Some(title.to_string());
    if venue {
        e.container = None;
    }
    if publisher {
        e.publisher = None;
    }
    if volume {
        e.volume = None;
    }
    tagged.unplaced.retain(|u| !unplaced.contains(u));
    if let Some(note) = e.note.take() {
        let kept: Vec<&str> = note
            .split("; ")
            .filter(|n| !unplaced.iter().any(|u| u == n))
            .collect();
        if !kept.is_empty() {
            e.note = Some(kept.join("; "));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(
        title: &str,
        container: &str,
        volume: Option<&str>,
        unplaced: &str,
    ) -> ParsedReference {
        let mut entry = Entry {
            title: Some(title.into()),
            container: Some(container.into()),
            volume: volume.map(Into::into),
            ..Entry::default()
        };
        entry.add_note(unplaced);
        ParsedReference {
            entry,
            unplaced: vec![unplaced.into()],
            ..ParsedReference::default()
        }
    }

    #[test]
    fn what_the_rules_take_from_the_tagger_is_not_lost() {
        // The tagger read the last sentence as the venue; the rules' venue and volume win,
        // and that sentence goes to the note instead of "Media Policy Project 9".
        let readings = Readings {
            rules: reading(
                "Copyright and Creation",
                "Media Policy Project",
                Some("9"),
                "London School of Economics",
            ),
            tagged: reading(
                "Copyright and Creation",
                "London School of Economics",
                None,
                "Media Policy Project 9",
            ),
            tagger_crosses_markup: false,
            rules_title_ends_at_markup: false,
            text: "Copyright and Creation. Media Policy Project 9. London School of Economics."
                .into(),
        };
        let p = readings.choose(false);
        assert_eq!(p.entry.container.as_deref(), Some("Media Policy Project"));
        assert_eq!(p.entry.volume.as_deref(), Some("9"));
        assert_eq!(p.entry.note.as_deref(), Some("London School of Economics"));
        assert_eq!(p.unplaced, ["London School of Economics"]);
    }
}

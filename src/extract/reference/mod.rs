//! Parses one reference (the text of one list item) into an [`Entry`].
//!
//! The order of work: links and identifiers out first, then the author list, the year
//! next to it, the title (quoted, italic or the first sentence), and last the details and
//! the container from what remains. Whatever cannot be placed ends up in the note.

use std::sync::LazyLock;

use regex::Regex;

use super::fields::{self, Details};
use super::inline::RichText;
use super::names::{self, is_boundary};
use super::tidy;
use crate::model::{Author, Entry, EntryType, Field, Link, LinkKind};

mod access_date;
mod bare_numbers;
mod city_region;
mod classify;
mod coauthors;
mod edited_by;
mod editors;
mod imprint;
mod journal_in_title;
mod lead;
mod links;
mod opening_author;
mod place_twice;
mod quotes;
mod readings;
mod report;
mod roles;
mod series;
mod split;
mod subtitle;
mod tagged;
mod title_details;
mod title_first;
mod translators;
mod unplaced_book;
mod venue;
mod venue_publisher;
mod volume_count;

pub(crate) use links::is_button;
pub use readings::Readings;
use readings::{crosses_markup, ends_at_markup};
use tagged::finish_tagged;

use classify::*;
use editors::*;
use links::*;
use split::*;
use venue::*;

/// The result of parsing one reference.
#[derive(Debug, Clone, Default)]
pub struct ParsedReference {
    /// The entry (without a key).
    pub entry: Entry,
    /// Mark symbols after each author, parallel to `entry.authors`.
    pub symbols: Vec<String>,
    /// Pieces of text that could not be placed and went into the note.
    pub unplaced: Vec<String>,
    /// Whether a dash stands for the authors: those of the entry before ("———. Title").
    pub repeats_authors: bool,
    /// Whether the authors are co-authors named after the title ("Title (with Ana
    /// Ruiz)"): the list's owner is left out.
    pub coauthors_only: bool,
}

impl ParsedReference {
    /// Takes `piece` out of the text left unplaced and out of the note, once something
    /// has found its place.
    fn place_unplaced(&mut self, piece: &str) {
        let Some(i) = self.unplaced.iter().position(|u| u == piece) else {
            return;
        };
        self.unplaced.remove(i);
        let e = &mut self.entry;
        if let Some(note) = e.note.take() {
            let mut left: Vec<&str> = note.split("; ").collect();
            if let Some(i) = left.iter().position(|n| *n == piece) {
                left.remove(i);
            }
            if !left.is_empty() {
                e.note = Some(left.join("; "));
            }
        }
    }
}

use crate::extract::fields::re;

static YEAR_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\(\s*((?:1[5-9]|20)\d\d)([a-z])?(?:\s*[-/–]\s*\d{2,4})?(?:[,;]\s*([^)]*))?\s*\)|^\(\s*(n\.\s?d\.|in press|forthcoming|under review|under revision|in review|in preparation|in prep\.|submitted|accepted|to appear)\s*\)",
    )
});
static YEAR_BARE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^((?:1[5-9]|20)\d\d)([a-z])?(?:[.,:]\s|[.,]?$|\s+\p{Lu})"));
static IN_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:in\s*:?\s+|in\s*:|presented\s+at\s+(?:the\s+)?|pre-?print\s+(?:at|on|in)\s+)?(?:(?:the\s+)?proceedings?\s+of\s+(?:the\s+)?|proc\.\s+of\s+(?:the\s+)?|proc\.\s+)?",
    )
});
static ACRONYM: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\(((?:[A-Z][A-Za-z&@-]*[A-Z][A-Za-z]*|[A-Z]{2,})(?:\s?['’]?\s?\d{2,4})?)\)")
});
/// "Place: Publisher", the place one to four capitalised words, perhaps joined by a
/// particle ("Rio de Janeiro", "Frankfurt am Main", "Newcastle upon Tyne") or a
/// conjunction ("Stuttgart and Berlin", "Cambridge and New York").
static ADDRESS_PUBLISHER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(\p{Lu}[\p{L}.'-]*(?:(?:\s+(?:and|&|-)\s+|[ ,;]+|\s*/\s*)(?:(?:de|da|do|dos|del|di|am|upon|sur|im)\s+)?\p{Lu}[\p{L}.'-]*){0,3}(?:\s*\(\p{Lu}[\p{L}.]*\))?)\s*:\s*(\p{Lu}[^:]{1,80})$",
    )
});

static GB_CODE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\s*\[(J|C|M|D|R|P|S|N|A|Z|EB|DB|CP)(?:/OL)?\]\s*$"));

/// Names in the author's place followed by an editor mark ("(Ed.)", ", eds.") are the
/// editors of a book: they are taken out of `authors` and returned, with the index
/// past the mark.
fn editors_in_author_place(text: &str, end: usize, e: &mut Entry) -> (usize, Vec<Author>) {
    match names::editor_mark_len(&text[end..]) {
        Some(len) if !e.authors.is_empty() => (end + len, std::mem::take(&mut e.authors)),
        _ => (end, Vec::new()),
    }
}

/// Gives a reference the editors found in its author's place ([`editors_in_author_place`])
/// once its type and venue are decided: with no venue, it is an edited book. Their marks
/// (the owner in bold among the editors) go to `editor+an`.
fn set_book_editors(e: &mut Entry, editors: Vec<Author>) {
    if editors.is_empty() || !e.editors.is_empty() {
        return;
    }
    if let Some(an) = crate::bib::format_annotations(&editors) {
        e.set_extra("editor+an", an);
    }
    e.editors = editors.into_iter().map(|a| a.name).collect();
    if e.container.is_none() && matches!(e.kind, EntryType::Misc | EntryType::Article) {
        e.kind = EntryType::Book;
    }
}

/// Parses one reference on its own. `hint` is the type suggested by the section heading.
pub fn parse(rt: RichText, hint: Option<EntryType>) -> ParsedReference {
    read(rt, hint).choose(false)
}

/// Reads one reference both ways; [`Readings::choose`] makes one entry of them. A
/// reference whose title stands first, before a sentence of contributors, is read by the
/// rules alone (both readings are theirs).
pub fn read(mut rt: RichText, hint: Option<EntryType>) -> Readings {
    if let Some(start) = crate::extract::legend::trailing_legend(&rt.text) {
        let legend = start..rt.text.len();
        rt.remove(&[legend]);
    }
    lead::take_label(&mut rt);
    lead::unbracket_initials(&mut rt);
    title_first::names_before_title(&mut rt);
    let mut out = ParsedReference::default();
    let e = &mut out.entry;
    take_links(&mut rt, e);
    take_identifiers(&mut rt, e);
    take_medium(&mut rt, e);
    unify_number_dashes(&mut rt.text);
    close_number_ranges(&mut rt);
    volume_count::take_volume_count(&mut rt, e);
    imprint::open_imprints(&mut rt);
    roles::blank_roles(&mut rt);
    let title_first = roles::title_comes_first(&rt.text);
    roles::take_mla_roles(&mut rt, e);
    translators::take_translators(&mut rt, e);
    edited_by::take_edited_by(&mut rt, e, title_first);
    edited_by::take_acs_editors(&mut rt, e);
    // A title that stands first ("Sea Stories. Ed. Peter Marlowe."): no names, and
    // the rules' reading, which takes the first sentence for the title, is the only one.
    if title_first {
        let rules = parse_rules(&rt, hint, names::AuthorList::default(), out);
        return Readings {
            tagged: rules.clone(),
            rules,
            tagger_crosses_markup: false,
            rules_title_ends_at_markup: false,
            text: rt.text.clone(),
        };
    }
    let mut list = names::parse_authors(&rt, rt.text.len());
    // "Title (with Ana Ruiz)": the only names the entry gives.
    if list.authors.is_empty()
        && let Some((range, coauthors)) = coauthors::find_coauthors(&rt)
    {
        rt.remove(&[range]);
        list.symbols = vec![String::new(); coauthors.len()];
        list.authors = coauthors;
        out.coauthors_only = true;
    }
    // Links on the authors' names lead to their pages, not to the work.
    out.entry
        .links
        .retain(|l| l.kind != LinkKind::Url || !links::names_an_author(&l.label, &list.authors));
    let tagged = finish_tagged(&rt, hint, &list, out.clone());
    let tagger_crosses_markup = crosses_markup(&rt, tagged.entry.title.as_deref());
    let rules = parse_rules(&rt, hint, list, out);
    let rules_title_ends_at_markup = ends_at_markup(&rt, rules.entry.title.as_deref());
    Readings {
        rules,
        tagged,
        tagger_crosses_markup,
        rules_title_ends_at_markup,
        text: rt.text.clone(),
    }
}

/// Writes a minus sign or a Unicode hyphen between digits ("1−38", "12‐19", as word
/// processors and PDF copies give them) as the en dash that page ranges use. Both are
/// three bytes long, so every span into the text stays right.
fn unify_number_dashes(text: &mut String) {
    const DASHES: [char; 4] = ['\u{2010}', '\u{2011}', '\u{2012}', '\u{2212}'];
    if !text.contains(DASHES) {
        return;
    }
    let at: Vec<usize> = text
        .match_indices(DASHES)
        .filter(|&(i, d)| {
            let digit_before = text[..i].trim_end().ends_with(|c: char| c.is_ascii_digit());
            let digit_after = text[i + d.len()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit());
            digit_before && digit_after
        })
        .map(|(i, _)| i)
        .collect();
    for i in at {
        text.replace_range(i..i + 3, "\u{2013}");
    }
}

/// MLA's medium, the last sentence of a reference once its link and access date are
/// out ("..., 1992. Web.", "2004. Print."): the note's, not a place or a publisher.
fn take_medium(rt: &mut RichText, e: &mut Entry) {
    let text = rt.text.trim_end_matches([' ', '.']);
    let Some((head, medium)) = text.rsplit_once(' ') else {
        return;
    };
    if venue::is_medium(medium) && head.ends_with(['.', ',']) {
        let medium = medium.to_string();
        let medium_range = head.len()..rt.text.len();
        rt.remove(std::slice::from_ref(&medium_range));
        e.add_note(&medium);
    }
}

/// Takes the spaces out of a range of numbers written with them around its dash
/// ("1447– 1451", "12 - 19"), so that every pattern reads it as one range.
fn close_number_ranges(rt: &mut RichText) {
    if !rt.text.contains("- ")
        && !rt.text.contains("– ")
        && !rt.text.contains(" -")
        && !rt.text.contains(" –")
    {
        return;
    }
    let mut spaces = Vec::new();
    for (i, d) in rt.text.match_indices(['-', '–']) {
        let before = &rt.text[..i];
        let after = &rt.text[i + d.len()..];
        let before_trim = before.trim_end_matches(' ');
        let after_trim = after.trim_start_matches(' ');
        let spaced = before_trim.len() < before.len() || after_trim.len() < after.len();
        if spaced
            && before.len() - before_trim.len() <= 1
            && after.len() - after_trim.len() <= 1
            && before_trim.ends_with(|c: char| c.is_ascii_digit())
            && after_trim.starts_with(|c: char| c.is_ascii_digit())
        {
            spaces.push(before_trim.len()..i);
            spaces.push(i + d.len()..i + d.len() + after.len() - after_trim.len());
        }
    }
    spaces.retain(|r| !r.is_empty());
    rt.remove(&spaces);
}

/// The rule-based reading of a reference whose links and identifiers are taken out.
fn parse_rules(
    rt: &RichText,
    hint: Option<EntryType>,
    list: names::AuthorList,
    mut out: ParsedReference,
) -> ParsedReference {
    let e = &mut out.entry;
    let rt = rt.clone();
    e.authors = list.authors;
    out.symbols = list.symbols;
    out.repeats_authors = list.repeats_previous;
    let text = rt.text.clone();
    let (list_end, book_editors) = editors_in_author_place(&text, list.end, e);
    let mut rest = text[list_end..]
        .trim_start_matches([' ', '.', ',', ':', ';'])
        .to_string();

    let mut details = Details::default();
    take_year(&mut rest, &mut details);

    // Title: quoted, italic, or the first sentence.
    let title_start_abs = text.len() - rest.len();
    // No title (Angewandte Chemie, for chapters and papers): "A. Moreno in *Book*".
    let venue_follows =
        rest.starts_with("in ") && rt.italic.iter().any(|r| r.start == title_start_abs + 3);
    let (mut title, tail) = if venue_follows {
        (String::new(), rest.clone())
    } else {
        split_title(&rest, &rt, title_start_abs)
    };
    let mut tail = tail
        .trim_start_matches([' ', '.', ',', ':', ';'])
        .to_string();
    // No title (RSC, for articles): an italic venue right after the names, with only
    // numbers after it ("*Lancet Microbe*, 2021, **2**, e201–e210").
    if is_italic_venue_without_title(&rt, title_start_abs, &title, &tail) {
        tail = format!("{title}, {tail}");
        title.clear();
    }
    // A year right after the title (Nature: "... (2019)") or details in the title segment.
    if details.year.is_none() {
        take_year(&mut tail, &mut details);
    }
    // A thesis's kind in brackets, after the title or opening the details; APA names the
    // school in them, and what follows is the archive ("[Doctoral dissertation,
    // University of Edinburgh]. ProQuest Dissertations and Theses Global.").
    let thesis = take_title_thesis(&mut title).or_else(|| take_leading_thesis(&mut tail));
    if let Some(thesis) = thesis {
        details.notes.push(thesis.kind);
        if let Some(school) = thesis.school {
            let archive = tail.trim_matches([' ', '.', ',']);
            if !archive.is_empty() {
                details.notes.push(archive.to_string());
            }
            tail = school;
        }
    }
    // A book's series in brackets before the imprint.
    if let Some(s) = series::take_series(&mut title, &mut tail) {
        details.series = Some(s.name);
        details.number = s.number;
    }
    let mut note_title = String::new();
    split_title_details(&mut title, &mut tail, &mut note_title);
    let mut edition = None;
    if let Some((ed, rest)) = take_title_edition(&mut title) {
        edition = Some(ed);
        details.notes.extend(rest);
    }
    // GB/T 7714 writes the document type after the title: "Title[J]", "Title[J/OL]".
    let mut hint = hint;
    if let Some(c) = GB_CODE.captures(&title) {
        hint = hint.or(match &c[1] {
            "J" => Some(EntryType::Article),
            "C" | "A" => Some(EntryType::InProceedings),
            "M" => Some(EntryType::Book),
            "D" => Some(EntryType::PhdThesis),
            "R" => Some(EntryType::TechReport),
            "P" => Some(EntryType::Patent),
            _ => None,
        });
        let start = c.get(0).unwrap().start();
        title.truncate(start);
    }

    // Editors inside the tail: see [`editors`].
    take_editors(&mut tail, e);

    // An italic run in the tail is the container: "In *Proceedings of X*, pages 1-9, City, 2024."
    let mut italic_container = None;
    for r in &rt.italic {
        if r.start < title_start_abs + title.len() {
            continue;
        }
        let it = text[r.clone()]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':'))
            .trim();
        // An italic "In" (ASM) leads to the venue; it is none.
        if it.len() < 4 || it.chars().all(|c| c.is_ascii_digit()) || strip_lead_in(it).is_empty() {
            continue;
        }
        if let Some(pos) = tail.find(it) {
            // Only a lead-in before it: "In", "In:", "In.", "Presented at:".
            let before = tail[..pos]
                .trim()
                .trim_end_matches(['.', ':'])
                .to_lowercase();
            if matches!(before.as_str(), "" | "in" | "presented at") {
                // A bracket the italics opened closes right after them: "*Meeting (ACL
                // 2024*)".
                let mut len = it.len();
                if it.matches('(').count() > it.matches(')').count()
                    && tail[pos + len..].starts_with(')')
                {
                    len += 1;
                }
                // APA's italic volume before its issue ("*Journal, 151*(8), 1802"):
                // both numbers go to the details.
                let volume_at = tail[pos..pos + len]
                    .rfind(", ")
                    .map(|i| pos + i)
                    .filter(|&i| {
                        let v = &tail[i + 2..pos + len];
                        (1..=4).contains(&v.len())
                            && v.bytes().all(|b| b.is_ascii_digit())
                            && tail[pos + len..].starts_with('(')
                    });
                let end = volume_at.unwrap_or(pos + len);
                italic_container = Some(tail[pos..end].to_string());
                tail = tail[end..].to_string();
                if details.series.is_none()
                    && let Some(s) = series::take_series_after_container(&mut tail)
                {
                    details.series = Some(s.name);
                    details.number = s.number;
                }
                break;
            }
        }
    }
    merge_title_question(&mut title, &mut tail);
    let patent = report::take_patent_number(&mut tail);
    if patent.is_some() {
        details.notes.extend(report::take_patent_filing(&mut tail));
    }
    let report = report::take_report_number(&mut tail);
    fields::take_details(&mut tail, &mut details);
    let lower_tail = tail.to_lowercase();
    let mut lead_in = tail.trim_start().to_lowercase().starts_with("in ")
        || tail.trim_start().to_lowercase().starts_with("in:");

    // Split the rest at sentence ends; the first piece is the container.
    let mut pieces = split_sentences(&tail);
    // "In." as a sentence of its own (Karger) leads to the venue after it.
    if italic_container.is_none()
        && pieces.len() >= 2
        && pieces[0]
            .trim_end_matches([':', '.'])
            .eq_ignore_ascii_case("in")
    {
        pieces.remove(0);
        lead_in = true;
    }
    let mut container = match &italic_container {
        Some(c) => {
            // What stood before the italics ("In") is not a piece of its own.
            if pieces
                .first()
                .is_some_and(|p| strip_lead_in(p).is_empty() || p.eq_ignore_ascii_case("in"))
            {
                pieces.remove(0);
            }
            c.clone()
        }
        None if pieces.is_empty() => String::new(),
        None => pieces.remove(0),
    };
    // "Title. Subtitle. In Book" and a book's "Title. Subtitle. Place: Publisher": the
    // sentence before the venue or the publisher belongs to the title.
    // A thesis's genre is no subtitle ("“Title.” PhD diss., University").
    let genre = || {
        let c = container.to_lowercase();
        ["diss", "thesis"].iter().any(|w| c.contains(w))
    };
    if italic_container.is_none()
        && !lead_in
        && !title.is_empty()
        && is_subtitle(&container)
        && !genre()
    {
        let next_is_venue = pieces.first().is_some_and(|p| {
            let p = p.to_lowercase();
            p.starts_with("in ") || p.starts_with("in:")
        });
        let book = details.volume.is_none()
            && details.number.is_none()
            && details.pages.is_none()
            && pieces
                .first()
                .is_some_and(|p| publisher_and_place(p).is_some());
        if next_is_venue || book {
            let sep = if title.ends_with(['?', '!']) {
                " "
            } else {
                ". "
            };
            title = format!("{title}{sep}{container}");
            container = if next_is_venue {
                lead_in = true;
                pieces.remove(0)
            } else {
                String::new()
            };
        }
    }
    let mut proceedings_lead;
    (container, proceedings_lead) = split_lead_in(&container);
    let mut publisher = None;
    let mut address = None;
    let mut unplaced = Vec::new();
    for text in std::iter::once(&mut container).chain(pieces.iter_mut()) {
        if let Some(ed) = take_edition_piece(text) {
            edition.get_or_insert(ed);
        }
    }
    if report.is_some() {
        // A report's container is its institution and stays whole ("University of
        // Massachusetts, Computer Science Dept."); a place before it is the address.
        if let Some((place, institution)) = container.split_once(": ")
            && is_place(place)
        {
            address = Some(place.to_string());
            container = institution.to_string();
        }
    } else {
        // A book's publisher where a container would stand: "Place: Publisher".
        // A volume of a series is a book's too ("Vol. 4 of Gesammelte Dichtungen").
        if italic_container.is_none()
            && !details.venue_after_status
            && (details.volume.is_none()
                || details.series.is_some() && !PROCEEDINGS.is_match(&container))
            && let Some((pb, ad)) = container_as_publisher(&container, e, lead_in, &pieces)
        {
            publisher = Some(pb);
            address = ad.or(address);
            container.clear();
        }
        // "Container, Publisher" inside the container piece, unless the head is a
        // publisher too ("Doubleday, Page and Company").
        if let Some((head, last)) = container.rsplit_once(", ")
            && fields::is_publisher(last)
            && !venue::names_publisher(head)
        {
            publisher = Some(last.trim_end_matches('.').to_string());
            container = head.to_string();
        } else if publisher.is_none()
            && let Some((head, pb, place)) = venue::trailing_publisher(&container)
        {
            // "Book, Publisher, Place" (the volume and pages between them taken out).
            publisher = Some(pb);
            if place.is_some() {
                address = place;
            }
            container = head;
        }
    }
    for p in pieces {
        let mut p = tidy::tidy(&p);
        // The year again, after the place ("Toronto, Canada, 2023", Bristol; "Paris:
        // ELRA; 2022", NLM).
        if let Some(y) = &details.year
            && let Some(head) = p.strip_suffix(y.as_str())
            && (head.is_empty() || head.ends_with([',', ';', ' ']))
        {
            p = head.trim_end_matches([',', ';', ' ']).to_string();
        }
        if p.is_empty() {
            continue;
        }
        if fields::is_note(&p) {
            details.notes.push(p);
        } else if let Some(ed) = fields::edition(&p).filter(|_| edition.is_none()) {
            edition = Some(ed);
        } else if let Some((pb, ad)) = publisher_and_place(&p).filter(|_| publisher.is_none()) {
            publisher = Some(pb);
            if ad.is_some() {
                address = ad;
            }
        } else if publisher.is_none() && looks_like_publisher(&p) {
            if let Some((pb, ad)) = p
                .rsplit_once(", ")
                .filter(|(_, a)| a.split_whitespace().count() <= 3)
            {
                publisher = Some(pb.to_string());
                address = Some(ad.to_string());
            } else {
                publisher = Some(p);
            }
        } else if container.is_empty() {
            (container, proceedings_lead) = split_lead_in(&p);
        } else if address.is_none() && is_place(&p) {
            address = Some(p);
        } else if !names_preprint_server(&p, e) {
            unplaced.push(p);
        }
    }
    if fields::is_note(&container) {
        details.notes.push(container.clone());
        container.clear();
    }
    if !note_title.is_empty() {
        details.notes.insert(0, note_title);
    }

    e.kind = classify(
        hint,
        &lower_tail,
        &container,
        if proceedings_lead {
            Lead::Proceedings
        } else if lead_in {
            Lead::In
        } else {
            Lead::None
        },
        &details,
        e,
        publisher.is_some(),
    );
    match (report, patent) {
        (Some(r), patent) => {
            if !is_thesis_or_report(e.kind) {
                e.kind = EntryType::TechReport;
            }
            details.number.get_or_insert(r.number);
            e.set_extra("type", r.kind);
            // A patent named beside the report is kept as written.
            if let Some(p) = patent {
                details.notes.push(format!("{} {}", p.kind, p.number));
            }
        }
        (None, Some(p)) => {
            e.kind = EntryType::Patent;
            details.number.get_or_insert(p.number);
            e.set_extra("type", p.kind);
        }
        (None, None) => {}
    }
    e.publisher = publisher;
    e.address = address;
    e.year = details.year.take();
    e.month = details.month.take();
    e.volume = details.volume.take();
    e.number = details.number.take();
    e.pages = details.pages.take();
    // Theses and reports: the container is the school or institution. A journal's
    // volume left after its name is taken here, so the fields must be set before.
    set_container(&tidy::tidy(&container), e, &mut details.notes);
    keep_abbreviation_period(&text, e);
    // A meeting's year only in its name ("*CVPR 2021*"): the entry's year too.
    if e.year.is_none() {
        e.year = e.container.as_deref().and_then(venue::year_in_name);
    }
    let title = title
        .trim()
        .trim_end_matches([',', '.', ';', ':'])
        .trim()
        .to_string();
    if !title.is_empty() {
        e.title = Some(title);
    }
    for n in details.notes.drain(..) {
        e.add_note(&n);
    }
    for u in &unplaced {
        e.add_note(u);
    }
    set_book_editors(e, book_editors);
    if let Some(ed) = edition.or(details.edition.take()) {
        e.set_extra("edition", ed);
    }
    if let Some(chapter) = details.chapter.take() {
        e.set_extra("chapter", chapter);
    }
    if let Some(series) = details.series.take() {
        e.set_extra("series", series);
    }
    if let Some(total) = details.pagetotal.take() {
        e.set_extra("pagetotal", total);
    }
    out.unplaced = unplaced;
    out
}

/// Whether `title`, at `start` in `rt.text`, is one italic run followed by nothing but
/// numbers: a venue, with its year, volume and pages, in a style that prints no title.
fn is_italic_venue_without_title(rt: &RichText, start: usize, title: &str, tail: &str) -> bool {
    let italic = rt
        .italic
        .iter()
        .any(|r| r.start <= start + 1 && r.start + 2 >= start && r.end >= start + title.len());
    let numbers_only = tail
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .all(|w| {
            matches!(w.to_lowercase().as_str(), "pp" | "p" | "vol" | "no")
                || w.len() > 1
                    && w.starts_with(['e', 'E'])
                    && w[1..].chars().all(|c| c.is_ascii_digit())
        });
    italic
        && !title.is_empty()
        && numbers_only
        && tail.chars().filter(char::is_ascii_digit).count() >= 4
}

/// What follows "Proc." in journals' names (`data/proc-journals.txt`): whole names
/// ("IEEE") and first words ("Natl.").
static PROC_JOURNALS: LazyLock<(Vec<&'static str>, Vec<&'static str>)> = LazyLock::new(|| {
    let lines = include_str!("../data/proc-journals.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'));
    let (whole, starts): (Vec<&str>, Vec<&str>) = lines.partition(|l| l.starts_with('='));
    (whole.into_iter().map(|l| &l[1..]).collect(), starts)
});

/// Where a lead-in that may open a journal's name ends `head`: "Proc.", "Proceedings of
/// (the)", in any case. Written by hand: a regular expression with a Unicode word
/// boundary costs more to build than every reference of a long list costs to read.
fn proc_head_start(head: &str) -> Option<usize> {
    let lower = head.to_ascii_lowercase();
    let word_start = |rest: &str| rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric());
    if let Some(rest) = lower.strip_suffix("proc.") {
        return word_start(rest).then_some(rest.len());
    }
    let mut rest = lower.as_str();
    if let Some(r) = rest
        .strip_suffix("the")
        .filter(|r| r.ends_with(char::is_whitespace))
    {
        rest = r.trim_end();
    }
    let rest = rest
        .strip_suffix("of")
        .filter(|r| r.ends_with(char::is_whitespace))?;
    let rest = rest.trim_end().strip_suffix("proceedings")?;
    word_start(rest).then_some(rest.len())
}

/// Whether `c` is a journal's name that opens with "Proc." or "Proceedings of (the)"
/// ("Proc. Natl. Acad. Sci. U.S.A.", "Proceedings of the IEEE").
fn names_proc_journal(c: &str) -> bool {
    let c = c.trim();
    let lower = c.to_ascii_lowercase();
    [
        "proc. of the ",
        "proc. of ",
        "proc. ",
        "proceedings of the ",
        "proceedings of ",
    ]
    .iter()
    .find(|lead| lower.starts_with(*lead))
    .is_some_and(|lead| is_proc_journal(&c[lead.len()..]))
}

/// Whether `rest`, after "Proc.", makes a journal's name ("Proc. Natl. Acad. Sci.").
fn is_proc_journal(rest: &str) -> bool {
    // The name's last stop may have gone with the sentence's ("Proc. Meet. Acoust").
    let rest = rest.trim().trim_end_matches('.');
    let (whole, starts) = &*PROC_JOURNALS;
    whole.iter().any(|w| w.trim_end_matches('.') == rest)
        || starts.iter().any(|s| {
            rest.strip_prefix(s.trim_end_matches('.'))
                .is_some_and(|r| r.is_empty() || r.starts_with([' ', ',', '.']))
        })
}

/// Removes "In", "In: ", "Presented at", "In Proceedings of the", "Proceedings of the",
/// and "Proc." before a meeting's name.
fn strip_lead_in(c: &str) -> String {
    split_lead_in(c).0
}

/// [`strip_lead_in`], and whether the lead-in it removed names proceedings ("In Proc.",
/// "Proceedings of the"): what follows is a meeting's name, whatever its words.
fn split_lead_in(c: &str) -> (String, bool) {
    let c = c.trim();
    let end = lead_in_end(c);
    let head = &c.as_bytes()[..end];
    let proceedings = head.windows(4).any(|w| w.eq_ignore_ascii_case(b"proc"));
    let rest = &c[end..];
    let stripped = if rest.trim().is_empty() && !c.eq_ignore_ascii_case("in") {
        c.to_string()
    } else {
        rest.trim().to_string()
    };
    (stripped, proceedings)
}

/// Where the lead-in of `c` (trimmed) ends.
fn lead_in_end(c: &str) -> usize {
    let mut m = IN_LEAD.find(c).map_or(0, |m| m.end());
    // "In Proceedings of the Proceedings of X": a style's lead before a title that has one.
    if m > 0 {
        m += IN_LEAD.find(&c[m..]).map_or(0, |m2| m2.end());
    }
    // "Proc." and "Proceedings of the" open journals' names too ("Proc. Natl. Acad.
    // Sci. U.S.A.", "Proceedings of the IEEE", "Proc. VLDB Endow."): they stay unless a
    // meeting follows.
    let head = c[..m].trim_end();
    if let Some(start) = proc_head_start(head)
        && is_proc_journal(&c[m..])
    {
        m = start;
    }
    m
}

/// Takes a year (and month) written right at the start of `rest`.
fn take_year(rest: &mut String, d: &mut Details) {
    let trimmed = rest
        .trim_start_matches([' ', '.', ',', ':', ';'])
        .to_string();
    if let Some(c) = YEAR_PAREN.captures(&trimmed) {
        if let Some(y) = c.get(1) {
            d.year = Some(y.as_str().to_string());
            if let Some(m) = c.get(3) {
                let m = m.as_str().trim();
                if !m.is_empty() {
                    d.month = Some(
                        m.split_whitespace()
                            .next()
                            .unwrap_or(m)
                            .trim_end_matches(',')
                            .to_string(),
                    );
                }
            }
        } else if let Some(n) = c.get(4) {
            d.notes.push(n.as_str().to_string());
        }
        let end = c.get(0).unwrap().end();
        *rest = trimmed[end..]
            .trim_start_matches([' ', '.', ',', ':', ';'])
            .to_string();
    } else if let Some(c) = YEAR_BARE.captures(&trimmed) {
        d.year = Some(c[1].to_string());
        let m = c.get(0).unwrap();
        // "2018 Breastfeeding..." (IOP): the capital letter starts the title.
        let end = match m.as_str().chars().last() {
            Some(ch) if ch.is_uppercase() => m.end() - ch.len_utf8(),
            _ => m.end(),
        };
        *rest = trimmed[end..]
            .trim_start_matches([' ', '.', ',', ':', ';'])
            .to_string();
    }
}

#[cfg(test)]
mod tests;

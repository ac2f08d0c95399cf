//! A reference assembled from the learned tagger's segments: each labelled run of text is
//! read by the parser for its field (names, dates, pages), and text labelled as none of
//! them is kept for the entry type and, unless it is a known style term, for the note.

mod dates;
mod places;

use super::quotes::closing_quote;
use super::*;
use crate::extract::tagger::{self, Label, Segment};

/// Words styles print between fields; they carry no data of their own.
static STYLE_TERMS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:in|pp?|pages?|vol|volume|no|nr|issue|num|number|eds?|editors?|edited|by|hrsg|orgs?|coord|dir|et|al|and|retrieved|from|available|at|accessed|online|url|doi|art|article|chap|chapter|ser|series|s|n|v|t|tome|bd|heft|jg|hg|[a-z])$",
    )
});

static EDITOR_TERMS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\(\s*(?:eds?|editors?|hrsg|orgs?|coords?|dirs?|red)\.*\s*\)\.?|\b(?:edited by|ed\. by|eds?\.|editors?|hrsg\.?)\s*",
    )
});

/// The text of a segment without the punctuation around it, and without a bracket at
/// either end that it does not close or open ("Doctoral dissertation)").
fn clean(s: &str) -> String {
    let mut s = s
        .trim()
        .trim_matches(|c: char| {
            matches!(c, ',' | ';' | ':' | '“' | '”' | '"' | '«' | '»' | '‘' | '’')
        })
        .trim_end_matches('.')
        .trim();
    let count = |s: &str, b: u8| s.bytes().filter(|&c| c == b).count();
    if s.ends_with(')') && count(s, b')') > count(s, b'(') {
        s = s[..s.len() - 1].trim_end_matches('.').trim_end();
    } else if s.starts_with('(') && count(s, b'(') > count(s, b')') {
        s = s[1..].trim_start();
    }
    s.to_string()
}

/// Runs of one label with only punctuation between them are one run; a full stop or a
/// bracket ends a run.
fn merge(segments: Vec<Segment>, text: &str) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    for s in segments {
        let n = out.len();
        if n >= 2
            && out[n - 2].label == s.label
            && out[n - 1].label == Label::Other
            && !text[out[n - 1].range.clone()]
                .chars()
                .any(|c| c.is_alphanumeric() || matches!(c, '.' | '(' | ')'))
        {
            let end = s.range.end;
            out.pop();
            out.last_mut().expect("n >= 2").range.end = end;
            continue;
        }
        out.push(s);
    }
    out
}

/// A title the tagger found right after an opening quote runs to the closing quote:
/// the quotes are certain, the tagger's edges are not. Title text past the quote becomes
/// the venue when there is none yet; title runs before it are not the title.
fn quoted_title(mut segments: Vec<Segment>, text: &str) -> Vec<Segment> {
    // The first title run that opens a quote, or else the first title run.
    let opening = segments
        .iter()
        .filter(|s| s.label == Label::Title)
        .find_map(|s| {
            closing_quote(text, s.range.start)
                .filter(|q| q.start > s.range.start)
                .map(|q| (s.range.start, q.start))
        });
    let Some((start, end)) = opening.or_else(|| enclosing_quote(&segments, text)) else {
        return segments;
    };
    // Title runs before the quoted one were a misreading.
    for s in segments.iter_mut() {
        if s.label == Label::Title && s.range.end <= start {
            s.label = Label::Other;
        }
    }
    let has_container = segments.iter().any(|s| s.label == Label::Container);
    let mut out = Vec::new();
    let mut placed = false;
    for s in segments {
        if s.range.end <= start || s.range.start >= end {
            if s.range.start >= end && !placed {
                out.push(Segment {
                    label: Label::Title,
                    range: start..end,
                });
                placed = true;
            }
            out.push(s);
            continue;
        }
        // The segment overlaps the quoted title: keep what lies outside it.
        if s.range.start < start {
            out.push(Segment {
                label: s.label,
                range: s.range.start..start,
            });
        }
        if !placed {
            out.push(Segment {
                label: Label::Title,
                range: start..end,
            });
            placed = true;
        }
        if s.range.end > end {
            let label = if s.label == Label::Title {
                if has_container {
                    Label::Other
                } else {
                    Label::Container
                }
            } else {
                s.label
            };
            out.push(Segment {
                label,
                range: end..s.range.end,
            });
        }
    }
    if !placed {
        out.push(Segment {
            label: Label::Title,
            range: start..end,
        });
    }
    out
}

/// The quote around the first title run when the run starts inside it ("“Rural Broadband
/// Access Act H.R. 412 114th Congress,”" read as a title from "412"): the text between the
/// quotes.
fn enclosing_quote(segments: &[Segment], text: &str) -> Option<(usize, usize)> {
    let run = segments.iter().find(|s| s.label == Label::Title)?;
    let open = text[..run.range.start].rfind(['“', '«', '„'])?;
    let inner = open + text[open..].chars().next()?.len_utf8();
    let close = closing_quote(text, inner)?;
    (close.start >= run.range.end).then_some((inner, close.start))
}

/// The tagger's reading of a reference, made into an entry.
pub(super) fn finish_tagged(
    rt: &RichText,
    hint: Option<EntryType>,
    known_names: &names::AuthorList,
    mut out: ParsedReference,
) -> ParsedReference {
    let e = &mut out.entry;
    let parts = parse_tagged(rt, known_names, e);
    out.symbols = parts.symbols;
    out.repeats_authors = parts.repeats_authors;
    let mut details = Details {
        volume: e.volume.clone(),
        number: e.number.clone(),
        ..Details::default()
    };
    let mut unplaced = Vec::new();
    // "(2nd ed., pp." before the pages run: the edition, and the page term says nothing.
    let without_page_term = |p: &str| {
        let t = p.trim_end_matches([' ', '.', ',']);
        let cut = PAGE_TERMS
            .iter()
            .find_map(|w| {
                t.len()
                    .checked_sub(w.len())
                    .filter(|&i| t.is_char_boundary(i) && t[i..].eq_ignore_ascii_case(w))
            })
            .unwrap_or(t.len());
        t[..cut].trim_end_matches([' ', ',', ';']).to_string()
    };
    for p in parts.other {
        let p = match fields::edition(&p) {
            Some(_) => p,
            None => {
                let bare = without_page_term(&p);
                if fields::edition(&bare).is_some() {
                    bare
                } else {
                    p
                }
            }
        };
        if fields::is_note(&p) {
            details.notes.push(p);
        } else if let Some(ed) = fields::edition(&p).filter(|_| e.extra_field("edition").is_none())
        {
            e.set_extra("edition", ed);
        } else if !names_preprint_server(&p, e) {
            unplaced.push(p);
        }
    }
    // "Submitted", "In press" read as a publisher: a note.
    if e.publisher.as_deref().is_some_and(fields::is_note) {
        details.notes.extend(e.publisher.take());
    }
    // "Unpublished manuscript", "Preprint": a note where the venue stands.
    let mut container = parts.container;
    if container.is_empty()
        && e.address.is_none()
        && e.publisher.as_deref().is_some_and(publisher_is_venue)
    {
        container = e.publisher.take().unwrap_or_default();
    }
    if fields::is_note(&container) {
        details.notes.push(std::mem::take(&mut container));
    }
    e.kind = classify(
        hint,
        &parts.other_text,
        &container,
        parts.lead,
        &details,
        e,
        e.publisher.is_some(),
    );
    set_container(&tidy::tidy(&container), e, &mut details.notes);
    keep_abbreviation_period(&rt.text, e);
    for n in details.notes.drain(..) {
        e.add_note(&n);
    }
    for u in &unplaced {
        e.add_note(u);
    }
    set_book_editors(e, parts.book_editors);
    out.unplaced = unplaced;
    out
}

/// A title run that lies inside the author list the names parser read (up to
/// `names_end`), with another title run after it, is more authors: given-first lists
/// ("Ann Lee, Bo Chen, and Cy Park.") are read better by the parser than by the tagger.
fn names_before_title(mut segments: Vec<Segment>, text: &str, names_end: usize) -> Vec<Segment> {
    let titles: Vec<usize> = (0..segments.len())
        .filter(|&i| segments[i].label == Label::Title)
        .collect();
    let starts_with_author = segments.first().is_some_and(|s| s.label == Label::Author);
    // An editor mark after the names ("(Editors)") belongs to them; it is looked for only
    // when a title run may lie in the names.
    let names_end_with_mark = || {
        names_end
            + text
                .get(names_end..)
                .and_then(names::editor_mark_len)
                .unwrap_or(0)
    };
    if let [first, second, ..] = titles[..]
        && starts_with_author
        && segments[first].range.start < names_end
        && let names_end = names_end_with_mark()
        && segments[first].range.end <= names_end
        && segments[second].range.start >= names_end
    {
        let range = segments[0].range.start..segments[first].range.end;
        segments.splice(
            ..=first,
            [Segment {
                label: Label::Author,
                range,
            }],
        );
    } else if let Some(&first) = titles.first()
        && starts_with_author
        && segments[first].range.start < names_end
        && segments[first].range.end > names_end
        && let Some(gap) = text
            .get(names_end..segments[first].range.end)
            .and_then(|rest| {
                rest.find(|c: char| c.is_alphanumeric())
                    .filter(|&gap| rest[..gap].contains([',', '.']))
                    .filter(|&gap| !rest[..gap].contains(['(', '"', '“']))
            })
    {
        // The run starts inside the names and goes on past them ("Ann Lee, Bo Chen,
        // The Winter Harbour"): the names are authors, the rest the title.
        let title = names_end + gap..segments[first].range.end;
        segments.splice(
            ..=first,
            [
                Segment {
                    label: Label::Author,
                    range: segments[0].range.start..names_end,
                },
                Segment {
                    label: Label::Title,
                    range: title,
                },
            ],
        );
    }
    segments
}

/// What starts a sentence after a title that is no part of it: a note ("Paper presented
/// at", "Retrieved from", "To appear"), a volume count or a person's role.
static NOT_TITLE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:paper|poster|presented|reprinted|retrieved|available|to appear|in press|accepted|submitted|invited|unpublished|vols?\b|volumes?\b|\d+\s*vols?\b|edited|translated|trans\b|eds?\b|dir\b|in\b)",
    )
});

/// A title run with ", in " and a capital after it, and no venue run: the tagger read the
/// venue into the title ("Complex dynamics, in New Trends in Macroeconomics, ..."). It
/// is split there, and what follows the "in" is the venue.
fn venue_in_title(mut segments: Vec<Segment>, text: &str) -> Vec<Segment> {
    if segments.iter().any(|s| s.label == Label::Container) {
        return segments;
    }
    let Some(i) = segments.iter().position(|s| s.label == Label::Title) else {
        return segments;
    };
    let range = segments[i].range.clone();
    let Some(at) = text[range.clone()]
        .match_indices(", in ")
        .find_map(|(at, m)| {
            let venue_start = range.start + at + m.len();
            text[venue_start..range.end]
                .starts_with(char::is_uppercase)
                .then_some(range.start + at)
        })
    else {
        return segments;
    };
    // The title keeps at least two words.
    if text[range.start..at].split_whitespace().count() < 2 {
        return segments;
    }
    let venue_start = at + ", in ".len();
    segments.splice(
        i..=i,
        [
            Segment {
                label: Label::Title,
                range: range.start..at,
            },
            Segment {
                label: Label::Other,
                range: at..venue_start,
            },
            Segment {
                label: Label::Container,
                range: venue_start..range.end,
            },
        ],
    );
    segments
}

/// What stands between two sentences of a title: a full stop, perhaps a part number
/// (". I. ", ". 2. ").
static SENTENCE_GAP: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*[.?!]\s*(?:(?:[IVX]{1,4}|\d{1,2})\.\s*)?$"));

/// A title the tagger split at a full stop ("Anatomy of the basal ganglia. I. The
/// cortico-basal loop.") is one title when the venue comes after both runs: the second
/// sentence is a subtitle, not the venue, so long as it does not open like a note.
fn title_sentences(segments: Vec<Segment>, text: &str) -> Vec<Segment> {
    let venue_after = |from: usize, segments: &[Segment]| {
        segments[from..]
            .iter()
            .any(|s| matches!(s.label, Label::Container | Label::Publisher))
    };
    // The second sentence ends at a full stop too: a run that goes on with a comma or a
    // number is more likely the venue.
    let ends_sentence = |next: Option<&Segment>| {
        next.is_some_and(|n| {
            n.label == Label::Other && text[n.range.clone()].trim_start().starts_with('.')
        })
    };
    let mut out: Vec<Segment> = Vec::with_capacity(segments.len());
    for (i, s) in segments.iter().enumerate() {
        let n = out.len();
        // An edition statement after the title is none of it ("Planning. Revised
        // edition. New York: Harper").
        if s.label == Label::Title
            && n >= 1
            && fields::edition(text[s.range.clone()].trim_end_matches('.')).is_some()
        {
            out.push(Segment {
                label: Label::Other,
                range: s.range.clone(),
            });
            continue;
        }
        if s.label == Label::Title
            && n >= 2
            && out[n - 2].label == Label::Title
            && out[n - 1].label == Label::Other
            && SENTENCE_GAP.is_match(&text[out[n - 1].range.clone()])
            && text[s.range.clone()]
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            && !NOT_TITLE_LEAD.is_match(&text[s.range.clone()])
            && !is_name_list(&text[s.range.clone()])
            && ends_sentence(segments.get(i + 1))
            && venue_after(i + 1, &segments)
        {
            out.pop();
            out.last_mut().expect("n >= 2").range.end = s.range.end;
            continue;
        }
        out.push(s.clone());
    }
    out
}

/// Whether `s` reads as a list of names ("Pérez JJ, Arias A, de la Macorra JC"): three
/// or more pieces between commas, each of one to four capitalized words (a name
/// particle such as "de" or "van" aside).
fn is_name_list(s: &str) -> bool {
    let pieces: Vec<&str> = s.split(',').map(str::trim).collect();
    pieces.len() >= 3
        && pieces.iter().all(|p| {
            let words: Vec<&str> = p
                .split_whitespace()
                .filter(|w| !matches!(*w, "and" | "&"))
                .collect();
            (1..=4).contains(&words.len())
                && words
                    .iter()
                    .all(|w| w.starts_with(char::is_uppercase) || names::is_particle(w))
        })
}

/// A dash in the author's place ("———. Title") is the author run, whatever the tagger
/// read there: the runs it overlaps start after it.
fn repeated_authors(segments: Vec<Segment>, text: &str) -> Vec<Segment> {
    let Some(len) = names::repeated_authors_len(text) else {
        return segments;
    };
    let mut out = vec![Segment {
        label: Label::Author,
        range: 0..len,
    }];
    for mut s in segments {
        s.range.start = s.range.start.max(len);
        if !s.range.is_empty() {
            out.push(s);
        }
    }
    out
}

/// Words that stand before a page number or after a book's length.
const PAGE_TERMS: [&str; 5] = ["pages", "page", "pp.", "pp", "p."];

/// Whether `s` ends in one of [`PAGE_TERMS`], in any case ("..., pages").
fn ends_with_page_term(s: &str) -> bool {
    let s = s.trim_end().as_bytes();
    PAGE_TERMS
        .iter()
        .any(|t| s.len() >= t.len() && s[s.len() - t.len()..].eq_ignore_ascii_case(t.as_bytes()))
}

/// Whether `s` starts with one of [`PAGE_TERMS`] or a bare "p" as a word, in any case
/// ("pp.", "p. 1980").
fn starts_with_page_term(s: &str) -> bool {
    let s = s.trim_start().as_bytes();
    PAGE_TERMS.iter().chain(&["p"]).any(|t| {
        s.len() >= t.len()
            && s[..t.len()].eq_ignore_ascii_case(t.as_bytes())
            && !s.get(t.len()).is_some_and(u8::is_ascii_alphanumeric)
    })
}

/// A page range the tagger split in two ("pages 46-55" read as volume 46 and pages 55)
/// is one pages run: two numbers joined by a dash only, after a page term ("pages",
/// "pp.") whatever their labels, or else read as volume and pages with the second number
/// the larger.
fn split_page_range(mut segments: Vec<Segment>, text: &str) -> Vec<Segment> {
    let number = |s: &Segment| text[s.range.clone()].trim().parse::<u32>().ok();
    let mut i = 0;
    while i + 2 < segments.len() {
        let (vol, dash, pages) = (&segments[i], &segments[i + 1], &segments[i + 2]);
        let numeric = |l: Label| matches!(l, Label::Volume | Label::Issue | Label::Pages);
        let joined = numeric(vol.label)
            && dash.label == Label::Other
            && numeric(pages.label)
            && !text[dash.range.clone()].trim().is_empty()
            && text[dash.range.clone()]
                .chars()
                .all(|c| matches!(c, '-' | '–' | '—' | ' '));
        if let (true, Some(first), Some(last)) = (joined, number(vol), number(pages)) {
            let page_term = ends_with_page_term(&text[..vol.range.start]);
            let volume_pages = vol.label == Label::Volume && pages.label == Label::Pages;
            if page_term || (volume_pages && last > first) {
                let range = vol.range.start..pages.range.end;
                segments.splice(
                    i..i + 3,
                    [Segment {
                        label: Label::Pages,
                        range,
                    }],
                );
            }
        }
        i += 1;
    }
    segments
}

/// A number the tagger read as a volume with "pp." or "p." right after it and no pages
/// after that is a book's length ("412 pp."): pages. So is one right after a page term
/// ("p. 44", "page 211").
fn page_total(mut segments: Vec<Segment>, text: &str) -> Vec<Segment> {
    for s in &mut segments {
        let before = text[..s.range.start].trim_end();
        let word = before
            .rsplit(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | '['))
            .next()
            .unwrap_or("");
        if s.label == Label::Volume && PAGE_TERMS.iter().any(|t| word.eq_ignore_ascii_case(t)) {
            s.label = Label::Pages;
        }
    }
    for i in 1..segments.len() {
        let prev = &segments[i - 1];
        // "23 pp. 12-15" is a volume before its pages.
        let pages_next = segments.get(i + 1).is_some_and(|s| s.label == Label::Pages);
        if prev.label == Label::Volume
            && segments[i].label == Label::Other
            && !pages_next
            && starts_with_page_term(&text[segments[i].range.clone()])
            && text[prev.range.clone()].trim().parse::<u32>().is_ok()
        {
            segments[i - 1].label = Label::Pages;
        }
    }
    segments
}

/// Parses a reference with the tagger. `rt` has had its links and identifiers taken out;
/// `known_names` is what the names parser read from the whole text.
pub(super) fn parse_tagged(
    rt: &RichText,
    known_names: &names::AuthorList,
    e: &mut Entry,
) -> TaggedParts {
    let text = &rt.text;
    let segments = names_before_title(merge(tagger::tag(rt), text), text, known_names.end);
    let segments = quoted_title(segments, text);
    let segments = repeated_authors(segments, text);
    let segments = venue_in_title(title_sentences(segments, text), text);
    let segments = page_total(split_page_range(segments, text), text);
    let segments = places::whole_places(dates::days_of_dates(segments, text), text);
    let mut parts = TaggedParts::default();
    let first = |l: Label| {
        segments
            .iter()
            .find(|s| s.label == l)
            .map(|s| s.range.clone())
    };

    // Authors: the parser for names reads up to the end of the author run (and the
    // punctuation and marks right after it).
    if let Some(r) = first(Label::Author).filter(|r| r.start <= 3) {
        let mut end = r.end;
        while let Some(c) = text[end..]
            .chars()
            .next()
            .filter(|c| matches!(c, '.' | '*' | '†' | '‡' | '#'))
        {
            end += c.len_utf8();
        }
        let list = names::parse_authors_reusing(rt, end, known_names);
        e.authors = list.authors;
        parts.symbols = list.symbols;
        parts.repeats_authors = list.repeats_previous;
        let (names_end, book_editors) = editors_in_author_place(text, list.end, e);
        parts.book_editors = book_editors;
        // The run went on past the names ("Lee A, Chen B: Title", read as one author
        // run): what follows them is kept.
        if let Some(rest) = text.get(names_end.min(end)..end).map(clean)
            && rest.chars().any(char::is_alphanumeric)
        {
            parts.author_rest = Some(rest);
        }
    }
    // The date: the first run with a year in it ("1917-1921" in a title is none).
    let mut date_run = None;
    for (i, s) in segments.iter().enumerate() {
        if s.label != Label::Date {
            continue;
        }
        let mut d = Details::default();
        let mut piece = text[s.range.clone()].to_string();
        fields::take_details(&mut piece, &mut d);
        if d.year.is_some() || date_run.is_none() {
            date_run = Some(i);
            e.year = d.year;
            e.month = d.month;
        }
        if e.year.is_some() {
            break;
        }
    }
    let mut status = None;
    if let Some(r) = first(Label::Title) {
        let mut t = clean(&text[r]);
        // "(in preparation). Title": the status where the year stands, read into the
        // title.
        if let Some((s, rest)) = leading_status(&t) {
            status = Some(s.to_string());
            t = rest.to_string();
        }
        if !t.is_empty() {
            e.title = Some(t);
        }
    }
    if let Some(rest) = parts.author_rest.take() {
        parts.other.push(rest);
    }
    if let Some(r) = first(Label::Editor) {
        let names_text = EDITOR_TERMS.replace_all(&text[r.clone()], " ");
        // "(Eds.: R. Smith, T. Chen)": the brackets and the colon go with the word.
        e.editors = parse_editor_names(names_text.trim_matches([',', '.', ' ', '(', ')', ':']));
        // A run that reads as no names is kept as it stands.
        if e.editors.is_empty() {
            let piece = clean(&text[r]);
            if piece.chars().any(char::is_alphanumeric) {
                parts.other.push(piece);
            }
        }
    }
    let value = |l: Label| -> Option<String> {
        segments
            .iter()
            .find(|s| s.label == l)
            .map(|s| clean(&text[s.range.clone()]))
            .filter(|v| !v.is_empty())
    };
    let container = value(Label::Container);
    let (stripped, proceedings_lead) = container.as_deref().map(split_lead_in).unwrap_or_default();
    parts.container = stripped;
    e.volume = value(Label::Volume);
    e.number = value(Label::Issue);
    // "30, 2" read as one volume: the volume and its issue.
    if e.number.is_none()
        && let Some((volume, issue)) = e.volume.as_deref().and_then(|v| v.split_once(", "))
        && [volume, issue]
            .iter()
            .all(|n| (1..=4).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
    {
        (e.volume, e.number) = (Some(volume.to_string()), Some(issue.to_string()));
    }
    e.pages = value(Label::Pages).map(|p| fields::normalize_pages(&p));
    e.publisher = value(Label::Publisher);
    e.address = value(Label::Location);
    // "Wiley-VCH: Weinheim" or "Oxford: Clarendon" read as one publisher: both parts.
    if e.address.is_none()
        && parts.container.is_empty()
        && let Some(p) = e.publisher.as_deref().filter(|p| p.contains(": "))
        && let Some((publisher, Some(place))) = super::venue::publisher_and_place(p)
    {
        e.publisher = Some(publisher);
        e.address = Some(place);
    }

    let date_parts = date_run.map_or_else(Vec::new, |r| dates::parts_beside(&segments, r, text));
    // A second run of a label that was read already is kept as it stands.
    let mut seen = Vec::new();
    for (i, s) in segments.iter().enumerate() {
        if s.label == Label::Other {
            continue;
        }
        let used = if s.label == Label::Date {
            date_run == Some(i)
        } else {
            !seen.contains(&s.label)
        };
        if !used {
            let piece = clean(&text[s.range.clone()]);
            // "March" and "4" of "March 4, 2015", runs of their own: the date's.
            if date_parts.contains(&i)
                && let Some(month) = dates::month_of_days(&piece)
            {
                if e.month.is_none() {
                    e.month = month.map(str::to_string);
                }
                continue;
            }
            if piece.chars().any(char::is_alphanumeric) {
                parts.other.push(piece);
            }
        } else {
            seen.push(s.label);
        }
    }
    // Text that is no field: style terms are dropped, the rest is kept.
    let mut other = String::new();
    for s in segments.iter().filter(|s| s.label == Label::Other) {
        let t = &text[s.range.clone()];
        other.push_str(t);
        other.push(' ');
        let words: Vec<&str> = t
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if words.iter().any(|w| !STYLE_TERMS.is_match(w)) {
            // A closing bracket stays with the bracket it closes ("(mimeograph)"), and
            // goes when that was left in another piece ("(Oral, top 2%)").
            // A percent sign ends its number ("top 2%").
            let edge = |c: char| !c.is_alphanumeric() && c != ')' && c != '%';
            let mut piece = t.trim_matches(edge);
            if !piece.contains('(') {
                piece = piece.trim_end_matches(|c| edge(c) || c == ')');
            }
            let piece = tidy::tidy(piece);
            if !piece.is_empty() {
                parts.other.push(piece);
            }
        }
    }
    let before_container = segments
        .iter()
        .take_while(|s| s.label != Label::Container)
        .last()
        .filter(|s| s.label == Label::Other)
        .map(|s| text[s.range.clone()].to_lowercase());
    parts.lead = match before_container {
        _ if proceedings_lead => Lead::Proceedings,
        Some(b) if b.contains("proc") => Lead::Proceedings,
        Some(b) if b.contains("in") => Lead::In,
        _ => Lead::None,
    };
    if let Some(s) = status {
        other.push_str(&s);
        parts.other.push(s);
    }
    parts.other_text = other.to_lowercase();
    parts
}

/// A publication status in brackets that opens `title` ("(in preparation). Title",
/// "under revision). Title"), and the title after it.
fn leading_status(title: &str) -> Option<(&str, &str)> {
    let inner = title.strip_prefix('(').unwrap_or(title);
    let (status, rest) = inner.split_once(')')?;
    let rest = rest.trim_start_matches(['.', ',', ' ']);
    (fields::is_note(status.trim()) && !rest.is_empty()).then_some((status.trim(), rest))
}

/// What [`parse_tagged`] found besides the entry's own fields.
#[derive(Debug, Default)]
pub(super) struct TaggedParts {
    /// Mark symbols after each author.
    pub symbols: Vec<String>,
    /// Editors found in the author's place.
    pub book_editors: Vec<Author>,
    /// Whether a dash stands for the authors of the entry before.
    pub repeats_authors: bool,
    /// Text of the author run after the names the parser read.
    pub author_rest: Option<String>,
    /// The container, without its lead-in.
    pub container: String,
    /// What stood before the container ("In", "In Proc.").
    pub lead: Lead,
    /// Pieces of text that are no field and no style term.
    pub other: Vec<String>,
    /// All text that is no field, lower-cased, for the entry type.
    pub other_text: String,
}

#[cfg(test)]
mod tests;

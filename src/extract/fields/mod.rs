//! Reads the details that follow a title: volume, issue, pages, month, year, publisher,
//! DOI and notes, removing each from the text so that what is left is the container.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::{Captures, Regex};

mod other_months;

use crate::extract::scan::first_then;
use crate::extract::tidy::{EMPTY_BRACKETS, tidy};

/// Well-known publishers (`data/publishers.txt`), lower-cased for lookup.
static PUBLISHERS: LazyLock<rustc_hash::FxHashSet<String>> = LazyLock::new(|| {
    include_str!("../data/publishers.txt")
        .lines()
        .map(str::to_lowercase)
        .collect()
});

/// Book series that proceedings name before their volume, after the book's title
/// (Springer's style: "VSTTE 2022. LNCS, vol. 13800, pp. 112–130"), from
/// `data/book-series.txt`: group 1 the series, group 2 the volume.
static NAMED_SERIES_VOLUME: LazyLock<Regex> = LazyLock::new(|| {
    let names: Vec<String> = include_str!("../data/book-series.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(regex::escape)
        .collect();
    re(&format!(
        r"\.\s+({}),?\s*(?i:vol(?:ume|\.)?)\s*(\d+)",
        names.join("|")
    ))
});

/// Details found in a reference's tail.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Details {
    /// Volume.
    pub volume: Option<String>,
    /// Issue number.
    pub number: Option<String>,
    /// Pages, ranges with `--`.
    pub pages: Option<String>,
    /// Year.
    pub year: Option<String>,
    /// Month as written.
    pub month: Option<String>,
    /// The series a volume belongs to ("volume 1099 of Lecture Notes in Computer Science").
    pub series: Option<String>,
    /// How many pages an article numbered in `pages` has (ACM: "Article 42, 14 pages").
    pub pagetotal: Option<String>,
    /// The edition opening the brackets after a book (APA: "(2nd ed., pp. 200–230)").
    pub edition: Option<String>,
    /// The chapter of a book a chapter is ("Chap. 14", "ch. 3").
    pub chapter: Option<String>,
    /// Notes ("To appear", "Supplement").
    pub notes: Vec<String>,
    /// Whether a status led to the venue ("Under review at JMLR"): what follows is the
    /// venue, whatever it looks like.
    pub venue_after_status: bool,
}

/// Compiles one of extract's own patterns. Word boundaries are ASCII ones (every `\b` in
/// them stands beside an ASCII letter or digit): a Unicode `\b` keeps the regex crate
/// off its fast engines whenever the text holds a non-ASCII letter, as most references do.
pub(crate) fn re(s: &str) -> Regex {
    Regex::new(&s.replace(r"\b", r"(?-u:\b)")).unwrap()
}

const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Spring|Summer|Fall|Autumn|Winter)\.?";

/// A book's length: "368 pp.", "248p", "231 p.", "350 S." (group 2, a number right
/// after that is no year, makes it a volume before a page instead: "23 pp. 12-15").
static PAGE_TOTAL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(\d{1,5})\s?(?:pp?|pages|S\.)(?:\b\.?|\s)(?:\s*(\d+))?"));
/// ACM's article number and length: "Article 42, 14 pages", "Article e201, 3 pages".
static ARTICLE_PAGES: LazyLock<Regex> =
    LazyLock::new(|| re(r"\bArticle\s+([A-Za-z]?\d+)\s*,\s*(\d{1,4})\s+pages\b\.?"));
static PAGES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:pp?(?:\.|\s)|pages?|S\.|art(?:icle)?\.?\s*(?:no\.?)?|e-?locator)|(?:^|\s)[СC]{1,2}\.|(?:^|[.,;]\s*)paper(?:\s+no\.?)?\s)\s*([A-Z]{0,3}\d+(?:[A-Z]{1,3}\d+)?(?::\d+)?[a-z]?(?:\s*(?:[-–—‐]+|to)\s*[A-Z]?\d+(?::\d+)?[a-z]?)?)",
    )
});
/// "volume 1099 of Lecture Notes in Computer Science", "vol. 3 of the Series": a volume
/// of a series (BibTeX's plain styles).
static SERIES_VOLUME: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\bvol(?:ume|\.)?\s*(\d+)\s+of\s+(?:the\s+)?(\p{Lu}[^,.;:()\[\]]{2,80})")
});
static VOLUME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:vol(?:ume)?s?\.?|Bd\.|tome|t\.|v\.)|(?:^|\s)Т\.)\s*(\d+[A-Za-z]?(?:[-–]\d+)?|[IVXLC]+\b)",
    )
});
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:no\.|no\s|nos\.|num(?:ber)?\.?|issue|iss\.|nr\.|heft)|n°|№)\s*(\d+(?:[-–/]\d+)?|(?-i:[A-Z])\d*)\b|\bn\.\s*(\d+(?:[-–/]\d+)?)\b",
    )
});
/// Whether `s` is a word with two capitals or more and a year: "NeurIPS 2022", "ICML
/// 2019".
fn is_acronym_and_year(s: &str) -> bool {
    s.split_once(' ')
        .is_some_and(|(word, year)| is_acronym(word) && is_year(year))
}

/// Whether `s` is only a year from 1900 to 2099.
fn is_year(s: &str) -> bool {
    s.len() == 4
        && (s.starts_with("19") || s.starts_with("20"))
        && s.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `word` has two capitals or more and only letters: "NeurIPS", "ICML".
fn is_acronym(word: &str) -> bool {
    word.chars().filter(char::is_ascii_uppercase).count() >= 2
        && word.chars().all(char::is_alphabetic)
}
static VOL_ISSUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(\d{1,4})\s*,?\s*\(\s*(\d+(?:\s*(?:[-–/&,]|and)\s*\d+)*(?:-[A-Z])?|[A-Za-z]+\.?\s*\d*|Suppl\.?\s*\d*)\s*\)(?:\s*[:,]\s*([A-Za-z]?\d+(?:[-–—]+[A-Za-z]?\d+)?))?",
    )
});
/// The unified style sheet's article number or pages after the issue and a full stop,
/// last in the reference: "Glossa 3(1). 87.", "Language 99(2). 245–281.".
static PAGES_AFTER_ISSUE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\)\.\s+([A-Za-z]?\d+(?:[-–—]+[A-Za-z]?\d+)?)\.?\s*$"));
/// Pages after a bracket and a colon, as MLA writes them after the date ("(2004): 17",
/// "(Winter 1999): 3-9+") and others after the issue ("12(3): 45"): group 1.
static DATE_PAGES: LazyLock<Regex> =
    LazyLock::new(|| re(r"\)\s*:\s*([A-Za-z]?\d+(?:\s*[-–—]+\s*[A-Za-z]?\d+)?)\+?(?:[\s.,;]|$)"));
/// A date alone in brackets after a number: "2016", "April 2023", "Jan. 2020".
static DATE_ONLY: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?i)^(?:{MONTH}\s*)?(?:1[5-9]|20)\d\d$")));
static VOL_NUM_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(\d{{1,4}}),\s*(\d{{1,4}})\s*\((?:{MONTH}\s*)?(?:1[5-9]|20)\d\d\)\s*,\s*(?:pp?\.\s*)?[A-Za-z]?\d"
    ))
});
/// Elsevier's volume before the year in brackets, then the pages: "Venue, 36 (2010),
/// pp. 629-639", "Venue, 36 (2010) 629".
static VOL_DATE_PAGES: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i),\s*(\d{1,4})\s*\((?:1[5-9]|20)\d\d\)\s*,?\s*(?:pp?\.\s*)?[A-Za-z]?\d")
});
static VOL_SPACE_PAGES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:,\s*|[\p{L}.]\s+|\b(?:1[5-9]|20)\d\d\s+)(?:(\d{1,4})(?:\s+(\d{1,3}))?\s+|([A-Z]\d{1,4}),?\s+)([A-Za-z]?\d+\s*[-–—]+\s*[A-Za-z]?\d+)\b",
    )
});
static VOL_PAGES: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(\d{1,4})\s*:\s*([A-Za-z]?\d+[a-z]?(?:\s*[-–—]+\s*[A-Za-z]?\d+[a-z]?)?)\b")
});
/// A month with its day and year, the day before or after it ("31 January 2017",
/// "Jan. 23 1973").
static MONTH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?:\b(?:[12]?\d|3[01])\s+)?\b({MONTH}(?:\s*[-–/]\s*{MONTH})?)(?:\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?)?,?\s*((?:19|20)\d\d)?\b"
    ))
});
/// NLM's year before its month, before the volume or at the end: "2021 May;2(5)",
/// "2019 Jan-Feb;", "2020 Mar 3;".
static YEAR_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b((?:19|20)\d\d)\s+({MONTH}(?:\s*[-–/]\s*{MONTH})?)(?:\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?)?\s*(?:;|\.?\s*$)"
    ))
});
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|[^\w/.:-])((?:1[5-9]|20)\d\d)([a-z])?(?:[^\w/-]|$)"));
static RANGE_END: LazyLock<Regex> =
    LazyLock::new(|| re(r"[,.;:]\s*([A-Za-z]?\d+\s*[-–—]+\s*[A-Za-z]?\d+)[\s.,]*$"));
/// A chapter's number: "Chap. 14", "chapter 3", "ch. 2", "Kap. 5".
static CHAPTER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:chap(?:ter)?\.?|ch\.|kap\.|chapitre)\s*(\d{1,3}|[IVXLC]{1,6}\b)")
});
/// A bare range between a comma and a full stop, with more after it: a chapter's pages
/// after its book ("*Handbook*, 233–259. Oxford: Press.", linguistics).
static RANGE_MID: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:^|,)\s*(?:(\d{1,4})\s*,\s*)?([A-Za-z]?\d+\s*[-–—]+\s*[A-Za-z]?\d+)\s*\.\s+\S")
});
static VOL_NUM_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^\s*|,\s*|[\p{L}.]\s+)(\d{1,4})(?:\s*,\s*([A-Za-z]{0,3}\d+(?:[A-Z]{1,3}\d+)?(?:[-–—]+[A-Za-z]?\d+)?)|\s+([A-Za-z]?\d+(?:[-–—]+[A-Za-z]?\d+)?))[\s.,]*$",
    )
});
static DOTTED_VOL: LazyLock<Regex> =
    LazyLock::new(|| re(r"\s(\d{1,4})\.(\d{1,3})(?:\s*\(|\s*,|\s*$)"));
static NOTE_PARENS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\(((?:[^()]*\b(?:invited|oral|spotlight|best|award|highlight|keynote|poster|to appear|accepted|in press|forthcoming|submitted|under review|acceptance rate|nominee|finalist|honorable mention|selected|extended abstract|short paper|full paper|long paper|demo)\b[^()]*))\)",
    )
});
static NOTE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*((?:to appear|accepted(?: for publication)?|under review|submitted|forthcoming|in press|brief paper|short paper|regular paper|full paper|long paper|invited paper|extended abstract|spotlight|oral)(?:\s+(?:paper|presentation))?)\s*(?:in|at|to|by|for)?\b\s*(?:the\s+)?",
    )
});
static NOTE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:supplement|suppl\.?|oral(?: presentation)?|spotlight(?: presentation)?|poster(?: presentation)?|(?:best|outstanding|distinguished|area chair'?s?|senior area chair) (?:student |short |long |demo )?paper(?: award)?(?: nominee| finalist| honorable mention)?|to appear|in press|forthcoming|accepted|under review|under revision|in review|submitted|in preparation|in prep\.?|invited(?: paper| talk)?|online first|early access|preprint|(?:unpublished )?manuscript|unpublished(?: paper| report| data| work)?|personal communication|print|web|cd-rom|dvd|jstor|proquest|ebscohost|project muse|sciencedirect|hathitrust|google books|internet archive|gale academic onefile|academic search complete|(?:retrieved|available) (?:from|at|on) .+|(?:\d+(?:\.\d+)?%|acceptance rate).*)$",
    )
});
/// An edition statement: "2nd ed.", "3rd edition", "Rev. ed.", "4. Aufl.", "1ª ed.".
static EDITION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(\d+)\s*(?:st|nd|rd|th|e|ème|ª|a|\.)?|(rev(?:ised)?|expanded|enl(?:arged)?|new|updated|abridged|\p{L}+)(?:\.|\s))\s*(?:rev(?:ised)?\.?\s*|enl\.?\s*)?(?:ed|edn|edition|éd|Aufl|Auflage|vyd|izd)\b\.?$",
    )
});

/// Whether `s` is short, unbracketed and holds a word an edition statement ends in: a
/// cheap test before [`EDITION`].
fn may_be_edition(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() <= 40
        && !b.contains(&b')')
        && b.windows(2).any(|w| {
            w.eq_ignore_ascii_case(b"ed")
                || w.eq_ignore_ascii_case(b"fl")
                || w.eq_ignore_ascii_case(b"yd")
                || w.eq_ignore_ascii_case(b"zd")
                || w == "é".as_bytes()
        })
}

/// The edition that `s` states whole ("2nd ed." gives "2", "Rev. ed." gives "Rev."), or
/// `None` when `s` is no edition statement.
pub fn edition(s: &str) -> Option<String> {
    let s = s.trim();
    if !may_be_edition(s) {
        return None;
    }
    let c = EDITION.captures(s)?;
    match (c.get(1), c.get(2)) {
        (Some(n), _) => Some(n.as_str().to_string()),
        (None, Some(w)) if !w.as_str().eq_ignore_ascii_case("the") => {
            Some(format!("{}.", w.as_str()).replace("..", "."))
        }
        _ => None,
    }
}

/// Removes every match of `re` from `text`, passing the captures to `take`; `take` returns
/// whether the match is used (unused matches stay).
fn take_all(text: &mut String, re: &Regex, mut take: impl FnMut(&Captures) -> bool) {
    // Most patterns find nothing: asking first spares the captures' allocation.
    if !re.is_match(text) {
        return;
    }
    let mut out = String::new();
    let mut last = 0;
    let mut taken = false;
    for c in re.captures_iter(text) {
        let m = c.get(0).unwrap();
        if take(&c) {
            out.push_str(&text[last..m.start()]);
            out.push(' ');
            last = m.end();
            taken = true;
        }
    }
    if taken {
        out.push_str(&text[last..]);
        *text = out;
    }
}

/// Normalises a page range: en dashes and single hyphens become `--`.
pub fn normalize_pages(p: &str) -> String {
    let p = p.trim().trim_end_matches(['.', ',']);
    let parts: Vec<&str> = p
        .split(['-', '–', '—', '‐'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if parts.len() == 2 {
        return format!("{}--{}", parts[0], parts[1]);
    }
    if let Some((a, b)) = p.split_once(" to ") {
        return format!("{}--{}", a.trim(), b.trim());
    }
    p.to_string()
}

/// Takes volume (group 1) and number (group 2) from the first match of `pattern` when no
/// volume is known yet; what follows them in the match stays in `tail`.
fn take_volume_number(tail: &mut String, d: &mut Details, pattern: &Regex) {
    if d.volume.is_none()
        && let Some(c) = pattern.captures(tail)
    {
        d.volume = Some(c[1].to_string());
        d.number = Some(c[2].to_string());
        let r = c.get(1).unwrap().start()..c.get(2).unwrap().end();
        tail.replace_range(r, " ");
    }
}

/// The dashes of a page range.
const DASHES: [char; 3] = ['-', '–', '—'];

/// Cell Press's supplement pages after a range: "2345–2361.e18".
static SUPPLEMENT_PAGES: LazyLock<Regex> =
    LazyLock::new(|| re(r"[-–—]\s*[A-Za-z]?\d+(\.e\d{1,4})\b"));

/// Pulls the details out of `tail`, leaving the rest (container, publisher, notes) in it.
pub fn take_details(tail: &mut String, d: &mut Details) {
    // A range's supplement pages ("2345–2361.e18") are set aside, so that the patterns
    // below read the range, and go back at its end.
    let supplement = tail
        .contains(".e")
        .then(|| SUPPLEMENT_PAGES.captures(tail).and_then(|c| c.get(1)))
        .flatten()
        .map(|m| m.range());
    let Some(range) = supplement else {
        take_details_plain(tail, d);
        return;
    };
    let suffix = tail[range.clone()].to_string();
    tail.replace_range(range, "");
    take_details_plain(tail, d);
    match &mut d.pages {
        Some(p) if p.ends_with(|c: char| c.is_ascii_digit()) => p.push_str(&suffix),
        _ => {
            tail.push(' ');
            tail.push_str(&suffix[1..]);
        }
    }
}

/// [`take_details`] of a tail without supplement pages.
fn take_details_plain(tail: &mut String, d: &mut Details) {
    // A date alone ("(2019).", "2020a"), as the tagger's date runs mostly are: the
    // patterns below would find only the year.
    if d.year.is_none()
        && let Some(year) = bare_year(tail)
    {
        d.year = Some(year.to_string());
        tail.clear();
        return;
    }
    // Removed links and identifiers leave ", ," behind.
    collapse_empty_commas(tail);
    // APA: "(2nd ed., pp. 200–230)", "(Rev. ed., Vol. 2)": the edition, and the rest of
    // the brackets stays for the patterns below.
    if let Some(open) = tail.find('(')
        && let Some(comma) = tail[open..].find([',', ';']).map(|c| open + c)
        && may_be_edition(&tail[open + 1..comma])
        && let Some(ed) = edition(&tail[open + 1..comma])
    {
        d.edition = Some(ed);
        tail.replace_range(open + 1..=comma, "");
    }
    // Cheap tests first, here and below: a pattern runs only where its brackets, colon
    // or dash are. Notes in parentheses: "(Invited Paper)", "(Oral)".
    if tail.contains('(') {
        take_all(tail, &NOTE_PARENS, |c| {
            d.notes.push(c[1].trim().to_string());
            true
        });
    }
    if let Some(c) = NOTE_LEAD.captures(tail) {
        let note = c[1].trim();
        let len = c.get(0).unwrap().end();
        d.venue_after_status = c[0][c[1].len()..]
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "in" | "at" | "to" | "for"));
        // Capitalise as written.
        d.notes.push(note.to_string());
        tail.replace_range(..len, "");
    }
    // Pages after the issue and a full stop ("3(1). 87."): taken first, the bracket
    // kept for the issue; a year there is the date.
    if tail.contains(").")
        && let Some(c) = PAGES_AFTER_ISSUE.captures(tail)
    {
        let p = c.get(1).unwrap();
        if p.len() == 4 && YEAR.is_match(p.as_str()) {
            d.year.get_or_insert_with(|| p.as_str().to_string());
        } else {
            d.pages = Some(normalize_pages(p.as_str()));
        }
        let start = c.get(0).unwrap().start() + 1;
        tail.truncate(start);
    }
    // MLA's pages after the date: "40.1 (Jan.-Feb. 2004): 17", "(1999): 358-60". The
    // bracket stays, for the year and month or the issue.
    if d.pages.is_none()
        && tail.contains("):")
        && let Some(c) = DATE_PAGES.captures(tail)
        && !is_year(&c[1])
    {
        d.pages = Some(normalize_pages(&c[1]));
        let start = c.get(0).unwrap().start() + 1;
        tail.replace_range(start..c.get(0).unwrap().end(), "");
    }
    if tail.contains('(') {
        take_all(tail, &VOL_ISSUE, |c| {
            if d.volume.is_some() {
                return false;
            }
            let issue = c[2].trim();
            // "(2016)" or "(April 2023)" after a number is a date, not an issue; "(NeurIPS
            // 2022)" after a volume is the meeting's name.
            if DATE_ONLY.is_match(issue) || is_acronym_and_year(issue) {
                return false;
            }
            d.volume = Some(c[1].to_string());
            if issue.to_ascii_lowercase().starts_with("suppl") {
                d.notes.push(issue.to_string());
            } else {
                d.number = Some(issue.replace(' ', ""));
            }
            match c.get(3).map(|p| p.as_str()) {
                // "16(2), 2022, pp. 711-735": the year after the issue is no page.
                Some(y) if is_year(y) => {
                    d.year.get_or_insert_with(|| y.to_string());
                }
                Some(p) => d.pages = Some(normalize_pages(p)),
                None => {}
            }
            true
        });
    }
    // The words the volume and number patterns need (taking text out joins no words).
    let lower = tail.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    let series_word = has(&["vol"]);
    let volume_word = has(&["vol", "bd.", "tome", "t.", "v.", "Т.", "т."]);
    let number_word = has(&["no", "num", "iss", "nr.", "heft", "n°", "№", "n."]);
    // ACM: "Venue 2, 5 (2021), e201": volume, number and the date in brackets, which
    // stays for the year, then the pages ("19, 88 (2019)" is volume and pages); or
    // Elsevier's volume alone before the date ("Venue, 36 (2010), pp. 629-639").
    if tail.contains('(') {
        take_volume_number(tail, d, &VOL_NUM_DATE);
        if d.volume.is_none()
            && let Some(v) = VOL_DATE_PAGES.captures(tail).and_then(|c| c.get(1))
        {
            d.volume = Some(v.as_str().to_string());
            tail.replace_range(v.range(), " ");
        }
    }
    if series_word
        && d.volume.is_none()
        && let Some(c) = NAMED_SERIES_VOLUME.captures(tail)
    {
        d.series = Some(c[1].to_string());
        d.volume = Some(c[2].to_string());
        let range = c.get(1).unwrap().start()..c.get(0).unwrap().end();
        tail.replace_range(range, "");
    }
    if series_word {
        take_all(tail, &SERIES_VOLUME, |c| {
            if d.volume.is_some() {
                return false;
            }
            d.volume = Some(c[1].to_string());
            d.series = Some(c[2].trim().to_string());
            true
        });
    }
    if volume_word {
        take_all(tail, &VOLUME, |c| {
            if d.volume.is_some() {
                return false;
            }
            d.volume = Some(c[1].to_string());
            true
        });
    }
    if number_word {
        take_all(tail, &NUMBER, |c| {
            if d.number.is_some() {
                return false;
            }
            let Some(n) = c.get(1).or(c.get(2)) else {
                return false;
            };
            d.number = Some(n.as_str().to_string());
            true
        });
    }
    if has(&["chap", "ch.", "kap."]) {
        take_all(tail, &CHAPTER, |c| {
            if d.chapter.is_some() {
                return false;
            }
            d.chapter = Some(c[1].to_string());
            true
        });
    }
    if d.pages.is_none() && tail.contains("Article ") {
        take_all(tail, &ARTICLE_PAGES, |c| {
            d.pages = Some(c[1].to_string());
            d.pagetotal = Some(c[2].to_string());
            true
        });
    }
    // A number right before "p", "pages" or "S." (case folding maps "ſ" to "s").
    if d.pages.is_none()
        && first_then(tail, char::is_numeric, |c| {
            matches!(c, 'p' | 'P' | 's' | 'S' | 'ſ')
        })
        && let Some(c) = PAGE_TOTAL.captures_iter(tail).find(|c| {
            c.get(2)
                .is_none_or(|n| n.len() == 4 && YEAR.is_match(n.as_str()))
        })
    {
        d.pages = Some(c[1].to_string());
        // The year after it stays.
        let end = c.get(2).map_or(c.get(0).unwrap().end(), |n| n.start());
        tail.replace_range(c.get(0).unwrap().start()..end, " ");
    }
    take_all(tail, &PAGES, |c| {
        if d.pages.is_some() {
            return false;
        }
        d.pages = Some(normalize_pages(&c[1]));
        true
    });
    // Cheap test first: a year, a space and a letter.
    let year_then_word = tail.as_bytes().windows(6).any(|w| {
        matches!(w[0], b'1' | b'2')
            && w[1..4].iter().all(u8::is_ascii_digit)
            && w[4] == b' '
            && w[5].is_ascii_alphabetic()
    });
    if year_then_word {
        take_all(tail, &YEAR_MONTH, |c| {
            if d.month.is_some() || d.year.as_deref().is_some_and(|y| y != &c[1]) {
                return false;
            }
            d.year = Some(c[1].to_string());
            d.month = Some(c[2].to_string());
            true
        });
    }
    other_months::take_other_language_date(tail, d);
    take_all(tail, &MONTH_DATE, |c| {
        if d.month.is_some() {
            return false;
        }
        // "May" as a word inside a title-like container is rare; require a year or a comma context.
        let m = c[1].to_string();
        if c.get(2).is_none() && m.eq_ignore_ascii_case("may") {
            return false;
        }
        // A season without a year names a meeting ("Summer School", "Spring Symposium").
        let lower = m.to_lowercase();
        let season = ["spring", "summer", "fall", "autumn", "winter"]
            .iter()
            .any(|s| lower.starts_with(s));
        if c.get(2).is_none() && season {
            return false;
        }
        d.month = Some(m);
        if let Some(y) = c.get(2) {
            d.year.get_or_insert_with(|| y.as_str().to_string());
        }
        true
    });
    if d.volume.is_none() && tail.contains(':') {
        take_all(tail, &VOL_PAGES, |c| {
            if d.volume.is_some() || d.pages.is_some() {
                return false;
            }
            // "2019:233-260" (AMA, books): a year before the pages, not a volume.
            let n = &c[1];
            let year = n.len() == 4 && (n.starts_with("19") || n.starts_with("20"));
            if year && d.year.as_deref().is_none_or(|y| y == n) {
                d.year = Some(n.to_string());
            } else {
                d.volume = Some(n.to_string());
            }
            d.pages = Some(normalize_pages(&c[2]));
            true
        });
    }
    // "SIAM J. Comput., 17 416-429" and "Society B39, 1-38": a volume right before
    // the page range, with no more than a space between (a comma after a series
    // letter), perhaps with its issue ("Ther. 2004 34 3 126-131"); a year there is the
    // venue's ("CVPR 2019 1-9").
    if d.volume.is_none()
        && d.pages.is_none()
        && tail.contains(DASHES)
        && let Some((range, volume, issue, pages)) =
            VOL_SPACE_PAGES.captures_iter(tail).find_map(|c| {
                let v = c.get(1).or(c.get(3))?;
                let year = v.len() == 4 && YEAR.is_match(v.as_str());
                (!year).then(|| {
                    let end = c.get(0).unwrap().end();
                    (
                        v.start()..end,
                        v.as_str().to_string(),
                        c.get(2).map(|i| i.as_str().to_string()),
                        normalize_pages(&c[4]),
                    )
                })
            })
    {
        d.volume = Some(volume);
        if d.number.is_none() {
            d.number = issue;
        }
        d.pages = Some(pages);
        tail.replace_range(range, " ");
    }
    // The year again in brackets, once it is known ("2019. Title. *Venue* 19, (2019), 88").
    if let Some(y) = &d.year {
        let again = format!("({y})");
        if tail.contains(&again) {
            *tail = tail.replace(&again, " ");
            collapse_empty_commas(tail);
        }
    }
    // The year: the last free-standing one, but not an original's year in square
    // brackets after it ("London: Penguin, 2004 [1921]"), which goes to the note.
    if d.year.is_none() {
        let mut last: Option<(std::ops::Range<usize>, String)> = None;
        let mut original = None;
        for c in YEAR.captures_iter(tail) {
            let r = c.get(1).unwrap().range();
            if last.as_ref().is_some_and(|(before, _)| {
                tail[before.end..r.start].trim() == "[" && tail[r.end..].starts_with(']')
            }) {
                original = Some(r);
            } else {
                last = Some((r, c[1].to_string()));
            }
        }
        // Taken out before the year, which stands before it, so the year's place holds.
        if let Some(r) = original.filter(|r| last.as_ref().is_some_and(|(l, _)| l.end < r.start)) {
            d.notes.push(tail[r.clone()].to_string());
            let open = tail[..r.start].rfind('[').unwrap_or(r.start);
            tail.replace_range(open..r.end + 1, " ");
        }
        // "(NeurIPS 2022)" with no other year: the year is the entry's, and the
        // brackets stay whole in the venue's name.
        let in_acronym = |r: &std::ops::Range<usize>| {
            tail[r.end..].starts_with(')')
                && tail[..r.start]
                    .rsplit_once('(')
                    .and_then(|(_, inside)| inside.strip_suffix(' '))
                    .is_some_and(is_acronym)
        };
        if let Some((_, y)) = last.as_ref().filter(|(r, _)| in_acronym(r)) {
            d.year = Some(y.clone());
        } else if let Some((r, y)) = last {
            d.year = Some(y);
            // "1974a"; "1974–1978", a work that came out over years, goes whole.
            let after = &tail[r.end..];
            let range_end = after
                .strip_prefix(['-', '–'])
                .map(|rest| {
                    rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len()
                })
                .filter(|&n| n == 2 || n == 4)
                .map(|n| r.end + after.chars().next().map_or(0, char::len_utf8) + n);
            let end = range_end.unwrap_or_else(|| {
                after
                    .chars()
                    .next()
                    .filter(|c| c.is_ascii_lowercase())
                    .map_or(r.end, |c| r.end + c.len_utf8())
            });
            tail.replace_range(r.start..end, " ");
            // "... 147 (2018)." leaves "( )", and "19, (2019), 88" leaves "19, , 88".
            *tail = EMPTY_BRACKETS.replace_all(tail, " ").into_owned();
            collapse_empty_commas(tail);
        }
    }
    if d.pages.is_none()
        && let Some(c) = VOL_NUM_TAIL.captures(tail)
        && d.volume.is_none()
        // "CVPR 2019, 1-9": the venue's year is no volume.
        && d.year.as_deref() != Some(&c[1])
    {
        d.volume = Some(c[1].to_string());
        let pages = c.get(2).or_else(|| c.get(3)).map_or("", |m| m.as_str());
        d.pages = Some(normalize_pages(pages));
        let r = c.get(1).unwrap().start()..c.get(0).unwrap().end();
        tail.replace_range(r, "");
    }
    if d.pages.is_none()
        && tail.contains(DASHES)
        && let Some(c) = RANGE_END.captures(tail)
        // "Writings, 1922–34": years after a word, where no issue number makes the
        // venue a journal's ("Technology, 10(12) 1952-1962" is pages).
        && !(is_year_range(&c[1])
            && d.number.is_none()
            && tail[..c.get(0).unwrap().start()].ends_with(char::is_alphabetic))
    {
        d.pages = Some(normalize_pages(&c[1]));
        let r = c.get(1).unwrap().range();
        tail.replace_range(r, " ");
    }
    if d.pages.is_none()
        && tail.contains(DASHES)
        && let Some(c) = RANGE_MID.captures(tail)
        && is_ascending_range(&c[2])
        && !is_year_range(&c[2])
    {
        d.pages = Some(normalize_pages(&c[2]));
        // A volume before them ("Journal, 17, 255–287. Retrieved from"), not a year.
        let volume = c
            .get(1)
            .filter(|v| d.volume.is_none() && !YEAR.is_match(v.as_str()));
        if let Some(v) = volume {
            d.volume = Some(v.as_str().to_string());
        }
        // The comma before them goes too, so that the full stop after them still ends
        // the venue's sentence; a year before them stays.
        let start = match c.get(1) {
            Some(_) if volume.is_none() => c.get(2).unwrap().start(),
            _ => c.get(0).unwrap().start(),
        };
        tail.replace_range(start..c.get(2).unwrap().end(), "");
    }
    if first_then(tail, |c| c.is_ascii_digit(), |c| c == '.') {
        take_volume_number(tail, d, &DOTTED_VOL);
    }
    *tail = tidy(tail);
}

/// Whether a bare range at the end of a venue is years, not pages: "Writings, 1922–34",
/// "Letters, 1861–1865" (a year from 1500 to 2039, then a later one, written whole or
/// by its last two digits).
pub(crate) fn is_year_range(range: &str) -> bool {
    let Some((a, b)) = range.split_once(['-', '–', '—']) else {
        return false;
    };
    let (a, b) = (a.trim(), b.trim_start_matches(['-', '–', '—']).trim());
    let Ok(start) = a.parse::<u32>() else {
        return false;
    };
    let end = match b.len() {
        2 => b.parse::<u32>().map(|e| start / 100 * 100 + e),
        4 => b.parse::<u32>(),
        _ => return false,
    };
    a.len() == 4 && (1500..2040).contains(&start) && end.is_ok_and(|e| e > start && e < 2040)
}

/// Whether a range of two numbers rises ("233–259", or "1021–66" with the end's first
/// digits left out); one with letters ("e12–e19", "S1–S9") counts as rising.
fn is_ascending_range(range: &str) -> bool {
    let Some((a, b)) = range.split_once(['-', '–', '—']) else {
        return false;
    };
    let (a, b) = (a.trim(), b.trim_start_matches(['-', '–', '—']).trim());
    let (Ok(start), Ok(_)) = (a.parse::<u64>(), b.parse::<u64>()) else {
        return true;
    };
    // "1021–66" ends at 1066.
    let end = match a.len().checked_sub(b.len()) {
        Some(cut) if cut > 0 => format!("{}{b}", &a[..cut]),
        _ => b.to_string(),
    };
    end.parse::<u64>().is_ok_and(|end| start < end)
}

/// The year of a text that is only a year from 1500 to 2099, maybe with a letter
/// ("2019b"), in brackets or spaces, and punctuation after it.
fn bare_year(text: &str) -> Option<&str> {
    let t = text.trim_start_matches([' ', '(', '[']);
    let t = t.trim_end_matches([' ', ')', ']', '.', ',', ';', ':']);
    let digits = t
        .strip_suffix(|c: char| c.is_ascii_lowercase())
        .unwrap_or(t);
    let b = digits.as_bytes();
    let year = b.len() == 4
        && b.iter().all(u8::is_ascii_digit)
        && (b[0] == b'1' && b[1] >= b'5' || b[0] == b'2' && b[1] == b'0');
    year.then_some(digits)
}

static EMPTY_COMMA: LazyLock<Regex> = LazyLock::new(|| re(r",(?:\s*,)+"));

/// ", ," and ", , ," (left where a field was taken out) become one comma.
fn collapse_empty_commas(tail: &mut String) {
    if !first_then(tail, |c| c == ',', |c| c == ',') {
        return;
    }
    if let Cow::Owned(t) = EMPTY_COMMA.replace_all(tail, ",") {
        *tail = t;
    }
}
/// Whether `s` names a known publisher.
pub fn is_publisher(s: &str) -> bool {
    let t = s.trim().trim_end_matches('.');
    if t.is_empty() {
        return false;
    }
    const FIRM_ENDS: [&str; 15] = [
        " Press",
        " Publishers",
        " Publishing",
        " Publications",
        " Verlag",
        "-Verlag",
        "verlag",
        "Verlagsbuchhandlung",
        " Inc",
        " Ltd",
        " Co",
        " & Sons",
        " and Sons",
        " Company",
        " Corporation",
    ];
    const FIRM_STARTS: [&str; 11] = [
        "Springer",
        "Elsevier",
        "Wiley",
        "Éditions ",
        "Editions ",
        "Presses ",
        "Edições ",
        "Ediciones ",
        "Editorial ",
        "Editora ",
        "Verlag ",
    ];
    PUBLISHERS.contains(&t.to_lowercase())
        || FIRM_ENDS.iter().any(|w| t.ends_with(w))
        || FIRM_STARTS.iter().any(|w| t.starts_with(w))
        || is_mla_university_press(t)
}

/// MLA's short forms of university presses: "Cambridge UP", "UP of Kansas", "U of
/// Chicago P".
fn is_mla_university_press(t: &str) -> bool {
    let capitalised = |s: &str| s.starts_with(|c: char| c.is_uppercase());
    t.strip_suffix(" UP").is_some_and(capitalised)
        || t.strip_prefix("UP of ").is_some_and(capitalised)
        || t.strip_prefix("U of ")
            .and_then(|r| r.strip_suffix(" P"))
            .is_some_and(capitalised)
}

/// Whether `s` starts with the name of a well-known publisher, as whole words
/// ("Prentice Hall PTR New Jersey", "Springer, Berlin").
pub fn starts_with_publisher(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().take(4).collect();
    (1..=words.len()).any(|n| {
        let head = words[..n].join(" ");
        PUBLISHERS.contains(&head.trim_end_matches([',', '.', ':', ';']).to_lowercase())
    })
}

/// Whether `s` is a note rather than a venue ("Supplement", "Oral", "To appear").
pub fn is_note(s: &str) -> bool {
    NOTE_WORDS.is_match(s.trim().trim_end_matches('.'))
}

#[cfg(test)]
mod tests;

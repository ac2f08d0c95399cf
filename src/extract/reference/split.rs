//! Where the title ends and the sentences after it: quotes, italics, sentence ends that
//! are not abbreviations, details written into the title.

use super::*;

/// Joins a subtitle to a title that ended at `?` or `!` when the next sentence is not a
/// venue but a later one is ("Are Syllables Enough? Probing Speech Models. arXiv, 2023").
pub(super) fn merge_title_question(title: &mut String, tail: &mut String) {
    if !title.ends_with(['?', '!']) {
        return;
    }
    // The whole tail is one sentence when no sentence end is in it.
    let end = sentence_end(tail).unwrap_or(tail.len());
    let next = tail[..end].trim();
    let rest = tail[end..].trim_start_matches(['.', ' ']);
    let venue_like = |s: &str| {
        let l = s.trim_start().to_lowercase();
        l.starts_with("in ")
            || l.starts_with("in:")
            || PROCEEDINGS.is_match(s)
            || JOURNAL.is_match(s)
            || l.contains("arxiv")
            || s.chars().any(|c| c.is_ascii_digit())
    };
    if !next.is_empty() && !rest.is_empty() && !venue_like(next) && venue_like(rest) {
        title.push(' ');
        title.push_str(next);
        *tail = rest.to_string();
        return;
    }
    // Nothing but the year after the subtitle ("Are Syllables Enough? Probing Speech
    // Models for Prosodic Structure, (2023)."), or nothing at all (the year stood
    // before the title): a long subtitle that is no venue.
    static YEAR_END: LazyLock<Regex> =
        LazyLock::new(|| re(r"[,.]?\s*\(?(?:19|20)\d\d[a-z]?\)?[.,]?\s*$"));
    if rest.is_empty() {
        let year_start = YEAR_END.find(next).map_or(next.len(), |y| y.start());
        let subtitle = next[..year_start].trim();
        if subtitle.split_whitespace().count() >= 5 && !venue_like(subtitle) {
            title.push(' ');
            title.push_str(subtitle);
            *tail = next[year_start..].to_string();
        }
    }
}

/// Splits the title from what follows. `abs` is the offset of `rest` in `rt.text`.
pub(super) fn split_title(rest: &str, rt: &RichText, abs: usize) -> (String, String) {
    let open_len = if rest.starts_with("``") {
        2
    } else {
        rest.chars().next().map_or(0, char::len_utf8)
    };
    if let Some(close) = quotes::closing_quote(rest, open_len) {
        let (title, end) = match quoted_title_goes_on(&rest[close.end..]) {
            // A title that opens with a quoted phrase keeps its quotes.
            Some(n) => (
                without_stray_close(rest[..close.end + n].trim_end_matches([',', '.', ' '])),
                close.end + n,
            ),
            None => (&rest[open_len..close.start], close.end),
        };
        let title = title.trim().trim_end_matches([',', '.']).to_string();
        return (title, rest[end..].to_string());
    }
    // An italic run at the start is the title (books, or APA titles).
    if let Some(r) = rt
        .italic
        .iter()
        .find(|r| r.start <= abs + 1 && r.end > abs + 3 && r.start + 2 >= abs)
    {
        let end = r.end.saturating_sub(abs).min(rest.len());
        if rest.is_char_boundary(end) && end > 0 {
            return (rest[..end].to_string(), rest[end..].to_string());
        }
    }
    // A title followed directly by an italic venue, with no sentence end between them
    // ("Breastfeeding and the infant gut *Annual Review of Nutrition* 38").
    let italic_after = rt
        .italic
        .iter()
        .filter(|r| r.start > abs + 3 && r.start < abs + rest.len())
        .map(|r| r.start - abs)
        .find(|&i| rest.is_char_boundary(i));
    // GOST and ISO 690 end the title with " // " before the container.
    if let Some(i) = rest.find(" // ")
        && sentence_end(rest).is_none_or(|e| i < e)
    {
        return (rest[..i].to_string(), rest[i + 4..].to_string());
    }
    // Only commas between the fields (APS, Copernicus): "Title, Venue 38, 147 (2018)."
    // The title is the first comma piece when what follows holds the numbers.
    let end = sentence_end(rest);
    // "Title, in: Book, edited by: ..." (Copernicus) and "Title., in A. Editor (eds)"
    // (Bristol): ", in:" and "., in" end the title.
    if let Some(i) = [", in: ", ", In: ", "., in ", "., In "]
        .iter()
        .filter_map(|lead| {
            rest.find(lead)
                .map(|i| if lead.starts_with('.') { i + 1 } else { i })
        })
        .min()
        && end.is_none_or(|e| i < e)
        && italic_after.is_none_or(|j| i < j)
    {
        return (rest[..i].to_string(), rest[i + 2..].to_string());
    }
    // The one sentence may have the year after it ("..., p. 198. 2005.").
    let only_year_after = |e: usize| {
        let after = rest[e..].trim_matches(['.', ' ', '(', ')']);
        after.is_empty() || after.len() == 4 && after.bytes().all(|b| b.is_ascii_digit())
    };
    if italic_after.is_none()
        && end.is_none_or(only_year_after)
        && let Some(c) = rest.find(", ")
        && rest[c + 2..].starts_with(|ch: char| ch.is_uppercase())
        && rest[c..].chars().filter(char::is_ascii_digit).count() >= 2
    {
        // "Title, with commas, Venue, 66, 1991, 27-42": the venue is the piece before
        // the first number that is not a year, and the title all before it.
        let c = venue_before_numbers(rest).unwrap_or(c);
        return (rest[..c].to_string(), rest[c + 2..].to_string());
    }
    match (end, italic_after) {
        (Some(i), Some(j)) if j < i => (rest[..j].to_string(), rest[j..].to_string()),
        (None, Some(j)) => (rest[..j].to_string(), rest[j..].to_string()),
        (Some(i), _) => (rest[..i].to_string(), rest[i..].to_string()),
        (None, None) => (rest.to_string(), String::new()),
    }
}

/// How far a quoted title goes on after its closing quote, when a colon or a dash joins
/// a subtitle to it ("“Behind the Store”: Montreal Families”, in", "\"Je voudrais\" -
/// Carnet de route. Publisher"): to a closing quote before the sentence's end, or to the
/// end. `None` when the quote ends the title.
fn quoted_title_goes_on(after: &str) -> Option<usize> {
    let joined = [":", " :", " - ", " – ", " — "]
        .iter()
        .find_map(|j| after.strip_prefix(j))?;
    let subtitle = joined.trim_start();
    if !subtitle.starts_with(|c: char| c.is_uppercase() || matches!(c, '“' | '"' | '«')) {
        return None;
    }
    let from = after.len() - subtitle.len();
    let end = sentence_end(subtitle).unwrap_or(subtitle.len());
    let quote = subtitle[..end]
        .char_indices()
        .find(|&(i, c)| i > 0 && matches!(c, '”' | '"' | '»'))
        .map(|(i, c)| i + c.len_utf8());
    Some(from + quote.unwrap_or(end))
}

/// `title` without a closing quote at its end that no opening quote matches
/// ("“Behind the Store”: Montreal Families”").
fn without_stray_close(title: &str) -> &str {
    let count = |c: char| title.chars().filter(|&x| x == c).count();
    let stray = match title.chars().next_back() {
        Some('”') => count('”') > count('“'),
        Some('»') => count('»') > count('«'),
        Some('"') => count('"') % 2 == 1,
        _ => false,
    };
    if stray {
        title[..title.len() - title.chars().next_back().map_or(0, char::len_utf8)].trim_end()
    } else {
        title
    }
}

/// In "Title, Venue, 66, 1991, 27-42", the index of the comma before the venue: the
/// piece before the first comma piece that starts with a number other than a year
/// (perhaps after "vol.", "no." or "p."), when
/// it is words in capitals and at least one piece comes before it.
fn venue_before_numbers(s: &str) -> Option<usize> {
    let commas: Vec<usize> = s.match_indices(", ").map(|(i, _)| i).collect();
    let piece = |k: usize| {
        let start = if k == 0 { 0 } else { commas[k - 1] + 2 };
        let end = commas.get(k).copied().unwrap_or(s.len());
        &s[start..end]
    };
    let is_year = |p: &str| {
        let p = p.trim_end_matches(['.', ')']);
        p.len() == 4 && (p.starts_with("19") || p.starts_with("20"))
    };
    // "37", or "vol. 37", "v.435", "no. 7", "n. 7039", "p. 198", "pp. 3-9".
    let numbered = |p: &str| {
        let p = p
            .split_once('.')
            .filter(|(label, _)| {
                matches!(
                    label.to_lowercase().as_str(),
                    "v" | "vol" | "n" | "no" | "p" | "pp"
                )
            })
            .map_or(p, |(_, number)| number.trim_start());
        p.starts_with(|c: char| c.is_ascii_digit()) && !is_year(p)
    };
    let k = (1..=commas.len()).find(|&k| numbered(piece(k)))?;
    let venue = piece(k - 1);
    (k >= 2
        && venue.starts_with(|c: char| c.is_uppercase())
        && !venue.chars().any(|c| c.is_ascii_digit()))
    .then(|| commas[k - 2])
}

/// The end of the first sentence of `s` (index of its closing punctuation, which stays in
/// the title for `?` and `!`), ignoring periods inside brackets.
pub fn sentence_end(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            '.' if depth <= 0 && is_boundary(s, i) && i > 0 => return Some(i),
            '?' | '!' if depth <= 0 && s[i + 1..].starts_with(' ') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// Like [`sentence_end`], but a period after a short capitalised word followed by another
/// abbreviation ("J. Acoust. Soc. Am.") does not end the sentence: venue names are full of them.
pub(super) fn venue_sentence_end(s: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = sentence_end(&s[from..]).map(|i| i + from) {
        let word = s[..i].rsplit([' ', '(']).next().unwrap_or("");
        let next = s[i + 1..].split_whitespace().next().unwrap_or("");
        let short_cap = (2..=6).contains(&word.chars().count())
            && word.starts_with(|c: char| c.is_uppercase())
            && word.chars().all(char::is_alphabetic);
        let next_abbrev = next.starts_with(|c: char| c.is_uppercase())
            && next.trim_end_matches([',', ';', ':']).ends_with('.')
            && next.len() <= 8;
        // "IEEE Trans. on Image Processing", "Acta Acust. united Ac.".
        let next_joins = matches!(next, "on" | "of" | "and" | "for" | "united" | "&");
        // The venue's last abbreviation, its stop trimmed with the text's end ("Proc.
        // Meet. Acoust").
        let rest = s[i + 1..].trim();
        let last_abbrev = rest == next
            && (2..=6).contains(&next.chars().count())
            && next.starts_with(|c: char| c.is_uppercase())
            && next.chars().all(char::is_alphabetic);
        let next_abbrev = next_abbrev || next_joins || last_abbrev;
        if s[i..].starts_with('.') && short_cap && next_abbrev {
            from = i + 1;
            continue;
        }
        return Some(i);
    }
    None
}

/// Splits `s` into sentences at boundaries outside brackets.
pub(super) fn split_sentences(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim();
    while !rest.is_empty() {
        match venue_sentence_end(rest) {
            Some(i) => {
                let piece = rest[..i].trim().trim_end_matches(['.', ',']).trim();
                if !piece.is_empty() {
                    out.push(piece.to_string());
                }
                rest = rest[i..].trim_start_matches(['.', ' ', ',']);
            }
            None => {
                let piece = rest.trim().trim_end_matches(['.', ',']).trim();
                if !piece.is_empty() {
                    out.push(piece.to_string());
                }
                break;
            }
        }
    }
    out
}

static TITLE_DETAILS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i),\s*(?:vol(?:ume)?\.?\s*\d|no\.\s*\d|issue\s*\d|pages?\s*\d|pp\.?\s*\d|(?:19|20)\d\d\b)",
    )
});
static TITLE_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\s*\(((?:invited|oral|spotlight|best|award|extended abstract|short|long|full)[^()]*)\)\s*$|\s*\[([^\[\]]*(?:dissertation|thesis|internet|preprint|online|dataset|software|computer program|abstract|editorial|letter)[^\[\]]*)\]\s*$|\s*:\s*((?:doctoral|ph\.?\s?d\.?|master'?s?)\s+(?:dissertation|thesis))\s*$",
    )
});

/// Moves details that ended up in the title ("Title, Volume 32, Issue1, ...") to the tail,
/// and a trailing "(Invited Paper)" to the note.
pub(super) fn split_title_details(title: &mut String, tail: &mut String, note: &mut String) {
    // "The Gulag Archipelago, 1918–1956: An Experiment": years the title spans, before
    // its subtitle, are the title's.
    let spanned_years = |m: &regex::Match| {
        let after = &title[m.end()..];
        after.starts_with(['-', '–'])
            && after[after.chars().next().map_or(0, char::len_utf8)..]
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .starts_with(':')
    };
    if let Some(m) = TITLE_DETAILS.find(title).filter(|m| !spanned_years(m)) {
        let moved = title[m.start()..]
            .trim_start_matches([',', ' '])
            .to_string();
        title.truncate(m.start());
        *tail = if tail.is_empty() {
            moved
        } else {
            format!("{moved}. {tail}")
        };
    }
    // APA's patent: "Title (U.S. Patent No. 10,987,654)". The designation goes to the
    // details, where the patent is read.
    if let Some(c) = TITLE_PARENS_END.captures(title)
        && c[1].to_ascii_lowercase().contains("patent")
        && c[1].bytes().any(|b| b.is_ascii_digit())
    {
        let designation = c[1].to_string();
        title.truncate(c.get(0).unwrap().start());
        *tail = if tail.is_empty() {
            designation
        } else {
            format!("{designation}. {tail}")
        };
    }
    if let Some(c) = TITLE_NOTE.captures(title)
        && let Some(n) = c.get(1).or(c.get(2)).or(c.get(3))
    {
        *note = n.as_str().to_string();
        let start = c.get(0).unwrap().start();
        title.truncate(start);
    }
}

static TITLE_PARENS_END: LazyLock<Regex> = LazyLock::new(|| re(r"\s*\(([^()]*)\)\s*$"));

/// The kind of a thesis in brackets after its title, with its school in APA's form:
/// "(Doctoral dissertation)", "(Unpublished master's thesis)", "[PhD Thesis]",
/// "[Doctoral dissertation, University of Edinburgh]".
const THESIS_BRACKET: &str = r"(?i)\s*[(\[]((?:unpublished\s+)?(?:doctoral|ph\.?\s?d\.?|master'?s?'?|m\.\s?a\.|m\.?\s?sc?\.|bachelor'?s?'?|diploma|habilitation)\s+(?:dissertation|thesis)[^()\[\]]*)[)\]]\.?";

/// [`THESIS_BRACKET`] at the end of a title.
static TITLE_THESIS: LazyLock<Regex> = LazyLock::new(|| re(&format!("{THESIS_BRACKET}$")));

/// [`THESIS_BRACKET`] where the details after a title start (after an italic title).
static LEADING_THESIS: LazyLock<Regex> = LazyLock::new(|| re(&format!("^{THESIS_BRACKET}")));

/// A thesis's kind and, when the brackets name it, its school.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct ThesisKind {
    /// "Doctoral dissertation".
    pub kind: String,
    /// "University of Edinburgh".
    pub school: Option<String>,
}

impl ThesisKind {
    fn from_brackets(inside: &str) -> ThesisKind {
        let (kind, school) = match inside.split_once(',') {
            Some((k, s)) => (k, Some(s.trim().to_string()).filter(|s| !s.is_empty())),
            None => (inside, None),
        };
        ThesisKind {
            kind: kind.trim().to_string(),
            school,
        }
    }
}

/// Takes the kind of a thesis in brackets off the end of `title` ("Title (Doctoral
/// dissertation)") and returns it, for the note and the entry type.
pub(super) fn take_title_thesis(title: &mut String) -> Option<ThesisKind> {
    let c = TITLE_THESIS.captures(title)?;
    let kind = ThesisKind::from_brackets(c.get(1).unwrap().as_str());
    let start = c.get(0).unwrap().start();
    title.truncate(start);
    Some(kind)
}

/// Takes the kind of a thesis in brackets off the start of `tail` ("[Doctoral
/// dissertation, University of Edinburgh]. Archive.").
pub(super) fn take_leading_thesis(tail: &mut String) -> Option<ThesisKind> {
    let c = LEADING_THESIS.captures(tail)?;
    let kind = ThesisKind::from_brackets(c.get(1).unwrap().as_str());
    let end = c.get(0).unwrap().end();
    *tail = tail[end..].trim_start_matches([' ', '.', ',']).to_string();
    Some(kind)
}

/// Takes an edition in brackets off the end of `title` ("Title (2nd ed.)", "Title (4th
/// rev. edn; 1st edn, 1907)") and returns it with what else the brackets held.
pub(super) fn take_title_edition(title: &mut String) -> Option<(String, Option<String>)> {
    let c = TITLE_PARENS_END.captures(title)?;
    let inside = c.get(1).unwrap().as_str();
    let (head, rest) = match inside.split_once([';', ',']) {
        Some((h, r)) => (h, Some(r.trim().to_string()).filter(|r| !r.is_empty())),
        None => (inside, None),
    };
    // APA's "(2nd edition ed.)": the word twice.
    let head = head.trim();
    let edition = fields::edition(head).or_else(|| fields::edition(head.strip_suffix(" ed.")?))?;
    let start = c.get(0).unwrap().start();
    title.truncate(start);
    Some((edition, rest))
}

/// Takes an edition out of `s`: all of it ("2nd edn"), a comma-separated piece
/// ("Addison-Wesley, Reading, MA, 2nd edition" leaves "Addison-Wesley, Reading, MA"),
/// or one that leads the imprint
/// ("2nd ed. Downers Grove, Ill: IVP Academic", "Rev. ed. London: Jonathan Cape"), and
/// returns it.
pub(super) fn take_edition_piece(s: &mut String) -> Option<String> {
    // The whole piece: "*Title*. 2nd edn. Place: Publisher." (Harvard).
    if let Some(edition) = fields::edition(s) {
        s.clear();
        return Some(edition);
    }
    let lead = s.match_indices(". ").take(3).find_map(|(i, _)| {
        let edition = fields::edition(&s[..=i])?;
        s[i + 2..]
            .starts_with(char::is_uppercase)
            .then_some((i, edition))
    });
    if let Some((i, edition)) = lead {
        *s = s[i + 2..].to_string();
        return Some(edition);
    }
    let parts: Vec<&str> = s.split(", ").collect();
    if parts.len() < 2 {
        return None;
    }
    let (i, edition) = parts
        .iter()
        .enumerate()
        .find_map(|(i, p)| Some((i, fields::edition(p)?)))?;
    let kept: Vec<&str> = parts
        .iter()
        .enumerate()
        .filter(|&(j, _)| j != i)
        .map(|(_, p)| *p)
        .collect();
    *s = kept.join(", ");
    Some(edition)
}

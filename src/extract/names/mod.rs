//! Author lists at the start of a reference: where they end, how the names are written
//! (family first, given first, Vancouver `Lin M`), and the marks after each name.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::inline::RichText;
use crate::model::{Author, Marks, Person};

/// Name particles (van, de, von...), one per line, sorted.
const PARTICLES: &str = include_str!("../data/particles.txt");

/// Abbreviations that end in a period without ending a sentence ("Proc.", "Natl."), sorted.
const ABBREVIATIONS: &str = include_str!("../data/abbreviations.txt");

/// Words that make a run of capitalised words a corporate author ("The Yorùbá Speech
/// Consortium", "ATLAS Collaboration"), lower case, one per line.
const CORPORATE_WORDS: &str = include_str!("../data/corporate.txt");

/// Symbols that mark an author (equal contribution, corresponding...), never part of a name.
pub const MARK_SYMBOLS: &[char] = &['*', '∗', '⁎', '†', '‡', '§', '¶', '#', '✝', '✉', '♯'];

/// An author list read from the start of a reference.
#[derive(Debug, Clone, Default)]
pub struct AuthorList {
    /// The authors; `marks.highlight` is set for bold names.
    pub authors: Vec<Author>,
    /// The mark symbols written after each author (parallel to `authors`).
    pub symbols: Vec<String>,
    /// Byte index in the text where the list ends.
    pub end: usize,
    /// Whether the list is a dash that repeats the previous entry's authors ("———.").
    pub repeats_previous: bool,
}

/// The lines of a word list, sorted for binary search.
fn sorted_lines(list: &'static str) -> Vec<&'static str> {
    let mut v: Vec<&str> = list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

static PARTICLE_LIST: LazyLock<Vec<&'static str>> = LazyLock::new(|| sorted_lines(PARTICLES));
static ABBREVIATION_LIST: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| sorted_lines(ABBREVIATIONS));
static CORPORATE_LIST: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| sorted_lines(CORPORATE_WORDS));

/// Whether `word` is a lower-case name particle.
pub fn is_particle(word: &str) -> bool {
    PARTICLE_LIST.binary_search(&word).is_ok()
}

static NAME_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\p{Lu}|[OD]'|Mc|Mac)[\p{L}\p{M}'’\-.]*$").unwrap());
static YEAR_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\(\s*(?:\d{4}|n\.\s?d\.|in press|forthcoming|under review|under revision|in review|in preparation|in prep\.|submitted|accepted|to appear)").unwrap()
});
/// A bare year after the names, with the title after it: "Moreno A 2019 Learning ..." (IOP).
static YEAR_BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s((?:1[5-9]|20)\d\d)[a-z]?[.,]?\s+[\p{Lu}\p{N}“\x22*]").unwrap()
});
static YEAR_AFTER_NAMES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",\s*(?:1[5-9]|20)\d\d[a-z]?\s*[:.](?:\s|$)").unwrap());
/// A year right after a name: ", 1995", " (1995)", ". 1995.".
static YEAR_NEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[.,]?\s*\(?(?:1[5-9]|20)\d\d[a-z]?\b").unwrap());
static OTHERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:et\.?\s*al\.?|\.\.\.|…|others|and others|u\.\s?a\.)$").unwrap()
});

/// Whether `tok` is written as initials: "R.", "C.Y.", "J.-P.", "Th.", or "JP" (Vancouver).
///
/// Three forms: a capital, perhaps one small letter, and a period, then more capitals,
/// each perhaps after a hyphen and before a period ("C.Y.", "Th.", "J.-P.", "A.B"); two
/// capitals joined by a hyphen ("J-P", "J.-P."); or one to three capitals and perhaps a
/// period ("JP", "ABC."). Read by hand: it runs on every word of every author list.
pub fn is_initials(tok: &str) -> bool {
    /// What follows the capital `s` starts with.
    fn capital(s: &str) -> Option<&str> {
        let mut cs = s.chars();
        cs.next().filter(|c| c.is_uppercase()).map(|_| cs.as_str())
    }
    /// `s` without the period it may start with.
    fn period(s: &str) -> &str {
        s.strip_prefix('.').unwrap_or(s)
    }
    let Some(rest) = capital(tok) else {
        return false;
    };
    // One to three capitals, then perhaps a period.
    let mut caps = rest;
    for _ in 0..2 {
        caps = capital(caps).unwrap_or(caps);
    }
    if period(caps).is_empty() {
        return true;
    }
    // Two capitals joined by a hyphen.
    if let Some(after) = period(rest).strip_prefix('-')
        && capital(after).is_some_and(|end| period(end).is_empty())
    {
        return true;
    }
    // A capital, perhaps a small letter, a period, then capitals.
    let mut cs = rest.chars();
    let rest = match cs.next() {
        Some(c) if c.is_lowercase() => cs.as_str(),
        _ => rest,
    };
    let Some(mut rest) = rest.strip_prefix('.') else {
        return false;
    };
    while !rest.is_empty() {
        match capital(rest.strip_prefix('-').unwrap_or(rest)) {
            Some(after) => rest = period(after),
            None => return false,
        }
    }
    true
}

/// Whether `tok` is a particle written with a capital ("Van", "De", "Di"), one of two
/// letters or more. Particles are ASCII: the word is lower-cased on the stack.
pub(super) fn is_capitalised_particle(tok: &str) -> bool {
    let b = tok.as_bytes();
    let mut lower = [0u8; 12];
    if !(2..=lower.len()).contains(&b.len())
        || !b[0].is_ascii_uppercase()
        || !b[1..].iter().all(u8::is_ascii_lowercase)
    {
        return false;
    }
    lower[..b.len()].copy_from_slice(b);
    lower[0] = lower[0].to_ascii_lowercase();
    std::str::from_utf8(&lower[..b.len()]).is_ok_and(is_particle)
}

fn is_name_word(tok: &str) -> bool {
    (NAME_WORD.is_match(tok) && tok.chars().count() <= 30 && !tok.ends_with(".."))
        || is_particle(tok)
}

fn is_suffix(tok: &str) -> bool {
    matches!(
        tok.trim_end_matches(','),
        "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV"
    )
}

/// Whether the period at byte `i` of `text` ends a sentence (and so possibly the author list).
pub fn is_boundary(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    if bytes.get(i) != Some(&b'.') {
        return false;
    }
    if !matches!(bytes.get(i + 1), Some(b' ') | None) {
        return false;
    }
    let before = &text[..i];
    let word = before.rsplit([' ', ',', ';', '(']).next().unwrap_or("");
    let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if word.is_empty() {
        // "*." after a mark, or "). " after a parenthesis.
        return before.ends_with(MARK_SYMBOLS)
            || before.ends_with(')')
            || before.ends_with(['"', '”', '\'']);
    }
    // "R.I.P." and "U.S.": dotted acronyms do not end a sentence.
    if word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
    {
        return false;
    }
    if is_initials(word)
        && word.chars().filter(|c| c.is_alphabetic()).count() <= 2
        && word.chars().next().is_some_and(char::is_uppercase)
    {
        return false;
    }
    // "5th." after an abbreviation and "Post-Conf." inside a meeting's name ("Proc.
    // 5th. BCS-FACS Workshop"), but not a date's day ("Prague 15th. Prague: ...").
    let after_abbreviation = before[..before.len() - word.len()]
        .trim_end()
        .ends_with('.');
    let ordinal = after_abbreviation
        && word.strip_suffix(['h', 'd', 't']).is_some_and(|w| {
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit())
                && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th")
        });
    let last_part = word.rsplit('-').next().unwrap_or(word);
    !ordinal
        && ABBREVIATION_LIST.binary_search(&word).is_err()
        && ABBREVIATION_LIST.binary_search(&last_part).is_err()
}

/// Reads the author list at the start of `rt.text`, up to at most `limit`.
pub fn parse_authors(rt: &RichText, limit: usize) -> AuthorList {
    let text = &rt.text[..limit.min(rt.text.len())];
    if let Some(end) = repeated_authors_len(text) {
        return AuthorList {
            end,
            repeats_previous: true,
            ..AuthorList::default()
        };
    }
    let region_end = author_region_end(rt, limit);
    let chunks = chunks(rt, &text[..region_end]);
    assemble(rt, &chunks, region_end)
}

/// [`parse_authors`] up to `limit`, taking `known` when it ends there (give or take
/// spaces and punctuation): two readers that agree on where the names end read the same
/// names. `known` is taken too when it ends a word or two after `limit`: a limit inside
/// the last name ("P. Natarajan and S" before "Ødegaard") cuts that name.
pub fn parse_authors_reusing(rt: &RichText, limit: usize, known: &AuthorList) -> AuthorList {
    let (a, b) = (limit.min(known.end), limit.max(known.end));
    let cut_name =
        |gap: &str| known.end > limit && gap.len() <= 40 && gap.split_whitespace().count() <= 2;
    if !known.repeats_previous
        && b <= rt.text.len()
        && rt
            .text
            .get(a..b)
            .is_some_and(|gap| !gap.chars().any(char::is_alphanumeric) || cut_name(gap))
    {
        return known.clone();
    }
    parse_authors(rt, limit)
}

/// Where the names at the start of `rt.text` (up to `limit`) end at the latest: at the
/// end of the first sentence that is no name, of the bold names, or where an italic
/// venue starts.
fn author_region_end(rt: &RichText, limit: usize) -> usize {
    let text = &rt.text[..limit.min(rt.text.len())];
    region_end(text)
        .min(bold_names_end(rt, text))
        .min(italic_venue_start(rt, text))
}

/// The words that mark editors in brackets: "(Eds.)", "(Hrsg.)", "(Orgs.)", "(dir.)",
/// "(sous la dir.)", "(a cura di)", "(red.)".
pub const EDITOR_WORDS: &str = r"eds?|editors?|hrsg|hg|dir|sous la dir(?:\.|ection)?(?: de)?|a cura di|red|coords?|orgs?|comps?|compilador(?:es)?";
/// The mark of editors written in the author's place: "(Ed.)", "(Eds.)", "(Hrsg.)",
/// "(dir.)", ", eds.", ", editors", ", ed.". A bare ", Ed." is not one: Ed is a given
/// name too.
static EDITOR_MARK_PATTERN: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"(?i)\s*[,.]?\s*\(\s*(?:{EDITOR_WORDS})\.?\s*\)\.?|,\s*(?:eds\.|editors?\b\.?)|(?-i:,\s*ed\.)"
    )
});
static EDITOR_MARK: LazyLock<Regex> = LazyLock::new(|| Regex::new(&EDITOR_MARK_PATTERN).unwrap());
static EDITOR_MARK_AT_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^\s*(?:{})", *EDITOR_MARK_PATTERN)).unwrap());

/// The length of the editor mark ([`EDITOR_MARK`]) that `rest` starts with, if any.
pub fn editor_mark_len(rest: &str) -> Option<usize> {
    EDITOR_MARK_AT_START.find(rest).map(|m| m.end())
}

fn assemble(rt: &RichText, chunks: &[Chunk], region_end: usize) -> AuthorList {
    // "Stewart III, Charles", "Baes Jr., C. F.": a suffix after the first family name,
    // before its given names, is set aside so that the name reads as family first.
    let mut owned;
    let mut first_suffix = None;
    let chunks = match chunks.first().map(|c| c.text.rsplit_once(' ')) {
        Some(Some((family, suffix)))
            if chunks.len() >= 2 && is_suffix(suffix) && !is_initials(family) =>
        {
            owned = chunks.to_vec();
            owned[0].text = family.to_string();
            first_suffix = Some(suffix.trim_end_matches(',').to_string());
            &owned[..]
        }
        _ => chunks,
    };
    let mut list = assemble_names(rt, chunks, region_end);
    if let Some(suffix) = first_suffix
        && let Some(first) = list.authors.first_mut()
        && first.name.suffix.is_empty()
    {
        first.name.suffix = suffix;
    }
    list
}

fn assemble_names(rt: &RichText, chunks: &[Chunk], region_end: usize) -> AuthorList {
    let mut list = AuthorList::default();
    let kinds: Vec<Kind> = chunks.iter().map(|c| kind(&c.text)).collect();
    let tok_count = |i: usize| {
        chunks
            .get(i)
            .map_or(0, |c| c.text.split_whitespace().count())
    };
    let has_initial = |i: usize| {
        chunks
            .get(i)
            .is_some_and(|c| c.text.split_whitespace().any(is_initials))
    };
    let initials_start = |i: usize| {
        chunks.get(i).is_some_and(|c| {
            c.text
                .split_whitespace()
                .next()
                .is_some_and(|t| is_initials(t) && t.contains('.'))
        })
    };
    // "van der Hulst" is one family word after its particles.
    let family_word_count = |i: usize| {
        chunks.get(i).map_or(0, |c| {
            let caps = is_all_caps(&c.text);
            let toks: Vec<&str> = c.text.split_whitespace().collect();
            // A family name may open with a capitalised particle too ("Van Dyke, Henry",
            // "Di Michele, Andrea").
            let particles = toks
                .iter()
                .take_while(|t| is_family_particle(t, caps) || is_capitalised_particle(t))
                .count();
            toks.len() - particles.min(toks.len().saturating_sub(1))
        })
    };
    // Whether chunk `i` is followed by `s` in the text.
    let followed_by = |i: usize, s: &str| {
        chunks
            .get(i)
            .and_then(|c| rt.text.get(c.range.end..))
            .is_some_and(|t| t.starts_with(s))
    };
    // Family names first, initials after, no comma between: "Lin M" (Vancouver) or
    // "Nakamura Y., Ferreira A. C." (GOST, ISO 690).
    let vancouver = chunks.first().is_some_and(|c| {
        let toks: Vec<&str> = c.text.split_whitespace().collect();
        let family = if is_caps_family_then_initials(&toks) {
            1
        } else {
            toks.iter().take_while(|t| !is_initials(t)).count()
        };
        family >= 1
            && family < toks.len()
            // "Polish Rowing Team to visit WFU" is no family name and initials.
            && toks[..family].iter().all(|t| is_name_word(t))
            && (toks[family..].iter().all(|t| is_initials(t))
                // One author and the title in one chunk: "Moreno A. Learning ...".
                || chunks.len() == 1
                    && toks[family].contains('.')
                    && toks[family..].iter().skip_while(|t| is_initials(t)).count() >= 2)
            && (!toks[toks.len() - 1].contains('.')
                || chunks.len() == 1
                // "Belsole E. et al.".
                || chunks.len() == 2 && kinds[1] == Kind::Others
                || {
                // With dotted initials, the next name must look the same ("Osei P.").
                let next: Vec<&str> = chunks[1]
                    .text
                    .split_whitespace()
                    .skip_while(|t| is_particle(t))
                    .collect();
                next.len() >= 2 && !is_initials(next[0]) && is_initials(next[1])
            })
    });
    // "R. Drach, M. Keating" after the first name: a list written given names first,
    // whatever the first name looks like ("Wei Tony Lin, R. Brandt, M. Kessler").
    let initials_then_word = |i: usize| {
        chunks.get(i).is_some_and(|c| {
            let toks: Vec<&str> = c.text.split_whitespace().collect();
            (2..=4).contains(&toks.len())
                && is_initials(toks[0])
                && toks[0].contains('.')
                && !is_initials(toks[toks.len() - 1])
        })
    };
    let given_first_list = initials_then_word(1) && initials_then_word(2);
    let inverted = !vancouver
        && !given_first_list
        && chunks.len() >= 2
        // A name after "and" is a name of its own, not the given names of the first.
        && !chunks[1].after_and
        && kinds[0] == Kind::Words
        && (!has_initial(0) || family_word_count(0) == 1 && tok_count(0) > 1)
        && tok_count(0) <= 3
        && (kinds[1] == Kind::Initials
            || initials_start(1)
            || (family_word_count(0) == 1
                && matches!(kinds[1], Kind::Words)
                && tok_count(1) <= 3
                && !chunks[1].after_and)
            // "Mello Franco, Sergio." and "Mello Franco, Sergio, and Ana Lima": a
            // one-word name that ends the list or comes before "and" is the given name
            // of the name before it; given names first, it would be a person alone.
            || (matches!(kinds[1], Kind::Words)
                && tok_count(1) == 1
                && (chunks.len() == 2 && followed_by(1, ".")
                    || followed_by(1, ", ")
                        && chunks.get(2).is_some_and(|c| {
                            c.after_and
                                && tok_count(2) >= 2
                                && c.text.split_whitespace().all(is_name_word)
                        }))));
    // Some name starts with a single bare initial ("K Halvorsen"): the list writes
    // initials without periods before the family name.
    let bare_initials_list = chunks.iter().any(|c| {
        let toks: Vec<&str> = c.text.split_whitespace().collect();
        toks.len() >= 2
            && toks[0].chars().count() == 1
            && toks[0].chars().all(char::is_uppercase)
            && !is_initials(toks[toks.len() - 1])
    });
    // Whether "and" or "et al." comes after chunk `i`.
    let and_follows = |i: usize| {
        chunks[i + 1..]
            .iter()
            .zip(&kinds[i + 1..])
            .any(|(n, k)| n.after_and || *k == Kind::Others)
    };
    // Whether a full stop, a colon, a bracket ("(2001)", "(Hg.)") or the year follows
    // chunk `c`.
    let ends_list = |c: &Chunk| {
        let after = rt.text.get(c.range.end..).unwrap_or_default();
        after.starts_with(['.', ':']) || after.starts_with(" (") || YEAR_NEXT.is_match(after)
    };
    // Whether the "Family, Given" pairs from chunk `i` on end the list: the last of
    // them (or a body after them) [ends it](ends_list), one of them is bold, or "and"
    // or "et al." comes later.
    let pairs_end_list = |mut i: usize| {
        if and_follows(i) {
            return true;
        }
        let name_pair = |j: usize| {
            chunks.get(j + 1).is_some_and(|_| {
                chunks[j..j + 2]
                    .iter()
                    .all(|c| c.text.split_whitespace().all(is_name_word))
            })
        };
        while name_pair(i) {
            // The owner's name in bold is a name.
            if rt.is_bold(&chunks[i].range) || ends_list(&chunks[i + 1]) {
                return true;
            }
            // "..., Moreno, Ada, The Yorùbá Speech Consortium.": a body last.
            if let Some(body) = chunks.get(i + 2).filter(|c| is_corporate(&c.text)) {
                return ends_list(body);
            }
            i += 2;
        }
        false
    };
    let mut i = 0;
    let mut end = 0;
    while i < chunks.len() {
        let c = &chunks[i];
        let push = |list: &mut AuthorList, p: Person, range: Range<usize>, symbols: String| {
            let highlight = rt.is_bold(&range);
            list.authors.push(Author {
                name: p,
                marks: Marks {
                    highlight,
                    ..Marks::default()
                },
            });
            list.symbols.push(symbols);
        };
        // "W. E. Ostrom, Jr., P. T. Lund": a suffix of its own belongs to the name
        // before it.
        if is_suffix(c.text.trim())
            && let Some(last) = list.authors.last_mut()
            && last.name.suffix.is_empty()
        {
            last.name.suffix = c.text.trim().trim_end_matches(',').to_string();
            end = c.range.end;
            i += 1;
            continue;
        }
        // A corporate author inside a list of persons: "..., and The Yorùbá Speech
        // Consortium"; or alone, ended by a full stop or the year ("U.S. Board of
        // Governors of the Federal Reserve System. Title").
        if (i > 0 || chunks.len() == 1 && ends_list(c)) && is_corporate(&c.text) {
            let family = c.text.trim_end_matches('.').to_string();
            push(
                &mut list,
                Person::new("", family),
                c.range.clone(),
                c.symbols.clone(),
            );
            end = c.range.end;
            i += 1;
            continue;
        }
        if kinds[i] == Kind::Others {
            push(
                &mut list,
                Person::others(),
                c.range.clone(),
                c.symbols.clone(),
            );
            end = c.range.end;
            i += 1;
            continue;
        }
        if inverted {
            // "Zhao Y." inside a family-first list.
            if let Some((p, _)) = person_family_first(&c.text).filter(|(_, n)| *n == tok_count(i))
                && kinds[i] != Kind::Invalid
                && !(i + 1 < chunks.len() && kinds[i + 1] == Kind::Initials)
            {
                push(&mut list, p, c.range.clone(), c.symbols.clone());
                end = c.range.end;
                i += 1;
                continue;
            }
            // Chicago and MLA: after the first name, names are written given names first
            // ("Nakamura, Y., A. C. Ferreira, and P. Osei"; "Zhang, Wei, Olusegun Adeyemi,
            // Ada Moreno"; "Lin, Ming, and Jieping Ye"). A family name never starts with
            // initials, and a pair's family part is not followed by another multi-word name.
            let toks: Vec<&str> = c.text.split_whitespace().collect();
            // "AC Ferreira" in a list whose first name is "Halvorsen, K" or "Ferreira, AC":
            // initials without periods before the family name, not a family name in
            // capitals ("LIN Ming").
            let bare_initials_first = kinds.get(1) == Some(&Kind::Initials)
                && !chunks[1].text.contains('.')
                && toks.len() >= 2
                && is_initials(toks[0])
                && !toks[0].contains('.')
                && !is_initials(toks[toks.len() - 1]);
            let middle = i >= 2 && !c.after_and && {
                let initials_then_word = toks.len() >= 2
                    && is_initials(toks[0])
                    && (toks[0].contains('.') || bare_initials_first)
                    && !is_initials(toks[toks.len() - 1]);
                let next_full_name = chunks.get(i + 1).is_none_or(|n| {
                    n.after_and
                        || n.text.split_whitespace().count() >= 2
                            && !n.text.split_whitespace().next().is_some_and(is_initials)
                });
                // "Ada Moreno", "Louise C. Paquette": no initials first or last. Such a
                // list ends with "and" or "et al." ("Lin, Ming, Ada Moreno, and Jieping
                // Ye"); without them, full words after the first name are its title
                // ("Beetz, Manfred, Höfische Kunst. Stuttgart"), unless the year follows
                // them ("Lin, Ming, Ada Moreno, 1995, Title").
                let list_goes_on = and_follows(i)
                    || rt
                        .text
                        .get(c.range.end..)
                        .is_some_and(|t| YEAR_NEXT.is_match(t));
                let words = toks.len() >= 2
                    && !is_initials(toks[0])
                    && !is_initials(toks[toks.len() - 1])
                    && !toks.iter().all(|t| is_particle(t))
                    && next_full_name
                    && list_goes_on;
                initials_then_word || words
            };
            // The last name after "and", but not "Smith J" (a family name first).
            let last = c.after_and
                && toks.len() >= 2
                && i + 1 == chunks.len()
                && !has_initial(i + 1)
                && (!is_initials(toks[toks.len() - 1]) || is_initials(toks[0]));
            // "and AC Ferreira" after "Halvorsen, K.": capitals that are initials start
            // the name; they are no family name in capitals ("LIN Ming").
            let person = if bare_initials_first {
                person_bare_initials_first(&c.text).or_else(|| person_given_first(&c.text))
            } else {
                person_given_first(&c.text)
                    .filter(|p| !is_initials(&p.family))
                    .or_else(|| person_bare_initials_first(&c.text))
            };
            if kinds[i] == Kind::Words
                && (middle || last)
                && let Some(p) = person
                && !is_initials(&p.family)
            {
                push(&mut list, p, c.range.clone(), c.symbols.clone());
                end = c.range.end;
                i += 1;
                continue;
            }
            if kinds[i] != Kind::Words || tok_count(i) > 4 || i + 1 >= chunks.len() {
                break;
            }
            let g = &chunks[i + 1];
            let toks: Vec<&str> = g.text.split_whitespace().collect();
            // Given names never follow "and": "Pelléas et Mélisande" is no "Family, Given"
            // (initials there are a slip: "Wiebauer, and K.").
            if g.after_and && !toks.first().is_some_and(|t| is_initials(t)) {
                break;
            }
            // A later "Family, Given" pair written in full words is a name when the first
            // name is written the same way and the pairs end the list ("Lin, Ming, Ye,
            // Jieping. Title"); otherwise it is the title and a place ("Narboux, Anne,
            // L'illusion, Paris, Flammarion") or a title after initials ("Watson, F.B.,
            // Paul, ...").
            let full_given = !toks.first().is_some_and(|t| is_initials(t));
            // Semicolons and slashes between names leave no doubt ("Lin, M.; Ye, Jieping",
            // "Lin, Ming/Ye, Jieping").
            let after_semicolon = rt.text[..c.range.start].trim_end().ends_with([';', '/']);
            if i >= 2
                && full_given
                && !c.after_and
                && !after_semicolon
                && (list
                    .authors
                    .first()
                    .is_some_and(|a| a.name.given.split_whitespace().all(is_initials))
                    || !pairs_end_list(i))
            {
                break;
            }
            let mut take = toks.len();
            if toks.first().is_some_and(|t| is_initials(t)) {
                take = toks
                    .iter()
                    .take_while(|t| is_initials(t) || is_suffix(t))
                    .count();
                // "Moreau, E. A CRISPR screen": after a dotted initial, a bare capital
                // with words after it opens the title.
                if let Some(bare) = (1..take).find(|&k| {
                    toks[k - 1].ends_with('.') && !toks[k].contains('.') && k + 1 < toks.len()
                }) {
                    take = bare;
                }
                // "Mason, R. Hal and John C. McKelvey": a middle name after the initial,
                // when a whole name follows "and".
                let next_is_name = chunks.get(i + 2).is_some_and(|n| {
                    let words: Vec<&str> = n.text.split_whitespace().collect();
                    n.after_and
                        && words.len() >= 2
                        && words.iter().all(|w| is_name_word(w) || is_initials(w))
                });
                if take + 1 == toks.len() && is_name_word(toks[take]) && next_is_name {
                    take += 1;
                }
            } else if !toks.iter().all(|t| is_name_word(t) || is_initials(t)) || toks.len() > 4 {
                break;
            }
            if take == 0 {
                break;
            }
            let (prefix, family) = family_with_particles(&c.text);
            let p = Person {
                given: toks[..take].join(" "),
                prefix,
                family,
                suffix: String::new(),
            };
            let given_end = if take < toks.len() {
                token_start(rt, g, take)
            } else {
                g.range.end
            };
            push(
                &mut list,
                p,
                c.range.start..given_end,
                format!("{}{}", c.symbols, g.symbols),
            );
            end = given_end;
            if take < toks.len() {
                list.end = end;
                return list;
            }
            i += 2;
            continue;
        }
        if vancouver {
            match person_family_first(&c.text) {
                Some((mut p, n)) => {
                    // "Lin M." ending the list: the full stop ends the sentence, unless
                    // the names before have their initials dotted too ("Haddad R.,
                    // Nguyen T."); before a comma it is the initial's.
                    let last = n < tok_count(i) || i + 1 == chunks.len();
                    let dotted = chunks[..i].iter().any(|c| c.text.trim_end().ends_with('.'));
                    if last
                        && !dotted
                        && !(n == tok_count(i) && followed_by(i, ","))
                        && p.given.matches('.').count() == 1
                        && p.given.ends_with('.')
                    {
                        p.given.pop();
                    }
                    let e = if n < tok_count(i) {
                        token_start(rt, c, n)
                    } else {
                        c.range.end
                    };
                    push(&mut list, p, c.range.start..e, c.symbols.clone());
                    end = e;
                    if n < tok_count(i) {
                        break;
                    }
                    i += 1;
                    continue;
                }
                None => break,
            }
        }
        if kinds[i] != Kind::Words || tok_count(i) > 5 || tok_count(i) < 2 {
            break;
        }
        // Names of one list are written alike: after names with initials ("A. Moreno,
        // T. Villanueva"), three or more full words are the title ("Tone Sandhi Across
        // Sixty Languages").
        let initials_so_far = list.authors.len() >= 2
            && list.authors.iter().all(|a| {
                a.name.is_others()
                    || !a.name.given.is_empty() && a.name.given.split_whitespace().all(is_initials)
            });
        if initials_so_far && tok_count(i) >= 3 && !has_initial(i) {
            break;
        }
        // "AC Ferreira" beside "K Halvorsen" (ACM): initials without periods, not a
        // family name in capitals ("LIN Ming").
        let person = if bare_initials_list {
            person_bare_initials_first(&c.text).or_else(|| person_given_first(&c.text))
        } else {
            person_given_first(&c.text)
        };
        match person {
            Some(p)
                if !is_initials(&p.family)
                    || p.family.chars().count() > 1 && !p.family.contains('.') =>
            {
                push(&mut list, p, c.range.clone(), c.symbols.clone());
                end = c.range.end;
                i += 1;
            }
            _ => break,
        }
    }
    // Marks and a closing period right after the last name belong to the list.
    if !list.authors.is_empty() && end < region_end {
        let rest = &rt.text[end..region_end];
        if rest
            .trim()
            .chars()
            .all(|c| MARK_SYMBOLS.contains(&c) || c == '.' || c == ',' || c == ' ' || c == ':')
        {
            let extra: String = rest.chars().filter(|c| MARK_SYMBOLS.contains(c)).collect();
            if let Some(s) = list.symbols.last_mut() {
                s.push_str(&extra);
            }
            end = region_end;
        }
    }
    list.end = end;
    list
}

mod chunks;
mod person;
mod region;

use chunks::*;
use person::*;
pub use region::repeated_authors_len;
use region::*;

#[cfg(test)]
mod tests;

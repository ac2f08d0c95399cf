//! One name in its written forms: given names first, family name first with initials,
//! particles ("van der", "VAN DER"), and what kind of text a comma-separated chunk is.

use super::*;

/// What a comma-separated chunk of an author list holds.
#[derive(Debug, PartialEq)]
pub(super) enum Kind {
    /// "et al.", "...", "others".
    Others,
    /// Initials only: "R.", "J.-P.".
    Initials,
    /// Name words (and maybe initials): "Lin", "Wayne C. Drevets".
    Words,
    /// Anything else: the list has ended.
    Invalid,
}

/// The kind of chunk `text` is.
pub(super) fn kind(text: &str) -> Kind {
    let t = text.trim_end_matches('.').trim();
    // Cheap test first: every form of "et al." and "others" starts with one of these.
    let may_be_others = |s: &str| {
        s.starts_with(['e', 'E', 'o', 'O', 'a', 'A', 'u', 'U', '.', '…']) && OTHERS.is_match(s)
    };
    if may_be_others(text.trim()) || may_be_others(t) || t.is_empty() && text.contains("...") {
        return Kind::Others;
    }
    let toks: Vec<&str> = text.split_whitespace().collect();
    if toks.is_empty() {
        return Kind::Invalid;
    }
    // An article that is never a name opens a title ("Ingrid Halvorsen, The Winter
    // Harbour"). "A", "An", "Le" and "La" are initials or family names too.
    if toks.len() >= 2 && matches!(toks[0], "The" | "Der" | "Die" | "Das" | "Les") {
        return Kind::Invalid;
    }
    if toks.iter().all(|t| is_initials(t))
        && toks.iter().any(|t| t.contains('.'))
        && !is_caps_family_then_initials(&toks)
        || toks.len() == 1 && is_initials(toks[0]) && toks[0].len() <= 2
    {
        return Kind::Initials;
    }
    if toks.len() <= 6
        && toks
            .iter()
            .all(|t| is_name_word(t) || is_initials(t) || is_suffix(t))
    {
        return Kind::Words;
    }
    Kind::Invalid
}

/// Whether `toks` are a short family name in capitals and dotted initials after it
/// ("LEE B.", "WU J.-P."), which read as initials alone.
pub(super) fn is_caps_family_then_initials(toks: &[&str]) -> bool {
    toks.len() >= 2
        && toks[0].chars().count() >= 2
        && toks[0].chars().all(char::is_uppercase)
        && toks[1..].iter().all(|t| t.contains('.') && is_initials(t))
}

/// A name written given names first ("Alexander G. Hauptmann", "Gerard de Melo", "LIN Ming").
pub(super) fn person_given_first(text: &str) -> Option<Person> {
    let mut toks: Vec<&str> = text.split_whitespace().collect();
    let mut suffix = String::new();
    if toks.len() > 1 && is_suffix(toks[toks.len() - 1]) {
        suffix = toks.pop()?.trim_end_matches(',').to_string();
    }
    if toks.is_empty() {
        return None;
    }
    // "LIN Ming": a family name in capitals written first.
    let caps = |t: &str| t.chars().count() >= 2 && t.chars().all(|c| c.is_uppercase() || c == '-');
    if toks.len() >= 2 && caps(toks[0]) && toks[1..].iter().all(|t| !caps(t) && !is_initials(t)) {
        return Some(Person {
            family: toks[0].to_string(),
            given: toks[1..].join(" "),
            suffix,
            ..Person::default()
        });
    }
    let last = toks.len() - 1;
    let mut first_family = last;
    while first_family > 0 && is_particle(toks[first_family - 1]) {
        first_family -= 1;
    }
    if first_family > 0 && toks[..first_family].iter().all(|t| is_particle(t)) {
        first_family = toks.len() - 1;
    }
    // "Jonathan Woon." before the year: the sentence's period is not the name's.
    let family = match toks[last].strip_suffix('.') {
        Some(f) if f.chars().count() >= 2 && !is_initials(toks[last]) => f.to_string(),
        _ => toks[last].to_string(),
    };
    // Capitalised particles belong to the family name: "Marco De Luca".
    if first_family == last {
        let mut start = last;
        while start > 1 && super::is_capitalised_particle(toks[start - 1]) {
            start -= 1;
        }
        if start < last {
            return Some(Person {
                given: toks[..start].join(" "),
                family: format!("{} {family}", toks[start..last].join(" ")),
                suffix,
                ..Person::default()
            });
        }
    }
    Some(Person {
        given: toks[..first_family].join(" "),
        prefix: toks[first_family..last].join(" "),
        family,
        suffix,
    })
}

/// A name written family name first with no comma: "Zhao Y.", "Lin M" (Vancouver), "van der Berg P".
pub(super) fn person_family_first(text: &str) -> Option<(Person, usize)> {
    let toks: Vec<&str> = text.split_whitespace().collect();
    // "DE MELO G", "VAN DER BERG J" (GB/T 7714): in capitals, particles before the
    // family name are no initials; a family name that looks like a particle stays one
    // ("LE T").
    let caps = toks.first().is_some_and(|t| is_all_caps(t)) && is_all_caps(text);
    let initial_after = |from: usize| {
        toks[from..]
            .iter()
            .position(|t| is_initials(t) && !is_particle(t))
            .map(|p| from + p)
            .filter(|&i| i > from)
    };
    let particles = toks
        .iter()
        .take_while(|t| is_family_particle(t, caps))
        .count();
    // "LI M" in capitals: a family name of two letters is no initials before initials.
    let caps_family = || {
        (toks.len() >= 2
            && toks[0].chars().count() >= 2
            && is_all_caps(toks[0])
            && is_initials(toks[1]))
        .then_some(1)
    };
    let (first_initial, particles) = match initial_after(particles) {
        Some(i) => (i, particles),
        None => (initial_after(0).or_else(caps_family)?, 0),
    };
    let mut n = first_initial;
    while n < toks.len() && is_initials(toks[n]) {
        // "Sato P. A benchmark": after a dotted initial, a bare capital with words after
        // it opens the title.
        if n > first_initial
            && toks[n - 1].ends_with('.')
            && !toks[n].contains('.')
            && n + 1 < toks.len()
        {
            break;
        }
        n += 1;
    }
    let fam: Vec<&str> = toks[..first_initial].to_vec();
    Some((
        Person {
            prefix: fam[..particles].join(" "),
            family: fam[particles..].join(" "),
            given: toks[first_initial..n].join(" "),
            suffix: String::new(),
        },
        n,
    ))
}

/// Whether `tok` is a particle at the start of a family name written before a comma:
/// "van", or "VAN" in a name written in capitals ("VAN DER HULST", ABNT). Only here is a
/// capital "DE" a particle; elsewhere it may be initials ("Smith DE", Vancouver).
pub(super) fn is_family_particle(tok: &str, all_caps: bool) -> bool {
    is_particle(tok) || all_caps && tok.chars().count() >= 2 && is_particle(&tok.to_lowercase())
}

/// Whether every letter of `text` is a capital.
pub(super) fn is_all_caps(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
        && text
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// Splits a family chunk into its particles and family name ("van der Berg").
pub(super) fn family_with_particles(text: &str) -> (String, String) {
    let toks: Vec<&str> = text.split_whitespace().collect();
    let caps = is_all_caps(text);
    let n = toks
        .iter()
        .take_while(|t| is_family_particle(t, caps))
        .count();
    if n == toks.len() {
        return (String::new(), text.to_string());
    }
    (toks[..n].join(" "), toks[n..].join(" "))
}

/// A name written with bare initials first: "AC Ferreira", "K Halvorsen".
pub(super) fn person_bare_initials_first(text: &str) -> Option<Person> {
    let toks: Vec<&str> = text.trim_end_matches('.').split_whitespace().collect();
    let bare = |t: &str| (1..=3).contains(&t.chars().count()) && t.chars().all(char::is_uppercase);
    if toks.len() < 2 || !bare(toks[0]) || is_initials(toks[toks.len() - 1]) {
        return None;
    }
    let given_len = toks.iter().take_while(|t| bare(t)).count();
    if given_len == toks.len() {
        return None;
    }
    let (prefix, family) = family_with_particles(&toks[given_len..].join(" "));
    Some(Person {
        given: toks[..given_len].join(" "),
        prefix,
        family,
        suffix: String::new(),
    })
}

/// Whether `text` is a corporate author: two to ten words, each capitalised or a short
/// function word ("of", "for", "the"), one of them a corporate word ("Consortium",
/// "Group", "Society"): "The Yorùbá Speech Consortium", "WHO Working Group on X".
pub(super) fn is_corporate(text: &str) -> bool {
    const FUNCTION_WORDS: &[&str] = &["and", "de", "for", "für", "in", "of", "on", "the", "&"];
    let toks: Vec<&str> = text.trim_end_matches('.').split_whitespace().collect();
    (2..=10).contains(&toks.len())
        && toks.iter().all(|t| {
            t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || FUNCTION_WORDS.contains(t)
        })
        && toks.iter().any(|t| {
            CORPORATE_LIST
                .binary_search(&t.to_lowercase().as_str())
                .is_ok()
        })
}

//! Classifying and scoring a pair of spellings: how they differ and how sure that makes
//! the rule that they are one person.

use super::Spelling;
use crate::model::{Person, fold};

/// How two spellings differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Kind {
    /// Same letters; case, hyphens, spaces, periods or accents differ.
    Folded,
    /// Given and family names swapped.
    Swapped,
    /// A middle name or initial present in one only.
    MiddleInitial,
    /// Initials against full given names.
    Initials,
    /// Family names one edit apart.
    FamilyTypo,
    /// Given names one or two edits apart.
    GivenTypo,
    /// The aliases file lists both.
    Aliased,
}

impl Kind {
    pub(super) fn reason(self) -> &'static str {
        match self {
            Kind::Folded => {
                "the same letters with different case, punctuation, spaces, accents or transliteration"
            }
            Kind::Swapped => "given and family names swapped",
            Kind::MiddleInitial => "a middle name or initial in one spelling only",
            Kind::Initials => "initials against the full given name",
            Kind::FamilyTypo => "family names one letter apart",
            Kind::GivenTypo => "given names one or two letters apart",
            Kind::Aliased => "the aliases file lists both",
        }
    }
}

/// Given names as folded words; initials are one letter ("C.-Y." gives ["c", "y"]).
pub(super) fn given_words(given: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in given.split(|c: char| c.is_whitespace() || c == '.' || c == '-') {
        let f = fold(w);
        if f.is_empty() {
            continue;
        }
        let n = w.chars().count();
        if (2..=3).contains(&n) && w.chars().all(char::is_uppercase) {
            out.extend(f.chars().map(String::from));
        } else {
            out.push(f);
        }
    }
    out
}

/// The number of given-name words, a hyphenated compound ("Jian-Feng") counting as one.
fn tokens(given: &str) -> usize {
    given
        .split(|c: char| c.is_whitespace() || c == '.')
        .filter(|w| !w.is_empty())
        .count()
}

/// How two spellings relate, or `None` when they are not plausibly one person.
pub(super) fn classify(a: &Spelling, b: &Spelling) -> Option<Kind> {
    if (a.family == b.family && a.given == b.given) || german(&a.person) == german(&b.person) {
        return Some(Kind::Folded);
    }
    if a.full_given()
        && b.full_given()
        && a.given == b.family
        && a.family == b.given
        && a.given != a.family
    {
        return Some(Kind::Swapped);
    }
    if a.family == b.family && a.given.chars().next() == b.given.chars().next() {
        if a.words.is_empty() || b.words.is_empty() {
            return None;
        }
        let (short, long) = if a.words.len() <= b.words.len() {
            (&a.words, &b.words)
        } else {
            (&b.words, &a.words)
        };
        let compatible = short
            .iter()
            .zip(long.iter())
            .all(|(x, y)| word_matches(x, y));
        if compatible {
            let a_init = a.initials_only();
            let b_init = b.initials_only();
            if a_init != b_init {
                return Some(Kind::Initials);
            }
            if short.len() < long.len() {
                // A dropped middle name is a separate word; "Jian" is not "Jian-Feng".
                let separate = tokens(&a.person.given) != tokens(&b.person.given);
                return (separate && (short[0].len() > 1 || a_init)).then_some(Kind::MiddleInitial);
            }
            if a_init && b_init {
                return None;
            }
            // Same number of words, each compatible: initials against names in one place.
            return Some(Kind::Initials);
        }
        if a.full_given() && b.full_given() {
            let d = distance(&a.given, &b.given);
            let min = a.given.len().min(b.given.len());
            if (d == 1 && min >= 3) || (d == 2 && min >= 5) {
                return Some(Kind::GivenTypo);
            }
        }
        return None;
    }
    if a.given == b.given && a.full_given() && distance(&a.family, &b.family) == 1 {
        return Some(Kind::FamilyTypo);
    }
    None
}

/// The name folded with German transliteration (ü as ue, ß as ss), so that "Müller" and
/// "Mueller" agree.
fn german(p: &Person) -> (String, String) {
    let t = |s: &str| {
        let mut out = String::with_capacity(s.len() + 2);
        for c in s.chars() {
            match c {
                'ä' | 'Ä' => out.push_str("ae"),
                'ö' | 'Ö' => out.push_str("oe"),
                'ü' | 'Ü' => out.push_str("ue"),
                'ß' => out.push_str("ss"),
                c => out.push(c),
            }
        }
        fold(&out)
    };
    (t(&p.given), t(&p.full_family()))
}

/// An initial matches a word with that first letter; full words must be equal.
fn word_matches(x: &str, y: &str) -> bool {
    if x.len() == 1 || y.len() == 1 {
        x.chars().next() == y.chars().next()
    } else {
        x == y
    }
}

/// Optimal string alignment distance (edits and adjacent transpositions), on ASCII.
fn distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > 2 {
        return 3;
    }
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for i in 0..=a.len() {
        d[i * w] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
        }
    }
    d[a.len() * w + b.len()]
}

/// The confidence of a pair of a kind with `shared` co-authors in common.
pub(super) fn score(kind: Kind, a: &Spelling, b: &Spelling, shared: usize) -> f32 {
    let co = match shared {
        0 => 0.0,
        1 => 1.0,
        _ => 1.5,
    };
    let c: f32 = match kind {
        Kind::Aliased => 1.0,
        Kind::Folded => 0.95,
        Kind::Swapped => 0.8 + 0.1 * co,
        Kind::MiddleInitial if a.full_given() || b.full_given() => 0.8 + 0.1 * co,
        Kind::MiddleInitial => 0.45 + 0.25 * co,
        Kind::Initials => 0.7 + 0.15 * co,
        Kind::FamilyTypo => {
            let long = a.family.len().min(b.family.len()) >= 7;
            let slip = keyboard_slip(&a.family, &b.family);
            0.35 + if long || slip { 0.2 } else { 0.0 } + 0.3 * co + rare(a, b)
        }
        Kind::GivenTypo => {
            let slip = keyboard_slip(&a.given, &b.given);
            0.35 + if slip { 0.2 } else { 0.0 } + 0.3 * co + rare(a, b)
        }
    };
    c.min(1.0)
}

/// A bonus when one spelling is written once and the other at least three times.
fn rare(a: &Spelling, b: &Spelling) -> f32 {
    let (x, y) = (a.uses.len(), b.uses.len());
    if x.min(y) == 1 && x.max(y) >= 3 {
        0.1
    } else {
        0.0
    }
}

/// Whether two strings differ by a typing slip rather than by a different name: two
/// neighbouring letters swapped ("Wnag") or one letter doubled ("CChen", "Vaibbhav").
fn keyboard_slip(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() == b.len() {
        let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
        return matches!(diff[..], [i, j] if j == i + 1 && a[i] == b[j] && a[j] == b[i]);
    }
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    if long.len() != short.len() + 1 {
        return false;
    }
    let i = (0..short.len())
        .find(|&i| short[i] != long[i])
        .unwrap_or(short.len());
    short[i..] == long[i + 1..]
        && ((i > 0 && long[i] == long[i - 1]) || long.get(i + 1) == Some(&long[i]))
}

#[cfg(test)]
mod tests {
    use super::super::super::super::corpus::name_key;
    use super::*;

    fn spelling(given: &str, family: &str) -> Spelling {
        let p = Person::new(given, family);
        let (g, f) = name_key(&p);
        Spelling {
            display: p.to_string(),
            person: p,
            given: g,
            family: f,
            words: given_words(given),
            uses: vec![(0, 0)],
            highlighted: false,
        }
    }

    fn kind(a: (&str, &str), b: (&str, &str)) -> Option<Kind> {
        classify(&spelling(a.0, a.1), &spelling(b.0, b.1))
    }

    #[test]
    fn kinds() {
        assert_eq!(kind(("Shou-I", "Yu"), ("Shou I", "Yu")), Some(Kind::Folded));
        assert_eq!(
            kind(("Jian-Feng", "Li"), ("Jianfeng", "Li")),
            Some(Kind::Folded)
        );
        assert_eq!(
            kind(("Jörg", "Müller"), ("Jorg", "Muller")),
            Some(Kind::Folded)
        );
        assert_eq!(kind(("Qi", "Qian"), ("Qian", "Qi")), Some(Kind::Swapped));
        assert_eq!(
            kind(("Alexander G.", "Hauptmann"), ("Alexander", "Hauptmann")),
            Some(Kind::MiddleInitial)
        );
        assert_eq!(kind(("R.", "Lin"), ("Rui", "Lin")), Some(Kind::Initials));
        assert_eq!(kind(("Jian-Feng", "Cai"), ("Jian", "Cai")), None);
        assert_eq!(
            kind(("J.-F.", "Cai"), ("Jian-Feng", "Cai")),
            Some(Kind::Initials)
        );
        assert_eq!(
            kind(("Chuang", "Gan"), ("Chuang", "Gang")),
            Some(Kind::FamilyTypo)
        );
        assert_eq!(
            kind(("Jörg", "Mueller"), ("Jörg", "Müller")),
            Some(Kind::Folded)
        );
        assert_eq!(
            kind(("Jörg", "Muller"), ("Jörg", "Mueller")),
            Some(Kind::FamilyTypo)
        );
        assert_eq!(
            kind(("Shouou-I", "Yu"), ("Shou-I", "Yu")),
            Some(Kind::GivenTypo)
        );
        assert_eq!(kind(("Hao", "Li"), ("Huan", "Li")), None);
        assert_eq!(kind(("Rui", "Lin"), ("Ren", "Lin")), None);
        assert_eq!(kind(("C.", "Li"), ("C.", "Liu")), None);
    }

    #[test]
    fn slips() {
        assert!(keyboard_slip("wang", "wnag"));
        assert!(keyboard_slip("chen", "cchen"));
        assert!(keyboard_slip("vaibbhav", "vaibhav"));
        assert!(!keyboard_slip("gan", "gang"));
        assert!(!keyboard_slip("wang", "wan"));
        assert!(!keyboard_slip("li", "lu"));
    }

    #[test]
    fn osa_distance() {
        assert_eq!(distance("gan", "gang"), 1);
        assert_eq!(distance("gan", "gna"), 1);
        assert_eq!(distance("shoui", "shououi"), 2);
        assert_eq!(distance("hao", "huan"), 2);
        assert_eq!(distance("a", "abcdef"), 3);
    }
}

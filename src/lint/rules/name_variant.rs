//! `name-variant`: one person under several spellings.
//!
//! Distinct spellings are grouped by keys first (never all pairs): the folded name, the
//! family name with the first given initial, the unordered pair of name words, and the given
//! name with each one-letter deletion of the family name. Each candidate pair is classified
//! (case or accent variant, swap, initials, missing middle initial, typo) and scored; the
//! score rises with co-authors in common (the list's owner does not count) and a pair that
//! shares an author list is never one person. Accepted pairs are joined into clusters, one
//! finding each, with the majority or fuller spelling as the canonical form.

use std::collections::{HashMap, HashSet};

use super::super::aliases::Aliases;
use super::super::corpus::{NamePlace, Place, Record, Source, name_key};
use super::super::finding::{Edit, Finding, Rule, Variant};
use crate::bib::escape;
use crate::diag::Severity;
use crate::model::{Person, fold};

/// Pairs scoring below this are not reported.
const REPORT: f32 = 0.5;
/// Findings at or above this are errors; below, warnings.
const ERROR: f32 = 0.8;

/// How two spellings differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
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
    fn reason(self) -> &'static str {
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

/// One distinct spelling and where it occurs.
struct Spelling {
    person: Person,
    display: String,
    given: String,
    family: String,
    words: Vec<String>,
    /// (record, author index)
    uses: Vec<(usize, usize)>,
    highlighted: bool,
}

impl Spelling {
    fn initials_only(&self) -> bool {
        !self.words.is_empty() && self.words.iter().all(|w| w.len() == 1)
    }
    fn full_given(&self) -> bool {
        self.words.first().is_some_and(|w| w.len() > 1)
    }
    /// Fuller spellings win ties: more full given words, more given words, more accents.
    fn fullness(&self) -> (usize, usize, usize) {
        (
            self.words.iter().filter(|w| w.len() > 1).count(),
            self.words.len(),
            self.display.chars().filter(|c| !c.is_ascii()).count(),
        )
    }
}

/// A scored candidate pair.
struct Pair {
    a: usize,
    b: usize,
    kind: Kind,
    confidence: f32,
    shared: Vec<String>,
    ambiguous: bool,
}

/// Runs the rule.
pub fn check(records: &[Record], sources: &[Source], aliases: &Aliases) -> Vec<Finding> {
    let spellings = collect(records);
    let owner = owner_ids(records, &spellings);
    let entries_of: Vec<HashSet<usize>> = spellings
        .iter()
        .map(|s| s.uses.iter().map(|u| u.0).collect())
        .collect();

    let mut pairs = Vec::new();
    let mut seen = HashSet::new();
    for (a, b) in candidates(&spellings) {
        let key = (a.min(b), a.max(b));
        if a == b || !seen.insert(key) {
            continue;
        }
        let (sa, sb) = (&spellings[key.0], &spellings[key.1]);
        if aliases.are_distinct(&sa.person, &sb.person) {
            continue;
        }
        let aliased = matches!(
            (aliases.canonical_person(&sa.person), aliases.canonical_person(&sb.person)),
            (Some(x), Some(y)) if x == y
        );
        if !aliased && !entries_of[key.0].is_disjoint(&entries_of[key.1]) {
            continue;
        }
        let Some(kind) = (if aliased {
            Some(Kind::Aliased)
        } else {
            classify(sa, sb)
        }) else {
            continue;
        };
        let shared = shared_coauthors(records, sa, sb, &owner);
        let confidence = score(kind, sa, sb, shared.len());
        if confidence >= REPORT {
            pairs.push(Pair {
                a: key.0,
                b: key.1,
                kind,
                confidence,
                shared,
                ambiguous: false,
            });
        }
    }
    mark_ambiguous_initials(&spellings, &mut pairs);
    pairs.retain(|p| !(p.ambiguous && p.kind == Kind::Initials));

    let mut findings = clusters(&spellings, &pairs)
        .into_iter()
        .map(|c| {
            to_finding(
                &c,
                &spellings,
                &pairs,
                records,
                sources,
                aliases,
                &entries_of,
            )
        })
        .collect::<Vec<_>>();
    findings.extend(alias_only(&spellings, records, sources, aliases, &pairs));
    findings
}

/// Distinct spellings of all authors, in order of first use.
fn collect(records: &[Record]) -> Vec<Spelling> {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut out: Vec<Spelling> = Vec::new();
    for (r, rec) in records.iter().enumerate() {
        for (i, a) in rec.entry.authors.iter().enumerate() {
            let p = &a.name;
            if p.is_others() || fold(&p.family).is_empty() {
                continue;
            }
            let display = p.to_string();
            let at = *index.entry(display.clone()).or_insert_with(|| {
                let (given, family) = name_key(p);
                out.push(Spelling {
                    person: p.clone(),
                    display,
                    given,
                    family,
                    words: given_words(&p.given),
                    uses: Vec::new(),
                    highlighted: false,
                });
                out.len() - 1
            });
            out[at].uses.push((r, i));
            out[at].highlighted |= a.marks.highlight;
        }
    }
    out
}

/// Given names as folded words; initials are one letter ("C.-Y." gives ["c", "y"]).
fn given_words(given: &str) -> Vec<String> {
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

/// Identity of an author for co-author evidence: folded family name and first initial.
fn identity(p: &Person) -> (String, char) {
    (
        fold(&p.full_family()),
        fold(&p.given).chars().next().unwrap_or(' '),
    )
}

/// The owner's identities: highlighted authors, else whoever is in at least 40% of entries.
fn owner_ids(records: &[Record], spellings: &[Spelling]) -> HashSet<(String, char)> {
    let mut ids: HashSet<(String, char)> = spellings
        .iter()
        .filter(|s| s.highlighted)
        .map(|s| identity(&s.person))
        .collect();
    if ids.is_empty() && records.len() >= 3 {
        let mut counts: HashMap<(String, char), usize> = HashMap::new();
        for r in records {
            let mine: HashSet<_> = r.entry.authors.iter().map(|a| identity(&a.name)).collect();
            for id in mine {
                *counts.entry(id).or_default() += 1;
            }
        }
        if let Some((id, n)) = counts.into_iter().max_by_key(|(_, n)| *n)
            && n * 5 >= records.len() * 2
        {
            ids.insert(id);
        }
    }
    ids
}

/// Candidate pairs from the blocking keys.
fn candidates(spellings: &[Spelling]) -> Vec<(usize, usize)> {
    let mut blocks: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, s) in spellings.iter().enumerate() {
        let first = s.given.chars().next().unwrap_or(' ');
        blocks
            .entry(format!("f\0{}\0{}", s.family, first))
            .or_default()
            .push(i);
        let (x, y) = if s.given <= s.family {
            (&s.given, &s.family)
        } else {
            (&s.family, &s.given)
        };
        if !s.given.is_empty() {
            blocks.entry(format!("s\0{x}\0{y}")).or_default().push(i);
        }
        if s.full_given() {
            blocks
                .entry(format!("d\0{}\0{}", s.given, s.family))
                .or_default()
                .push(i);
            for del in deletions(&s.family) {
                blocks
                    .entry(format!("d\0{}\0{del}", s.given))
                    .or_default()
                    .push(i);
            }
        }
    }
    let mut out = Vec::new();
    for members in blocks.values() {
        if members.len() < 2 || members.len() > 400 {
            continue;
        }
        for (k, &a) in members.iter().enumerate() {
            for &b in &members[k + 1..] {
                out.push((a, b));
            }
        }
    }
    out.sort_unstable();
    out
}

/// `s` with each one of its letters deleted.
fn deletions(s: &str) -> Vec<String> {
    (0..s.len())
        .map(|i| format!("{}{}", &s[..i], &s[i + 1..]))
        .collect()
}

/// How two spellings relate, or `None` when they are not plausibly one person.
fn classify(a: &Spelling, b: &Spelling) -> Option<Kind> {
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

/// Co-authors the two spellings share, by display name, leaving out the owner and the two.
fn shared_coauthors(
    records: &[Record],
    a: &Spelling,
    b: &Spelling,
    owner: &HashSet<(String, char)>,
) -> Vec<String> {
    let skip: HashSet<(String, char)> = [identity(&a.person), identity(&b.person)]
        .into_iter()
        .chain(owner.iter().cloned())
        .collect();
    let around = |s: &Spelling| -> HashMap<(String, char), String> {
        let mut m = HashMap::new();
        for &(r, _) in &s.uses {
            for co in &records[r].entry.authors {
                let id = identity(&co.name);
                if !co.name.is_others() && !skip.contains(&id) {
                    m.entry(id).or_insert_with(|| co.name.to_string());
                }
            }
        }
        m
    };
    let (ma, mb) = (around(a), around(b));
    let mut shared: Vec<String> = ma
        .into_iter()
        .filter(|(id, _)| mb.contains_key(id))
        .map(|(_, n)| n)
        .collect();
    shared.sort();
    shared
}

/// The confidence of a pair of a kind with `shared` co-authors in common.
fn score(kind: Kind, a: &Spelling, b: &Spelling, shared: usize) -> f32 {
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

/// An initials spelling that fits several different full spellings ("H. Li" with "Hao Li"
/// and "Huan Li") is ambiguous.
fn mark_ambiguous_initials(spellings: &[Spelling], pairs: &mut [Pair]) {
    let mut fits: HashMap<usize, HashSet<String>> = HashMap::new();
    for p in pairs.iter().filter(|p| p.kind == Kind::Initials) {
        let (short, long) = if spellings[p.a].initials_only() {
            (p.a, p.b)
        } else {
            (p.b, p.a)
        };
        fits.entry(short)
            .or_default()
            .insert(spellings[long].given.clone());
    }
    for p in pairs.iter_mut().filter(|p| p.kind == Kind::Initials) {
        let short = if spellings[p.a].initials_only() {
            p.a
        } else {
            p.b
        };
        p.ambiguous = fits.get(&short).is_some_and(|s| s.len() > 1);
    }
}

/// Connected groups of spellings joined by accepted pairs; each group lists pair indices.
fn clusters(spellings: &[Spelling], pairs: &[Pair]) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..spellings.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for p in pairs {
        let (ra, rb) = (root(&mut parent, p.a), root(&mut parent, p.b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, p) in pairs.iter().enumerate() {
        groups.entry(root(&mut parent, p.a)).or_default().push(i);
    }
    let mut out: Vec<Vec<usize>> = groups.into_values().collect();
    out.sort_by_key(|g| pairs[g[0]].a.min(pairs[g[0]].b));
    out
}

fn to_finding(
    group: &[usize],
    spellings: &[Spelling],
    pairs: &[Pair],
    records: &[Record],
    sources: &[Source],
    aliases: &Aliases,
    entries_of: &[HashSet<usize>],
) -> Finding {
    let mut members: Vec<usize> = group
        .iter()
        .flat_map(|&i| [pairs[i].a, pairs[i].b])
        .collect();
    members.sort_unstable();
    members.dedup();
    members.sort_by_key(|&m| (std::cmp::Reverse(spellings[m].uses.len()), m));

    // Canonical: the aliases file, else the most frequent, else the fullest; a tie is ambiguous.
    let from_aliases = members
        .iter()
        .find_map(|&m| aliases.canonical_person(&spellings[m].person))
        .map(Person::parse);
    let canonical: Option<Person> = from_aliases.clone().or_else(|| {
        let rank = |m: usize| (spellings[m].uses.len(), spellings[m].fullness());
        let best = members.iter().copied().max_by_key(|&m| rank(m))?;
        let tied = members.iter().filter(|&&m| rank(m) == rank(best)).count() > 1;
        (!tied).then(|| spellings[best].person.clone())
    });
    let conflicting = members.iter().enumerate().any(|(i, &x)| {
        members[i + 1..]
            .iter()
            .any(|&y| !entries_of[x].is_disjoint(&entries_of[y]))
    });
    let ambiguous_pair = group.iter().any(|&i| pairs[i].ambiguous);
    let confidence = group
        .iter()
        .map(|&i| pairs[i].confidence)
        .fold(1.0f32, f32::min);
    let strongest = group
        .iter()
        .max_by(|&&x, &&y| pairs[x].confidence.total_cmp(&pairs[y].confidence))
        .map(|&i| &pairs[i])
        .expect("a cluster has a pair");

    let variants: Vec<Variant> = members
        .iter()
        .map(|&m| Variant {
            spelling: spellings[m].display.clone(),
            count: spellings[m].uses.len(),
            places: spellings[m]
                .uses
                .iter()
                .filter_map(|&(r, i)| name_place(records, r, i).map(|n| n.whole.clone()))
                .collect(),
        })
        .collect();

    let canonical_display = canonical.as_ref().map(|p| p.to_string());
    let odd: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&m| Some(&spellings[m].display) != canonical_display.as_ref())
        .collect();
    let primary = odd
        .iter()
        .rev()
        .chain(members.iter())
        .find_map(|&m| {
            spellings[m]
                .uses
                .iter()
                .find_map(|&(r, i)| name_place(records, r, i).map(|n| n.whole.clone()))
        })
        .unwrap_or_else(|| records[spellings[members[0]].uses[0].0].place.clone());

    let quoted: Vec<String> = members
        .iter()
        .map(|&m| format!("\"{}\"", spellings[m].display))
        .collect();
    let owner = if members.iter().any(|&m| spellings[m].highlighted) {
        " (the list's owner)"
    } else {
        ""
    };
    let message = if members.len() == 2 {
        format!(
            "{} and {} look like one person{owner}: {}",
            quoted[1],
            quoted[0],
            strongest.kind.reason()
        )
    } else {
        format!(
            "{} spellings look like one person{owner}: {}",
            members.len(),
            quoted.join(", ")
        )
    };
    let mut evidence = Vec::new();
    let mut shared: Vec<&String> = group.iter().flat_map(|&i| &pairs[i].shared).collect();
    shared.sort();
    shared.dedup();
    if !shared.is_empty() {
        let names: Vec<&str> = shared.iter().take(5).map(|s| s.as_str()).collect();
        evidence.push(format!(
            "{} co-author{} in common: {}{}",
            shared.len(),
            if shared.len() == 1 { "" } else { "s" },
            names.join(", "),
            if shared.len() > 5 { ", ..." } else { "" }
        ));
    }
    if from_aliases.is_some() {
        evidence.push("the canonical form comes from the aliases file".into());
    }
    let fixable = from_aliases.is_some() || (!conflicting && !ambiguous_pair);
    if canonical.is_none() {
        evidence.push("no spelling is more frequent or fuller: decide in the aliases file".into());
    } else if !fixable {
        evidence.push("ambiguous, so --fix leaves it: decide in the aliases file".into());
    }
    let edits = match (&canonical, fixable) {
        (Some(c), true) => odd
            .iter()
            .flat_map(|&m| &spellings[m].uses)
            .filter_map(|&(r, i)| {
                let np = name_place(records, r, i)?;
                edit_for(np, &records[r].entry.authors[i].name, c, sources)
            })
            .flatten()
            .collect(),
        _ => Vec::new(),
    };
    // Spellings that differ only in punctuation and spacing are certainly one person, but
    // only a matter of style: a warning.
    let letters = |m: usize| -> String {
        spellings[m]
            .display
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    let style_only = members.iter().all(|&m| letters(m) == letters(members[0]));
    Finding {
        rule: Rule::NameVariant,
        severity: if confidence >= ERROR && !style_only {
            Severity::Error
        } else {
            Severity::Warning
        },
        confidence,
        message,
        places: std::iter::once(primary.clone())
            .chain(
                variants
                    .iter()
                    .flat_map(|v| v.places.iter().cloned())
                    .filter(|p| *p != primary),
            )
            .collect(),
        variants,
        suggestion: canonical_display,
        evidence,
        edits,
    }
}

fn name_place(records: &[Record], r: usize, i: usize) -> Option<&NamePlace> {
    records[r].names.get(i).and_then(Option::as_ref)
}

/// The edits that rewrite one written name to the canonical form: in .bib files the whole
/// name (in the form it was written); in lists the parts that differ.
fn edit_for(
    np: &NamePlace,
    written: &Person,
    canonical: &Person,
    sources: &[Source],
) -> Option<Vec<Edit>> {
    let src = &sources[np.whole.source];
    if src.is_bib {
        let text = &src.text[np.whole.range.clone()];
        let replacement = if text.contains(',') {
            escape(&canonical.to_bibtex())
        } else {
            escape(&canonical.to_string())
        };
        return Some(vec![Edit {
            place: np.whole.clone(),
            replacement,
        }]);
    }
    let mut edits = Vec::new();
    let family_changes = written.full_family() != canonical.full_family();
    let given_changes = written.given != canonical.given;
    if family_changes {
        edits.push(Edit {
            place: Place {
                source: np.whole.source,
                range: np.family.clone()?,
            },
            replacement: canonical.full_family(),
        });
    }
    if given_changes {
        edits.push(Edit {
            place: Place {
                source: np.whole.source,
                range: np.given.clone()?,
            },
            replacement: canonical.given.clone(),
        });
    }
    Some(edits)
}

/// Spellings that the aliases file names as variants but that no pair found (the
/// canonical form may not occur in the inputs at all).
fn alias_only(
    spellings: &[Spelling],
    records: &[Record],
    sources: &[Source],
    aliases: &Aliases,
    pairs: &[Pair],
) -> Vec<Finding> {
    let paired: HashSet<usize> = pairs.iter().flat_map(|p| [p.a, p.b]).collect();
    let mut out = Vec::new();
    for (m, s) in spellings.iter().enumerate() {
        if paired.contains(&m) {
            continue;
        }
        let Some(canon) = aliases.canonical_person(&s.person) else {
            continue;
        };
        let canonical = Person::parse(canon);
        if canonical.to_string() == s.display {
            continue;
        }
        let places: Vec<Place> = s
            .uses
            .iter()
            .filter_map(|&(r, i)| name_place(records, r, i).map(|n| n.whole.clone()))
            .collect();
        let Some(first) = places.first().cloned() else {
            continue;
        };
        let mut f = Finding::new(
            Rule::NameVariant,
            Severity::Error,
            format!(
                "\"{}\" is a variant of \"{canon}\" in the aliases file",
                s.display
            ),
            first,
        );
        f.places = places.clone();
        f.variants = vec![Variant {
            spelling: s.display.clone(),
            count: s.uses.len(),
            places,
        }];
        f.suggestion = Some(canonical.to_string());
        f.evidence = vec!["the aliases file lists this spelling as a variant".into()];
        f.edits = s
            .uses
            .iter()
            .filter_map(|&(r, i)| {
                let np = name_place(records, r, i)?;
                edit_for(np, &records[r].entry.authors[i].name, &canonical, sources)
            })
            .flatten()
            .collect();
        out.push(f);
    }
    out
}

#[cfg(test)]
mod tests {
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

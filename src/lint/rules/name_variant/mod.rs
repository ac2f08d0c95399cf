//! `name-variant`: one person under several spellings.
//!
//! Distinct spellings are grouped by keys first (never all pairs): the folded name, the
//! family name with the first given initial, the unordered pair of name words, and the given
//! name with each one-letter deletion of the family name. Each candidate pair is classified
//! (case or accent variant, swap, initials, missing middle initial, typo) and scored; the
//! score rises with co-authors in common (the list's owner does not count) and a pair that
//! shares an author list is never one person. Accepted pairs are joined into clusters, one
//! finding each, with the majority or fuller spelling as the canonical form.

mod classify;
mod evidence;
mod report;

use std::collections::HashSet;
use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap, FxHasher};

use super::super::aliases::Aliases;
use super::super::corpus::{Record, Source, name_key};
use super::super::finding::Finding;
use crate::model::Person;
use classify::{Kind, classify, given_words, score};
use evidence::{Identities, owner_ids, shared_coauthors};
use report::{alias_only, to_finding};

/// Pairs scoring below this are not reported.
const REPORT: f32 = 0.5;
/// Findings at or above this are errors; below, warnings.
const ERROR: f32 = 0.8;

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
    let ids = Identities::new(records, &spellings);
    let owner = owner_ids(records, &spellings, &ids);
    let entries_of: Vec<Vec<usize>> = spellings
        .iter()
        .map(|s| {
            let mut v: Vec<usize> = s.uses.iter().map(|u| u.0).collect();
            v.dedup();
            v
        })
        .collect();

    // The aliases file's canonical name of each spelling, looked up once.
    let canonical: Vec<Option<&str>> = spellings
        .iter()
        .map(|s| aliases.canonical_person(&s.person))
        .collect();
    let mut pairs = Vec::new();
    for key in candidates(&spellings) {
        let (sa, sb) = (&spellings[key.0], &spellings[key.1]);
        if !aliases.distinct.is_empty() && aliases.are_distinct(&sa.person, &sb.person) {
            continue;
        }
        let aliased = matches!((canonical[key.0], canonical[key.1]), (Some(x), Some(y)) if x == y);
        if !aliased && !disjoint(&entries_of[key.0], &entries_of[key.1]) {
            continue;
        }
        let Some(kind) = (if aliased {
            Some(Kind::Aliased)
        } else {
            classify(sa, sb)
        }) else {
            continue;
        };
        let shared = shared_coauthors(&ids, sa, sb, &owner);
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
    let mut index: FxHashMap<&Person, usize> = FxHashMap::default();
    let mut out: Vec<Spelling> = Vec::new();
    for (r, rec) in records.iter().enumerate() {
        for (i, a) in rec.entry.authors.iter().enumerate() {
            let p = &a.name;
            if p.is_others() || !p.family.chars().any(char::is_alphanumeric) {
                continue;
            }
            let at = *index.entry(p).or_insert_with(|| {
                let (given, family) = name_key(p);
                out.push(Spelling {
                    person: p.clone(),
                    display: p.to_string(),
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

/// Whether two sorted lists share no element.
fn disjoint(a: &[usize], b: &[usize]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return false,
        }
    }
    true
}

/// A blocking key: a hash of its parts (a collision only adds a candidate pair).
fn block_key(parts: &[&str]) -> u64 {
    let mut h = FxHasher::default();
    parts.hash(&mut h);
    h.finish()
}

/// Candidate pairs from the blocking keys, each once, smaller index first.
fn candidates(spellings: &[Spelling]) -> Vec<(usize, usize)> {
    let mut blocks: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    let mut first = [0u8; 4];
    for (i, s) in spellings.iter().enumerate() {
        let initial: &str = s
            .given
            .chars()
            .next()
            .unwrap_or(' ')
            .encode_utf8(&mut first);
        blocks
            .entry(block_key(&["f", &s.family, initial]))
            .or_default()
            .push(i);
        if !s.given.is_empty() {
            let (x, y) = if s.given <= s.family {
                (&s.given, &s.family)
            } else {
                (&s.family, &s.given)
            };
            blocks.entry(block_key(&["s", x, y])).or_default().push(i);
        }
        if s.full_given() {
            blocks
                .entry(block_key(&["d", &s.given, &s.family]))
                .or_default()
                .push(i);
            for del in deletions(&s.family) {
                blocks
                    .entry(block_key(&["d", &s.given, &del]))
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
                if a != b {
                    out.push((a.min(b), a.max(b)));
                }
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// `s` with each one of its letters deleted.
fn deletions(s: &str) -> Vec<String> {
    (0..s.len())
        .map(|i| format!("{}{}", &s[..i], &s[i + 1..]))
        .collect()
}

/// An initials spelling that fits several different full spellings ("H. Li" with "Hao Li"
/// and "Huan Li") is ambiguous.
fn mark_ambiguous_initials(spellings: &[Spelling], pairs: &mut [Pair]) {
    let mut fits: FxHashMap<usize, HashSet<String>> = FxHashMap::default();
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
    let mut groups: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (i, p) in pairs.iter().enumerate() {
        groups.entry(root(&mut parent, p.a)).or_default().push(i);
    }
    let mut out: Vec<Vec<usize>> = groups.into_values().collect();
    out.sort_by_key(|g| pairs[g[0]].a.min(pairs[g[0]].b));
    out
}

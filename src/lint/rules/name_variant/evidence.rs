//! Co-author evidence: who writes with whom, leaving out the list's owner.

use std::collections::HashSet;

use rustc_hash::{FxHashMap, FxHashSet};

use super::super::super::corpus::Record;
use super::Spelling;
use crate::model::{Person, fold};

/// Interned identities of every author for co-author evidence: folded family name and
/// first initial, so that "Yi Yang" and "Y. Yang" count as one co-author.
pub(super) struct Identities {
    /// Per record, per author: the identity id (`u32::MAX` for `others`).
    of: Vec<Vec<u32>>,
    /// A display name per identity (its first spelling).
    names: Vec<String>,
}

impl Identities {
    /// Identities of every author: computed once per spelling, then shared by its uses.
    pub(super) fn new(records: &[Record], spellings: &[Spelling]) -> Identities {
        let mut index: FxHashMap<(String, char), u32> = FxHashMap::default();
        let mut names = Vec::new();
        let mut of: Vec<Vec<u32>> = records
            .iter()
            .map(|r| vec![u32::MAX; r.entry.authors.len()])
            .collect();
        for s in spellings {
            let id = *index.entry(identity(&s.person)).or_insert_with(|| {
                names.push(s.display.clone());
                (names.len() - 1) as u32
            });
            for &(r, i) in &s.uses {
                of[r][i] = id;
            }
        }
        Identities { of, names }
    }

    /// The identity of the author at a use.
    fn at(&self, (r, i): (usize, usize)) -> u32 {
        self.of[r][i]
    }
}

fn identity(p: &Person) -> (String, char) {
    (
        fold(&p.full_family()),
        fold(&p.given).chars().next().unwrap_or(' '),
    )
}

/// The owner's identities: highlighted authors, else whoever is in at least 40% of entries.
pub(super) fn owner_ids(
    records: &[Record],
    spellings: &[Spelling],
    ids: &Identities,
) -> HashSet<u32> {
    let mut owner: HashSet<u32> = spellings
        .iter()
        .filter(|s| s.highlighted)
        .map(|s| ids.at(s.uses[0]))
        .collect();
    if owner.is_empty() && records.len() >= 3 {
        let mut counts: FxHashMap<u32, usize> = FxHashMap::default();
        for r in &ids.of {
            let mine: FxHashSet<u32> = r.iter().copied().filter(|&x| x != u32::MAX).collect();
            for id in mine {
                *counts.entry(id).or_default() += 1;
            }
        }
        if let Some((id, n)) = counts
            .into_iter()
            .max_by_key(|&(id, n)| (n, std::cmp::Reverse(id)))
            && n * 5 >= records.len() * 2
        {
            owner.insert(id);
        }
    }
    owner
}

/// Co-authors the two spellings share, by display name, leaving out the owner and the two.
pub(super) fn shared_coauthors(
    ids: &Identities,
    a: &Spelling,
    b: &Spelling,
    owner: &HashSet<u32>,
) -> Vec<String> {
    let (ia, ib) = (ids.at(a.uses[0]), ids.at(b.uses[0]));
    let skip = |id: u32| id == u32::MAX || id == ia || id == ib || owner.contains(&id);
    let around = |s: &Spelling| -> FxHashSet<u32> {
        s.uses
            .iter()
            .flat_map(|&(r, _)| ids.of[r].iter().copied())
            .filter(|&id| !skip(id))
            .collect()
    };
    let (ma, mb) = (around(a), around(b));
    let mut shared: Vec<String> = ma
        .intersection(&mb)
        .map(|&id| ids.names[id as usize].clone())
        .collect();
    shared.sort();
    shared
}

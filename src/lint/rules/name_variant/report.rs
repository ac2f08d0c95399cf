//! Turning clusters of spellings into findings: the canonical form, evidence, places and
//! the edits `--fix` may apply.

use std::collections::HashSet;

use super::super::super::aliases::Aliases;
use super::super::super::corpus::{NamePlace, Place, Record, Source};
use super::super::super::finding::{Edit, Finding, Rule, Variant};
use super::{ERROR, Pair, Spelling};
use crate::bib::escape;
use crate::diag::Severity;
use crate::model::Person;

pub(super) fn to_finding(
    group: &[usize],
    spellings: &[Spelling],
    pairs: &[Pair],
    records: &[Record],
    sources: &[Source],
    aliases: &Aliases,
    entries_of: &[Vec<usize>],
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
            .any(|&y| !super::disjoint(&entries_of[x], &entries_of[y]))
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
        places: Finding::places_of(&primary, &variants),
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
pub(super) fn alias_only(
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

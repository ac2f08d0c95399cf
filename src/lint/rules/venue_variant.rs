//! `venue-variant`: one venue named several ways, or by a name it had lost by the entry's
//! year (NIPS after 2017). Venues come from the shipped table; names are compared without
//! years, ordinals and edition numbers, so "CVPR 2019" and "CVPR 2020" agree.

use std::collections::HashMap;

use super::super::aliases::Aliases;
use super::super::corpus::{Place, Record, Source};
use super::super::finding::{Edit, Finding, Rule, Variant};
use crate::bib::escape;
use crate::diag::Severity;
use crate::model::venues::{form, table};

/// Runs the rule.
pub fn check(records: &[Record], sources: &[Source], aliases: &Aliases) -> Vec<Finding> {
    let t = table();
    let mut cache: HashMap<&str, Option<usize>> = HashMap::new();
    // venue -> form -> (spelling as first written, uses)
    let mut by_venue: HashMap<usize, Vec<(String, String, Vec<usize>)>> = HashMap::new();
    let mut findings = Vec::new();
    for (r, rec) in records.iter().enumerate() {
        let Some(c) = rec.entry.container.as_deref() else {
            continue;
        };
        let Some(v) = *cache.entry(c).or_insert_with(|| t.lookup(c)) else {
            continue;
        };
        let year = rec
            .entry
            .year
            .as_deref()
            .and_then(|y| y.get(..4))
            .and_then(|y| y.parse::<u32>().ok());
        if let Some(year) = year
            && let Some((old, from)) = t.outdated_name(v, c, year)
        {
            let place = rec.venue.clone().unwrap_or_else(|| rec.place.clone());
            let mut f = Finding::new(
                Rule::VenueVariant,
                Severity::Warning,
                format!(
                    "\"{old}\" is called {} since {from}, but this entry is from {year}",
                    t.venues[v].acronym
                ),
                place,
            );
            f.confidence = 0.9;
            f.suggestion = Some(t.venues[v].acronym.clone());
            f.evidence = vec![format!(
                "{} is the venue's name from {from} on",
                t.venues[v].acronym
            )];
            findings.push(f);
        }
        let forms = by_venue.entry(v).or_default();
        let fm = form(c);
        match forms.iter_mut().find(|(f, _, _)| *f == fm) {
            Some((_, _, uses)) => uses.push(r),
            None => forms.push((fm, c.to_string(), vec![r])),
        }
    }
    let mut venues: Vec<_> = by_venue.into_iter().filter(|(_, f)| f.len() > 1).collect();
    venues.sort_by_key(|(_, forms)| forms[0].2[0]);
    for (v, mut forms) in venues {
        forms.sort_by_key(|(_, _, uses)| std::cmp::Reverse(uses.len()));
        let from_aliases = forms
            .iter()
            .find_map(|(_, s, _)| aliases.canonical_venue(s))
            .map(str::to_string);
        // A former name (NIPS) is never the canonical form while a current one is in use.
        let outdated = |s: &str| {
            t.venues[v].renamed.iter().any(|(old, _)| {
                s.split(|c: char| !c.is_alphanumeric()).any(|w| {
                    w.trim_end_matches(|c: char| c.is_ascii_digit())
                        .eq_ignore_ascii_case(old)
                })
            })
        };
        let current: Vec<&(String, String, Vec<usize>)> =
            forms.iter().filter(|(_, s, _)| !outdated(s)).collect();
        let pool: Vec<&(String, String, Vec<usize>)> = if current.is_empty() {
            forms.iter().collect()
        } else {
            current
        };
        let tied = pool.len() > 1 && pool[0].2.len() == pool[1].2.len();
        let canonical = from_aliases
            .clone()
            .or_else(|| (!tied).then(|| pool[0].1.clone()));
        let place_of = |r: usize| {
            records[r]
                .venue
                .clone()
                .unwrap_or_else(|| records[r].place.clone())
        };
        let variants: Vec<Variant> = forms
            .iter()
            .map(|(_, s, uses)| Variant {
                spelling: s.clone(),
                count: uses.len(),
                places: uses.iter().map(|&r| place_of(r)).collect(),
            })
            .collect();
        let canonical_form = canonical.as_deref().map(form);
        let odd: Vec<&(String, String, Vec<usize>)> = forms
            .iter()
            .filter(|(f, _, _)| Some(f) != canonical_form.as_ref())
            .collect();
        let primary = odd
            .last()
            .map(|(_, _, uses)| place_of(uses[0]))
            .unwrap_or_else(|| place_of(forms[0].2[0]));
        let mut evidence = Vec::new();
        if from_aliases.is_some() {
            evidence.push("the canonical form comes from the aliases file".into());
        } else if canonical.is_none() {
            evidence.push("no name is more frequent: decide in the aliases file".into());
        }
        // Fix only names without numbers: a year or an edition number would be lost.
        let edits = match &canonical {
            Some(c) if !c.chars().any(|ch| ch.is_ascii_digit()) => odd
                .iter()
                .flat_map(|(_, s, uses)| uses.iter().map(move |&r| (s, r)))
                .filter(|(s, _)| !s.chars().any(|ch| ch.is_ascii_digit()))
                .filter_map(|(_, r)| {
                    let place: Place = records[r].venue.clone()?;
                    let replacement = if sources[place.source].is_bib {
                        escape(c)
                    } else {
                        c.clone()
                    };
                    Some(Edit { place, replacement })
                })
                .collect(),
            _ => Vec::new(),
        };
        let names: Vec<String> = forms.iter().map(|(_, s, _)| format!("\"{s}\"")).collect();
        findings.push(Finding {
            rule: Rule::VenueVariant,
            severity: Severity::Warning,
            confidence: 0.9,
            message: format!(
                "{} is named {} ways: {}",
                t.venues[v].acronym,
                forms.len(),
                names.join(", ")
            ),
            places: Finding::places_of(&primary, &variants),
            variants,
            suggestion: canonical,
            evidence,
            edits,
        });
    }
    findings
}

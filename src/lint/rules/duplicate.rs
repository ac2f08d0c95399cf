//! `duplicate`: one work entered twice (same DOI, same arXiv id, or the same title with
//! the same year or first author), a preprint next to its published version, and citation
//! keys used twice across the .bib inputs.

use std::collections::HashMap;

use super::super::corpus::Record;
use super::super::finding::{Finding, Rule};
use crate::diag::Severity;
use crate::model::{EntryType, fold};

/// Runs the rule.
pub fn check(records: &[Record]) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut reported: std::collections::HashSet<(usize, usize)> = Default::default();

    // Keys.
    let mut keys: HashMap<&str, usize> = HashMap::new();
    for (r, rec) in records.iter().enumerate() {
        let Some(place) = &rec.key else { continue };
        match keys.get(rec.entry.key.as_str()) {
            Some(&first) => {
                let mut f = Finding::new(
                    Rule::Duplicate,
                    Severity::Error,
                    format!("key `{}` is used twice", rec.entry.key),
                    place.clone(),
                );
                if let Some(p) = &records[first].key {
                    f.places.push(p.clone());
                }
                findings.push(f);
            }
            None => {
                keys.insert(&rec.entry.key, r);
            }
        }
    }

    // Identifiers.
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for (r, rec) in records.iter().enumerate() {
        let ids = [
            rec.entry
                .doi
                .as_deref()
                .map(|d| format!("doi:{}", d.trim().to_lowercase())),
            arxiv_id(rec).map(|a| format!("arXiv:{a}")),
        ];
        for id in ids.into_iter().flatten() {
            match by_id.get(&id) {
                Some(&first) if reported.insert((first, r)) => {
                    findings.push(pair(
                        records,
                        first,
                        r,
                        &format!("the same {}", id.split(':').next().unwrap_or("id")),
                        Severity::Error,
                        0.98,
                    ));
                }
                Some(_) => {}
                None => {
                    by_id.insert(id, r);
                }
            }
        }
    }

    // Titles.
    let mut by_title: HashMap<String, Vec<usize>> = HashMap::new();
    for (r, rec) in records.iter().enumerate() {
        if let Some(t) = rec.entry.title.as_deref() {
            let key = fold(t);
            if key.len() >= 12 {
                by_title.entry(key).or_default().push(r);
            }
        }
    }
    let mut groups: Vec<_> = by_title.into_values().filter(|g| g.len() > 1).collect();
    groups.sort();
    for g in groups {
        for (k, &a) in g.iter().enumerate() {
            for &b in &g[k + 1..] {
                if reported.contains(&(a, b)) {
                    continue;
                }
                let (ea, eb) = (&records[a].entry, &records[b].entry);
                let (pa, pb) = (is_preprint(records, a), is_preprint(records, b));
                if pa != pb {
                    reported.insert((a, b));
                    findings.push(pair(
                        records,
                        a,
                        b,
                        "a preprint and its published version",
                        Severity::Warning,
                        0.9,
                    ));
                    continue;
                }
                let same_year = ea.year.is_some() && ea.year == eb.year;
                let first =
                    |e: &crate::model::Entry| e.authors.first().map(|x| fold(&x.name.family));
                let same_first = first(ea).is_some() && first(ea) == first(eb);
                if same_year || same_first {
                    reported.insert((a, b));
                    let why = if same_year {
                        "the same title and year"
                    } else {
                        "the same title and first author"
                    };
                    findings.push(pair(records, a, b, why, Severity::Error, 0.95));
                }
            }
        }
    }
    findings
}

/// A finding for entry `b` repeating entry `a`.
fn pair(
    records: &[Record],
    a: usize,
    b: usize,
    why: &str,
    severity: Severity,
    confidence: f32,
) -> Finding {
    let title = records[b].entry.title.as_deref().unwrap_or("(untitled)");
    let mut f = Finding::new(
        Rule::Duplicate,
        severity,
        format!("\"{}\" is entered twice: {why}", shorten(title)),
        records[b].place.clone(),
    );
    f.places.push(records[a].place.clone());
    f.confidence = confidence;
    f.evidence
        .push(format!("the other entry: {}", describe(&records[a])));
    f
}

fn describe(r: &Record) -> String {
    let e = &r.entry;
    let mut s = match &r.key {
        Some(_) => format!("`{}`", e.key),
        None => "the list item".to_string(),
    };
    if let Some(y) = &e.year {
        s.push_str(&format!(" ({y})"));
    }
    if let Some(c) = &e.container {
        s.push_str(&format!(" in {}", shorten(c)));
    }
    s
}

fn shorten(s: &str) -> String {
    if s.chars().count() > 60 {
        format!("{}...", s.chars().take(57).collect::<String>())
    } else {
        s.to_string()
    }
}

/// The arXiv id of an entry: `eprint`, or an arXiv number in the venue or note.
fn arxiv_id(r: &Record) -> Option<String> {
    let e = &r.entry;
    if let Some(ep) = &e.eprint {
        return Some(ep.trim().trim_start_matches("arXiv:").to_string());
    }
    let hay = [e.container.as_deref(), e.note.as_deref()];
    hay.into_iter().flatten().find_map(|h| {
        let i = h.to_ascii_lowercase().find("arxiv")?;
        let rest = &h[i + 5..];
        let id: String = rest
            .trim_start_matches([':', ' ', 'p', 'r', 'e', 'i', 'n', 't'])
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == 'v')
            .collect();
        (id.len() >= 9 && id.contains('.')).then(|| id.split('v').next().unwrap_or("").to_string())
    })
}

/// Whether an entry is a preprint (arXiv, bioRxiv, SSRN...) rather than a publication.
fn is_preprint(records: &[Record], r: usize) -> bool {
    let e = &records[r].entry;
    if matches!(
        e.kind,
        EntryType::Article | EntryType::InProceedings | EntryType::InCollection | EntryType::Book
    ) && !e.container.as_deref().is_some_and(preprint_server)
    {
        return false;
    }
    e.eprint.is_some()
        || e.container.as_deref().is_some_and(preprint_server)
        || e.note.as_deref().is_some_and(preprint_server)
}

fn preprint_server(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    [
        "arxiv", "biorxiv", "medrxiv", "psyarxiv", "ssrn", "preprint", "corr",
    ]
    .iter()
    .any(|w| l.contains(w))
}

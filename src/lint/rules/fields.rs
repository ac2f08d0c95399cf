//! `fields`: missing title, year or venue; malformed pages, years and DOIs; unbalanced
//! braces; marks left inside names (`Einstein*`); a lone `equal` author; annotation items
//! past the end of the author list.

use std::sync::LazyLock;

use regex::Regex;

use super::super::corpus::{Place, Record};
use super::super::finding::{Edit, Finding, Rule};
use crate::diag::Severity;
use crate::model::EntryType;

static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:1[5-9]\d\d|20\d\d)[a-z]?$|^(?:in press|to appear|forthcoming|submitted|under review|in preparation|n\.\s?d\.)$").unwrap()
});
static PAGES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Za-z]{0,3}\d+(?::\d+)?[A-Za-z]?(?:\s*(?:--?|–|—)\s*[A-Za-z]{0,3}\d+(?::\d+)?[A-Za-z]?)?$|^[ivxlcdm]+(?:\s*--?\s*[ivxlcdm]+)?$")
        .unwrap()
});
static DOI: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^10\.\d{4,9}/\S+$").unwrap());
static DOI_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)").unwrap());

/// Characters that mark authors in lists and must not stay inside a name.
const MARKS: [char; 9] = ['*', '†', '‡', '#', '✉', '^', '§', '¶', '∗'];

/// Runs the rule.
pub fn check(records: &[Record]) -> Vec<Finding> {
    let mut out = Vec::new();
    for rec in records {
        check_record(rec, &mut out);
    }
    out
}

fn check_record(rec: &Record, out: &mut Vec<Finding>) {
    let e = &rec.entry;
    let at = |field: &str| rec.field(field).unwrap_or_else(|| rec.place.clone());
    let mut warn = |place: Place, severity: Severity, msg: String| {
        out.push(Finding::new(Rule::Fields, severity, msg, place));
    };
    let name = if rec.key.is_some() {
        format!("`{}`", e.key)
    } else {
        "this entry".to_string()
    };
    if e.title.is_none() {
        warn(
            rec.place.clone(),
            Severity::Warning,
            format!("{name} has no title"),
        );
    }
    if e.year.is_none() && e.kind != EntryType::Unpublished {
        warn(
            rec.place.clone(),
            Severity::Warning,
            format!("{name} has no year"),
        );
    }
    if e.container.is_none()
        && matches!(
            e.kind,
            EntryType::Article | EntryType::InProceedings | EntryType::InCollection
        )
    {
        warn(
            rec.place.clone(),
            Severity::Warning,
            format!("{name} ({}) has no venue", e.kind.bibtex_name()),
        );
    }
    if let Some(y) = &e.year
        && !YEAR.is_match(y.trim())
    {
        warn(
            at("year"),
            Severity::Warning,
            format!("malformed year \"{y}\""),
        );
    }
    if let Some(p) = &e.pages {
        check_pages(rec, p, out);
    }
    if let Some(d) = &e.doi {
        check_doi(rec, d, out);
    }
    for (field, raw) in &rec.raw {
        if !balanced(raw) {
            out.push(Finding::new(
                Rule::Fields,
                Severity::Error,
                format!("unbalanced braces in `{field}`"),
                at(field),
            ));
        }
    }
    for (i, a) in e.authors.iter().enumerate() {
        let p = &a.name;
        let mark = [&p.given, &p.prefix, &p.family, &p.suffix]
            .into_iter()
            .flat_map(|part| part.chars())
            .find(|c| MARKS.contains(c) || c.is_ascii_digit());
        if let Some(m) = mark {
            let written = p.to_string();
            let place = rec
                .names
                .get(i)
                .and_then(|n| n.as_ref())
                .map_or_else(|| rec.place.clone(), |n| n.whole.clone());
            let mut f = Finding::new(
                Rule::Fields,
                Severity::Error,
                format!("mark `{m}` left inside the name \"{written}\""),
                place,
            );
            f.evidence.push(
                "write marks as annotations: author+an = {N=equal} or {N=corresponding}".into(),
            );
            out.push(f);
        }
    }
    let equal = e.authors.iter().filter(|a| a.marks.equal).count();
    if equal == 1 {
        let mut f = Finding::new(
            Rule::Fields,
            Severity::Warning,
            format!("{name} marks only one author as equal contribution"),
            rec.field("author+an").unwrap_or_else(|| rec.place.clone()),
        );
        f.confidence = 0.7;
        out.push(f);
    }
    if let Some(an) = rec.raw("author+an") {
        let n = e.authors.len();
        for item in an
            .split(';')
            .filter_map(|s| s.split_once('='))
            .map(|(t, _)| t.split(':').next().unwrap_or("").trim())
        {
            if let Ok(k) = item.parse::<usize>()
                && (k == 0 || k > n)
            {
                out.push(Finding::new(
                    Rule::Fields,
                    Severity::Error,
                    format!("`author+an` item {k} is outside the author list (1 to {n})"),
                    at("author+an"),
                ));
            }
        }
    }
}

fn check_pages(rec: &Record, pages: &str, out: &mut Vec<Finding>) {
    let p = pages.trim();
    if !PAGES.is_match(p) {
        let mut f = Finding::new(
            Rule::Fields,
            Severity::Warning,
            format!("malformed pages \"{p}\""),
            rec.field("pages").unwrap_or_else(|| rec.place.clone()),
        );
        f.confidence = 0.8;
        out.push(f);
        return;
    }
    let nums: Vec<u64> = p
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect();
    if let [a, b] = nums[..]
        && b < a
        && !p.contains(|c: char| c.is_ascii_alphabetic())
    {
        out.push(Finding::new(
            Rule::Fields,
            Severity::Warning,
            format!("page range \"{p}\" runs backwards"),
            rec.field("pages").unwrap_or_else(|| rec.place.clone()),
        ));
        return;
    }
    // A single hyphen in a .bib range: BibTeX styles want `--`.
    if let (Some(place), Some(raw)) = (rec.field("pages"), rec.raw("pages"))
        && raw.trim() == p
        && p.matches('-').count() == 1
        && !p.contains("--")
    {
        let mut f = Finding::new(
            Rule::Fields,
            Severity::Warning,
            format!("page range \"{p}\" uses a single hyphen; BibTeX wants `--`"),
            place.clone(),
        );
        f.suggestion = Some(p.replace('-', "--"));
        if place.range.len() == raw.len() {
            f.edits.push(Edit {
                place: place.clone(),
                replacement: raw.replace('-', "--"),
            });
        }
        out.push(f);
    }
}

fn check_doi(rec: &Record, doi: &str, out: &mut Vec<Finding>) {
    let d = doi.trim();
    let place = rec.field("doi").unwrap_or_else(|| rec.place.clone());
    if let Some(m) = DOI_PREFIX.find(d) {
        let bare = &d[m.end()..];
        let mut f = Finding::new(
            Rule::Fields,
            Severity::Warning,
            format!("DOI \"{d}\" carries a resolver prefix"),
            place.clone(),
        );
        f.suggestion = Some(bare.to_string());
        if DOI.is_match(bare) && rec.raw("doi").is_some_and(|r| r.len() == place.range.len()) {
            f.edits.push(Edit {
                place,
                replacement: bare.to_string(),
            });
        }
        out.push(f);
    } else if !DOI.is_match(d) {
        out.push(Finding::new(
            Rule::Fields,
            Severity::Warning,
            format!("malformed DOI \"{d}\""),
            place,
        ));
    }
}

/// Whether braces balance (escaped braces do not count).
fn balanced(s: &str) -> bool {
    let mut depth = 0i64;
    let mut escaped = false;
    for c in s.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
            _ => {}
        }
    }
    depth == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert!(YEAR.is_match("2021") && YEAR.is_match("2021a") && YEAR.is_match("in press"));
        assert!(!YEAR.is_match("21") && !YEAR.is_match("2021-2022"));
        for ok in [
            "12--34",
            "13:1--13:19",
            "e1234",
            "S12-S19",
            "101",
            "xii--xv",
            "112-117",
        ] {
            assert!(PAGES.is_match(ok), "{ok}");
        }
        assert!(!PAGES.is_match("pp. 12, 14"));
        assert!(DOI.is_match("10.1109/CVPR.2015.7298872"));
        assert!(!DOI.is_match("doi 10.1109"));
        assert!(balanced(r"{A} \{ b") && !balanced("{a") && !balanced("a}{"));
    }
}

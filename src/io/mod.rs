//! Other formats: CSL-JSON (marks in each item's `custom` object) and hayagriva's YAML,
//! written and read.

mod read;

pub use read::{from_csl_json, from_yaml};

use serde_json::{Map, Value, json};

use crate::bib::{Dialect, format_annotations, to_bib_string};
use crate::model::{Entry, EntryType, Person};

/// Errors converting to another format.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An input could not be read.
    #[error("{file}: {message}")]
    Read {
        /// The file.
        file: String,
        /// What is wrong.
        message: String,
    },
    /// hayagriva rejected an entry.
    #[error("entry {key}: {message}")]
    Hayagriva {
        /// The entry's key.
        key: String,
        /// hayagriva's message.
        message: String,
    },
}

fn csl_type(kind: EntryType) -> &'static str {
    match kind {
        EntryType::Article => "article-journal",
        EntryType::InProceedings => "paper-conference",
        EntryType::InCollection => "chapter",
        EntryType::Book => "book",
        EntryType::PhdThesis | EntryType::MastersThesis => "thesis",
        EntryType::TechReport => "report",
        EntryType::Patent => "patent",
        EntryType::Unpublished => "manuscript",
        EntryType::Misc => "article",
    }
}

fn csl_name(p: &Person) -> Value {
    if p.is_others() {
        return json!({ "literal": "others" });
    }
    let mut m = Map::new();
    m.insert("family".into(), p.family.clone().into());
    if !p.given.is_empty() {
        m.insert("given".into(), p.given.clone().into());
    }
    if !p.prefix.is_empty() {
        m.insert("non-dropping-particle".into(), p.prefix.clone().into());
    }
    if !p.suffix.is_empty() {
        m.insert("suffix".into(), p.suffix.clone().into());
    }
    Value::Object(m)
}

/// Writes `bytes` to `path` atomically: a temporary file in the same directory, synced,
/// then renamed over `path`, so that readers never see half a file.
pub fn write_atomic(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all().ok();
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// One entry as a CSL-JSON item. Marks go to `custom["author+an"]` (an edited book's
/// editors' to `custom["editor+an"]`), links to `custom.links` (and the first plain link
/// to `URL`), the arXiv id to `custom.arxiv`.
pub fn csl_item(e: &Entry) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), e.key.clone().into());
    m.insert("type".into(), csl_type(e.kind).into());
    if !e.authors.is_empty() {
        m.insert(
            "author".into(),
            e.authors.iter().map(|a| csl_name(&a.name)).collect(),
        );
    }
    if !e.editors.is_empty() {
        m.insert("editor".into(), e.editors.iter().map(csl_name).collect());
    }
    if let Some(list) = e.extra_field("translator") {
        let names = crate::bib::split_names(list)
            .into_iter()
            .map(|r| crate::bib::parse_name(&list[r], str::to_string))
            .map(|p| csl_name(&p));
        m.insert("translator".into(), names.collect());
    }
    let mut put = |k: &str, v: &Option<String>| {
        if let Some(v) = v {
            m.insert(k.into(), v.clone().into());
        }
    };
    put("title", &e.title);
    put("container-title", &e.container);
    put("volume", &e.volume);
    put("issue", &e.number);
    put("page", &e.pages.as_ref().map(|p| p.replace("--", "–")));
    put("publisher", &e.publisher);
    put("publisher-place", &e.address);
    put("DOI", &e.doi);
    put("note", &e.note);
    if let Some(abbr) = e.extra_field("abbr") {
        m.insert("container-title-short".into(), abbr.into());
    }
    for (field, csl) in [
        ("edition", "edition"),
        ("series", "collection-title"),
        ("isbn", "ISBN"),
        ("issn", "ISSN"),
        ("pmid", "PMID"),
        ("pmcid", "PMCID"),
    ] {
        if let Some(v) = e.extra_field(field) {
            m.insert(csl.into(), v.into());
        }
    }
    if let Some(y) = e
        .year
        .as_deref()
        .and_then(|y| y.get(..4))
        .and_then(|y| y.parse::<i32>().ok())
    {
        let month = e.month.as_deref().and_then(month_number);
        let parts = match month {
            Some(mo) => json!([[y, mo]]),
            None => json!([[y]]),
        };
        m.insert("issued".into(), json!({ "date-parts": parts }));
    }
    if let Some(url) = e
        .links
        .iter()
        .find(|l| l.kind == crate::model::LinkKind::Url)
    {
        m.insert("URL".into(), url.url.clone().into());
    }
    let mut custom = Map::new();
    if let Some(an) = format_annotations(&e.authors) {
        custom.insert("author+an".into(), an.into());
    }
    if let Some(an) = e.extra_field("editor+an") {
        custom.insert("editor+an".into(), an.into());
    }
    if !e.links.is_empty() {
        custom.insert(
            "links".into(),
            e.links
                .iter()
                .map(|l| json!({ "kind": l.kind.field(), "label": l.label, "url": l.url }))
                .collect(),
        );
    }
    if let Some(id) = &e.eprint {
        custom.insert("arxiv".into(), id.clone().into());
    }
    if !custom.is_empty() {
        m.insert("custom".into(), Value::Object(custom));
    }
    Value::Object(m)
}

/// The month number (1-12) of a month field, from its first word: a name in one of the
/// [listed languages](crate::model::month_number) or a number ("Jan.", "September",
/// "mai", "Jan-Feb" → 1).
pub fn month_number(m: &str) -> Option<u32> {
    let first = m.trim().split(|c: char| !c.is_alphanumeric()).next()?;
    crate::model::month_number(first)
}

/// Writes entries as a CSL-JSON array (see [`csl_item`]).
pub fn to_csl_json(entries: &[Entry]) -> String {
    let items: Vec<Value> = entries.iter().map(csl_item).collect();
    serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".into()) + "\n"
}

/// Writes entries in hayagriva's YAML format. hayagriva has no place for marks, so each
/// entry with marks is followed by a comment line `# author+an: ...`.
pub fn to_yaml(entries: &[Entry]) -> Result<String, Error> {
    let mut out = String::new();
    for e in entries {
        let bib = to_bib_string(std::slice::from_ref(e), Dialect::BibLaTeX);
        let lib = hayagriva::io::from_biblatex_str(&bib).map_err(|errs| Error::Hayagriva {
            key: e.key.clone(),
            message: errs
                .iter()
                .map(|x| format!("{x:?}"))
                .collect::<Vec<_>>()
                .join("; "),
        })?;
        let yaml = hayagriva::io::to_yaml_str(&lib).map_err(|x| Error::Hayagriva {
            key: e.key.clone(),
            message: x.to_string(),
        })?;
        out.push_str(&yaml);
        if let Some(an) = format_annotations(&e.authors) {
            out.push_str(&format!("# {}: author+an: {an}\n", e.key));
        }
    }
    Ok(out)
}

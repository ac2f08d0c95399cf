//! Reading CSL-JSON and hayagriva YAML into publist's model.

use serde_json::Value;

use super::Error;
use crate::bib::parse_annotations;
use crate::model::{Author, Entry, EntryType, Field, Link, LinkKind, Person};

/// Reads a CSL-JSON array (or a single item). Marks come from `custom["author+an"]`, links
/// from `custom.links`.
pub fn from_csl_json(text: &str, file: &str) -> Result<Vec<Entry>, Error> {
    let value: Value = serde_json::from_str(text).map_err(|e| Error::Read {
        file: file.to_string(),
        message: format!("{}:{}: {e}", e.line(), e.column()),
    })?;
    let items = match value {
        Value::Array(items) => items,
        item @ Value::Object(_) => vec![item],
        _ => {
            return Err(Error::Read {
                file: file.to_string(),
                message: "expected an array of CSL-JSON items".into(),
            });
        }
    };
    Ok(items
        .iter()
        .enumerate()
        .map(|(i, v)| csl_entry(i, v))
        .collect())
}

fn csl_entry(index: usize, v: &Value) -> Entry {
    let s = |k: &str| -> Option<String> {
        match v.get(k)? {
            Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    let kind = match s("type").as_deref() {
        Some("article-journal" | "article-magazine" | "article-newspaper") => EntryType::Article,
        Some("paper-conference") => EntryType::InProceedings,
        Some("chapter" | "entry-encyclopedia" | "entry-dictionary") => EntryType::InCollection,
        Some("book") => EntryType::Book,
        Some("thesis") => EntryType::PhdThesis,
        Some("report") => EntryType::TechReport,
        Some("patent") => EntryType::Patent,
        Some("manuscript") => EntryType::Unpublished,
        _ => EntryType::Misc,
    };
    let names = |k: &str| -> Vec<Person> {
        v.get(k)
            .and_then(Value::as_array)
            .map(|a| a.iter().map(csl_person).collect())
            .unwrap_or_default()
    };
    let mut e = Entry {
        key: s("id").unwrap_or_else(|| format!("item{}", index + 1)),
        kind,
        authors: names("author").into_iter().map(Author::from).collect(),
        editors: names("editor"),
        title: s("title"),
        container: s("container-title"),
        volume: s("volume"),
        number: s("issue").or_else(|| s("number")),
        pages: s("page").map(|p| p.replace('–', "--")),
        publisher: s("publisher"),
        address: s("publisher-place"),
        doi: s("DOI"),
        note: s("note"),
        ..Entry::default()
    };
    if let Some(parts) = v
        .get("issued")
        .and_then(|d| d.get("date-parts"))
        .and_then(|p| p.get(0))
        .and_then(Value::as_array)
    {
        let num = |i: usize| {
            parts.get(i).and_then(|x| {
                x.as_i64()
                    .or_else(|| x.as_str().and_then(|s| s.parse().ok()))
            })
        };
        e.year = num(0).map(|y| y.to_string());
        e.month = num(1)
            .and_then(|m| MONTHS.get((m as usize).wrapping_sub(1)))
            .map(|m| m.to_string());
    } else if let Some(raw) = v
        .get("issued")
        .and_then(|d| d.get("raw"))
        .and_then(Value::as_str)
    {
        e.year = raw.get(..4).map(str::to_string);
    }
    if let Some(abbr) = s("container-title-short") {
        e.extra.push(Field {
            name: "abbr".into(),
            value: abbr,
        });
    }
    let custom = v.get("custom");
    if let Some(an) = custom
        .and_then(|c| c.get("author+an"))
        .and_then(Value::as_str)
    {
        for (i, marks) in parse_annotations(an) {
            if let Some(a) = e.authors.get_mut(i) {
                a.marks = marks;
            }
        }
    }
    if let Some(an) = custom
        .and_then(|c| c.get("editor+an"))
        .and_then(Value::as_str)
    {
        e.set_extra("editor+an", an);
    }
    if let Some(links) = custom
        .and_then(|c| c.get("links"))
        .and_then(Value::as_array)
    {
        for l in links {
            let url = l.get("url").and_then(Value::as_str).unwrap_or_default();
            let label = l.get("label").and_then(Value::as_str).unwrap_or_default();
            if !url.is_empty() {
                e.links.push(Link {
                    kind: LinkKind::from_label(label),
                    label: label.to_string(),
                    url: url.to_string(),
                });
            }
        }
    } else if let Some(url) = s("URL") {
        e.links.push(Link {
            kind: LinkKind::Url,
            label: "url".into(),
            url,
        });
    }
    e.eprint = custom
        .and_then(|c| c.get("arxiv"))
        .and_then(Value::as_str)
        .map(str::to_string);
    e
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn csl_person(v: &Value) -> Person {
    let s = |k: &str| {
        v.get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    if v.get("family").is_none() && v.get("literal").is_some() {
        let lit = s("literal");
        return if lit == "others" {
            Person::others()
        } else {
            Person::new("", lit)
        };
    }
    let mut prefix = s("non-dropping-particle");
    let dropping = s("dropping-particle");
    if !dropping.is_empty() {
        prefix = format!("{dropping} {prefix}").trim().to_string();
    }
    Person {
        given: s("given"),
        prefix,
        family: s("family"),
        suffix: s("suffix"),
    }
}

/// Reads a hayagriva YAML bibliography. hayagriva's format has no place for marks.
pub fn from_yaml(text: &str, file: &str) -> Result<Vec<Entry>, Error> {
    let lib = hayagriva::io::from_yaml_str(text).map_err(|e| Error::Read {
        file: file.to_string(),
        message: e.to_string(),
    })?;
    Ok(lib.iter().map(yaml_entry).collect())
}

fn yaml_entry(h: &hayagriva::Entry) -> Entry {
    use hayagriva::types::EntryType as H;
    let parent = h.parents().first();
    let kind = match (h.entry_type(), parent.map(|p| p.entry_type())) {
        (H::Article, Some(H::Proceedings | H::Conference)) => EntryType::InProceedings,
        (H::Article, _) => EntryType::Article,
        (H::Chapter | H::Anthos, _) => EntryType::InCollection,
        (H::Book, _) => EntryType::Book,
        (H::Thesis, _) => EntryType::PhdThesis,
        (H::Report, _) => EntryType::TechReport,
        (H::Patent, _) => EntryType::Patent,
        (H::Manuscript, _) => EntryType::Unpublished,
        _ => EntryType::Misc,
    };
    let person = |p: &hayagriva::types::Person| Person {
        given: p.given_name.clone().unwrap_or_default(),
        prefix: p.prefix.clone().unwrap_or_default(),
        family: p.name.clone(),
        suffix: p.suffix.clone().unwrap_or_default(),
    };
    let text = |f: Option<&hayagriva::types::FormatString>| f.map(|f| f.value.to_string());
    let num = |n: Option<&hayagriva::types::MaybeTyped<hayagriva::types::Numeric>>| {
        n.map(|n| match n {
            hayagriva::types::MaybeTyped::Typed(t) => t.to_string(),
            hayagriva::types::MaybeTyped::String(s) => s.clone(),
        })
    };
    let date = h.date().or_else(|| parent.and_then(|p| p.date()));
    let mut e = Entry {
        key: h.key().to_string(),
        kind,
        authors: h
            .authors()
            .unwrap_or_default()
            .iter()
            .map(|p| Author::from(person(p)))
            .collect(),
        editors: h.editors().unwrap_or_default().iter().map(person).collect(),
        title: text(h.title()),
        container: parent.and_then(|p| text(p.title())),
        year: date.map(|d| d.year.to_string()),
        month: date
            .and_then(|d| d.month)
            .and_then(|m| MONTHS.get(m as usize))
            .map(|m| m.to_string()),
        volume: num(h.volume().or_else(|| parent.and_then(|p| p.volume()))),
        number: num(h.issue().or_else(|| parent.and_then(|p| p.issue()))),
        pages: h.page_range().map(|p| match p {
            hayagriva::types::MaybeTyped::Typed(t) => t.to_string().replace('-', "--"),
            hayagriva::types::MaybeTyped::String(s) => s.clone(),
        }),
        doi: h.doi().map(str::to_string),
        eprint: h.keyed_serial_number("arxiv").map(str::to_string),
        note: text(h.note()),
        ..Entry::default()
    };
    if let Some(p) = h.publisher().or_else(|| parent.and_then(|p| p.publisher())) {
        e.publisher = text(p.name());
        e.address = text(p.location());
    }
    if let Some(u) = h.url() {
        e.links.push(Link {
            kind: LinkKind::Url,
            label: "url".into(),
            url: u.value.to_string(),
        });
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csl_json_round_trip_keeps_marks_and_links() {
        let src = "1. **Lin, M.**\\*, Ye, J.\\* (2016). A Title. In Proc. of NeurIPS, 12–20. [PDF](https://x.org/a.pdf)\n\n\\* Equal contribution\n";
        let out = crate::extract::extract(src, &crate::extract::Options::markdown("cv.md"));
        let json = super::super::to_csl_json(&out.entries);
        let back = from_csl_json(&json, "x.json").unwrap();
        assert_eq!(back.len(), 1);
        let (a, b) = (&out.entries[0], &back[0]);
        assert_eq!(a.authors, b.authors);
        assert_eq!(a.title, b.title);
        assert_eq!(a.year, b.year);
        assert_eq!(a.links, b.links);
        assert!(
            from_csl_json("{", "bad.json")
                .unwrap_err()
                .to_string()
                .contains("bad.json: 1:")
        );
    }

    #[test]
    fn yaml_is_read() {
        let y = "owner2024:\n  type: article\n  title: A Study\n  author: [\"Owner, Alice\", \"Roe, Richard\"]\n  date: 2024-03\n  parent:\n    type: periodical\n    title: Journal of Stuff\n    volume: 12\n  page-range: 1-20\n";
        let e = &from_yaml(y, "x.yaml").unwrap()[0];
        assert_eq!(e.kind, EntryType::Article);
        assert_eq!(e.authors[0].name.family, "Owner");
        assert_eq!(e.container.as_deref(), Some("Journal of Stuff"));
        assert_eq!(e.year.as_deref(), Some("2024"));
        assert_eq!(e.volume.as_deref(), Some("12"));
        assert_eq!(e.pages.as_deref(), Some("1--20"));
    }
}

//! The list around the references: which entries (`--select`), in which order, under which
//! headings, and the legend for the marks.

use std::collections::BTreeMap;

use super::Error;
use super::runs::Run;
use crate::model::{Entry, EntryType, Link, Person};

/// A rendered list, ready for a writer.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// The page title (standalone output).
    pub title: Option<String>,
    /// Groups in order.
    pub groups: Vec<Group>,
    /// The legend for the marks used ("* Equal contribution. † Corresponding author.").
    pub legend: Option<String>,
    /// Whether the style numbers its entries (an ordered list).
    pub numbered: bool,
}

/// A heading and its entries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Group {
    /// The heading, when grouping.
    pub heading: Option<String>,
    /// The entries.
    pub items: Vec<Item>,
}

/// One rendered entry.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Item {
    /// The entry's key.
    pub key: String,
    /// The style's label (`[3]`), when it sets one apart.
    pub label: Vec<Run>,
    /// The reference.
    pub body: Vec<Run>,
    /// Links shown after it.
    pub links: Vec<Link>,
}

/// How to group entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GroupBy {
    /// By kind: journal articles, conference papers, chapters, theses, preprints...
    #[default]
    Type,
    /// By year.
    Year,
    /// One list.
    None,
}

/// How to order entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// Newest first (the input order within a year).
    #[default]
    Newest,
    /// Oldest first.
    Oldest,
    /// The style's own bibliography order.
    Style,
}

/// The group an entry belongs to under `--group-by type`: (rank, key).
pub fn type_group(e: &Entry) -> (usize, &'static str) {
    let preprint = e.eprint.is_some()
        || [e.container.as_deref(), e.note.as_deref()]
            .into_iter()
            .flatten()
            .any(|s| {
                let l = s.to_ascii_lowercase();
                l.contains("arxiv") || l.contains("preprint") || l.contains("rxiv")
            });
    match e.kind {
        EntryType::Article if !preprint => (0, "article"),
        EntryType::InProceedings => (1, "inproceedings"),
        EntryType::InCollection => (2, "incollection"),
        EntryType::Book => (3, "book"),
        EntryType::PhdThesis | EntryType::MastersThesis => (4, "thesis"),
        EntryType::TechReport => (5, "techreport"),
        EntryType::Patent => (6, "patent"),
        EntryType::Unpublished => (8, "unpublished"),
        _ if preprint => (7, "preprint"),
        _ => (9, "misc"),
    }
}

/// The default heading of a type group.
pub fn default_heading(key: &str) -> &'static str {
    match key {
        "article" => "Journal Articles",
        "inproceedings" => "Conference Papers",
        "incollection" => "Book Chapters",
        "book" => "Books",
        "thesis" => "Theses",
        "techreport" => "Technical Reports",
        "patent" => "Patents",
        "preprint" => "Preprints",
        "unpublished" => "Under Review",
        _ => "Other",
    }
}

/// The year of an entry as a number, when it has one.
pub fn year(e: &Entry) -> Option<i32> {
    e.year.as_deref()?.get(..4)?.parse().ok()
}

/// Orders entry indices; `style_order` is the style's own order when asked for.
pub fn order(entries: &[Entry], idx: &mut [usize], how: Order, style_order: Option<&[usize]>) {
    match how {
        // Entries without a year (in press, submitted) first when newest first.
        Order::Newest => {
            idx.sort_by_key(|&i| std::cmp::Reverse(year(&entries[i]).unwrap_or(i32::MAX)))
        }
        Order::Oldest => idx.sort_by_key(|&i| year(&entries[i]).unwrap_or(i32::MAX)),
        Order::Style => {
            if let Some(so) = style_order {
                let rank: BTreeMap<usize, usize> =
                    so.iter().enumerate().map(|(r, &i)| (i, r)).collect();
                idx.sort_by_key(|i| rank.get(i).copied().unwrap_or(usize::MAX));
            }
        }
    }
}

/// Groups ordered indices: (heading, indices).
pub fn group(
    entries: &[Entry],
    idx: &[usize],
    by: GroupBy,
    headings: &BTreeMap<String, String>,
) -> Vec<(Option<String>, Vec<usize>)> {
    match by {
        GroupBy::None => vec![(None, idx.to_vec())],
        GroupBy::Year => {
            let mut out: Vec<(Option<String>, Vec<usize>)> = Vec::new();
            for &i in idx {
                let h = entries[i].year.clone().unwrap_or_else(|| {
                    headings
                        .get("undated")
                        .cloned()
                        .unwrap_or_else(|| "Forthcoming".into())
                });
                match out.last_mut() {
                    Some((Some(last), v)) if *last == h => v.push(i),
                    _ => out.push((Some(h), vec![i])),
                }
            }
            out
        }
        GroupBy::Type => {
            let mut by_kind: BTreeMap<(usize, &str), Vec<usize>> = BTreeMap::new();
            for &i in idx {
                by_kind.entry(type_group(&entries[i])).or_default().push(i);
            }
            by_kind
                .into_iter()
                .map(|((_, key), v)| {
                    let h = headings
                        .get(key)
                        .cloned()
                        .unwrap_or_else(|| default_heading(key).to_string());
                    (Some(h), v)
                })
                .collect()
        }
    }
}

/// A `--select` filter: clauses joined by `,` (all must hold), each `FIELD OP VALUE` with
/// OP one of `= != >= <= > < ~` (`~` is "contains"), or a bare field meaning `FIELD=true`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selector {
    clauses: Vec<(String, String, String)>,
}

impl Selector {
    /// Parses a filter such as `year>=2020, type=article, selected`.
    pub fn parse(expr: &str) -> Result<Selector, Error> {
        let mut clauses = Vec::new();
        for raw in expr.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            let op_at = raw.find(['=', '!', '>', '<', '~']);
            let (field, op, value) = match op_at {
                None => (raw, "=", "true"),
                Some(i) => {
                    let rest = &raw[i..];
                    let op = ["!=", ">=", "<=", "=", ">", "<", "~"]
                        .into_iter()
                        .find(|o| rest.starts_with(o))
                        .ok_or_else(|| Error::BadSelect(format!("`{raw}`: unknown operator")))?;
                    (&raw[..i], op, rest[op.len()..].trim())
                }
            };
            let field = field.trim().to_ascii_lowercase();
            if field.is_empty()
                || !field
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                return Err(Error::BadSelect(format!(
                    "`{raw}`: expected FIELD OP VALUE"
                )));
            }
            if field == "year" && op != "~" && value.parse::<i32>().is_err() {
                return Err(Error::BadSelect(format!(
                    "`{raw}`: the year must be a number"
                )));
            }
            clauses.push((field, op.to_string(), value.to_string()));
        }
        if clauses.is_empty() {
            return Err(Error::BadSelect("empty filter".into()));
        }
        Ok(Selector { clauses })
    }

    /// Whether an entry passes every clause.
    pub fn matches(&self, e: &Entry) -> bool {
        self.clauses.iter().all(|(f, op, v)| clause(e, f, op, v))
    }
}

fn clause(e: &Entry, field: &str, op: &str, value: &str) -> bool {
    let v = value.to_lowercase();
    let text_cmp = |actual: Option<String>| -> bool {
        let a = actual.unwrap_or_default().to_lowercase();
        match op {
            "=" => a == v,
            "!=" => a != v,
            "~" => a.contains(&v),
            _ => false,
        }
    };
    match field {
        "year" => {
            let Some(y) = year(e) else { return op == "!=" };
            let Ok(n) = value.parse::<i32>() else {
                return op == "~" && e.year.as_deref().unwrap_or("").contains(value);
            };
            match op {
                "=" => y == n,
                "!=" => y != n,
                ">=" => y >= n,
                "<=" => y <= n,
                ">" => y > n,
                "<" => y < n,
                _ => false,
            }
        }
        "type" => {
            let (_, group) = type_group(e);
            let hit = e.kind.bibtex_name() == v || group == v;
            if op == "!=" { !hit } else { hit }
        }
        "selected" => {
            let on = e
                .extra_field("selected")
                .is_some_and(|s| matches!(s.trim().to_lowercase().as_str(), "true" | "yes" | "1"));
            let want = matches!(v.as_str(), "true" | "yes" | "1");
            if op == "!=" { on != want } else { on == want }
        }
        "keyword" | "keywords" => {
            let has = e
                .extra_field("keywords")
                .or_else(|| e.extra_field("keyword"))
                .is_some_and(|k| {
                    k.split([',', ';'])
                        .any(|w| w.trim().eq_ignore_ascii_case(value))
                });
            if op == "!=" { !has } else { has }
        }
        "author" => {
            let p = Person::parse(value);
            let has = e.authors.iter().any(|a| a.name.same_as(&p));
            if op == "!=" { !has } else { has }
        }
        "venue" | "journal" | "booktitle" | "container" => text_cmp(e.container.clone()),
        "title" => text_cmp(e.title.clone()),
        "key" => text_cmp(Some(e.key.clone())),
        other => text_cmp(e.extra_field(other).map(str::to_string)),
    }
}

/// The legend for the marks used in `entries`.
pub fn legend(
    entries: &[&Entry],
    equal: &str,
    corresponding: &str,
    texts: &LegendText,
) -> Option<String> {
    let any_equal = entries
        .iter()
        .any(|e| e.authors.iter().any(|a| a.marks.equal));
    let any_corr = entries
        .iter()
        .any(|e| e.authors.iter().any(|a| a.marks.corresponding));
    let mut parts = Vec::new();
    if any_equal {
        parts.push(format!("{equal} {}", texts.equal));
    }
    if any_corr {
        parts.push(format!("{corresponding} {}", texts.corresponding));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The words of the legend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegendText {
    /// After the equal mark.
    pub equal: String,
    /// After the corresponding mark.
    pub corresponding: String,
}

impl Default for LegendText {
    fn default() -> Self {
        LegendText {
            equal: "Equal contribution.".into(),
            corresponding: "Corresponding author.".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(kind: EntryType, year: &str) -> Entry {
        Entry {
            kind,
            year: Some(year.into()),
            title: Some("A Title".into()),
            ..Entry::default()
        }
    }

    #[test]
    fn select_syntax() {
        let mut e = entry(EntryType::Article, "2021");
        e.set_extra("selected", "true");
        e.set_extra("keywords", "nas, quantization");
        assert!(
            Selector::parse("year>=2020, type=article")
                .unwrap()
                .matches(&e)
        );
        assert!(!Selector::parse("year<2020").unwrap().matches(&e));
        assert!(Selector::parse("selected").unwrap().matches(&e));
        assert!(Selector::parse("keyword=NAS").unwrap().matches(&e));
        assert!(Selector::parse("title~title").unwrap().matches(&e));
        assert!(Selector::parse("year>=twenty").is_err());
        assert!(Selector::parse("").is_err());
        assert!(Selector::parse("a b=c").is_err());
    }

    #[test]
    fn groups_and_order() {
        let mut pre = entry(EntryType::Misc, "2023");
        pre.eprint = Some("2301.00001".into());
        let entries = vec![
            entry(EntryType::Article, "2019"),
            entry(EntryType::InProceedings, "2022"),
            pre,
            entry(EntryType::Article, "2021"),
        ];
        let mut idx: Vec<usize> = (0..4).collect();
        order(&entries, &mut idx, Order::Newest, None);
        assert_eq!(idx, [2, 1, 3, 0]);
        let g = group(&entries, &idx, GroupBy::Type, &BTreeMap::new());
        let heads: Vec<_> = g
            .iter()
            .map(|(h, v)| (h.clone().unwrap(), v.clone()))
            .collect();
        assert_eq!(
            heads,
            [
                ("Journal Articles".to_string(), vec![3, 0]),
                ("Conference Papers".to_string(), vec![1]),
                ("Preprints".to_string(), vec![2])
            ]
        );
        let y = group(&entries, &idx, GroupBy::Year, &BTreeMap::new());
        assert_eq!(y.len(), 4);
    }
}

//! The .bib writer: a stable field order, values escaped for LaTeX, links verbatim.

use std::fmt::Write;

use super::annotation::format_annotations;
use crate::model::{Entry, EntryType, Person};

/// Which flavour of .bib to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// Classic BibTeX field names (`journal`, `address`, `school`).
    BibTeX,
    /// biblatex names (`journaltitle`, `location`, `institution`).
    BibLaTeX,
}

/// Escapes text for a braced .bib value: LaTeX specials are backslashed, and braces are
/// kept only when they balance.
pub fn escape(s: &str) -> String {
    let balanced = braces_balance(s);
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '\\' => out.push_str("\\textbackslash{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '{' | '}' if !balanced => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// A URL or path, written verbatim unless its braces do not balance.
fn escape_verbatim(s: &str) -> String {
    if braces_balance(s) {
        s.to_string()
    } else {
        s.replace(['{', '}'], "")
    }
}

fn braces_balance(s: &str) -> bool {
    let mut depth = 0i64;
    for c in s.chars() {
        match c {
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

fn names(list: &[Person]) -> String {
    list.iter()
        .map(|p| {
            if p.is_others() {
                return "others".to_string();
            }
            let protect = |s: &str| {
                if s.contains(" and ") || s.contains(',') || p.is_corporate() {
                    format!("{{{}}}", escape(s))
                } else {
                    escape(s)
                }
            };
            let mut out = String::new();
            if !p.prefix.is_empty() {
                out.push_str(&escape(&p.prefix));
                out.push(' ');
            }
            out.push_str(&protect(&p.family));
            if !p.suffix.is_empty() {
                out.push_str(", ");
                out.push_str(&escape(&p.suffix));
            }
            if !p.given.is_empty() {
                out.push_str(", ");
                out.push_str(&protect(&p.given));
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" and ")
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The month macro for a single month name, e.g. "January", "Jan." or "janvier" → `jan`.
fn month_macro(m: &str) -> Option<&'static str> {
    let n = crate::model::month_number(m)?;
    MONTHS.get(n as usize - 1).copied()
}

/// Writes entries as a .bib file.
pub fn to_bib_string(entries: &[Entry], dialect: Dialect) -> String {
    let mut out = String::new();
    for (i, e) in entries.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        write_entry(&mut out, e, dialect);
    }
    out
}

fn write_entry(out: &mut String, e: &Entry, dialect: Dialect) {
    let bib = dialect == Dialect::BibLaTeX;
    let mut fields: Vec<(String, String, bool)> = Vec::new();
    let mut push = |name: &str, value: String, raw: bool| {
        if !value.trim().is_empty() {
            fields.push((name.to_string(), value, raw));
        }
    };
    let authors: Vec<Person> = e.authors.iter().map(|a| a.name.clone()).collect();
    push("author", names(&authors), true);
    if let Some(an) = format_annotations(&e.authors) {
        push("author+an", an, true);
    }
    push("editor", names(&e.editors), true);
    // The editors' marks (kept as a field of its own) stand by the editors.
    if let Some(an) = e.extra_field("editor+an") {
        push("editor+an", an.to_string(), true);
    }
    push(
        "title",
        e.title.as_deref().map(escape).unwrap_or_default(),
        true,
    );
    if let Some(c) = &e.container {
        let name = match (e.kind.container_field(), bib) {
            ("journal", true) => "journaltitle",
            ("school", true) => "institution",
            (f, _) => f,
        };
        push(name, escape(c), true);
    }
    push(
        "year",
        e.year.as_deref().map(escape).unwrap_or_default(),
        true,
    );
    if let Some(m) = &e.month {
        match month_macro(m) {
            Some(mac) if !bib => fields.push(("month".into(), mac.into(), false)),
            Some(mac) => {
                let n = MONTHS.iter().position(|x| *x == mac).unwrap_or(0) + 1;
                fields.push(("month".into(), n.to_string(), true));
            }
            None => fields.push(("month".into(), escape(m), true)),
        }
    }
    let mut push = |name: &str, value: Option<&str>, verbatim: bool| {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            fields.push((
                name.to_string(),
                if verbatim {
                    escape_verbatim(v)
                } else {
                    escape(v)
                },
                true,
            ));
        }
    };
    push("volume", e.volume.as_deref(), false);
    push("number", e.number.as_deref(), false);
    push("pages", e.pages.as_deref(), false);
    push("publisher", e.publisher.as_deref(), false);
    push(
        if bib { "location" } else { "address" },
        e.address.as_deref(),
        false,
    );
    push("doi", e.doi.as_deref(), true);
    push("eprint", e.eprint.as_deref(), true);
    for f in e.extra.iter().filter(|f| f.name != "editor+an") {
        push(
            &f.name,
            Some(&f.value),
            f.name.starts_with("url") || f.name == "eprinttype",
        );
    }
    // Links: one field per kind; a second link of a kind goes to url, url2...
    let mut used: Vec<String> = Vec::new();
    for l in &e.links {
        let mut name = l.kind.field().to_string();
        if used.contains(&name) {
            name = "url".into();
        }
        let mut n = 2;
        while used.contains(&name) {
            name = format!("url{n}");
            n += 1;
        }
        used.push(name.clone());
        push(&name, Some(&l.url), true);
    }
    push("note", e.note.as_deref(), false);
    if e.kind == EntryType::PhdThesis && bib {
        fields.push(("type".into(), "phdthesis".into(), true));
    }
    let _ = writeln!(out, "@{}{{{},", e.kind.bibtex_name(), e.key);
    let width = fields.iter().map(|(n, _, _)| n.len()).max().unwrap_or(0);
    for (name, value, braced) in &fields {
        if *braced {
            let _ = writeln!(out, "  {name:width$} = {{{value}}},");
        } else {
            let _ = writeln!(out, "  {name:width$} = {value},");
        }
    }
    out.push_str("}\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Author, Link, LinkKind, Marks};

    #[test]
    fn escapes() {
        assert_eq!(
            escape("A & B 50% $x$ #1 a_b"),
            "A \\& B 50\\% \\$x\\$ \\#1 a\\_b"
        );
        assert_eq!(escape("{BERT} models"), "{BERT} models");
        assert_eq!(escape("odd } brace"), "odd \\} brace");
        assert_eq!(
            escape("C:\\x ~ ^"),
            "C:\\textbackslash{}x \\textasciitilde{} \\textasciicircum{}"
        );
    }

    #[test]
    fn writes_an_entry() {
        let mut e = Entry {
            key: "lin2021deformable".into(),
            kind: EntryType::InProceedings,
            title: Some("Deformable Butterfly".into()),
            container: Some(
                "Advances in Neural Information Processing Systems (NeurIPS'21)".into(),
            ),
            year: Some("2021".into()),
            month: Some("January".into()),
            links: vec![Link {
                kind: LinkKind::Pdf,
                label: "PDF".into(),
                url: "\\files\\pdf\\DeBut_final.pdf".into(),
            }],
            ..Entry::default()
        };
        e.authors = vec![
            Author::from(Person::new("R.", "Lin")),
            Author::from(Person::new("Gerard", "Melo")),
        ];
        e.authors[1].name.prefix = "de".into();
        e.authors[0].marks = Marks {
            highlight: true,
            equal: true,
            corresponding: false,
        };
        let s = to_bib_string(&[e], Dialect::BibTeX);
        assert_eq!(
            s,
            "@inproceedings{lin2021deformable,\n  author    = {Lin, R. and de Melo, Gerard},\n  author+an = {1=highlight,equal},\n  title     = {Deformable Butterfly},\n  booktitle = {Advances in Neural Information Processing Systems (NeurIPS'21)},\n  year      = {2021},\n  month     = jan,\n  pdf       = {\\files\\pdf\\DeBut_final.pdf},\n}\n"
        );
    }

    #[test]
    fn corporate_author_is_braced() {
        let list = [
            Person::new("Ada", "Moreno"),
            Person::new("", "The Yorùbá Speech Consortium"),
        ];
        assert_eq!(
            names(&list),
            "Moreno, Ada and {The Yorùbá Speech Consortium}"
        );
    }

    #[test]
    fn months() {
        assert_eq!(month_macro("Jan."), Some("jan"));
        assert_eq!(month_macro("September"), Some("sep"));
        assert_eq!(month_macro("January-March"), None);
        assert_eq!(month_macro("Mayday"), None);
        assert_eq!(month_macro("août"), Some("aug"));
    }
}

//! Citation styles: hayagriva's 80 bundled styles by name or short alias, the styles
//! publist ships in `styles/`, and `.csl` files on disk (dependent styles resolved to their
//! parent). Every style is patched for CV use before rendering; see [`patch`].

use std::path::Path;
use std::sync::LazyLock;

use hayagriva::archive::ArchivedStyle;
use hayagriva::citationberg::{
    IndependentStyle, LayoutRenderingElement, LocaleCode, Name, NamesChild, Style,
};
use regex::Regex;

use super::Error;

/// Styles publist ships (`styles/*.csl`), by name.
const SHIPPED: [(&str, &str); 1] = [("publist-cv", include_str!("../../styles/publist-cv.csl"))];

/// Short aliases for bundled styles (`data/style-aliases.tsv`).
static ALIASES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    include_str!("data/style-aliases.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, n)| (a.trim(), n.trim()))
        .collect()
});

/// A style ready to render with.
#[derive(Debug, Clone)]
pub struct LoadedStyle {
    /// The name it was asked for.
    pub name: String,
    /// The style, patched for CV use.
    pub style: IndependentStyle,
    /// The locale a dependent style asks for.
    pub locale: Option<LocaleCode>,
}

/// One entry of `publist styles`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StyleListing {
    /// The name to pass to `--style`.
    pub name: String,
    /// Other names that work too.
    pub aliases: Vec<String>,
    /// The style's title.
    pub title: String,
    /// Where it comes from: `publist` or `hayagriva`.
    pub origin: &'static str,
}

/// Every style available by name: publist's own first, then hayagriva's.
pub fn list() -> Vec<StyleListing> {
    let mut out: Vec<StyleListing> = SHIPPED
        .iter()
        .map(|(name, xml)| StyleListing {
            name: name.to_string(),
            aliases: if *name == "publist-cv" {
                vec!["cv".into()]
            } else {
                Vec::new()
            },
            title: IndependentStyle::from_xml(xml)
                .map(|s| s.info.title.value.clone())
                .unwrap_or_default(),
            origin: "publist",
        })
        .collect();
    for s in ArchivedStyle::all() {
        let names = s.names();
        let name = names[0].to_string();
        let mut aliases: Vec<String> = names[1..].iter().map(|n| n.to_string()).collect();
        aliases.extend(
            ALIASES
                .iter()
                .filter(|(_, n)| names.contains(n))
                .map(|(a, _)| a.to_string()),
        );
        aliases.sort();
        aliases.dedup();
        aliases.retain(|a| *a != name);
        out.push(StyleListing {
            name,
            aliases,
            title: s.display_name().to_string(),
            origin: "hayagriva",
        });
    }
    out
}

/// Finds a style by name, alias or path and patches it.
pub fn load(spec: &str) -> Result<LoadedStyle, Error> {
    let lower = spec.to_ascii_lowercase();
    let lookup = if lower == "cv" {
        "publist-cv"
    } else {
        lower.as_str()
    };
    if let Some((_, xml)) = SHIPPED.iter().find(|(n, _)| *n == lookup) {
        return from_xml(spec, xml, None);
    }
    let name = ALIASES
        .iter()
        .find(|(a, _)| *a == lookup)
        .map_or(lookup, |(_, n)| n);
    if let Some(archived) = ArchivedStyle::by_name(name) {
        return independent(spec, archived.get(), None);
    }
    let path = Path::new(spec);
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csl"))
        || path.exists()
    {
        let xml = std::fs::read_to_string(path).map_err(|e| Error::Io {
            path: spec.to_string(),
            source: e,
        })?;
        return from_xml(spec, &xml, None);
    }
    Err(Error::UnknownStyle(spec.to_string()))
}

/// Parses a style file; a broken file is reported at the line and column where the XML
/// breaks when the XML itself is broken.
fn from_xml(name: &str, xml: &str, locale: Option<LocaleCode>) -> Result<LoadedStyle, Error> {
    let style = Style::from_xml(xml).map_err(|e| Error::BadStyle {
        path: name.to_string(),
        message: match xml_error(xml) {
            Some((line, col, msg)) => format!("{line}:{col}: {msg}"),
            None => format!("not a CSL style ({e})"),
        },
    })?;
    independent(name, style, locale)
}

/// Resolves a dependent style to its bundled parent.
fn independent(name: &str, style: Style, locale: Option<LocaleCode>) -> Result<LoadedStyle, Error> {
    match style {
        Style::Independent(s) => Ok(LoadedStyle {
            name: name.to_string(),
            style: patch(s)?,
            locale,
        }),
        Style::Dependent(d) => {
            let parent = ArchivedStyle::by_id(&d.parent_link.href).ok_or_else(|| Error::BadStyle {
                path: name.to_string(),
                message: format!(
                    "dependent style whose parent {} is not bundled; pass the parent's .csl file",
                    d.parent_link.href
                ),
            })?;
            independent(name, parent.get(), d.default_locale.or(locale))
        }
    }
}

static ET_AL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(et-al-(?:subsequent-)?(?:min|use-first))="\d+""#).unwrap());

/// Patches a style for CV lists (the policy the README documents):
/// - every author is listed (et-al truncation off), so the owner is never hidden;
/// - no repeated-author dash (`subsequent-author-substitute` off);
/// - no year suffixes (`2023a`), which only make sense within one paper's references;
/// - `<names>` without a `<name>` child gets one (hayagriva would print no names, as in the
///   bundled Vancouver style).
pub fn patch(style: IndependentStyle) -> Result<IndependentStyle, Error> {
    let title = style.info.title.value.clone();
    let xml = Style::Independent(style)
        .to_xml()
        .map_err(|e| Error::BadStyle {
            path: title.clone(),
            message: format!("cannot re-serialize the style: {e}"),
        })?;
    let xml = ET_AL.replace_all(&xml, r#"$1="999""#);
    let mut style = match Style::from_xml(&xml) {
        Ok(Style::Independent(s)) => s,
        _ => {
            return Err(Error::BadStyle {
                path: title,
                message: "the patched style does not parse".into(),
            });
        }
    };
    if let Some(b) = style.bibliography.as_mut() {
        b.subsequent_author_substitute = None;
    }
    style.citation.disambiguate_add_year_suffix = false;
    for m in &mut style.macros {
        add_missing_names(&mut m.children);
    }
    if let Some(b) = style.bibliography.as_mut() {
        add_missing_names(&mut b.layout.elements);
    }
    add_missing_names(&mut style.citation.layout.elements);
    Ok(style)
}

/// Gives every `<names>` element that has children but no `<name>` a default `<name/>`,
/// placed first so that a `<label>` stays after the names as the style wrote it.
/// hayagriva prints nothing for such an element (the bundled Vancouver style has one).
/// A childless `<names/>` (a substitute's shorthand) is left alone.
fn add_missing_names(elements: &mut [LayoutRenderingElement]) {
    for e in elements {
        match e {
            LayoutRenderingElement::Names(n) => {
                let has_name = n.children.iter().any(|c| matches!(c, NamesChild::Name(_)));
                if !has_name && !n.children.is_empty() {
                    n.children.insert(0, NamesChild::Name(Name::default()));
                }
                for c in &mut n.children {
                    if let NamesChild::Substitute(s) = c {
                        add_missing_names(&mut s.children);
                    }
                }
            }
            LayoutRenderingElement::Group(g) => add_missing_names(&mut g.children),
            LayoutRenderingElement::Choose(c) => {
                add_missing_names(&mut c.if_.children);
                for b in &mut c.else_if {
                    add_missing_names(&mut b.children);
                }
                if let Some(o) = c.otherwise.as_mut() {
                    add_missing_names(&mut o.children);
                }
            }
            _ => {}
        }
    }
}

/// The first well-formedness error of an XML document: line, column and message.
fn xml_error(xml: &str) -> Option<(usize, usize, String)> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut stack: Vec<Vec<u8>> = Vec::new();
    loop {
        let at = reader.buffer_position() as usize;
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(e)) => stack.push(e.name().as_ref().to_vec()),
            Ok(quick_xml::events::Event::End(e)) => {
                if stack.pop().as_deref() != Some(e.name().as_ref()) {
                    let (l, c) = crate::diag::LineIndex::new(xml).position(at);
                    return Some((
                        l,
                        c,
                        format!(
                            "unexpected </{}>",
                            String::from_utf8_lossy(e.name().as_ref())
                        ),
                    ));
                }
            }
            Ok(quick_xml::events::Event::Eof) => {
                return stack.last().map(|open| {
                    let (l, c) = crate::diag::LineIndex::new(xml).position(xml.len());
                    (
                        l,
                        c,
                        format!("<{}> is never closed", String::from_utf8_lossy(open)),
                    )
                });
            }
            Ok(_) => {}
            Err(e) => {
                let pos = reader.error_position() as usize;
                let (l, c) = crate::diag::LineIndex::new(xml).position(pos.max(at));
                return Some((l, c, e.to_string()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_aliases_and_files() {
        assert_eq!(
            load("apa").unwrap().style.info.title.value,
            "APA Style 7th edition"
        );
        assert!(load("IEEE").is_ok());
        assert!(load("vancouver").is_ok());
        assert!(load("cv").is_ok());
        assert!(matches!(load("no-such-style"), Err(Error::UnknownStyle(_))));
        let all = list();
        assert!(all.len() >= 81);
        assert!(
            all.iter()
                .any(|s| s.name == "american-psychological-association"
                    && s.aliases.contains(&"apa".to_string()))
        );
    }

    #[test]
    fn patches_remove_truncation_and_fix_bare_names() {
        let ieee = load("ieee").unwrap();
        let xml = Style::Independent(ieee.style).to_xml().unwrap();
        assert!(!Regex::new(r#"et-al-min="[0-6]""#).unwrap().is_match(&xml));
        let mla = load("mla").unwrap();
        assert!(
            mla.style
                .bibliography
                .unwrap()
                .subsequent_author_substitute
                .is_none()
        );
    }

    #[test]
    fn broken_files_say_where() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("bad.csl");
        std::fs::write(&p, "<?xml version=\"1.0\"?>\n<style xmlns=\"http://purl.org/net/xbiblio/csl\">\n  <info>\n  </inf>\n</style>\n").unwrap();
        let e = load(&p.display().to_string()).unwrap_err().to_string();
        assert!(e.contains("bad.csl") && e.contains("4:"), "{e}");
    }
}

//! Links and identifiers: `[PDF](...)` buttons to link fields, DOIs and arXiv ids.

use super::*;

static URL: LazyLock<Regex> = LazyLock::new(|| re(r#"(?i)\b(?:https?://|www\.)[^\s<>"\]]+"#));
/// A link written without its scheme: a lower-case host name and a path
/// ("classiques.uqac.ca/classiques/durkheim.pdf").
static BARE_URL: LazyLock<Regex> =
    LazyLock::new(|| re(r#"\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/[^\s<>"\]]+"#));
/// The words that lead to a link: "Retrieved from", "Available at:", "Disponível em:",
/// "Recuperado de".
const URL_LEAD_WORDS: &str = r"(?i)(?:\[online\]\.?\s*)?(?:retrieved(?: [^.]{0,40}?)? from|available(?: online)?(?: at| from)?:?|dispon[ií]vel em:?|(?:recuperado|retirado|obtenido) de:?|disponible (?:en|sur):?|verfügbar unter:?|abgerufen (?:von|unter):?|accessed [^.]*?\.?|url:?|online:?|link:?|doi\s*:?\s*(?:(?:https?://)?(?:dx\.)?doi\.org/)?|(?:https?://)?(?:dx\.)?doi\.org/)";
static URL_LEAD: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"{URL_LEAD_WORDS}\s*<?\s*$")));
/// A lead left at the end once its link was taken out ("Available at: <>").
static DANGLING_URL_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"[,.;]?\s*{URL_LEAD_WORDS}\s*(?:<\s*>|\(\s*\)|\[\s*\])?\s*\.?\s*$"
    ))
});
static DOI: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?:\bdoi\s*:?\s*|https?://(?:dx\.)?doi\.org/)?\b(10\.\d{4,9}/[^\s,;<>]+[^\s,;.<>)\]])")
});
static DOI_LEAD: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bdoi\s*:?\s*$"));
static ARXIV: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:[:,]?\s*\bpre-?print\s+)?\barxiv(?:\s*preprint)?\s*(?:arxiv)?\s*:?\s*(?:abs/)?(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})(v\d+)?(?:\s*\[([a-z][a-z.-]*)(?:[:,][a-z.:, -]*)?\])?",
    )
});
static ARXIV_URL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5}|[a-z-]+/\d{7})"));

/// Link labels that are buttons ("[PDF]", "Code") rather than linked text.
pub(crate) fn is_button(label: &str) -> bool {
    let l = label.trim().trim_matches(|c: char| {
        c == '[' || c == ']' || c == '(' || c == ')' || c == '|' || c == ' '
    });
    if l.is_empty() {
        return true;
    }
    if l.split_whitespace().count() > 3 || l.len() > 30 {
        return false;
    }
    let lower = l.to_lowercase();
    LinkKind::from_label(l) != LinkKind::Url
        || [
            "arxiv",
            "project",
            "project page",
            "website",
            "web",
            "page",
            "html",
            "doi",
            "link",
            "supp",
            "supplementary",
            "supplement",
            "blog",
            "demo",
            "dataset",
            "data",
            "bib",
            "bibtex",
            "cite",
            "abs",
            "abstract",
            "homepage",
            "url",
            "online",
            "openreview",
            "springer",
            "ieee",
            "acm",
            "pubmed",
            "publisher",
            "journal",
            "preprint",
            "ssrn",
            "biorxiv",
            "medrxiv",
            "press",
            "media",
            "news",
            "talk",
            "models",
            "model",
            "huggingface",
            "colab",
            "notebook",
            "appendix",
            "errata",
            "erratum",
            "award",
            "proceedings",
        ]
        .contains(&lower.as_str())
}

/// Takes links out of the text: buttons disappear from the text, linked text stays.
pub(super) fn take_links(rt: &mut RichText, e: &mut Entry) {
    let mut remove = Vec::new();
    let links = rt.links.clone();
    for l in &links {
        if l.url.is_empty() || l.url == "#" {
            if is_button(&l.label) {
                remove.push(expand_button(&rt.text, l.range.clone()));
            }
            continue;
        }
        let label_is_url =
            l.label.trim() == l.url || l.label.starts_with("http") || l.label.starts_with("www.");
        if label_is_url || is_button(&l.label) {
            let mut range = expand_button(&rt.text, l.range.clone());
            // The words that lead to a link go with it ("Disponível em: <https://...>").
            if label_is_url && let Some(lead) = URL_LEAD.find(&rt.text[..range.start]) {
                range.start = lead.start();
            }
            remove.push(range);
            let kind = if label_is_url {
                LinkKind::Url
            } else {
                LinkKind::from_label(&l.label)
            };
            // A link named "DOI" to doi.org is the DOI.
            let label_is_doi = l
                .label
                .trim_matches(|c: char| !c.is_alphanumeric())
                .eq_ignore_ascii_case("doi");
            let label_is_arxiv = l
                .label
                .trim_matches(|c: char| !c.is_alphanumeric())
                .eq_ignore_ascii_case("arxiv");
            if (label_is_url || label_is_doi || label_is_arxiv) && set_identifier(e, &l.url) {
                continue;
            }
            let label = if label_is_url {
                String::new()
            } else {
                l.label.trim().to_string()
            };
            push_link(
                e,
                Link {
                    kind,
                    label,
                    url: l.url.clone(),
                },
            );
        } else if set_identifier(e, &l.url) {
            // A DOI or arXiv link whose text is the identifier itself.
            if l.url.contains(l.label.trim()) {
                let start = DOI_LEAD
                    .find(&rt.text[..l.range.start])
                    .map_or(l.range.start, |m| m.start());
                remove.push(start..l.range.end);
            }
        } else {
            push_link(
                e,
                Link {
                    kind: LinkKind::Url,
                    label: l.label.trim().to_string(),
                    url: l.url.clone(),
                },
            );
        }
    }
    rt.remove(&remove);
    rt.links.clear();
}

/// Adds a link, unless the entry has its address already: as a link of the same kind,
/// or of any kind when this one is a plain link (a title linked to the paper's page,
/// and a "Project page" button to the same page).
fn push_link(e: &mut Entry, link: Link) {
    let known = e
        .links
        .iter()
        .any(|l| l.url == link.url && (l.kind == link.kind || link.kind == LinkKind::Url));
    if !known {
        e.links.push(link);
    }
}

/// Whether a link's text is the name of one of `authors`, in any order of its words
/// ("Tomas Mirek", "Mirek, Tomas"), marks aside ("Tomas Mirek*").
pub(super) fn names_an_author(label: &str, authors: &[crate::model::Author]) -> bool {
    let words = |s: &str| -> Vec<String> {
        let mut w: Vec<String> = s
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        w.sort_unstable();
        w
    };
    let label = words(label);
    !label.is_empty()
        && authors
            .iter()
            .any(|a| words(&format!("{} {}", a.name.given, a.name.family)) == label)
}

/// Widens a button's range to its brackets and separators: "[PDF]", "[[Code](x)]", "| Slides".
pub(super) fn expand_button(text: &str, mut r: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let bytes = text.as_bytes();
    loop {
        let before = r.start.checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(r.end).copied();
        match (before, after) {
            (Some(b'['), Some(b']')) | (Some(b'('), Some(b')')) => {
                r.start -= 1;
                r.end += 1;
            }
            (Some(b'['), _) if text[r.end..].trim_start().starts_with(']') => {
                r.start -= 1;
                r.end += text[r.end..].find(']').unwrap_or(0) + 1;
            }
            _ => break,
        }
    }
    // The separator before a button goes with it: "Project page / Video | Code".
    let head = text[..r.start].trim_end_matches([' ', '/', '|', '·', '•', '\u{a0}']);
    if text[head.len()..r.start].contains(['/', '|', '·', '•']) {
        r.start = head.len();
    }
    r
}

/// Records a DOI or arXiv URL in its field; returns whether it was one.
pub(super) fn set_identifier(e: &mut Entry, url: &str) -> bool {
    if let Some(c) = DOI.captures(url).filter(|_| url.contains("doi.org/")) {
        e.doi.get_or_insert_with(|| c[1].to_string());
        return true;
    }
    if let Some(c) = ARXIV_URL.captures(url).filter(|_| !url.ends_with(".pdf")) {
        match &e.eprint {
            None => {
                e.eprint = Some(c[1].to_string());
                e.set_extra("eprinttype", "arxiv");
                return true;
            }
            // The title and an "arXiv" button lead to the same preprint.
            Some(id) => return *id == c[1],
        }
    }
    false
}

/// Takes plain URLs, DOIs and arXiv ids out of the text.
pub(super) fn take_identifiers(rt: &mut RichText, e: &mut Entry) {
    let mut remove = Vec::new();
    let mut urls: Vec<regex::Match> = URL.find_iter(&rt.text).collect();
    if rt.text.contains('/') {
        let bare: Vec<regex::Match> = BARE_URL
            .find_iter(&rt.text)
            .filter(|b| {
                !urls
                    .iter()
                    .any(|u| u.start() < b.end() && b.start() < u.end())
            })
            .collect();
        urls.extend(bare);
        urls.sort_by_key(regex::Match::start);
    }
    for m in urls {
        let url = m.as_str().trim_end_matches(['.', ',', ';', ')']);
        let start = URL_LEAD
            .find(&rt.text[..m.start()])
            .map_or(m.start(), |l| l.start());
        let mut end = m.start() + url.len();
        // "<https://...>": the closing bracket goes with the opening one.
        if rt.text[start..m.start()].ends_with('<') && rt.text[end..].starts_with('>') {
            end += 1;
        }
        remove.push(start..end);
        if !set_identifier(e, url) {
            e.links.push(Link {
                kind: LinkKind::Url,
                label: String::new(),
                url: url.to_string(),
            });
        }
    }
    let dois = if rt.text.contains("10.") {
        DOI.captures_iter(&rt.text).collect()
    } else {
        Vec::new()
    };
    for c in dois {
        let m = c.get(0).unwrap();
        if remove
            .iter()
            .any(|r: &std::ops::Range<usize>| r.start <= m.start() && m.start() < r.end)
        {
            continue;
        }
        let start = DOI_LEAD
            .find(&rt.text[..m.start()])
            .map_or(m.start(), |l| l.start());
        // The pattern stops before a closing bracket; one the DOI opened is its own
        // ("10.1130/2011.2472(03).").
        let mut end = m.end();
        let doi = &c[1];
        if doi.matches('(').count() > doi.matches(')').count() && rt.text[end..].starts_with(')') {
            end += 1;
        }
        let doi = &rt.text[c.get(1).unwrap().start()..end];
        e.doi.get_or_insert_with(|| doi.to_string());
        remove.push(start..end);
    }
    // Cheap tests first: the patterns below need these words.
    let lower = rt.text.to_ascii_lowercase();
    // "arXiv preprint arXiv:2310.04567": the id goes into `eprint`, and its words with it.
    if lower.contains("arxiv")
        && let Some(c) = ARXIV.captures(&rt.text)
    {
        e.eprint.get_or_insert_with(|| c[1].to_string());
        if e.extra_field("eprinttype").is_none() {
            e.set_extra("eprinttype", "arxiv");
        }
        // "arXiv:0905.2970 [hep-th]": the primary class after the id.
        if let Some(class) = c.get(3)
            && e.extra_field("eprintclass").is_none()
        {
            e.set_extra("eprintclass", class.as_str());
        }
        let m = c.get(0).unwrap();
        if !overlaps_any(&remove, &m.range()) {
            remove.push(m.range());
        }
    }
    // "Retrieved 2010-08-07", "Acesso em: 10 jan. 2020": the date a link was read.
    if super::access_date::ACCESS_WORDS
        .iter()
        .any(|w| lower.contains(w))
        && let Some((range, date)) = super::access_date::find_access_date(&rt.text)
        && !overlaps_any(&remove, &range)
    {
        e.set_extra("urldate", &date);
        remove.push(range);
    }
    // "ISBN 0-486-67260-3", "ISSN: 1234-5678": book and serial numbers, in their fields;
    // "PMID: 35544000", "PMCID: PMC8145201": in `pmid` and `pmcid`.
    if lower.contains("isbn") || lower.contains("issn") {
        take_labelled_numbers(&rt.text, &STANDARD_NUMBER, e, &mut remove);
    }
    if rt.text.contains("PM") {
        take_labelled_numbers(&rt.text, &PUBMED_ID, e, &mut remove);
    }
    if rt.text.contains('[') {
        remove.extend(PLACEHOLDER.find_iter(&rt.text).map(|m| m.range()));
    }
    if (!e.links.is_empty() || e.doi.is_some() || e.eprint.is_some())
        && let Some(m) = DANGLING_URL_LEAD.find(&rt.text)
    {
        remove.push(m.range());
    }
    rt.remove(&remove);
}

/// "ISBN 978-0-12-374857-7", "ISBN-10: 0471353493", "ISSN 1234-567X".
static STANDARD_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(ISBN|ISSN)(?:-1[03])?\s*:?\s*(\d[\d -]{6,15}[\dX])\b"));
/// "PMID: 35544000", "PMCID: PMC8145201" (PubMed): the article's numbers there.
static PUBMED_ID: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(PMID|PMCID)\s*:?\s*((?:PMC)?\d{4,9})\b\.?"));

/// Sets the field each match of `pattern` in `text` names (group 1, lower-cased) to its
/// number (group 2), unless the field is set already, and marks the match for removal;
/// a match over text another identifier took stays.
fn take_labelled_numbers(
    text: &str,
    pattern: &Regex,
    e: &mut Entry,
    remove: &mut Vec<std::ops::Range<usize>>,
) {
    for c in pattern.captures_iter(text) {
        let m = c.get(0).unwrap();
        if overlaps_any(remove, &m.range()) {
            continue;
        }
        let field = c[1].to_ascii_lowercase();
        if e.extra_field(&field).is_none() {
            e.set_extra(&field, &c[2]);
        }
        remove.push(m.range());
    }
}

/// Whether `m` overlaps any of `ranges`: text another identifier took already.
fn overlaps_any(ranges: &[std::ops::Range<usize>], m: &std::ops::Range<usize>) -> bool {
    ranges.iter().any(|r| r.start < m.end && m.start < r.end)
}

/// "[S.l.]" (no place) and "[s.n.]" (no publisher): placeholders that say a field is
/// unknown.
static PLACEHOLDER: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\[\s*s\.\s?[ln]\.\s*\]\s*[:,]?\s*"));

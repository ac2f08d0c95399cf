//! Writers: a rendered [`Document`] as HTML, Markdown, LaTeX or plain text. Every writer
//! escapes all text, so no entry can inject markup.

use std::fmt::Write;

use super::layout::{Document, Item};
use super::runs::{Run, RunKind, RunStyle};
use crate::model::Link;

/// HTML-escapes text (also safe inside attribute values).
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Whether a link target is safe to emit (no `javascript:` and the like).
fn safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    match lower.split_once(':') {
        Some((scheme, _)) if !scheme.contains('/') => {
            matches!(scheme, "http" | "https" | "mailto" | "ftp" | "doi")
        }
        _ => true,
    }
}

fn html_runs(runs: &[Run]) -> String {
    let mut out = String::new();
    for r in runs {
        let text = escape_html(&r.text);
        let inner = match &r.kind {
            RunKind::Mark => format!("<sup class=\"mark\">{text}</sup>"),
            RunKind::Math => format!("<span class=\"math\">\\({text}\\)</span>"),
            RunKind::Link(url) if safe_url(url) => {
                format!("<a href=\"{}\">{text}</a>", escape_html(url))
            }
            _ => text,
        };
        out.push_str(&wrap_html(&inner, r.style));
    }
    out
}

fn wrap_html(inner: &str, s: RunStyle) -> String {
    let mut out = inner.to_string();
    if s.small_caps {
        out = format!("<span style=\"font-variant: small-caps\">{out}</span>");
    }
    if s.underline {
        out = format!("<u>{out}</u>");
    }
    if s.sup {
        out = format!("<sup>{out}</sup>");
    }
    if s.sub {
        out = format!("<sub>{out}</sub>");
    }
    if s.italic {
        out = format!("<i>{out}</i>");
    }
    if s.bold {
        out = format!("<strong>{out}</strong>");
    }
    out
}

fn html_links(links: &[Link]) -> String {
    links
        .iter()
        .filter(|l| safe_url(&l.url))
        .map(|l| {
            format!(
                " <a class=\"link\" href=\"{}\">[{}]</a>",
                escape_html(&l.url),
                escape_html(&link_label(l))
            )
        })
        .collect()
}

/// The label a link is shown with: `PDF`, `Code`... or the list's own label.
fn link_label(l: &Link) -> String {
    use crate::model::LinkKind::*;
    match l.kind {
        Pdf => "PDF".into(),
        Code => "Code".into(),
        Slides => "Slides".into(),
        Poster => "Poster".into(),
        Video => "Video".into(),
        Url if !l.label.is_empty() && !l.label.eq_ignore_ascii_case("url") => l.label.clone(),
        Url => "URL".into(),
    }
}

const STYLESHEET: &str = "body { font-family: Georgia, 'Times New Roman', serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #222; }
h2 { font-size: 1.2rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; margin-top: 2rem; }
ol.publist, ul.publist { padding-left: 0; list-style: none; }
ol.publist > li, ul.publist > li { margin: .6rem 0; padding-left: 2.5rem; text-indent: -2.5rem; }
.label { display: inline-block; min-width: 2.5rem; text-indent: 0; }
a.link { font-size: .9em; text-decoration: none; }
sup.mark { font-size: .75em; }
p.legend { font-size: .9em; color: #555; }";

/// The document as HTML: a fragment, or a whole page with a small stylesheet.
pub fn html(doc: &Document, standalone: bool) -> String {
    let mut out = String::new();
    if standalone {
        let title = escape_html(doc.title.as_deref().unwrap_or("Publications"));
        let _ = write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"publist\">\n<title>{title}</title>\n<style>\n{STYLESHEET}\n</style>\n</head>\n<body>\n<h1>{title}</h1>\n"
        );
    }
    out.push_str("<section class=\"publist\">\n");
    let list = if doc.numbered { "ol" } else { "ul" };
    for g in &doc.groups {
        if let Some(h) = &g.heading {
            let _ = writeln!(out, "<h2>{}</h2>", escape_html(h));
        }
        let _ = writeln!(out, "<{list} class=\"publist\">");
        for item in &g.items {
            let label = if item.label.is_empty() {
                String::new()
            } else {
                format!("<span class=\"label\">{}</span>", html_runs(&item.label))
            };
            let _ = writeln!(
                out,
                "<li id=\"{}\">{label}{}{}</li>",
                escape_html(&item.key),
                html_runs(&item.body),
                html_links(&item.links)
            );
        }
        let _ = writeln!(out, "</{list}>");
    }
    if let Some(legend) = &doc.legend {
        let _ = writeln!(out, "<p class=\"legend\">{}</p>", escape_html(legend));
    }
    out.push_str("</section>\n");
    if standalone {
        out.push_str("</body>\n</html>\n");
    }
    out
}

/// Escapes Markdown's special characters.
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        // `&` only matters where it could start an entity (`&amp;`, `&#38;`).
        let entity = c == '&'
            && chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#');
        if entity
            || matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '$'
            )
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn markdown_runs(runs: &[Run]) -> String {
    let mut out = String::new();
    for (i, r) in runs.iter().enumerate() {
        // Punctuation at the edge of emphasised text that touches a letter outside goes
        // outside the markers: CommonMark opens no emphasis between a letter and
        // punctuation ("260*. In*"). Elsewhere it stays inside ("**Moreno, A.**;").
        let emphasis = r.style.italic || r.style.bold;
        if emphasis && r.kind == RunKind::Text && !r.style.sup {
            let edge = |c: char| c.is_whitespace() || c.is_ascii_punctuation();
            let before_alnum = out.chars().next_back().is_some_and(char::is_alphanumeric);
            let after_alnum = runs
                .get(i + 1)
                .and_then(|n| n.text.chars().next())
                .is_some_and(char::is_alphanumeric);
            let text = r.text.as_str();
            let start = if before_alnum {
                text.len() - text.trim_start_matches(edge).len()
            } else {
                0
            };
            let end = if after_alnum {
                text.trim_end_matches(edge).len()
            } else {
                text.len()
            };
            if start >= end || text[start..end].trim().is_empty() {
                out.push_str(&escape_markdown(text));
                continue;
            }
            let core = &text[start..end];
            let mut s = escape_markdown(core);
            if r.style.italic {
                s = wrap_inline(&s, "*");
            }
            if r.style.bold {
                s = wrap_inline(&s, "**");
            }
            out.push_str(&escape_markdown(&text[..start]));
            out.push_str(&s);
            out.push_str(&escape_markdown(&text[end..]));
            continue;
        }
        let text = escape_markdown(&r.text);
        let mut s = match &r.kind {
            RunKind::Link(url) if safe_url(url) => {
                format!("[{text}](<{}>)", url.replace('>', "%3E"))
            }
            RunKind::Math => format!("${}$", r.text),
            _ => text,
        };
        if r.style.sup && r.kind != RunKind::Mark {
            s = format!("<sup>{s}</sup>");
        }
        if r.style.italic && !s.trim().is_empty() {
            s = wrap_inline(&s, "*");
        }
        if r.style.bold && !s.trim().is_empty() {
            s = wrap_inline(&s, "**");
        }
        out.push_str(&s);
    }
    // Avoid `****` where two bold runs meet.
    out.replace("****", "")
}

/// Wraps text in emphasis markers, keeping surrounding spaces outside (CommonMark does not
/// open emphasis before a space).
fn wrap_inline(s: &str, marker: &str) -> String {
    let lead = &s[..s.len() - s.trim_start().len()];
    let trail = &s[s.trim_end().len()..];
    format!("{lead}{marker}{}{marker}{trail}", s.trim())
}

fn markdown_links(links: &[Link]) -> String {
    links
        .iter()
        .filter(|l| safe_url(&l.url))
        .map(|l| {
            format!(
                " [\\[{}\\]](<{}>)",
                escape_markdown(&link_label(l)),
                l.url.replace('>', "%3E")
            )
        })
        .collect()
}

/// The document as Markdown (Jekyll, Hugo, GitHub).
pub fn markdown(doc: &Document) -> String {
    let mut out = String::new();
    for g in &doc.groups {
        if let Some(h) = &g.heading {
            let _ = writeln!(out, "## {}\n", escape_markdown(h));
        }
        for (i, item) in g.items.iter().enumerate() {
            let body = markdown_runs(&item.body);
            // A style that numbers inline ("1. Nakamura Y, ...") makes the list ordered;
            // "- 1. ..." would be a nested list.
            let inline_number = body.split_once(". ").is_some_and(|(n, _)| {
                !n.is_empty() && n.len() <= 5 && n.chars().all(|c| c.is_ascii_digit())
            });
            let line = if inline_number {
                body
            } else if doc.numbered {
                format!("{}. {body}", item_number(item).unwrap_or(i + 1))
            } else {
                format!("- {body}")
            };
            let _ = writeln!(out, "{line}{}", markdown_links(&item.links));
        }
        out.push('\n');
    }
    if let Some(legend) = &doc.legend {
        let _ = writeln!(out, "{}", escape_markdown(legend));
    }
    out
}

/// The number in an item's label (`[3]` gives 3).
fn item_number(item: &Item) -> Option<usize> {
    let label: String = item.label.iter().map(|r| r.text.as_str()).collect();
    label
        .trim_matches(|c: char| !c.is_ascii_digit())
        .parse()
        .ok()
}

/// Escapes LaTeX's special characters.
pub fn escape_latex(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' | '%' | '$' | '#' | '_' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '\\' => out.push_str("\\textbackslash{}"),
            '†' => out.push_str("\\textdagger{}"),
            '‡' => out.push_str("\\textdaggerdbl{}"),
            c => out.push(c),
        }
    }
    out
}

fn latex_url(url: &str) -> String {
    url.replace('\\', "/")
        .replace('%', "\\%")
        .replace('#', "\\#")
        .replace('{', "%7B")
        .replace('}', "%7D")
}

fn latex_runs(runs: &[Run]) -> String {
    let mut out = String::new();
    for r in runs {
        let text = escape_latex(&r.text);
        let mut s = match &r.kind {
            RunKind::Mark => format!("\\textsuperscript{{{text}}}"),
            RunKind::Math => format!("${}$", r.text),
            RunKind::Link(url) => format!("\\href{{{}}}{{{text}}}", latex_url(url)),
            RunKind::Text => text,
        };
        let st = r.style;
        if st.small_caps {
            s = format!("\\textsc{{{s}}}");
        }
        if st.underline {
            s = format!("\\underline{{{s}}}");
        }
        if st.sup {
            s = format!("\\textsuperscript{{{s}}}");
        }
        if st.sub {
            s = format!("\\textsubscript{{{s}}}");
        }
        if st.italic {
            s = format!("\\textit{{{s}}}");
        }
        if st.bold {
            s = format!("\\textbf{{{s}}}");
        }
        out.push_str(&s);
    }
    out
}

/// The document as LaTeX: lists in `enumerate` or `itemize`; with `standalone`, a whole
/// document (needs `hyperref`).
pub fn latex(doc: &Document, standalone: bool) -> String {
    let mut out = String::new();
    if standalone {
        // glyphtounicode keeps the PDF's text searchable and copyable (marks included).
        out.push_str("\\documentclass{article}\n\\ifdefined\\pdfgentounicode\\input{glyphtounicode}\\pdfgentounicode=1\\fi\n\\usepackage[T1]{fontenc}\n\\usepackage[utf8]{inputenc}\n\\usepackage{lmodern}\n\\usepackage{textcomp}\n\\usepackage[hidelinks]{hyperref}\n\\begin{document}\n");
    }
    let env = if doc.numbered { "enumerate" } else { "itemize" };
    for g in &doc.groups {
        if let Some(h) = &g.heading {
            let _ = writeln!(out, "\\subsection*{{{}}}", escape_latex(h));
        }
        let _ = writeln!(out, "\\begin{{{env}}}");
        for item in &g.items {
            let label: String = item.label.iter().map(|r| r.text.as_str()).collect();
            let label = if label.trim().is_empty() {
                String::new()
            } else {
                format!("[{{{}}}]", escape_latex(label.trim()))
            };
            let links: String = item
                .links
                .iter()
                .filter(|l| safe_url(&l.url))
                .map(|l| {
                    format!(
                        " \\href{{{}}}{{[{}]}}",
                        latex_url(&l.url),
                        escape_latex(&link_label(l))
                    )
                })
                .collect();
            let _ = writeln!(out, "  \\item{label} {}{links}", latex_runs(&item.body));
        }
        let _ = writeln!(out, "\\end{{{env}}}");
    }
    if let Some(legend) = &doc.legend {
        let _ = writeln!(out, "\n\\noindent{{\\small {}}}", escape_latex(legend));
    }
    if standalone {
        out.push_str("\\end{document}\n");
    }
    out
}

/// The document as plain text.
pub fn text(doc: &Document) -> String {
    let mut out = String::new();
    for g in &doc.groups {
        if let Some(h) = &g.heading {
            let _ = writeln!(out, "{h}\n{}\n", "=".repeat(h.chars().count()));
        }
        for (i, item) in g.items.iter().enumerate() {
            let label: String = item.label.iter().map(|r| r.text.as_str()).collect();
            let marker = if !label.is_empty() {
                label
            } else if doc.numbered {
                format!("{}.", i + 1)
            } else {
                "-".into()
            };
            let body: String = item.body.iter().map(|r| r.text.as_str()).collect();
            let links: String = item
                .links
                .iter()
                .map(|l| format!(" [{}] {}", link_label(l), l.url))
                .collect();
            let _ = writeln!(out, "{marker} {body}{links}");
        }
        out.push('\n');
    }
    if let Some(legend) = &doc.legend {
        let _ = writeln!(out, "{legend}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, italic: bool) -> Run {
        Run {
            text: text.into(),
            style: RunStyle {
                italic,
                ..RunStyle::default()
            },
            kind: RunKind::Text,
        }
    }

    #[test]
    fn markdown_emphasis_keeps_punctuation_outside_next_to_letters() {
        // "260*. In* van": CommonMark would print the stars.
        let runs = [
            run("pp. 301–330", false),
            run(". In ", true),
            run("van", false),
        ];
        assert_eq!(markdown_runs(&runs), "pp. 301–330. *In* van");
        // Next to punctuation or a space the period stays inside.
        let runs = [run("Moreno A.", true), run("; Lee B", false)];
        assert_eq!(markdown_runs(&runs), "*Moreno A.*; Lee B");
    }
}

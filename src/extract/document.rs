//! Splits a whole document (Markdown, HTML, LaTeX or plain text) into blocks: headings,
//! list items and paragraphs, each with the raw inline text and where it starts.
//!
//! This layer knows about block structure only; inline markup (bold, links, marks) stays
//! in the text and is read by [`super::inline`].

use std::sync::LazyLock;

use regex::Regex;

use super::names;

/// The markup of an input document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Markdown (also the default reading of HTML fragments inside Markdown).
    Markdown,
    /// HTML.
    Html,
    /// LaTeX.
    Latex,
    /// Plain text, one reference per line or paragraph.
    Text,
}

impl Format {
    /// The format for a file name: `.md`/`.markdown`, `.html`/`.htm`, `.tex`, else text.
    pub fn from_path(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
        match ext {
            "md" | "markdown" | "mdown" | "mkd" | "qmd" | "rmd" => Format::Markdown,
            "html" | "htm" | "xhtml" => Format::Html,
            "tex" | "ltx" | "latex" | "bbl" => Format::Latex,
            _ => Format::Text,
        }
    }

    /// Parses a `--from` value.
    pub fn from_name(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "tex" | "latex" => Some(Format::Latex),
            "txt" | "text" | "plain" => Some(Format::Text),
            _ => None,
        }
    }
}

/// How a list item was introduced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// `-`, `*`, `+`, `•`, `<li>` in `<ul>`, `\item`.
    Bullet,
    /// `1.`, `1)`, `[1]`, `(1)`, `\bibitem`, `<li>` in `<ol>`.
    Number,
}

/// What a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading; level 1 is the largest, 7 is a bold-only pseudo-heading line.
    Heading(u8),
    /// A list item.
    Item(Marker),
    /// A paragraph (or a plain line of text).
    Paragraph,
}

/// One block of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// The inline text, markup still in place, lines joined by single spaces.
    pub text: String,
    /// Byte offset of the block's text in the source.
    pub offset: usize,
    /// Indentation of the first line (items only; 0 otherwise).
    pub indent: usize,
}

/// Splits `source` into blocks.
pub fn blocks(source: &str, format: Format) -> Vec<Block> {
    match format {
        Format::Markdown | Format::Text => line_blocks(source, format),
        Format::Html => html_blocks(source, 0),
        Format::Latex => latex_blocks(source),
    }
}

static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^([ \t]*)(?:([-*+•·‣◦▪●–—])|(\d{1,3}[.)]|\[\d{1,4}\]|\(\d{1,3}\)|[A-Z]?\d{1,3}\.))[ \t]+",
    )
    .unwrap()
});
/// A bare number before a family name and its comma: "13 Cartier, E., Stathis, J. H."
/// (numbers of a list copied from a PDF, which lost their period).
static BARE_NUMBER_ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([ \t]*)\d{1,3}[ \t]+(\p{Lu})[\p{L}'’-]+,[ \t]").unwrap());
static ATX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[ \t]{0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$").unwrap());
static HTML_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::fields::re(r"(?is)^\s*<h([1-6])\b[^>]*>(.*?)</h[1-6]\s*>\s*$")
});
static BOLD_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:\*\*|__)([^*_]{2,80})(?:\*\*|__):?\s*$").unwrap());
static SETEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[ \t]{0,3}(=+|-{2,})[ \t]*$").unwrap());
static BLOCK_TAG: LazyLock<Regex> =
    LazyLock::new(|| crate::extract::fields::re(r"(?i)<(ul|ol|li|p|div|table|tr|h[1-6])\b"));

/// Line-oriented splitting for Markdown and plain text.
fn line_blocks(source: &str, format: Format) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    // Whether the last block may take continuation lines.
    let mut open = false;
    let mut offset = 0;
    let mut fenced = false;
    for raw_line in source.split_inclusive('\n') {
        let line_offset = offset;
        offset += raw_line.len();
        let line = raw_line.trim_end_matches(['\n', '\r']);
        if format == Format::Markdown && line.trim_start().starts_with("```") {
            fenced = !fenced;
            open = false;
            continue;
        }
        if fenced {
            continue;
        }
        if line.trim().is_empty() {
            open = false;
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        if let Some(c) = ATX.captures(line) {
            let text = c.get(2).unwrap();
            out.push(Block {
                kind: BlockKind::Heading(c[1].len() as u8),
                text: text.as_str().to_string(),
                offset: line_offset + text.start(),
                indent: 0,
            });
            open = false;
            continue;
        }
        if let Some(c) = HTML_HEADING.captures(line) {
            let text = c.get(2).unwrap();
            out.push(Block {
                kind: BlockKind::Heading(c[1].parse().unwrap_or(4)),
                text: text.as_str().to_string(),
                offset: line_offset + text.start(),
                indent: 0,
            });
            open = false;
            continue;
        }
        if open
            && SETEXT.is_match(line)
            && let Some(last) = out.last_mut()
            && last.kind == BlockKind::Paragraph
            && !last.text.contains(". ")
        {
            last.kind = BlockKind::Heading(if line.trim().starts_with('=') { 1 } else { 2 });
            open = false;
            continue;
        }
        if lead < 4 && BLOCK_TAG.is_match(line) && line.trim_start().starts_with('<') {
            out.extend(html_blocks(line, line_offset));
            open = false;
            continue;
        }
        if let Some(c) = BOLD_LINE.captures(line)
            && (!open || lead == 0)
        {
            let text = c.get(1).unwrap();
            out.push(Block {
                kind: BlockKind::Heading(7),
                text: text.as_str().trim().to_string(),
                offset: line_offset + text.start(),
                indent: 0,
            });
            open = false;
            continue;
        }
        if let Some(c) = ITEM.captures(line) {
            let marker = if c.get(2).is_some() {
                Marker::Bullet
            } else {
                Marker::Number
            };
            let whole = c.get(0).unwrap();
            out.push(Block {
                kind: BlockKind::Item(marker),
                text: line[whole.end()..].trim().to_string(),
                offset: line_offset + whole.end(),
                indent: c[1].chars().map(|ch| if ch == '\t' { 4 } else { 1 }).sum(),
            });
            open = true;
            continue;
        }
        if let Some(c) = BARE_NUMBER_ITEM.captures(line) {
            let name_start = c.get(2).unwrap().start();
            out.push(Block {
                kind: BlockKind::Item(Marker::Number),
                text: line[name_start..].trim().to_string(),
                offset: line_offset + name_start,
                indent: c[1].chars().map(|ch| if ch == '\t' { 4 } else { 1 }).sum(),
            });
            open = true;
            continue;
        }
        // In plain text a reference is one line; a line that starts in lower case (a
        // wrapped line) continues the one before.
        // A particle before a capitalised name after a finished line starts a reference
        // of its own ("de Waal T., Black Garden ...").
        let mut words = line.split_whitespace();
        let particle_name = words.next().is_some_and(names::is_particle)
            && words
                .next()
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
            && out.last().is_some_and(|b| b.text.ends_with('.'));
        let continues = format == Format::Markdown
            || line.trim_start().starts_with(|c: char| c.is_lowercase()) && !particle_name;
        if open
            && continues
            && let Some(last) = out.last_mut()
        {
            append_line(&mut last.text, line.trim());
            continue;
        }
        out.push(Block {
            kind: BlockKind::Paragraph,
            text: line.trim().to_string(),
            offset: line_offset + lead,
            indent: 0,
        });
        open = true;
    }
    out
}

/// Joins a continuation line, undoing hyphenation only where a word was clearly split.
fn append_line(text: &mut String, line: &str) {
    if text.ends_with('-') && !text.ends_with(" -") && line.starts_with(|c: char| c.is_lowercase())
    {
        text.pop();
    } else if text.ends_with("\\\\") {
        text.truncate(text.len() - 2);
        text.push(' ');
    } else if !text.is_empty() {
        text.push(' ');
    }
    text.push_str(line);
}

static TAG: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::fields::re(
        r#"(?s)<!--.*?-->|<(script|style|head)\b.*?</(?:script|style|head)\s*>|</?([A-Za-z][A-Za-z0-9]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>"#,
    )
});

/// Splits HTML into blocks at block-level tags; inline tags stay in the text.
/// `base` is the byte offset of `source` in the whole document.
fn html_blocks(source: &str, base: usize) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut current_offset = base;
    let mut kind = BlockKind::Paragraph;
    let mut lists: Vec<Marker> = Vec::new();
    let mut last = 0;
    let flush = |out: &mut Vec<Block>, text: &mut String, kind: BlockKind, offset: usize| {
        let mut t = text.split_whitespace().collect::<Vec<_>>().join(" ");
        // A paragraph (or a line ended by <br>) that starts with a number, "[1]", "(1)"
        // or "1.", is a numbered item without its number.
        let (kind, offset) = match ITEM.captures(&t) {
            Some(c) if kind == BlockKind::Paragraph && c.get(3).is_some() => {
                let end = c.get(0).map_or(0, |m| m.end());
                t.replace_range(..end, "");
                (BlockKind::Item(Marker::Number), offset + end)
            }
            _ => (kind, offset),
        };
        if !t.is_empty() {
            out.push(Block {
                kind,
                text: t,
                offset,
                indent: 0,
            });
        }
        text.clear();
    };
    for m in TAG.find_iter(source) {
        let between = &source[last..m.start()];
        if !between.trim().is_empty() && current.trim().is_empty() {
            current_offset = base + last + (between.len() - between.trim_start().len());
        }
        current.push_str(between);
        last = m.end();
        let tag = m.as_str();
        if tag.starts_with("<!--") {
            continue;
        }
        let name = tag
            .trim_start_matches(['<', '/'])
            .split(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let closing = tag.starts_with("</");
        match name.as_str() {
            "script" | "style" | "head" => {}
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                flush(&mut out, &mut current, kind, current_offset);
                kind = if closing {
                    BlockKind::Paragraph
                } else {
                    BlockKind::Heading(name.as_bytes()[1] - b'0')
                };
            }
            "ul" | "ol" | "dl" => {
                flush(&mut out, &mut current, kind, current_offset);
                if closing {
                    lists.pop();
                } else {
                    lists.push(if name == "ol" {
                        Marker::Number
                    } else {
                        Marker::Bullet
                    });
                }
                kind = BlockKind::Paragraph;
            }
            "li" | "dt" | "dd" => {
                flush(&mut out, &mut current, kind, current_offset);
                kind = if closing {
                    BlockKind::Paragraph
                } else {
                    BlockKind::Item(lists.last().copied().unwrap_or(Marker::Bullet))
                };
            }
            "p" | "div" | "br" | "tr" | "table" | "section" | "article" | "blockquote" | "hr"
            | "body" | "header" | "footer" | "nav" | "main" | "title" => {
                // A <p> or <div> inside an item belongs to the item.
                if matches!(kind, BlockKind::Item(_))
                    && name != "br"
                    && name != "hr"
                    && !current.trim().is_empty()
                {
                    current.push(' ');
                    continue;
                }
                if matches!(kind, BlockKind::Item(_)) && current.trim().is_empty() {
                    continue;
                }
                flush(&mut out, &mut current, kind, current_offset);
                if !matches!(kind, BlockKind::Item(_)) {
                    kind = BlockKind::Paragraph;
                }
            }
            // Table cells hold a number and its reference side by side: a space
            // between them.
            "td" | "th" => current.push(' '),
            _ => current.push_str(tag),
        }
    }
    current.push_str(&source[last..]);
    flush(&mut out, &mut current, kind, current_offset);
    out
}

static LATEX_COMMENT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(^|[^\\])%.*").unwrap());
static LATEX_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\\(part|chapter|section|subsection|subsubsection|paragraph|cvsection|cvsubsection)\*?\s*(?:\[[^\]]*\])?\s*\{(.*)\}\s*$").unwrap()
});
static LATEX_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::fields::re(r"^\s*\\(item|bibitem)\b\s*(?:\[[^\]]*\])?\s*(?:\{[^}]*\})?")
});
static LATEX_ENV: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\\(begin|end)\s*\{(\w+\*?)\}(?:\{[^}]*\})?(?:\[[^\]]*\])?").unwrap()
});

/// Splits LaTeX at sectioning commands, `\item`/`\bibitem` and blank lines.
fn latex_blocks(source: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut open = false;
    let mut offset = 0;
    let mut lists: Vec<Marker> = Vec::new();
    for raw_line in source.split_inclusive('\n') {
        let line_offset = offset;
        offset += raw_line.len();
        let no_comment = LATEX_COMMENT.replace(raw_line.trim_end_matches(['\n', '\r']), "$1");
        let line = no_comment.as_ref();
        if line.trim().is_empty() {
            open = false;
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        if let Some(c) = LATEX_HEADING.captures(line) {
            let level = match &c[1] {
                "part" | "chapter" => 1,
                "section" | "cvsection" => 2,
                "subsection" | "cvsubsection" => 3,
                "subsubsection" => 4,
                _ => 5,
            };
            let text = c.get(2).unwrap();
            out.push(Block {
                kind: BlockKind::Heading(level),
                text: text.as_str().to_string(),
                offset: line_offset + text.start(),
                indent: 0,
            });
            open = false;
            continue;
        }
        let mut rest = line;
        let mut rest_offset = line_offset;
        if let Some(c) = LATEX_ENV.captures(line) {
            let env = &c[2];
            if matches!(
                env,
                "itemize" | "enumerate" | "thebibliography" | "description" | "etaremune"
            ) {
                if &c[1] == "begin" {
                    lists.push(if env == "itemize" || env == "description" {
                        Marker::Bullet
                    } else {
                        Marker::Number
                    });
                } else {
                    lists.pop();
                }
            }
            open = false;
            let end = c.get(0).unwrap().end();
            rest = &line[end..];
            rest_offset = line_offset + end;
            if rest.trim().is_empty() {
                continue;
            }
        }
        if let Some(c) = LATEX_ITEM.captures(rest) {
            let marker = if &c[1] == "bibitem" {
                Marker::Number
            } else {
                lists.last().copied().unwrap_or(Marker::Bullet)
            };
            let end = c.get(0).unwrap().end();
            out.push(Block {
                kind: BlockKind::Item(marker),
                text: rest[end..].trim().to_string(),
                offset: rest_offset + end,
                indent: lead,
            });
            open = true;
            continue;
        }
        if open && let Some(last) = out.last_mut() {
            append_line(&mut last.text, rest.trim());
            continue;
        }
        out.push(Block {
            kind: BlockKind::Paragraph,
            text: rest.trim().to_string(),
            offset: rest_offset + (rest.len() - rest.trim_start().len()),
            indent: 0,
        });
        open = true;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(bs: &[Block]) -> Vec<(BlockKind, &str)> {
        bs.iter().map(|b| (b.kind, b.text.as_str())).collect()
    }

    #[test]
    fn markdown_headings_items_and_continuations() {
        let src = "## Publications\n<h4 style=\"x\">Journal</h4>\n+ A, B. (2020). T.\n  continued\n1. C, D.\n\n**Talks**\n";
        let bs = blocks(src, Format::Markdown);
        assert_eq!(
            kinds(&bs),
            vec![
                (BlockKind::Heading(2), "Publications"),
                (BlockKind::Heading(4), "Journal"),
                (
                    BlockKind::Item(Marker::Bullet),
                    "A, B. (2020). T. continued"
                ),
                (BlockKind::Item(Marker::Number), "C, D."),
                (BlockKind::Heading(7), "Talks"),
            ]
        );
        assert_eq!(&src[bs[2].offset..bs[2].offset + 4], "A, B");
    }

    #[test]
    fn html_lists() {
        let src = "<h2>Papers</h2><ol><li><b>Me</b>, You. <i>T</i>.</li><li><p>Two</p></li></ol><p>After</p>";
        let bs = blocks(src, Format::Html);
        assert_eq!(
            kinds(&bs),
            vec![
                (BlockKind::Heading(2), "Papers"),
                (BlockKind::Item(Marker::Number), "<b>Me</b>, You. <i>T</i>."),
                (BlockKind::Item(Marker::Number), "Two"),
                (BlockKind::Paragraph, "After"),
            ]
        );
    }

    #[test]
    fn html_numbered_paragraphs_and_lines() {
        let src = "<h2>Papers</h2><p>\n[1] A. One, \"T,\" 2020.<br>\n[2] B. Two, \"U,\" 2021.<br/>\n3. C. Three.</p><p>1990s were good.</p>";
        let bs = blocks(src, Format::Html);
        assert_eq!(
            kinds(&bs),
            vec![
                (BlockKind::Heading(2), "Papers"),
                (BlockKind::Item(Marker::Number), "A. One, \"T,\" 2020."),
                (BlockKind::Item(Marker::Number), "B. Two, \"U,\" 2021."),
                (BlockKind::Item(Marker::Number), "C. Three."),
                (BlockKind::Paragraph, "1990s were good."),
            ]
        );
        assert_eq!(&src[bs[1].offset..bs[1].offset + 6], "A. One");
        // A number in a table cell of its own.
        let src = "<h2>Papers</h2><table><tr><td>[1]</td><td>A. One, <b>T</b>.</td></tr></table>";
        assert_eq!(
            kinds(&blocks(src, Format::Html))[1],
            (BlockKind::Item(Marker::Number), "A. One, <b>T</b>.")
        );
    }

    #[test]
    fn latex_sections_and_items() {
        let src = "\\section*{Publications}\n\\begin{enumerate}\n\\item \\textbf{M. Lin}, J. Ye. % note\n  Title.\n\\bibitem{k} X.\n\\end{enumerate}\n";
        let bs = blocks(src, Format::Latex);
        assert_eq!(
            kinds(&bs),
            vec![
                (BlockKind::Heading(2), "Publications"),
                (
                    BlockKind::Item(Marker::Number),
                    "\\textbf{M. Lin}, J. Ye. Title."
                ),
                (BlockKind::Item(Marker::Number), "X."),
            ]
        );
    }

    #[test]
    fn plain_text_lines_are_separate() {
        let bs = blocks("A. One. 2020.\nB. Two. 2021.\n", Format::Text);
        assert_eq!(bs.len(), 2);
        // A wrapped line continues its reference; a particle before a name after a
        // finished line does not.
        let src = "Dietz, R. S., Shatter cones. French, B.M., eds., Shock\nmetamorphism of natural materials, 1968.\nde Waal T., Black Garden, New York University Press, 2003.\n";
        let bs = blocks(src, Format::Text);
        assert_eq!(bs.len(), 2);
        assert!(
            bs[0]
                .text
                .ends_with("Shock metamorphism of natural materials, 1968.")
        );
        assert!(bs[1].text.starts_with("de Waal T., Black Garden"));
    }

    #[test]
    fn a_bare_number_before_a_family_name_is_a_list_number() {
        let src = "1 Suntola, T. \"Atomic Layer Epitaxy\". Thin Solid Films 216, 84-89, (1992).\n13 Cartier, E. & Buchanan, D. A. \"Passivation\". Appl. Phys. Lett. 63, 1510, (1993).\n334 pages of notes.\n";
        let bs = blocks(src, Format::Text);
        assert_eq!(kinds(&bs)[0].0, BlockKind::Item(Marker::Number));
        assert!(bs[0].text.starts_with("Suntola, T."));
        assert!(bs[1].text.starts_with("Cartier, E."));
        assert_eq!(&src[bs[1].offset..bs[1].offset + 7], "Cartier");
        assert_eq!(kinds(&bs)[2], (BlockKind::Paragraph, "334 pages of notes."));
    }
}

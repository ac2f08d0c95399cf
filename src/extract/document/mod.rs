//! Splits a whole document (Markdown, HTML, LaTeX or plain text) into blocks: headings,
//! list items and paragraphs, each with the raw inline text and where it starts.
//!
//! This layer knows about block structure only; inline markup (bold, links, marks) stays
//! in the text and is read by [`super::inline`].

use std::sync::LazyLock;

use regex::Regex;

use super::names;

mod field_markup;
mod html;

use html::html_blocks;

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

/// A reference's number or citation label in square brackets: "[12]", "[J3]", "[C12]"
/// (a CV's journal and conference papers), "[Smi04]", "[ABC+19]" (alphabetic styles),
/// "[Lee2010-MIT]".
pub(crate) const LABEL: &str = r"\[(?:\p{Lu}\p{L}{0,7}\+?)?\d{1,4}[a-z]?(?:-\p{L}{1,10})?\]";

static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^([ \t]*)(?:([-*+•·‣◦▪●–—])|(\d{{1,3}}[.)]|{LABEL}|\(\d{{1,3}}\)|[A-Z]?\d{{1,3}}\.))[ \t]+",
    ))
    .unwrap()
});
/// A bare number before a family name and its comma: "13 Marchand, E., Ogden, D. A."
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
    // Whether the line before ended a sentence of its entry: a Markdown hard break
    // ("  ", "\\", "<br>") or a line that is all emphasis (a title line).
    let mut sentence_before = false;
    // Whether the open block opened with a title line: then each of its lines is a part
    // of the entry (title, authors, venue) and ends a sentence.
    let mut lines_are_parts = false;
    // How many lines the open block has.
    let mut block_lines = 0usize;
    for raw_line in source.split_inclusive('\n') {
        let line_offset = offset;
        offset += raw_line.len();
        let line = raw_line.trim_end_matches(['\n', '\r']);
        let sentence_ends_here = format == Format::Markdown && ends_sentence_line(line);
        let after_sentence = std::mem::replace(&mut sentence_before, sentence_ends_here);
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
            lines_are_parts = format == Format::Markdown && is_title_line(line);
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
        // A line of names after a first line without a full stop: an entry written a
        // line per part without markup, as Google Scholar lists them ("Title" / "M Lin,
        // J Ye" / "Venue, 2021").
        let names_line = open
            && block_lines == 1
            && is_name_list(line.trim())
            && out.last().is_some_and(|b| {
                b.kind == BlockKind::Paragraph
                    && !b.text.ends_with(['.', ',', ';', ':'])
                    && !is_name_list(&b.text)
            });
        if names_line {
            lines_are_parts = true;
        }
        // Markdown joins a paragraph's lines, but a line that starts a whole new
        // reference after a finished one is a reference of its own (a list written a
        // line each, without markers or blank lines).
        let next_reference = format == Format::Markdown
            && out
                .last()
                .is_some_and(|b| b.kind == BlockKind::Paragraph && ends_reference(&b.text))
            && begins_reference(line);
        let continues = format == Format::Markdown && !next_reference
            || names_line
            || lines_are_parts && block_lines < 3
            || line.trim_start().starts_with(|c: char| c.is_lowercase()) && !particle_name;
        if open
            && continues
            && let Some(last) = out.last_mut()
        {
            block_lines += 1;
            if names_line {
                // The names first, where references give them.
                let title = std::mem::take(&mut last.text);
                last.text = line.trim().to_string();
                append_sentence(&mut last.text, &title);
            } else if after_sentence || lines_are_parts {
                append_sentence(&mut last.text, line.trim());
            } else {
                append_line(&mut last.text, line.trim());
            }
            continue;
        }
        lines_are_parts = format == Format::Markdown && is_title_line(line);
        block_lines = 1;
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

/// Whether `text` has a year from 1900 to 2099 among its words.
fn has_year(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit())
        .any(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
}

/// Whether `text` reads as a finished reference: a year in it and a full stop or a
/// closing bracket at its end.
fn ends_reference(text: &str) -> bool {
    text.trim_end().ends_with(['.', ')', ']']) && has_year(text)
}

/// Whether `line` opens a reference: it has a year, and what stands before its first
/// bracket, quote or sentence end is a list of names with a comma, "and" or an initial
/// ("J. Smith, **A. Lee**, and K. Wu. Title ... 2022.", "**Lee, A.**, & Smith, J. (2020).").
fn begins_reference(line: &str) -> bool {
    if !has_year(line) {
        return false;
    }
    let t = line.trim();
    let mut head = t.split(['(', '“', '"', '[']).next().unwrap_or(t);
    // The first full stop after a word of three letters or more ends the names.
    if let Some(i) = head.match_indices(". ").map(|(i, _)| i).find(|&i| {
        let word = head[..i].rsplit([' ', '*', '_']).next().unwrap_or("");
        word.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !word.chars().all(|c| c.is_uppercase() || c == '-')
    }) {
        head = &head[..i];
    }
    let tokens: Vec<&str> = head
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '&' | '*' | '_'))
        .filter(|w| !w.is_empty())
        .collect();
    let separated = head.contains(',') || tokens.contains(&"and");
    let initial = tokens.iter().any(|w| names::is_initials(w));
    (2..=40).contains(&tokens.len())
        && (separated || initial)
        && tokens.iter().all(|w| {
            matches!(*w, "and" | "et" | "al." | "al")
                || names::is_particle(w)
                || w.starts_with(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
}

/// A line that is one Markdown link, perhaps emphasized: "[Title](https://...)".
static MARKDOWN_LINK_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[*_]{0,2}\[[^\]]{12,}\]\([^)\s]+\)[*_]{0,2}$").unwrap());

/// Whether a Markdown line ends a sentence of its entry although it has no full stop:
/// it ends in a hard break ("Title  ", "Title\\", "Title<br>"), or all of it (after a
/// list marker) is one emphasis ("- **Title**") or one link, as lists that give the title, the
/// authors and the venue a line each write them.
fn ends_sentence_line(line: &str) -> bool {
    if line.ends_with("  ") && !line.trim().is_empty() || line.ends_with('\\') {
        return true;
    }
    let t = line.trim();
    let lower = t.to_ascii_lowercase();
    if lower.ends_with("<br>") || lower.ends_with("<br/>") || lower.ends_with("<br />") {
        return true;
    }
    is_title_line(line)
}

/// Whether all of a Markdown line (after a list marker) is one emphasis or one link: a
/// title on a line of its own ("- **Title**", "[Title](https://...)").
fn is_title_line(line: &str) -> bool {
    let t = line.trim();
    let content = ITEM.find(line).map_or(t, |m| line[m.end()..].trim());
    if MARKDOWN_LINK_LINE.is_match(content) {
        return true;
    }
    ["**", "__", "*", "_"].iter().any(|m| {
        content.len() > 2 * m.len() + 3
            && content.starts_with(m)
            && content.ends_with(m)
            && content.matches(m).count() == 2
    })
}

/// Joins a line that starts a new sentence of its entry: the hard break goes, and a full
/// stop closes the sentence before where it has no punctuation ("**Title**. Authors").
fn append_sentence(text: &mut String, line: &str) {
    let lower = text.to_ascii_lowercase();
    for br in ["<br />", "<br/>", "<br>", "\\"] {
        if lower.trim_end().ends_with(br) {
            let keep = text.trim_end().len() - br.len();
            text.truncate(keep);
            break;
        }
    }
    text.truncate(text.trim_end().len());
    let bare = text.trim_end_matches(['*', '_', ' ']);
    if !bare.is_empty() && !bare.ends_with(['.', ',', ';', ':', '?', '!']) {
        text.push('.');
    }
    text.push(' ');
    text.push_str(line);
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

static LATEX_COMMENT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(^|[^\\])%.*").unwrap());
static LATEX_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\\(part|chapter|section|subsection|subsubsection|paragraph|cvsection|cvsubsection)\*?\s*(?:\[[^\]]*\])?\s*\{(.*)\}\s*$").unwrap()
});
static LATEX_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::fields::re(
        r"^\s*\\(item|bibitem|cvitem)\b\s*(?:\[(?:[^\[\]]|\[[^\]]*\])*\])?\s*(?:\{[^}]*\})?",
    )
});
static LATEX_ENV: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\\(begin|end)\s*\{(\w+\*?)\}(?:\{[^}]*\})?(?:\[[^\]]*\])?").unwrap()
});

/// A CV class's entry command, its parts in brace groups: moderncv's and awesome-cv's
/// `\cventry{...}{...}...`.
static LATEX_CV_ENTRY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\\(?:cventry|cvpub|cvpublication)\b\s*").unwrap());

/// A date alone, as CV classes put it first: "2022", "May 2024", "2015--2020".
static DATE_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[A-Za-z]{3,9}\.?\s+)?(?:1[89]|20)\d\d(?:\s*[-–—]{1,3}\s*(?:(?:1[89]|20)\d\d|present|now))?$")
        .unwrap()
});

/// The text of a CV class's entry from its brace groups (`{2022}{Title}{Authors}{Venue}{}{}`):
/// the parts that are not empty, as sentences, a date that comes first moved to the end,
/// where references give it.
fn cv_entry_text(groups: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in groups.char_indices() {
        match c {
            '{' => {
                if depth == 0 {
                    start = i + 1;
                }
                depth += 1;
            }
            '}' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    parts.push(groups[start..i].trim());
                }
            }
            _ => {}
        }
    }
    // An unclosed group keeps its text.
    if depth > 0 {
        parts.push(groups[start..].trim());
    }
    parts.retain(|p| !p.is_empty());
    if parts.len() > 1 && DATE_PART.is_match(parts[0]) {
        parts.rotate_left(1);
    }
    // The authors first, where references give them ("{Title}{A. Lee, B. Chan}{Venue}").
    if !is_name_list(parts.first().copied().unwrap_or(""))
        && let Some(i) = parts.iter().position(|p| is_name_list(p))
    {
        let names = parts.remove(i);
        parts.insert(0, names);
    }
    let mut out = String::new();
    for p in parts {
        if !out.is_empty() {
            let bare = out.trim_end_matches(['}', ' ']);
            if !bare.ends_with(['.', '?', '!']) {
                out.push('.');
            }
            out.push(' ');
        }
        out.push_str(p);
    }
    out
}

/// Whether a CV entry's part is a list of people's names: "\textbf{R. Alvarez}, K.
/// Osei", "Ann Lee and Bo Chan". One name alone counts when it has an initial or is
/// bold (a title in capitals, "Deep Residual Learning", would pass otherwise).
fn is_name_list(part: &str) -> bool {
    // Most parts and lines are no names: a cheap look first.
    if part.len() > 400 || part.contains(|c: char| c.is_ascii_digit() || "():[]<>/\"".contains(c)) {
        return false;
    }
    let bold = part.contains("\\textbf");
    let plain: String = part
        .replace("\\textbf", "")
        .replace("\\underline", "")
        .replace("\\emph", "")
        .replace("\\*", "")
        .chars()
        .filter(|c| !matches!(c, '{' | '}' | '*' | '$' | '^' | '†' | '‡'))
        .collect();
    let names: Vec<&str> = plain
        .split([',', '&', ';'])
        .flat_map(|p| p.split(" and "))
        .map(|p| p.trim().trim_start_matches("and "))
        .filter(|p| !p.is_empty())
        .collect();
    let is_name = |n: &str| {
        let words: Vec<&str> = n.split_whitespace().collect();
        (1..=4).contains(&words.len())
            && words.iter().all(|w| {
                (w.chars().next().is_some_and(char::is_uppercase) || names::is_particle(w))
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
            })
    };
    let with_initial = |n: &str| n.split_whitespace().any(names::is_initials);
    !names.is_empty()
        && names.iter().all(|n| is_name(n))
        && (names.len() > 1 || bold || with_initial(names[0]))
        && names.iter().any(|n| n.split_whitespace().count() > 1)
}

/// Splits LaTeX at sectioning commands, `\item`/`\bibitem`/`\cvitem` and blank lines.
fn latex_blocks(source: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut open = false;
    let mut offset = 0;
    let mut lists: Vec<Marker> = Vec::new();
    // The blocks that are CV entries, read from their brace groups once whole.
    let mut cv_entries: Vec<usize> = Vec::new();
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
        if let Some(m) = LATEX_CV_ENTRY.find(rest) {
            cv_entries.push(out.len());
            out.push(Block {
                kind: BlockKind::Item(lists.last().copied().unwrap_or(Marker::Bullet)),
                text: rest[m.end()..].trim().to_string(),
                offset: rest_offset + m.start() + (m.len() - m.as_str().trim_start().len()),
                indent: lead,
            });
            open = true;
            continue;
        }
        if let Some(c) = LATEX_ITEM.captures(rest) {
            let marker = if &c[1] == "bibitem" {
                Marker::Number
            } else {
                lists.last().copied().unwrap_or(Marker::Bullet)
            };
            let mut end = c.get(0).unwrap().end();
            let mut text = rest[end..].trim();
            // moderncv's "\cvitem{label}{entry}": the entry without its braces.
            if &c[1] == "cvitem"
                && let Some(body) = text.strip_prefix('{')
            {
                end = rest.len() - body.len();
                text = body.strip_suffix('}').unwrap_or(body).trim();
            }
            out.push(Block {
                kind: BlockKind::Item(marker),
                text: text.to_string(),
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
    for i in cv_entries {
        out[i].text = cv_entry_text(&out[i].text);
    }
    out
}

#[cfg(test)]
mod tests;

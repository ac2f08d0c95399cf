//! Entries whose markup names their parts, as site generators write them. al-folio, the
//! most used academic Jekyll theme, puts each part in its own `<div>`: a badge with the
//! venue's acronym, then the title, the authors (the owner in `<em>`), the venue, the
//! link buttons and a hidden abstract and BibTeX:
//!
//! ```html
//! <div class="abbr"><abbr class="badge">CVPR</abbr></div>
//! <div class="title">Deformable Kernels</div>
//! <div class="author"><em>Ming Lin</em>, and Jieping Ye</div>
//! <div class="periodical"><em>In CVPR</em>, 2021</div>
//! ```
//!
//! [`FieldMarkup`] collects those parts while an item is read and writes them back in
//! the order references are read in: authors, title, venue, notes, links.

/// What a marked part of an entry holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Title,
    Authors,
    Venue,
    /// The venue's acronym on a badge.
    Badge,
    /// An award or other note.
    Note,
    /// The link buttons.
    Links,
    /// An abstract, the BibTeX source, or anything else the page hides.
    Hidden,
}

impl Part {
    const ALL: [Part; 7] = [
        Part::Title,
        Part::Authors,
        Part::Venue,
        Part::Badge,
        Part::Note,
        Part::Links,
        Part::Hidden,
    ];

    /// The part a `class` attribute names, if any.
    fn from_classes(classes: &str) -> Option<Part> {
        let mut part = None;
        for class in classes.split_whitespace() {
            let named = match class.to_ascii_lowercase().as_str() {
                "hidden" | "abstract" | "bibtex" | "d-none" => return Some(Part::Hidden),
                "title" | "pub-title" | "paper-title" => Part::Title,
                "author" | "authors" | "pub-authors" => Part::Authors,
                "periodical" | "venue" | "journal" | "booktitle" | "pub-venue" => Part::Venue,
                "abbr" | "badge" => Part::Badge,
                "award" | "note" | "annotation" => Part::Note,
                "links" | "pub-links" => Part::Links,
                _ => continue,
            };
            part = Some(named);
        }
        part
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// What an element inside an item opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opened {
    /// Nothing this module reads.
    Other,
    /// A part of the entry.
    Part(Part),
    /// The owner's name, marked by its class (Hugo's `author-highlighted`): bold.
    Owner,
}

/// Classes that mark the owner's name among the authors.
const OWNER_CLASSES: [&str; 5] = [
    "author-highlighted",
    "highlight-author",
    "me",
    "myself",
    "self",
];

/// Classes of an element that holds one whole entry: Hugo Blox's `pub-list-item`,
/// citeproc's `csl-entry` (pandoc, Quarto), AcademicPages' `list__item` and the like.
const ENTRY_CLASSES: [&str; 8] = [
    "list__item",
    "pub-list-item",
    "pub-item",
    "publication-item",
    "paper-item",
    "csl-entry",
    "bib-item",
    "bibitem",
];

/// Whether an opening tag holds one whole entry (see [`ENTRY_CLASSES`]).
pub(super) fn is_entry_element(tag: &str) -> bool {
    has_class(tag, &ENTRY_CLASSES)
}

/// Whether a tag's `class` attribute holds one of `classes`.
fn has_class(tag: &str, classes: &[&str]) -> bool {
    class_attribute(tag).is_some_and(|c| {
        c.split_whitespace()
            .any(|c| classes.iter().any(|k| c.eq_ignore_ascii_case(k)))
    })
}

/// The parts of one item, collected as its markup opens and closes them.
#[derive(Debug, Default)]
pub(super) struct FieldMarkup {
    /// What each open `<div>` or `<span>` opened.
    open: Vec<Opened>,
    /// The parts open, innermost last (the `Some`s of `open`), so that finding where
    /// text goes takes no walk over `open`.
    named: Vec<Part>,
    /// How many hidden parts are open.
    hidden: usize,
    /// The text of each part, markup included.
    parts: [String; Part::ALL.len()],
    /// The text outside every part.
    outside: String,
    /// All the item's text as written, for an item that names no title and authors.
    plain: String,
    /// Whether `plain` holds more than white space (kept, so that asking costs no scan).
    has_text: bool,
    /// Where the item's current line starts in `plain`.
    line_start: usize,
    /// Whether the item's reference ended with its line of link buttons, and what
    /// follows describes the work: it is no part of the reference.
    in_description: bool,
}

impl FieldMarkup {
    /// Reads an opening or closing `div` or `span` tag inside an item. Returns whether
    /// the tag was taken (it named a part or the owner, or closed one), so that the
    /// caller treats it as markup no more.
    pub(super) fn tag(&mut self, tag: &str, closing: bool) -> bool {
        if closing {
            return match self.open.pop() {
                Some(Opened::Part(part)) => {
                    self.named.pop();
                    if part == Part::Hidden {
                        self.hidden -= 1;
                    }
                    true
                }
                Some(Opened::Owner) => {
                    self.write("</b>");
                    true
                }
                Some(Opened::Other) | None => false,
            };
        }
        // "3 more authors" (al-folio's toggle for a long list) stands for the others.
        if has_class(tag, &["more-authors"]) {
            self.parts[Part::Authors.index()].push_str(" et al.");
            self.push(Opened::Part(Part::Hidden));
            return true;
        }
        if has_class(tag, &OWNER_CLASSES) {
            self.write("<b>");
            self.push(Opened::Owner);
            return true;
        }
        match class_attribute(tag).and_then(Part::from_classes) {
            Some(part) => {
                self.push(Opened::Part(part));
                true
            }
            None => {
                self.push(Opened::Other);
                false
            }
        }
    }

    fn push(&mut self, opened: Opened) {
        self.open.push(opened);
        if let Opened::Part(part) = opened {
            self.named.push(part);
            if part == Part::Hidden {
                self.hidden += 1;
            }
        }
    }

    /// The item's last character of text so far, past white space and tags.
    pub(super) fn last_char(&self) -> Option<char> {
        let mut s = self.plain.trim_end();
        loop {
            if s.ends_with('>')
                && let Some(open) = s.rfind('<')
            {
                s = s[..open].trim_end();
                continue;
            }
            return s.chars().next_back();
        }
    }

    /// Whether the item has no text yet.
    pub(super) fn is_empty(&self) -> bool {
        !self.has_text
    }

    /// Ends the item's current line with `separator` (". " after a line without a full
    /// stop), with no white space before it.
    pub(super) fn break_line(&mut self, separator: &str) {
        if !self.in_description {
            self.plain.truncate(self.plain.trim_end().len());
            let buffer = self.buffer();
            buffer.truncate(buffer.trim_end().len());
        }
        self.write(separator);
        self.line_start = self.plain.len();
    }

    /// Starts a paragraph inside the item. After a line of link buttons ("project page
    /// / video / arXiv"), as a much-copied academic page template writes it, a
    /// paragraph describes the work: it is set aside like an abstract.
    pub(super) fn paragraph(&mut self) {
        if is_links_line(&self.plain[self.line_start..]) {
            self.in_description = true;
        }
        self.write(" ");
        self.line_start = self.plain.len();
    }

    /// Where text read now goes: the innermost open part (the hidden one inside a
    /// hidden part or a description), or the text outside the parts.
    fn buffer(&mut self) -> &mut String {
        let part = if self.hidden > 0 || self.in_description {
            Some(Part::Hidden)
        } else {
            self.named.last().copied()
        };
        match part {
            Some(part) => &mut self.parts[part.index()],
            None => &mut self.outside,
        }
    }

    /// Adds text read now: to the innermost open part (to none inside a hidden one),
    /// or to the text outside the parts.
    pub(super) fn write(&mut self, text: &str) {
        if self.in_description {
            self.parts[Part::Hidden.index()].push_str(text);
            return;
        }
        self.plain.push_str(text);
        self.has_text |= !text.trim().is_empty();
        self.buffer().push_str(text);
    }

    /// The item's text, and a fresh start for the next item: written in reading order
    /// when it had a title and authors in parts of their own, else all of it as it came.
    pub(super) fn take(&mut self) -> String {
        let plain = std::mem::take(&mut self.plain);
        self.has_text = false;
        self.line_start = 0;
        self.in_description = false;
        let outside = std::mem::take(&mut self.outside);
        let parts = std::mem::take(&mut self.parts);
        self.open.clear();
        self.named.clear();
        self.hidden = 0;
        // AcademicPages gives the title, the venue and an excerpt, then the whole
        // reference after "Recommended citation:": the reference, with the links before
        // it (the entry's own page).
        if let Some(at) = find_ascii_case_insensitive(&plain, RECOMMENDED) {
            let mut out = plain[at + RECOMMENDED.len()..].trim().to_string();
            for href in hrefs(&plain[..at]) {
                out.push_str(&format!(" <a href=\"{href}\">Link</a>"));
            }
            return out;
        }
        let [title, authors, venue, badge, note, links, _hidden] = parts;
        if title.trim().is_empty() || authors.trim().is_empty() {
            return plain;
        }
        // The owner is set in italics there; links on names lead to the people's pages,
        // not to the work.
        let authors = without_anchor_tags(&authors)
            .replace("<em>", "<b>")
            .replace("</em>", "</b>")
            .replace("<i>", "<b>")
            .replace("</i>", "</b>");
        let mut venue = venue.trim().to_string();
        let badge = strip_tags(&badge);
        let badge = badge.trim();
        // The badge's acronym where the venue does not name it.
        if !badge.is_empty() && !venue.contains(badge) {
            if venue.is_empty() {
                venue = badge.to_string();
            } else {
                // Inside the italic venue, where an acronym stands.
                let at = venue.find("</em>").unwrap_or(venue.len());
                venue.insert_str(at, &format!(" ({badge})"));
            }
        }
        let mut out = String::new();
        for part in [
            authors.as_str(),
            title.as_str(),
            venue.as_str(),
            note.as_str(),
        ] {
            let part = part.trim();
            if strip_tags(part).trim().is_empty() {
                continue;
            }
            out.push_str(part);
            if !strip_tags(part).trim_end().ends_with(['.', '?', '!']) {
                out.push('.');
            }
            out.push(' ');
        }
        // Buttons without a link ("Abs", "Bib") only show hidden parts.
        out.push_str(without_buttons(&links).trim());
        out.push(' ');
        out.push_str(outside.trim());
        out
    }
}

/// What [`rewrite_tags`] does with one tag.
enum TagAction {
    /// Keep the tag.
    Keep,
    /// Drop the tag, keep what it encloses.
    Drop,
    /// Drop the element: the tag, its text and its `</a>`.
    DropAnchor,
}

/// `s` with each tag kept or dropped as `action` says.
fn rewrite_tags(s: &str, action: impl Fn(&str) -> TagAction) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let tag_end = rest[at..].find('>').map_or(rest.len(), |e| at + e + 1);
        let tag = &rest[at..tag_end];
        rest = &rest[tag_end..];
        match action(tag) {
            TagAction::Keep => out.push_str(tag),
            TagAction::Drop => {}
            TagAction::DropAnchor => {
                let close = rest.find("</a>").map_or(rest.len(), |e| e + "</a>".len());
                rest = &rest[close..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// `s` without its `<a>` and `</a>` tags, their text kept.
fn without_anchor_tags(s: &str) -> String {
    rewrite_tags(s, |tag| {
        if is_anchor_tag(tag) {
            TagAction::Drop
        } else {
            TagAction::Keep
        }
    })
}

/// Whether `tag` is `<a ...>` or `</a>`.
fn is_anchor_tag(tag: &str) -> bool {
    let name = tag.trim_start_matches('<').trim_start_matches('/');
    name.starts_with(['a', 'A']) && name[1..].starts_with([' ', '>', '\t', '\n'])
}

/// `s` without the anchors that have no `href`, text and all.
fn without_buttons(s: &str) -> String {
    rewrite_tags(s, |tag| {
        if is_anchor_tag(tag) && !tag.starts_with("</") && !tag.contains("href") {
            TagAction::DropAnchor
        } else {
            TagAction::Keep
        }
    })
}

/// Whether a line of an item (its markup) is only links with button labels ("project
/// page", "video", "arXiv"), separated by slashes, bars or spaces.
fn is_links_line(line: &str) -> bool {
    let mut buttons = 0;
    let mut outside = String::new();
    let mut rest = line;
    while let Some(at) = rest.find('<') {
        outside.push_str(&rest[..at]);
        let tag_end = rest[at..].find('>').map_or(rest.len(), |e| at + e + 1);
        let tag = &rest[at..tag_end];
        rest = &rest[tag_end..];
        if is_anchor_tag(tag) && !tag.starts_with("</") {
            let close = rest.find("</a>").unwrap_or(rest.len());
            if !crate::extract::reference::is_button(&strip_tags(&rest[..close])) {
                return false;
            }
            buttons += 1;
            rest = &rest[(close + "</a>".len()).min(rest.len())..];
        }
    }
    outside.push_str(rest);
    buttons > 0
        && outside
            .replace("&nbsp;", " ")
            .replace("&nbsp", " ")
            .chars()
            .all(|c| c.is_whitespace() || "/|·•,;-–—[]()".contains(c))
}

/// What AcademicPages writes before an entry's whole reference.
const RECOMMENDED: &str = "recommended citation:";

/// Where `needle` (lower-case ASCII) first occurs in `haystack`, in any case.
fn find_ascii_case_insensitive(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// The `href` values of the anchors in `s`.
fn hrefs(s: &str) -> Vec<&str> {
    s.match_indices("<a ")
        .filter_map(|(i, _)| {
            let tag = &s[i..i + s[i..].find('>')?];
            let at = tag.find("href=")? + "href=".len();
            let quote = tag[at..]
                .chars()
                .next()
                .filter(|c| matches!(c, '"' | '\''))?;
            let value = &tag[at + 1..];
            value.find(quote).map(|end| &value[..end])
        })
        .collect()
}

/// The value of a tag's `class` attribute.
fn class_attribute(tag: &str) -> Option<&str> {
    let at = tag.find("class=")? + "class=".len();
    let rest = &tag[at..];
    let quote = rest.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let rest = &rest[1..];
    rest.find(quote).map(|end| &rest[..end])
}

/// `s` without its tags.
fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_name_parts() {
        assert_eq!(Part::from_classes("col-sm-2 abbr"), Some(Part::Badge));
        assert_eq!(Part::from_classes("abstract hidden"), Some(Part::Hidden));
        assert_eq!(Part::from_classes("title"), Some(Part::Title));
        assert_eq!(Part::from_classes("row"), None);
        assert_eq!(
            class_attribute(r#"<div id="x" class="col-sm-8">"#),
            Some("col-sm-8")
        );
        assert_eq!(class_attribute("<div>"), None);
    }

    #[test]
    fn parts_are_written_in_reading_order() {
        let mut f = FieldMarkup::default();
        let mut feed = |tag: &str, text: &str| {
            let closing = tag.starts_with("</");
            f.tag(tag, closing);
            f.write(text);
        };
        feed(
            r#"<div class="abbr">"#,
            r#"<abbr class="badge">JMLR</abbr>"#,
        );
        feed("</div>", "");
        feed(r#"<div class="title">"#, "Sparse Recovery");
        feed("</div>", "");
        feed(r#"<div class="author">"#, "Jieping Ye, <em>Ming Lin</em>");
        feed("</div>", "");
        feed(
            r#"<div class="periodical">"#,
            "<em>Journal of Machine Learning Research</em>, 2019",
        );
        feed("</div>", "");
        feed(r#"<div class="abstract hidden">"#, "We study things.");
        feed("</div>", "");
        assert_eq!(
            f.take().trim_end(),
            "Jieping Ye, <b>Ming Lin</b>. Sparse Recovery. <em>Journal of Machine Learning Research (JMLR)</em>, 2019."
        );
        assert_eq!(f.take(), "", "taking clears the parts");
    }

    #[test]
    fn an_item_without_title_and_authors_stays_as_written() {
        let mut f = FieldMarkup::default();
        f.write("Before ");
        f.tag(r#"<div class="title">"#, false);
        f.write("A title");
        f.tag("</div>", true);
        f.write(" after.");
        assert_eq!(f.take(), "Before A title after.");
    }

    #[test]
    fn a_recommended_citation_is_the_reference() {
        let mut f = FieldMarkup::default();
        f.write(r#" <a href="/publication/x" rel="permalink">Title</a> Published in <i>J</i>, 2009 About it. Recommended citation: Name, Y. (2009). "Title." <i>J</i>. 1(1)."#);
        assert_eq!(
            f.take(),
            r#"Name, Y. (2009). "Title." <i>J</i>. 1(1). <a href="/publication/x">Link</a>"#
        );
    }

    #[test]
    fn the_last_character_is_past_tags() {
        let mut f = FieldMarkup::default();
        assert_eq!(f.last_char(), None);
        f.write("<b>Title</b> <i></i> ");
        assert_eq!(f.last_char(), Some('e'));
        f.write("x. <a href=\"y\"></a>");
        assert_eq!(f.last_char(), Some('.'));
    }

    #[test]
    fn name_links_and_buttons_go() {
        assert_eq!(
            without_anchor_tags(r#"<em>Ming Lin</em>, <a href="https://x.org">Jieping Ye</a>"#),
            "<em>Ming Lin</em>, Jieping Ye"
        );
        assert_eq!(
            without_buttons(
                r#"<a class="abstract btn">Abs</a> <a href="x.pdf" class="btn">PDF</a>"#
            ),
            r#" <a href="x.pdf" class="btn">PDF</a>"#
        );
        assert_eq!(
            without_anchor_tags("<abbr>CVPR</abbr>"),
            "<abbr>CVPR</abbr>"
        );
    }
}

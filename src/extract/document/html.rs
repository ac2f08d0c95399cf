//! Splits HTML into blocks: headings, list items, table rows and elements that hold
//! one entry, and paragraphs. Inline tags stay in the text.

use std::sync::LazyLock;

use regex::Regex;

use super::field_markup::{self, FieldMarkup};
use super::{Block, BlockKind, ITEM, Marker};

static TAG: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::fields::re(
        r#"(?s)<!--.*?-->|<(script|style|head|nav|footer)\b.*?</(?:script|style|head|nav|footer)\s*>|</?([A-Za-z][A-Za-z0-9]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>"#,
    )
});

/// Splits HTML into blocks at block-level tags; inline tags stay in the text.
/// `base` is the byte offset of `source` in the whole document.
pub(super) fn html_blocks(source: &str, base: usize) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut current_offset = base;
    let mut kind = BlockKind::Paragraph;
    let mut lists: Vec<Marker> = Vec::new();
    let mut last = 0;
    // Ends the block: an item's named parts are written in reading order first (see
    // [`FieldMarkup::take`]). `row`: the text is a table row's.
    let flush = |out: &mut Vec<Block>,
                 fields: &mut FieldMarkup,
                 text: &mut String,
                 kind: BlockKind,
                 offset: usize,
                 row: bool| {
        text.push_str(&fields.take());
        let mut t = text.split_whitespace().collect::<Vec<_>>().join(" ");
        // A paragraph (or a line ended by <br>, or a table row) that starts with a number,
        // "[1]", "(1)" or "1.", is a numbered item without its number.
        let (kind, offset) = match ITEM.captures(&t) {
            Some(c) if (kind == BlockKind::Paragraph || row) && c.get(3).is_some() => {
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
    // The parts of an item that its markup names (see [`FieldMarkup`]).
    let mut fields = FieldMarkup::default();
    // How many <div>s are open, and how many were open outside the <div> that holds the
    // current entry, if one does ("pub-list-item", "csl-entry").
    let mut div_depth = 0usize;
    let mut entry_div: Option<usize> = None;
    // How many tables are open, and how many were open outside the row that holds the
    // current entry, if one does. Only a row without a table inside holds an entry:
    // pages lay themselves out in tables, one row around all the rest.
    let mut table_depth = 0usize;
    let mut entry_row: Option<usize> = None;
    // Inside an item, text goes through the parts its markup names.
    fn put(kind: BlockKind, fields: &mut FieldMarkup, current: &mut String, text: &str) {
        if matches!(kind, BlockKind::Item(_)) {
            fields.write(text);
        } else {
            current.push_str(text);
        }
    }
    for m in TAG.find_iter(source) {
        let between = &source[last..m.start()];
        if !between.trim().is_empty() && current.trim().is_empty() && fields.is_empty() {
            current_offset = base + last + (between.len() - between.trim_start().len());
        }
        put(kind, &mut fields, &mut current, between);
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
            // Scripts, styles, the head, the navigation bar and the page's footer hold
            // no publications.
            "script" | "style" | "head" | "nav" | "footer" => {}
            // A heading inside an element that holds one entry is its title.
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" if entry_div.is_some() => {
                fields.write(" ");
            }
            // `<heading>`: the tag of a much-copied academic page template.
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "heading" => {
                flush(
                    &mut out,
                    &mut fields,
                    &mut current,
                    kind,
                    current_offset,
                    entry_row.is_some(),
                );
                kind = match name.as_bytes() {
                    _ if closing => BlockKind::Paragraph,
                    [b'h', level] => BlockKind::Heading(level - b'0'),
                    _ => BlockKind::Heading(2),
                };
            }
            "ul" | "ol" | "dl" => {
                flush(
                    &mut out,
                    &mut fields,
                    &mut current,
                    kind,
                    current_offset,
                    entry_row.is_some(),
                );
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
                flush(
                    &mut out,
                    &mut fields,
                    &mut current,
                    kind,
                    current_offset,
                    entry_row.is_some(),
                );
                kind = if closing {
                    BlockKind::Paragraph
                } else {
                    BlockKind::Item(lists.last().copied().unwrap_or(Marker::Bullet))
                };
            }
            "table" => {
                flush(
                    &mut out,
                    &mut fields,
                    &mut current,
                    kind,
                    current_offset,
                    entry_row.is_some(),
                );
                if closing {
                    table_depth = table_depth.saturating_sub(1);
                } else {
                    table_depth += 1;
                }
                // A table inside a row lays the row out: the row is no entry.
                entry_row = None;
                kind = BlockKind::Paragraph;
            }
            // A row in an item only breaks its text.
            "tr" if matches!(kind, BlockKind::Item(_)) && entry_row.is_none() => {
                put(kind, &mut fields, &mut current, " ");
            }
            "tr" => {
                flush(
                    &mut out,
                    &mut fields,
                    &mut current,
                    kind,
                    current_offset,
                    entry_row.is_some(),
                );
                if closing {
                    entry_row = None;
                    kind = BlockKind::Paragraph;
                } else {
                    entry_row = Some(table_depth);
                    kind = BlockKind::Item(Marker::Bullet);
                }
            }
            "p" | "div" | "br" | "section" | "article" | "blockquote" | "hr" | "body"
            | "header" | "main" | "title" => {
                // An element that holds one entry is an item.
                if name == "div" {
                    if closing {
                        div_depth = div_depth.saturating_sub(1);
                        if entry_div == Some(div_depth) {
                            entry_div = None;
                            flush(
                                &mut out,
                                &mut fields,
                                &mut current,
                                kind,
                                current_offset,
                                entry_row.is_some(),
                            );
                            kind = BlockKind::Paragraph;
                            continue;
                        }
                    } else {
                        div_depth += 1;
                        if !matches!(kind, BlockKind::Item(_))
                            && field_markup::is_entry_element(tag)
                        {
                            flush(
                                &mut out,
                                &mut fields,
                                &mut current,
                                kind,
                                current_offset,
                                entry_row.is_some(),
                            );
                            entry_div = Some(div_depth - 1);
                            kind = BlockKind::Item(Marker::Bullet);
                            continue;
                        }
                    }
                }
                if name == "div" && matches!(kind, BlockKind::Item(_)) && fields.tag(tag, closing) {
                    continue;
                }
                // Inside an element that holds one entry, lines are no entries of their
                // own; in an item, a line that ends without a full stop is a part of the
                // entry ("<b>Title</b><br>Authors<br><i>Venue</i>").
                if name == "br" && matches!(kind, BlockKind::Item(_)) && !fields.is_empty() {
                    match fields.last_char() {
                        Some('.') if entry_div.is_none() => {}
                        Some(',' | ';' | ':' | '?' | '!' | '.') => {
                            fields.break_line(" ");
                            continue;
                        }
                        _ => {
                            fields.break_line(". ");
                            continue;
                        }
                    }
                }
                // A <p> or <div> inside an item belongs to the item.
                if matches!(kind, BlockKind::Item(_))
                    && name != "br"
                    && name != "hr"
                    && !fields.is_empty()
                {
                    if name == "p" && !closing {
                        fields.paragraph();
                    } else {
                        fields.write(" ");
                    }
                    continue;
                }
                if matches!(kind, BlockKind::Item(_)) && fields.is_empty() {
                    continue;
                }
                flush(
                    &mut out,
                    &mut fields,
                    &mut current,
                    kind,
                    current_offset,
                    entry_row.is_some(),
                );
                if !matches!(kind, BlockKind::Item(_)) {
                    kind = BlockKind::Paragraph;
                }
            }
            // Table cells hold a number and its reference side by side: a space
            // between them.
            "td" | "th" => put(kind, &mut fields, &mut current, " "),
            "span" if matches!(kind, BlockKind::Item(_)) && fields.tag(tag, closing) => {}
            _ => {
                // A page's text may start with a tag this splitter does not know
                // ("<img>", "<font>"): the block starts there.
                if current.trim().is_empty() && fields.is_empty() {
                    current_offset = base + m.start();
                }
                put(kind, &mut fields, &mut current, tag);
            }
        }
    }
    put(kind, &mut fields, &mut current, &source[last..]);
    flush(
        &mut out,
        &mut fields,
        &mut current,
        kind,
        current_offset,
        entry_row.is_some(),
    );
    out
}

//! Inline markup: turns the raw text of a block into plain text plus the ranges that were
//! bold, italic or superscript, and the links it contained.
//!
//! One reader serves Markdown (and Markdown's inline HTML), HTML and LaTeX. Plain text is
//! read with the Markdown rules, which leave lone `*` marks alone.

use std::ops::Range;

use super::document::Format;

/// A link found in inline text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InlineLink {
    /// The link text as it appears in [`RichText::text`].
    pub label: String,
    /// The target.
    pub url: String,
    /// Where the label sits in [`RichText::text`].
    pub range: Range<usize>,
}

/// Plain text with the styling and links that were removed from it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RichText {
    /// The text without markup.
    pub text: String,
    /// Bold ranges (byte ranges into `text`).
    pub bold: Vec<Range<usize>>,
    /// Italic ranges.
    pub italic: Vec<Range<usize>>,
    /// Superscript ranges.
    pub superscript: Vec<Range<usize>>,
    /// Links, in order.
    pub links: Vec<InlineLink>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Style {
    Bold,
    Italic,
    Superscript,
}

/// Builds a [`RichText`] while markup is read.
#[derive(Default)]
struct Builder {
    out: RichText,
    open: Vec<(Style, usize, &'static str)>,
}

impl Builder {
    fn push(&mut self, s: &str) {
        self.out.text.push_str(s);
    }

    fn push_char(&mut self, c: char) {
        self.out.text.push(c);
    }

    fn is_open(&self, style: Style, token: &str) -> bool {
        self.open.iter().any(|(s, _, t)| *s == style && *t == token)
    }

    fn open(&mut self, style: Style, token: &'static str) {
        self.open.push((style, self.out.text.len(), token));
    }

    fn close(&mut self, style: Style, token: &str) {
        if let Some(i) = self
            .open
            .iter()
            .rposition(|(s, _, t)| *s == style && *t == token)
        {
            let (_, start, _) = self.open.remove(i);
            let range = start..self.out.text.len();
            if range.is_empty() {
                return;
            }
            match style {
                Style::Bold => self.out.bold.push(range),
                Style::Italic => self.out.italic.push(range),
                Style::Superscript => self.out.superscript.push(range),
            }
        }
    }

    /// Appends another rich text (a link label), shifting its ranges.
    fn append(&mut self, inner: RichText) {
        let base = self.out.text.len();
        let shift = |r: Range<usize>| r.start + base..r.end + base;
        self.out.bold.extend(inner.bold.into_iter().map(shift));
        self.out.italic.extend(inner.italic.into_iter().map(shift));
        self.out
            .superscript
            .extend(inner.superscript.into_iter().map(shift));
        for l in inner.links {
            self.out.links.push(InlineLink {
                range: shift(l.range),
                ..l
            });
        }
        self.out.text.push_str(&inner.text);
    }

    fn link(&mut self, label: RichText, url: &str) {
        let start = self.out.text.len();
        let text = label.text.clone();
        self.append(label);
        self.out.links.push(InlineLink {
            label: text,
            url: url.trim().to_string(),
            range: start..self.out.text.len(),
        });
    }

    fn finish(mut self) -> RichText {
        // Styles still open at the end (unbalanced markup) end with the text.
        while let Some((style, _, token)) = self.open.last().copied() {
            self.close(style, token);
        }
        for v in [
            &mut self.out.bold,
            &mut self.out.italic,
            &mut self.out.superscript,
        ] {
            v.sort_by_key(|r| r.start);
        }
        self.out.links.sort_by_key(|l| l.range.start);
        self.out
    }
}

/// Reads the inline markup of `raw` in the given format.
pub fn parse(raw: &str, format: Format) -> RichText {
    let mut b = Builder::default();
    match format {
        Format::Latex => latex(raw, &mut b, 0),
        Format::Html => html(raw, &mut b),
        Format::Markdown | Format::Text => markdown(raw, &mut b, format == Format::Markdown),
    }
    let mut out = b.finish();
    tidy_spaces(&mut out);
    out
}

/// Collapses runs of white space, keeping every range in step.
fn tidy_spaces(rt: &mut RichText) {
    let mut map = Vec::with_capacity(rt.text.len() + 1);
    let mut text = String::with_capacity(rt.text.len());
    let mut last_space = true;
    for (i, c) in rt.text.char_indices() {
        let space = c.is_whitespace();
        let keep = !(space && last_space);
        for _ in 0..c.len_utf8() {
            map.push(text.len());
        }
        let _ = i;
        if keep {
            text.push(if space { ' ' } else { c });
        }
        last_space = space;
    }
    map.push(text.len());
    let fix = |r: &mut Range<usize>| {
        r.start = map[r.start.min(map.len() - 1)];
        r.end = map[r.end.min(map.len() - 1)];
    };
    for v in [&mut rt.bold, &mut rt.italic, &mut rt.superscript] {
        v.iter_mut().for_each(fix);
    }
    rt.links.iter_mut().for_each(|l| fix(&mut l.range));
    while text.ends_with(' ') {
        text.pop();
    }
    let len = text.len();
    for v in [&mut rt.bold, &mut rt.italic, &mut rt.superscript] {
        v.iter_mut().for_each(|r| {
            r.end = r.end.min(len);
            r.start = r.start.min(r.end);
        });
    }
    rt.links.iter_mut().for_each(|l| {
        l.range.end = l.range.end.min(len);
        l.range.start = l.range.start.min(l.range.end);
    });
    rt.text = text;
}

/// The index just past the bracket that closes the one at `open` (`(`, `[` or `{`).
fn matching(s: &str, open: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    let (o, c) = match bytes.get(open)? {
        b'(' => (b'(', b')'),
        b'[' => (b'[', b']'),
        b'{' => (b'{', b'}'),
        _ => return None,
    };
    let mut depth = 0usize;
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            x if x == o => depth += 1,
            x if x == c => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn prev_char(s: &str, i: usize) -> Option<char> {
    s[..i].chars().next_back()
}

fn next_char(s: &str, i: usize) -> Option<char> {
    s[i..].chars().next()
}

fn markdown(s: &str, b: &mut Builder, underscores: bool) {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        let c = bytes[i];
        match c {
            b'\\' if i + 1 < s.len() && bytes[i + 1].is_ascii_punctuation() => {
                b.push_char(bytes[i + 1] as char);
                i += 2;
            }
            b'*' | b'_' if bytes.get(i + 1) == Some(&c) && (c == b'*' || underscores) => {
                let token = if c == b'*' { "**" } else { "__" };
                let after = next_char(s, i + 2);
                let before = prev_char(s, i);
                if b.is_open(Style::Bold, token) && before.is_some_and(|ch| !ch.is_whitespace()) {
                    b.close(Style::Bold, token);
                } else if after.is_some_and(|ch| !ch.is_whitespace()) && s[i + 2..].contains(token)
                {
                    b.open(Style::Bold, token);
                } else {
                    b.push(token);
                }
                i += 2;
            }
            b'*' | b'_' if c == b'*' || underscores => {
                let token = if c == b'*' { "*" } else { "_" };
                let after = next_char(s, i + 1);
                let before = prev_char(s, i);
                if b.is_open(Style::Italic, token) && before.is_some_and(|ch| !ch.is_whitespace()) {
                    b.close(Style::Italic, token);
                } else if after
                    .is_some_and(|ch| ch.is_alphanumeric() || ch == '"' || ch == '“' || ch == '[')
                    && before.is_none_or(|ch| !ch.is_alphanumeric() && ch != '.' && ch != '*')
                    && closes_later(&s[i + 1..], c)
                {
                    b.open(Style::Italic, token);
                } else {
                    b.push(token);
                }
                i += 1;
            }
            b'!' if bytes.get(i + 1) == Some(&b'[') => {
                // An image: dropped with its alt text.
                match link_parts(s, i + 1) {
                    Some((_, _, end)) => i = end,
                    None => {
                        b.push_char('!');
                        i += 1;
                    }
                }
            }
            b'[' => match link_parts(s, i) {
                Some((label, url, end)) => {
                    let mut inner = Builder::default();
                    markdown(label, &mut inner, underscores);
                    b.link(inner.finish(), url);
                    i = end;
                }
                None => {
                    b.push_char('[');
                    i += 1;
                }
            },
            b'<' => {
                if let Some(end) = s[i..].find('>').map(|e| i + e + 1) {
                    let inner = &s[i + 1..end - 1];
                    if inner.starts_with("http://")
                        || inner.starts_with("https://")
                        || inner.starts_with("mailto:")
                    {
                        let mut label = Builder::default();
                        label.push(inner);
                        b.link(label.finish(), inner);
                        i = end;
                        continue;
                    }
                    if inner
                        .starts_with(|ch: char| ch.is_ascii_alphabetic() || ch == '/' || ch == '!')
                    {
                        i = html_tag(s, i, end, b);
                        continue;
                    }
                }
                b.push_char('<');
                i += 1;
            }
            b'&' => i = entity(s, i, b),
            b'`' => {
                let run = s[i..].bytes().take_while(|&x| x == b'`').count();
                let fence = &s[i..i + run];
                match s[i + run..].find(fence) {
                    Some(e) => {
                        b.push(&s[i + run..i + run + e]);
                        i += run + e + run;
                    }
                    None => {
                        b.push(fence);
                        i += run;
                    }
                }
            }
            _ => {
                let ch = s[i..].chars().next().unwrap_or(' ');
                b.push_char(ch);
                i += ch.len_utf8();
            }
        }
    }
}

/// Whether a single `*`/`_` opened here is closed later in the text by one that follows a non-space.
fn closes_later(rest: &str, c: u8) -> bool {
    let bytes = rest.as_bytes();
    (1..bytes.len()).any(|j| {
        bytes[j] == c
            && bytes.get(j + 1) != Some(&c)
            && bytes[j - 1] != c
            && !bytes[j - 1].is_ascii_whitespace()
            && bytes.get(j + 1).is_none_or(|x| !x.is_ascii_alphanumeric())
    })
}

/// `[label](url)` at `open`: the label, the url and the index past the link.
fn link_parts(s: &str, open: usize) -> Option<(&str, &str, usize)> {
    let close = matching(s, open)?;
    if s.as_bytes().get(close) != Some(&b'(') {
        return None;
    }
    let end = matching(s, close)?;
    let label = &s[open + 1..close - 1];
    let mut url = s[close + 1..end - 1].trim();
    // [x](url "title")
    if let Some(q) = url.find(" \"") {
        url = &url[..q];
    }
    let url = url.trim_start_matches('<').trim_end_matches('>');
    Some((label, url, end))
}

fn html(s: &str, b: &mut Builder) {
    let mut i = 0;
    let bytes = s.as_bytes();
    while i < s.len() {
        match bytes[i] {
            b'<' => match s[i..].find('>') {
                Some(e) => i = html_tag(s, i, i + e + 1, b),
                None => {
                    b.push_char('<');
                    i += 1;
                }
            },
            b'&' => i = entity(s, i, b),
            _ => {
                let ch = s[i..].chars().next().unwrap_or(' ');
                b.push_char(ch);
                i += ch.len_utf8();
            }
        }
    }
}

/// Handles the tag `s[start..end]`; returns where reading goes on.
fn html_tag(s: &str, start: usize, end: usize, b: &mut Builder) -> usize {
    let tag = &s[start..end];
    let closing = tag.starts_with("</");
    let name: String = tag
        .trim_start_matches(['<', '/'])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    match name.as_str() {
        "b" | "strong" => {
            if closing {
                b.close(Style::Bold, "<b>")
            } else {
                b.open(Style::Bold, "<b>")
            }
        }
        "i" | "em" | "cite" => {
            if closing {
                b.close(Style::Italic, "<i>")
            } else {
                b.open(Style::Italic, "<i>")
            }
        }
        "sup" => {
            if closing {
                b.close(Style::Superscript, "<sup>")
            } else {
                b.open(Style::Superscript, "<sup>")
            }
        }
        "br" => b.push_char(' '),
        "a" if !closing => {
            let href = attribute(tag, "href").unwrap_or_default();
            let lower = s[end..].to_ascii_lowercase();
            if let Some(close) = lower.find("</a") {
                let label_src = &s[end..end + close];
                let mut inner = Builder::default();
                html(label_src, &mut inner);
                b.link(inner.finish(), &decode_entities(&href));
                let after = end + close;
                return s[after..].find('>').map_or(s.len(), |e| after + e + 1);
            }
        }
        _ => {}
    }
    end
}

/// The value of attribute `name` in an HTML start tag.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = lower[from..].find(name) {
        let at = from + p;
        from = at + name.len();
        if !lower[..at].ends_with(|c: char| c.is_whitespace()) {
            continue;
        }
        let rest = tag[from..].trim_start();
        let Some(rest) = rest.strip_prefix('=') else {
            continue;
        };
        let rest = rest.trim_start();
        let value = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => rest[1..].split(q).next().unwrap_or(""),
            _ => rest
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or(""),
        };
        return Some(value.to_string());
    }
    None
}

const ENTITIES: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", " "),
    ("ndash", "–"),
    ("mdash", "—"),
    ("dagger", "†"),
    ("Dagger", "‡"),
    ("ast", "*"),
    ("midast", "*"),
    ("lowast", "∗"),
    ("sect", "§"),
    ("para", "¶"),
    ("hellip", "…"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("copy", "©"),
    ("auml", "ä"),
    ("ouml", "ö"),
    ("uuml", "ü"),
    ("Auml", "Ä"),
    ("Ouml", "Ö"),
    ("Uuml", "Ü"),
    ("szlig", "ß"),
    ("eacute", "é"),
    ("egrave", "è"),
    ("aacute", "á"),
    ("iacute", "í"),
    ("oacute", "ó"),
    ("uacute", "ú"),
    ("ccedil", "ç"),
    ("ntilde", "ñ"),
];

/// Decodes the entity at `i` (which is `&`) into `b`; returns where reading goes on.
fn entity(s: &str, i: usize, b: &mut Builder) -> usize {
    let rest = &s[i + 1..];
    if let Some(semi) = rest.find(';').filter(|&p| p <= 10) {
        let name = &rest[..semi];
        let decoded = if let Some(num) = name.strip_prefix('#') {
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => num.parse().ok(),
            };
            code.and_then(char::from_u32).map(String::from)
        } else {
            ENTITIES
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        };
        if let Some(d) = decoded {
            b.push(&d);
            return i + 1 + semi + 1;
        }
    }
    b.push_char('&');
    i + 1
}

/// Decodes HTML entities in a plain string (attribute values).
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut b = Builder::default();
    let mut i = 0;
    while i < s.len() {
        if s.as_bytes()[i] == b'&' {
            i = entity(s, i, &mut b);
        } else {
            let ch = s[i..].chars().next().unwrap_or(' ');
            b.push_char(ch);
            i += ch.len_utf8();
        }
    }
    b.finish().text
}

const ACCENTS: &[(char, char)] = &[
    ('\'', '\u{301}'),
    ('`', '\u{300}'),
    ('^', '\u{302}'),
    ('"', '\u{308}'),
    ('~', '\u{303}'),
    ('=', '\u{304}'),
    ('.', '\u{307}'),
    ('u', '\u{306}'),
    ('v', '\u{30c}'),
    ('H', '\u{30b}'),
    ('c', '\u{327}'),
    ('k', '\u{328}'),
    ('r', '\u{30a}'),
];

const LATEX_SYMBOLS: &[(&str, &str)] = &[
    ("ss", "ß"),
    ("o", "ø"),
    ("O", "Ø"),
    ("l", "ł"),
    ("L", "Ł"),
    ("ae", "æ"),
    ("AE", "Æ"),
    ("oe", "œ"),
    ("OE", "Œ"),
    ("aa", "å"),
    ("AA", "Å"),
    ("i", "ı"),
    ("dagger", "†"),
    ("ddagger", "‡"),
    ("ast", "*"),
    ("textasteriskcentered", "*"),
    ("star", "*"),
    ("S", "§"),
    ("P", "¶"),
    ("textdagger", "†"),
    ("textdaggerdbl", "‡"),
    ("sharp", "#"),
    ("dots", "…"),
    ("ldots", "…"),
    ("textendash", "–"),
    ("textemdash", "—"),
    ("LaTeX", "LaTeX"),
    ("TeX", "TeX"),
    ("and", ","),
    ("newblock", " "),
    ("quad", " "),
    ("qquad", " "),
];

/// Reads LaTeX; `depth` bounds recursion on pathological nesting.
fn latex(s: &str, b: &mut Builder, depth: usize) {
    if depth > 64 {
        b.push(s);
        return;
    }
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        match bytes[i] {
            b'\\' => i = latex_command(s, i, b, depth),
            b'{' => {
                let (inner, end) = braced(s, i);
                let trimmed = inner.trim_start();
                let style = [
                    ("\\bf", Style::Bold),
                    ("\\bfseries", Style::Bold),
                    ("\\it", Style::Italic),
                    ("\\em", Style::Italic),
                    ("\\itshape", Style::Italic),
                ]
                .into_iter()
                .find(|(cmd, _)| {
                    trimmed.starts_with(cmd)
                        && !trimmed[cmd.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
                });
                match style {
                    Some((cmd, st)) => {
                        b.open(st, "{}");
                        latex(&trimmed[cmd.len()..], b, depth + 1);
                        b.close(st, "{}");
                    }
                    None => latex(inner, b, depth + 1),
                }
                i = end.max(i + 1);
            }
            b'}' => i += 1,
            b'~' => {
                b.push_char(' ');
                i += 1;
            }
            b'$' => {
                let end = s[i + 1..].find('$').map_or(s.len(), |e| i + 1 + e);
                let math = &s[i + 1..end];
                let m = math.trim();
                if let Some(sup) = m.strip_prefix('^') {
                    let sup = sup.trim_matches(|c| c == '{' || c == '}');
                    b.open(Style::Superscript, "$");
                    latex(sup, b, depth + 1);
                    b.close(Style::Superscript, "$");
                } else if m.starts_with('\\') || m.len() <= 2 {
                    latex(m, b, depth + 1);
                } else {
                    b.push("$");
                    b.push(math);
                    b.push("$");
                }
                i = (end + 1).min(s.len());
            }
            b'^' => {
                let (arg, end) = latex_arg(s, i + 1);
                b.open(Style::Superscript, "^");
                latex(arg, b, depth + 1);
                b.close(Style::Superscript, "^");
                i = end;
            }
            _ => {
                let ch = s[i..].chars().next().unwrap_or(' ');
                b.push_char(ch);
                i += ch.len_utf8();
            }
        }
    }
}

/// The inside of the braced group opening at `open` and the index past it; an unclosed
/// group runs to the end of `s`.
fn braced(s: &str, open: usize) -> (&str, usize) {
    match matching(s, open) {
        Some(end) => (&s[open + 1..end - 1], end),
        None => (&s[open + 1..], s.len()),
    }
}

/// The argument at `i`: a braced group or a single character. Returns it and the index past it.
fn latex_arg(s: &str, i: usize) -> (&str, usize) {
    let mut j = i;
    while s[j..].starts_with(' ') {
        j += 1;
    }
    if s[j..].starts_with('{') {
        braced(s, j)
    } else if let Some(c) = s[j..].chars().next() {
        (&s[j..j + c.len_utf8()], j + c.len_utf8())
    } else {
        ("", j)
    }
}

/// The combining mark for an accent command character (`'` → acute).
fn accent(c: char) -> Option<char> {
    ACCENTS.iter().find(|(a, _)| *a == c).map(|(_, comb)| *comb)
}

/// Writes the accented argument at `at` (`{e}`, `e`, `{\i}`); returns the index past it.
fn push_accented(s: &str, at: usize, comb: char, b: &mut Builder) -> usize {
    let (arg, end) = latex_arg(s, at);
    let mut chars = arg.trim_start_matches('\\').chars();
    if let Some(base) = chars.next() {
        b.push_char(base);
        b.push_char(comb);
        b.push(chars.as_str());
    }
    end
}

fn latex_command(s: &str, i: usize, b: &mut Builder, depth: usize) -> usize {
    let rest = &s[i + 1..];
    let Some(first) = rest.chars().next() else {
        return i + 1;
    };
    if !first.is_ascii_alphabetic() {
        if let Some(comb) = accent(first) {
            return push_accented(s, i + 2, comb, b);
        }
        return match first {
            '\\' => {
                b.push_char(' ');
                i + 2
            }
            ',' | ';' | ' ' | '!' => {
                b.push_char(' ');
                i + 2
            }
            _ => {
                b.push_char(first);
                i + 1 + first.len_utf8()
            }
        };
    }
    let name: &str = &rest[..rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len())];
    let after = i + 1 + name.len();
    let single = name.chars().next().filter(|_| name.len() == 1);
    if let Some(comb) = single
        .and_then(accent)
        .filter(|_| s[after..].starts_with(['{', ' ']))
    {
        return push_accented(s, after, comb, b);
    }
    if let Some(&(_, sym)) = LATEX_SYMBOLS.iter().find(|(n, _)| *n == name) {
        b.push(sym);
        let mut end = after;
        if s[end..].starts_with("{}") {
            end += 2;
        } else if s[end..].starts_with(' ') && sym.chars().all(|c| c.is_alphabetic()) {
            end += 1;
        }
        return end;
    }
    match name {
        "textbf" | "mkbibbold" | "bfseries" | "textsc" | "textit" | "emph" | "mkbibemph"
        | "textsl" | "textsuperscript" | "mkbibsuperscript" | "underline" | "uline" => {
            let style = match name {
                "textbf" | "mkbibbold" | "bfseries" => Some(Style::Bold),
                "textit" | "emph" | "mkbibemph" | "textsl" => Some(Style::Italic),
                "textsuperscript" | "mkbibsuperscript" => Some(Style::Superscript),
                _ => None,
            };
            let (arg, end) = latex_arg(s, after);
            match style {
                Some(st) => {
                    b.open(st, "\\");
                    latex(arg, b, depth + 1);
                    b.close(st, "\\");
                }
                None => latex(arg, b, depth + 1),
            }
            end
        }
        "href" => {
            let (url, mid) = latex_arg(s, after);
            let (label, end) = latex_arg(s, mid);
            let mut inner = Builder::default();
            latex(label, &mut inner, depth + 1);
            b.link(
                inner.finish(),
                &url.replace("\\_", "_")
                    .replace("\\%", "%")
                    .replace("\\#", "#"),
            );
            end
        }
        "url" | "doi" => {
            let (url, end) = latex_arg(s, after);
            let url = if name == "doi" {
                format!("https://doi.org/{url}")
            } else {
                url.to_string()
            };
            let mut inner = Builder::default();
            inner.push(&url);
            b.link(inner.finish(), &url);
            end
        }
        _ => {
            // Unknown command: keep its argument's text, drop the command.
            if s[after..].starts_with('{') {
                let (arg, end) = latex_arg(s, after);
                latex(arg, b, depth + 1);
                end
            } else {
                after
            }
        }
    }
}

impl RichText {
    /// Deletes the given byte ranges from the text, moving every style range and link with it.
    /// Ranges may overlap and come in any order; links inside a deleted range are kept but
    /// get an empty range.
    pub fn remove(&mut self, ranges: &[Range<usize>]) {
        if ranges.is_empty() {
            return;
        }
        let len = self.text.len();
        let mut drop = vec![false; len];
        for r in ranges {
            for d in drop.iter_mut().take(r.end.min(len)).skip(r.start) {
                *d = true;
            }
        }
        let mut map = Vec::with_capacity(len + 1);
        let mut text = String::with_capacity(len);
        for (i, c) in self.text.char_indices() {
            for _ in 0..c.len_utf8() {
                map.push(text.len());
            }
            if !drop[i] {
                text.push(c);
            }
        }
        map.push(text.len());
        let fix = |r: &mut Range<usize>| {
            r.start = map[r.start.min(len)];
            r.end = map[r.end.min(len)];
        };
        for v in [&mut self.bold, &mut self.italic, &mut self.superscript] {
            v.iter_mut().for_each(fix);
            v.retain(|r| !r.is_empty());
        }
        self.links.iter_mut().for_each(|l| fix(&mut l.range));
        self.text = text;
        tidy_spaces(self);
    }

    /// Whether byte range `r` lies mostly inside a bold range.
    pub fn is_bold(&self, r: &Range<usize>) -> bool {
        let len = r.end.saturating_sub(r.start);
        len > 0 && self.bold.iter().map(|b| overlap(b, r)).sum::<usize>() * 2 > len
    }

    /// Whether byte range `r` lies mostly inside an italic range.
    pub fn is_italic(&self, r: &Range<usize>) -> bool {
        let len = r.end.saturating_sub(r.start);
        len > 0 && self.italic.iter().map(|b| overlap(b, r)).sum::<usize>() * 2 > len
    }

    /// Whether byte `i` is inside a superscript.
    pub fn in_superscript(&self, i: usize) -> bool {
        self.superscript.iter().any(|r| r.contains(&i))
    }
}

fn overlap(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slices<'a>(rt: &'a RichText, v: &[Range<usize>]) -> Vec<&'a str> {
        v.iter().map(|r| &rt.text[r.clone()]).collect()
    }

    #[test]
    fn markdown_bold_marks_and_links() {
        let rt = parse(
            "**Lin, R.** *, Li, C. *, Ren, Y.*. T. [[PDF](https://x.org/a_b.pdf)][[Code](c)]",
            Format::Markdown,
        );
        assert_eq!(rt.text, "Lin, R. *, Li, C. *, Ren, Y.*. T. [PDF][Code]");
        assert_eq!(slices(&rt, &rt.bold), ["Lin, R."]);
        assert_eq!(rt.links.len(), 2);
        assert_eq!(rt.links[0].url, "https://x.org/a_b.pdf");
        assert_eq!(&rt.text[rt.links[1].range.clone()], "Code");
    }

    #[test]
    fn markdown_italics_and_escapes() {
        let rt = parse(r"Tao, C. \*, *Journal of X*, 12. \[x\]", Format::Markdown);
        assert_eq!(rt.text, "Tao, C. *, Journal of X, 12. [x]");
        assert_eq!(slices(&rt, &rt.italic), ["Journal of X"]);
    }

    #[test]
    fn html_markup() {
        let rt = parse(
            "<b>M. Lin</b><sup>*</sup>, A &amp; B. <a href=\"p.pdf\">[PDF]</a>",
            Format::Html,
        );
        assert_eq!(rt.text, "M. Lin*, A & B. [PDF]");
        assert_eq!(slices(&rt, &rt.bold), ["M. Lin"]);
        assert_eq!(slices(&rt, &rt.superscript), ["*"]);
        assert_eq!(rt.links[0].url, "p.pdf");
    }

    #[test]
    fn unclosed_groups_before_multibyte_text() {
        // Found by the extract_latex fuzz target: an unclosed group ending in `é`.
        for raw in [
            "\\begin{itemiz\u{e9}",
            "{\u{e9}",
            "\\textbf{caf\u{e9}",
            "\\'{\u{e9}",
        ] {
            let rt = parse(raw, Format::Latex);
            assert!(
                rt.text.contains('\u{e9}') || rt.text.contains('e'),
                "{raw:?} -> {:?}",
                rt.text
            );
        }
    }

    #[test]
    fn latex_markup() {
        let rt = parse(
            r#"\textbf{M. L{\'o}pez}$^*$, J.~M{\"u}ller\textsuperscript{\dagger}. \emph{T}. \href{http://a.b/c\_d}{[Code]} 50\%"#,
            Format::Latex,
        );
        assert_eq!(
            rt.text,
            "M. Lo\u{301}pez*, J. Mu\u{308}ller†. T. [Code] 50%"
        );
        assert_eq!(slices(&rt, &rt.bold), ["M. Lo\u{301}pez"]);
        assert_eq!(slices(&rt, &rt.superscript), ["*", "†"]);
        assert_eq!(rt.links[0].url, "http://a.b/c_d");
    }

    #[test]
    fn unbalanced_markup_does_not_panic() {
        for s in [
            "**a",
            "[a](b",
            "<a href='x'>y",
            "\\textbf{a",
            "{\\bf a",
            "$^",
            "&#xFFFFFFFF;",
            "\\",
            "*",
            "`a",
            "é**",
        ] {
            let _ = parse(s, Format::Markdown);
            let _ = parse(s, Format::Html);
            let _ = parse(s, Format::Latex);
        }
    }
}

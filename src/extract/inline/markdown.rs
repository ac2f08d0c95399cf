//! Markdown inline markup (and plain text read with Markdown's rules).

use super::*;

pub(super) fn markdown(s: &str, b: &mut Builder, underscores: bool) {
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
pub(super) fn closes_later(rest: &str, c: u8) -> bool {
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
pub(super) fn link_parts(s: &str, open: usize) -> Option<(&str, &str, usize)> {
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

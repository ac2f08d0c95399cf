//! HTML inline markup and entities.

use super::*;

pub(super) fn html(s: &str, b: &mut Builder) {
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
pub(super) fn html_tag(s: &str, start: usize, end: usize, b: &mut Builder) -> usize {
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
pub(super) fn attribute(tag: &str, name: &str) -> Option<String> {
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

pub(super) const ENTITIES: &[(&str, &str)] = &[
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
pub(super) fn entity(s: &str, i: usize, b: &mut Builder) -> usize {
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
    // Browsers read the oldest entities without their semicolon ("&nbsp/&nbsp").
    for (name, value) in LEGACY_ENTITIES {
        if rest.starts_with(name)
            && !rest[name.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == ';')
        {
            b.push(value);
            return i + 1 + name.len();
        }
    }
    b.push_char('&');
    i + 1
}

/// Entities that browsers also read without their semicolon.
const LEGACY_ENTITIES: [(&str, &str); 5] = [
    ("nbsp", " "),
    ("amp", "&"),
    ("quot", "\""),
    ("lt", "<"),
    ("gt", ">"),
];

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

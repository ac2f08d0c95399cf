//! LaTeX inline markup: styles, accents, symbols, links.

use super::*;

pub(super) const ACCENTS: &[(char, char)] = &[
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

pub(super) const LATEX_SYMBOLS: &[(&str, &str)] = &[
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
    ("dag", "†"),
    ("ddag", "‡"),
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
pub(super) fn latex(s: &str, b: &mut Builder, depth: usize) {
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
pub(super) fn braced(s: &str, open: usize) -> (&str, usize) {
    match matching(s, open) {
        Some(end) => (&s[open + 1..end - 1], end),
        None => (&s[open + 1..], s.len()),
    }
}

/// The argument at `i`: a braced group or a single character. Returns it and the index past it.
pub(super) fn latex_arg(s: &str, i: usize) -> (&str, usize) {
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
pub(super) fn accent(c: char) -> Option<char> {
    ACCENTS.iter().find(|(a, _)| *a == c).map(|(_, comb)| *comb)
}

/// Writes the accented argument at `at` (`{e}`, `e`, `{\i}`); returns the index past it.
pub(super) fn push_accented(s: &str, at: usize, comb: char, b: &mut Builder) -> usize {
    let (arg, end) = latex_arg(s, at);
    let mut chars = arg.trim_start_matches('\\').chars();
    if let Some(base) = chars.next() {
        b.push_char(base);
        b.push_char(comb);
        b.push(chars.as_str());
    }
    end
}

pub(super) fn latex_command(s: &str, i: usize, b: &mut Builder, depth: usize) -> usize {
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

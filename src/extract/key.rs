//! Citation keys in Google Scholar's form: first author's family name (ASCII-folded,
//! lower-case, particles joined), the year, and the first title word that is not a
//! stopword, e.g. `lin2021deformable`. Clashes get `a`, `b`... after the first.

use std::collections::HashMap;

use crate::model::{Entry, fold};

/// Title words skipped for the key, one per line, sorted.
const STOPWORDS: &str = include_str!("data/stopwords.txt");

/// Whether `word` (lower-case, ASCII-folded) is a stopword: a title word keys skip.
pub(crate) fn is_stopword(word: &str) -> bool {
    STOPWORDS.lines().any(|s| s == word)
}

/// The key for one entry, before clashes are resolved.
pub fn base_key(e: &Entry) -> String {
    let family = e
        .authors
        .iter()
        .find(|a| !a.name.is_others())
        .map(|a| fold(&a.name.full_family()))
        .or_else(|| e.editors.first().map(|p| fold(&p.full_family())))
        .filter(|f| !f.is_empty())
        .unwrap_or_else(|| "anon".into());
    let year: String = e
        .year
        .as_deref()
        .unwrap_or("")
        .chars()
        .filter(char::is_ascii_digit)
        .take(4)
        .collect();
    let word = e
        .title
        .as_deref()
        .unwrap_or("")
        .split(|c: char| c.is_whitespace() || c == '/' || c == '—' || c == '–')
        .map(fold)
        .find(|w| !w.is_empty() && !is_stopword(w))
        .unwrap_or_default();
    format!("{family}{year}{word}")
}

/// Gives every entry a key, unique across `entries`.
pub fn assign_keys(entries: &mut [Entry]) {
    let mut used: HashMap<String, usize> = HashMap::new();
    for e in entries.iter_mut() {
        let base = base_key(e);
        let n = used.entry(base.clone()).or_insert(0);
        e.key = if *n == 0 {
            base.clone()
        } else {
            format!("{base}{}", suffix(*n - 1))
        };
        *n += 1;
        // A generated suffix may collide with another base key; keep counting until free.
        while used.contains_key(&e.key) && e.key != base {
            let n = used.get_mut(&base).unwrap();
            e.key = format!("{base}{}", suffix(*n - 1));
            *n += 1;
        }
        if e.key != base {
            used.insert(e.key.clone(), 1);
        }
    }
}

/// `a`, `b`, ..., `z`, `aa`, `ab`...
fn suffix(n: usize) -> String {
    let letter = (b'a' + (n % 26) as u8) as char;
    if n < 26 {
        letter.to_string()
    } else {
        format!("{}{letter}", suffix(n / 26 - 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Author, Person};

    fn entry(family: &str, year: &str, title: &str) -> Entry {
        Entry {
            authors: vec![Author::from(Person::new("A.", family))],
            year: Some(year.into()),
            title: Some(title.into()),
            ..Entry::default()
        }
    }

    #[test]
    fn scholar_keys() {
        assert_eq!(
            base_key(&entry(
                "Lin",
                "2021",
                "Deformable Butterfly: A Highly Structured"
            )),
            "lin2021deformable"
        );
        assert_eq!(
            base_key(&entry("de Melo", "2016", "An Image is Worth")),
            "demelo2016image"
        );
        assert_eq!(
            base_key(&entry("Müller", "2020", "Post-Quantum Crypto")),
            "muller2020postquantum"
        );
    }

    #[test]
    fn clashes_get_letters() {
        let mut es = vec![
            entry("Lin", "2021", "Deep A"),
            entry("Lin", "2021", "Deep B"),
            entry("Lin", "2021", "Deep C"),
        ];
        assign_keys(&mut es);
        let keys: Vec<&str> = es.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys, ["lin2021deep", "lin2021deepa", "lin2021deepb"]);
        assert_eq!(suffix(26), "aa");
    }
}

//! The owner of a list: the bold author, the `--owner` name, or, when a list bolds nobody,
//! the person who appears in the most entries. The person a list bolds most is
//! highlighted too in the entries that bold nobody.
//!
//! Inference rule: among all authors (compared by folded family name and first initial),
//! take the most frequent; it is the owner when it appears in at least half of the entries
//! that have authors, in at least two entries, and no other name ties with it. A tie is
//! broken by the page's own name (its title or first heading, "Publications | Ana
//! Ribeiro"): the one tied person it names is the owner.

use std::collections::HashMap;

use crate::model::{Entry, Person, fold};

/// Marks `owner` as highlighted wherever the name matches; returns how many entries matched.
pub fn mark_owner(entries: &mut [Entry], owner: &Person) -> usize {
    let mut hits = 0;
    for e in entries.iter_mut() {
        let mut hit = false;
        for a in e.authors.iter_mut() {
            if a.name.same_as(owner) {
                a.marks.highlight = true;
                hit = true;
            }
        }
        hits += usize::from(hit);
    }
    hits
}

/// A cheap test before [`Person::same_as`], which folds both names: the given names'
/// first letters and the family names' letters and digits agree, case aside, with or
/// without the particles (names with other letters pass).
pub fn may_be(name: &Person, owner: &Person) -> bool {
    let ascii = |p: &Person| p.family.is_ascii() && p.prefix.is_ascii() && p.given.is_ascii();
    if !ascii(name) || !ascii(owner) {
        return true;
    }
    // The first letters of the given names, where both have one.
    let initial = |p: &Person| {
        p.given
            .bytes()
            .find(u8::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
    };
    if let (Some(a), Some(b)) = (initial(name), initial(owner))
        && a != b
    {
        return false;
    }
    fn key(s: &str) -> impl Iterator<Item = u8> + '_ {
        s.bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
    }
    key(&name.family).eq(key(&owner.family))
        || key(&name.prefix)
            .chain(key(&name.family))
            .eq(key(&owner.prefix).chain(key(&owner.family)))
}

/// The person a list bolds most often, when that is in two entries or more (or in one,
/// when they are also in most entries) and no one ties: the owner, whom entries that
/// bold nobody still name.
pub fn bolded_owner(entries: &[Entry]) -> Option<Person> {
    let mut counts: HashMap<(String, Option<char>), (usize, Person)> = HashMap::new();
    for e in entries {
        let mut seen = Vec::new();
        for a in e.authors.iter().filter(|a| a.marks.highlight) {
            let key = (fold(&a.name.full_family()), a.name.first_initial());
            if seen.contains(&key) {
                continue;
            }
            seen.push(key.clone());
            counts.entry(key).or_insert_with(|| (0, a.name.clone())).0 += 1;
        }
    }
    let mut ranked: Vec<&(usize, Person)> = counts.values().collect();
    ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
    let (best, person) = ranked.first().map(|(n, p)| (*n, p.clone()))?;
    let tie = ranked.get(1).is_some_and(|(n, _)| *n == best);
    if tie {
        return None;
    }
    // Bold in one entry only: the owner when the person is also the one in most entries
    // ("**Nakamura, K.**" once, "K. Nakamura" in every entry).
    (best >= 2 || infer_owner(entries, "").is_some_and(|(inferred, _)| inferred.same_as(&person)))
        .then_some(person)
}

/// The person in most entries, when the rule in the module docs picks one; `page_name`
/// is the document's title and first heading, for ties.
pub fn infer_owner(entries: &[Entry], page_name: &str) -> Option<(Person, usize)> {
    let mut counts: HashMap<(String, Option<char>), (usize, Person)> = HashMap::new();
    let mut with_authors = 0;
    for e in entries {
        if e.authors.is_empty() {
            continue;
        }
        with_authors += 1;
        let mut seen = Vec::new();
        for a in e.authors.iter().filter(|a| !a.name.is_others()) {
            let key = (fold(&a.name.full_family()), a.name.first_initial());
            if seen.contains(&key) {
                continue;
            }
            seen.push(key.clone());
            let slot = counts.entry(key).or_insert_with(|| (0, a.name.clone()));
            slot.0 += 1;
            // Prefer the fullest spelling as the representative.
            if a.name.given.len() > slot.1.given.len() {
                slot.1 = a.name.clone();
            }
        }
    }
    let mut ranked: Vec<&(usize, Person)> = counts.values().collect();
    ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
    let (best, person) = ranked.first().map(|(n, p)| (*n, p.clone()))?;
    if best < 2 || best * 2 < with_authors {
        return None;
    }
    let tied: Vec<&Person> = ranked
        .iter()
        .take_while(|(n, _)| *n == best)
        .map(|(_, p)| p)
        .collect();
    if tied.len() == 1 {
        return Some((person, best));
    }
    // The page names one of them.
    let words: Vec<String> = page_name.split_whitespace().map(fold).collect();
    let named: Vec<&&Person> = tied
        .iter()
        .filter(|p| {
            let family = fold(&p.family);
            let given = p
                .given
                .split_whitespace()
                .next()
                .map(fold)
                .unwrap_or_default();
            words.contains(&family)
                && words
                    .iter()
                    .any(|w| !given.is_empty() && (w == &given || w.starts_with(&given)))
        })
        .collect();
    match named[..] {
        [p] => Some(((*p).clone(), best)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Author;

    fn entry(names: &[&str]) -> Entry {
        Entry {
            authors: names
                .iter()
                .map(|n| Author::from(Person::parse(n)))
                .collect(),
            ..Entry::default()
        }
    }

    #[test]
    fn infers_the_most_frequent_author() {
        let mut es = vec![
            entry(&["Ming Lin", "Jieping Ye"]),
            entry(&["Rong Jin", "M. Lin"]),
            entry(&["Hao Li", "Xue Wang"]),
        ];
        let (owner, n) = infer_owner(&es, "").unwrap();
        assert_eq!((owner.family.as_str(), n), ("Lin", 2));
        assert_eq!(mark_owner(&mut es, &owner), 2);
        assert!(es[1].authors[1].marks.highlight);
        assert!(!es[2].authors[0].marks.highlight);
    }

    #[test]
    fn the_most_bolded_person_is_the_owner() {
        let bold = |mut e: Entry, i: usize| {
            e.authors[i].marks.highlight = true;
            e
        };
        let es = vec![
            bold(entry(&["Lin, M.", "Ye, J."]), 0),
            bold(entry(&["Ye, J.", "Ming Lin"]), 1),
            entry(&["Ye, J.", "Lin, M."]),
        ];
        assert_eq!(bolded_owner(&es).map(|p| p.family), Some("Lin".into()));
        // Once is not enough, and two people bolded as often are no owner.
        assert!(bolded_owner(&es[..1]).is_none());
        let es = vec![
            bold(entry(&["Lin, M.", "Ye, J."]), 0),
            bold(entry(&["Ye, J.", "Lin, M."]), 0),
        ];
        assert!(bolded_owner(&es).is_none());
        // Once is enough when the person is also in most entries.
        let es = vec![
            entry(&["Lin, M.", "Ye, J."]),
            bold(entry(&["Ye, J.", "Lin, M."]), 1),
            entry(&["Ming Lin", "Osei, P."]),
        ];
        assert_eq!(bolded_owner(&es).map(|p| p.family), Some("Lin".into()));
        let es = vec![
            entry(&["Lin, M.", "Ye, J."]),
            bold(entry(&["Ye, J.", "Lin, M."]), 0),
            entry(&["Ming Lin", "Osei, P."]),
        ];
        assert!(bolded_owner(&es).is_none());
    }

    #[test]
    fn the_cheap_test_never_hides_a_match() {
        let pairs = [
            ("Lin, M.", "Ming Lin"),
            ("van der Berg, P.", "Peter van der Berg"),
            ("Peter Vanderberg", "P. van der Berg"),
            ("O'Neil, J.", "J. ONeil"),
            ("Müller, K.", "K. Muller"),
            ("Ye, J.", "Ming Lin"),
            ("Lin, R.", "M. Lin"),
            ("Lin, Ming", "Lin"),
        ];
        for (a, b) in pairs {
            let (a, b) = (Person::parse(a), Person::parse(b));
            if a.same_as(&b) {
                assert!(may_be(&a, &b), "{a} / {b}");
            }
        }
        assert!(!may_be(
            &Person::parse("Ye, J."),
            &Person::parse("Ming Lin")
        ));
    }

    #[test]
    fn the_page_name_breaks_a_tie() {
        let es = vec![
            entry(&["Zhang, Wei", "Okoro, Chidi"]),
            entry(&["Chidi Okoro", "Wei Zhang"]),
        ];
        let (owner, n) = infer_owner(&es, "Publications   Wei Zhang").unwrap();
        assert_eq!((owner.family.as_str(), n), ("Zhang", 2));
        assert!(infer_owner(&es, "Publications").is_none());
        assert!(infer_owner(&es, "Wei Zhang and Chidi Okoro").is_none());
    }

    #[test]
    fn no_owner_on_a_tie_or_a_single_entry() {
        assert!(infer_owner(&[entry(&["A B", "C D"])], "").is_none());
        assert!(infer_owner(&[entry(&["A B", "C D"]), entry(&["A B", "C D"])], "").is_none());
    }
}

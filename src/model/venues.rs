//! The venue table (`data/venues.tsv`): which venue a container string names, and
//! whether it is a journal or a meeting.

use std::collections::HashMap;
use std::sync::LazyLock;

/// One venue of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Venue {
    /// The acronym, e.g. `NeurIPS`.
    pub acronym: String,
    /// The full name.
    pub name: String,
    /// Former names with the year from which they are out of date (`NIPS`, 2018).
    pub renamed: Vec<(String, u32)>,
    /// Whether papers there are articles (a journal) or proceedings (a meeting).
    pub journal: bool,
}

/// The parsed table with its lookup structures.
pub struct Table {
    /// The venues.
    pub venues: Vec<Venue>,
    /// Lower-case acronyms and word aliases to venue index.
    tokens: HashMap<String, usize>,
    /// Normalized multi-word names to venue index, longest first.
    phrases: Vec<(String, usize)>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| Table::parse(include_str!("data/venues.tsv")));

/// The shipped table.
pub fn table() -> &'static Table {
    &TABLE
}

/// Lower case, letters and digits only, single spaces, padded with a space on each side.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push(' ');
    for w in s
        .split(|c: char| !c.is_alphanumeric() && c != '&')
        .filter(|w| !w.is_empty())
    {
        let w = if w == "&" { "and" } else { w };
        out.push_str(&w.to_lowercase());
        out.push(' ');
    }
    out
}

impl Table {
    fn parse(text: &str) -> Table {
        let mut venues = Vec::new();
        let mut tokens = HashMap::new();
        let mut phrases = Vec::new();
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let (acronym, name) = (cols[0].trim(), cols.get(1).map_or("", |s| s.trim()));
            let i = venues.len();
            tokens.insert(acronym.to_lowercase(), i);
            let mut names: Vec<&str> = vec![name];
            if let Some(other) = cols.get(2) {
                names.extend(other.split('|').map(str::trim).filter(|s| !s.is_empty()));
            }
            for n in names {
                if n.contains(' ') {
                    phrases.push((normalize(n), i));
                } else {
                    tokens.insert(n.to_lowercase(), i);
                }
            }
            let renamed = cols
                .get(3)
                .into_iter()
                .flat_map(|s| s.split('|'))
                .filter_map(|r| {
                    let (old, year) = r.trim().split_once('<')?;
                    Some((old.to_string(), year.parse().ok()?))
                })
                .collect();
            let journal = cols.get(4).is_some_and(|k| k.trim() == "journal");
            venues.push(Venue {
                acronym: acronym.to_string(),
                name: name.to_string(),
                renamed,
                journal,
            });
        }
        phrases.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        Table {
            venues,
            tokens,
            phrases,
        }
    }

    /// The venue a container names, if the table knows it. A workshop held with a venue
    /// is not the venue.
    pub fn lookup(&self, container: &str) -> Option<usize> {
        let norm = normalize(container);
        let found = self
            .phrases
            .iter()
            .find(|(p, _)| norm.contains(p.as_str()))
            .map(|(_, i)| *i)
            .or_else(|| {
                container
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|t| t.chars().filter(|c| c.is_uppercase()).count() >= 2)
                    .find_map(|t| {
                        let t = t.trim_end_matches(|c: char| c.is_ascii_digit());
                        self.tokens.get(&t.to_lowercase()).copied()
                    })
            })?;
        let v = &self.venues[found];
        let workshop_venue = normalize(&v.name).contains(" workshop") || v.acronym.ends_with('W');
        if norm.contains(" workshop") && !workshop_venue {
            return None;
        }
        Some(found)
    }

    /// The former name `container` uses, when it is out of date in `year`.
    pub fn outdated_name(
        &self,
        venue: usize,
        container: &str,
        year: u32,
    ) -> Option<&(String, u32)> {
        self.venues[venue].renamed.iter().find(|(old, from)| {
            year >= *from
                && container.split(|c: char| !c.is_alphanumeric()).any(|t| {
                    t.trim_end_matches(|c: char| c.is_ascii_digit())
                        .eq_ignore_ascii_case(old)
                })
        })
    }
}

/// The form of a venue name that variants are compared on: normalized, without years,
/// ordinals, edition numbers and the filler words of [`FILLER`].
pub fn form(container: &str) -> String {
    normalize(container)
        .split(' ')
        .filter(|w| !w.is_empty() && !w.chars().any(|c| c.is_ascii_digit()))
        .filter(|w| !ORDINALS.contains(w) && !FILLER.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Ordinal words ("Thirty-Third" is read as "thirty" and "third").
const ORDINALS: [&str; 31] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
];

/// Words that do not make two venue names different.
pub const FILLER: [&str; 6] = ["proceedings", "proceeding", "of", "the", "in", "annual"];

#[cfg(test)]
mod tests {
    use super::*;

    fn acronym(c: &str) -> Option<&'static str> {
        table()
            .lookup(c)
            .map(|i| table().venues[i].acronym.as_str())
    }

    #[test]
    fn lookups() {
        assert_eq!(acronym("NeurIPS'21"), Some("NeurIPS"));
        assert_eq!(acronym("Advances in NeurIPs"), Some("NeurIPS"));
        assert_eq!(acronym("NIPS 2017"), Some("NeurIPS"));
        assert_eq!(
            acronym(
                "Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition"
            ),
            Some("CVPR")
        );
        assert_eq!(acronym("IEEE/CVF CVPR"), Some("CVPR"));
        assert_eq!(
            acronym(
                "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition Workshops"
            ),
            Some("CVPRW")
        );
        assert_eq!(acronym("Workshop at AAAI'23"), None);
        assert_eq!(
            acronym("Design, Automation & Test in Europe Conference (DATE'23)"),
            Some("DATE")
        );
        assert_eq!(acronym("Nature Communications"), None);
        assert_eq!(acronym("an update on the date"), None);
    }

    #[test]
    fn each_venue_is_a_journal_or_a_meeting() {
        let journal = |c: &str| table().lookup(c).map(|i| table().venues[i].journal);
        assert_eq!(
            journal("Advances in Neural Information Processing Systems"),
            Some(false)
        );
        assert_eq!(journal("IEEE Trans. PAMI"), Some(true));
        assert_eq!(journal("Proc. VLDB Endow. (PVLDB)"), Some(true));
        assert_eq!(journal("ICML 2024"), Some(false));
        // The journal "Language Resources and Evaluation" is not LREC.
        assert_eq!(journal("Language Resources and Evaluation"), None);
    }

    #[test]
    fn forms_ignore_years_and_ordinals() {
        assert_eq!(
            form("2022 26th International Conference on Pattern Recognition (ICPR'22)"),
            form("2020 25th International Conference on Pattern Recognition (ICPR'20)")
        );
        assert_eq!(
            form("Proceedings of the Thirty-Third AAAI Conference on Artificial Intelligence"),
            form("32nd AAAI Conference on Artificial Intelligence")
        );
        assert_ne!(form("NIPS"), form("NeurIPS"));
    }

    #[test]
    fn renamings() {
        let t = table();
        let n = t.lookup("NIPS").unwrap();
        assert!(t.outdated_name(n, "NIPS 2022", 2022).is_some());
        assert!(t.outdated_name(n, "NIPS 2017", 2017).is_none());
        assert!(t.outdated_name(n, "NeurIPS", 2022).is_none());
    }
}

//! The aliases file (TOML): canonical names and venues with their known variants, and
//! names that belong to different people.
//!
//! ```toml
//! [[person]]
//! name = "Chuang Gan"
//! variants = ["Chuang Gang", "C. Gan"]
//!
//! [[distinct]]
//! names = ["Hao Li", "Huan Li"]
//!
//! [[venue]]
//! name = "NeurIPS"
//! variants = ["NIPS", "Neural Information Processing Systems"]
//! ```

use serde::Deserialize;

use super::corpus::name_key;
use crate::model::Person;

/// An error in the aliases file.
#[derive(Debug, thiserror::Error)]
#[error("{location}: {message}")]
pub struct AliasError {
    /// The file, with `:line:column` when TOML gives them.
    pub location: String,
    /// What is wrong.
    pub message: String,
}

/// One canonical form and its variants.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Alias {
    /// The canonical spelling.
    pub name: String,
    /// Other spellings of the same person or venue.
    #[serde(default)]
    pub variants: Vec<String>,
}

/// Names that look alike but belong to different people.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Distinct {
    /// The names, pairwise different people.
    pub names: Vec<String>,
}

/// The whole aliases file.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Aliases {
    /// People.
    #[serde(default)]
    pub person: Vec<Alias>,
    /// Different people with similar names.
    #[serde(default)]
    pub distinct: Vec<Distinct>,
    /// Venues.
    #[serde(default)]
    pub venue: Vec<Alias>,
}

impl Aliases {
    /// Parses an aliases file; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Aliases, AliasError> {
        toml::from_str(text).map_err(|e| {
            let location = match e.span() {
                Some(s) => {
                    let (l, c) = crate::diag::LineIndex::new(text).position(s.start);
                    format!("{file}:{l}:{c}")
                }
                None => file.to_string(),
            };
            AliasError {
                location,
                message: e.message().to_string(),
            }
        })
    }

    /// The canonical name for a spelling, when the file lists it (as a name or variant).
    pub fn canonical_person(&self, p: &Person) -> Option<&str> {
        let key = name_key(p);
        self.person
            .iter()
            .find(|a| {
                name_key(&Person::parse(&a.name)) == key
                    || a.variants
                        .iter()
                        .any(|v| name_key(&Person::parse(v)) == key)
            })
            .map(|a| a.name.as_str())
    }

    /// Whether the file says that the two names are different people.
    pub fn are_distinct(&self, a: &Person, b: &Person) -> bool {
        let (ka, kb) = (name_key(a), name_key(b));
        self.distinct.iter().any(|d| {
            let keys: Vec<_> = d
                .names
                .iter()
                .map(|n| name_key(&Person::parse(n)))
                .collect();
            keys.contains(&ka) && keys.contains(&kb)
        })
    }

    /// The canonical venue for a spelling (compared without case or punctuation).
    pub fn canonical_venue(&self, venue: &str) -> Option<&str> {
        let key = crate::model::fold(venue);
        self.venue
            .iter()
            .find(|a| {
                crate::model::fold(&a.name) == key
                    || a.variants.iter().any(|v| crate::model::fold(v) == key)
            })
            .map(|a| a.name.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_answers() {
        let a = Aliases::parse(
            "[[person]]\nname = \"Chuang Gan\"\nvariants = [\"Chuang Gang\"]\n\n[[distinct]]\nnames = [\"Hao Li\", \"Huan Li\"]\n\n[[venue]]\nname = \"NeurIPS\"\nvariants = [\"NIPS\"]\n",
            "a.toml",
        )
        .unwrap();
        assert_eq!(
            a.canonical_person(&Person::parse("Gang, Chuang")),
            Some("Chuang Gan")
        );
        assert_eq!(a.canonical_person(&Person::parse("Ming Lin")), None);
        assert!(a.are_distinct(&Person::parse("Li, Hao"), &Person::parse("Huan Li")));
        assert_eq!(a.canonical_venue("nips"), Some("NeurIPS"));
    }

    #[test]
    fn errors_say_where() {
        let e = Aliases::parse("[[person]]\nname = 3\n", "a.toml").unwrap_err();
        assert!(e.to_string().starts_with("a.toml:2:"), "{e}");
        let e = Aliases::parse("[[persons]]\n", "a.toml").unwrap_err();
        assert!(e.to_string().contains("persons"), "{e}");
    }
}

//! Persons (a name split into its parts) and the marks an author carries in a list.

use std::fmt;

/// A person's name, split into the four parts BibTeX knows.
///
/// Parts are kept as written ("R." stays "R.", "Shou-I" stays "Shou-I"). The special
/// person [`Person::others`] stands for a truncated list ("et al.", "...").
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub struct Person {
    /// Given names or initials, e.g. "Alexander G." or "C. Y.".
    pub given: String,
    /// Lower-case particle(s) before the family name, e.g. "van der", "de".
    pub prefix: String,
    /// Family name, e.g. "Hauptmann"; for a corporate author the whole name.
    pub family: String,
    /// Suffix such as "Jr." or "III".
    pub suffix: String,
}

impl Person {
    /// A person from given and family names.
    pub fn new(given: impl Into<String>, family: impl Into<String>) -> Person {
        Person {
            given: given.into(),
            family: family.into(),
            ..Person::default()
        }
    }

    /// The placeholder for omitted authors (`and others` in BibTeX).
    pub fn others() -> Person {
        Person {
            family: "others".into(),
            ..Person::default()
        }
    }

    /// Whether this is the `others` placeholder.
    pub fn is_others(&self) -> bool {
        self.family == "others" && self.given.is_empty() && self.prefix.is_empty()
    }

    /// Whether this is a corporate author ("The Yorùbá Speech Consortium"): a family name
    /// of several words and nothing else. BibTeX needs it in braces.
    pub fn is_corporate(&self) -> bool {
        self.given.is_empty()
            && self.prefix.is_empty()
            && self.suffix.is_empty()
            && self.family.contains(' ')
    }

    /// The family name with its particle, e.g. "de Melo".
    pub fn full_family(&self) -> String {
        if self.prefix.is_empty() {
            self.family.clone()
        } else {
            format!("{} {}", self.prefix, self.family)
        }
    }

    /// The name in BibTeX's `von Last, Jr, First` form; a corporate author in braces.
    pub fn to_bibtex(&self) -> String {
        if self.is_others() {
            return "others".into();
        }
        if self.is_corporate() {
            return format!("{{{}}}", self.family);
        }
        let mut out = self.full_family();
        if !self.suffix.is_empty() {
            out.push_str(", ");
            out.push_str(&self.suffix);
        }
        if !self.given.is_empty() {
            out.push_str(", ");
            out.push_str(&self.given);
        }
        out
    }
}

impl fmt::Display for Person {
    /// Given names first: "Gerard de Melo".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts = [
            self.given.as_str(),
            self.prefix.as_str(),
            self.family.as_str(),
        ];
        let mut first = true;
        for p in parts.iter().filter(|p| !p.is_empty()) {
            if !first {
                f.write_str(" ")?;
            }
            f.write_str(p)?;
            first = false;
        }
        if !self.suffix.is_empty() {
            write!(f, ", {}", self.suffix)?;
        }
        Ok(())
    }
}

/// What a publication list says about one author beyond the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Marks {
    /// The list's owner (bold in the source, or matched by `--owner`).
    pub highlight: bool,
    /// Equal contribution (co-first author), usually `*` or `†`.
    pub equal: bool,
    /// Corresponding author.
    pub corresponding: bool,
}

impl Marks {
    /// Whether no mark is set.
    pub fn is_empty(&self) -> bool {
        !(self.highlight || self.equal || self.corresponding)
    }

    /// The annotation keywords, in biblatex's order: `highlight`, `equal`, `corresponding`.
    pub fn keywords(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if self.highlight {
            out.push("highlight");
        }
        if self.equal {
            out.push("equal");
        }
        if self.corresponding {
            out.push("corresponding");
        }
        out
    }
}

/// One author of an entry: the name and its marks.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Author {
    /// The name.
    pub name: Person,
    /// Owner, equal-contribution and corresponding marks.
    pub marks: Marks,
}

impl From<Person> for Author {
    fn from(name: Person) -> Author {
        Author {
            name,
            marks: Marks::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bibtex_form_keeps_particles_and_suffixes() {
        let p = Person {
            given: "Piet".into(),
            prefix: "van der".into(),
            family: "Berg".into(),
            suffix: "Jr.".into(),
        };
        assert_eq!(p.to_bibtex(), "van der Berg, Jr., Piet");
        assert_eq!(p.to_string(), "Piet van der Berg, Jr.");
        assert_eq!(Person::others().to_bibtex(), "others");
    }

    #[test]
    fn marks_keywords_in_order() {
        let m = Marks {
            highlight: true,
            equal: true,
            corresponding: false,
        };
        assert_eq!(m.keywords(), ["highlight", "equal"]);
        assert!(Marks::default().is_empty());
    }
}

/// ASCII-folds and lower-cases `s`, keeping letters and digits only: "Müller-Lüdenscheidt" → "mullerludenscheidt".
pub fn fold(s: &str) -> String {
    deunicode::deunicode(s)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

impl Person {
    /// Reads a name written as "Lin, Ming", "Lin, M.", "M. Lin", "Ming Lin" or "LIN Ming".
    pub fn parse(s: &str) -> Person {
        let s = s.trim();
        if let Some((family, given)) = s.split_once(',') {
            return Person::new(given.trim(), family.trim());
        }
        let toks: Vec<&str> = s.split_whitespace().collect();
        match toks.as_slice() {
            [] => Person::default(),
            [one] => Person::new("", *one),
            [first, rest @ ..]
                if first.chars().count() > 1
                    && first.chars().all(|c| c.is_uppercase() || c == '-') =>
            {
                Person::new(rest.join(" "), *first)
            }
            [init @ .., last] => Person::new(init.join(" "), *last),
        }
    }

    /// The first letter of the given names, folded ("alexander g." → 'a').
    pub fn first_initial(&self) -> Option<char> {
        fold(&self.given).chars().next()
    }

    /// Whether two names can be the same person: same folded family name (with particles)
    /// and compatible given names (one is the other's initials, or one is missing).
    pub fn same_as(&self, other: &Person) -> bool {
        if self.is_others() || other.is_others() {
            return false;
        }
        if fold(&self.full_family()) != fold(&other.full_family())
            && fold(&self.family) != fold(&other.family)
        {
            return false;
        }
        let a = self.given_words();
        let b = other.given_words();
        if a.is_empty() || b.is_empty() {
            return true;
        }
        // Compare word by word: a full word must equal a full word; an initial matches the word's first letter.
        a.iter().zip(b.iter()).all(|(x, y)| {
            if x.len() == 1 || y.len() == 1 {
                x.chars().next() == y.chars().next()
            } else {
                x == y
            }
        })
    }

    /// The given names as folded words, initials as single letters ("C.-Y." → ["c", "y"]).
    fn given_words(&self) -> Vec<String> {
        let mut out = Vec::new();
        for w in self
            .given
            .split(|c: char| c.is_whitespace() || c == '.' || c == '-')
        {
            let f = fold(w);
            if f.is_empty() {
                continue;
            }
            // "JP" (Vancouver) is two initials.
            if w.chars().count() <= 3 && w.chars().all(char::is_uppercase) && w.chars().count() > 1
            {
                out.extend(f.chars().map(String::from));
            } else {
                out.push(f);
            }
        }
        out
    }
}

#[cfg(test)]
mod match_tests {
    use super::*;

    #[test]
    fn loose_matching() {
        let owner = Person::parse("Ming Lin");
        assert!(owner.same_as(&Person::new("M.", "Lin")));
        assert!(owner.same_as(&Person::parse("LIN Ming")));
        assert!(owner.same_as(&Person::parse("Lin, M.")));
        assert!(!owner.same_as(&Person::new("Rui", "Lin")));
        assert!(!owner.same_as(&Person::new("Ming", "Li")));
        assert!(Person::new("José", "Müller").same_as(&Person::new("Jose", "Muller")));
        assert_eq!(fold("de Melo"), "demelo");
    }
}

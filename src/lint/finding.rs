//! What a rule reports: a finding with its places, the spellings involved, the evidence,
//! a suggested canonical form and the edits that `--fix` may apply.

use std::fmt;

use super::corpus::Place;
use crate::diag::Severity;

/// The lint rules, with their codes (the names used by `--rule` and in every output).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    /// One person under several spellings.
    NameVariant,
    /// One venue under several names, or an old name after a renaming.
    VenueVariant,
    /// One work entered twice, a preprint beside its published version, a repeated key.
    Duplicate,
    /// Missing or malformed fields, marks left in names, inconsistent annotations.
    Fields,
}

impl Rule {
    /// Every rule, in the order of the code table.
    pub const ALL: [Rule; 4] = [
        Rule::NameVariant,
        Rule::VenueVariant,
        Rule::Duplicate,
        Rule::Fields,
    ];

    /// The rule's code, e.g. `name-variant`.
    pub fn code(self) -> &'static str {
        match self {
            Rule::NameVariant => "name-variant",
            Rule::VenueVariant => "venue-variant",
            Rule::Duplicate => "duplicate",
            Rule::Fields => "fields",
        }
    }

    /// One line on what the rule checks.
    pub fn summary(self) -> &'static str {
        match self {
            Rule::NameVariant => "one person spelled several ways",
            Rule::VenueVariant => "one venue named several ways",
            Rule::Duplicate => "one work entered twice",
            Rule::Fields => "missing or malformed fields and marks",
        }
    }

    /// The rule with this code.
    pub fn from_code(code: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.code() == code)
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// One spelling of a name or venue, with where it occurs.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    /// The spelling as written (decoded).
    pub spelling: String,
    /// How many times it occurs.
    pub count: usize,
    /// Where.
    pub places: Vec<Place>,
}

/// A replacement of one span of a source.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Edit {
    /// The span to replace.
    pub place: Place,
    /// Its new text.
    pub replacement: String,
}

/// One problem found by a rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The rule.
    pub rule: Rule,
    /// How serious.
    pub severity: Severity,
    /// How sure the rule is, from 0 to 1.
    pub confidence: f32,
    /// One sentence.
    pub message: String,
    /// Where it points first; further places follow.
    pub places: Vec<Place>,
    /// The spellings involved (name and venue variants), most frequent first.
    pub variants: Vec<Variant>,
    /// The suggested canonical form, when there is one.
    pub suggestion: Option<String>,
    /// Why the rule believes it (counts, co-authors in common, aliases file).
    pub evidence: Vec<String>,
    /// What `--fix` would change; empty when the finding is ambiguous or not fixable.
    pub edits: Vec<Edit>,
}

impl Finding {
    /// A finding with no variants, suggestion, evidence or edits.
    pub fn new(
        rule: Rule,
        severity: Severity,
        message: impl Into<String>,
        place: Place,
    ) -> Finding {
        Finding {
            rule,
            severity,
            confidence: 1.0,
            message: message.into(),
            places: vec![place],
            variants: Vec::new(),
            suggestion: None,
            evidence: Vec::new(),
            edits: Vec::new(),
        }
    }

    /// `primary` first, then every other place of the variants: a finding's `places`.
    pub fn places_of(primary: &Place, variants: &[Variant]) -> Vec<Place> {
        std::iter::once(primary.clone())
            .chain(
                variants
                    .iter()
                    .flat_map(|v| v.places.iter().cloned())
                    .filter(|p| p != primary),
            )
            .collect()
    }
}

//! Lint: checks bibliographies and publication lists for one person spelled several ways,
//! venue variants, duplicates and malformed fields, with places, evidence and safe fixes.
//!
//! ```
//! use publist::lint::{lint, Options, Rule, Source};
//! let bib = "@article{a, author = {Gan, Chuang and Yang, Yi and Hauptmann, Alexander G.}, title = {One}, journal = {J}, year = 2015}\n\
//!            @article{b, author = {Gang, Chuang and Yang, Yi and Hauptmann, Alexander G.}, title = {Two}, journal = {J}, year = 2016}\n\
//!            @article{c, author = {Gan, Chuang and Hauptmann, Alexander G.}, title = {Three}, journal = {J}, year = 2017}\n";
//! let report = lint(&[Source::new("cv.bib", bib)], &Options::default());
//! let names: Vec<_> = report.findings.iter().filter(|f| f.rule == Rule::NameVariant).collect();
//! assert_eq!(names.len(), 1);
//! assert_eq!(names[0].suggestion.as_deref(), Some("Chuang Gan"));
//! ```

mod aliases;
mod corpus;
mod finding;
mod fix;
pub mod output;
pub mod rules;
pub use crate::model::venues;

pub use aliases::{Alias, AliasError, Aliases, Distinct};
pub use corpus::{NamePlace, Place, Record, Source};
pub use finding::{Edit, Finding, Rule, Variant};
pub use fix::{AppliedEdit, FixError, apply_edits};

use crate::diag::Diagnostic;

/// What to check.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The rules to run; empty runs them all.
    pub rules: Vec<Rule>,
    /// Canonical names and venues, and names of different people.
    pub aliases: Aliases,
}

/// The result of linting a set of sources.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Findings, ordered by source and position.
    pub findings: Vec<Finding>,
    /// Input that could not be read (broken .bib entries).
    pub diagnostics: Vec<Diagnostic>,
    /// How many entries were checked.
    pub entries: usize,
}

/// Checks all `sources` together.
pub fn lint(sources: &[Source], opts: &Options) -> Report {
    let (records, diagnostics) = corpus::read(sources);
    let on = |r: Rule| opts.rules.is_empty() || opts.rules.contains(&r);
    let mut findings = Vec::new();
    if on(Rule::NameVariant) {
        findings.extend(rules::name_variant::check(&records, sources, &opts.aliases));
    }
    if on(Rule::VenueVariant) {
        findings.extend(rules::venue_variant::check(
            &records,
            sources,
            &opts.aliases,
        ));
    }
    if on(Rule::Duplicate) {
        findings.extend(rules::duplicate::check(&records));
    }
    if on(Rule::Fields) {
        findings.extend(rules::fields::check(&records));
    }
    findings.sort_by(|a, b| a.places[0].cmp(&b.places[0]).then(a.rule.cmp(&b.rule)));
    Report {
        findings,
        diagnostics,
        entries: records.len(),
    }
}

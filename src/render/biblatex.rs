//! `--to biblatex`: the entries as a biblatex `.bib` with their data annotations, and a
//! preamble snippet that makes biblatex (with biber) print the owner in bold and the marks
//! after the names, in any biblatex style.

use super::Options;
use super::write::escape_latex;
use crate::bib::{Dialect, to_bib_string};
use crate::model::Entry;

/// The preamble snippet for the marks in `opts` (needs biblatex 3.13 or later and biber).
pub fn preamble(opts: &Options) -> String {
    let equal = escape_latex(&opts.symbols.equal);
    let corresponding = escape_latex(&opts.symbols.corresponding);
    format!(
        "% publist: the owner in bold and co-first / corresponding marks, from the
% author+an annotations of the .bib (biblatex >= 3.13 with biber).
\\renewcommand*{{\\mkbibcompletename}}[1]{{%
  \\ifitemannotation{{highlight}}{{\\textbf{{#1}}}}{{#1}}%
  \\ifitemannotation{{equal}}{{\\textsuperscript{{{equal}}}}}{{}}%
  \\ifitemannotation{{corresponding}}{{\\textsuperscript{{{corresponding}}}}}{{}}}}
"
    )
}

/// The `.bib` text, with the preamble as a comment block at its top.
pub fn bib(entries: &[Entry], opts: &Options) -> String {
    let marked = super::mark_owner(entries, &opts.owner);
    let commented: String = preamble(opts)
        .lines()
        .map(|l| {
            if l.starts_with('%') {
                format!("{l}\n")
            } else {
                format!("% {l}\n")
            }
        })
        .collect();
    format!("{commented}\n{}", to_bib_string(&marked, Dialect::BibLaTeX))
}

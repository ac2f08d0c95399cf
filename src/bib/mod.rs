//! BibTeX and BibLaTeX output (and the data-annotation syntax both share).
//!
//! publist writes .bib files itself: the biblatex crate's writer reorders fields, rewrites
//! values and corrupts math on every round (see `../shared/notes/crates.md`).

mod annotation;
mod writer;

pub use annotation::{format_annotations, parse_annotations};
pub use writer::{Dialect, escape, to_bib_string};

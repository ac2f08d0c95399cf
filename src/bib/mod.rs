//! BibTeX and BibLaTeX input and output (and the data-annotation syntax both share).
//!
//! publist writes .bib files itself: the biblatex crate's writer reorders fields, rewrites
//! values and corrupts math on every round (see `../shared/notes/crates.md`). It reads them
//! with the crate's raw parser, one entry at a time, so that one broken entry does not stop
//! the file.

mod annotation;
mod names;
mod reader;
mod writer;

pub use annotation::{format_annotations, parse_annotations};
pub use names::{parse_name, split_names};
pub use reader::{BibEntry, BibFile, SourceMap, decode, read_bib};
pub use writer::{Dialect, escape, to_bib_string};

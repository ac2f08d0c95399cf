//! publist: academic publication lists to BibTeX and back.
//!
//! - [`extract`] turns free-text lists and whole CVs into [`model::Entry`] values, keeping
//!   the owner's bold name, co-first and corresponding marks, and links;
//! - [`bib`] writes entries as BibTeX or BibLaTeX with data annotations
//!   (`author+an = {1=highlight,equal}`), and [`io`] as CSL-JSON or hayagriva YAML.
#![deny(missing_docs)]

pub mod bib;
pub mod config;
pub mod diag;
pub mod extract;
pub mod io;
pub mod lint;
pub mod model;
pub mod render;

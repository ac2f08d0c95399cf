//! The data model shared by every stage: entries, persons and the per-author marks
//! (owner highlight, equal contribution, corresponding author).
//!
//! The model is deliberately plain: strings as written in the source, an ordered list of
//! extra fields, and a [`Span`] telling where the entry came from, so that diagnostics can
//! point back into the user's file.

mod entry;
mod months;
mod person;
pub mod venues;

pub use entry::{Entry, EntryType, Field, Link, LinkKind};
pub use months::{month_number, other_language_names};
pub use person::{Author, Marks, Person, fold};

/// A location in an input file: 1-based line and column (in characters), plus the byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// 1-based line number of `start`.
    pub line: usize,
    /// 1-based column (in characters) of `start`.
    pub column: usize,
}

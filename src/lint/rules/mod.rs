//! The lint rules, one file each. Every rule reads the whole corpus of records and
//! returns its findings; [`Rule`](super::Rule) is the code table.

pub mod duplicate;
pub mod fields;
pub mod name_variant;
pub mod venue_variant;

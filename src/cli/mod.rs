//! The command-line front end: argument definitions and one file per subcommand.

pub mod args;
pub mod extract;
pub mod lint;
pub mod output;
pub mod render;

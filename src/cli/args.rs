//! Command-line arguments (clap derive); doc comments become `--help`.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// publist: publication lists to BibTeX, with the owner, co-first marks and links kept.
#[derive(Debug, Parser)]
#[command(name = "publist", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Turn free-text publication lists (or whole CVs) into BibTeX entries.
    Extract(ExtractArgs),
}

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractTo {
    /// BibTeX with `author+an` annotations.
    Bibtex,
    /// biblatex field names with `author+an` annotations.
    Biblatex,
    /// CSL-JSON; marks in each item's `custom` object.
    CslJson,
    /// hayagriva's YAML.
    Yaml,
}

/// Input formats (default: from the file extension).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// Markdown.
    Md,
    /// HTML.
    Html,
    /// LaTeX.
    Tex,
    /// Plain text, one reference per line.
    Txt,
}

/// Arguments of `publist extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Input files; `-` reads standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Write here instead of standard output (atomically: a temporary file, then a rename).
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractTo::Bibtex)]
    pub to: ExtractTo,
    /// The list's owner, highlighted in every entry whatever the name form ("Ming Lin", "Lin, M.").
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,
    /// Input format, overriding the file extension.
    #[arg(long, value_enum)]
    pub from: Option<InputFormat>,
    /// Do not print warnings.
    #[arg(short, long)]
    pub quiet: bool,
}

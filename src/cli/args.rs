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
    /// Check bibliographies and lists for name variants, venue variants, duplicates and
    /// malformed fields.
    Lint(LintArgs),
    /// Format a bibliography or a list in any CSL style, with the owner bold and the marks.
    Render(RenderArgs),
    /// List every style by name, with its short aliases.
    Styles,
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

/// Report formats of `lint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LintFormat {
    /// rustc-style diagnostics with the source line and the span underlined.
    Human,
    /// JSON, schema version 1 (see the README).
    Json,
    /// GitHub Actions workflow commands (annotations on pull requests).
    Github,
}

/// When to colour the human report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Arguments of `publist lint`.
#[derive(Debug, clap::Args)]
pub struct LintArgs {
    /// .bib files and free-text lists (Markdown, HTML, LaTeX, text), checked together.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Report format.
    #[arg(long, value_enum, default_value_t = LintFormat::Human)]
    pub format: LintFormat,
    /// Aliases file (TOML): canonical names and venues, and names of different people.
    #[arg(long, value_name = "FILE")]
    pub aliases: Option<PathBuf>,
    /// Run only this rule (repeatable): name-variant, venue-variant, duplicate, fields.
    #[arg(long = "rule", value_name = "RULE", value_parser = parse_rule)]
    pub rules: Vec<publist::lint::Rule>,
    /// Rewrite names, venues and fields to their canonical forms (unambiguous findings only).
    #[arg(long)]
    pub fix: bool,
    /// With --fix: replace the input files (atomically).
    #[arg(long, requires = "fix", conflicts_with = "output")]
    pub in_place: bool,
    /// With --fix: write the fixed file here (one input only).
    #[arg(short, long, value_name = "OUT", requires = "fix")]
    pub output: Option<PathBuf>,
    /// Colour in the human report.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

fn parse_rule(s: &str) -> Result<publist::lint::Rule, String> {
    publist::lint::Rule::from_code(s).ok_or_else(|| {
        let codes: Vec<&str> = publist::lint::Rule::ALL.iter().map(|r| r.code()).collect();
        format!("unknown rule `{s}` (rules: {})", codes.join(", "))
    })
}

/// Output formats of `render`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RenderTo {
    /// HTML (a fragment; a page with --standalone).
    Html,
    /// Markdown for Jekyll, Hugo and GitHub.
    Markdown,
    /// LaTeX (a list; a document with --standalone).
    Latex,
    /// A biblatex .bib with annotations, plus a preamble snippet for the marks.
    Biblatex,
    /// Plain text.
    Text,
}

/// Grouping in `render`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GroupByArg {
    /// Journal articles, conference papers, chapters, theses, preprints...
    Type,
    /// By year.
    Year,
    /// One list.
    None,
}

/// Order in `render`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OrderArg {
    /// Newest first.
    Newest,
    /// Oldest first.
    Oldest,
    /// The style's own order.
    Style,
}

/// Arguments of `publist render`.
#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// .bib, CSL-JSON (.json), hayagriva YAML (.yaml) or any list `extract` reads.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// A style name or alias (`publist styles`), or a .csl file. Default: the config's, else apa.
    #[arg(long, value_name = "NAME|FILE.csl")]
    pub style: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = RenderTo::Html)]
    pub to: RenderTo,
    /// The owner, bold in every entry whatever the name form (also from publist.toml).
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,
    /// Grouping.
    #[arg(long, value_enum, default_value_t = GroupByArg::Type)]
    pub group_by: GroupByArg,
    /// Order.
    #[arg(long, value_enum, default_value_t = OrderArg::Newest)]
    pub order: OrderArg,
    /// Only entries that match, e.g. `year>=2020, type=article` or `selected` (see README).
    #[arg(long, value_name = "EXPR")]
    pub select: Option<String>,
    /// The mark after co-first authors.
    #[arg(long, value_name = "MARK")]
    pub mark_equal: Option<String>,
    /// The mark after corresponding authors.
    #[arg(long, value_name = "MARK")]
    pub mark_corresponding: Option<String>,
    /// No legend after the list.
    #[arg(long)]
    pub no_legend: bool,
    /// No [PDF] [Code] ... links after the entries.
    #[arg(long)]
    pub no_links: bool,
    /// A whole HTML page or LaTeX document.
    #[arg(long)]
    pub standalone: bool,
    /// The locale, e.g. en-US or de-DE (default: the style's).
    #[arg(long, value_name = "LOCALE")]
    pub locale: Option<String>,
    /// The page title with --standalone.
    #[arg(long, value_name = "TITLE")]
    pub title: Option<String>,
    /// The configuration file (default: ./publist.toml when present).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Write here (atomically) instead of standard output.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Do not print warnings about the inputs.
    #[arg(short, long)]
    pub quiet: bool,
}

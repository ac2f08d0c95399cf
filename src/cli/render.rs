//! `publist render` and `publist styles`.

use std::path::Path;

use super::args::{GroupByArg, OrderArg, RenderArgs, RenderTo};
use super::output::{read_input, write_output};
use publist::config::Config;
use publist::diag::Severity;
use publist::model::{Entry, Person};
use publist::render::layout::{GroupBy, Order, Selector};
use publist::render::{self, Options, Target};

/// Runs `render`; returns the exit code.
pub fn run(args: &RenderArgs) -> anyhow::Result<i32> {
    let config = Config::load(args.config.as_deref())?;
    let (entries, had_errors) = read_inputs(&args.inputs, args.quiet)?;
    let style_name = args
        .style
        .clone()
        .or_else(|| config.style.clone())
        .unwrap_or_else(|| "apa".into());
    let style = render::style::load(&style_name)?;
    let target = match args.to {
        RenderTo::Html | RenderTo::Biblatex => Target::Html,
        RenderTo::Markdown => Target::Markdown,
        RenderTo::Latex => Target::Latex,
        RenderTo::Text => Target::Text,
    };
    let mut opts = Options::new(style, target);
    opts.owner = match &args.owner {
        Some(o) => vec![Person::parse(o)],
        None => config.owner_names(),
    };
    opts.group_by = match args.group_by {
        GroupByArg::Type => GroupBy::Type,
        GroupByArg::Year => GroupBy::Year,
        GroupByArg::None => GroupBy::None,
    };
    opts.order = match args.order {
        OrderArg::Newest => Order::Newest,
        OrderArg::Oldest => Order::Oldest,
        OrderArg::Style => Order::Style,
    };
    opts.select = args.select.as_deref().map(Selector::parse).transpose()?;
    if let Some(m) = args.mark_equal.clone().or(config.marks.equal.clone()) {
        opts.symbols.equal = m;
    }
    if let Some(m) = args
        .mark_corresponding
        .clone()
        .or(config.marks.corresponding.clone())
    {
        opts.symbols.corresponding = m;
    }
    if let Some(t) = &config.legend.equal {
        opts.legend_text.equal = t.clone();
    }
    if let Some(t) = &config.legend.corresponding {
        opts.legend_text.corresponding = t.clone();
    }
    opts.legend = !args.no_legend;
    opts.links = !args.no_links;
    opts.standalone = args.standalone;
    opts.locale = args.locale.clone();
    opts.headings = config.headings.clone();
    opts.title = args.title.clone();

    if args.to == RenderTo::Biblatex {
        let bib = render::biblatex::bib(&entries, &opts);
        write_output(args.output.as_deref(), &bib)?;
        if let Some(out) = &args.output {
            let pre = out.with_extension("preamble.tex");
            write_output(Some(&pre), &render::biblatex::preamble(&opts))?;
        }
    } else {
        let text = render::render(&entries, &opts)?;
        write_output(args.output.as_deref(), &text)?;
    }
    Ok(i32::from(had_errors))
}

/// Reads every input by its kind; returns the entries and whether any input had errors.
fn read_inputs(inputs: &[String], quiet: bool) -> anyhow::Result<(Vec<Entry>, bool)> {
    let mut entries = Vec::new();
    let mut had_errors = false;
    for name in inputs {
        let bytes = read_input(name)?;
        let (text, _) = publist::extract::decode(&bytes, name)?;
        let ext = Path::new(name)
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let (found, diagnostics) = match ext.as_str() {
            "bib" | "biblatex" | "bibtex" => {
                let bib = publist::bib::read_bib(&text, name);
                (
                    bib.entries.into_iter().map(|b| b.entry).collect(),
                    bib.diagnostics,
                )
            }
            "json" => (publist::io::from_csl_json(&text, name)?, Vec::new()),
            "yaml" | "yml" => (publist::io::from_yaml(&text, name)?, Vec::new()),
            _ => {
                let out =
                    publist::extract::extract(&text, &publist::extract::Options::for_path(name));
                (out.entries, out.diagnostics)
            }
        };
        for d in &diagnostics {
            had_errors |= d.severity >= Severity::Error;
            if !quiet || d.severity >= Severity::Error {
                eprintln!("{d}");
            }
        }
        entries.extend(found);
    }
    Ok((entries, had_errors))
}

/// Prints every style: name, aliases and title.
pub fn styles() -> anyhow::Result<i32> {
    let mut out = String::new();
    for s in render::style::list() {
        let aliases = if s.aliases.is_empty() {
            String::new()
        } else {
            format!(" ({})", s.aliases.join(", "))
        };
        out.push_str(&format!("{}{aliases}\t{}\n", s.name, s.title));
    }
    write_output(None, &out)?;
    Ok(0)
}

//! `publist extract`.

use rayon::prelude::*;

use super::args::{ExtractArgs, ExtractTo, InputFormat};
use super::output::{read_input, write_output};
use publist::bib::{Dialect, to_bib_string};
use publist::diag::Severity;
use publist::extract::{self, Format, Options};
use publist::model::Person;

/// Runs `extract`; returns the exit code.
pub fn run(args: &ExtractArgs) -> anyhow::Result<i32> {
    let owner = args.owner.as_deref().map(Person::parse);
    let sources: Vec<(String, Vec<u8>)> = args
        .inputs
        .iter()
        .map(|name| {
            let bytes = read_input(name)?;
            Ok((name.clone(), bytes))
        })
        .collect::<anyhow::Result<_>>()?;
    let results: Vec<_> = sources
        .par_iter()
        .map(|(name, bytes)| {
            let (text, warning) = extract::decode(bytes, name)?;
            let format = match args.from {
                Some(InputFormat::Md) => Format::Markdown,
                Some(InputFormat::Html) => Format::Html,
                Some(InputFormat::Tex) => Format::Latex,
                Some(InputFormat::Txt) => Format::Text,
                None if name == "-" => Format::Text,
                None => Format::from_path(name),
            };
            let opts = Options {
                file: name.clone(),
                format,
                owner: owner.clone(),
            };
            let mut out = extract::extract(&text, &opts);
            out.diagnostics.extend(warning);
            Ok::<_, extract::Error>(out)
        })
        .collect();
    let mut entries = Vec::new();
    let mut code = 0;
    for r in results {
        match r {
            Ok(out) => {
                if !args.quiet {
                    for d in &out.diagnostics {
                        eprintln!("{d}");
                    }
                }
                if out
                    .diagnostics
                    .iter()
                    .any(|d| d.severity >= Severity::Error)
                {
                    code = 1;
                }
                entries.extend(out.entries);
            }
            Err(e) => {
                eprintln!("error: {e}");
                code = 1;
            }
        }
    }
    if args.inputs.len() > 1 {
        publist::extract::key::assign_keys(&mut entries);
    }
    let text = match args.to {
        ExtractTo::Bibtex => to_bib_string(&entries, Dialect::BibTeX),
        ExtractTo::Biblatex => to_bib_string(&entries, Dialect::BibLaTeX),
        ExtractTo::CslJson => publist::io::to_csl_json(&entries),
        ExtractTo::Yaml => publist::io::to_yaml(&entries)?,
    };
    write_output(args.output.as_deref(), &text)?;
    Ok(code)
}

//! `publist lint`.

use std::io::IsTerminal;
use std::path::Path;

use anyhow::{Context, bail};

use super::args::{ColorChoice, LintArgs, LintFormat};
use super::output::{read_input, write_output};
use publist::lint::{self, Aliases, Options, Report, Source, apply_edits, output};

/// Runs `lint`; returns the exit code.
pub fn run(args: &LintArgs) -> anyhow::Result<i32> {
    let mut sources = Vec::with_capacity(args.inputs.len());
    for name in &args.inputs {
        let bytes = read_input(name)?;
        let (text, _) = publist::extract::decode(&bytes, name)?;
        sources.push(Source::new(name.clone(), text));
    }
    let aliases = match &args.aliases {
        Some(p) => {
            let text =
                std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
            Aliases::parse(&text, &p.display().to_string())?
        }
        None => Aliases::default(),
    };
    let opts = Options {
        rules: args.rules.clone(),
        aliases,
    };
    let report = lint::lint(&sources, &opts);

    if !args.fix {
        print_report(args, &report, &sources, false)?;
        return Ok(exit_code(&report));
    }

    if args.output.is_some() && sources.len() != 1 {
        bail!("--output takes one input; use --in-place for several");
    }
    let to_stdout = !args.in_place && args.output.is_none();
    if to_stdout && sources.len() != 1 {
        bail!("--fix with several inputs needs --in-place");
    }
    if args.in_place && args.inputs.iter().any(|i| i == "-") {
        bail!("--in-place cannot rewrite standard input");
    }
    print_report(args, &report, &sources, to_stdout)?;
    let changed = apply_edits(&sources, &report.findings)?;
    let mut fixed = sources.clone();
    for (i, text, edits) in changed {
        for e in &edits {
            eprintln!(
                "fixed {}:{}:{}: \"{}\" -> \"{}\"",
                sources[i].name, e.line, e.column, e.before, e.after
            );
        }
        fixed[i].text = text;
    }
    for (i, s) in fixed.iter().enumerate() {
        if to_stdout {
            write_output(None, &s.text)?;
        } else if let Some(out) = &args.output {
            write_output(Some(out), &s.text)?;
        } else if s.text != sources[i].text {
            write_output(Some(Path::new(&s.name)), &s.text)?;
        }
    }
    let after = lint::lint(&fixed, &opts);
    Ok(exit_code(&after))
}

fn print_report(
    args: &LintArgs,
    report: &Report,
    sources: &[Source],
    to_stderr: bool,
) -> anyhow::Result<()> {
    let text = match args.format {
        LintFormat::Human => {
            let terminal = if to_stderr {
                std::io::stderr().is_terminal()
            } else {
                std::io::stdout().is_terminal()
            };
            let color = match args.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => {
                    terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                }
            };
            output::human(report, sources, color)
        }
        LintFormat::Json => output::json(report, sources),
        LintFormat::Github => output::github(report, sources),
    };
    if to_stderr {
        eprint!("{text}");
        Ok(())
    } else {
        write_output(None, &text)
    }
}

/// 1 when anything was found or could not be read, else 0.
fn exit_code(report: &Report) -> i32 {
    i32::from(!report.findings.is_empty() || !report.diagnostics.is_empty())
}

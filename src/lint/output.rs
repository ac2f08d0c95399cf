//! Writing a lint report: rustc-style text, JSON (schema version 1, documented in the
//! README) or GitHub Actions workflow commands.

use std::fmt::Write;

use serde::Serialize;

use super::Report;
use super::corpus::{Place, Source};
use super::finding::Finding;
use crate::diag::{LineIndex, Severity};

/// Line and column lookups for every source, built once per report.
pub struct Locator<'a> {
    sources: &'a [Source],
    indexes: Vec<LineIndex<'a>>,
}

impl<'a> Locator<'a> {
    /// Indexes the sources.
    pub fn new(sources: &'a [Source]) -> Locator<'a> {
        Locator {
            sources,
            indexes: sources.iter().map(|s| LineIndex::new(&s.text)).collect(),
        }
    }

    /// File name, 1-based line and column of a place's start.
    pub fn locate(&self, p: &Place) -> (&'a str, usize, usize) {
        let (l, c) = self.indexes[p.source].position(p.range.start);
        (&self.sources[p.source].name, l, c)
    }

    fn line_text(&self, p: &Place) -> (usize, &'a str, usize) {
        let text = &self.sources[p.source].text;
        let start = text[..p.range.start.min(text.len())]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let (line, _) = self.indexes[p.source].position(p.range.start);
        (line, &text[start..end], start)
    }
}

/// Text styles for a terminal; all empty when colour is off.
struct Paint {
    error: &'static str,
    warning: &'static str,
    note: &'static str,
    gutter: &'static str,
    bold: &'static str,
    reset: &'static str,
}

impl Paint {
    fn new(color: bool) -> Paint {
        if color {
            Paint {
                error: "\x1b[1;31m",
                warning: "\x1b[1;33m",
                note: "\x1b[1;36m",
                gutter: "\x1b[1;34m",
                bold: "\x1b[1m",
                reset: "\x1b[0m",
            }
        } else {
            Paint {
                error: "",
                warning: "",
                note: "",
                gutter: "",
                bold: "",
                reset: "",
            }
        }
    }

    fn severity(&self, s: Severity) -> &'static str {
        match s {
            Severity::Error => self.error,
            Severity::Warning => self.warning,
            Severity::Note => self.note,
        }
    }
}

/// The report as rustc-style diagnostics, each with the source line and the span underlined.
pub fn human(report: &Report, sources: &[Source], color: bool) -> String {
    let loc = Locator::new(sources);
    let p = Paint::new(color);
    let mut out = String::new();
    for d in &report.diagnostics {
        let _ = writeln!(
            out,
            "{}:{}:{}: {}{}{}: {}",
            d.file,
            d.line,
            d.column,
            p.severity(d.severity),
            d.severity,
            p.reset,
            d.message
        );
    }
    for f in &report.findings {
        let sev = p.severity(f.severity);
        let _ = writeln!(
            out,
            "{sev}{}[{}]{}{}: {}{}",
            f.severity, f.rule, p.reset, p.bold, f.message, p.reset
        );
        let width = f
            .places
            .iter()
            .take(4)
            .map(|pl| loc.locate(pl).1.to_string().len())
            .max()
            .unwrap_or(1);
        let pad = " ".repeat(width);
        let (file, line, col) = loc.locate(&f.places[0]);
        let _ = writeln!(out, "{pad}{}-->{} {file}:{line}:{col}", p.gutter, p.reset);
        snippet(
            &mut out,
            &loc,
            &f.places[0],
            '^',
            sev,
            &primary_label(f),
            width,
            &p,
        );
        for other in secondary(f) {
            let (file, line, col) = loc.locate(&other.0);
            let _ = writeln!(out, "{pad}{}:::{} {file}:{line}:{col}", p.gutter, p.reset);
            snippet(&mut out, &loc, &other.0, '-', p.note, &other.1, width, &p);
        }
        for e in &f.evidence {
            let _ = writeln!(
                out,
                "{pad} {}={} {}note{}: {e}",
                p.gutter, p.reset, p.bold, p.reset
            );
        }
        if let Some(s) = &f.suggestion {
            let how = if f.edits.is_empty() {
                ""
            } else {
                " (--fix applies it)"
            };
            let _ = writeln!(
                out,
                "{pad} {}={} {}help{}: use \"{s}\"{how}",
                p.gutter, p.reset, p.bold, p.reset
            );
        }
        if f.confidence < 1.0 {
            let _ = writeln!(
                out,
                "{pad} {}={} confidence: {:.2}",
                p.gutter, p.reset, f.confidence
            );
        }
        out.push('\n');
    }
    let (errors, warnings) = counts(report);
    let _ = writeln!(
        out,
        "{} entr{} checked: {errors} error{}, {warnings} warning{}",
        report.entries,
        if report.entries == 1 { "y" } else { "ies" },
        if errors == 1 { "" } else { "s" },
        if warnings == 1 { "" } else { "s" },
    );
    out
}

fn primary_label(f: &Finding) -> String {
    f.variants
        .iter()
        .find(|v| v.places.contains(&f.places[0]))
        .map(|v| {
            format!(
                "\"{}\", written {} time{}",
                v.spelling,
                v.count,
                if v.count == 1 { "" } else { "s" }
            )
        })
        .unwrap_or_default()
}

/// The first place of every other variant (at most three), or the other places of the
/// finding when it has no variants.
fn secondary(f: &Finding) -> Vec<(Place, String)> {
    if f.variants.is_empty() {
        return f.places[1..]
            .iter()
            .take(3)
            .map(|p| (p.clone(), String::new()))
            .collect();
    }
    f.variants
        .iter()
        .filter(|v| !v.places.contains(&f.places[0]))
        .filter_map(|v| {
            let p = v.places.first()?;
            Some((
                p.clone(),
                format!(
                    "\"{}\", written {} time{}",
                    v.spelling,
                    v.count,
                    if v.count == 1 { "" } else { "s" }
                ),
            ))
        })
        .take(3)
        .collect()
}

/// Writes the source line of `place` with its span underlined; long lines are cut to a
/// window around the span.
#[allow(clippy::too_many_arguments)]
fn snippet(
    out: &mut String,
    loc: &Locator<'_>,
    place: &Place,
    under: char,
    style: &str,
    label: &str,
    width: usize,
    p: &Paint,
) {
    let (line, text, start) = loc.line_text(place);
    let span_start = place.range.start.saturating_sub(start).min(text.len());
    let span_end = place
        .range
        .end
        .saturating_sub(start)
        .clamp(span_start, text.len());
    let before: Vec<char> = text[..floor(text, span_start)].chars().collect();
    let inside: Vec<char> = text[floor(text, span_start)..floor(text, span_end)]
        .chars()
        .collect();
    let after: Vec<char> = text[floor(text, span_end)..].chars().collect();
    let (lead, before) = if before.len() > 40 {
        ("...", &before[before.len() - 40..])
    } else {
        ("", &before[..])
    };
    let cut = inside.len() > 100;
    let inside: Vec<char> = inside.into_iter().take(100).collect();
    let (after, tail) = if cut {
        (&after[..0], "...")
    } else if after.len() > 40 {
        (&after[..40], "...")
    } else {
        (&after[..], "")
    };
    let shown: String = before.iter().chain(&inside).chain(after).collect();
    let pad = " ".repeat(width);
    let _ = writeln!(out, "{pad} {}|{}", p.gutter, p.reset);
    let _ = writeln!(
        out,
        "{}{line:>width$} |{} {lead}{shown}{tail}",
        p.gutter, p.reset
    );
    let marks: String = std::iter::repeat_n(under, inside.len().max(1)).collect();
    let offset = " ".repeat(lead.len() + before.len());
    let label = if label.is_empty() {
        String::new()
    } else {
        format!(" {label}")
    };
    let _ = writeln!(
        out,
        "{pad} {}|{} {offset}{style}{marks}{label}{}",
        p.gutter, p.reset, p.reset
    );
}

fn floor(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn counts(report: &Report) -> (usize, usize) {
    let errors = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count()
        + report
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
    let warnings = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    (errors, warnings)
}

/// A place in the JSON output.
#[derive(Serialize)]
struct JsonLocation<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Serialize)]
struct JsonVariant<'a> {
    spelling: &'a str,
    count: usize,
    locations: Vec<JsonLocation<'a>>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'static str,
    severity: String,
    confidence: f32,
    message: &'a str,
    locations: Vec<JsonLocation<'a>>,
    variants: Vec<JsonVariant<'a>>,
    suggestion: Option<&'a str>,
    evidence: &'a [String],
    fixable: bool,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    severity: String,
    message: &'a str,
}

#[derive(Serialize)]
struct JsonSummary {
    entries: usize,
    findings: usize,
    errors: usize,
    warnings: usize,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    summary: JsonSummary,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    findings: Vec<JsonFinding<'a>>,
}

/// The report as JSON (schema version 1).
pub fn json(report: &Report, sources: &[Source]) -> String {
    let loc = Locator::new(sources);
    let place = |p: &Place| {
        let (file, line, column) = loc.locate(p);
        let end = Place {
            source: p.source,
            range: p.range.end..p.range.end,
        };
        let (_, end_line, end_column) = loc.locate(&end);
        JsonLocation {
            file,
            line,
            column,
            end_line,
            end_column,
        }
    };
    let (errors, warnings) = counts(report);
    let doc = JsonReport {
        version: 1,
        summary: JsonSummary {
            entries: report.entries,
            findings: report.findings.len(),
            errors,
            warnings,
        },
        diagnostics: report
            .diagnostics
            .iter()
            .map(|d| JsonDiagnostic {
                file: &d.file,
                line: d.line,
                column: d.column,
                severity: d.severity.to_string(),
                message: &d.message,
            })
            .collect(),
        findings: report
            .findings
            .iter()
            .map(|f| JsonFinding {
                rule: f.rule.code(),
                severity: f.severity.to_string(),
                confidence: (f.confidence * 100.0).round() / 100.0,
                message: &f.message,
                locations: f.places.iter().map(place).collect(),
                variants: f
                    .variants
                    .iter()
                    .map(|v| JsonVariant {
                        spelling: &v.spelling,
                        count: v.count,
                        locations: v.places.iter().map(place).collect(),
                    })
                    .collect(),
                suggestion: f.suggestion.as_deref(),
                evidence: &f.evidence,
                fixable: !f.edits.is_empty(),
            })
            .collect(),
    };
    let mut s = serde_json::to_string_pretty(&doc).expect("the report serializes");
    s.push('\n');
    s
}

/// The report as GitHub Actions workflow commands (`::error file=...::message`).
pub fn github(report: &Report, sources: &[Source]) -> String {
    let loc = Locator::new(sources);
    let mut out = String::new();
    for d in &report.diagnostics {
        let _ = writeln!(
            out,
            "::{} file={},line={},col={},title=publist::{}",
            level(d.severity),
            property(&d.file),
            d.line,
            d.column,
            data(&d.message)
        );
    }
    for f in &report.findings {
        let (file, line, col) = loc.locate(&f.places[0]);
        let mut msg = f.message.clone();
        if let Some(s) = &f.suggestion {
            msg.push_str(&format!("\nsuggestion: {s}"));
        }
        let _ = writeln!(
            out,
            "::{} file={},line={line},col={col},title={}::{}",
            level(f.severity),
            property(file),
            property(&format!("publist {}", f.rule)),
            data(&msg)
        );
    }
    out
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "notice",
    }
}

fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

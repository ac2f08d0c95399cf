//! Render and extract checked against each other: the example bibliographies in `bib/` are
//! rendered to Markdown in every bundled style and extracted back, and field-level F1
//! against the originals (authors, marks, title, venue, year, volume, number, pages, DOI)
//! is measured over the fields the style prints. Every style must reach 0.95
//! ([`STYLE_FLOOR`]) and the mean must not fall below [`MEAN_FLOOR`].
//!
//! `cargo test --release --test roundtrip -- --nocapture` prints F1 per style;
//! `ROUNDTRIP_DEBUG=STYLE` prints that style's Markdown and every mismatch.

/// The mean F1 over all styles must not fall below this.
const MEAN_FLOOR: f64 = 0.975;
/// No style may fall below this.
const STYLE_FLOOR: f64 = 0.95;

use std::path::PathBuf;

use publist::extract::{Options as ExtractOptions, extract};
use publist::model::{Entry, fold};
use publist::render::layout::{GroupBy, Order};
use publist::render::{self, Options, Target};
use unicode_normalization::UnicodeNormalization;

fn originals() -> Vec<Entry> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for f in [
        "bib/render/cv.bib",
        "bib/examples/homepage.bib",
        "bib/examples/references.bib",
        "bib/examples/group.bib",
        "bib/examples/cv.bib",
    ] {
        let text = std::fs::read_to_string(root.join(f)).unwrap();
        out.extend(
            publist::bib::read_bib(&text, f)
                .entries
                .into_iter()
                .map(|b| b.entry),
        );
    }
    // One key per entry, so that the rendered order can be mapped back.
    for (i, e) in out.iter_mut().enumerate() {
        e.key = format!("e{i}");
    }
    out
}

fn norm(s: &str) -> String {
    // Accents composed first: a combining mark is no word boundary ("Mu\u{308}ller").
    let s: String = s.nfc().collect();
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A page range as first and last page, the last expanded where a style abbreviates it
/// (Chicago's `1123–37` is 1123 to 1137).
fn pages(s: &str) -> String {
    let nums: Vec<String> = s
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    match nums.as_slice() {
        [a, b]
            if b.len() < a.len()
                && a.chars().all(|c| c.is_ascii_digit())
                && b.chars().all(|c| c.is_ascii_digit()) =>
        {
            format!("{a}-{}{b}", &a[..a.len() - b.len()])
        }
        _ => nums.join("-"),
    }
}

/// Field counts: true positives, extracted values, gold values.
#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    found: usize,
    gold: usize,
}

impl Counts {
    fn add(&mut self, gold: Option<String>, found: Option<String>) {
        let gold = gold.filter(|g| !g.is_empty());
        let found = found.filter(|f| !f.is_empty());
        self.gold += usize::from(gold.is_some());
        self.found += usize::from(found.is_some());
        self.tp += usize::from(gold.is_some() && gold == found);
    }

    fn f1(&self) -> f64 {
        if self.gold + self.found == 0 {
            return 1.0;
        }
        2.0 * self.tp as f64 / (self.gold + self.found) as f64
    }
}

const FIELDS: [&str; 9] = [
    "authors", "marks", "title", "venue", "year", "volume", "number", "pages", "doi",
];

/// Compares the fields the style printed (a style that leaves out the DOI or the issue
/// number cannot be blamed on extraction); `shown` is the rendered entry's plain text.
fn compare(gold: &Entry, found: Option<&Entry>, shown: &str, c: &mut Counts) {
    let fields = |e: &Entry| -> Vec<Option<String>> {
        let families: Vec<String> = e
            .authors
            .iter()
            .filter(|a| !a.name.is_others())
            .map(|a| norm(&a.name.full_family()))
            .collect();
        let marks: Vec<String> = e
            .authors
            .iter()
            .enumerate()
            .filter(|(_, a)| !a.marks.is_empty())
            .map(|(i, a)| format!("{i}:{}", a.marks.keywords().join(",")))
            .collect();
        vec![
            Some(families.join("|")),
            Some(marks.join(";")),
            e.title.as_deref().map(norm),
            // extract drops the "In Proceedings of the" lead-in by design.
            e.container.as_deref().map(|c| {
                let n = norm(c);
                n.strip_prefix("proceedings of the ")
                    .or_else(|| n.strip_prefix("proceedings of "))
                    .unwrap_or(&n)
                    .to_string()
            }),
            e.year.clone(),
            e.volume.clone(),
            e.number.clone(),
            e.pages.as_deref().map(pages),
            e.doi.as_deref().map(|d| d.to_lowercase()),
        ]
    };
    let shown_norm = norm(shown);
    let shown_lower = shown.to_lowercase();
    let visible = |k: usize, v: &Option<String>| -> bool {
        let Some(v) = v else { return true };
        match FIELDS[k] {
            "title" | "venue" => shown_norm.contains(v.as_str()),
            "doi" => shown_lower.contains(v.as_str()),
            "year" | "volume" | "number" => shown_norm.split(' ').any(|t| t == v.to_lowercase()),
            "pages" => v
                .split('-')
                .next()
                .is_some_and(|p| shown_norm.split(' ').any(|t| t == p.to_lowercase())),
            _ => true,
        }
    };
    let mut g = fields(gold);
    let mut f = found.map(fields).unwrap_or_else(|| vec![None; g.len()]);
    // A style that prints only the first page (APS) is compared on the first page.
    let pages_at = FIELDS.iter().position(|n| *n == "pages").unwrap();
    let first_only = g[pages_at].as_deref().is_some_and(|p| {
        p.split_once('-')
            .is_some_and(|(_, last)| !shown_norm.split(' ').any(|t| t == last.to_lowercase()))
    });
    if first_only {
        for v in [&mut g[pages_at], &mut f[pages_at]] {
            if let Some(p) = v.as_mut() {
                *p = p.split('-').next().unwrap_or("").to_string();
            }
        }
    }
    let debug = std::env::var("ROUNDTRIP_DEBUG").is_ok();
    for (k, (gv, fv)) in g.into_iter().zip(f).enumerate() {
        // A field the style did not print (or printed abbreviated) is not counted.
        if !visible(k, &gv) {
            continue;
        }
        if debug && gv.as_deref().unwrap_or("") != fv.as_deref().unwrap_or("") {
            eprintln!("  {}: {:?} -> {:?}", FIELDS[k], gv, fv);
        }
        c.add(gv, fv);
    }
}

#[test]
fn every_bundled_style_round_trips() {
    let entries = originals();
    let mut rows = Vec::new();
    let only = std::env::var("ROUNDTRIP_DEBUG").ok();
    for s in render::style::list() {
        if only.as_ref().is_some_and(|o| *o != s.name) {
            continue;
        }
        let mut opts = Options::new(render::style::load(&s.name).unwrap(), Target::Markdown);
        opts.group_by = GroupBy::None;
        opts.order = Order::Oldest;
        opts.links = false;
        let doc = render::document(&entries, &opts).unwrap();
        let order: Vec<&str> = doc
            .groups
            .iter()
            .flat_map(|g| g.items.iter().map(|i| i.key.as_str()))
            .collect();
        let md = render::render(&entries, &opts).unwrap();
        let back = extract(&md, &ExtractOptions::markdown("roundtrip.md")).entries;
        if only.is_some() {
            eprintln!("{md}");
        }
        let mut c = Counts::default();
        for (i, key) in order.iter().enumerate() {
            let gold = entries.iter().find(|e| e.key == *key).unwrap();
            let shown: String = doc
                .groups
                .iter()
                .flat_map(|g| &g.items)
                .find(|it| it.key == *key)
                .map(|it| render::runs::plain(&it.body))
                .unwrap_or_default();
            compare(gold, back.get(i), &shown, &mut c);
        }
        rows.push((s.name.clone(), c.f1(), back.len(), order.len()));
    }
    rows.sort_by(|a, b| a.1.total_cmp(&b.1));
    let mean = rows.iter().map(|r| r.1).sum::<f64>() / rows.len() as f64;
    for (name, f1, n, m) in &rows {
        println!("{f1:.3}  {name} ({n}/{m} entries)");
    }
    println!("mean F1 over {} styles: {mean:.3}", rows.len());
    let at_aim = rows.iter().filter(|r| r.1 >= 0.95).count();
    println!("styles at 0.95 or better: {at_aim}");
    if only.is_none() {
        assert!(
            mean >= MEAN_FLOOR,
            "mean F1 {mean:.3} fell below {MEAN_FLOOR}"
        );
    }
    let low: Vec<_> = rows
        .iter()
        .filter(|r| r.1 < STYLE_FLOOR)
        .map(|r| format!("{} {:.3}", r.0, r.1))
        .collect();
    assert!(low.is_empty(), "styles below {STYLE_FLOOR}: {low:?}");
}

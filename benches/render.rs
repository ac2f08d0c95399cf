//! Render throughput: 10,000 entries in APA and in IEEE to HTML, all cores, as
//! `publist render` does it. `PUBLIST_BENCH_DIR=dir cargo bench --bench render` also writes
//! the entries as CSL-JSON and the two unpatched styles as .csl files there, for
//! `benches/render-vs-peers.sh` to run citeproc-js and pandoc on the same input.

use std::time::Instant;

use publist::model::{Author, Entry, EntryType, Person};
use publist::render::layout::GroupBy;
use publist::render::{self, Options, Target};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const GIVEN: &[&str] = &[
    "Wei", "Anna", "Jörg", "Priya", "Hiroshi", "Emily", "Olusegun", "Mateus", "Ines", "Chuang",
];
const FAMILY: &[&str] = &[
    "Li",
    "Smith",
    "Müller",
    "Raghunathan",
    "Tanaka",
    "Chen",
    "Adeyemi",
    "Oliveira",
    "García",
    "Gan",
    "Nguyen",
    "Rossi",
    "Kowalski",
];
const VENUES: &[&str] = &[
    "Journal of Things",
    "Nature Communications",
    "Psychological Science",
    "Language Resources and Evaluation",
];

fn entries(n: usize) -> Vec<Entry> {
    (0..n)
        .map(|i| {
            let k = 2 + i % 5;
            let authors = (0..k)
                .map(|j| {
                    let mut a = Author::from(Person::new(
                        GIVEN[(i + j) % GIVEN.len()],
                        FAMILY[(i * 7 + j * 3) % FAMILY.len()],
                    ));
                    a.marks.highlight = j == i % k;
                    a.marks.equal = j < 2 && i % 3 == 0;
                    a
                })
                .collect();
            Entry {
                key: format!("e{i}"),
                kind: if i % 2 == 0 {
                    EntryType::Article
                } else {
                    EntryType::InProceedings
                },
                authors,
                title: Some(format!("A study of item {i} in a controlled setting")),
                container: Some(if i % 2 == 0 {
                    VENUES[i % VENUES.len()].to_string()
                } else {
                    format!("Proceedings of Conference {}", i % 40)
                }),
                year: Some((1990 + i % 35).to_string()),
                volume: Some((i % 60 + 1).to_string()),
                number: Some((i % 12 + 1).to_string()),
                pages: Some(format!("{}--{}", i % 900 + 1, i % 900 + 14)),
                doi: (i % 4 == 0).then(|| format!("10.5555/bench.{i}")),
                ..Entry::default()
            }
        })
        .collect()
}

fn main() {
    let n = 10_000;
    let list = entries(n);
    if let Ok(dir) = std::env::var("PUBLIST_BENCH_DIR") {
        let dir = std::path::Path::new(&dir);
        std::fs::write(dir.join("bench.json"), publist::io::to_csl_json(&list)).unwrap();
        std::fs::write(
            dir.join("bench.bib"),
            publist::bib::to_bib_string(&list, publist::bib::Dialect::BibLaTeX),
        )
        .unwrap();
        for (name, id) in [
            ("apa", "american-psychological-association"),
            ("ieee", "institute-of-electrical-and-electronics-engineers"),
        ] {
            let style = hayagriva::archive::ArchivedStyle::by_name(id)
                .unwrap()
                .get();
            // citationberg writes no namespace and `term="et al"`; citeproc-js needs both fixed.
            let xml = style
                .to_xml()
                .unwrap()
                .replacen(
                    "<style ",
                    "<style xmlns=\"http://purl.org/net/xbiblio/csl\" ",
                    1,
                )
                .replace("term=\"et al\"", "term=\"et-al\"");
            std::fs::write(dir.join(format!("{name}.csl")), xml).unwrap();
        }
        println!(
            "wrote bench.json, bench.bib, apa.csl, ieee.csl to {}",
            dir.display()
        );
    }
    for style in ["apa", "ieee"] {
        let mut opts = Options::new(render::style::load(style).unwrap(), Target::Html);
        opts.group_by = GroupBy::None;
        let _ = render::render(&list[..50], &opts).unwrap();
        let mut best = f64::MAX;
        for _ in 0..3 {
            let start = Instant::now();
            let html = render::render(&list, &opts).unwrap();
            best = best.min(start.elapsed().as_secs_f64());
            assert_eq!(html.matches("<li ").count(), n);
        }
        println!(
            "render {style} to HTML: {n} entries in {best:.3} s = {:.0} entries/s",
            n as f64 / best
        );
    }
}

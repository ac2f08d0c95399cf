//! Extract every example list in `bib/examples/` and compare with the .bib beside it.
//! Run with `PUBLIST_BLESS=1` to rewrite the expected files after reviewing a change.

use std::fs;
use std::path::Path;

use publist::bib::{Dialect, to_bib_string};
use publist::extract::{Options, extract};

#[test]
fn examples_match_their_bib_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("bib/examples");
    let mut checked = 0;
    let mut failures = Vec::new();
    let mut names: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for path in names {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(ext, "md" | "html" | "tex" | "txt") {
            continue;
        }
        let source = fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let out = extract(&source, &Options::for_path(&name));
        let got = to_bib_string(&out.entries, Dialect::BibTeX);
        let expected_path = path.with_extension("bib");
        if std::env::var_os("PUBLIST_BLESS").is_some() {
            fs::write(&expected_path, &got).unwrap();
        }
        let expected = fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            failures.push(format!("--- {name}: expected\n{expected}\n--- got\n{got}"));
        }
        checked += 1;
    }
    assert!(checked >= 4, "only {checked} examples found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn homepage_keeps_marks_links_and_skips_talks() {
    let source =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("bib/examples/homepage.md"))
            .unwrap();
    let out = extract(&source, &Options::for_path("homepage.md"));
    assert_eq!(
        out.entries.len(),
        5,
        "talks, news and teaching are not publications"
    );
    let first = &out.entries[0];
    assert!(first.authors[0].marks.equal && !first.authors[0].marks.highlight);
    assert!(first.authors[1].marks.equal && first.authors[1].marks.highlight);
    assert_eq!(first.links.len(), 2);
    assert!(
        out.entries[1].authors[0].marks.corresponding,
        "the legend makes † corresponding"
    );
    assert_eq!(out.entries[4].kind, publist::model::EntryType::PhdThesis);
}

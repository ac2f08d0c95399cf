//! The two real CVs in `../shared/seeds`, checked against their gold answers in
//! `../shared/eval/gold` when that folder is present (it is beside every checkout of
//! publist's development machines and CI). The comparison mirrors `score.py`'s core fields.

use std::fs;
use std::path::{Path, PathBuf};

use publist::extract::{Options, extract};
use publist::model::{Entry, fold};

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    p.join("seeds").is_dir().then_some(p)
}

fn norm(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect::<Vec<_>>()
        .join(" ")
}

fn indices(v: Option<&serde_json::Value>) -> Vec<usize> {
    let mut out: Vec<usize> = v
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_u64())
                .map(|x| x as usize)
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// (fields right, fields checked, entry exactly right) for one gold record.
fn compare(gold: &serde_json::Value, e: &Entry) -> (usize, usize, bool) {
    let mut right = 0;
    let mut total = 0;
    let mut check = |ok: bool| {
        total += 1;
        right += usize::from(ok);
    };
    check(gold["type"].as_str() == Some(e.kind.bibtex_name()));
    let gold_authors: Vec<String> = gold["authors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            format!(
                "{}|{}",
                norm(a["family"].as_str().unwrap_or("")),
                fold(a["given"].as_str().unwrap_or(""))
                    .chars()
                    .next()
                    .unwrap_or(' ')
            )
        })
        .collect();
    let got_authors: Vec<String> = e
        .authors
        .iter()
        .map(|a| {
            format!(
                "{}|{}",
                norm(&a.name.full_family()),
                fold(&a.name.given).chars().next().unwrap_or(' ')
            )
        })
        .collect();
    check(gold_authors == got_authors);
    check(norm(gold["title"].as_str().unwrap_or("")) == norm(e.title.as_deref().unwrap_or("")));
    check(gold["year"].as_str() == e.year.as_deref());
    for (field, got) in [("volume", &e.volume), ("number", &e.number)] {
        if let Some(g) = gold[field].as_str() {
            check(Some(g) == got.as_deref());
        }
    }
    if let Some(g) = gold["pages"].as_str() {
        check(Some(g.replace('-', "--").replace("----", "--")) == e.pages.clone());
    }
    let highlight = if gold.get("highlight").is_some() {
        indices(gold.get("highlight"))
    } else {
        indices(gold.get("owner"))
    };
    let got_h: Vec<usize> = e
        .authors
        .iter()
        .enumerate()
        .filter(|(_, a)| a.marks.highlight)
        .map(|(i, _)| i)
        .collect();
    check(highlight == got_h);
    let got_eq: Vec<usize> = e
        .authors
        .iter()
        .enumerate()
        .filter(|(_, a)| a.marks.equal)
        .map(|(i, _)| i)
        .collect();
    check(indices(gold.get("equal")) == got_eq);
    (right, total, right == total)
}

fn check_seed(name: &str) {
    let Some(shared) = shared() else {
        eprintln!("../shared not present; seed test {name} skipped");
        return;
    };
    let source = fs::read_to_string(shared.join(format!("seeds/{name}.txt"))).unwrap();
    let gold: Vec<serde_json::Value> =
        fs::read_to_string(shared.join(format!("eval/gold/{name}.gold.jsonl")))
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
    let out = extract(&source, &Options::for_path(&format!("{name}.txt")));
    assert_eq!(out.entries.len(), gold.len(), "entry count");
    let (mut right, mut total, mut exact) = (0, 0, 0);
    for (g, e) in gold.iter().zip(&out.entries) {
        let (r, t, x) = compare(g, e);
        right += r;
        total += t;
        exact += usize::from(x);
        if !x {
            eprintln!("not exact: {:?} -> {e:?}", g["title"]);
        }
    }
    let accuracy = right as f64 / total as f64;
    assert!(accuracy >= 0.98, "{name}: field accuracy {accuracy:.3}");
    assert!(
        exact * 10 >= gold.len() * 9,
        "{name}: {exact} of {} entries exact",
        gold.len()
    );
}

#[test]
fn seed_000_markdown_homepage() {
    check_seed("000_57c75d39b9d18e57");
}

#[test]
fn seed_003_cv_with_inferred_owner() {
    check_seed("003_a8206b380de0cd4b");
}

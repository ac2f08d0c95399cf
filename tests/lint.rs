//! `publist lint` end to end: the seeds, the example CV in `bib/lint`, every output
//! format, exit codes and `--fix`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use publist::diag::Severity;
use publist::lint::{Options, Rule, Source, lint};

fn publist(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_publist"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn example(name: &str) -> String {
    root().join("bib/lint").join(name).display().to_string()
}

fn seed(prefix: &str) -> Option<(String, String)> {
    let dir = root().join("../shared/seeds");
    let entry = std::fs::read_dir(&dir)
        .ok()?
        .flatten()
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))?;
    let path = entry.path();
    Some((
        path.display().to_string(),
        std::fs::read_to_string(&path).ok()?,
    ))
}

/// The name-variant findings as sets of spellings.
fn name_pairs(name: &str, text: &str) -> Vec<(Severity, BTreeSet<String>)> {
    let report = lint(
        &[Source::new(name, text)],
        &Options {
            rules: vec![Rule::NameVariant],
            ..Options::default()
        },
    );
    report
        .findings
        .iter()
        .map(|f| {
            (
                f.severity,
                f.variants.iter().map(|v| v.spelling.clone()).collect(),
            )
        })
        .collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|s| s.to_string()).collect()
}

#[test]
fn seed_003_has_exactly_the_five_known_variant_pairs() {
    let Some((name, text)) = seed("003") else {
        eprintln!("../shared/seeds not present; skipped");
        return;
    };
    let found: BTreeSet<BTreeSet<String>> = name_pairs(&name, &text)
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    let expected: BTreeSet<BTreeSet<String>> = [
        set(&["Chuang Gan", "Chuang Gang"]),
        set(&["Shou-I Yu", "Shouou-I Yu"]),
        set(&["Qi Qian", "Qian Qi"]),
        set(&["Hao Li", "Li Hao"]),
        set(&["Alexander G. Hauptmann", "Alexander Hauptmann"]),
    ]
    .into_iter()
    .collect();
    assert_eq!(found, expected);
}

#[test]
fn seed_000_has_no_name_variant_error() {
    let Some((name, text)) = seed("000") else {
        eprintln!("../shared/seeds not present; skipped");
        return;
    };
    let errors: Vec<_> = name_pairs(&name, &text)
        .into_iter()
        .filter(|(s, _)| *s == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn example_cv_findings_by_rule() {
    let out = publist(&["lint", &example("cv.bib"), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["summary"]["entries"], 10);
    // The broken entry is reported with its place, and the entries after it are checked.
    let diags = v["diagnostics"].as_array().unwrap();
    assert_eq!(diags.len(), 1);
    assert_eq!(
        (diags[0]["line"].as_u64(), diags[0]["column"].as_u64()),
        (Some(82), Some(12))
    );
    let findings = v["findings"].as_array().unwrap();
    let mut by_rule: std::collections::BTreeMap<String, usize> = Default::default();
    for f in findings {
        *by_rule
            .entry(f["rule"].as_str().unwrap().to_string())
            .or_default() += 1;
        for key in [
            "severity",
            "confidence",
            "message",
            "locations",
            "variants",
            "evidence",
            "fixable",
        ] {
            assert!(f.get(key).is_some(), "{key} missing in {f}");
        }
        let loc = &f["locations"][0];
        assert!(loc["file"].as_str().unwrap().ends_with("cv.bib"));
        assert!(loc["line"].as_u64().unwrap() >= 1 && loc["column"].as_u64().unwrap() >= 1);
    }
    assert_eq!(by_rule.get("name-variant"), Some(&4), "{by_rule:?}");
    assert_eq!(by_rule.get("venue-variant"), Some(&3), "{by_rule:?}");
    assert_eq!(by_rule.get("duplicate"), Some(&1), "{by_rule:?}");
    assert_eq!(by_rule.get("fields"), Some(&6), "{by_rule:?}");
    let gan = findings
        .iter()
        .find(|f| f["message"].as_str().unwrap().contains("Chuang Gang"))
        .unwrap();
    assert_eq!(gan["suggestion"], "Chuang Gan");
    assert_eq!(gan["locations"][0]["line"], 16);
    assert_eq!(gan["locations"][0]["column"], 16);
    let spellings: Vec<(&str, u64)> = gan["variants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["spelling"].as_str().unwrap(),
                x["count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(spellings, [("Chuang Gan", 2), ("Chuang Gang", 1)]);
}

#[test]
fn human_report_underlines_the_span() {
    let out = publist(&["lint", &example("cv.bib"), "--rule", "name-variant"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let expected = "error[name-variant]: \"Chuang Gang\" and \"Chuang Gan\" look like one person: family names one letter apart
  --> ";
    assert!(text.contains(expected), "{text}");
    assert!(
        text.contains("16 |   author    = {Gang, Chuang and Lin, Mei"),
        "{text}"
    );
    assert!(
        text.contains("   |                ^^^^^^^^^^^^ \"Chuang Gang\", written 1 time"),
        "{text}"
    );
    assert!(
        text.contains("= note: 2 co-authors in common: Alexander G. Hauptmann, Yi Yang"),
        "{text}"
    );
    assert!(!text.contains('\x1b'), "NO_COLOR is respected");
    let colored = publist(&["lint", &example("cv.bib"), "--color", "always"]);
    assert!(
        String::from_utf8(colored.stdout)
            .unwrap()
            .contains("\x1b[1;31merror")
    );
}

#[test]
fn github_annotations() {
    let out = publist(&[
        "lint",
        &example("cv.bib"),
        "--format",
        "github",
        "--rule",
        "duplicate",
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("::error file="), "{text}");
    assert!(
        lines[0].contains(",line=82,col=12,title=publist::cannot read"),
        "{text}"
    );
    assert!(lines[1].starts_with("::warning file="), "{text}");
    assert!(
        lines[1].contains("line=57,col=1,title=publist duplicate::"),
        "{text}"
    );
}

#[test]
fn aliases_decide_and_silence() {
    let out = publist(&[
        "lint",
        &example("cv.bib"),
        "--aliases",
        &example("aliases.toml"),
        "--rule",
        "venue-variant",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let nips = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            f["message"]
                .as_str()
                .unwrap()
                .starts_with("NeurIPS is named")
        })
        .unwrap();
    assert_eq!(
        nips["suggestion"],
        "Advances in Neural Information Processing Systems"
    );
    assert_eq!(nips["fixable"], true);
    let bad = publist(&["lint", &example("cv.bib"), "--aliases", &example("cv.bib")]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("cv.bib:"));
}

#[test]
fn fix_changes_only_the_spans_and_writes_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cv.bib");
    let original = std::fs::read_to_string(example("cv.bib")).unwrap();
    std::fs::write(&path, &original).unwrap();
    let p = path.display().to_string();
    let out = publist(&[
        "lint",
        &p,
        "--fix",
        "--in-place",
        "--aliases",
        &example("aliases.toml"),
    ]);
    let log = String::from_utf8(out.stderr).unwrap();
    assert!(
        log.contains(":16:16: \"Gang, Chuang\" -> \"Gan, Chuang\""),
        "{log}"
    );
    assert!(
        log.contains(":34:16: \"Qi, Qian\" -> \"Qian, Qi\""),
        "{log}"
    );
    assert!(
        log.contains(":21:16: \"3487-3493\" -> \"3487--3493\""),
        "{log}"
    );
    let fixed = std::fs::read_to_string(&path).unwrap();
    // Every changed line is one of the fixed ones; comments, order and layout stay.
    let changed: Vec<(&str, &str)> = original
        .lines()
        .zip(fixed.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(original.lines().count(), fixed.lines().count());
    for (before, after) in &changed {
        let ok = ["author ", "pages", "doi", "booktitle"]
            .iter()
            .any(|k| before.trim_start().starts_with(k));
        assert!(ok, "unexpected change: {before:?} -> {after:?}");
    }
    assert!(fixed.starts_with("% Publications of Mei Lin"));
    assert!(fixed.contains("author    = {Gan, Chuang and Lin, Mei and Yang, Yi and de Melo"));
    assert!(
        fixed.contains("author    = {Hauptmann, Alexander G. and Lin, Mei and Einstein*, Albert}")
    );
    assert!(
        fixed.contains("author    = {M{\\\"u}ller, J{\\\"o}rg and Lin, Mei and Yang, Yi}")
            || fixed.contains("author    = {Müller, Jörg and Lin, Mei and Yang, Yi}")
    );
    // Unfixable findings remain, so the exit code stays 1; a second run changes nothing more.
    assert_eq!(out.status.code(), Some(1));
    let again = publist(&[
        "lint",
        &p,
        "--fix",
        "--in-place",
        "--aliases",
        &example("aliases.toml"),
    ]);
    assert!(!String::from_utf8(again.stderr).unwrap().contains("fixed "));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), fixed);
    // No temporary files are left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn fix_in_a_markdown_list_rewrites_name_parts() {
    let list = "## Publications\n\n\
1. Hao Li, **Mei Lin**, Rong Jin. Paper One. In CVPR, 2019.\n\
2. Hao Li, **Mei Lin**, Rong Jin, Qi Qian. Paper Two. In ICCV, 2019.\n\
3. **Mei Lin**, Li Hao, Rong Jin. Paper Three. In ECCV, 2020.\n";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("list.md");
    std::fs::write(&path, list).unwrap();
    let out_path = dir.path().join("fixed.md");
    let out = publist(&[
        "lint",
        &path.display().to_string(),
        "--rule",
        "name-variant",
        "--fix",
        "-o",
        &out_path.display().to_string(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let fixed = std::fs::read_to_string(&out_path).unwrap();
    assert_eq!(fixed, list.replace("Li Hao", "Hao Li"));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        list,
        "the input is untouched"
    );
}

#[test]
fn exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let clean = dir.path().join("clean.bib");
    std::fs::write(
        &clean,
        "@article{a, author = {Doe, Jane}, title = {A Title}, journal = {Nature}, year = {2020}}\n",
    )
    .unwrap();
    let out = publist(&["lint", &clean.display().to_string()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("1 entry checked: 0 errors, 0 warnings")
    );
    assert_eq!(
        publist(&["lint", "/no/such/file.bib"]).status.code(),
        Some(2)
    );
    assert_eq!(
        publist(&["lint", &clean.display().to_string(), "--rule", "nope"])
            .status
            .code(),
        Some(2)
    );
    let two = [clean.display().to_string(), example("cv.bib")];
    assert_eq!(
        publist(&["lint", &two[0], &two[1], "--fix"]).status.code(),
        Some(2)
    );
}

#[test]
fn bib_and_list_are_checked_together() {
    let dir = tempfile::tempdir().unwrap();
    let bib = dir.path().join("cv.bib");
    std::fs::write(&bib, "@article{a, author = {Gan, Chuang and Yang, Yi and Raj, Bhiksha}, title = {One Title Here}, journal = {J}, year = {2015}}\n@article{b, author = {Gan, Chuang and Yang, Yi and Raj, Bhiksha}, title = {Two Title Here}, journal = {J}, year = {2016}}\n").unwrap();
    let md = dir.path().join("home.md");
    std::fs::write(&md, "# Publications\n\n- Chuang Gang, Yi Yang, Bhiksha Raj. Three Title Here. Journal J, 2017.\n").unwrap();
    let out = publist(&[
        "lint",
        &bib.display().to_string(),
        &md.display().to_string(),
        "--rule",
        "name-variant",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = &v["findings"][0];
    assert!(
        f["locations"][0]["file"]
            .as_str()
            .unwrap()
            .ends_with("home.md")
    );
    assert_eq!(
        (
            f["locations"][0]["line"].as_u64(),
            f["locations"][0]["column"].as_u64()
        ),
        (Some(3), Some(3))
    );
    assert_eq!(f["suggestion"], "Chuang Gan");
    assert!(Path::new(&md).exists());
}

/// The whole human report of the example CV (reviewed by eye).
#[test]
fn human_report_snapshot() {
    let out = Command::new(env!("CARGO_BIN_EXE_publist"))
        .current_dir(root())
        .args(["lint", "bib/lint/cv.bib"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    insta::assert_snapshot!(String::from_utf8(out.stdout).unwrap());
}

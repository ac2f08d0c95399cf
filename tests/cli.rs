//! The `publist` binary end to end: exit codes, output files, bad input.

use std::process::{Command, Output};

fn publist(args: &[&str], stdin: Option<&[u8]>) -> Output {
    use std::io::Write;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_publist"));
    cmd.args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn example(name: &str) -> String {
    format!("{}/bib/examples/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn extract_writes_bibtex_to_stdout() {
    let out = publist(&["extract", &example("homepage.md"), "--quiet"], None);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.matches("\n@").count() + 1, 5);
    assert!(text.contains("author+an = {1=equal; 2=highlight,equal}"));
    assert!(out.stderr.is_empty());
}

#[test]
fn warnings_name_file_line_and_column() {
    let out = publist(
        &["extract", "-"],
        Some(b"Lin, M. (2020). A title. Some venue. Stray words here.\n"),
    );
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("-:1:1: warning: could not place `Stray words here`"),
        "{err}"
    );
    let bib = String::from_utf8(out.stdout).unwrap();
    assert!(
        bib.lines()
            .any(|l| l.trim_start().starts_with("note") && l.ends_with("= {Stray words here},")),
        "{bib}"
    );
}

#[test]
fn output_file_is_written_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.bib");
    std::fs::write(&target, "old").unwrap();
    let out = publist(
        &[
            "extract",
            &example("cv.tex"),
            "-o",
            target.to_str().unwrap(),
            "-q",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(text.starts_with("@article{mullerbrandt2022working,"));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left behind"
    );
}

#[test]
fn other_output_formats() {
    let out = publist(
        &["extract", &example("group.html"), "--to", "csl-json", "-q"],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 3);
    assert_eq!(
        json[1]["custom"]["author+an"],
        "1=equal; 2=equal; 3=highlight"
    );
    let out = publist(
        &["extract", &example("group.html"), "--to", "yaml", "-q"],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let yaml = String::from_utf8(out.stdout).unwrap();
    assert!(yaml.contains("title: Syllable timing"), "{yaml}");
    let out = publist(
        &["extract", &example("group.html"), "--to", "biblatex", "-q"],
        None,
    );
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("journaltitle")
    );
}

#[test]
fn owner_flag_highlights_any_name_form() {
    let out = publist(
        &["extract", "-", "--owner", "Halvorsen, Kari", "-q"],
        Some(b"Ferreira AC, Halvorsen K. Gut flora. Lancet. 2021;2(5):1-9.\n"),
    );
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("author+an = {2=highlight}")
    );
}

#[test]
fn bad_input_gives_clear_errors() {
    let out = publist(&["extract", "/nonexistent/list.md"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("reading /nonexistent/list.md")
    );
    let out = publist(&["extract", "-"], Some(b"\x7fELF\x00\x01\x02binary"));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("not a text file")
    );
    let out = publist(&["extract", "-"], Some(b""));
    assert_eq!(out.status.code(), Some(0));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("no publications found")
    );
    let out = publist(&["extract"], None);
    assert_eq!(out.status.code(), Some(2));
    let out = publist(
        &["extract", "-"],
        Some(b"M\xfcller, J. (2020). Caf\xe9 studies. Journal of Food, 3, 1-2.\n"),
    );
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Müller, J."), "Latin-1 is decoded: {text}");
}

//! `publist render`: every bundled style bolds the owner and marks co-first and
//! corresponding authors; output is escaped; grouping, order and selection; snapshots of
//! the advertised styles (reviewed by eye).

use std::path::PathBuf;
use std::process::Command;

use publist::render::layout::{GroupBy, Selector};
use publist::render::{self, Options, Target};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn entries() -> Vec<publist::model::Entry> {
    let text = std::fs::read_to_string(root().join("bib/render/cv.bib")).unwrap();
    let bib = publist::bib::read_bib(&text, "cv.bib");
    assert!(bib.diagnostics.is_empty(), "{:?}", bib.diagnostics);
    bib.entries.into_iter().map(|b| b.entry).collect()
}

fn render_with(style: &str, target: Target) -> String {
    let mut opts = Options::new(render::style::load(style).unwrap(), target);
    opts.group_by = GroupBy::None;
    render::render(&entries(), &opts).unwrap()
}

/// The `<li>` elements of an HTML fragment.
fn items(html: &str) -> Vec<&str> {
    html.split("<li ")
        .skip(1)
        .map(|s| s.split("</li>").next().unwrap())
        .collect()
}

#[test]
fn every_bundled_style_bolds_the_owner_and_places_the_marks() {
    let mut failures = Vec::new();
    let styles = render::style::list();
    assert!(styles.len() >= 81);
    for s in &styles {
        let html = render_with(&s.name, Target::Html);
        let li = items(&html);
        if li.len() != 7 {
            failures.push(format!("{}: {} items", s.name, li.len()));
            continue;
        }
        for (i, item) in li.iter().enumerate() {
            let strong: String = item
                .split("<strong>")
                .skip(1)
                .map(|x| x.split("</strong>").next().unwrap().to_lowercase())
                .collect();
            if !strong.contains("moreno") && !strong.contains("ada") {
                failures.push(format!("{}: item {i} has no bold owner: {item}", s.name));
            }
        }
        // Natarajan (equal) and Moreno (equal, corresponding) in the first entry.
        let Some(first) = li
            .iter()
            .find(|l| l.starts_with("id=\"natarajan2024tone\""))
        else {
            failures.push(format!("{}: no typology entry", s.name));
            continue;
        };
        // Only the owner is bold, also where the style sets all authors bold.
        let bold: String = first
            .split("<strong>")
            .skip(1)
            .map(|x| x.split("</strong>").next().unwrap().to_lowercase())
            .collect();
        if bold.contains("natarajan") || bold.contains("villanueva") {
            failures.push(format!("{}: co-authors bold: {first}", s.name));
        }
        if first.matches("<sup class=\"mark\">*").count() != 2 || !first.contains("*†</sup>") {
            failures.push(format!("{}: marks missing: {first}", s.name));
        }
        // Every author is listed: no et al. hides the owner, nor the last author.
        if !first.contains("Rossi") && !first.contains("ROSSI") {
            failures.push(format!("{}: authors truncated: {first}", s.name));
        }
        if !html.contains("<p class=\"legend\">* Equal contribution. † Corresponding author.</p>")
        {
            failures.push(format!("{}: no legend", s.name));
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn no_year_suffixes_and_no_repeated_author_dash() {
    for style in [
        "apa",
        "chicago",
        "mla",
        "turabian-author-date",
        "american-anthropological-association",
    ] {
        let text = render_with(style, Target::Text);
        assert!(
            !text.contains("2023a") && !text.contains("2023b"),
            "{style}: {text}"
        );
        assert!(
            !text.contains("———") && !text.contains("——"),
            "{style}: {text}"
        );
        let owner_lines = text.lines().filter(|l| l.contains("Moreno")).count();
        assert_eq!(owner_lines, 7, "{style}: {text}");
    }
}

#[test]
fn html_is_escaped() {
    let html = render_with("apa", Target::Html);
    assert!(!html.contains("<script>"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 50% of $x_1$ #1"),
        "{html}"
    );
    let md = render_with("apa", Target::Markdown);
    assert!(
        md.contains("\\<script\\>alert(\"x\")\\</script\\> & 50% of \\$x\\_1\\$ \\#1"),
        "{md}"
    );
    let tex = render_with("apa", Target::Latex);
    assert!(
        tex.contains("<script>alert(\"x\")</script> \\& 50\\% of \\$x\\_1\\$ \\#1"),
        "{tex}"
    );
}

#[test]
fn grouping_order_and_selection() {
    let e = entries();
    let mut opts = Options::new(render::style::load("ieee").unwrap(), Target::Text);
    let text = render::render(&e, &opts).unwrap();
    let heads: Vec<&str> = text
        .lines()
        .filter(|l| {
            l.starts_with(char::is_alphabetic) && !l.contains(' ')
                || l.ends_with("Articles")
                || l.ends_with("Papers")
                || l.ends_with("Chapters")
        })
        .collect();
    assert_eq!(
        heads[..3],
        ["Journal Articles", "Conference Papers", "Book Chapters"],
        "{text}"
    );
    // Numbering runs on across groups, newest first within each.
    assert!(text.contains("[1] P. Natarajan"), "{text}");
    assert!(text.find("[1]").unwrap() < text.find("[2] W. Zhang").unwrap());
    opts.select = Some(Selector::parse("selected").unwrap());
    opts.group_by = GroupBy::None;
    let sel = render::render(&e, &opts).unwrap();
    assert_eq!(
        sel.lines().filter(|l| l.starts_with('[')).count(),
        2,
        "{sel}"
    );
    opts.select = Some(Selector::parse("year>=2023, type=inproceedings").unwrap());
    let sel = render::render(&e, &opts).unwrap();
    assert_eq!(
        sel.lines().filter(|l| l.starts_with('[')).count(),
        2,
        "{sel}"
    );
    opts.select = None;
    opts.group_by = GroupBy::Year;
    let by_year = render::render(&e, &opts).unwrap();
    let years: Vec<&str> = by_year
        .lines()
        .filter(|l| l.len() == 4 && l.parse::<u32>().is_ok())
        .collect();
    assert_eq!(
        years,
        ["2025", "2024", "2023", "2022", "2021", "2019"],
        "{by_year}"
    );
}

#[test]
fn owner_from_the_command_line_and_custom_marks() {
    let out = Command::new(env!("CARGO_BIN_EXE_publist"))
        .args([
            "render",
            "bib/examples/references.bib",
            "--style",
            "vancouver",
            "--to",
            "markdown",
            "--owner",
            "Ferreira, A. C.",
            "--mark-equal",
            "#",
            "--group-by",
            "none",
        ])
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("**Ferreira AC**"), "{md}");
}

#[test]
fn an_edited_book_bolds_its_owner_among_the_editors() {
    let bib = "@book{haddad2022contact,\n  editor    = {Haddad, Rania and Kowalski, Piotr},\n  editor+an = {1=highlight},\n  title     = {Contact Linguistics in the Levant},\n  year      = {2022},\n  publisher = {John Benjamins},\n}\n";
    let entries: Vec<_> = publist::bib::read_bib(bib, "x.bib")
        .entries
        .into_iter()
        .map(|b| b.entry)
        .collect();
    for style in ["apa", "ieee", "chicago-author-date"] {
        let mut opts = Options::new(render::style::load(style).unwrap(), Target::Markdown);
        opts.group_by = GroupBy::None;
        let md = render::render(&entries, &opts).unwrap();
        assert!(
            md.contains("**Haddad, R.**") || md.contains("**R. Haddad**"),
            "{style}: {md}"
        );
        assert!(
            !md.contains("**Kowalski") && !md.contains("**P. Kowalski"),
            "{style}: {md}"
        );
        // The owner given by name is found among the editors too.
        opts.owner = vec![publist::bib::parse_name("Kowalski, Piotr", str::to_string)];
        let md = render::render(&entries, &opts).unwrap();
        assert!(
            md.contains("**Kowalski, P.**") || md.contains("**P. Kowalski**"),
            "{style}: {md}"
        );
    }
}

#[test]
fn broken_bib_entries_are_reported_and_the_rest_rendered() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("x.bib");
    std::fs::write(&p, "@article{a,\n  title = {Open\n  year = {2020},\n}\n@article{b, author = {Roe, R.}, title = {Fine}, journal = {J}, year = {2021}}\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_publist"))
        .args(["render", &p.display().to_string(), "--to", "text"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("x.bib:2:11: error:"));
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("Roe, R. (2021). Fine.")
    );
}

#[test]
fn styles_lists_names_and_aliases() {
    let out = Command::new(env!("CARGO_BIN_EXE_publist"))
        .arg("styles")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().count() >= 81);
    assert!(text.contains("publist-cv (cv)\tpublist CV"));
    assert!(
        text.lines()
            .any(|l| l.starts_with("american-psychological-association (") && l.contains("apa"))
    );
}

macro_rules! snapshot_styles {
    ($($name:ident => $style:literal),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                insta::assert_snapshot!(render_with($style, Target::Markdown));
            }
        )*
    };
}

snapshot_styles! {
    snapshot_apa => "apa",
    snapshot_ieee => "ieee",
    snapshot_mla => "mla",
    snapshot_chicago => "chicago",
    snapshot_nature => "nature",
    snapshot_vancouver => "vancouver",
    snapshot_harvard => "harvard",
    snapshot_acm => "acm",
    snapshot_acs => "acs",
    snapshot_springer => "springer",
    snapshot_cv => "cv",
}

#[test]
fn snapshot_html_and_latex() {
    insta::assert_snapshot!("apa_html", render_with("apa", Target::Html));
    insta::assert_snapshot!("ieee_latex", render_with("ieee", Target::Latex));
}

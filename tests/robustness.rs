//! Inputs that must neither panic nor hang: large lists, one huge line, broken markup.

use publist::extract::{Format, Options, extract};

fn opts(format: Format) -> Options {
    Options {
        file: "t".into(),
        format,
        owner: None,
    }
}

#[test]
fn hundred_thousand_entries() {
    let line = "Lin, M., & Ye, J. (2016). A non-convex one-pass framework. Journal of Things, 3(2), 10-20.\n";
    let source = line.repeat(100_000);
    let out = extract(&source, &opts(Format::Text));
    assert_eq!(out.entries.len(), 100_000);
    let keys: std::collections::HashSet<&str> =
        out.entries.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(keys.len(), 100_000, "keys stay unique");
}

#[test]
fn ten_megabyte_line() {
    let source = "Lin, M. (2016). A title. ".to_string() + &"word ".repeat(2_000_000);
    let out = extract(&source, &opts(Format::Text));
    assert_eq!(out.entries.len(), 1);
}

#[test]
fn broken_markup_in_every_format() {
    let cases = [
        "## Publications\n1. **Lin, M. (2016). [PDF](http://x Title <b>unclosed \\textbf{ $^ &#xFFFFFF; 2020",
        "<h2>Publications</h2><ol><li><b>Lin</b>, M. <a href='x'>2016 <li>\\item {{{ ]]] ((( 2019",
        "\\section{Publications}\\begin{enumerate}\\item \\textbf{Lin, M. \\href{x} 2016 \\end",
        "\u{0}\u{1}\u{feff}\u{202e} 2020 ** __ [] () <> {} $$ ^^ ~~",
    ];
    for case in cases {
        for format in [Format::Markdown, Format::Html, Format::Latex, Format::Text] {
            let _ = extract(case, &opts(format));
        }
    }
}

#[test]
fn decomposed_accents_do_not_split_names() {
    // "Mu\u{308}ller" and "Lo\u{301}pez": combining marks, as some tools write them.
    let source = "Osei, K., J. Mu\u{308}ller-Brandt, and M. Lo\u{301}pez 2020 Does Mind Wandering Predict Reading? Psychological Science 31(7): 901–913.\n";
    let out = extract(source, &opts(Format::Text));
    let e = &out.entries[0];
    let families: Vec<&str> = e.authors.iter().map(|a| a.name.family.as_str()).collect();
    assert_eq!(families, ["Osei", "Müller-Brandt", "López"]);
}

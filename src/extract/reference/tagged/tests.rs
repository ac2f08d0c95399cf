//! Tests of `tagged`.

use super::*;

fn seg(label: Label, range: std::ops::Range<usize>) -> Segment {
    Segment { label, range }
}

#[test]
fn a_quoted_title_runs_to_its_closing_quote() {
    let t = "Lee, “Section 3.7.1. Radial Basis,” Numerical Recipes, 2007";
    let open = t.find('“').unwrap() + '“'.len_utf8();
    let close = t.find('”').unwrap();
    let segments = vec![
        seg(Label::Author, 0..3),
        seg(Label::Other, 3..open),
        seg(Label::Title, open..open + 11),
        seg(Label::Other, open + 11..open + 13),
        seg(Label::Title, open + 13..t.find(", 2007").unwrap()),
    ];
    let out = quoted_title(segments, t);
    let titles: Vec<&str> = out
        .iter()
        .filter(|s| s.label == Label::Title)
        .map(|s| &t[s.range.clone()])
        .collect();
    assert_eq!(titles, ["Section 3.7.1. Radial Basis,"]);
    let venue = out.iter().find(|s| s.label == Label::Container).unwrap();
    assert_eq!(&t[venue.range.clone()], "” Numerical Recipes");
    assert_eq!(&t[..close], &t[..out[2].range.end]);
}

#[test]
fn a_volume_dash_pages_after_a_page_term_is_one_page_range() {
    let t = "In Proc. PLDI, pages 46-55, 1993.";
    let at = t.find("46").unwrap();
    let segments = vec![
        seg(Label::Container, 3..13),
        seg(Label::Other, 13..at),
        seg(Label::Volume, at..at + 2),
        seg(Label::Other, at + 2..at + 3),
        seg(Label::Pages, at + 3..at + 5),
    ];
    let out = split_page_range(segments.clone(), t);
    assert_eq!(out.len(), 3);
    assert_eq!(out[2].label, Label::Pages);
    assert_eq!(&t[out[2].range.clone()], "46-55");
    // "Nature 55-12": no page term and a smaller second number, volume and page.
    let t2 = "Nature 55-12";
    let split = vec![
        seg(Label::Container, 0..6),
        seg(Label::Other, 6..7),
        seg(Label::Volume, 7..9),
        seg(Label::Other, 9..10),
        seg(Label::Pages, 10..12),
    ];
    assert_eq!(split_page_range(split.clone(), t2), split);
}

#[test]
fn a_volume_before_pp_is_a_page_total_unless_pages_follow() {
    let t = "Penguin, 1988. 368 pp.";
    let segments = vec![
        seg(Label::Publisher, 0..7),
        seg(Label::Other, 7..9),
        seg(Label::Date, 9..13),
        seg(Label::Other, 13..15),
        seg(Label::Volume, 15..18),
        seg(Label::Other, 18..22),
    ];
    let out = page_total(segments, t);
    assert_eq!(out[4].label, Label::Pages);
    let t2 = "Nature, 23 pp. 12-15";
    let with_pages = vec![
        seg(Label::Container, 0..6),
        seg(Label::Other, 6..8),
        seg(Label::Volume, 8..10),
        seg(Label::Other, 10..15),
        seg(Label::Pages, 15..20),
    ];
    assert_eq!(&t2[15..20], "12-15");
    assert_eq!(page_total(with_pages.clone(), t2), with_pages);
}

#[test]
fn a_title_run_inside_the_author_list_is_more_authors() {
    let t = "Ann Lee, Bo Chen, and Cy Park. Deep nets. JAIR, 2013.";
    let names_end = t.find(". Deep").unwrap() + 1;
    let segments = vec![
        seg(Label::Author, 0..7),
        seg(Label::Other, 7..8),
        seg(Label::Title, 9..29),
        seg(Label::Other, 29..30),
        seg(Label::Title, 31..40),
    ];
    let out = names_before_title(segments.clone(), t, names_end);
    assert_eq!(out[0].label, Label::Author);
    assert_eq!(&t[out[0].range.clone()], "Ann Lee, Bo Chen, and Cy Park");
    assert_eq!(out.iter().filter(|s| s.label == Label::Title).count(), 1);
    // With one title run only, the tagger's reading stands.
    let one = vec![
        segments[0].clone(),
        segments[1].clone(),
        segments[2].clone(),
    ];
    assert_eq!(names_before_title(one.clone(), t, names_end), one);
    // An editor mark after the names goes with them.
    let t = "Ann Lee and Bo Chen (Editors). Deep nets. JAIR, 2013.";
    let names_end = t.find(" (Editors)").unwrap();
    let marked = vec![
        seg(Label::Author, 0..7),
        seg(Label::Other, 7..8),
        seg(Label::Title, 8..29),
        seg(Label::Other, 29..31),
        seg(Label::Title, 31..40),
    ];
    let out = names_before_title(marked, t, names_end);
    assert_eq!(&t[out[0].range.clone()], "Ann Lee and Bo Chen (Editors)");
    assert_eq!(out.iter().filter(|s| s.label == Label::Title).count(), 1);
}

#[test]
fn a_title_split_at_a_full_stop_is_one_title_when_the_venue_follows() {
    let t = "Horal J: Low back disorders. Comparisons of probands. Acta Orthop 1969.";
    let at = |s: &str| t.find(s).unwrap();
    let segments = vec![
        seg(Label::Author, 0..7),
        seg(Label::Other, 7..9),
        seg(Label::Title, 9..at(". Comp")),
        seg(Label::Other, at(". Comp")..at("Comp")),
        seg(Label::Title, at("Comp")..at(". Acta")),
        seg(Label::Other, at(". Acta")..at("Acta")),
        seg(Label::Container, at("Acta")..at(" 1969")),
    ];
    let out = title_sentences(segments.clone(), t);
    let title = out.iter().find(|s| s.label == Label::Title).unwrap();
    assert_eq!(
        &t[title.range.clone()],
        "Low back disorders. Comparisons of probands"
    );
    // With no venue after it, the second run may be the venue the tagger misread.
    let no_venue = segments[..6].to_vec();
    assert_eq!(title_sentences(no_venue.clone(), t), no_venue);
    // A sentence that opens like a note is no subtitle.
    let t2 = "Lee. Deep nets. Paper presented at the. ICML. 2001";
    let at2 = |s: &str| t2.find(s).unwrap();
    let noted = vec![
        seg(Label::Author, 0..3),
        seg(Label::Other, 3..5),
        seg(Label::Title, 5..at2(". Paper")),
        seg(Label::Other, at2(". Paper")..at2("Paper")),
        seg(Label::Title, at2("Paper")..at2(". ICML")),
        seg(Label::Other, at2(". ICML")..at2("ICML")),
        seg(Label::Container, at2("ICML")..at2(". 2001")),
    ];
    assert_eq!(title_sentences(noted.clone(), t2), noted);
}

#[test]
fn names_between_commas_are_a_name_list() {
    assert!(is_name_list(
        "Gómez-Herrera JL, Ortiz B, de la Fuente MC, Larsen KP"
    ));
    assert!(is_name_list(
        "Tahani Rostam, Saeed Karimi, and Leila Farrokhzad"
    ));
    assert!(!is_name_list("Realism, Empire, and the Novel of Education"));
    assert!(!is_name_list("Learning to rank, fast"));
}

#[test]
fn a_venue_after_comma_in_is_split_from_the_title() {
    let t = "Lee, A. (2005). Complex dynamics, in New Trends in Economics, Springer.";
    let at = |s: &str| t.find(s).unwrap();
    let segments = vec![
        seg(Label::Author, 0..7),
        seg(Label::Other, 7..9),
        seg(Label::Date, 9..13),
        seg(Label::Other, 13..16),
        seg(Label::Title, 16..at(", Springer")),
        seg(Label::Other, at(", Springer")..at("Springer")),
        seg(Label::Publisher, at("Springer")..t.len() - 1),
    ];
    let out = venue_in_title(segments.clone(), t);
    let of = |l: Label| {
        let s = out.iter().find(|s| s.label == l).unwrap();
        &t[s.range.clone()]
    };
    assert_eq!(of(Label::Title), "Complex dynamics");
    assert_eq!(of(Label::Container), "New Trends in Economics");
    // "in" and a small word belong to the title; so does any "in" once a venue is read.
    let t2 = "Lee, A. (2005). Learning, in practice. Springer.";
    let small = vec![seg(Label::Title, 16..t2.find(". Springer").unwrap())];
    assert_eq!(venue_in_title(small.clone(), t2), small);
    let mut with_venue = segments;
    with_venue[6].label = Label::Container;
    assert_eq!(venue_in_title(with_venue.clone(), t), with_venue);
}

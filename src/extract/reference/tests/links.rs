//! Links in an entry: buttons, linked titles and names, identifiers.

use super::*;

fn parse_html(s: &str) -> ParsedReference {
    parse(inline::parse(s, Format::Html), None)
}

#[test]
fn a_page_template_entry_keeps_its_links_not_the_authors_pages() {
    let p = parse_html(
        r#"<a href="https://example.com/grid"><span class="papertitle">GridField: Fast Radiance Fields on Sparse Voxel Grids</span></a>. <strong>Lena Okafor</strong>, <a href="https://example.com/tm">Tomas Mirek*</a>, Paul Kessler. <em>ICCV</em>, 2023. <a href="https://example.com/grid">project page</a> / <a href="https://youtu.be/x">video</a> / <a href="https://arxiv.org/abs/2304.01234">arXiv</a>"#,
    );
    let e = &p.entry;
    assert_eq!(
        e.title.as_deref(),
        Some("GridField: Fast Radiance Fields on Sparse Voxel Grids")
    );
    assert_eq!(e.container.as_deref(), Some("ICCV"));
    assert_eq!(e.authors.len(), 3);
    // The slashes between the buttons go with them: nothing is left unplaced.
    assert!(p.unplaced.is_empty(), "{:?}", p.unplaced);
    // The "arXiv" button is the preprint's id.
    assert_eq!(e.eprint.as_deref(), Some("2304.01234"));
    // The title's link and the "project page" button are one link; the co-author's
    // page is no link of the work.
    let urls: Vec<(LinkKind, &str)> = e.links.iter().map(|l| (l.kind, l.url.as_str())).collect();
    assert_eq!(
        urls,
        [
            (LinkKind::Url, "https://example.com/grid"),
            (LinkKind::Video, "https://youtu.be/x")
        ]
    );
}

#[test]
fn a_link_on_a_title_word_that_is_no_author_stays() {
    let p = parse_md(
        "Lin, M. (2021). [Deformable Kernels](https://example.com/dk). *Journal of Vision*, 3, 1-9.",
    );
    assert_eq!(p.entry.links.len(), 1);
    assert_eq!(p.entry.links[0].url, "https://example.com/dk");
}

#[test]
fn names_are_matched_in_any_order() {
    let authors = vec![Author {
        name: crate::model::Person::new("Tomas", "Mirek"),
        ..Default::default()
    }];
    assert!(links::names_an_author("Tomas Mirek*", &authors));
    assert!(links::names_an_author("Mirek, Tomas", &authors));
    assert!(!links::names_an_author("Tomas", &authors));
    assert!(!links::names_an_author("PDF", &authors));
}

#[test]
fn a_doi_keeps_the_bracket_it_opened() {
    let p = parse_md(
        "Kerr, A. 2011. Faults of the rim. Geol. Soc. Am. Spec. Pap. 472, 1-20. doi: 10.1130/2011.2472(03).",
    );
    assert_eq!(p.entry.doi.as_deref(), Some("10.1130/2011.2472(03)"));
    assert!(p.unplaced.is_empty(), "{:?}", p.unplaced);
    // A bracket around the DOI is not its own.
    let p =
        parse_md("Kerr, A. 2011. Faults of the rim. Tectonics 30, 1-20 (doi:10.1029/2011TC002).");
    assert_eq!(p.entry.doi.as_deref(), Some("10.1029/2011TC002"));
}

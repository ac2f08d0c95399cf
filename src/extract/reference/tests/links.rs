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

#[test]
fn words_around_a_link_and_the_date_it_was_read() {
    // ABNT: "Disponível em: <URL>. Acesso em: date."; APA in Spanish: "Recuperado de".
    for text in [
        "SILVA, J. A. Marés em estuários rasos. Revista de Oceanografia, v. 35, n. 2, p. 198-210, 2005. Disponível em: <https://example.org/v35.pdf>. Acesso em: 10 jan. 2020.",
        "Silva, J. A. (2005). Marés em estuários rasos. Revista de Oceanografia, 35(2), 198-210. Recuperado de https://example.org/v35.pdf",
    ] {
        let p = parse_md(text);
        let e = &p.entry;
        assert_eq!(
            e.container.as_deref(),
            Some("Revista de Oceanografia"),
            "{text}"
        );
        assert_eq!(e.publisher, None, "{text}");
        assert_eq!(e.note, None, "{text}");
        assert!(p.unplaced.is_empty(), "{text}: {:?}", p.unplaced);
        assert_eq!(e.links[0].url, "https://example.org/v35.pdf", "{text}");
    }
    let e = parse_md(
        "SILVA, J. A. Marés em estuários rasos. Revista de Oceanografia, v. 35, 2005. Disponível em: <https://example.org/v35.pdf>. Acesso em: 10 jan. 2020.",
    )
    .entry;
    assert_eq!(e.extra_field("urldate"), Some("2020-01-10"));
}

#[test]
fn mla_web_pages_keep_their_medium_in_the_note() {
    let e = parse_md(
        "Lund, Kari. “Tides of the Western Fjords.” Fjord Research Station Homepage. Bergen University, 2011. Web. Accessed 23 Nov. 2011.",
    )
    .entry;
    assert_eq!(e.title.as_deref(), Some("Tides of the Western Fjords"));
    assert_eq!(
        e.container.as_deref(),
        Some("Fjord Research Station Homepage")
    );
    assert_eq!(e.address, None);
    assert_eq!(e.note.as_deref(), Some("Web"));
    assert_eq!(e.extra_field("urldate"), Some("2011-11-23"));
}

#[test]
fn a_data_set_with_its_link_and_year_is_read_whole() {
    let e = parse_md(
        "Kari Lund. 20 Fjord Soundings, 2008. https://example.org/fjords (accessed May 31, 2013).",
    )
    .entry;
    assert_eq!(e.title.as_deref(), Some("20 Fjord Soundings"));
    assert_eq!(e.volume, None);
    assert_eq!(e.extra_field("urldate"), Some("2013-05-31"));
}

#[test]
fn an_arxiv_class_after_the_id_is_the_eprint_class() {
    let p = parse_md(
        "[7] B. Lee and A. Moreno, Tone on branes, JHEP 1005, 067 (2010) [arXiv:0905.1234 [hep-th]].",
    );
    let e = &p.entry;
    assert_eq!(e.eprint.as_deref(), Some("0905.1234"));
    assert_eq!(e.extra_field("eprintclass"), Some("hep-th"));
    assert_eq!(e.container.as_deref(), Some("JHEP"));
    // Several classes: the first is the primary one, and none is left as the venue.
    let p = parse_md(
        "B. Lee, “Tone in cavities,” arXiv:1402.1234 [cond-mat, physics:quant-ph] (2014).",
    );
    let e = &p.entry;
    assert_eq!(e.extra_field("eprintclass"), Some("cond-mat"));
    assert_eq!(e.container, None);
}

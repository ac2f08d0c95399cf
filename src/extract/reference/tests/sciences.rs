//! Styles of the natural sciences (ACS, Nature, Cell) and APA's statuses in the year's
//! place.

use super::*;

#[test]
fn an_acs_chapter_with_its_editors_publisher_and_place() {
    for text in [
        "Okonkwo, C. N.; **Rivera, M. A.** Ligand Design Principles. In *Modern Organometallic Chemistry*; Hartwig, J. F., Ed.; Wiley-VCH: Weinheim, 2020; pp 233–268.",
        "Okonkwo, C. N.; Rivera, M. A. Ligand Design Principles. In Modern Organometallic Chemistry; Hartwig, J. F., Ed.; Wiley-VCH: Weinheim, 2020; pp 233–268.",
    ] {
        let e = parse_md(text).entry;
        assert_eq!(e.kind, EntryType::InCollection, "{text}");
        assert_eq!(
            e.container.as_deref(),
            Some("Modern Organometallic Chemistry"),
            "{text}"
        );
        let editors: Vec<String> = e.editors.iter().map(|p| p.to_bibtex()).collect();
        assert_eq!(editors, ["Hartwig, J. F."], "{text}");
        assert_eq!(e.publisher.as_deref(), Some("Wiley-VCH"), "{text}");
        assert_eq!(e.address.as_deref(), Some("Weinheim"), "{text}");
        assert_eq!(e.pages.as_deref(), Some("233--268"), "{text}");
        assert_eq!(
            e.authors[1].name.to_bibtex(),
            "Rivera, M. A.",
            "the last initial keeps its stop: {text}"
        );
    }
}

#[test]
fn nature_style_et_al_and_a_preprint_server() {
    let e = parse_md(
        "Baker, T. J. et al. Regulatory variation in vertebrate regeneration. *Cell* **184**, 2345–2361.e18 (2021).",
    )
    .entry;
    let authors: Vec<String> = e.authors.iter().map(|a| a.name.to_bibtex()).collect();
    assert_eq!(authors, ["Baker, T. J.", "others"]);
    assert_eq!(e.container.as_deref(), Some("Cell"));
    assert_eq!(e.volume.as_deref(), Some("184"));
    assert_eq!(
        e.pages.as_deref(),
        Some("2345--2361.e18"),
        "supplement pages stay with the range"
    );
    assert_eq!(e.address, None);
    assert_eq!(e.note, None);

    let e = parse_md(
        "Hoffmann, R., Lindqvist, A. & Moreau, E. A CRISPR screen for heart regeneration factors. Preprint at *bioRxiv* https://doi.org/10.1101/2023.05.01.538912 (2023).",
    )
    .entry;
    let authors: Vec<String> = e.authors.iter().map(|a| a.name.to_bibtex()).collect();
    assert_eq!(
        authors,
        ["Hoffmann, R.", "Lindqvist, A.", "Moreau, E."],
        "the title's article is no initial"
    );
    assert_eq!(
        e.title.as_deref(),
        Some("A CRISPR screen for heart regeneration factors")
    );
    assert_eq!(e.container.as_deref(), Some("bioRxiv"));
    assert_eq!(e.pages, None);
    assert_eq!(e.note, None);
}

#[test]
fn a_status_where_the_year_stands() {
    let e = parse_md(
        "Okafor, N., & Reyes, C. (under review). Arousal modulates temporal order memory.",
    )
    .entry;
    assert_eq!(e.kind, EntryType::Unpublished);
    assert_eq!(
        e.title.as_deref(),
        Some("Arousal modulates temporal order memory")
    );
    assert_eq!(e.note.as_deref(), Some("under review"));
    assert_eq!(e.year, None);
}

#[test]
fn a_subtitle_of_the_journal_is_no_place() {
    let e = parse_md(
        "Reyes, C., & Okafor, N. (2022). Sleep and the consolidation of fear extinction. *Journal of Experimental Psychology: General, 151*(8), 1802–1817.",
    )
    .entry;
    assert_eq!(
        e.container.as_deref(),
        Some("Journal of Experimental Psychology: General")
    );
    assert_eq!(e.address, None);
}

#[test]
fn an_award_is_a_note() {
    let e = parse_md(
        "Tomás Alvarez and Jiwon Park. 2023. Typologically Informed Adapters. In *Proceedings of the 17th Conference of the European Chapter of the Association for Computational Linguistics (EACL)*, pages 88–101, Dubrovnik, Croatia. Association for Computational Linguistics. **Outstanding Paper Award**",
    )
    .entry;
    assert_eq!(e.note.as_deref(), Some("Outstanding Paper Award"));
    assert_eq!(
        e.publisher.as_deref(),
        Some("Association for Computational Linguistics")
    );
    assert_eq!(e.address.as_deref(), Some("Dubrovnik, Croatia"));
}

#[test]
fn commas_only_with_labelled_numbers_and_the_year_last() {
    // The title and the journal end at commas; "v.", "n." and "p." label the numbers,
    // some with a space before their comma, and the year closes the reference.
    for text in [
        "Okafor, I., Berg, O. and Lund, K., Tidal mixing in shallow fjords, Fjord Research, v. 12 , n. 4 , p. 33-51. 2017.",
        "Okafor, I., Berg, O. and Lund, K., Tidal mixing in shallow fjords, Bergen, Norway, Fjord Research, v.12, no.4, pp.33-51. 2017.",
    ] {
        let e = parse_md(text).entry;
        let title = e.title.as_deref().unwrap_or_default();
        assert!(
            title.starts_with("Tidal mixing in shallow fjords"),
            "{text}"
        );
        assert!(
            e.container
                .as_deref()
                .unwrap_or_default()
                .ends_with("Fjord Research"),
            "{text}"
        );
        assert_eq!(
            (e.volume.as_deref(), e.number.as_deref(), e.pages.as_deref()),
            (Some("12"), Some("4"), Some("33--51")),
            "{text}"
        );
        assert_eq!(e.year.as_deref(), Some("2017"), "{text}");
        assert_eq!(e.note, None, "{text}");
    }
}

//! Books' imprints ("Place: Publisher" with an edition before it, several places, a
//! state in brackets, any script) and journals' volumes, issues and pages written
//! without the usual punctuation.

use super::*;

#[test]
fn an_edition_before_the_imprint_is_the_edition() {
    let p = parse_md(
        "Moberly, Jon. Faith & Its Reasons: The Life Sciences in Reformed Perspective. 2nd ed. Downers Grove, Ill: IVP Academic, 2007.",
    );
    let e = &p.entry;
    assert_eq!(e.kind, EntryType::Book);
    assert_eq!(e.container, None);
    assert_eq!(e.publisher.as_deref(), Some("IVP Academic"));
    assert_eq!(e.address.as_deref(), Some("Downers Grove, Ill"));
    assert_eq!(e.extra_field("edition"), Some("2"));

    let p = parse_md(
        "Carrow, Edith. Harbour Lights. Edited by Peter M. Quayle and Lionel Abbott. Rev. ed. London: Jonathan Cape, 1961.",
    );
    let e = &p.entry;
    assert_eq!(e.editors.len(), 2);
    assert_eq!(e.publisher.as_deref(), Some("Jonathan Cape"));
    assert_eq!(e.address.as_deref(), Some("London"));
    assert_eq!(e.extra_field("edition"), Some("Rev."));
}

#[test]
fn imprints_with_several_places_a_state_or_another_script() {
    for (text, place, publisher) in [
        (
            "Witten, I. H. (2010). How to Build a Digital Library. Amsterdam; Boston: Morgan Kaufmann.",
            "Amsterdam; Boston",
            "Morgan Kaufmann",
        ),
        (
            "Ostrander, L. (2013). Makers, Menders, and the Quiet Return of Repair Culture. White River Junction (VT): Chelsea Green.",
            "White River Junction (VT)",
            "Chelsea Green",
        ),
        (
            "Петров, Иван. Очерци по българската история. Пловдив: Христо Г. Данов, 1893",
            "Пловдив",
            "Христо Г. Данов",
        ),
    ] {
        let e = parse_md(text).entry;
        assert_eq!(e.kind, EntryType::Book, "{text}");
        assert_eq!(e.container, None, "{text}");
        assert_eq!(e.address.as_deref(), Some(place), "{text}");
        assert_eq!(e.publisher.as_deref(), Some(publisher), "{text}");
    }
    // Five capitalised words before a colon are a journal's name, not a place.
    let e = parse_md(
        "Smith, J. (2005). A survey of habits. Dissertation Abstracts International Section A: Humanities and Social Sciences, 66(3-A), 1471.",
    )
    .entry;
    assert_eq!(e.address, None);
}

#[test]
fn a_volume_right_before_the_pages() {
    for (text, journal, volume, pages) in [
        (
            "T. Okoro. Limits on parallel scheduling delays. SIAM Journal of Computing, 21 518 - 533, 1974.",
            "SIAM Journal of Computing",
            "21",
            "518--533",
        ),
        (
            "Fairley, C., Osei, M., and Braun, K. (1981) Penalised likelihood for censored data via iterative weighting. Journal of the Royal Statistical Society B43, 12-47.",
            "Journal of the Royal Statistical Society",
            "B43",
            "12--47",
        ),
    ] {
        let e = parse_md(text).entry;
        assert_eq!(e.container.as_deref(), Some(journal), "{text}");
        assert_eq!(e.volume.as_deref(), Some(volume), "{text}");
        assert_eq!(e.pages.as_deref(), Some(pages), "{text}");
    }
    // A year before the pages is the venue's, not a volume.
    let e = parse_md("A. Lee. Fast nets. In CVPR 2019 1-9.").entry;
    assert_ne!(e.volume.as_deref(), Some("2019"));
}

#[test]
fn issues_joined_by_ampersands_and_commas() {
    let e = parse_md(
        "Whitcombe-Hall, R. J. (2004). The listening stance in its setting. Person-Centered and Experiential Psychotherapies, 3(1 & 2), 161-172.",
    )
    .entry;
    assert_eq!(e.volume.as_deref(), Some("3"));
    assert_eq!(e.number.as_deref(), Some("1&2"));
    assert_eq!(e.pages.as_deref(), Some("161--172"));
    let e = parse_md(
        "Lindqvist, A. K., & Moreau, S. T. (1997b). Combining several rule bases. Fundamenta Informaticae, 29 (2, 3, 4), 211-240.",
    )
    .entry;
    assert_eq!(e.container.as_deref(), Some("Fundamenta Informaticae"));
    assert_eq!(e.volume.as_deref(), Some("29"));
    assert_eq!(e.number.as_deref(), Some("2,3,4"));
}

#[test]
fn dissertation_abstracts_is_a_journal() {
    let e = parse_md(
        "Ferreira, L. M. (2006). The stability of two scales for measuring self-regard. Dissertation Abstracts International: Section B: The Sciences and Engineering, 66,(7-B), 3318.",
    )
    .entry;
    assert_eq!(e.kind, EntryType::Article);
    assert_eq!(
        e.container.as_deref(),
        Some("Dissertation Abstracts International: Section B: The Sciences and Engineering")
    );
    assert_eq!(e.volume.as_deref(), Some("66"));
    assert_eq!(e.number.as_deref(), Some("7-B"));
    assert_eq!(e.pages.as_deref(), Some("3318"));
    // A dissertation is still a thesis.
    let e =
        parse_md("Lee, A. (2004). Deep nets. Doctoral dissertation, University of Toronto.").entry;
    assert_eq!(e.kind, EntryType::PhdThesis);
}

#[test]
fn a_publisher_and_its_place_after_the_venue() {
    for (text, venue, place) in [
        (
            "Hallberg, R. T. & Nwosu, E. (1989). Pruning by salience: A method for thinning a trained network. Advances in Neural Information Processing Systems (Vol. 2), (pp. 211-219). Denver, CO: Morgan Kaufmann.",
            "Advances in Neural Information Processing Systems",
            "Denver, CO",
        ),
        (
            "Brannigan, T., & Okubo, H. (1989). A controlled comparison of induction methods. In Proceedings of the 11th International Joint Conference of Artificial Intelligence, pp. 802-809. Detroit, MI. Morgan Kaufmann.",
            "11th International Joint Conference of Artificial Intelligence",
            "Detroit, MI",
        ),
    ] {
        let e = parse_md(text).entry;
        assert_eq!(e.container.as_deref(), Some(venue), "{text}");
        assert_eq!(e.publisher.as_deref(), Some("Morgan Kaufmann"), "{text}");
        assert_eq!(e.address.as_deref(), Some(place), "{text}");
    }
    // A place before the imprint is no venue.
    let e = parse_md(
        "Taskforce. (2011). Fake vaccines harm! Geneva, Switzerland: World Health Organization.",
    )
    .entry;
    assert_ne!(e.container.as_deref(), Some("Geneva"));
}

#[test]
fn a_volume_of_a_series_is_a_book() {
    let e = parse_md(
        "Kessler, Martha. Die Nachtfahrt. Vol. 3 of Gesammelte Dichtungen. Berlin: Suhrkamp, 1962.",
    )
    .entry;
    assert_eq!(e.kind, EntryType::Book);
    assert_eq!(e.container, None);
    assert_eq!(e.volume.as_deref(), Some("3"));
    assert_eq!(e.extra_field("series"), Some("Gesammelte Dichtungen"));
    assert_eq!(e.publisher.as_deref(), Some("Suhrkamp"));
    assert_eq!(e.address.as_deref(), Some("Berlin"));
}

#[test]
fn a_known_place_alone_is_where_a_book_came_out() {
    for (text, title, place) in [
        (
            "LAMBERT C., MOREAU P. et VIDAL S., Cultes de Lyon, Paris, 2009.",
            "Cultes de Lyon",
            "Paris",
        ),
        (
            "Harwood, P. (ed.) Feuds and Truces: Custom in the North. Cambridge, 1987.",
            "Feuds and Truces: Custom in the North",
            "Cambridge",
        ),
        (
            "Pruitt, G. (2014). Space and play in schools: A regional survey. Boston, MA.",
            "Space and play in schools: A regional survey",
            "Boston, MA",
        ),
    ] {
        let e = parse_md(text).entry;
        assert_eq!(e.kind, EntryType::Book, "{text}");
        assert_eq!(e.title.as_deref(), Some(title), "{text}");
        assert_eq!(e.container, None, "{text}");
        assert_eq!(e.address.as_deref(), Some(place), "{text}");
    }
    // A journal is no place, whatever its shape.
    let e = parse_md("Lee, A. (2011). Gut flora. Nature, 3, 1-9.").entry;
    assert_eq!(e.container.as_deref(), Some("Nature"));
}

#[test]
fn a_place_with_a_particle_before_the_publisher() {
    let e =
        parse_md("SOUZA, Marcelo Augusto. Manual de direito civil. Rio de Janeiro: Forense, 2005.")
            .entry;
    assert_eq!(e.kind, EntryType::Book);
    assert_eq!(e.publisher.as_deref(), Some("Forense"));
    assert_eq!(e.address.as_deref(), Some("Rio de Janeiro"));
    let e = parse_md("Goethe, J. W. Die Wahlverwandtschaften. Stuttgart and Berlin: Cotta, 1809.")
        .entry;
    assert_eq!(e.publisher.as_deref(), Some("Cotta"));
    assert_eq!(e.address.as_deref(), Some("Stuttgart and Berlin"));
}

#[test]
fn a_city_joined_to_the_proceedings_without_a_comma() {
    let p = parse_md(
        "Natarajan P, **Moreno A**, Villanueva T. Modelling Tone Sandhi. In: 62nd Annual Meeting of the Association for Computational Linguistics (ACL 2024) Bangkok, Thailand; 2024; pp. 1123–1137.",
    );
    let e = &p.entry;
    assert_eq!(
        e.container.as_deref(),
        Some("62nd Annual Meeting of the Association for Computational Linguistics (ACL 2024)")
    );
    assert_eq!(e.address.as_deref(), Some("Bangkok, Thailand"));
    // "held in" keeps the city with the words before it.
    let p = parse_md(
        "Lee A, Chen B. Tone in speech. In: Proceedings of the Workshop held in Bangkok, Thailand; 2024; pp. 1–9.",
    );
    assert_eq!(
        p.entry.container.as_deref(),
        Some("Workshop held in Bangkok")
    );
    assert_eq!(p.entry.address.as_deref(), Some("Thailand"));
}

#[test]
fn an_nlm_conference_paper_keeps_both_places() {
    // The meeting's days go with its date; the meeting's place, beside the publisher's,
    // is kept in the note; "A" after the last initials opens the title.
    let p = parse_md(
        "Okafor CN, Sato P. A benchmark for dialect identification. In: Proceedings of the 13th Language Resources and Evaluation Conference; 2022 Jun 20-25; Marseille, France. Paris: ELRA; 2022. p. 300-8.",
    );
    let e = &p.entry;
    assert_eq!(e.kind, EntryType::InProceedings);
    assert_eq!(e.authors.len(), 2);
    assert_eq!(e.authors[1].name.given, "P");
    assert_eq!(
        e.title.as_deref(),
        Some("A benchmark for dialect identification")
    );
    assert_eq!(e.year.as_deref(), Some("2022"));
    assert_eq!(e.number, None);
    assert_eq!(e.publisher.as_deref(), Some("ELRA"));
    assert_eq!(e.address.as_deref(), Some("Paris"));
    assert_eq!(e.note.as_deref(), Some("Marseille, France"));
    assert_eq!(e.pages.as_deref(), Some("300--8"));
}

#[test]
fn a_city_where_the_publisher_stands_is_the_place() {
    let p = parse_md("Moreno, Ada. Tone and Meter in Old Tuscan. Florence, 1961.");
    let e = &p.entry;
    assert_eq!(e.address.as_deref(), Some("Florence"));
    assert_eq!(e.publisher, None);
    // Publisher, then its cities after a colon.
    let p = parse_md(
        "Lee, Bo. Ballads of the Tone Country. Houghton, Mifflin & Co.: Boston & New York, 1911.",
    );
    let e = &p.entry;
    assert_eq!(e.address.as_deref(), Some("Boston & New York"));
    assert_eq!(e.publisher.as_deref(), Some("Houghton, Mifflin & Co."));
    // A one-word publisher after its city.
    let p = parse_md(
        "Lund, K. V., Moreno, A. N., The Geology of Tone (in Russian). Leningrad, Nedra, 231 p. 1980.",
    );
    let e = &p.entry;
    assert_eq!(e.address.as_deref(), Some("Leningrad"));
    assert_eq!(e.publisher.as_deref(), Some("Nedra"));
}

//! Tests of the people besides the authors: editors, wherever a style writes them,
//! translators, and a dash that repeats the authors of the entry before.

use super::*;

#[test]
fn chapter_with_editors() {
    let p = parse_md(
        "Varela, G. (2003). Regional mobility in the housing market. In P. Lindahl & E. Moretti (Eds.), Handbook of urban economics (Vol. 4, pp. 2211–2260). Elsevier.",
    );
    let e = &p.entry;
    assert_eq!(e.kind, EntryType::InCollection);
    assert_eq!(e.editors.len(), 2);
    assert_eq!(e.container.as_deref(), Some("Handbook of urban economics"));
    assert_eq!(e.pages.as_deref(), Some("2211--2260"));
    assert_eq!(e.publisher.as_deref(), Some("Elsevier"));
}

#[test]
fn a_bold_editor_keeps_the_mark_in_editor_annotations() {
    let p = parse_md(
        "**Haddad, Rania**, and Piotr Kowalski, eds. *Contact Linguistics in the Levant*. Amsterdam: John Benjamins, 2022.",
    );
    let e = &p.entry;
    assert_eq!(e.kind, EntryType::Book);
    assert!(e.authors.is_empty());
    assert_eq!(e.editors.len(), 2);
    assert_eq!(e.extra_field("editor+an"), Some("1=highlight"));
    let bib = crate::bib::to_bib_string(std::slice::from_ref(e), crate::bib::Dialect::BibTeX);
    assert!(
        bib.contains(
            "editor    = {Haddad, Rania and Kowalski, Piotr},\n  editor+an = {1=highlight},\n"
        ),
        "{bib}"
    );
}

#[test]
fn editors_in_the_author_place_make_an_edited_book() {
    let p = parse_md(
        "Harlan, C. R. (Ed.). (2002). Resilience: The science of what helps. New York, NY: Oxford University Press.",
    );
    let e = &p.entry;
    assert!(e.authors.is_empty());
    assert_eq!(e.editors.len(), 1);
    assert_eq!(e.editors[0].family, "Harlan");
    // The period after the last initial is the initial's, not the mark's.
    assert_eq!(e.editors[0].given, "C. R.");
    assert_eq!(e.kind, EntryType::Book);
    assert_eq!(e.publisher.as_deref(), Some("Oxford University Press"));
    assert_eq!(e.address.as_deref(), Some("New York, NY"));
    let p = parse_md(
        "Whitaker, M., et al. (Eds.). (2004). The place of humour in therapy. New York: The Haworth Press.",
    );
    assert!(p.entry.authors.is_empty());
    assert_eq!(p.entry.editors[0].family, "Whitaker");
    // An author whose name is followed by a title is no editor.
    let p = parse_md("Lee, A. (2019). Editors at work. Journal of Things, 3, 1-9.");
    assert_eq!(p.entry.authors.len(), 1);
    assert!(p.entry.editors.is_empty());
}

#[test]
fn commas_only_chapter_with_edited_by() {
    // Copernicus: ", in:" ends the title; "edited by:" names the editors up to the
    // publisher; bare pages before the year.
    let e = parse_md(
        "**Moreno, A.**: Tone and Intonation in Bantu Languages, in: The Oxford Handbook of Tone, edited by: van der Hulst, H. and Rialland, A., Oxford University Press, Oxford, 301–330, 2022.",
    )
    .entry;
    assert_eq!(
        e.title.as_deref(),
        Some("Tone and Intonation in Bantu Languages")
    );
    assert_eq!(e.container.as_deref(), Some("The Oxford Handbook of Tone"));
    assert_eq!(e.editors.len(), 2);
    assert_eq!(e.editors[0].family, "Hulst");
    assert_eq!(e.publisher.as_deref(), Some("Oxford University Press"));
    assert_eq!(e.address.as_deref(), Some("Oxford"));
    assert_eq!(e.pages.as_deref(), Some("301--330"));
    assert_eq!(e.kind, EntryType::InCollection);
}

#[test]
fn editors_written_around_the_book() {
    let editors = |s: &str| -> Vec<String> {
        parse_md(s)
            .entry
            .editors
            .iter()
            .map(|n| n.family.clone())
            .collect()
    };
    // BibTeX plain: "In Names, editors, Book".
    assert_eq!(
        editors(
            "A. Bryn and R. Koster. Refining a design. In C. B. Nolan, R. C. Hardy, and T. Ferrante, editors, Proceedings of the Refinement Workshop, pages 1-9, 1992."
        ),
        ["Nolan", "Hardy", "Ferrante"]
    );
    // ACM: "In Book, Names, Eds., vol. 2".
    let p = parse_md(
        "Petrakis, A. Generating function methods. In Handbook of Enumeration, R. Holt, M. Szabados, and L. Varro, Eds., vol. 2. Elsevier, 1998, pp. 811-902.",
    );
    let names: Vec<_> = p.entry.editors.iter().map(|n| n.family.as_str()).collect();
    assert_eq!(names, ["Holt", "Szabados", "Varro"]);
    assert_eq!(
        p.entry.container.as_deref(),
        Some("Handbook of Enumeration")
    );
    assert_eq!(p.entry.volume.as_deref(), Some("2"));
    // IEEE: "(Name, ed.)" after the book.
    assert_eq!(
        editors(
            "P. Raghavan and T. Esmer, \"Hidden Gibbs Priors,\" in Gibbs Priors: Theory and Practice (R. Vanterpool, ed.), pp. 201-226, Academic Press, 1995."
        ),
        ["Vanterpool"]
    );
    // ", ed." in the author's place.
    let e = parse_md(
        "Hargreaves, Alan, ed. Reading Cities: A Reader In Urban Theory. London: Routledge, 2001.",
    )
    .entry;
    assert!(e.authors.is_empty());
    assert_eq!(e.editors.len(), 1);
    assert_eq!(e.kind, EntryType::Book);
}

#[test]
fn translators_have_their_own_field() {
    let e = parse_md("Ferraro, Luisa. Lanterns over the Harbour. Translated by James Whitlow. Boston: Little, Brown, 1967.").entry;
    assert_eq!(e.title.as_deref(), Some("Lanterns over the Harbour"));
    assert_eq!(e.extra_field("translator"), Some("Whitlow, James"));
    assert_eq!(e.publisher.as_deref(), Some("Little, Brown"));
    assert_eq!(e.address.as_deref(), Some("Boston"));
    assert!(e.container.is_none());
    let e = parse_md(
        "Stolz, H. (1998). Aldus Manutius (translated by Colin Burrell). New York: Scholar Press.",
    )
    .entry;
    assert_eq!(e.title.as_deref(), Some("Aldus Manutius"));
    assert_eq!(e.extra_field("translator"), Some("Burrell, Colin"));
}

#[test]
fn a_dash_in_the_authors_place_repeats_the_authors() {
    for s in [
        "———. Nightfall. Translated by Roger Alden. New York: Bantam Books, 1972.",
        "---. From the Well to the Tower. New York: Farrar, Straus and Giroux, 1997.",
        "--- (2005). Three factors in language design, Linguistic Inquiry 36: 1-22.",
        "______. On Civic Duty. Indianapolis, 1961.",
    ] {
        let p = parse_md(s);
        assert!(p.repeats_authors, "{s}");
        assert!(p.entry.authors.is_empty(), "{s}");
        let title = p.entry.title.unwrap_or_default();
        assert!(title.starts_with(char::is_alphabetic), "{s}: {title}");
    }
    assert!(!parse_md("Lee, A. (2019). A - B tests. Journal of Things, 3, 1-9.").repeats_authors);
    // A single dash before a name is no such mark (but a bullet, see extract's tests).
    assert!(!parse_md("– Lee, A. (2019). Tests. Journal of Things, 3, 1-9.").repeats_authors);
    assert!(
        parse_md("—. 2005. Three factors in language design. Linguistic Inquiry 36: 1-22.")
            .repeats_authors
    );
}

#[test]
fn an_editor_between_a_title_and_its_imprint_is_the_books() {
    let e = parse_md(
        "Verlaine, Marcel, Oeuvres choisies, J.-P. Le Goff (ed.) (Paris: Gallimard, 1955).",
    )
    .entry;
    assert_eq!(e.authors[0].name.family, "Verlaine");
    assert_eq!(e.title.as_deref(), Some("Oeuvres choisies"));
    assert_eq!(e.year.as_deref(), Some("1955"));
    assert_eq!(e.publisher.as_deref(), Some("Gallimard"));
}

#[test]
fn editors_after_a_comma_with_semicolons_or_a_bare_ed() {
    let e = parse_md(
        "Hartley, D., and de Lima, C. S. 1992. Planning the message order in discourse-based text generation. In Reiter, R.; Bateman, C.; and Quist, M., eds., Current Research in Natural Language Generation. New York: Academic Press. 81-99.",
    )
    .entry;
    assert_eq!(e.kind, EntryType::InCollection);
    assert_eq!(e.editors.len(), 3);
    assert_eq!(e.editors[2].family, "Quist");
    assert_eq!(
        e.container.as_deref(),
        Some("Current Research in Natural Language Generation")
    );
    let e = parse_md(
        "Menon, Ravindra, 1988, ‘A Fresh Look at Regional Alliances’, in D.K. Sethi, ed, Non-Alignment: Questions and Answers (Delhi: Ajanta Publications)",
    )
    .entry;
    assert_eq!(e.editors.len(), 1);
    assert_eq!(e.editors[0].family, "Sethi");
    assert!(
        e.container
            .as_deref()
            .is_some_and(|c| c.starts_with("Non-Alignment"))
    );
}

#[test]
fn editors_translators_and_film_people_after_the_title() {
    let e = parse_md(
        "Tolland, Peter. \"Simmel's Stranger.\" Questions of Modernity. Ed. A. Harcourt. Coventry: Warwick UP, 1991.",
    )
    .entry;
    assert_eq!(e.container.as_deref(), Some("Questions of Modernity"));
    assert_eq!(e.editors.len(), 1);
    assert_eq!(e.editors[0].family, "Harcourt");
    let e = parse_md(
        "Lotman, Yuri, The Semiotic Sphere: Five Essays, Peter Danvers (ed.), Anna Castell and Peter Danvers (trans.) (Austin, TX: University of Texas Press, 1985).",
    )
    .entry;
    assert_eq!(e.title.as_deref(), Some("The Semiotic Sphere: Five Essays"));
    assert_eq!(e.editors.len(), 1);
    assert_eq!(
        e.extra_field("translator"),
        Some("Castell, Anna and Danvers, Peter")
    );
    // A title that stands first: no authors.
    let e = parse_md("Sea Stories. Ed. Peter Marlowe. New York: Alfred A. Knopf, 2011.").entry;
    assert!(e.authors.is_empty());
    assert_eq!(e.title.as_deref(), Some("Sea Stories"));
    assert_eq!(e.editors[0].family, "Marlowe");
    let e = parse_md(
        "The Crossing. Dir. Daniel Ferris. Perf. Laura Quint. Artisan, Santa Monica, Calif., 1998.",
    )
    .entry;
    assert!(e.authors.is_empty());
    assert_eq!(e.title.as_deref(), Some("The Crossing"));
    assert_eq!(e.year.as_deref(), Some("1998"));
    assert!(
        e.note
            .as_deref()
            .is_some_and(|n| n.contains("Dir. Daniel Ferris"))
    );
}

#[test]
fn a_title_in_the_author_place_with_no_names() {
    let e = parse_md(
        "Polish Rowing Team to visit WFU. (1997, April). Wake Forest University Magazine, 44(2), p. 12.",
    )
    .entry;
    assert!(e.authors.is_empty());
    assert_eq!(e.title.as_deref(), Some("Polish Rowing Team to visit WFU"));
    assert_eq!(
        e.container.as_deref(),
        Some("Wake Forest University Magazine")
    );
    assert_eq!(e.volume.as_deref(), Some("44"));
}

#[test]
fn editors_before_hrsg_and_the_book() {
    // Thieme writes the German word where AMA writes "eds.".
    let p = parse_md(
        "**Müller-Brandt J.** Attention and awareness. In: Smith R, Chen T, Hrsg. The Oxford Handbook of Attention. Oxford University Press; 2019: 233–260",
    );
    let e = &p.entry;
    assert_eq!(e.editors.len(), 2);
    assert_eq!(e.editors[1].family, "Chen");
    assert_eq!(
        e.container.as_deref(),
        Some("The Oxford Handbook of Attention")
    );
    assert_eq!(e.note, None);
}

#[test]
fn an_apa_chapter_with_its_edition_beside_the_pages() {
    let p = parse_md(
        "**Doe, J.** & Li, B. (2021). Speech in noise. In M. Brown & K. Green (Eds.), *Handbook of Speech Perception* (2nd ed., pp. 200–230). Wiley.",
    );
    let e = &p.entry;
    assert_eq!(e.kind, EntryType::InCollection);
    assert_eq!(e.extra_field("edition"), Some("2"));
    assert_eq!(e.pages.as_deref(), Some("200--230"));
    assert_eq!(e.note, None);
}

#[test]
fn a_body_alone_opens_the_reference() {
    let p = parse_md(
        "U.S. Bureau of Ocean Energy Management (2015). Acoustic Surveys of the Outer Shelf. OCS Study 2015-044. Washington, D.C.",
    );
    let e = &p.entry;
    assert_eq!(e.authors.len(), 1);
    assert_eq!(
        e.authors[0].name.family,
        "U.S. Bureau of Ocean Energy Management"
    );
    assert_eq!(
        e.title.as_deref(),
        Some("Acoustic Surveys of the Outer Shelf")
    );
    assert_eq!(e.year.as_deref(), Some("2015"));
    let p = parse_md(
        "U.S. Board of Trustees of the National Phonetics Archive. Ninth Annual Report. Washington: Archive Press (1971).",
    );
    let e = &p.entry;
    assert_eq!(
        e.authors[0].name.family,
        "U.S. Board of Trustees of the National Phonetics Archive"
    );
    assert_eq!(e.title.as_deref(), Some("Ninth Annual Report"));
}

#[test]
fn a_title_right_after_a_middle_initial() {
    let p = parse_md(
        "Okafor, Chidi N. The Tone System of Yoruba Verbs, Rev. ed. Ibadan: University Press, 1979.",
    );
    let e = &p.entry;
    assert_eq!(e.authors.len(), 1);
    assert_eq!(e.authors[0].name.family, "Okafor");
    assert_eq!(e.authors[0].name.given, "Chidi N.");
    assert_eq!(e.title.as_deref(), Some("The Tone System of Yoruba Verbs"));
    assert_eq!(e.publisher.as_deref(), Some("University Press"));
    // A second name after the initial stays a name.
    let p = parse_md(
        "Okafor, Chidi N. and Ada B. Moreno. The Tone System of Yoruba Verbs. Ibadan: University Press, 1979.",
    );
    assert_eq!(p.entry.authors.len(), 2);
}

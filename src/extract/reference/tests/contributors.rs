//! Tests of the people besides the authors: editors, wherever a style writes them,
//! translators, and a dash that repeats the authors of the entry before.

use super::*;

#[test]
fn chapter_with_editors() {
    let p = parse_md(
        "Solon, G. (1999). Intergenerational mobility in the labor market. In O. Ashenfelter & D. Card (Eds.), Handbook of labor economics (Vol. 3, pp. 1761–1800). Elsevier.",
    );
    let e = &p.entry;
    assert_eq!(e.kind, EntryType::InCollection);
    assert_eq!(e.editors.len(), 2);
    assert_eq!(e.container.as_deref(), Some("Handbook of labor economics"));
    assert_eq!(e.pages.as_deref(), Some("1761--1800"));
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
        "Snyder, C. R. (Ed.). (1999). Coping: The psychology of what works. New York, NY: Oxford University Press.",
    );
    let e = &p.entry;
    assert!(e.authors.is_empty());
    assert_eq!(e.editors.len(), 1);
    assert_eq!(e.editors[0].family, "Snyder");
    // The period after the last initial is the initial's, not the mark's.
    assert_eq!(e.editors[0].given, "C. R.");
    assert_eq!(e.kind, EntryType::Book);
    assert_eq!(e.publisher.as_deref(), Some("Oxford University Press"));
    assert_eq!(e.address.as_deref(), Some("New York, NY"));
    let p = parse_md(
        "Baldwin, M., et al. (Eds.). (2000). The use of self in therapy. New York: The Haworth Press.",
    );
    assert!(p.entry.authors.is_empty());
    assert_eq!(p.entry.editors[0].family, "Baldwin");
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
            "A. Cau and R. Kuiper. Formalising a strategy. In C. B. Jones, R. C. Shaw, and T. Denvir, editors, Proceedings of the Refinement Workshop, pages 1-9, 1992."
        ),
        ["Jones", "Shaw", "Denvir"]
    );
    // ACM: "In Book, Names, Eds., vol. 2".
    let p = parse_md(
        "Odlyzko, A. Asymptotic enumeration methods. In Handbook of Combinatorics, R. Graham, M. Grotschel, and L. Lovasz, Eds., vol. 2. Elsevier, 1995, pp. 1063-1229.",
    );
    let names: Vec<_> = p.entry.editors.iter().map(|n| n.family.as_str()).collect();
    assert_eq!(names, ["Graham", "Grotschel", "Lovasz"]);
    assert_eq!(
        p.entry.container.as_deref(),
        Some("Handbook of Combinatorics")
    );
    assert_eq!(p.entry.volume.as_deref(), Some("2"));
    // IEEE: "(Name, ed.)" after the book.
    assert_eq!(
        editors(
            "S. Lakshmanan and H. Derin, \"Gaussian Markov Random Fields,\" in Markov Random Fields: Theory and Applications (R. Chellappa, ed.), pp. 131-157, Academic Press, 1993."
        ),
        ["Chellappa"]
    );
    // ", ed." in the author's place.
    let e = parse_md("Leach, Neil, ed. Rethinking Architecture: A Reader In Cultural Theory. London: Routledge, 1997.").entry;
    assert!(e.authors.is_empty());
    assert_eq!(e.editors.len(), 1);
    assert_eq!(e.kind, EntryType::Book);
}

#[test]
fn translators_have_their_own_field() {
    let e = parse_md("Carpentier, Alejo. Explosion in a Cathedral. Translated by John Sturrock. Boston: Little, Brown, 1963.").entry;
    assert_eq!(e.title.as_deref(), Some("Explosion in a Cathedral"));
    assert_eq!(e.extra_field("translator"), Some("Sturrock, John"));
    assert_eq!(e.publisher.as_deref(), Some("Little, Brown"));
    assert_eq!(e.address.as_deref(), Some("Boston"));
    assert!(e.container.is_none());
    let e = parse_md("Kapr, A. (1995). Johann Gutenberg (translated by Douglas Martin). New York: Scholar Press.").entry;
    assert_eq!(e.title.as_deref(), Some("Johann Gutenberg"));
    assert_eq!(e.extra_field("translator"), Some("Martin, Douglas"));
}

#[test]
fn a_dash_in_the_authors_place_repeats_the_authors() {
    for s in [
        "———. Steppenwolf. Translated by Basil Creighton. New York: Bantam Books, 1969.",
        "---. From the Beast to the Blonde. New York: Farrar, Straus and Giroux, 1994.",
        "--- (2005). Three factors in language design, Linguistic Inquiry 36: 1-22.",
        "______. On Christian Doctrine. Indianapolis, 1958.",
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
        "Baudelaire, Charles, Oeuvres complètes, Y.-G. Le Dantec (ed.) (Paris: Gallimard, 1951).",
    )
    .entry;
    assert_eq!(e.authors[0].name.family, "Baudelaire");
    assert_eq!(e.title.as_deref(), Some("Oeuvres complètes"));
    assert_eq!(e.year.as_deref(), Some("1951"));
    assert_eq!(e.publisher.as_deref(), Some("Gallimard"));
}

#[test]
fn editors_after_a_comma_with_semicolons_or_a_bare_ed() {
    let e = parse_md(
        "Scott, D., and de Souza, C. S. 1990. Getting the message across in RST-based text generation. In Dale, R.; Mellish, C.; and Zock, M., eds., Current Research in Natural Language Generation. New York: Academic Press. 47-73.",
    )
    .entry;
    assert_eq!(e.kind, EntryType::InCollection);
    assert_eq!(e.editors.len(), 3);
    assert_eq!(e.editors[2].family, "Zock");
    assert_eq!(
        e.container.as_deref(),
        Some("Current Research in Natural Language Generation")
    );
    let e = parse_md(
        "Jain, Narendra, 1986, ‘A New Approach to International Relations’, in D.R. Goyal, ed, Non-Alignment: Concepts and Concerns (Delhi: Ajanta Publications)",
    )
    .entry;
    assert_eq!(e.editors.len(), 1);
    assert_eq!(e.editors[0].family, "Goyal");
    assert!(
        e.container
            .as_deref()
            .is_some_and(|c| c.starts_with("Non-Alignment"))
    );
}

#[test]
fn editors_translators_and_film_people_after_the_title() {
    let e = parse_md(
        "Rignall, John. \"Benjamin's Flaneur.\" Problems of Modernity. Ed. A. Benjamin. Coventry: Warwick UP, 1989.",
    )
    .entry;
    assert_eq!(e.container.as_deref(), Some("Problems of Modernity"));
    assert_eq!(e.editors.len(), 1);
    assert_eq!(e.editors[0].family, "Benjamin");
    let e = parse_md(
        "Bakhtin, Mikhail, The Dialogic Imagination: Four Essays, Michael Holquist (ed.), Caryl Emerson and Michael Holquist (trans.) (Austin, TX: University of Texas Press, 1981).",
    )
    .entry;
    assert_eq!(
        e.title.as_deref(),
        Some("The Dialogic Imagination: Four Essays")
    );
    assert_eq!(e.editors.len(), 1);
    assert_eq!(
        e.extra_field("translator"),
        Some("Emerson, Caryl and Holquist, Michael")
    );
    // A title that stands first: no authors.
    let e = parse_md("Ghost Stories. Ed. Peter Washington. New York: Alfred A. Knopf, 2008.").entry;
    assert!(e.authors.is_empty());
    assert_eq!(e.title.as_deref(), Some("Ghost Stories"));
    assert_eq!(e.editors[0].family, "Washington");
    let e = parse_md(
        "The Arrival. Dir. David Twohy. Perf. Charlie Sheen. Artisan, Santa Monica, Calif., 1996.",
    )
    .entry;
    assert!(e.authors.is_empty());
    assert_eq!(e.title.as_deref(), Some("The Arrival"));
    assert_eq!(e.year.as_deref(), Some("1996"));
    assert!(
        e.note
            .as_deref()
            .is_some_and(|n| n.contains("Dir. David Twohy"))
    );
}

#[test]
fn a_title_in_the_author_place_with_no_names() {
    let e = parse_md(
        "Italian Olympic Team to train at WFU. (1995, March). Wake Forest University Magazine, 42(3), p. 34.",
    )
    .entry;
    assert!(e.authors.is_empty());
    assert_eq!(
        e.title.as_deref(),
        Some("Italian Olympic Team to train at WFU")
    );
    assert_eq!(
        e.container.as_deref(),
        Some("Wake Forest University Magazine")
    );
    assert_eq!(e.volume.as_deref(), Some("42"));
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

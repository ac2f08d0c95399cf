//! Tests of where a title ends and the venue starts: a thesis's kind in brackets after the
//! title, a subtitle after a question, "In." on its own, a venue in italics that closes
//! its bracket after the italics, a status where the venue stands.

use super::*;

#[test]
fn a_thesis_kind_in_brackets_after_the_title() {
    let p = parse_md(
        "**Moreno, A.**, 2019. Learning Phonological Grammars from Sparse Data (Doctoral dissertation). University of Edinburgh.",
    );
    let e = &p.entry;
    assert_eq!(e.kind, EntryType::PhdThesis);
    assert_eq!(
        e.title.as_deref(),
        Some("Learning Phonological Grammars from Sparse Data")
    );
    assert_eq!(e.container.as_deref(), Some("University of Edinburgh"));
    assert_eq!(e.note.as_deref(), Some("Doctoral dissertation"));
    let p = parse_md("Lee, B. (2001). Tone in Yoruba [Master's thesis]. University of Ibadan.");
    assert_eq!(p.entry.kind, EntryType::MastersThesis);
    assert_eq!(p.entry.title.as_deref(), Some("Tone in Yoruba"));
}

#[test]
fn an_apa_thesis_names_its_school_in_the_brackets() {
    // After an italic title, the brackets open the details; the archive after them is
    // kept in the note.
    let p = parse_md(
        "**Okafor, C. N.** (2018). *The phonology of downstep* [Doctoral dissertation, University of Edinburgh]. Edinburgh Research Archive.",
    );
    let e = &p.entry;
    assert_eq!(e.kind, EntryType::PhdThesis);
    assert_eq!(e.title.as_deref(), Some("The phonology of downstep"));
    assert_eq!(e.container.as_deref(), Some("University of Edinburgh"));
    assert_eq!(e.address, None);
    assert_eq!(
        e.note.as_deref(),
        Some("Doctoral dissertation; Edinburgh Research Archive")
    );
    // In the title's sentence, without italics.
    let p = parse_md(
        "Lee, B. (2001). Tone in Yoruba [Master's thesis, University of Ibadan]. ProQuest Dissertations and Theses Global.",
    );
    let e = &p.entry;
    assert_eq!(e.kind, EntryType::MastersThesis);
    assert_eq!(e.title.as_deref(), Some("Tone in Yoruba"));
    assert_eq!(e.container.as_deref(), Some("University of Ibadan"));
    assert_eq!(
        e.note.as_deref(),
        Some("Master's thesis; ProQuest Dissertations and Theses Global")
    );
}

#[test]
fn a_long_subtitle_after_a_question_with_nothing_after_it() {
    let p = parse_md(
        "**Moreno, A.**, Natarajan, P., Ødegaard, S., 2023. Are Syllables Enough? Probing Speech Models for Prosodic Structure.",
    );
    assert_eq!(
        p.entry.title.as_deref(),
        Some("Are Syllables Enough? Probing Speech Models for Prosodic Structure")
    );
    assert_eq!(p.entry.container, None);
    // A venue after the question stays the venue.
    let p = parse_md("Lee, A., 2020. Is it? Journal of Things.");
    assert_eq!(p.entry.title.as_deref(), Some("Is it?"));
    assert_eq!(p.entry.container.as_deref(), Some("Journal of Things"));
}

#[test]
fn a_venue_whose_bracket_closes_after_the_italics() {
    let p = parse_md(
        "Natarajan P\\*, **Moreno A**\\*, Villanueva T: **Modelling Tone Sandhi with Weighted Finite-State Transducers**. In *62nd Annual Meeting of the Association for Computational Linguistics (ACL 2024*). 2024:1123–1137.",
    );
    let e = &p.entry;
    assert_eq!(e.authors.len(), 3);
    assert_eq!(
        e.title.as_deref(),
        Some("Modelling Tone Sandhi with Weighted Finite-State Transducers")
    );
    assert_eq!(
        e.container.as_deref(),
        Some("62nd Annual Meeting of the Association for Computational Linguistics (ACL 2024)")
    );
    assert_eq!(e.note, None);
}

#[test]
fn a_subtitle_after_a_question_before_a_link() {
    // The link and its lead are taken out first, and no period is left after the
    // subtitle.
    let p = parse_md(
        "**Moreno, A.**, Natarajan, P., and Ødegaard, S. (2023). Are Syllables Enough? Probing Speech Models for Prosodic Structure. Available at: [https://arxiv.org/abs/2310.04567](https://arxiv.org/abs/2310.04567)",
    );
    assert_eq!(
        p.entry.title.as_deref(),
        Some("Are Syllables Enough? Probing Speech Models for Prosodic Structure")
    );
    assert_eq!(p.entry.container, None);
}

#[test]
fn in_as_a_sentence_of_its_own_leads_to_the_venue() {
    // Karger: "In. Proceedings of ...".
    let p = parse_md(
        "**Moreno A**, Ødegaard S. Probing Speech Models for Prosodic Structure. In. Proceedings of Interspeech. 2023; pp 4021–5.",
    );
    assert_eq!(p.entry.kind, EntryType::InProceedings);
    assert_eq!(p.entry.container.as_deref(), Some("Interspeech"));
    assert_eq!(p.entry.note, None);
}

#[test]
fn a_status_where_the_venue_stands_is_a_note() {
    let p = parse_md("**Jane Doe**, Bo Li. Sparse experts for speech. Under review at ACL 2025.");
    let e = &p.entry;
    assert_eq!(e.kind, EntryType::Unpublished);
    assert_eq!(e.note.as_deref(), Some("Under review"));
    assert_eq!(e.year.as_deref(), Some("2025"));
    // The venue after the status is the venue, though it reads like a publisher.
    let p = parse_md("**Jane Doe**, Bo Li. Sparse experts for speech. Under review at JMLR, 2024.");
    assert_eq!(p.entry.container.as_deref(), Some("JMLR"));
    assert_eq!(p.entry.publisher, None);
    let p = parse_md("**Jane Doe**, Bo Li. Sparse experts for speech. Submitted.");
    let e = &p.entry;
    assert_eq!(e.kind, EntryType::Unpublished);
    assert_eq!(e.publisher, None);
    assert_eq!(e.note.as_deref(), Some("Submitted"));
}

#[test]
fn a_title_the_tagger_read_as_something_else_is_the_rules_one() {
    // Quoted names are an encyclopedia entry's title, not text left over.
    let p = parse_md(r#"Marsh, Helen. "Walker, Alice." Encyclopedia of Letters. 2004 ed."#);
    assert_eq!(p.entry.title.as_deref(), Some("Walker, Alice"));
    assert!(p.unplaced.is_empty(), "{:?}", p.unplaced);
    // A title after the year is no publisher.
    let p = parse_md("DORAN, Peter. 1962. Habits of Reading.");
    assert_eq!(p.entry.title.as_deref(), Some("Habits of Reading"));
    assert_eq!(p.entry.publisher, None);
    // "On" is no note and "Civic Virtue" no venue.
    let p = parse_md("______. On Civic Virtue, trans. P. R. Lane. Boston, 1961.");
    assert_eq!(p.entry.title.as_deref(), Some("On Civic Virtue"));
    assert_eq!(p.entry.container, None);
    assert_eq!(p.entry.note, None);
}

#[test]
fn a_title_through_an_abbreviation_stays_whole() {
    let e = parse_md(
        "Lindqvist, Karl and Maria T. Osei. Strategic Budgeting in 25 Large U.S. Hospitals. Stanford Research Institute Long Range Planning Report No. 402. Menlo Park, California: Stanford Research Institute, 1971.",
    )
    .entry;
    assert_eq!(
        e.title.as_deref(),
        Some("Strategic Budgeting in 25 Large U.S. Hospitals")
    );
    assert_eq!(e.note, None);
}

#[test]
fn an_untitled_authorless_article_keeps_its_title_first() {
    let e = parse_md("Harbour lights. (1997, May). Coastal Towns Quarterly, 12(2), p. 14").entry;
    assert_eq!(e.title.as_deref(), Some("Harbour lights"));
    assert_eq!(e.container.as_deref(), Some("Coastal Towns Quarterly"));
    assert_eq!(e.volume.as_deref(), Some("12"));
}

#[test]
fn a_quoted_title_with_a_bill_number_keeps_it() {
    let e = parse_md("“Rural Broadband Access Act H.R. 412 114th Congress,” 2016.").entry;
    assert_eq!(
        e.title.as_deref(),
        Some("Rural Broadband Access Act H.R. 412 114th Congress")
    );
    assert_eq!(e.volume, None);
    assert_eq!(e.note, None);
}

#[test]
fn years_a_title_spans_before_its_subtitle_stay_in_it() {
    let e = parse_md(
        "Okafor, Tunde. The Salt Roads, 1820–1914: A History of the Coastal Trade. 3 vols. Translated by Ann Roe. London: Pell & Row, 1974–1978.",
    )
    .entry;
    assert_eq!(
        e.title.as_deref(),
        Some("The Salt Roads, 1820–1914: A History of the Coastal Trade")
    );
    assert_eq!(e.year.as_deref(), Some("1974"));
    assert_eq!(e.extra_field("volumes"), Some("3"));
    assert_eq!(e.publisher.as_deref(), Some("Pell & Row"));
}

#[test]
fn an_apa_patent_designation_after_the_title_is_the_patent() {
    let e = parse_md(
        "**Osei, P.**, & Lind, M. (2021). Low-power sensor array (U.S. Patent No. 10,987,654). U.S. Patent and Trademark Office.",
    )
    .entry;
    assert_eq!(e.kind, EntryType::Patent);
    assert_eq!(e.title.as_deref(), Some("Low-power sensor array"));
    assert_eq!(e.number.as_deref(), Some("10,987,654"));
}

#[test]
fn a_title_after_given_first_names_and_a_comma_is_no_name() {
    // Oxford's comma style: an article opens the title, and no name.
    let p = parse_md("Halvorsen, Ingrid, The Winter Harbour (Oslo: Fjord Press, 1984).");
    let names: Vec<String> = p.entry.authors.iter().map(|a| a.name.to_bibtex()).collect();
    assert_eq!(names, ["Halvorsen, Ingrid"]);
    assert_eq!(p.entry.title.as_deref(), Some("The Winter Harbour"));
    // Given-first names, then the title after a comma: the names parser's end of the
    // names splits a title run the tagger began inside them.
    let p = parse_md("Ingrid Halvorsen, Tomas Berg, The Winter Harbour, Oslo, Fjord Press, 1984.");
    let names: Vec<String> = p.entry.authors.iter().map(|a| a.name.to_bibtex()).collect();
    assert_eq!(names, ["Halvorsen, Ingrid", "Berg, Tomas"]);
    assert_eq!(p.entry.title.as_deref(), Some("The Winter Harbour"));
}

#[test]
fn a_quoted_title_goes_on_after_a_colon_or_a_dash() {
    // The quotes stay: the title opens with a quoted phrase.
    let p = parse_md(
        "Okafor, Chidi. “Tone at the Market”: Yoruba Traders between the Wars”, in Ada Moreno and Bo Lee, eds., Voices of Lagos (Ibadan: Heinemann, 2004), 12-40.",
    );
    let e = &p.entry;
    assert_eq!(
        e.title.as_deref(),
        Some("“Tone at the Market”: Yoruba Traders between the Wars")
    );
    assert_eq!(e.container.as_deref(), Some("Voices of Lagos"));
    let p = parse_md(
        "DUPONT, Marie. \"Je parle donc je suis\" - Carnet d'une orthophoniste : Vers une pratique du soin. Masson 2012, 80 p.",
    );
    assert_eq!(
        p.entry.title.as_deref(),
        Some("\"Je parle donc je suis\" - Carnet d'une orthophoniste : Vers une pratique du soin")
    );
    // A comma after the quote ends the title.
    let p = parse_md("Lee, B. “Downstep,” in Tone Papers, 2001, pp. 3-9.");
    assert_eq!(p.entry.title.as_deref(), Some("Downstep"));
}

#[test]
fn a_title_in_guillemets_holds_an_ellipsis() {
    let p = parse_md(
        "A.-M. Durand, « Tons, accents et... intonations mêlées », Langue française, 2011, n° 2, pp. 31-48.",
    );
    let e = &p.entry;
    assert_eq!(
        e.title.as_deref(),
        Some("Tons, accents et... intonations mêlées")
    );
    assert_eq!(e.container.as_deref(), Some("Langue française"));
    assert_eq!(e.pages.as_deref(), Some("31--48"));
}

#[test]
fn a_quoted_phrase_inside_a_title_does_not_end_it() {
    let p = parse_md(
        "Moreno, Ada. Notes on “The Tone Poems” of José-Maria de Lima. Translated by Bo Lee. 2nd ed. Lisbon: Cotovia, 1999.",
    );
    assert_eq!(
        p.entry.title.as_deref(),
        Some("Notes on “The Tone Poems” of José-Maria de Lima")
    );
}

#[test]
fn details_at_the_edges_of_a_title() {
    // A part's numeral after the title is the title's.
    let p = parse_md(
        "[3] Ada Moreno and Bo Lee. Tone operators. II. Acta Phonetica, 12(1):183–269, 1972.",
    );
    let e = &p.entry;
    assert_eq!(e.title.as_deref(), Some("Tone operators. II"));
    assert_eq!(e.container.as_deref(), Some("Acta Phonetica"));
    // An edition statement in a sentence of its own is the edition.
    let p = parse_md(
        "Moreno, Ada. Tone and the Philosophy of Language. Reprint, illustrated. Bloomington: Lark Press, 1986.",
    );
    let e = &p.entry;
    assert_eq!(
        e.title.as_deref(),
        Some("Tone and the Philosophy of Language")
    );
    assert_eq!(e.extra_field("edition"), Some("Reprint, illustrated"));
    // An APA report's series and number in brackets after the title.
    let p = parse_md(
        "Lee, B. (2012). Why tone matters: The adult learner (Policy Brief 2012-01PBL). Washington, DC: Tone Council.",
    );
    let e = &p.entry;
    assert_eq!(
        e.title.as_deref(),
        Some("Why tone matters: The adult learner")
    );
    assert_eq!(e.number.as_deref(), Some("2012-01PBL"));
    assert_eq!(e.extra_field("type"), Some("Policy Brief"));
}

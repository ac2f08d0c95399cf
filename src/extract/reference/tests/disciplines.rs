//! Styles of linguistics (the unified style sheet), literature (MLA), computer science
//! (Springer's LNCS), acoustics, the earth sciences (Harvard) and PNAS: series, article
//! numbers, short press names, editions and abbreviated venues.

use super::*;

#[test]
fn unified_style_article_number_after_the_issue() {
    let e = parse_md(
        "van Dijk, Pieter & **Hana Kobayashi**. 2018. The syntax of clause-final particles. *Glossa: a journal of general linguistics* 3(1). 87. https://doi.org/10.5334/gjgl.512",
    )
    .entry;
    assert_eq!(e.volume.as_deref(), Some("3"));
    assert_eq!(e.number.as_deref(), Some("1"));
    assert_eq!(e.pages.as_deref(), Some("87"));
    assert_eq!(e.note, None, "nothing is left over");
    // Pages after the full stop, and a year there is no page.
    let e = parse_md(
        "Ortiz, Daniel. 2021. Prosodic phrasing in Basque questions. *Journal of Linguistics* 57(3). 511–548.",
    )
    .entry;
    assert_eq!(e.pages.as_deref(), Some("511--548"));
}

#[test]
fn unified_style_series_after_the_book_of_a_chapter() {
    let e = parse_md(
        "**Kobayashi, Hana** & Yuki Tanaka. 2020. Nominalization in Okinawan. In Lena Hartmann (ed.), *Nominalization in Asian languages* (Typological Studies in Language 128), 77–104. Amsterdam: John Benjamins.",
    )
    .entry;
    assert_eq!(e.kind, EntryType::InCollection);
    assert_eq!(
        e.container.as_deref(),
        Some("Nominalization in Asian languages")
    );
    assert_eq!(
        e.extra_field("series"),
        Some("Typological Studies in Language")
    );
    assert_eq!(e.number.as_deref(), Some("128"));
    assert_eq!(e.pages.as_deref(), Some("77--104"));
    assert_eq!(e.publisher.as_deref(), Some("John Benjamins"));
    assert_eq!(e.address.as_deref(), Some("Amsterdam"));
    assert_eq!(e.note, None);
}

#[test]
fn springer_lncs_series_volume_publisher_and_place() {
    let e = parse_md(
        "Novák, J., Weber, S., Rossi, L.: Verified compilation of smart contracts. In: Piskac, R., Rümmer, P. (eds.) VSTTE 2022. LNCS, vol. 13800, pp. 112--130. Springer, Cham (2023)",
    )
    .entry;
    assert_eq!(
        e.kind,
        EntryType::InProceedings,
        "a meeting's acronym and year"
    );
    assert_eq!(e.container.as_deref(), Some("VSTTE 2022"));
    assert_eq!(e.extra_field("series"), Some("LNCS"));
    assert_eq!(e.volume.as_deref(), Some("13800"));
    assert_eq!(e.pages.as_deref(), Some("112--130"));
    assert_eq!(e.publisher.as_deref(), Some("Springer"));
    assert_eq!(e.address.as_deref(), Some("Cham"));
    assert_eq!(e.year.as_deref(), Some("2023"));
    let editors: Vec<String> = e.editors.iter().map(|p| p.to_bibtex()).collect();
    assert_eq!(editors, ["Piskac, R.", "Rümmer, P."]);
}

#[test]
fn an_ieee_journal_before_its_volume_is_no_series() {
    let e = parse_md(
        "M. Lin and J. Ye, \"Sparse recovery,\" Proc. IEEE, vol. 88, no. 3, pp. 1–9, 2020.",
    )
    .entry;
    assert_eq!(e.extra_field("series"), None);
    assert_eq!(e.volume.as_deref(), Some("88"));
}

#[test]
fn mla_editors_end_at_a_short_press_name() {
    let e = parse_md(
        "**Alvarez, Carmen**. \"Galdós and the City.\" *The Cambridge Companion to the Spanish Novel*, edited by Harriet Turner and Adelaida López de Martínez, Cambridge UP, 2003, pp. 122-39.",
    )
    .entry;
    let editors: Vec<String> = e.editors.iter().map(|p| p.to_bibtex()).collect();
    assert_eq!(editors, ["Turner, Harriet", "de Martínez, Adelaida López"]);
    assert_eq!(e.publisher.as_deref(), Some("Cambridge UP"));
    assert_eq!(
        e.container.as_deref(),
        Some("The Cambridge Companion to the Spanish Novel")
    );
}

#[test]
fn an_abbreviated_last_word_keeps_its_stop() {
    let e = parse_md(
        "R. Okafor and T. Hale, \"Perceptual weighting of spectral cues,\" JASA Express Lett. **1**(6), 065201 (2021).",
    )
    .entry;
    assert_eq!(e.container.as_deref(), Some("JASA Express Lett."));
    assert_eq!(e.pages.as_deref(), Some("065201"));
    // NLM writes abbreviations without stops: the stop before the date is the
    // sentence's.
    let e =
        parse_md("Kim JH, Lee S. Outcomes of knee surgery. Knee Surg Relat Res. 2019;31(1):1-9.")
            .entry;
    assert_eq!(e.container.as_deref(), Some("Knee Surg Relat Res"));
}

#[test]
fn harvard_edition_sentence_and_article_identifiers() {
    let e = parse_md(
        "**Patel, R.** (2019) *Hydrology of drylands*. 2nd edn. Cambridge: Cambridge University Press.",
    )
    .entry;
    assert_eq!(e.kind, EntryType::Book);
    assert_eq!(e.container, None, "an edition is no venue");
    assert_eq!(e.extra_field("edition"), Some("2"));
    assert_eq!(e.publisher.as_deref(), Some("Cambridge University Press"));
    // AGU's article identifiers mix letters and digits.
    let e = parse_md(
        "Osei, K. and **Patel, R.** (2020) 'Soil moisture memory in semi-arid catchments', *Water Resources Research*, 56(8), pp. e2019WR026543.",
    )
    .entry;
    assert_eq!(e.pages.as_deref(), Some("e2019WR026543"));
    assert_eq!(e.publisher, None);
    // Without a container, a sentence stating the edition is no part of the title.
    let e = parse_md(
        "Carver, Donald W. (ed.) Short-Term Budgeting for Managers. Revised edition. New York: Harper and Row, 1968.",
    )
    .entry;
    assert_eq!(
        e.title.as_deref(),
        Some("Short-Term Budgeting for Managers")
    );
    assert_eq!(e.container, None);
}

#[test]
fn pnas_journal_names_and_article_identifiers() {
    let e = parse_md(
        "A. Moreau, **L. Fischer**, Single-cell atlas of the developing zebrafish heart. *Proc. Natl. Acad. Sci. U.S.A.* **119**, e2115325119 (2022).",
    )
    .entry;
    assert_eq!(
        e.container.as_deref(),
        Some("Proc. Natl. Acad. Sci. U.S.A."),
        "a journal's own \"Proc.\" stays"
    );
    assert_eq!(e.volume.as_deref(), Some("119"));
    assert_eq!(e.pages.as_deref(), Some("e2115325119"));
    let e = parse_md(
        "K. Ito, **L. Fischer**, Notch signaling patterns the cardiac valves. *Development* **148**, dev199331 (2021).",
    )
    .entry;
    assert_eq!(e.volume.as_deref(), Some("148"));
    assert_eq!(e.pages.as_deref(), Some("dev199331"));
    assert_eq!(e.address, None);
    // Before a meeting's name "Proc." is a lead-in.
    let e = parse_md(
        "M. Lin and J. Ye, \"Sparse recovery,\" in Proc. IEEE Conf. Comput. Vis. Pattern Recognit., 2019, pp. 1–9.",
    )
    .entry;
    assert_eq!(
        e.container.as_deref(),
        Some("IEEE Conf. Comput. Vis. Pattern Recognit.")
    );
}

#[test]
fn a_title_line_before_the_authors_line() {
    let e = parse_md(
        "**Deformable Kernels for Dense Prediction**. Ming Lin, Jieping Ye, Kate Smith. *CVPR 2021* [[paper]](https://example.org/dk.pdf)",
    )
    .entry;
    let authors: Vec<String> = e.authors.iter().map(|a| a.name.to_bibtex()).collect();
    assert_eq!(authors, ["Lin, Ming", "Ye, Jieping", "Smith, Kate"]);
    assert_eq!(
        e.title.as_deref(),
        Some("Deformable Kernels for Dense Prediction")
    );
    assert_eq!(e.container.as_deref(), Some("CVPR 2021"));
    assert_eq!(e.year.as_deref(), Some("2021"), "the meeting's year");
    assert_eq!(e.kind, EntryType::InProceedings);
}

#[test]
fn mla_database_is_a_note() {
    let e = parse_md(
        "**Alvarez, Carmen**, and Julia Weiss. \"Translation as Witness.\" *Comparative Literature Studies*, vol. 58, no. 1, 2021, pp. 88-110. JSTOR, www.jstor.org/stable/10.5325/complitstudies.58.1.0088.",
    )
    .entry;
    assert_eq!(e.address, None);
    assert_eq!(e.note.as_deref(), Some("JSTOR"));
    assert_eq!(e.volume.as_deref(), Some("58"));
}

#[test]
fn a_lead_in_with_wide_spaces_is_read_without_a_panic() {
    // A thin space before "the": the lead's last bytes are no character's start.
    assert_eq!(
        strip_lead_in("In Proceedings of\u{2009}the Annual Meeting"),
        "Annual Meeting"
    );
    assert_eq!(
        strip_lead_in("Proc.\u{2009}Natl. Acad. Sci."),
        "Proc.\u{2009}Natl. Acad. Sci."
    );
}

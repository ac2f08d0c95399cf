//! Venues: abbreviated journals, chapters' books with their pages, series and chapters,
//! and what follows a venue.

use super::*;

#[test]
fn an_abbreviated_journal_keeps_its_last_stop() {
    for (text, journal) in [
        (
            "S. Holt and H. Reyes, \"Sound transmission through partitions,\" J. Acoust. Soc. Am. **153**(4), 2210–2224 (2023).",
            "J. Acoust. Soc. Am.",
        ),
        (
            "H. Reyes, \"Statistical energy analysis of coupled cavities,\" Acta Acust. united Ac. **105**(2), 301–312 (2019).",
            "Acta Acust. united Ac.",
        ),
        (
            "H. Reyes, \"Tyre noise at low speed,\" Proc. Meet. Acoust. **35**, 040002 (2018).",
            "Proc. Meet. Acoust.",
        ),
        (
            "H. Reyes, \"Modal density of plates,\" IEEE Trans. on Image Processing **20**, 1–9 (2011).",
            "IEEE Trans. on Image Processing",
        ),
    ] {
        let e = parse_md(text).entry;
        assert_eq!(e.container.as_deref(), Some(journal), "{text}");
        assert!(e.note.is_none(), "{text}: {:?}", e.note);
    }
}

#[test]
fn a_legend_at_the_end_of_an_entry_is_no_part_of_it() {
    let p = parse_md(
        "L. Zhou*, **H. Reyes***, and K. Brandt, \"Active noise control in a vehicle cabin,\" Appl. Acoust. **180**, 108112 (2021). (*equal contribution)",
    );
    let e = &p.entry;
    assert_eq!(e.container.as_deref(), Some("Appl. Acoust."));
    assert_eq!(
        (e.volume.as_deref(), e.pages.as_deref()),
        (Some("180"), Some("108112"))
    );
    assert_eq!(e.note, None);
    assert!(p.unplaced.is_empty());
}

#[test]
fn unified_style_sheet_chapters_and_books() {
    // The pages stand between the book and its imprint; three editors, given name first.
    let e = parse_md(
        "**Okonkwo, Marta**. 2022. Tone. In Lutz Marten, Ellen Hurst-Harosh & Nancy C. Kula (eds.), *The Oxford guide to the Bantu languages*, 233–259. Oxford: Oxford University Press.",
    )
    .entry;
    assert_eq!(e.kind, EntryType::InCollection);
    assert_eq!(e.editors.len(), 3);
    assert_eq!(e.editors[1].family, "Hurst-Harosh");
    assert_eq!(e.pages.as_deref(), Some("233--259"));
    assert_eq!(
        e.container.as_deref(),
        Some("The Oxford guide to the Bantu languages")
    );
    assert_eq!(e.note, None);
    // A book in a numbered series.
    let e = parse_md(
        "Okonkwo, Marta. 2017. *A grammar of Ekegusii tone* (Studies in African Linguistics 12). Berlin: Language Science Press.",
    )
    .entry;
    assert_eq!(e.kind, EntryType::Book);
    assert_eq!(e.container, None);
    assert_eq!(
        e.extra_field("series"),
        Some("Studies in African Linguistics")
    );
    assert_eq!(e.number.as_deref(), Some("12"));
    assert_eq!(e.publisher.as_deref(), Some("Language Science Press"));
    // A paper number is its pages.
    let e = parse_md(
        "Wierzbicki, Tomasz. 2015. Phonetic grounding of high tone spread. In *Proceedings of the 18th International Congress of Phonetic Sciences (ICPhS 2015)*. Glasgow: University of Glasgow. Paper 0815.",
    )
    .entry;
    assert_eq!(e.pages.as_deref(), Some("0815"));
    assert_eq!(e.publisher.as_deref(), Some("University of Glasgow"));
}

#[test]
fn aip_chapters_and_theses() {
    let e = parse_md(
        "H. Reyes, \"Vibroacoustics of lightweight structures,\" in *Handbook of Engineering Acoustics*, edited by G. Müller and M. Möser (Springer, Berlin, 2013), Chap. 14, pp. 389–420.",
    )
    .entry;
    assert_eq!(e.extra_field("chapter"), Some("14"));
    assert_eq!(e.volume, None);
    assert_eq!(
        (e.publisher.as_deref(), e.address.as_deref()),
        (Some("Springer"), Some("Berlin"))
    );
    let e = parse_md(
        "H. Reyes, \"Sound radiation from ribbed plates,\" Ph.D. thesis, Aalto University, Espoo, Finland, 2012.",
    )
    .entry;
    assert_eq!(e.kind, EntryType::PhdThesis);
    assert_eq!(e.container.as_deref(), Some("Aalto University"));
    assert_eq!(e.address.as_deref(), Some("Espoo, Finland"));
}

#[test]
fn proceedings_of_a_society_is_a_journal() {
    let e = parse_md(
        "Okafor, T., & Lindqvist, M. (1994). Scheduling queued service systems. Proceedings of the IEEE, 82 (4), 511-530.",
    )
    .entry;
    assert_eq!(e.container.as_deref(), Some("Proceedings of the IEEE"));
    assert_eq!(e.volume.as_deref(), Some("82"));
    let e = parse_md(
        "Okafor, T. (1994). Scheduling queued service systems. In Proceedings of the National Academy of Sciences, 91, 511-530.",
    )
    .entry;
    assert_eq!(
        e.container.as_deref(),
        Some("Proceedings of the National Academy of Sciences")
    );
    // A meeting's proceedings lose the lead-in.
    let e = parse_md(
        "Okafor, T. (1994). Scheduling queued service systems. In Proceedings of the Fifth Workshop on Queues, pp. 11-30.",
    )
    .entry;
    assert_eq!(e.container.as_deref(), Some("Fifth Workshop on Queues"));
}

#[test]
fn a_meeting_before_its_place_and_publisher_is_the_venue() {
    let e = parse_md(
        "Okafor, T. (1994). Planning with partial plans. In Proceedings of National Conference on Artificial Intelligence, pp. 311-318. Seattle, WA. AAAI Press.",
    )
    .entry;
    assert_eq!(e.kind, EntryType::InProceedings);
    assert_eq!(
        e.container.as_deref(),
        Some("National Conference on Artificial Intelligence")
    );
    assert_eq!(e.publisher.as_deref(), Some("AAAI Press"));
    assert_eq!(e.address.as_deref(), Some("Seattle, WA"));
}

#[test]
fn the_lead_in_that_may_open_a_journal_name() {
    assert_eq!(proc_head_start("In Proceedings of the"), Some(3));
    assert_eq!(proc_head_start("PROCEEDINGS  OF"), Some(0));
    assert_eq!(proc_head_start("In Proc."), Some(3));
    assert_eq!(proc_head_start("Reproc."), None);
    assert_eq!(proc_head_start("In"), None);
    assert_eq!(proc_head_start("Proceedings of theory"), None);
}

#[test]
fn a_meeting_after_proc_is_proceedings_whatever_its_name() {
    for (text, venue, place) in [
        (
            "R. Okoye and M. Lind. Dust control on haul roads. In Proc. Regional Quarry Seminar, 2016.",
            "Regional Quarry Seminar",
            None,
        ),
        (
            "R. Okoye and M. Lind. Dust control on haul roads. In Proceedings of the Quarry Operators Meeting, Ely, NV, USA, March 8-10, 2016.",
            "Quarry Operators Meeting",
            Some("Ely, NV, USA"),
        ),
        (
            "R. Okoye and M. Lind, \"Dust control on haul roads,\" in Proc. Regional Quarry Seminar, Ely, NV, 2016, pp. 12-15.",
            "Regional Quarry Seminar",
            Some("Ely, NV"),
        ),
    ] {
        let e = parse_md(text).entry;
        assert_eq!(e.kind, EntryType::InProceedings, "{text}");
        assert_eq!(e.container.as_deref(), Some(venue), "{text}");
        assert_eq!(e.address.as_deref(), place, "{text}");
    }
}

#[test]
fn a_venue_the_table_knows_gives_the_entry_type() {
    // NeurIPS by its full name, with no "In" and no word that says "conference".
    let e = parse_md(
        "Ana Ruiz, Tomas Berg, Sparse attention for long molecules, Advances in Neural Information Processing Systems, 2022.",
    )
    .entry;
    assert_eq!(e.kind, EntryType::InProceedings);
    assert_eq!(
        e.container.as_deref(),
        Some("Advances in Neural Information Processing Systems")
    );
    // A journal whose name is also a meeting's ("Language Resources and Evaluation",
    // LREC's) stays a journal.
    let e = parse_md(
        "Ana Ruiz and Tomas Berg. A treebank of Basque verbs. *Language Resources and Evaluation*, 58(2):411–430, 2024.",
    )
    .entry;
    assert_eq!(e.kind, EntryType::Article);
}

#[test]
fn a_meeting_acronym_with_its_year_in_brackets_stays_in_the_venue() {
    for text in [
        "Hana Kim, **Ana Ruiz**. Tabular pretraining at scale. Advances in Neural Information Processing Systems (NeurIPS 2022).",
        "Hana Kim, **Ana Ruiz**. Tabular pretraining at scale. In *Advances in Neural Information Processing Systems (NeurIPS 2022)*.",
    ] {
        let e = parse_md(text).entry;
        assert_eq!(e.kind, EntryType::InProceedings, "{text}");
        assert_eq!(
            e.container.as_deref(),
            Some("Advances in Neural Information Processing Systems (NeurIPS 2022)"),
            "{text}"
        );
        assert_eq!(e.year.as_deref(), Some("2022"), "{text}");
        assert_eq!(e.number, None, "{text}");
    }
}

#[test]
fn a_remark_in_brackets_after_the_entry_is_kept_without_a_stray_bracket() {
    let p = parse_md(
        "**Ana Ruiz**, Hana Kim, Tomas Berg. Quantile sketches with tight bounds. In *Proceedings of the 40th International Conference on Machine Learning (ICML)*, PMLR 202, pages 36001–36020, Honolulu, HI, USA, 2023. (Oral, top 2%)",
    );
    let note = p.entry.note.unwrap_or_default();
    assert!(note.contains("top 2%"), "{note}");
    assert!(!note.contains(')'), "{note}");
}

#[test]
fn abbreviations_inside_a_meetings_name_do_not_cut_it() {
    for (text, venue) in [
        (
            "Okafor, T., & Lind, M. (1994). Page placement for shared memory. In Proc. Intern. Conference on Parallel Computing, pp. 12-24.",
            "Intern. Conference on Parallel Computing",
        ),
        (
            "T. Okafor, M. Lind. Page placement for shared memory. Proc. 6th Int'l. Conf. on Parallel Computing, San Jose, CA, Oct. 1994, pp. 12-24.",
            "6th Int'l. Conf. on Parallel Computing",
        ),
        (
            "T. Okafor. Page placement for shared memory. In Proc. Post-Conf. Wksp. on Parallel Computing, pages 12-24, 1994.",
            "Post-Conf. Wksp. on Parallel Computing",
        ),
    ] {
        let e = parse_md(text).entry;
        assert_eq!(e.container.as_deref(), Some(venue), "{text}");
        assert_eq!(e.kind, EntryType::InProceedings, "{text}");
    }
}

#[test]
fn a_journal_named_proc_is_no_meeting() {
    for text in [
        "Moreau, A., & Osei, P. (2022). Single-cell maps of the gut. Proc. Natl. Acad. Sci. U.S.A., 119(4), e2101234119.",
        "A. Moreau and P. Osei, \"Single-cell maps of the gut,\" Proceedings of the IEEE, vol. 110, no. 2, pp. 200-215, 2022.",
    ] {
        assert_eq!(parse_md(text).entry.kind, EntryType::Article, "{text}");
    }
}

#[test]
fn the_day_of_a_month_in_another_language_is_no_volume() {
    let e = parse_md(
        "MARCEAU, Odile, « Les phares du Léon », Revue des côtes, 15 novembre 1925, pp. 11-18",
    )
    .entry;
    assert_eq!(e.container.as_deref(), Some("Revue des côtes"));
    assert_eq!((e.volume, e.month.as_deref()), (None, Some("novembre")));
    assert_eq!(e.pages.as_deref(), Some("11--18"));
}

#[test]
fn a_single_page_after_the_date_and_a_range_with_spaces() {
    // MLA: the pages follow the bracketed date and a colon, one page or a range.
    for (text, pages) in [
        (
            "Lund, Kari. “Harbour Lights.” Fjord Review 40.1 (Winter 2004): 17.",
            "17",
        ),
        (
            "Lund, Kari. “Harbour Lights.” Fjord Review 40.1 (2004): 17-29.",
            "17--29",
        ),
    ] {
        let e = parse_md(text).entry;
        assert_eq!(e.container.as_deref(), Some("Fjord Review"), "{text}");
        assert_eq!(
            (e.volume.as_deref(), e.number.as_deref(), e.pages.as_deref()),
            (Some("40"), Some("1"), Some(pages)),
            "{text}"
        );
        assert_eq!(e.year.as_deref(), Some("2004"), "{text}");
    }
    // A page range with a space beside its dash is one range.
    for text in [
        "Lund, K. (2011). Harbour lights. Fjord Review, 331 (6023), 1447– 1451.",
        "Lund, K. (2011). Harbour lights. Fjord Review, 331 (6023), 1447 - 1451.",
    ] {
        let e = parse_md(text).entry;
        assert_eq!(e.container.as_deref(), Some("Fjord Review"), "{text}");
        assert_eq!(e.pages.as_deref(), Some("1447--1451"), "{text}");
    }
}

#[test]
fn bare_numbers_before_the_pages_are_volume_and_issue() {
    let p = parse_md(
        "Lee, B. 1881 \"Une inscription de Lyon\" Bulletin de la société historique du Lyonnais 4 211-230",
    );
    let e = &p.entry;
    assert_eq!(e.volume.as_deref(), Some("4"));
    assert_eq!(e.pages.as_deref(), Some("211--230"));
    assert_eq!(e.note, None);
    let p = parse_md(
        "Okafor CN, Moreno A. Tone Drills for Adult Learners of Yoruba. J Afr Lang Ling. 2011 32 2 140-155.",
    );
    let e = &p.entry;
    assert_eq!(e.volume.as_deref(), Some("32"));
    assert_eq!(e.number.as_deref(), Some("2"));
    assert_eq!(e.pages.as_deref(), Some("140--155"));
}

#[test]
fn elsevier_volume_before_the_year_in_brackets() {
    let p = parse_md(
        "R.Q. Moreno, M. Lee, Tone coaching for adult learners: a randomized trial, Lang. Learn., 36 (2010), pp. 629-639",
    );
    let e = &p.entry;
    assert_eq!(e.container.as_deref(), Some("Lang. Learn."));
    assert_eq!(e.volume.as_deref(), Some("36"));
    assert_eq!(e.number, None);
    assert_eq!(e.year.as_deref(), Some("2010"));
    assert_eq!(e.pages.as_deref(), Some("629--639"));
    // With the issue after the volume.
    let p = parse_md(
        "OKAFOR B., “Downstep and Its Discontents”, in Tone Research, 30, 2 (2010), pp. 125-144.",
    );
    let e = &p.entry;
    assert_eq!(e.volume.as_deref(), Some("30"));
    assert_eq!(e.number.as_deref(), Some("2"));
    assert_eq!(e.pages.as_deref(), Some("125--144"));
}

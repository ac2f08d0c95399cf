//! Tests of the rule-based and the combined reading of single references.

use super::*;
use crate::extract::document::Format;
use crate::extract::inline;

mod contributors;
mod designations;
mod disciplines;
mod imprints;
mod links;
mod sciences;
mod titles;
mod venues;

fn parse_md(s: &str) -> ParsedReference {
    parse(inline::parse(s, Format::Markdown), None)
}

#[test]
fn apa_conference_with_links() {
    let p = parse_md(
        "Ran, J.*, **Lin, R.** *, So, H. K., Chesi, G. & Wong, N. (2021, January). Exploiting Elasticity in Tensor Ranks for Compressing Neural Networks. In 2020 25th International Conference on Pattern Recognition (ICPR'20) (pp. 9866-9873). IEEE. [[PDF](https://arxiv.org/abs/2105.04218)][[Codes](https://github.com/rlin27/NRMF)]",
    );
    let e = &p.entry;
    assert_eq!(e.authors.len(), 5);
    assert!(e.authors[1].marks.highlight);
    assert_eq!(p.symbols[0], "*");
    assert_eq!(
        e.title.as_deref(),
        Some("Exploiting Elasticity in Tensor Ranks for Compressing Neural Networks")
    );
    assert_eq!(
        e.container.as_deref(),
        Some("2020 25th International Conference on Pattern Recognition (ICPR'20)")
    );
    assert_eq!(
        (e.year.as_deref(), e.month.as_deref()),
        (Some("2021"), Some("January"))
    );
    assert_eq!(e.pages.as_deref(), Some("9866--9873"));
    assert_eq!(e.publisher.as_deref(), Some("IEEE"));
    assert_eq!(e.kind, EntryType::InProceedings);
    assert_eq!(e.links.len(), 2);
    assert_eq!(e.extra_field("abbr"), Some("ICPR'20"));
}

#[test]
fn given_first_journal() {
    let p = parse_md(
        "Ming Lin, Fei Wang, Changshui Zhang. Large-Scale Eigenvector Approximation via Hilbert Space Embedding Nystrom. Pattern Recognition (PR), 48(5), Pages 1904-1912, 2015.",
    );
    let e = &p.entry;
    assert_eq!(
        e.title.as_deref(),
        Some("Large-Scale Eigenvector Approximation via Hilbert Space Embedding Nystrom")
    );
    assert_eq!(e.container.as_deref(), Some("Pattern Recognition (PR)"));
    assert_eq!(
        (e.volume.as_deref(), e.number.as_deref()),
        (Some("48"), Some("5"))
    );
    assert_eq!(e.kind, EntryType::Article);
}

#[test]
fn ieee_quoted_title() {
    let p = parse_md(
        "M. Lin and J. Ye, “A non-convex one-pass framework,” in Proc. Advances in Neural Information Processing Systems (NIPS), Barcelona, Spain, 2016, pp. 1633–1641, doi: 10.5555/3157096.3157279.",
    );
    let e = &p.entry;
    assert_eq!(e.authors.len(), 2);
    assert_eq!(e.title.as_deref(), Some("A non-convex one-pass framework"));
    assert_eq!(e.pages.as_deref(), Some("1633--1641"));
    assert_eq!(e.doi.as_deref(), Some("10.5555/3157096.3157279"));
    assert_eq!(e.year.as_deref(), Some("2016"));
    assert_eq!(e.kind, EntryType::InProceedings);
}

#[test]
fn preprint_and_thesis() {
    let p = parse_md("Lin, M. (2023). A study. arXiv preprint arXiv:2301.01234.");
    assert_eq!(p.entry.kind, EntryType::Misc);
    assert_eq!(p.entry.eprint.as_deref(), Some("2301.01234"));
    let p = parse_md("Lin, M. (2014). Sparse recovery. PhD thesis, Tsinghua University.");
    assert_eq!(p.entry.kind, EntryType::PhdThesis);
    assert_eq!(p.entry.container.as_deref(), Some("Tsinghua University"));
}

#[test]
fn a_volume_left_after_the_journal_name() {
    let p = parse_md(
        "Okonkwo, R., & Farrelly, S. (1993). V-shaped forgetting and recency effects in a recurrent network: Implications for second language learning. Cognition, 41, 57 - 109.",
    );
    assert_eq!(p.entry.container.as_deref(), Some("Cognition"));
    assert_eq!(p.entry.volume.as_deref(), Some("41"));
    let p = parse_md("Lee, A. (2019). A title. In Proceedings of CVPR 2019, 1-9.");
    assert_eq!(p.entry.volume, None);
}

#[test]
fn a_minus_sign_or_unicode_hyphen_between_page_numbers_is_a_range() {
    for text in [
        "Tomas Berg, Ana Ruiz. Graph sketches. *Journal of Machine Learning Research*, 24(112):1−38, 2023.",
        "Tomas Berg, Ana Ruiz. Graph sketches. *Journal of Machine Learning Research*, 24(112):1‐38, 2023.",
    ] {
        let e = parse_md(text).entry;
        assert_eq!(e.pages.as_deref(), Some("1--38"), "{text}");
        assert_eq!(e.note, None, "{text}");
    }
}

#[test]
fn a_status_where_the_year_stands_is_a_note() {
    for (text, status) in [
        (
            "Okafor, T.* & Lind, M. (in preparation). Teaching design to first graders. Journal of Design Education.",
            "in preparation",
        ),
        (
            "Okafor, T. & Lind, M. (under revision). Teaching design to first graders. Journal of Design Education.",
            "under revision",
        ),
    ] {
        let e = parse_md(text).entry;
        assert_eq!(
            e.title.as_deref(),
            Some("Teaching design to first graders"),
            "{text}"
        );
        assert_eq!(e.kind, EntryType::Unpublished, "{text}");
        assert_eq!(e.note.as_deref(), Some(status), "{text}");
    }
}

#[test]
fn a_book_publisher_is_no_journal() {
    let p =
        parse_md("Pereira, L. (1981). Contrafactuals. Harvard University Press, Cambridge, MA.");
    assert_eq!(p.entry.kind, EntryType::Book);
    assert_eq!(p.entry.container, None);
    assert_eq!(
        p.entry.publisher.as_deref(),
        Some("Harvard University Press")
    );
    assert_eq!(p.entry.address.as_deref(), Some("Cambridge, MA"));
}

#[test]
fn abnt_placeholders_editors_and_link_leads() {
    let p = parse_md(
        "MORENO, Ada. Tone and Intonation in Bantu Languages. *In:* VAN DER HULST, Harry; RIALLAND, Annie (Orgs.). **The Oxford Handbook of Tone**. [S.l.]: Oxford University Press, 2022. p. 301–330.",
    );
    let e = &p.entry;
    assert_eq!(e.editors.len(), 2, "{e:?}");
    assert_eq!(e.container.as_deref(), Some("The Oxford Handbook of Tone"));
    assert_eq!(e.publisher.as_deref(), Some("Oxford University Press"));
    assert_eq!(e.address, None);
    let p = parse_md(
        "MORENO, Ada. **A Note**. arXiv, 2025. Disponível em: \\<[https://arxiv.org/abs/2501.01234](<https://arxiv.org/abs/2501.01234>)\\>",
    );
    assert_eq!(p.entry.eprint.as_deref(), Some("2501.01234"));
    assert_eq!(p.entry.note, None, "{:?}", p.entry);
}

#[test]
fn a_title_that_ends_at_an_italic_venue() {
    // IOP: no punctuation between title, venue, volume and pages.
    let p = parse_md(
        "Müller-Brandt J and Kowalski A 2022 Working memory load and the attentional blink: A registered report *Journal of Experimental Psychology: General* **151** 812–29",
    );
    let e = &p.entry;
    assert_eq!(
        e.title.as_deref(),
        Some("Working memory load and the attentional blink: A registered report")
    );
    assert_eq!(
        e.container.as_deref(),
        Some("Journal of Experimental Psychology: General")
    );
    assert_eq!(
        (e.volume.as_deref(), e.pages.as_deref()),
        (Some("151"), Some("812--29"))
    );
}

#[test]
fn a_journal_after_in_with_its_volume() {
    // German styles lead journals with "In:" and give pages as "S.".
    let p = parse_md(
        "Tanaka, H./Okafor, C. N. (2024): Tone Sandhi Across Sixty Languages. In: Linguistic Typology 28, S. 211–260.",
    );
    let e = &p.entry;
    assert_eq!(e.kind, EntryType::Article);
    assert_eq!(e.container.as_deref(), Some("Linguistic Typology"));
    assert_eq!(
        (e.volume.as_deref(), e.pages.as_deref()),
        (Some("28"), Some("211--260"))
    );
}

#[test]
fn vancouver_variants_bold_owner_editors_and_genre() {
    // A bold name ending in an initial ends the list; "..., editors." after "In:";
    // "[Doctoral dissertation]" after the title is a note that gives the type.
    let p = parse_md(
        "**Müller-Brandt J.** Attention and awareness. In: Smith R, Chen T, editors. The Oxford Handbook of Attention. Oxford University Press; 2019. pp. 233–60.",
    );
    let e = &p.entry;
    assert_eq!(e.authors.len(), 1);
    assert_eq!(e.title.as_deref(), Some("Attention and awareness"));
    assert_eq!(e.editors.len(), 2);
    assert_eq!(
        e.container.as_deref(),
        Some("The Oxford Handbook of Attention")
    );
    let p = parse_md(
        "**Moreno A.** Learning Phonological Grammars from Sparse Data [Doctoral dissertation]. University of Edinburgh; 2019.",
    );
    assert_eq!(
        p.entry.title.as_deref(),
        Some("Learning Phonological Grammars from Sparse Data")
    );
    assert_eq!(p.entry.kind, EntryType::PhdThesis);
}

#[test]
fn thesis_genre_is_no_school() {
    // The genre, as its own sentence before the school or after it, or doubled
    // ("Doctoral dissertation thesis"), is no part of the school.
    for s in [
        "**Ada Moreno**. 2019. Learning Phonological Grammars from Sparse Data. Doctoral dissertation. University of Edinburgh.",
        "**Moreno A.** Learning Phonological Grammars from Sparse Data. Doctoral dissertation. University of Edinburgh, 2019.",
        "**Moreno, Ada**. *Learning Phonological Grammars from Sparse Data*. 2019. University of Edinburgh, Doctoral dissertation.",
        "**Moreno A.** 2019. *Learning Phonological Grammars from Sparse Data*. Doctoral dissertation thesis. University of Edinburgh",
        "**A. Moreno**, “Learning Phonological Grammars from Sparse Data,” PhD thesis, University of Edinburgh (2019).",
    ] {
        let e = parse_md(s).entry;
        assert_eq!(e.kind, EntryType::PhdThesis, "{s}");
        assert_eq!(
            e.container.as_deref(),
            Some("University of Edinburgh"),
            "{s}"
        );
        assert_eq!(e.publisher, None, "{s}");
    }
}

#[test]
fn proceedings_place_and_publisher_after_the_title() {
    // "Place: Publisher" (Vancouver), "; Publisher: Place" and a doubled lead (MDPI).
    for s in [
        "**Moreno A**, Villanueva T. Weighted Finite-State Transducers for Tone Sandhi. In: Proceedings of the 61st Annual Meeting of the Association for Computational Linguistics, Toronto, Canada: Association for Computational Linguistics; 2023, pp. 1123–37.",
        "**Moreno, A.**; Villanueva, T. Weighted Finite-State Transducers for Tone Sandhi. In Proceedings of the Proceedings of the 61st Annual Meeting of the Association for Computational Linguistics; Association for Computational Linguistics: Toronto, Canada, 2023; pp. 1123–1137.",
    ] {
        let e = parse_md(s).entry;
        assert_eq!(
            e.container.as_deref(),
            Some("61st Annual Meeting of the Association for Computational Linguistics"),
            "{s}"
        );
        assert_eq!(e.address.as_deref(), Some("Toronto, Canada"), "{s}");
        assert_eq!(
            e.publisher.as_deref(),
            Some("Association for Computational Linguistics"),
            "{s}"
        );
    }
    let e = parse_md(
        "Natarajan P, **Moreno A**. Modelling Tone Sandhi. Presented at 62nd Annual Meeting of the Association for Computational Linguistics (ACL 2024), Bangkok, Thailand; 2024.",
    )
    .entry;
    assert_eq!(
        e.container.as_deref(),
        Some("62nd Annual Meeting of the Association for Computational Linguistics (ACL 2024)")
    );
    assert_eq!(e.address.as_deref(), Some("Bangkok, Thailand"));
}

#[test]
fn preprint_server_is_no_venue() {
    // The id goes into `eprint`; "arXiv" and "preprint" around it say nothing more.
    for s in [
        "Ilse Marwick, Tomas Brandl, and Renata Oyelaran. Glimpses for fine-grained recognition. arXiv preprint arXiv:1503.6021, 2015.",
        "Moreno A, Natarajan P. Tone in low-resource speech recognition. arXiv. 2023. arXiv:2310.04567.",
        "**A. Moreno**, P. Natarajan and S. Ødegaard, *arXiv*, 2023, preprint, arXiv:2310.04567.",
    ] {
        let p = parse_md(s);
        assert!(p.entry.eprint.is_some(), "{s}");
        assert_eq!(p.entry.container, None, "{s}");
        assert_eq!(p.entry.pages, None, "{s}");
        assert!(p.unplaced.is_empty(), "{s}: {:?}", p.unplaced);
    }
}

#[test]
fn subtitle_after_a_question_with_only_the_year_after_it() {
    let e = parse_md(
        "**A. Moreno**, P. Natarajan, S. Ødegaard, Are Syllables Enough? Probing Speech Models for Prosodic Structure, (2023).",
    )
    .entry;
    assert_eq!(
        e.title.as_deref(),
        Some("Are Syllables Enough? Probing Speech Models for Prosodic Structure")
    );
    assert_eq!(e.container, None);
    assert_eq!(e.year.as_deref(), Some("2023"));
}

#[test]
fn abbreviated_journal_with_volume_is_no_publisher() {
    let p = parse_md(
        "Halvorsen, K. and **Ferreira, A.**: Antibiotic exposure and infant growth, BMC Pediatr, 19, 88, 2019.",
    );
    assert_eq!(p.entry.kind, EntryType::Article);
    assert_eq!(p.entry.container.as_deref(), Some("BMC Pediatr"));
    assert_eq!(p.entry.publisher, None);
}

#[test]
fn acm_volume_number_and_date() {
    // "Venue 2, 5 (2021), e201–e210"; "19, (2019), 88" with the year known already.
    let e = parse_md(
        "**AC Ferreira**, K Halvorsen, and Y Nakamura. 2021. Gut microbiota composition in preterm infants: a cohort study. *Lancet Microbe* 2, 5 (2021), e201–e210.",
    )
    .entry;
    assert_eq!(e.authors[0].name.family, "Ferreira");
    assert_eq!(e.authors[0].name.given, "AC");
    assert_eq!(
        (e.volume.as_deref(), e.number.as_deref(), e.pages.as_deref()),
        (Some("2"), Some("5"), Some("e201--e210"))
    );
    let e = parse_md(
        "**C. N. Okafor**, M. Lindqvist, and H. Tanaka. 2023. Syllable timing. *J. Acoust. Soc. Am* 153, 4 (April 2023), 2210–2224.",
    )
    .entry;
    assert_eq!(
        (e.volume.as_deref(), e.number.as_deref()),
        (Some("153"), Some("4"))
    );
    let p = parse_md(
        "K Halvorsen and **AC Ferreira**. 2019. Antibiotic exposure and infant growth. *BMC Pediatr* 19, (2019), 88.",
    );
    assert_eq!(
        (p.entry.volume.as_deref(), p.entry.pages.as_deref()),
        (Some("19"), Some("88"))
    );
    assert!(p.unplaced.is_empty(), "{:?}", p.unplaced);
}

#[test]
fn italic_venue_without_a_title() {
    // RSC prints no title for articles: the italic run after the names is the journal.
    let p = parse_md(
        "**A. Ferreira**, K. Halvorsen and Y. Nakamura, *Lancet Microbe*, 2021, **2**, e201–e210.",
    );
    let e = &p.entry;
    assert_eq!(e.authors.len(), 3);
    assert_eq!(e.title, None);
    assert_eq!(e.container.as_deref(), Some("Lancet Microbe"));
    assert_eq!(
        (e.volume.as_deref(), e.pages.as_deref()),
        (Some("2"), Some("e201--e210"))
    );
    // A book title with a publisher after it stays the title.
    let e =
        parse_md("**A. Moreno**, *Tone in Bantu*, Oxford University Press, Oxford, 2019.").entry;
    assert_eq!(e.title.as_deref(), Some("Tone in Bantu"));
}

#[test]
fn bristol_doi_lead_and_repeated_year_are_placed() {
    let p = parse_md(
        "**Ferreira, A.**, Halvorsen, K. and Nakamura, Y. (2021) Gut microbiota composition in preterm infants: a cohort study, *Lancet Microbe*, 2(5): e201–e210, doi: doi.org/[10.1016/S2666-5247(21)00045-3](https://doi.org/10.1016/S2666-5247(21)00045-3).",
    );
    assert!(p.unplaced.is_empty(), "{:?}", p.unplaced);
    assert_eq!(
        p.entry.doi.as_deref(),
        Some("10.1016/S2666-5247(21)00045-3")
    );
    let p = parse_md(
        "**Moreno, A.** and Villanueva, T. (2023) Weighted Finite-State Transducers for Tone Sandhi. In *Proceedings of the 61st Annual Meeting of the Association for Computational Linguistics.* Toronto, Canada, 2023. Association for Computational Linguistics. pp 1123–1137.",
    );
    assert!(p.unplaced.is_empty(), "{:?}", p.unplaced);
    assert_eq!(p.entry.address.as_deref(), Some("Toronto, Canada"));
}

#[test]
fn gost_genre_editors_and_preprint() {
    let e = parse_md(
        "**Moreno A.** Learning Phonological Grammars from Sparse Data: Doctoral dissertation. University of Edinburgh, 2019.",
    )
    .entry;
    assert_eq!(
        e.title.as_deref(),
        Some("Learning Phonological Grammars from Sparse Data")
    );
    assert_eq!(e.kind, EntryType::PhdThesis);
    let e = parse_md(
        "**Müller-Brandt J.** Attention and awareness // The Oxford Handbook of Attention / под ред. Smith R., Chen T. Oxford University Press, 2019. Сс. 233–260.",
    )
    .entry;
    assert_eq!(e.editors.len(), 2);
    assert_eq!(
        e.container.as_deref(),
        Some("The Oxford Handbook of Attention")
    );
    assert_eq!(e.publisher.as_deref(), Some("Oxford University Press"));
    let e = parse_md(
        "**Moreno A.**, Natarajan P., Ødegaard S. Are Syllables Enough? Probing Speech Models for Prosodic Structure: Preprint arXiv:2310.04567. arXiv, 2023.",
    )
    .entry;
    assert_eq!(
        e.title.as_deref(),
        Some("Are Syllables Enough? Probing Speech Models for Prosodic Structure")
    );
    assert_eq!(e.container, None);
    // A particle before the second name keeps a family-first list.
    let e = parse_md(
        "**Moreno A.**†, van der Berg J., Fernández-Ortega L. Cross-lingual Transfer: A Survey // Transactions of the ACL. 2024. Т. 12. Сс. 45–67.",
    )
    .entry;
    assert_eq!(e.authors.len(), 3);
    assert_eq!(e.authors[1].name.prefix, "van der");
}

#[test]
fn lead_ins_before_an_italic_venue() {
    for s in [
        "**Moreno A**, Ødegaard S. Probing Speech Models for Prosodic Structure. In. *Proceedings of Interspeech*. 2023:4021–5.",
        "**Moreno A**, Ødegaard S. Probing Speech Models for Prosodic Structure. Presented at: *Proceedings of Interspeech*. 2023.",
    ] {
        let e = parse_md(s).entry;
        assert_eq!(e.container.as_deref(), Some("Interspeech"), "{s}");
        assert_eq!(e.kind, EntryType::InProceedings, "{s}");
    }
    // A bold name with the period after the bold ends the list.
    let e = parse_md(
        "Lindqvist M, D'Souza R, **Okafor CN**. A low-cost microphone array. *PLoS ONE* 17(9), e0274301 (2022).",
    )
    .entry;
    assert_eq!(e.title.as_deref(), Some("A low-cost microphone array"));
    assert_eq!(e.pages.as_deref(), Some("e0274301"));
}

#[test]
fn edition_after_the_title_or_as_a_sentence() {
    for (s, title) in [
        (
            "Kowalczyk, D., & Brenner, H. (2011). Introduction to survey methods in linguistics (2nd ed.). Harlow, England: FT Prentice Hall.",
            "Introduction to survey methods in linguistics",
        ),
        (
            "Dunmore, Ellis R. Ink on Trial: Pamphlet Licensing in Scotland. 2nd ed. Madison: University of Wisconsin Press, 2006.",
            "Ink on Trial: Pamphlet Licensing in Scotland",
        ),
        (
            "Varga, S. (2003). Kernel Machines: A Practical Introduction (2nd edition ed.). Upper Saddle River, NJ: Prentice Hall.",
            "Kernel Machines: A Practical Introduction",
        ),
    ] {
        let p = parse_md(s);
        assert_eq!(p.entry.title.as_deref(), Some(title), "{s}");
        assert_eq!(p.entry.extra_field("edition"), Some("2"), "{s}");
        assert!(p.unplaced.is_empty(), "{s}: {:?}", p.unplaced);
    }
}

#[test]
fn a_title_head_the_tagger_read_as_a_name_is_kept() {
    for (s, title) in [
        (
            "R. Bhandari, K.-W. Oh, T. Lenz, and M. Szymanski. ORBIT: a cache protocol for multithreading. In Proceedings of the 19th Annual International Symposium on Computer Architecture, pages 211-220, May 1992.",
            "ORBIT: a cache protocol for multithreading",
        ),
        (
            "H. Tanaka, R. Osei, L. Brun, and K. Walsh. SPARSEKIT User's Guide. SIAM Publications, Philadelphia, PA, 1984.",
            "SPARSEKIT User's Guide",
        ),
    ] {
        assert_eq!(parse_md(s).entry.title.as_deref(), Some(title), "{s}");
    }
}

#[test]
fn names_then_in_and_an_italic_venue_have_no_title() {
    let p = parse_md(
        "**A. Moreno**, T. Villanueva in *Proceedings of the 61st Annual Meeting of the Association for Computational Linguistics*, Association For Computational Linguistics, Toronto, Canada, **2023**, pp. 1123–1137.",
    );
    let names: Vec<_> = p
        .entry
        .authors
        .iter()
        .map(|a| a.name.family.as_str())
        .collect();
    assert_eq!(names, ["Moreno", "Villanueva"]);
    assert_eq!(p.entry.title, None);
    assert_eq!(p.entry.kind, EntryType::InProceedings);
    let p = parse_md(
        "**J. Müller-Brandt** in *The Oxford Handbook of Attention* (Eds.: R. Smith, T. Chen), Oxford University Press, **2019**, pp. 233–260.",
    );
    let editors: Vec<_> = p.entry.editors.iter().map(|n| n.family.as_str()).collect();
    assert_eq!(editors, ["Smith", "Chen"]);
    assert_eq!(p.entry.authors.len(), 1);
    assert_eq!(
        p.entry.publisher.as_deref(),
        Some("Oxford University Press")
    );
}

#[test]
fn book_publisher_with_place_isbn_and_comma_edition() {
    let p = parse_md(
        "Stefan Varga (2003). Kernel Machines: A Practical Introduction (2nd edition ed.). Upper Saddle River, NJ: Prentice Hall. ISBN 0-13-481259-2.",
    );
    let e = &p.entry;
    assert_eq!(e.kind, EntryType::Book);
    assert_eq!(e.container, None);
    assert_eq!(e.publisher.as_deref(), Some("Prentice Hall"));
    assert_eq!(e.address.as_deref(), Some("Upper Saddle River, NJ"));
    assert_eq!(e.extra_field("isbn"), Some("0-13-481259-2"));

    let e = parse_md(
        "Margaret L. Osgood. Estimation Methods. John Wiley and Sons, Inc., New York, New York, 2 edition, 1982.",
    )
    .entry;
    assert_eq!(e.kind, EntryType::Book);
    assert_eq!(e.title.as_deref(), Some("Estimation Methods"));
    assert_eq!(e.publisher.as_deref(), Some("John Wiley and Sons, Inc."));
    assert_eq!(e.address.as_deref(), Some("New York, New York"));
    assert_eq!(e.extra_field("edition"), Some("2"));

    // Editors named after the title are the book's own.
    let e = parse_md(
        "Fenwick, Alice. The Lantern Hours. Edited by Robert Hale. London: Penguin, 2004.",
    )
    .entry;
    assert_eq!(e.kind, EntryType::Book);
    assert_eq!(e.editors.len(), 1);
    assert_eq!(e.container, None);
    assert_eq!(e.publisher.as_deref(), Some("Penguin"));

    let e = parse_md(
        "Pratt, Edmund (1887). History of Bowdoin Academy and the Town of Brunswick, Maine. Concord, New Hampshire: The Rumford Press.",
    )
    .entry;
    assert_eq!(e.container, None);
    assert_eq!(e.publisher.as_deref(), Some("The Rumford Press"));
    assert_eq!(e.address.as_deref(), Some("Concord, New Hampshire"));
}

#[test]
fn a_subtitle_sentence_stays_in_the_title() {
    for (s, title) in [
        (
            "Castellano, M. (2005). The patient mind. A sevenfold path to late-life calm. New York: Wiley.",
            "The patient mind. A sevenfold path to late-life calm",
        ),
        (
            "Holloway-Crane, P. R. (2007). Notes on a quiet practice. Client-centred reflections. Ross-on-Wye, UK: PCCS Books.",
            "Notes on a quiet practice. Client-centred reflections",
        ),
    ] {
        let e = parse_md(s).entry;
        assert_eq!(e.title.as_deref(), Some(title), "{s}");
        assert_eq!(e.kind, EntryType::Book, "{s}");
        assert_eq!(e.container, None, "{s}");
    }
    // Before "In": the chapter's subtitle, and the editors after "In" are found.
    let e = parse_md(
        "Lindgren, T. (2009). History of ideas. How concepts travel. In P. Adeyemi (Ed.), Reading at the margin: A new interpretive method (pp. 51-67).",
    )
    .entry;
    assert_eq!(
        e.title.as_deref(),
        Some("History of ideas. How concepts travel")
    );
    assert_eq!(
        e.container.as_deref(),
        Some("Reading at the margin: A new interpretive method")
    );
    assert_eq!(e.editors.len(), 1);
    assert_eq!(e.kind, EntryType::InCollection);
    // A journal after the title is no subtitle.
    let e = parse_md(
        "Halvorsen, K., & Abdi, N. (1992). The Supervision of Queued Service Systems. Proceedings of the IEEE, 80 (3), 114-131.",
    )
    .entry;
    assert_eq!(
        e.title.as_deref(),
        Some("The Supervision of Queued Service Systems")
    );
}

#[test]
fn a_volume_of_a_series() {
    let e = parse_md(
        "Novak, J., and Ferreira, A. Random partitions. In Automata, Languages, and Programming (1998), G. van der Linden and C. Ostrowski, Eds., vol. 1443 of Lecture Notes in Computer Science, pp. 318-329.",
    )
    .entry;
    assert_eq!(e.volume.as_deref(), Some("1443"));
    assert_eq!(
        e.extra_field("series"),
        Some("Lecture Notes in Computer Science")
    );
    assert_eq!(
        e.container.as_deref(),
        Some("Automata, Languages, and Programming")
    );
    assert_eq!(e.editors.len(), 2);
}

#[test]
fn access_date_and_standard_numbers_have_fields() {
    let e = parse_md(
        "Marsh, E. (2012). \"Why Data Tables Need Their Own Citation Rules\". Research Information. doi:10.1787/412598870133 Retrieved 2013-04-19.",
    )
    .entry;
    assert_eq!(e.extra_field("urldate"), Some("2013-04-19"));
    assert_eq!(e.pages, None);
    assert_eq!(e.container.as_deref(), Some("Research Information"));
    let e = parse_md(
        "Ortiz, R.; Bauer, K. (1995). Difference Schemes for Diffusion. Dover. ISBN 0-486-61372-8.",
    )
    .entry;
    assert_eq!(e.extra_field("isbn"), Some("0-486-61372-8"));
    assert_eq!(e.publisher.as_deref(), Some("Dover"));
    assert_eq!(e.note, None);
}

#[test]
fn comma_separated_title_venue_and_numbers() {
    for (s, title, venue) in [
        (
            "R. T. Albers, Guilds, Their Patrons, and Civic Ritual in Late Medieval Ghent, Speculum, 71, 1996, 45-61.",
            "Guilds, Their Patrons, and Civic Ritual in Late Medieval Ghent",
            "Speculum",
        ),
        (
            "Wen-li Zhao (1993), A Note on the Rank and Trace Problem, Information and Computation, 102, No. 2, 201-212.",
            "A Note on the Rank and Trace Problem",
            "Information and Computation",
        ),
    ] {
        let e = parse_md(s).entry;
        assert_eq!(e.title.as_deref(), Some(title), "{s}");
        assert_eq!(e.container.as_deref(), Some(venue), "{s}");
    }
    // A year is no volume: the book's publisher and place stay out of the title.
    let e = parse_md(
        "K. L. Brandt, S. M. Okafor, and T. R. Lind, The Theory and Practice of Parsing Methods, Addison-Wesley, Reading, MA, 1979.",
    )
    .entry;
    assert_eq!(
        e.title.as_deref(),
        Some("The Theory and Practice of Parsing Methods")
    );
    assert_eq!(e.publisher.as_deref(), Some("Addison-Wesley"));
}

#[test]
fn a_book_in_a_publishers_series_and_a_book_read_as_a_venue() {
    // "Vol. 770, Springer": a series volume, and the publisher, not a journal.
    let e = parse_md(
        "Haugen, R. and Delacroix, M., Gesture and human-robot interaction, Vol. 812, Springer, 2006.",
    )
    .entry;
    assert_eq!(
        e.title.as_deref(),
        Some("Gesture and human-robot interaction")
    );
    assert_eq!(e.publisher.as_deref(), Some("Springer"));
    assert_eq!(e.container, None);
    // A title followed only by its publisher.
    let e = parse_md("Sandoval, R. (1989). Machine Hearing, MIT Press.").entry;
    assert_eq!(e.title.as_deref(), Some("Machine Hearing"));
    assert_eq!(e.publisher.as_deref(), Some("MIT Press"));
    assert_eq!(e.container, None);
}

#[test]
fn a_parenthesised_imprint_gives_place_publisher_and_year() {
    let e =
        parse_md("Miriam Thale, Informed Refusal (Boulder: Westview Press, 2001), p. 44;").entry;
    assert_eq!(e.title.as_deref(), Some("Informed Refusal"));
    assert_eq!(e.address.as_deref(), Some("Boulder"));
    assert_eq!(e.publisher.as_deref(), Some("Westview Press"));
    assert_eq!(e.year.as_deref(), Some("2001"));
    assert_eq!(e.container, None);
}

#[test]
fn a_link_named_doi_is_the_doi() {
    let p = parse(
        inline::parse(
            r"\textbf{Doe, J.}, Smith, J. (2022). Prosodic phrasing. \emph{Journal of Phonetics}, 91, 101134. \href{https://doi.org/10.1016/j.wocn.2022.101134}{doi}",
            Format::Latex,
        ),
        None,
    );
    assert_eq!(p.entry.doi.as_deref(), Some("10.1016/j.wocn.2022.101134"));
    assert!(p.entry.links.is_empty(), "{:?}", p.entry.links);
}

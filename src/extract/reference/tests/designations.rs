//! Reports, patents and theses: their number, kind and institution; books' lengths,
//! ACM's article numbers and PubMed's ids.

use super::*;

#[test]
fn a_report_code_is_the_number_and_its_institution_stays_whole() {
    let p = parse_md(
        "L. Dabrowski and S. Venkatesh. Verifying Transaction Protocols. Technical Report TR 97-50, University of Massachusetts, Computer Science Dept., 1995.",
    );
    let e = &p.entry;
    assert_eq!(e.kind, EntryType::TechReport);
    assert_eq!(e.number.as_deref(), Some("TR 97-50"));
    assert_eq!(e.extra_field("type"), Some("Technical Report"));
    assert_eq!(
        e.container.as_deref(),
        Some("University of Massachusetts, Computer Science Dept")
    );
    assert_eq!((e.publisher.as_deref(), e.address.as_deref()), (None, None));
    assert_eq!(e.year.as_deref(), Some("1995"));

    let p = parse_md(
        "Harrow, M. (1988). Learning about default rules. Tech. rep. MIT/LCS/TR-412, Laboratory for Computer Science, MIT.",
    );
    let e = &p.entry;
    assert_eq!(e.kind, EntryType::TechReport);
    assert_eq!(e.number.as_deref(), Some("MIT/LCS/TR-412"));
    assert_eq!(e.volume, None);
    assert_eq!(
        e.container.as_deref(),
        Some("Laboratory for Computer Science, MIT")
    );
    assert!(p.unplaced.is_empty(), "{:?}", p.unplaced);
}

#[test]
fn a_patent_number_makes_a_patent_and_a_date_day_no_volume() {
    let p = parse_md(
        "Raab, F. H., \"Magnetic field orientation sensor\". US patent 4 1187 302 March 11, 1980.",
    );
    let e = &p.entry;
    assert_eq!(e.kind, EntryType::Patent);
    assert_eq!(e.number.as_deref(), Some("4 1187 302"));
    assert_eq!(e.extra_field("type"), Some("US patent"));
    assert_eq!(
        (e.year.as_deref(), e.month.as_deref()),
        (Some("1980"), Some("March"))
    );
    assert_eq!((e.container.as_deref(), e.volume.as_deref()), (None, None));
}

#[test]
fn a_book_length_is_its_pages() {
    let p = parse_md(
        "Helen Ashford, Order: Finding a Hidden Pattern, New York: Penguin, 1991. 412 pp.",
    );
    let e = &p.entry;
    assert_eq!(e.kind, EntryType::Book);
    assert_eq!(
        (e.pages.as_deref(), e.volume.as_deref()),
        (Some("412"), None)
    );
    assert_eq!(e.publisher.as_deref(), Some("Penguin"));
}

#[test]
fn a_patent_beside_a_report_code_is_kept_in_the_note() {
    let p = parse_md(
        "Lee, A. (1999). Sparse coding hardware. Tech. Rep. CS-99-7, also US Patent 5,123,456, MIT.",
    );
    let e = &p.entry;
    assert_eq!(e.kind, EntryType::TechReport);
    assert_eq!(e.number.as_deref(), Some("CS-99-7"));
    assert!(
        e.note
            .as_deref()
            .is_some_and(|n| n.contains("US Patent 5,123,456")),
        "{:?}",
        e.note
    );
}

#[test]
fn pubmed_ids_and_the_year_before_the_month() {
    // NLM as PubMed prints it.
    let p = parse_md(
        "Doe J, Smith J. Gut microbiota in preterm infants. Lancet Microbe. 2021 May;2(5):e201-10. doi: 10.1016/S2666-5247(21)00045-3. PMID: 35544000; PMCID: PMC8145201.",
    );
    let e = &p.entry;
    assert_eq!(
        e.title.as_deref(),
        Some("Gut microbiota in preterm infants")
    );
    assert_eq!(e.container.as_deref(), Some("Lancet Microbe"));
    assert_eq!(e.year.as_deref(), Some("2021"));
    assert_eq!(e.month.as_deref(), Some("May"));
    assert_eq!(e.volume.as_deref(), Some("2"));
    assert_eq!(e.number.as_deref(), Some("5"));
    assert_eq!(e.extra_field("pmid"), Some("35544000"));
    assert_eq!(e.extra_field("pmcid"), Some("PMC8145201"));
    assert_eq!(e.note, None);
}

#[test]
fn an_acm_article_number_and_length() {
    let p = parse_md(
        "Jane Doe and John Smith. 2021. Deep Fusion Networks. In Proceedings of the 2021 CHI Conference on Human Factors in Computing Systems (CHI '21). Association for Computing Machinery, New York, NY, USA, Article 42, 14 pages. https://doi.org/10.1145/3411764.3445042",
    );
    let e = &p.entry;
    assert_eq!(e.pages.as_deref(), Some("42"));
    assert_eq!(e.extra_field("pagetotal"), Some("14"));
    assert_eq!(
        e.publisher.as_deref(),
        Some("Association for Computing Machinery")
    );
    assert_eq!(e.address.as_deref(), Some("New York, NY, USA"));
    assert_eq!(e.volume, None);
    assert_eq!(e.note, None);
}

#[test]
fn a_chicago_dissertation() {
    let p = parse_md(
        "Doe, Jane. 2018. “Tone Sandhi in Wu Chinese.” PhD diss., University of California, Berkeley.",
    );
    let e = &p.entry;
    assert_eq!(e.kind, EntryType::PhdThesis);
    assert_eq!(e.title.as_deref(), Some("Tone Sandhi in Wu Chinese"));
    assert_eq!(e.container.as_deref(), Some("University of California"));
    assert_eq!(e.address.as_deref(), Some("Berkeley"));
}

#[test]
fn a_patent_filed_on_one_date_and_issued_on_another() {
    let p = parse_md(
        "Doe, J., Li, B. Method for noise suppression. US Patent 11,234,567, filed Jan. 2020, issued Feb. 2022.",
    );
    let e = &p.entry;
    assert_eq!(e.kind, EntryType::Patent);
    assert_eq!(e.number.as_deref(), Some("11,234,567"));
    assert_eq!(e.year.as_deref(), Some("2022"));
    assert_eq!(e.month.as_deref(), Some("Feb."));
    assert_eq!(e.note.as_deref(), Some("filed Jan. 2020"));
    assert_eq!(e.container, None);
    assert_eq!(e.extra_field("edition"), None);
}

#[test]
fn a_number_after_a_page_term_is_a_page() {
    for (text, page) in [
        (
            "Varenne, Lucien. A Silence. London: The Harvill Press, 1997. p.112.",
            "112",
        ),
        (
            "Miriam Thale, Informed Refusal (Boulder: Westview Press, 2001), p. 44;",
            "44",
        ),
        (
            "Hale, K. (2004, May 3). Rain at last. The Courier: Weekend, p. 7.",
            "7",
        ),
    ] {
        let e = parse_md(text).entry;
        assert_eq!(e.volume, None, "{text}");
        assert_eq!(e.pages.as_deref(), Some(page), "{text}");
    }
}

#[test]
fn a_report_code_holds_no_pages() {
    for (text, number) in [
        (
            "Okoye, C., and Brandt, M. Typed closure conversion in practice. Technical Report TR-97-311, Rice University, 1997.",
            "TR-97-311",
        ),
        (
            "L. Moreau and K. Tanaka. Notes on graph minors. Technical Report CS-TR-402-93, Computer Science Department, Princeton University, 1993.",
            "CS-TR-402-93",
        ),
    ] {
        let e = parse_md(text).entry;
        assert_eq!(e.kind, EntryType::TechReport, "{text}");
        assert_eq!(e.number.as_deref(), Some(number), "{text}");
        assert_eq!(e.pages, None, "{text}");
    }
}

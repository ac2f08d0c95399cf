//! Tests of the detail patterns and their cheap tests.

use super::*;

fn details(s: &str) -> (Details, String) {
    let mut t = s.to_string();
    let mut d = Details::default();
    take_details(&mut t, &mut d);
    (d, t)
}

/// A date alone takes the short way, with the same year the patterns would find;
/// anything more takes the long way.
#[test]
fn a_bare_year_is_read_without_the_patterns() {
    for (text, year) in [
        ("(2019).", "2019"),
        ("2020a", "2020"),
        ("[1876]", "1876"),
        (" 1999, ", "1999"),
    ] {
        assert_eq!(bare_year(text), Some(year), "{text}");
        let (d, rest) = details(text);
        assert_eq!(d.year.as_deref(), Some(year), "{text}");
        assert_eq!(rest, "", "{text}");
    }
    for text in [
        "1499",
        "2100",
        "2019-2020",
        ":2019",
        "May 2019",
        "12019",
        "v2019",
    ] {
        assert_eq!(bare_year(text), None, "{text}");
    }
    let (d, _) = details("May 2019");
    assert_eq!(
        (d.month.as_deref(), d.year.as_deref()),
        (Some("May"), Some("2019"))
    );
}

/// The scans before the empty-comma and book-length patterns are necessary
/// conditions: wherever a pattern matches, its scan says it may.
#[test]
fn the_scans_never_hide_a_match() {
    let texts = [
        "a , , b",
        "a,\u{a0},b",
        "Title. . Venue",
        "x ;: y",
        "Venue , 12",
        "Venue\u{2009}; 12",
        "pp. 1-9 .",
        "Book, 368 pp.",
        "Buch 231 S. Berlin",
        "248p",
        "a.b,c;d",
        "plain text, no runs",
        "Journal 12(3), 1-9",
    ];
    for t in texts {
        assert_eq!(
            EMPTY_COMMA.is_match(t),
            first_then(t, |c| c == ',', |c| c == ','),
            "{t}"
        );
        if PAGE_TOTAL.is_match(t) {
            assert!(
                first_then(t, char::is_numeric, |c| matches!(
                    c,
                    'p' | 'P' | 's' | 'S' | 'ſ'
                )),
                "{t}"
            );
        }
    }
}

#[test]
fn a_number_before_pp_is_a_book_length() {
    let (d, t) = details("New York: Penguin, 1991. 412 pp.");
    assert_eq!(d.pages.as_deref(), Some("412"));
    assert_eq!(t, "New York: Penguin");
    let (d, _) = details("Leningrad, Nauka, 187 p. 1983.");
    assert_eq!(d.pages.as_deref(), Some("187"));
    assert_eq!(d.year.as_deref(), Some("1983"));
    // A page after it makes the number a volume.
    let (d, _) = details("Proc. Royal Society, 23 pp. 12-15");
    assert_eq!(d.pages.as_deref(), Some("12--15"));
}

#[test]
fn a_day_before_the_month_goes_with_the_date() {
    let (d, t) = details("The Guardian, 31 January 2017.");
    assert_eq!(d.month.as_deref(), Some("January"));
    assert_eq!(d.year.as_deref(), Some("2017"));
    assert_eq!(t, "The Guardian");
}

#[test]
fn no_without_a_period_before_a_number_is_the_issue() {
    let (d, t) = details("Academy of Management Review 20, no 3 (1995): 571–610.");
    assert_eq!(d.number.as_deref(), Some("3"));
    assert_eq!(d.pages.as_deref(), Some("571--610"));
    assert_eq!(t, "Academy of Management Review 20");
}

#[test]
fn edition_statements() {
    for (s, ed) in [
        ("2nd ed.", Some("2")),
        ("3rd edn", Some("3")),
        ("5th edition", Some("5")),
        ("4. Aufl.", Some("4")),
        ("1ª ed.", Some("1")),
        ("2. vyd.", Some("2")),
        ("Rev. ed.", Some("Rev.")),
        ("4th rev. edn", Some("4")),
        ("Oxford University Press", None),
        ("edited by Smith", None),
        // A word ending in "ed" is none.
        ("filed", None),
        ("Revised", None),
    ] {
        assert_eq!(edition(s).as_deref(), ed, "{s}");
    }
}

#[test]
fn a_season_is_a_date_only_with_its_year() {
    let (d, t) = details("Cognitive Modeling Summer School, pp. 411-419");
    assert_eq!(d.month, None);
    assert_eq!(t, "Cognitive Modeling Summer School");
    let (d, _) = details("Journal of Things, 3(2), 1-9, Summer 2004");
    assert_eq!(
        (d.month.as_deref(), d.year.as_deref()),
        (Some("Summer"), Some("2004"))
    );
}

#[test]
fn journal_details_in_many_styles() {
    let (d, t) = details(
        "Data Mining and Knowledge Discovery, Volume 32, Issue 6, pp 1509–1560, November 2018.",
    );
    assert_eq!(
        (d.volume.as_deref(), d.number.as_deref(), d.pages.as_deref()),
        (Some("32"), Some("6"), Some("1509--1560"))
    );
    assert_eq!(
        (d.month.as_deref(), d.year.as_deref()),
        (Some("November"), Some("2018"))
    );
    assert_eq!(t, "Data Mining and Knowledge Discovery");
    let (d, t) = details("Pattern Recognition (PR), 48(5), Pages 1904-1912, 2015.");
    assert_eq!(
        (d.volume.as_deref(), d.number.as_deref(), d.pages.as_deref()),
        (Some("48"), Some("5"), Some("1904--1912"))
    );
    assert_eq!(t, "Pattern Recognition (PR)");
    let (d, t) = details("J Med. 2016;32(6):1509-60.");
    assert_eq!(
        (
            d.volume.as_deref(),
            d.number.as_deref(),
            d.pages.as_deref(),
            d.year.as_deref()
        ),
        (Some("32"), Some("6"), Some("1509--60"), Some("2016"))
    );
    assert_eq!(t, "J Med");
    let (d, t) = details("Applied Energy, 271, 115159.");
    assert_eq!(
        (d.volume.as_deref(), d.pages.as_deref()),
        (Some("271"), Some("115159"))
    );
    assert_eq!(t, "Applied Energy");
    let (d, t) =
        details("IEEE Transactions on Media Technology and Applications 4.3, Pages 227-238, 2016");
    assert_eq!(
        (d.volume.as_deref(), d.number.as_deref(), d.pages.as_deref()),
        (Some("4"), Some("3"), Some("227--238"))
    );
    assert_eq!(t, "IEEE Transactions on Media Technology and Applications");
    // ABNT (Brazil): "v." and "n."; "n. d." is no number.
    let (d, t) = details("Linguistic Typology, v. 28, n. 2, p. 211–260, 2024.");
    assert_eq!(
        (d.volume.as_deref(), d.number.as_deref(), d.pages.as_deref()),
        (Some("28"), Some("2"), Some("211--260"))
    );
    assert_eq!(t, "Linguistic Typology");
    let (d, _) = details("Blog post, n. d.");
    assert_eq!(d.number, None);
    // IOP: volume and pages with nothing between, the journal taken off already.
    let (d, t) = details(" 151 812–29");
    assert_eq!(
        (d.volume.as_deref(), d.pages.as_deref(), t.trim()),
        (Some("151"), Some("812--29"), "")
    );
    let (d, _) = details("Oxford University Press; 2019:233-260.");
    assert_eq!(
        (d.year.as_deref(), d.volume.as_deref(), d.pages.as_deref()),
        (Some("2019"), None, Some("233--260"))
    );
    // Electronic page numbers: "2:e201–e210".
    let (d, _) = details("Lancet Microbe 2:e201–e210.");
    assert_eq!(
        (d.volume.as_deref(), d.pages.as_deref()),
        (Some("2"), Some("e201--e210"))
    );
    let (d, _) = details("BMC Pediatr 19 88");
    assert_eq!(
        (d.volume.as_deref(), d.pages.as_deref()),
        (Some("19"), Some("88"))
    );
}

#[test]
fn notes_and_leads() {
    let (d, t) = details("To appear in TNNLS 2018.");
    assert_eq!(d.notes, ["To appear"]);
    assert_eq!(t, "TNNLS");
    let (d, t) =
        details("Biological Psychiatry, Volume 81, Issue 10, Supplement, Page S224, May 2017.");
    assert_eq!(
        (d.pages.as_deref(), d.month.as_deref()),
        (Some("S224"), Some("May"))
    );
    assert_eq!(
        t,
        "Biological Psychiatry, Volume 81, Issue 10, Supplement"
            .replace(", Volume 81, Issue 10", "")
    );
}

#[test]
fn pages_normalised() {
    assert_eq!(normalize_pages("13:1--13:19"), "13:1--13:19");
    assert_eq!(normalize_pages("621 – 629"), "621--629");
    assert_eq!(normalize_pages("e1234"), "e1234");
}

#[test]
fn a_range_of_years_at_the_end_is_no_pages() {
    assert!(is_year_range("1922–34"));
    assert!(is_year_range("1861-1865"));
    for pages in ["1359-62", "295-301", "1998-1994", "2010-2079", "12-15"] {
        assert!(!is_year_range(pages), "{pages}");
    }
    let mut tail = "Selected Works, Writings, 1922–34".to_string();
    let mut d = Details::default();
    take_details(&mut tail, &mut d);
    assert_eq!(d.pages, None);
    let mut tail = "Journal of Things, 12, 1359-62".to_string();
    let mut d = Details::default();
    take_details(&mut tail, &mut d);
    assert_eq!(d.pages.as_deref(), Some("1359--62"));
}

/// A chapter's bare page range between its book and the imprint, rising whole or
/// abbreviated; years and falling numbers are no pages.
#[test]
fn a_bare_range_before_the_imprint_is_pages() {
    for (text, pages) in [
        (
            ", 233–259. Oxford: Oxford University Press.",
            Some("233--259"),
        ),
        (
            "Handbook of Prosody, 1021–66. Chicago: Press.",
            Some("1021--66"),
        ),
        ("Collected Letters, 1861–1865. London: Murray.", None),
        ("Report, 2019-12. Geneva: WHO.", None),
    ] {
        let (d, _) = details(text);
        assert_eq!(d.pages.as_deref(), pages, "{text}");
    }
}

/// "Chap. 14" is a chapter's number, neither a volume nor a page.
#[test]
fn a_chapter_number() {
    let (d, t) = details("Springer, Berlin, 2013, Chap. 14, pp. 389–420.");
    assert_eq!(d.chapter.as_deref(), Some("14"));
    assert_eq!(d.pages.as_deref(), Some("389--420"));
    assert_eq!(d.volume, None);
    assert_eq!(t, "Springer, Berlin");
}

/// "Issues in Niger-Congo Syntax" holds no issue number; "Issue1" does.
#[test]
fn an_issue_word_needs_its_number() {
    let (d, _) = details("Issues in Niger-Congo Syntax, 51-94.");
    assert_eq!(d.number, None);
    let (d, _) = details("Alzheimer's & Dementia, Volume 17, Issue1, 2021.");
    assert_eq!(d.number.as_deref(), Some("1"));
}

/// Cell's supplement pages stay with their range; without a range they stay in the text.
#[test]
fn supplement_pages_after_a_range() {
    let (d, t) = details("Cell 184, 2345–2361.e18");
    assert_eq!(d.pages.as_deref(), Some("2345--2361.e18"));
    assert_eq!(d.volume.as_deref(), Some("184"));
    assert_eq!(t, "Cell");
    let (d, _) = details("Cell Rep. 12, 1–9.e5, 2020");
    assert_eq!(d.pages.as_deref(), Some("1--9.e5"));
}

#[test]
fn a_year_after_volume_and_issue_is_no_page() {
    let (d, _) = details("*Annals of Applied Statistics*, 16(2), 2022, pp. 711-735.");
    assert_eq!(d.volume.as_deref(), Some("16"));
    assert_eq!(d.number.as_deref(), Some("2"));
    assert_eq!(d.year.as_deref(), Some("2022"));
    assert_eq!(d.pages.as_deref(), Some("711--735"));
    // Pages after the issue stay pages.
    let (d, _) = details("Cognition, 16(2), 711-735, 2022.");
    assert_eq!(d.pages.as_deref(), Some("711--735"));
    assert_eq!(d.year.as_deref(), Some("2022"));
}

#[test]
fn a_meeting_acronym_keeps_its_year_in_brackets() {
    let (d, rest) = details("Advances in Neural Information Processing Systems (NeurIPS 2022).");
    assert_eq!(d.year.as_deref(), Some("2022"));
    assert_eq!(d.number, None);
    assert!(rest.contains("(NeurIPS 2022)"), "{rest}");
    let (d, _) = details("Systems 35 (NeurIPS 2022).");
    assert_eq!(d.number, None);
}

#[test]
fn a_range_of_years_goes_whole_with_the_year() {
    let (d, rest) = details("New York: Harper & Row, 1974–1978.");
    assert_eq!(d.year.as_deref(), Some("1974"));
    assert!(!rest.contains("1978"), "{rest}");
    assert_eq!(d.pages, None);
}

#[test]
fn an_originals_year_in_square_brackets_is_not_the_year() {
    let (d, rest) = details("London: Penguin Classics, 2004 [1921].");
    assert_eq!(d.year.as_deref(), Some("2004"));
    assert_eq!(d.notes, ["1921"]);
    assert!(!rest.contains("1921") && !rest.contains('['), "{rest}");
    // One year alone in square brackets is still the year.
    let (d, _) = details("London: Penguin Classics, [1921].");
    assert_eq!(d.year.as_deref(), Some("1921"));
}

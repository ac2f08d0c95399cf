//! Report and patent designations after a title: "Tech. Rep. MIT/LCS/TR-412", "TR 1142",
//! "CMS Technical Summary Report #96-7", "US Patent 3,866,401". The words that name the
//! kind of document go into the entry's `type`, the designation into `number`, and what
//! stood around them (the institution, the date) stays for the rest of the parse.

use super::*;

/// A report or patent designation found in the text after the title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ReportNumber {
    /// The words naming the kind of document, as written ("Tech. Rpt.", "TR", "US
    /// Patent").
    pub kind: String,
    /// The report's number or code ("CIS-93-5", "COMPSI T-RB 5").
    pub number: String,
}

/// The kind words (an upper-case series prefix such as "CMS" may stand before them),
/// an optional "No." or "#", and a code of upper-case letters, digits and `/._-` that
/// may run over several space-separated parts ("COMPSI T-RB 5").
static REPORT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?x)
        (?P<kind>
            (?:\b[A-Z]{2,}\s+)?
            (?i:\b(?:
                tech(?:nical)?\.?\s*(?:summary\s+)?(?:rep(?:ort)?|rpt|memo(?:randum)?|note)\b\.?
              | research\s+(?:rep(?:ort)?|memo(?:randum)?)\b\.?
              | internal\s+report\b
              | working\s+paper\b
            ))
          | \bTR\b
        )
        \s*(?i:(?:no|nr|number)\b\.?)?\s*\#?\s*
        (?P<number>[A-Z0-9][A-Za-z0-9/._:\#-]*(?:\s+[A-Z0-9][A-Z0-9/._\#-]*\b)*)
    ")
});

/// A patent: the office or country words, "Patent" and maybe "No.", then a number
/// whose digit groups are set off by one space, comma or period ("4 1187 302",
/// "3,866,401", "EP 1234567").
static PATENT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?x)
        (?P<kind>(?:\b(?:U\.\s?S\.(?:\s?A\.)?|USA?|European|EP|WO|PCT|Japanese|JP|German|DE|British|GB|UK|Canadian|CA|Chinese|CN|French|FR|International)\s+)?
            (?i:patent)(?:\s+(?i:application))?)
        \s*(?:(?i:no|nr|number)\b\.?|№|\#)?\s*
        (?P<number>(?:[A-Z]{1,3}\s?)?\d+(?:[\ ,./]\d{3,4})*(?:\s?[A-C]\d?)?\b)
    ")
});

/// Takes the first patent designation out of `tail`.
pub(super) fn take_patent_number(tail: &mut String) -> Option<ReportNumber> {
    // Cheap test first: this runs on every reference.
    if !tail.contains("atent") && !tail.contains("ATENT") {
        return None;
    }
    let c = PATENT.captures(tail)?;
    let number = c["number"].to_string();
    let kind = c["kind"].trim().to_string();
    let range = c.get(0).unwrap().range();
    tail.replace_range(range, " ");
    Some(ReportNumber { kind, number })
}

/// Takes a patent's dates apart in `tail` ("filed Jan. 2020, issued Feb. 2022"): the
/// filing date is returned for the note, and the date the patent was issued stays, as
/// its date, without the word before it.
pub(super) fn take_patent_filing(tail: &mut String) -> Option<String> {
    if let Some(m) = PATENT_ISSUED.find(tail) {
        tail.replace_range(m.range(), " ");
    }
    let m = PATENT_FILED.find(tail)?;
    let filed = m.as_str().trim_matches([',', ';', ' ']).to_string();
    tail.replace_range(m.range(), " ");
    Some(filed)
}

/// "filed Jan. 2020", "filed on 3 March 2019": when a patent was applied for.
static PATENT_FILED: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)[,;]?\s*\bfiled\s+(?:on\s+)?[^,;()]{0,24}?(?:19|20)\d\d\b"));
/// The word before the date a patent was issued or granted.
static PATENT_ISSUED: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:issued|granted)\s+(?:on\s+)?"));

/// Takes the first report designation with a digit in its code out of `tail`.
pub(super) fn take_report_number(tail: &mut String) -> Option<ReportNumber> {
    // Cheap test first: one of the kind words' letters must be there.
    const KEYS: [&str; 9] = [
        "TR", "ech", "ECH", "esearch", "ESEARCH", "nternal", "NTERNAL", "orking", "ORKING",
    ];
    if !KEYS.iter().any(|k| tail.contains(k)) {
        return None;
    }
    let c = REPORT.captures_iter(tail).find(|c| {
        let n = &c["number"];
        // A year alone is the date after the kind words ("Tech. Rep. 2019").
        let year = n.len() == 4 && (n.starts_with("19") || n.starts_with("20"));
        n.chars().any(|ch| ch.is_ascii_digit()) && !year
    })?;
    let number = c["number"]
        .trim_end_matches(['.', ',', ':', '-'])
        .to_string();
    let kind = c["kind"].trim().to_string();
    let range = c.get(0).unwrap().range();
    // The code's trailing punctuation stays, as the separator it is.
    let end = range.start + c[0].trim_end_matches(['.', ',', ':', '-']).len();
    tail.replace_range(range.start..end, " ");
    Some(ReportNumber { kind, number })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn take(s: &str) -> (Option<ReportNumber>, String) {
        let mut t = s.to_string();
        let r = take_report_number(&mut t);
        (r, tidy::tidy(&t))
    }

    fn report(kind: &str, number: &str) -> Option<ReportNumber> {
        Some(ReportNumber {
            kind: kind.into(),
            number: number.into(),
        })
    }

    #[test]
    fn report_codes_in_several_styles() {
        assert_eq!(
            take("Tech. rep. MIT/LCS/TR-412, Laboratory for Computer Science, MIT."),
            (
                report("Tech. rep.", "MIT/LCS/TR-412"),
                "Laboratory for Computer Science, MIT".into()
            )
        );
        assert_eq!(
            take("TR 1142, Computer Sciences Dept., Univ. of Wisconsin-Madison, March 1993."),
            (
                report("TR", "1142"),
                "Computer Sciences Dept. Univ. of Wisconsin-Madison, March 1993".into()
            )
        );
        assert_eq!(
            take("Tech. Rpt. CIS-93-5. Kansas State University, 1993.").0,
            report("Tech. Rpt.", "CIS-93-5")
        );
        assert_eq!(
            take("CMS Technical Summary Report #96-7, University of Wisconsin-Madison.").0,
            report("CMS Technical Summary Report", "96-7")
        );
        assert_eq!(
            take("Tech. Report COMPSI T-RB 5, pp. 211-224, 1994.").0,
            report("Tech. Report", "COMPSI T-RB 5")
        );
        assert_eq!(
            take("Technical Report No. 131.").0,
            report("Technical Report", "131")
        );
    }

    #[test]
    fn patent_numbers() {
        let patent = |s: &str| {
            let mut t = s.to_string();
            let p = take_patent_number(&mut t);
            (p, tidy::tidy(&t))
        };
        assert_eq!(
            patent("US patent 4 1187 302 March 11, 1980."),
            (report("US patent", "4 1187 302"), "March 11, 1980".into())
        );
        assert_eq!(
            patent("Feb. 14 1975, US Patent 3,866,401."),
            (report("US Patent", "3,866,401"), "Feb. 14 1975".into())
        );
        assert_eq!(
            patent("U.S. Patent No. 10,123,456. Washington, DC: USPTO.").0,
            report("U.S. Patent", "10,123,456")
        );
        assert_eq!(
            patent("USA Patent № 5351, 1994.").0,
            report("USA Patent", "5351")
        );
        assert_eq!(patent("Patent pending, 2019.").0, None);
    }

    #[test]
    fn no_code_no_report_number() {
        for s in [
            "Technical report, University of Toronto, 1999.",
            "Working paper, Stanford University.",
            "Report of the Committee on Data, 2001.",
            "In Proc. of the TRECVID Workshop, 2019.",
            "Tech. Rep. 2019, MIT.",
        ] {
            let (r, rest) = take(s);
            assert_eq!(r, None, "{s}");
            assert_eq!(rest, tidy::tidy(s), "{s}");
        }
    }
}

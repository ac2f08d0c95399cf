//! Report designations after a title: "Tech. Rep. MIT/LCS/TR-340", "TR 1069", "CMS
//! Technical Summary Report #94-3". The words that name the kind of report go into the
//! entry's `type`, the designation into `number`, and what stood around them (the
//! institution, the date) stays for the rest of the parse.

use super::*;

/// A report designation found in the text after the title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ReportNumber {
    /// The words naming the kind of report, as written ("Tech. Rpt.", "TR").
    pub kind: String,
    /// The report's number or code ("CIS-91-2", "COMPSI T-RA 8").
    pub number: String,
}

/// The kind words (an upper-case series prefix such as "CMS" may stand before them),
/// an optional "No." or "#", and a code of upper-case letters, digits and `/._-` that
/// may run over several space-separated parts ("COMPSI T-RA 8").
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

/// Takes the first report designation with a digit in its code out of `tail`.
pub(super) fn take_report_number(tail: &mut String) -> Option<ReportNumber> {
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
        (r, fields::tidy(&t))
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
            take("Tech. rep. MIT/LCS/TR-340, Laboratory for Computer Science, MIT."),
            (
                report("Tech. rep.", "MIT/LCS/TR-340"),
                "Laboratory for Computer Science, MIT".into()
            )
        );
        assert_eq!(
            take("TR 1069, Computer Sciences Dept., Univ. of Wisconsin-Madison, January 1992."),
            (
                report("TR", "1069"),
                "Computer Sciences Dept. Univ. of Wisconsin-Madison, January 1992".into()
            )
        );
        assert_eq!(
            take("Tech. Rpt. CIS-91-2. Kansas State University, 1991.").0,
            report("Tech. Rpt.", "CIS-91-2")
        );
        assert_eq!(
            take("CMS Technical Summary Report #94-3, University of Wisconsin-Madison.").0,
            report("CMS Technical Summary Report", "94-3")
        );
        assert_eq!(
            take("Tech. Report COMPSI T-RA 8, pp. 338-349, 1992.").0,
            report("Tech. Report", "COMPSI T-RA 8")
        );
        assert_eq!(
            take("Technical Report No. 131.").0,
            report("Technical Report", "131")
        );
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
            assert_eq!(rest, fields::tidy(s), "{s}");
        }
    }
}

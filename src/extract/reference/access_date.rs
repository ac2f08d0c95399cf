//! The date a link was read ("Retrieved 2010-08-07", "Accessed 2 July 2015", "Acesso
//! em: 10 jan. 2020", "Abruf am: 17.03.2005"), which is biblatex's `urldate`.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::fields::re;
use crate::model::month_number;

/// The words before an access date, lower case: [`ACCESS_DATE`] runs only where one is.
pub(super) const ACCESS_WORDS: [&str; 7] = [
    "retrieved",
    "accessed",
    "acess",
    "consult",
    "abgerufen",
    "abruf",
    "zugriff",
];

/// An access date with its words, perhaps in brackets: the date is group 1, written
/// ISO ("2019-10-19"), with dots ("17.03.2005"), day first ("10 jan. 2020", "6 de junho
/// de 2016", IEEE's "19-Oct-2017") or month first ("May 31, 2013").
static ACCESS_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)[\[(]?\b(?:retrieved(?:\s+on)?|(?:last\s+)?accessed(?:\s+on)?|acess(?:o|ado)\s+em|consultado\s+(?:el|em|en)|consulté\s+le|abgerufen\s+am|abruf\s+am|zugriff\s+am)\s*:?\s*(\d{4}-\d{2}-\d{2}|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,10}\.?\s+(?:de\s+)?\d{4}|\p{L}{3,10}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}-\p{L}{3,10}\.?-\d{4})\s*[\])]?\.?",
    )
});

/// Finds an access date in `text`: its range, with its words and brackets, and the date
/// written ISO. A date whose month is no month's name is none.
pub(super) fn find_access_date(text: &str) -> Option<(std::ops::Range<usize>, String)> {
    let c = ACCESS_DATE.captures(text)?;
    let iso = iso_date(&c[1])?;
    Some((c.get(0)?.range(), iso))
}

/// `date` written ISO ("2020-01-10"), from the forms [`ACCESS_DATE`] reads.
fn iso_date(date: &str) -> Option<String> {
    if date.len() == 10 && date.as_bytes()[4] == b'-' {
        return Some(date.to_string());
    }
    let words: Vec<&str> = date
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '-'))
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("de"))
        .collect();
    let [a, b, year] = words[..] else {
        return None;
    };
    let (day, month) = if a.bytes().all(|b| b.is_ascii_digit()) {
        (a.parse::<u32>().ok()?, month_number(b)?)
    } else {
        (b.parse::<u32>().ok()?, month_number(a)?)
    };
    let year: u32 = year.parse().ok()?;
    ((1..=31).contains(&day) && (1500..2100).contains(&year))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn access_dates_in_several_forms_and_languages() {
        for (text, iso) in [
            ("Retrieved 2010-08-07.", "2010-08-07"),
            ("[Accessed: 2019-10-19]", "2019-10-19"),
            ("Acesso em: 10 jan. 2020.", "2020-01-10"),
            ("Abruf am: 17.03.2005", "2005-03-17"),
            ("(accessed May 31, 2013).", "2013-05-31"),
            ("[accessed 6 June 2016]", "2016-06-06"),
            ("Consultado el 3 de marzo de 2021.", "2021-03-03"),
            ("[Accessed: 19-Oct-2017].", "2017-10-19"),
        ] {
            let (range, date) = find_access_date(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(date, iso, "{text}");
            assert_eq!(range, 0..text.len(), "{text}");
        }
        // A date without a month's name stays where it is.
        assert_eq!(find_access_date("Accessed 9/6/2017."), None);
        assert_eq!(find_access_date("Accessed Foo 12, 2017."), None);
    }
}

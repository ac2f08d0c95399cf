//! Dates with a month named in another language than English, which only count with
//! their year: "novembre 2014", "15 novembre 1925", "3. März 2001", "mai-juin 2009".

use std::sync::LazyLock;

use regex::Regex;

use super::{Details, re, take_all};
use crate::model::other_language_names;

/// A month in another language, a range of two allowed, with the day before it and the
/// year after it. Group 1 is the month, group 2 the year.
static OTHER_MONTH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let mut names: Vec<&str> = other_language_names().collect();
    // Longest first, so that "juillet" is not read as "juil".
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let month = format!("(?:{})\\.?", names.join("|"));
    re(&format!(
        r"(?i)(?:\b(?:[12]?\d|3[01])\.?\s+)?\b({month}(?:\s*[-–/]\s*{month})?)\s+((?:19|20)\d\d)\b"
    ))
});

/// Takes the first date in `tail` whose month is named in another language, when the
/// reference has no month yet and the date's year is not another than its own.
pub(super) fn take_other_language_date(tail: &mut String, d: &mut Details) {
    take_all(tail, &OTHER_MONTH_DATE, |c| {
        if d.month.is_some() || d.year.as_deref().is_some_and(|y| y != &c[2]) {
            return false;
        }
        d.month = Some(c[1].to_string());
        d.year = Some(c[2].to_string());
        true
    });
}

#[cfg(test)]
mod tests {
    use super::super::{Details, take_details};

    fn details(tail: &str) -> (String, Details) {
        let mut tail = tail.to_string();
        let mut d = Details::default();
        take_details(&mut tail, &mut d);
        (tail.trim().to_string(), d)
    }

    #[test]
    fn a_french_date_leaves_the_venue() {
        let (venue, d) = details("Revue des marées, 15 novembre 1925, pp. 11-18");
        assert_eq!(venue, "Revue des marées");
        assert_eq!(d.month.as_deref(), Some("novembre"));
        assert_eq!(d.year.as_deref(), Some("1925"));
        assert_eq!(d.volume, None);
    }

    #[test]
    fn a_range_of_months_and_a_german_day() {
        let (venue, d) = details("Gezeiten heute, 3. März 2001, S. 4-9");
        assert_eq!(venue, "Gezeiten heute");
        assert_eq!(d.month.as_deref(), Some("März"));
        let (venue, d) = details("La Revue du Port, mai-juin 2009");
        assert_eq!(venue, "La Revue du Port");
        assert_eq!(d.month.as_deref(), Some("mai-juin"));
    }

    #[test]
    fn a_month_word_without_its_year_stays() {
        let (venue, d) = details("Mars Express Reports, 2019, 4(2), 10-19");
        assert_eq!(venue, "Mars Express Reports");
        assert_eq!(d.month, None);
        // Another year than the reference's is no date of it.
        let mut d = Details {
            year: Some("2011".into()),
            ..Details::default()
        };
        let mut tail = "Bulletin, mai 1968".to_string();
        super::take_other_language_date(&mut tail, &mut d);
        assert_eq!((tail.as_str(), d.month), ("Bulletin, mai 1968", None));
    }
}

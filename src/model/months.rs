//! The months' names (`data/months.tsv`): English ones with their abbreviations, and
//! those of the other languages that publication lists are written in.

use std::sync::LazyLock;

/// One name of a month.
struct MonthName {
    /// The name, lower case, without a trailing period.
    name: &'static str,
    /// The month, 1 to 12.
    number: u32,
    /// Whether the name is English.
    english: bool,
}

static NAMES: LazyLock<Vec<MonthName>> = LazyLock::new(|| {
    let mut names = Vec::new();
    for line in include_str!("data/months.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut columns = line.split('\t');
        let number = columns.next().and_then(|n| n.parse().ok()).unwrap_or(0);
        for (column, english) in columns.zip([true, false]) {
            for name in column.split_whitespace() {
                names.push(MonthName {
                    name,
                    number,
                    english,
                });
            }
        }
    }
    names
});

/// The month (1 to 12) that `word` names, in any case and with or without a trailing
/// period: "Jan.", "September", "mai", "Août". A number from 1 to 12 is its own month.
pub fn month_number(word: &str) -> Option<u32> {
    let word = word.trim().trim_end_matches('.');
    if let Ok(n) = word.parse::<u32>() {
        return (1..=12).contains(&n).then_some(n);
    }
    let lower = word.to_lowercase();
    NAMES.iter().find(|m| m.name == lower).map(|m| m.number)
}

/// The names of the months in languages other than English, lower case.
pub fn other_language_names() -> impl Iterator<Item = &'static str> {
    NAMES.iter().filter(|m| !m.english).map(|m| m.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_several_languages() {
        assert_eq!(month_number("Jan."), Some(1));
        assert_eq!(month_number("septembre"), Some(9));
        assert_eq!(month_number("Août"), Some(8));
        assert_eq!(month_number("März"), Some(3));
        assert_eq!(month_number("maggio"), Some(5));
        assert_eq!(month_number("12"), Some(12));
        assert_eq!(month_number("13"), None);
        assert_eq!(month_number("Mayday"), None);
        assert_eq!(month_number("January-March"), None);
    }

    #[test]
    fn every_month_has_names_in_every_column() {
        for n in 1..=12 {
            assert!(NAMES.iter().any(|m| m.number == n && m.english));
            assert!(NAMES.iter().any(|m| m.number == n && !m.english));
        }
        assert!(other_language_names().all(|m| m.chars().all(char::is_alphabetic)));
    }
}

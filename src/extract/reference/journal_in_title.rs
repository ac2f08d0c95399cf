//! A journal's name that both readings left at the end of the title, after a comma:
//! "Author, Title, Journal Name, No. 35 (2004), pp. 367-390", a style that sets every
//! part apart with commas only.

use crate::model::{Entry, EntryType};

use super::classify::JOURNAL;

/// Moves the journal's name at the end of the title to the container, for an article
/// with no container but with a volume, an issue or pages. The name is the part after
/// the title's last comma, when it is quoted (“Journal of Abnormal Psychology”) or has
/// a journal's word and capitals on most of its long words ("Studies in History and
/// Philosophy of Biological and Biomedical Sciences").
pub(super) fn journal_in_title(e: &mut Entry) {
    if e.kind != EntryType::Article
        || e.container.is_some()
        || (e.volume.is_none() && e.number.is_none() && e.pages.is_none())
    {
        return;
    }
    let Some(title) = e.title.as_deref() else {
        return;
    };
    let Some((head, name)) = title.rsplit_once(", ") else {
        return;
    };
    let quoted = name.starts_with(['“', '"', '«']);
    let name = name
        .trim_matches(['“', '”', '"', '«', '»', ' '])
        .trim_end_matches([',', '.']);
    if head.split_whitespace().count() < 2 || !(quoted || is_journal_name(name)) {
        return;
    }
    e.container = Some(name.to_string());
    e.title = Some(head.trim_end_matches(',').to_string());
}

/// Whether `name` reads as a journal's: two words or more, the first capitalised, a
/// journal's word among them, and capitals on at least half of the words of four
/// letters or more.
fn is_journal_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let long: Vec<&&str> = words.iter().filter(|w| w.chars().count() >= 4).collect();
    let capitalised = long
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    words.len() >= 2
        && words[0].starts_with(char::is_uppercase)
        && !name.contains(['(', ')', ':'])
        && capitalised * 2 >= long.len()
        && JOURNAL.is_match(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(title: &str) -> (Option<String>, Option<String>) {
        let mut e = Entry {
            kind: EntryType::Article,
            title: Some(title.to_string()),
            pages: Some("367--390".into()),
            ..Entry::default()
        };
        journal_in_title(&mut e);
        (e.title, e.container)
    }

    #[test]
    fn a_journal_after_the_titles_last_comma() {
        assert_eq!(
            split(
                "From archive to model: the digital turn in the study of memory, Studies in History and Philosophy of Science"
            ),
            (
                Some("From archive to model: the digital turn in the study of memory".into()),
                Some("Studies in History and Philosophy of Science".into())
            )
        );
        assert_eq!(
            split("A Case Study of Ritual and Group Cohesion, “Journal of Social Psychology"),
            (
                Some("A Case Study of Ritual and Group Cohesion".into()),
                Some("Journal of Social Psychology".into())
            )
        );
    }

    #[test]
    fn a_title_with_commas_and_no_journal_stays_whole() {
        for title in [
            "Memory, Attention, and Research Methods",
            "Rivers, Roads, and Rails",
            "On cities, a research agenda",
        ] {
            assert_eq!(split(title), (Some(title.into()), None), "{title}");
        }
    }
}

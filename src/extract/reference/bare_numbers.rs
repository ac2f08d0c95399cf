//! A journal's volume and issue written as bare numbers before the pages, with no
//! punctuation between them ("Bulletin de la Société 2 125-134", "J Orthop Ther. 2004
//! 34 3 126-131"). Neither reader places them; right before the pages of an article
//! with a journal, one number is the volume and a second the issue.

use super::ParsedReference;

/// Makes a piece of one or two bare numbers that the readers left unplaced the volume
/// (and the issue) of an article that has a journal and pages but no volume, when the
/// piece stands right before the first page in `text`.
pub(super) fn volume_before_pages(parsed: &mut ParsedReference, text: &str) {
    let e = &parsed.entry;
    if e.container.is_none() || e.volume.is_some() || e.number.is_some() {
        return;
    }
    let Some(first_page) = e.pages.as_deref().and_then(|p| p.split("--").next()) else {
        return;
    };
    let Some(piece) = parsed.unplaced.iter().find(|u| {
        let numbers: Vec<&str> = u.split_whitespace().collect();
        (1..=2).contains(&numbers.len())
            && numbers
                .iter()
                .all(|n| n.len() <= 4 && n.bytes().all(|b| b.is_ascii_digit()))
            && text.contains(&format!("{u} {first_page}"))
    }) else {
        return;
    };
    let piece = piece.clone();
    let mut numbers = piece.split_whitespace().map(str::to_string);
    parsed.entry.volume = numbers.next();
    parsed.entry.number = numbers.next();
    parsed.place_unplaced(&piece);
}

//! How many volumes a work has: "Sense and Sensibility, 2 vols. New York: ...",
//! "Deutsche Mythologie. 3 vols. Berlin: ...". The count goes to biblatex's `volumes`
//! field, so that neither reading takes it for a title, a venue or a volume number.

use std::sync::LazyLock;

use regex::Regex;

use super::fields::re;
use crate::extract::inline::RichText;
use crate::model::Entry;

/// A count of volumes: a number, then "vols." or "volumes", after a comma, a full stop
/// or the start.
static VOLUME_COUNT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?:^|,\s*|\.\s+)(\d{1,3})\s+(?:vols\.|volumes\b)"));

/// Takes the first count of volumes out of `rt` into `e`'s `volumes` field, with the
/// comma before it.
pub(super) fn take_volume_count(rt: &mut RichText, e: &mut Entry) {
    // Cheap test first: this runs on every reference.
    if !rt.text.contains("vols") && !rt.text.contains("olumes") {
        return;
    }
    let Some(c) = VOLUME_COUNT.captures(&rt.text) else {
        return;
    };
    let whole = c.get(0).unwrap();
    let count = c[1].to_string();
    // "Roads. 3 vols. York": one of the two stops goes. "Roads, 2 vols. York": the
    // stop after the count ends the title's sentence and stays, unless brackets follow
    // ("Roads, 8 vols. (York: ...)").
    let mut range = whole.range();
    let stop_after = whole.as_str().ends_with('.');
    if whole.as_str().starts_with('.') {
        if stop_after {
            range.start += 1;
        }
    } else if stop_after && !rt.text[range.end..].trim_start().starts_with('(') {
        range.end -= 1;
    }
    rt.remove(&[range]);
    e.set_extra("volumes", count);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::document::Format;
    use crate::extract::inline;

    fn take(text: &str) -> (String, Option<String>) {
        let mut rt = inline::parse(text, Format::Text);
        let mut e = Entry::default();
        take_volume_count(&mut rt, &mut e);
        (rt.text, e.extra_field("volumes").map(str::to_string))
    }

    #[test]
    fn a_count_of_volumes_is_taken_with_its_comma() {
        assert_eq!(
            take("Roe, Ann. Rivers and Roads, 2 vols. York: Pell, 1906."),
            (
                "Roe, Ann. Rivers and Roads. York: Pell, 1906.".into(),
                Some("2".into())
            )
        );
        assert_eq!(
            take("Roe, Ann. Rivers and Roads. 3 vols. York: Pell, 1906."),
            (
                "Roe, Ann. Rivers and Roads. York: Pell, 1906.".into(),
                Some("3".into())
            )
        );
        assert_eq!(
            take("Roe, Ann, Rivers and Roads, 8 vols. (York: Pell, 1988–1992)."),
            (
                "Roe, Ann, Rivers and Roads (York: Pell, 1988–1992).".into(),
                Some("8".into())
            )
        );
        // A volume number is no count.
        assert_eq!(
            take("Roe, A. (2001). Rivers. Roads Review, vol. 3, 1-9."),
            (
                "Roe, A. (2001). Rivers. Roads Review, vol. 3, 1-9.".into(),
                None
            )
        );
    }
}

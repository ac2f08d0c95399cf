//! References that open with their title, set in bold or italics, and give the authors
//! in the sentence after it, as homepages that put the title, the authors and the venue
//! on a line each write them:
//!
//! ```text
//! **Deformable Kernels for Dense Prediction**
//! Ming Lin, Jieping Ye, Kate Smith
//! *CVPR 2021*
//! ```
//!
//! Both readings expect the authors first, so the two sentences trade places. A title
//! in quotes first (“Title,” M. Lin and J. Ye, in *Venue*) is read the same way.

use crate::extract::inline::RichText;
use crate::extract::names;
use crate::extract::tagger::features::is_given_name;

/// The longest author sentence looked at, in bytes.
const MAX_NAMES_LEN: usize = 600;

/// Moves the names after an emphasized opening title in front of it ("**Title**. Ming
/// Lin, Jieping Ye. *Venue*" becomes "Ming Lin, Jieping Ye. **Title**. *Venue*").
/// Returns whether it did.
pub(super) fn names_before_title(rt: &mut RichText) -> bool {
    // The title: emphasis or a link's text ("[Title](https://...)") from the start.
    let linked = rt
        .links
        .iter()
        .filter(|l| !super::links::is_button(&l.label))
        .map(|l| &l.range);
    // Or in quotes: "“Title,” M. Lin and J. Ye, in Proc. CVPR".
    let quoted = || {
        let open_len = rt
            .text
            .chars()
            .next()
            .filter(|c| matches!(c, '“' | '"' | '«'))?
            .len_utf8();
        super::quotes::closing_quote(&rt.text, open_len).map(|close| close.end)
    };
    let Some(title_end) = rt
        .bold
        .iter()
        .chain(&rt.italic)
        .chain(linked)
        .filter(|r| r.start == 0)
        .map(|r| r.end)
        .max()
        .or_else(quoted)
    else {
        return false;
    };
    let text = &rt.text;
    let title = text[..title_end].trim_end_matches(['.', ',', ' ', '”', '"', '»']);
    // The title's sentence ends right after the emphasis or the quotes (IEEE closes it
    // with a comma inside them).
    let inner_end = text[..title_end].trim_end_matches(['”', '"', '»']);
    let names_start = if text[title_end..].starts_with(". ") || text[title_end..].starts_with(", ")
    {
        title_end + 2
    } else if inner_end.ends_with(['.', '?', '!', ',']) && text[title_end..].starts_with(' ') {
        title_end + 1
    } else {
        return false;
    };
    // A bold name that opens the authors is no title: the title has a few words, and
    // reads as no name list that starts with a given name or an initial.
    let title_words = title.split_whitespace().count();
    if title_words < 3 && !title.ends_with(['?', '!']) || looks_like_names(title) {
        return false;
    }
    // The next sentence is names and nothing else, and more follows it.
    let rest = &text[names_start..];
    let window = &rest[..floor_char_boundary(rest, MAX_NAMES_LEN)];
    let candidate = RichText {
        text: window.to_string(),
        ..RichText::default()
    };
    let list = names::parse_authors(&candidate, window.len());
    if list.authors.is_empty() || list.repeats_previous {
        return false;
    }
    // One name must be a person's by its given name or initials: a venue after a
    // quoted title reads as a name too ("“Projection.” Merriam-Webster's Collegiate
    // Dictionary. 10th ed.").
    let personal = |p: &crate::model::Person| {
        p.given.split_whitespace().any(|g| {
            let g = g.trim_end_matches(['*', '†', ',']);
            is_given_name(g) || names::is_initials(g)
        })
    };
    if list.authors.len() < 2 && !list.authors.iter().any(|a| personal(&a.name)) {
        return false;
    }
    let names = &window[..list.end];
    let after = &window[list.end..];
    // The names' sentence ends: at the stop of a last initial, or at its own stop or
    // comma ("K. Smith, in Proc. CVPR").
    let names_end = if names.ends_with('.') && after.starts_with(' ') {
        list.end + 1
    } else if after.starts_with(". ") || after.starts_with(", ") {
        list.end + 2
    } else {
        return false;
    };
    if names.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    rt.rotate(0, names_start, names_start + names_end);
    true
}

/// Whether `s` reads as a list of names and opens with a given name or an initial
/// ("Ming Lin Hao", "J. R. Smith"; not "Fast Graph Sampling").
fn looks_like_names(s: &str) -> bool {
    let first = s.split_whitespace().next().unwrap_or("");
    let given = first.trim_end_matches(',');
    (is_given_name(given) || names::is_initials(given)) && reads_as_names(s)
}

/// Whether all of `s` reads as a list of names.
fn reads_as_names(s: &str) -> bool {
    let rt = RichText {
        text: s.to_string(),
        ..RichText::default()
    };
    let list = names::parse_authors(&rt, s.len());
    !list.authors.is_empty() && list.end + 1 >= s.len()
}

/// The largest character boundary of `s` at or below `i`.
fn floor_char_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Format;
    use crate::extract::inline;

    fn moved(md: &str) -> Option<String> {
        let mut rt = inline::parse(md, Format::Markdown);
        names_before_title(&mut rt).then_some(rt.text)
    }

    #[test]
    fn names_after_an_emphasized_title_go_first() {
        assert_eq!(
            moved("**Deformable Kernels for Dense Prediction**. Ming Lin, Jieping Ye, Kate Smith. *CVPR 2021*").as_deref(),
            Some("Ming Lin, Jieping Ye, Kate Smith. Deformable Kernels for Dense Prediction. CVPR 2021")
        );
        let mut rt = inline::parse(
            "*Why Do Graphs Work?* M. Lin and J. Ye. In *KDD*, 2020.",
            Format::Markdown,
        );
        assert!(names_before_title(&mut rt));
        assert_eq!(
            rt.text,
            "M. Lin and J. Ye. Why Do Graphs Work? In KDD, 2020."
        );
        // The emphasis moves with its text.
        assert_eq!(&rt.text[rt.italic[0].clone()], "Why Do Graphs Work?");
        assert_eq!(&rt.text[rt.italic[1].clone()], "KDD");
        // A linked title.
        assert_eq!(
            moved("[Deformable Kernels for Dense Prediction](https://arxiv.org/abs/2103.01234). Ming Lin, Jieping Ye. CVPR 2021").as_deref(),
            Some("Ming Lin, Jieping Ye. Deformable Kernels for Dense Prediction. CVPR 2021")
        );
        // A quoted title (IEEE's order turned round).
        assert_eq!(
            moved("“Deformable Kernels for Dense Prediction,” M. Lin, J. Ye, and K. Smith, in Proc. CVPR, 2021, pp. 1–10.").as_deref(),
            Some("M. Lin, J. Ye, and K. Smith, “Deformable Kernels for Dense Prediction,” in Proc. CVPR, 2021, pp. 1–10.")
        );
        assert_eq!(
            moved("\"Sparse recovery with non-convex penalties.\" J. Ye, M. Lin, and P. van der Berg. JMLR 22(4):1–35, 2021.").as_deref(),
            Some("J. Ye, M. Lin, and P. van der Berg. \"Sparse recovery with non-convex penalties.\" JMLR 22(4):1–35, 2021.")
        );
        // A title of three capitalised words is no name.
        assert_eq!(
            moved("**Fast Graph Sampling**. Ming Lin, Ana Ribeiro. arXiv preprint arXiv:2302.01234, 2023").as_deref(),
            Some("Ming Lin, Ana Ribeiro. Fast Graph Sampling. arXiv preprint arXiv:2302.01234, 2023")
        );
    }

    #[test]
    fn other_openings_stay() {
        for md in [
            // The owner's bold name opens the authors.
            "**Ming Lin**, Jieping Ye. Deformable Kernels. CVPR 2021.",
            "**Lin, M.** Deformable kernels for dense prediction. CVPR 2021.",
            // A title followed by its venue, not by names.
            "**Deformable Kernels for Dense Prediction**. Proceedings of CVPR 2021, pp. 1-9.",
            // A venue after a quoted title.
            "\"Conic Projection.\" Merriam-Webster's Collegiate Dictionary. 11th ed. 2003.",
            "\"Ada E. Lovelace.\" In Wikipedia. Last modified March 3, 2019.",
            // Nothing after the names.
            "**Deformable Kernels for Dense Prediction**. Ming Lin, Jieping Ye",
            // A bold first author alone in the sentence.
            "**Ana Ribeiro Santos**. Jieping Ye, Kate Smith. Title of the work. Venue, 2020.",
        ] {
            assert_eq!(moved(md), None, "{md}");
        }
    }
}

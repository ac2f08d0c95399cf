//! Details that both readings leave at the edges of a title: a part's roman numeral
//! read as the start of the venue ("Operators. II. Acta Mathematica"), an edition
//! statement in a sentence of its own ("Reprint, illustrated."), and an APA report's
//! series and number in brackets after the title ("(Policy Brief 2012-01)").

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::fields::re;
use crate::model::Entry;

/// A roman numeral from I to XII and its full stop, opening the venue.
static ROMAN_PART: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(X{0,1}(?:IX|IV|V?I{0,3}))\.\s+(\S.*)$"));

/// Words an edition statement is made of ("Reprint, illustrated", "Revised and
/// expanded").
const EDITION_WORDS: [&str; 12] = [
    "reprint",
    "reprinted",
    "illustrated",
    "revised",
    "expanded",
    "enlarged",
    "abridged",
    "updated",
    "corrected",
    "facsimile",
    "and",
    "edition",
];

/// A report's series and number in brackets at the end of a title: "(Policy Brief
/// 2012-01PBL)", "(Report No. 133)", "(Research Report RR-12-04)".
static REPORT_IN_BRACKETS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\s*\(((?:[\p{L}.]+\s+){0,4}(?:report|brief|paper|bulletin|publication|memorandum)s?)(?:\s+no\.?)?\s+([A-Z0-9][\w./-]*\d[\w./-]*)\)$",
    )
});

/// Puts back the details at the title's edges where they belong.
pub(super) fn title_details(e: &mut Entry, text: &str) {
    roman_part_from_venue(e, text);
    edition_statement(e);
    report_in_brackets(e);
}

/// "Fourier integral operators. II. Acta Mathematica": the numeral is the title's part,
/// not the venue's start, when the text writes them in that order.
fn roman_part_from_venue(e: &mut Entry, text: &str) {
    let (Some(title), Some(venue)) = (e.title.as_deref(), e.container.as_deref()) else {
        return;
    };
    if !venue.starts_with(['I', 'V', 'X']) {
        return;
    }
    let Some(c) = ROMAN_PART.captures(venue) else {
        return;
    };
    let numeral = &c[1];
    if numeral.is_empty() || !text.contains(&format!("{title}. {numeral}. ")) {
        return;
    }
    let (title, venue) = (format!("{title}. {numeral}"), c[2].to_string());
    e.title = Some(title);
    e.container = Some(venue);
}

/// "Semiotics and the Philosophy of Language. Reprint, illustrated": the last sentence
/// of the title, made only of edition words, is the edition.
fn edition_statement(e: &mut Entry) {
    let Some((title, last)) = e.title.as_deref().and_then(|t| t.rsplit_once(". ")) else {
        return;
    };
    let words: Vec<String> = last
        .split([',', ' '])
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let statement = !words.is_empty()
        && words.iter().all(|w| EDITION_WORDS.contains(&w.as_str()))
        && words.iter().any(|w| w != "and" && w != "edition");
    if !statement || e.extra_field("edition").is_some() {
        return;
    }
    let (title, edition) = (title.to_string(), last.to_string());
    e.title = Some(title);
    e.set_extra("edition", &edition);
}

/// "Why access matters (Policy Brief 2012-01PBL)": the series words are the report's
/// `type`, the code its `number`.
fn report_in_brackets(e: &mut Entry) {
    if e.number.is_some() {
        return;
    }
    let Some(title) = e.title.as_deref().filter(|t| t.ends_with(')')) else {
        return;
    };
    let Some(c) = REPORT_IN_BRACKETS.captures(title) else {
        return;
    };
    let start = c.get(0).unwrap().start();
    if start == 0 {
        return;
    }
    let (kind, number) = (c[1].to_string(), c[2].to_string());
    e.title = Some(title[..start].to_string());
    e.number = Some(number);
    if e.extra_field("type").is_none() {
        e.set_extra("type", &kind);
    }
}

//! Legends that say what the marks after author names mean ("* Equal contribution",
//! "† corresponding author"), and the defaults when a list has none.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::Marks;

/// What one mark symbol means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Meaning {
    /// Equal contribution (co-first authors).
    Equal,
    /// Corresponding author.
    Corresponding,
    /// A legend gives it another meaning (student, mentee...): not written as a mark.
    Other,
}

/// The meanings of the mark symbols in one document.
#[derive(Debug, Clone, Default)]
pub struct Legend {
    meanings: HashMap<char, Meaning>,
}

static LEGEND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s(\[;,])(\*|∗|⁎|†|‡|§|¶|#|✝|✉|\^\*|\\\*)\s*(?:[:=–—-]|denotes|indicates|means|marks)?\s*(?:the\s+)?(equal(?:ly)?[\s-]contribut\w*|equal\s+authorship|equal\s+contribution|contributed\s+equally|these\s+authors\s+contributed\s+equally|co-?first(?:\s+authors?(?:ship)?)?|joint(?:ly)?\s+first|shared\s+first|first\s+authors?|equal|corresponding(?:\s+authors?)?|correspondence|senior\s+authors?|co-?senior|co-?last|last\s+authors?|students?|mentees?|supervised|advisees?|\w+)").unwrap()
});

/// A bracketed legend ending an entry: "(*equal contribution)", "[† corresponding
/// author]".
static TRAILING_LEGEND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[(\[]\s*((?:\*|∗|⁎|†|‡|§|#|✉|\^\*|\\\*)[^()\[\]]{3,100})[)\]]\.?\s*$").unwrap()
});

/// Where a legend that ends an entry starts ("Title. Venue, 2021. (*equal
/// contribution)"): the list's legend has read it, and it is no part of the reference.
pub fn trailing_legend(text: &str) -> Option<usize> {
    if !text.ends_with([')', ']', '.', ' ']) {
        return None;
    }
    let c = TRAILING_LEGEND.captures(text)?;
    Legend::default()
        .read_line(&c[1])
        .then(|| c.get(0).unwrap().start())
}

/// Normalises the ways a mark is written (`\*`, `^*`) to the symbol.
fn symbol(s: &str) -> char {
    match s {
        "^*" | "\\*" | "∗" | "⁎" => '*',
        _ => s.chars().next().unwrap_or('*'),
    }
}

impl Legend {
    /// Reads a legend from one line of text; returns whether the line was a legend (a line
    /// that is only a legend is not a publication).
    pub fn read_line(&mut self, text: &str) -> bool {
        // Most lines have no mark symbol at all: no need to search them.
        if !text.contains(['*', '∗', '⁎', '†', '‡', '§', '¶', '#', '✝', '✉']) {
            return false;
        }
        let mut found = false;
        for c in LEGEND.captures_iter(text) {
            let word = c[2].to_lowercase();
            let meaning = if word.starts_with("equal")
                || word.contains("equally")
                || word.contains("first")
                || word.contains("equal")
            {
                Meaning::Equal
            } else if word.starts_with("correspond") {
                Meaning::Corresponding
            } else if word.contains("senior")
                || word.contains("last")
                || word.starts_with("student")
                || word.starts_with("mentee")
                || word.starts_with("supervised")
                || word.starts_with("advisee")
            {
                Meaning::Other
            } else {
                continue;
            };
            self.meanings.insert(symbol(&c[1]), meaning);
            found = true;
        }
        found && text.chars().count() < 200
    }

    /// What a symbol means, with the defaults for a list without a legend: `*` and `#`
    /// are equal contribution, `†`, `‡` and `✉` the corresponding author.
    pub fn meaning(&self, c: char) -> Meaning {
        let c = if matches!(c, '∗' | '⁎') { '*' } else { c };
        if let Some(m) = self.meanings.get(&c) {
            return *m;
        }
        match c {
            '*' | '#' | '§' | '¶' => Meaning::Equal,
            '†' | '‡' | '✝' | '✉' => Meaning::Corresponding,
            _ => Meaning::Other,
        }
    }

    /// Whether the document's legend mentioned this symbol.
    pub fn explains(&self, c: char) -> bool {
        self.meanings
            .contains_key(&if matches!(c, '∗' | '⁎') { '*' } else { c })
    }

    /// Applies the symbols written after an author to its marks.
    pub fn apply(&self, symbols: &str, marks: &mut Marks) {
        for c in symbols.chars() {
            match self.meaning(c) {
                Meaning::Equal => marks.equal = true,
                Meaning::Corresponding => marks.corresponding = true,
                Meaning::Other => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legends() {
        let mut l = Legend::default();
        assert!(l.read_line("* Equal Authorship Statement"));
        assert!(l.read_line("(# equal contribution, † corresponding author)"));
        assert!(!l.read_line("Lin, R., Li, C. (2023). Title."));
        assert_eq!(l.meaning('*'), Meaning::Equal);
        assert_eq!(l.meaning('#'), Meaning::Equal);
        assert_eq!(l.meaning('†'), Meaning::Corresponding);
        let mut l = Legend::default();
        assert!(l.read_line("† denotes equal contribution; * corresponding author"));
        assert_eq!(l.meaning('†'), Meaning::Equal);
        assert_eq!(l.meaning('*'), Meaning::Corresponding);
        let mut m = Marks::default();
        l.apply("*†", &mut m);
        assert!(m.equal && m.corresponding);
    }

    #[test]
    fn a_legend_that_ends_an_entry() {
        let text = "L. Zhou*, H. Reyes*, \"Title,\" Appl. Acoust. 180, 108112 (2021). (*equal contribution)";
        let start = trailing_legend(text).unwrap();
        assert_eq!(&text[start..], "(*equal contribution)");
        assert_eq!(
            trailing_legend("Title. Venue (2021). [† corresponding author]."),
            Some(21)
        );
        assert_eq!(trailing_legend("Title. Venue, 2021 (* oral)"), None);
        assert_eq!(trailing_legend("Title (*Escherichia coli*)"), None);
    }
}

//! The entry type from the words of a reference and its section.

use aho_corasick::AhoCorasick;

use crate::model::venues;

use super::*;

pub(super) static PROCEEDINGS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:proc\.|conf\.|symp\.)|\b(?:proceedings|conference|workshops?|symposium|colloquium|congress|meeting|summit|forum|seminar|ICLR|NeurIPS|NIPS|ICML|CVPR|ICCV|ECCV|AAAI|IJCAI|ACL|EMNLP|NAACL|COLING|KDD|SIGKDD|SIGIR|WWW|CHI|UAI|AISTATS|COLT|MICCAI|ICASSP|INTERSPEECH|Interspeech|WACV|BMVC|ICRA|IROS|DATE|DAC|ICCAD|ISCA|MICRO|ASPLOS|SIGGRAPH|MLSys|ICPR|ICIP|ASICON|ICSICT|MLMI)\b",
    )
});
pub(super) static JOURNAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:trans\.|lett\.|j\.)|\b(?:journal|transactions|letters|review|reviews|annals|bulletin|magazine|quarterly|nature|science|cell|neurocomputing|acta|archives|zeitschrift|revue|rivista|revista|mitteilungen|jahrbuch|cahiers|studies|research|TPAMI|TNNLS|TIP|TKDD|IJCV|JMLR|PAMI|PLOS|PLoS|eLife|Lancet|BMJ|JAMA)\b",
    )
});

/// A meeting named by its acronym and year, as proceedings are ("VSTTE 2022", "CAV'21",
/// "ICALP 2019"): a word with two capitals or more, then the year.
static EVENT_ACRONYM: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\p{Lu}[\p{L}-]*\p{Lu}[\p{L}-]*\s*(?:(?:19|20)\d\d|['’]\d\d)$"));

/// Whether `container` names proceedings: by a word that says so or by a meeting's
/// acronym and year. A journal named "Proc. …" is none ("Proc. Natl. Acad. Sci. U.S.A.").
fn is_proceedings(container: &str) -> bool {
    (PROCEEDINGS.is_match(container) && !names_proc_journal(container))
        || EVENT_ACRONYM.is_match(container.trim())
}

/// The entry type of papers at a venue that publist's venue table knows: proceedings for
/// a meeting ("Advances in Neural Information Processing Systems" names NeurIPS), an
/// article for a journal.
fn known_venue_type(container: &str) -> Option<EntryType> {
    if container.is_empty() {
        return None;
    }
    let table = venues::table();
    let venue = &table.venues[table.lookup(container)?];
    Some(if venue.journal {
        EntryType::Article
    } else {
        EntryType::InProceedings
    })
}

/// The words that tell an entry's type, by what they tell, as written (case matters).
const PHD_WORDS: &[&str] = &[
    "ph.d",
    "phd thesis",
    "phd diss",
    "diss.",
    "ph. d",
    "doctoral",
];
const MASTERS_WORDS: &[&str] = &[
    "master's thesis",
    "masters thesis",
    "master thesis",
    "m.sc. thesis",
    "msc thesis",
    "m.s. thesis",
];
const REPORT_WORDS: &[&str] = &[
    "technical report",
    "tech. rep",
    "tech report",
    "research report",
    "working paper",
];
const PATENT_WORDS: &[&str] = &["patent"];
const UNPUBLISHED_WORDS: &[&str] = &[
    "under review",
    "submitted",
    "in preparation",
    "manuscript",
    "under revision",
];
const ARXIV_WORDS: &[&str] = &["arxiv"];
const PREPRINT_WORDS: &[&str] = &["preprint", "biorxiv", "medrxiv", "ssrn", "psyarxiv"];
const CHAPTER_WORDS: &[&str] = &["(ed.)", "(eds.)", "chapter"];
/// All of them, for one search.
static TYPE_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let groups = [
        PHD_WORDS,
        MASTERS_WORDS,
        REPORT_WORDS,
        PATENT_WORDS,
        UNPUBLISHED_WORDS,
        ARXIV_WORDS,
        PREPRINT_WORDS,
        CHAPTER_WORDS,
    ];
    AhoCorasick::new(groups.into_iter().flatten()).expect("valid patterns")
});

/// What stood before the container.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) enum Lead {
    /// Nothing: the container follows the title.
    #[default]
    None,
    /// "In" or "In:", which leads to a book or, in some styles, a journal.
    In,
    /// "In Proc.", "Proceedings of the": the container is a meeting's.
    Proceedings,
}

/// Decides the entry type from the text, the section heading and what was found.
pub(super) fn classify(
    hint: Option<EntryType>,
    tail: &str,
    container: &str,
    lead: Lead,
    d: &Details,
    e: &Entry,
    has_publisher: bool,
) -> EntryType {
    let notes = d.notes.join(" ").to_lowercase();
    let all = format!("{tail} {notes}");
    // One pass finds every telling word (most references hold none of them).
    let found: Vec<&str> = if TYPE_WORDS.is_match(&all) {
        TYPE_WORDS
            .find_overlapping_iter(&all)
            .map(|m| &all[m.range()])
            .collect()
    } else {
        Vec::new()
    };
    let has = |words: &[&str]| words.iter().any(|w| found.contains(w));
    // "Dissertation Abstracts International" is a journal, and "ProQuest Dissertations
    // and Theses" an archive of theses of every kind.
    let dissertation = all.match_indices("dissertation").any(|(i, _)| {
        !all[i..].starts_with("dissertation abstracts") && !all[i..].starts_with("dissertations")
    });
    if has(PHD_WORDS) {
        return EntryType::PhdThesis;
    }
    if has(MASTERS_WORDS) {
        return EntryType::MastersThesis;
    }
    if dissertation {
        return EntryType::PhdThesis;
    }
    if has(REPORT_WORDS) {
        return EntryType::TechReport;
    }
    if has(PATENT_WORDS) {
        return EntryType::Patent;
    }
    if has(UNPUBLISHED_WORDS) {
        return EntryType::Unpublished;
    }
    let arxiv_container = || container.is_empty() || container.to_lowercase().contains("arxiv");
    if (e.eprint.is_some() || has(ARXIV_WORDS)) && arxiv_container() || has(PREPRINT_WORDS) {
        return EntryType::Misc;
    }
    // "Proceedings of the Modern Language Association, 45", "Proceedings of the
    // national academy of Sciences 103": journals that keep the old name, by their
    // volume.
    let proc_lead =
        lead == Lead::Proceedings && d.volume.is_none() && trailing_volume(container).is_none();
    // Editors with no container are the book's own ("Edited by J. Leonard").
    let container_editors = !e.editors.is_empty() && !container.is_empty();
    if container_editors || has(CHAPTER_WORDS) {
        let meeting = || known_venue_type(container) == Some(EntryType::InProceedings);
        return if proc_lead || is_proceedings(container) || meeting() {
            EntryType::InProceedings
        } else {
            EntryType::InCollection
        };
    }
    let proc = proc_lead || is_proceedings(container);
    let lead_in = lead != Lead::None;
    let jour = JOURNAL.is_match(container);
    if proc && !jour {
        return EntryType::InProceedings;
    }
    if jour && !proc && !lead_in {
        return EntryType::Article;
    }
    if let Some(h) = hint {
        return h;
    }
    if proc {
        return EntryType::InProceedings;
    }
    if let Some(kind) = known_venue_type(container) {
        return kind;
    }
    // A volume or number of a series is a book's ("Vol. 4 of Gesammelte Dichtungen",
    // "(Studies in African Linguistics 12)").
    if jour || (d.volume.is_some() || d.number.is_some()) && d.series.is_none() {
        return EntryType::Article;
    }
    // "In: Linguistic Typology 28, S. 211–260" (German styles lead journals with "In:").
    if lead_in && !has_publisher && d.pages.is_some() && trailing_volume(container).is_some() {
        return EntryType::Article;
    }
    if lead_in {
        return EntryType::InCollection;
    }
    if container.is_empty() && has_publisher {
        return EntryType::Book;
    }
    if !container.is_empty() {
        return EntryType::Article;
    }
    EntryType::Misc
}

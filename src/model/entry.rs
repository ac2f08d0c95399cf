//! Bibliographic entries.

use super::{Author, Person, Span};

/// The kind of publication, named after the BibTeX entry types publist writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EntryType {
    /// A journal article.
    Article,
    /// A paper in conference or workshop proceedings.
    InProceedings,
    /// A chapter or part of an edited book.
    InCollection,
    /// A whole book.
    Book,
    /// A doctoral thesis.
    PhdThesis,
    /// A master's thesis.
    MastersThesis,
    /// A technical report.
    TechReport,
    /// A patent.
    Patent,
    /// Submitted, under review or in preparation.
    Unpublished,
    /// Anything else, including preprints.
    #[default]
    Misc,
}

impl EntryType {
    /// Every type, in a stable order.
    pub const ALL: [EntryType; 10] = [
        EntryType::Article,
        EntryType::InProceedings,
        EntryType::InCollection,
        EntryType::Book,
        EntryType::PhdThesis,
        EntryType::MastersThesis,
        EntryType::TechReport,
        EntryType::Patent,
        EntryType::Unpublished,
        EntryType::Misc,
    ];

    /// The BibTeX name, e.g. `inproceedings`.
    pub fn bibtex_name(self) -> &'static str {
        match self {
            EntryType::Article => "article",
            EntryType::InProceedings => "inproceedings",
            EntryType::InCollection => "incollection",
            EntryType::Book => "book",
            EntryType::PhdThesis => "phdthesis",
            EntryType::MastersThesis => "mastersthesis",
            EntryType::TechReport => "techreport",
            EntryType::Patent => "patent",
            EntryType::Unpublished => "unpublished",
            EntryType::Misc => "misc",
        }
    }

    /// Parses a BibTeX or biblatex type name (case-insensitive); unknown names give `None`.
    pub fn from_bibtex_name(name: &str) -> Option<EntryType> {
        let lower = name.to_ascii_lowercase();
        let found = match lower.as_str() {
            "conference" => EntryType::InProceedings,
            "inbook" => EntryType::InCollection,
            "thesis" => EntryType::PhdThesis,
            "report" => EntryType::TechReport,
            "online" | "electronic" | "www" => EntryType::Misc,
            _ => {
                return EntryType::ALL
                    .into_iter()
                    .find(|t| t.bibtex_name() == lower);
            }
        };
        Some(found)
    }

    /// The field that holds the container (journal, proceedings, school...) for this type.
    pub fn container_field(self) -> &'static str {
        match self {
            EntryType::Article => "journal",
            EntryType::InProceedings | EntryType::InCollection => "booktitle",
            EntryType::PhdThesis | EntryType::MastersThesis => "school",
            EntryType::TechReport => "institution",
            EntryType::Book | EntryType::Patent | EntryType::Unpublished | EntryType::Misc => {
                "howpublished"
            }
        }
    }
}

/// What a link points to, from its label in the list (`[PDF]`, `[Code]`...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinkKind {
    /// The paper's PDF.
    Pdf,
    /// Source code.
    Code,
    /// Slides.
    Slides,
    /// A poster.
    Poster,
    /// A video or talk recording.
    Video,
    /// A project page, arXiv abstract or any other link.
    Url,
}

impl LinkKind {
    /// The BibTeX field for this kind (al-folio's names).
    pub fn field(self) -> &'static str {
        match self {
            LinkKind::Pdf => "pdf",
            LinkKind::Code => "code",
            LinkKind::Slides => "slides",
            LinkKind::Poster => "poster",
            LinkKind::Video => "video",
            LinkKind::Url => "url",
        }
    }

    /// Classifies a link label such as "PDF", "Codes", "arXiv", "Project page".
    pub fn from_label(label: &str) -> LinkKind {
        let l = label.trim().to_lowercase();
        let l = l.trim_matches(|c: char| !c.is_alphanumeric());
        // "Download paper", "Download slides" (AcademicPages' buttons).
        let l = l.strip_prefix("download ").unwrap_or(l);
        match l {
            _ if l.starts_with("pdf") || l == "paper" || l == "preprint" || l == "full text" => {
                LinkKind::Pdf
            }
            _ if l.starts_with("code")
                || l == "github"
                || l == "software"
                || l == "repo"
                || l == "source" =>
            {
                LinkKind::Code
            }
            _ if l.starts_with("slide") || l == "talk slides" || l == "ppt" => LinkKind::Slides,
            _ if l.starts_with("poster") => LinkKind::Poster,
            _ if l.starts_with("video") || l == "talk" || l == "youtube" || l == "recording" => {
                LinkKind::Video
            }
            _ => LinkKind::Url,
        }
    }
}

/// A labelled link attached to an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The kind, which decides the output field.
    pub kind: LinkKind,
    /// The label as written ("Codes").
    pub label: String,
    /// The target as written.
    pub url: String,
}

/// A named field beyond the typed ones, e.g. `abbr`, `eprinttype`, `keywords`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Lower-case BibTeX field name.
    pub name: String,
    /// The value, as plain (unescaped) text.
    pub value: String,
}

/// One publication.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entry {
    /// Citation key.
    pub key: String,
    /// Entry type.
    pub kind: EntryType,
    /// Authors with their marks, in order.
    pub authors: Vec<Author>,
    /// Editors, in order.
    pub editors: Vec<Person>,
    /// Title.
    pub title: Option<String>,
    /// Journal, proceedings, school, institution or other container, by [`EntryType::container_field`].
    pub container: Option<String>,
    /// Year (usually four digits).
    pub year: Option<String>,
    /// Month as written ("January", "Jan.", "January-March").
    pub month: Option<String>,
    /// Volume.
    pub volume: Option<String>,
    /// Issue number.
    pub number: Option<String>,
    /// Pages or article number, ranges with `--`.
    pub pages: Option<String>,
    /// Publisher.
    pub publisher: Option<String>,
    /// Place of publication.
    pub address: Option<String>,
    /// DOI without the resolver prefix.
    pub doi: Option<String>,
    /// arXiv identifier.
    pub eprint: Option<String>,
    /// Free notes ("To appear", "Oral", text publist could not place).
    pub note: Option<String>,
    /// Links from the list, in order.
    pub links: Vec<Link>,
    /// Other fields, in order.
    pub extra: Vec<Field>,
    /// Where the entry came from.
    pub span: Span,
}

impl Entry {
    /// The value of an extra field.
    pub fn extra_field(&self, name: &str) -> Option<&str> {
        self.extra
            .iter()
            .find(|f| f.name == name)
            .map(|f| f.value.as_str())
    }

    /// Sets an extra field, replacing an earlier value.
    pub fn set_extra(&mut self, name: &str, value: impl Into<String>) {
        let value = value.into();
        match self.extra.iter_mut().find(|f| f.name == name) {
            Some(f) => f.value = value,
            None => self.extra.push(Field {
                name: name.into(),
                value,
            }),
        }
    }

    /// Appends text to the note, separated by "; ".
    pub fn add_note(&mut self, text: &str) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        match &mut self.note {
            Some(n) if !n.is_empty() => {
                n.push_str("; ");
                n.push_str(text);
            }
            _ => self.note = Some(text.to_string()),
        }
    }

    /// The author names without marks.
    pub fn author_names(&self) -> impl Iterator<Item = &Person> {
        self.authors.iter().map(|a| &a.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names_round_trip() {
        for t in EntryType::ALL {
            assert_eq!(EntryType::from_bibtex_name(t.bibtex_name()), Some(t));
        }
        assert_eq!(
            EntryType::from_bibtex_name("Conference"),
            Some(EntryType::InProceedings)
        );
        assert_eq!(EntryType::from_bibtex_name("weird"), None);
    }

    #[test]
    fn link_labels() {
        assert_eq!(LinkKind::from_label("Codes"), LinkKind::Code);
        assert_eq!(LinkKind::from_label("[PDF]"), LinkKind::Pdf);
        assert_eq!(LinkKind::from_label("Slides"), LinkKind::Slides);
        assert_eq!(LinkKind::from_label("Download Paper"), LinkKind::Pdf);
        assert_eq!(LinkKind::from_label("Download slides"), LinkKind::Slides);
        assert_eq!(LinkKind::from_label("arXiv"), LinkKind::Url);
    }

    #[test]
    fn notes_accumulate() {
        let mut e = Entry::default();
        e.add_note("Oral");
        e.add_note(" ");
        e.add_note("Best paper award");
        assert_eq!(e.note.as_deref(), Some("Oral; Best paper award"));
    }
}

//! A learned token tagger for the body of a reference: which words are the authors, the
//! title, the container, the publisher and so on.
//!
//! The model is a linear-chain structured perceptron ([`model`]) over hand-written
//! features ([`features`]), trained on synthetic records ([`synth`]) rendered through
//! every bundled CSL style, each token labelled by the field it came from ([`train`]).
//! The trained weights ship in `model.bin`; `cargo run --release --example train-tagger`
//! rebuilds them reproducibly from a fixed seed.

pub mod features;
pub mod model;
pub mod synth;
pub mod train;

use std::ops::Range;
use std::sync::LazyLock;

use crate::extract::inline::RichText;
use model::Model;

/// What a token of a reference is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    /// Punctuation, affixes and terms between fields ("In", "pp.", "vol.").
    Other,
    /// The author list, with its marks and "et al.".
    Author,
    /// The editor list, with "(Eds.)" or "edited by".
    Editor,
    /// The date.
    Date,
    /// The title.
    Title,
    /// The journal, proceedings or book the work appeared in.
    Container,
    /// The volume.
    Volume,
    /// The issue or report number.
    Issue,
    /// The pages or article number.
    Pages,
    /// The publisher, school or institution.
    Publisher,
    /// The place of publication.
    Location,
}

impl Label {
    /// How many labels there are.
    pub const COUNT: usize = 11;

    /// Every label, in the order of its number.
    pub const ALL: [Label; Label::COUNT] = [
        Label::Other,
        Label::Author,
        Label::Editor,
        Label::Date,
        Label::Title,
        Label::Container,
        Label::Volume,
        Label::Issue,
        Label::Pages,
        Label::Publisher,
        Label::Location,
    ];

    /// A short lower-case name.
    pub fn name(self) -> &'static str {
        match self {
            Label::Other => "other",
            Label::Author => "author",
            Label::Editor => "editor",
            Label::Date => "date",
            Label::Title => "title",
            Label::Container => "container",
            Label::Volume => "volume",
            Label::Issue => "issue",
            Label::Pages => "pages",
            Label::Publisher => "publisher",
            Label::Location => "location",
        }
    }
}

/// A run of tokens with one label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The label.
    pub label: Label,
    /// From the start of the first token to the end of the last.
    pub range: Range<usize>,
}

static MODEL: LazyLock<Model> = LazyLock::new(|| {
    Model::from_bytes(include_bytes!("model.bin")).expect("the shipped tagger model is valid")
});

/// Labels the tokens of `rt` and returns the runs of equal labels, in text order.
pub fn tag(rt: &RichText) -> Vec<Segment> {
    tag_with(&MODEL, rt)
}

/// [`tag`] with a given model.
pub fn tag_with(model: &Model, rt: &RichText) -> Vec<Segment> {
    let tokens = features::tokenize(&rt.text);
    let feats = features::features(rt, &tokens);
    let labels = model.decode(&feats);
    let mut out: Vec<Segment> = Vec::new();
    for (t, l) in tokens.iter().zip(labels) {
        match out.last_mut() {
            Some(s) if s.label == l => s.range.end = t.range.end,
            _ => out.push(Segment {
                label: l,
                range: t.range.clone(),
            }),
        }
    }
    out
}

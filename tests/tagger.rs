//! The shipped tagger model against references it has never seen: synthetic records from
//! another seed than training used, rendered in every bundled style.

use publist::extract::tagger::{self, Label, train};

#[test]
fn shipped_model_labels_unseen_renderings() {
    let settings = train::Settings {
        seed: 77,
        per_style: 4,
        ..train::Settings::default()
    };
    let data = train::examples(&settings);
    assert!(data.len() > 250, "{} sequences", data.len());
    let (mut right, mut total) = (0usize, 0usize);
    let mut title_right = 0usize;
    let mut titles = 0usize;
    for ex in &data {
        let segments = tagger::tag(&ex.text);
        let tokens = tagger::features::tokenize(&ex.text.text);
        for (t, gold) in tokens.iter().zip(&ex.labels) {
            let got = segments
                .iter()
                .find(|s| s.range.start <= t.range.start && t.range.end <= s.range.end)
                .map_or(Label::Other, |s| s.label);
            right += usize::from(got == *gold);
            total += 1;
            if *gold == Label::Title {
                titles += 1;
                title_right += usize::from(got == Label::Title);
            }
        }
    }
    let accuracy = right as f64 / total as f64;
    let title_recall = title_right as f64 / titles as f64;
    eprintln!("token accuracy {accuracy:.4}, title tokens {title_recall:.4}");
    assert!(accuracy >= 0.95, "token accuracy {accuracy:.4}");
    assert!(title_recall >= 0.95, "title token recall {title_recall:.4}");
}

#[test]
fn a_plain_reference_is_segmented_into_its_fields() {
    let rt = publist::extract::inline::RichText {
        text: "Okafor, N., & Lindqvist, A. (2019). Tone and vowel length in running speech. \
               Journal of Phonetics, 74, 112–130."
            .into(),
        ..Default::default()
    };
    let segments = tagger::tag(&rt);
    let of = |l: Label| -> Vec<&str> {
        segments
            .iter()
            .filter(|s| s.label == l)
            .map(|s| &rt.text[s.range.clone()])
            .collect()
    };
    assert_eq!(
        of(Label::Title),
        ["Tone and vowel length in running speech"]
    );
    assert_eq!(of(Label::Container), ["Journal of Phonetics"]);
    assert_eq!(of(Label::Volume), ["74"]);
    assert_eq!(of(Label::Pages), ["112–130"]);
    assert_eq!(of(Label::Date), ["2019"]);
}

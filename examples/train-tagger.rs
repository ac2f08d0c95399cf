//! Retrains the extraction tagger from synthetic records rendered in every bundled style
//! and writes the model that `publist` ships:
//!
//!     cargo run --release --example train-tagger [-- OUT [PER_STYLE [EPOCHS]]]
//!
//! OUT defaults to `src/extract/tagger/model.bin`. The seed is fixed, so the same sources
//! give the same model.

use publist::extract::tagger::{self, train};

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = args
        .first()
        .cloned()
        .unwrap_or_else(|| "src/extract/tagger/model.bin".into());
    let mut settings = train::Settings::default();
    if let Some(n) = args.get(1).and_then(|a| a.parse().ok()) {
        settings.per_style = n;
    }
    if let Some(n) = args.get(2).and_then(|a| a.parse().ok()) {
        settings.epochs = n;
    }
    let data = train::examples(&settings);
    // `TRAIN_TAGGER_SHOW=N` prints every N-th sequence with its labels, to check them by eye.
    if let Some(every) = std::env::var("TRAIN_TAGGER_SHOW")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        for ex in data.iter().step_by(every.max(1)) {
            let tokens = tagger::features::tokenize(&ex.text.text);
            let mut line = String::new();
            let mut last = None;
            for (t, l) in tokens.iter().zip(&ex.labels) {
                if last != Some(*l) {
                    line.push_str(&format!(" <{}>", l.name()));
                    last = Some(*l);
                }
                line.push(' ');
                line.push_str(&ex.text.text[t.range.clone()]);
            }
            println!("{}\n {line}\n", ex.text.text);
        }
        return std::process::ExitCode::SUCCESS;
    }
    let (train_set, held_out) = data.split_at(data.len() * 9 / 10);
    eprintln!(
        "{} training sequences, {} held out",
        train_set.len(),
        held_out.len()
    );
    let model = train::train(train_set, &settings, |epoch, err| {
        eprintln!("epoch {}: {:.2}% tokens wrong", epoch + 1, err * 100.0);
    });
    let (mut right, mut total) = (0, 0);
    for ex in held_out {
        let feats =
            tagger::features::features(&ex.text, &tagger::features::tokenize(&ex.text.text));
        let got = model.decode(&feats);
        right += got.iter().zip(&ex.labels).filter(|(a, b)| a == b).count();
        total += ex.labels.len();
    }
    eprintln!(
        "held-out token accuracy: {:.2}%",
        right as f64 * 100.0 / total.max(1) as f64
    );
    let bytes = model.to_bytes();
    if let Err(e) = publist::io::write_atomic(std::path::Path::new(&out), &bytes) {
        eprintln!("error: {out}: {e}");
        return std::process::ExitCode::from(2);
    }
    eprintln!("wrote {out} ({} bytes)", bytes.len());
    std::process::ExitCode::SUCCESS
}

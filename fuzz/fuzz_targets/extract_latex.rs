//! Extraction of Latex input never panics, and every entry it makes can be written as .bib.
#![no_main]

use libfuzzer_sys::fuzz_target;
use publist::extract::{Format, Options, extract};

fuzz_target!(|data: &[u8]| {
    let Ok((text, _)) = publist::extract::decode(data, "fuzz") else { return };
    let out = extract(&text, &Options { file: "fuzz".into(), format: Format::Latex, owner: None });
    let _ = publist::bib::to_bib_string(&out.entries, publist::bib::Dialect::BibTeX);
});

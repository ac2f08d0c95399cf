#![no_main]
//! The .bib reader, then the linter over what it read: any bytes, no panic.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let bib = publist::bib::read_bib(&text, "fuzz.bib");
    let _ = bib.entries.len();
    let _ = publist::lint::lint(
        &[publist::lint::Source::new("fuzz.bib", text.as_ref())],
        &publist::lint::Options::default(),
    );
});

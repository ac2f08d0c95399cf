//! Reading inputs (a file or `-` for standard input) and writing results: standard output,
//! or a file replaced atomically.

use std::io::{Read, Write};
use std::path::Path;

use anyhow::Context;

/// The bytes of an input: the file `name`, or standard input for `-`.
pub fn read_input(name: &str) -> anyhow::Result<Vec<u8>> {
    if name == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .context("reading standard input")?;
        Ok(buf)
    } else {
        std::fs::read(name).with_context(|| format!("reading {name}"))
    }
}

/// Writes `text` to `path` (temporary file in the same directory, then rename) or to stdout.
pub fn write_output(path: Option<&Path>, text: &str) -> anyhow::Result<()> {
    match path {
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                r => r.context("writing standard output"),
            }
        }
        Some(p) => publist::io::write_atomic(p, text.as_bytes())
            .with_context(|| format!("writing {}", p.display())),
    }
}

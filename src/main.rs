//! The `publist` binary: parses arguments and hands over to the library.

mod cli;

use clap::Parser;

/// mimalloc: publist allocates many small strings (names, fields); with the system
/// allocator a third of a 100,000-entry lint went to malloc and free.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use cli::args::{Cli, Command};

fn main() {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            std::process::exit(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let result = match &cli.command {
        Command::Extract(args) => cli::extract::run(args),
        Command::Lint(args) => cli::lint::run(args),
        Command::Render(args) => cli::render::run(args),
        Command::Styles => cli::render::styles(),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("publist: error: {e:#}");
            std::process::exit(2);
        }
    }
}

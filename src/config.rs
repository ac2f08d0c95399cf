//! The configuration file `publist.toml`: the owner and the spellings of their name, the
//! marks and legend, the default style and the group headings.
//!
//! ```toml
//! owner = "Ming Lin"
//! owner-variants = ["M. Lin", "LIN Ming"]
//! style = "apa"
//!
//! [marks]
//! equal = "*"
//! corresponding = "†"
//!
//! [legend]
//! equal = "Equal contribution."
//! corresponding = "Corresponding author."
//!
//! [headings]
//! article = "Journal Papers"
//! preprint = "Manuscripts"
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::model::Person;

/// An error reading the configuration.
#[derive(Debug, thiserror::Error)]
#[error("{location}: {message}")]
pub struct ConfigError {
    /// The file, with `:line:column` when known.
    pub location: String,
    /// What is wrong.
    pub message: String,
}

/// Mark symbols.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct MarkConfig {
    /// After co-first authors.
    pub equal: Option<String>,
    /// After corresponding authors.
    pub corresponding: Option<String>,
}

/// The whole file.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// The owner's name.
    pub owner: Option<String>,
    /// Other spellings of the owner's name.
    #[serde(default)]
    pub owner_variants: Vec<String>,
    /// The default style for `render`.
    pub style: Option<String>,
    /// Mark symbols.
    #[serde(default)]
    pub marks: MarkConfig,
    /// Legend words after each mark.
    #[serde(default)]
    pub legend: MarkConfig,
    /// Group headings by group key.
    #[serde(default)]
    pub headings: std::collections::BTreeMap<String, String>,
}

/// The file name looked for in the working directory.
pub const FILE_NAME: &str = "publist.toml";

impl Config {
    /// Parses a configuration; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Config, ConfigError> {
        toml::from_str(text).map_err(|e| ConfigError {
            location: match e.span() {
                Some(s) => {
                    let (l, c) = crate::diag::LineIndex::new(text).position(s.start);
                    format!("{file}:{l}:{c}")
                }
                None => file.to_string(),
            },
            message: e.message().to_string(),
        })
    }

    /// Loads `path`, or `publist.toml` in the working directory when it exists, or the
    /// defaults.
    pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
        let found: Option<PathBuf> = match path {
            Some(p) => Some(p.to_path_buf()),
            None => Some(PathBuf::from(FILE_NAME)).filter(|p| p.is_file()),
        };
        let Some(p) = found else {
            return Ok(Config::default());
        };
        let text = std::fs::read_to_string(&p).map_err(|e| ConfigError {
            location: p.display().to_string(),
            message: e.to_string(),
        })?;
        Config::parse(&text, &p.display().to_string())
    }

    /// The owner's name and its variants, parsed.
    pub fn owner_names(&self) -> Vec<Person> {
        self.owner
            .iter()
            .chain(&self.owner_variants)
            .map(|n| Person::parse(n))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_reports_places() {
        let c = Config::parse(
            "owner = \"Ming Lin\"\nowner-variants = [\"LIN Ming\"]\nstyle = \"ieee\"\n[marks]\nequal = \"#\"\n[headings]\narticle = \"Journal Papers\"\n",
            "publist.toml",
        )
        .unwrap();
        assert_eq!(c.owner_names().len(), 2);
        assert_eq!(c.marks.equal.as_deref(), Some("#"));
        assert_eq!(c.headings["article"], "Journal Papers");
        let e = Config::parse("owner = 3\n", "publist.toml").unwrap_err();
        assert!(e.to_string().starts_with("publist.toml:1:9:"), "{e}");
        assert!(Config::parse("ownr = \"x\"\n", "p.toml").is_err());
    }
}

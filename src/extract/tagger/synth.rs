//! Synthetic publication records for training the tagger: names, titles, venues,
//! publishers and places drawn from small word lists written for publist, plus invented
//! words, so that the tagger learns the shape of a reference rather than a vocabulary.
//! Every draw comes from a seeded generator: the same seed gives the same records.

use std::sync::LazyLock;

use crate::model::{Author, Entry, EntryType, Marks, Person};

/// A small, seeded pseudo-random generator (SplitMix64).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T: ?Sized>(&mut self, items: &[&'a T]) -> &'a T {
        items[self.below(items.len())]
    }
}

fn list(s: &'static str) -> Vec<&'static str> {
    s.lines().map(str::trim).filter(|l| !l.is_empty()).collect()
}

struct Words {
    given: Vec<&'static str>,
    family: Vec<&'static str>,
    particled: Vec<&'static str>,
    places: Vec<&'static str>,
    regions: Vec<&'static str>,
    publishers: Vec<&'static str>,
    noun: Vec<&'static str>,
    adj: Vec<&'static str>,
    verb: Vec<&'static str>,
    field: Vec<&'static str>,
    topic: Vec<&'static str>,
    organisations: Vec<&'static str>,
    /// Function words of other languages, by language.
    foreign: Vec<Vec<&'static str>>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let tsv = include_str!("data/words.tsv");
    let kind = |k: &str| -> Vec<&'static str> {
        tsv.lines()
            .filter_map(|l| l.split_once('\t'))
            .filter(|(a, _)| *a == k)
            .map(|(_, w)| w)
            .collect()
    };
    Words {
        given: list(include_str!("data/given.txt")),
        family: list(include_str!("data/family.txt")),
        particled: list(include_str!("data/particled.txt")),
        places: list(include_str!("data/places.txt")),
        regions: list(include_str!("data/regions.txt")),
        publishers: list(include_str!("../data/publishers.txt")),
        noun: kind("noun"),
        adj: kind("adj"),
        verb: kind("verb"),
        field: kind("field"),
        topic: kind("topic"),
        organisations: list(include_str!("data/organisations.txt"))
            .into_iter()
            .filter(|l| !l.starts_with('#'))
            .collect(),
        foreign: {
            let mut by_language: Vec<(&str, Vec<&str>)> = Vec::new();
            for (language, word) in include_str!("data/foreign.tsv")
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split_once('\t'))
            {
                match by_language.iter_mut().find(|(l, _)| *l == language) {
                    Some((_, words)) => words.push(word),
                    None => by_language.push((language, vec![word])),
                }
            }
            by_language.into_iter().map(|(_, words)| words).collect()
        },
    }
});

/// Syllables for invented names and words.
static SYLLABLES: LazyLock<Vec<&str>> = LazyLock::new(|| list(include_str!("data/syllables.txt")));

/// An invented word of two to four syllables, capitalised.
fn invented(rng: &mut Rng) -> String {
    let n = 2 + rng.below(3);
    let w: String = (0..n)
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect();
    capitalise(&w)
}

fn lower_first(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn person(rng: &mut Rng) -> Person {
    let w = &*WORDS;
    let given = if rng.chance(0.25) {
        invented(rng)
    } else {
        rng.pick(&w.given).to_string()
    };
    let given = if rng.chance(0.2) {
        let second = rng.pick(&w.given);
        let initial = second.chars().next().unwrap_or('A');
        format!("{given} {initial}.")
    } else if rng.chance(0.15) {
        // Initials only, as many lists give them.
        given
            .split([' ', '-'])
            .filter_map(|p| p.chars().next())
            .map(|c| format!("{c}."))
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        given
    };
    if rng.chance(0.06) {
        let full = rng.pick(&w.particled);
        let split = full.rfind(' ').unwrap_or(0);
        return Person {
            given,
            prefix: full[..split].to_string(),
            family: full[split + 1..].to_string(),
            suffix: String::new(),
        };
    }
    let family = if rng.chance(0.3) {
        invented(rng)
    } else {
        rng.pick(&w.family).to_string()
    };
    let suffix = if rng.chance(0.02) { "Jr." } else { "" };
    Person {
        given,
        prefix: String::new(),
        family,
        suffix: suffix.into(),
    }
}

/// A corporate author: an institute, a ministry, a commission.
fn organisation(rng: &mut Rng) -> String {
    let w = &*WORDS;
    let template = rng.pick(&w.organisations);
    let mut out = template.to_string();
    for (slot, value) in [
        ("{field}", rng.pick(&w.field).to_string()),
        ("{topic}", rng.pick(&w.topic).to_string()),
        ("{place}", rng.pick(&w.places).to_string()),
        ("{noun}", capitalise(rng.pick(&w.noun))),
        ("{word}", invented(rng)),
    ] {
        out = out.replace(slot, &value);
    }
    out
}

/// A title in another language: invented words between that language's function words.
fn foreign_title(rng: &mut Rng) -> String {
    let w = &*WORDS;
    let function_words = &w.foreign[rng.below(w.foreign.len())];
    let n = 2 + rng.below(4);
    let mut words = vec![invented(rng)];
    for _ in 1..n {
        words.push(rng.pick(function_words).to_string());
        let next = invented(rng);
        words.push(if rng.chance(0.7) {
            lower_first(&next)
        } else {
            next
        });
    }
    words.join(" ")
}

fn title(rng: &mut Rng) -> String {
    if rng.chance(0.1) {
        return foreign_title(rng);
    }
    let w = &*WORDS;
    let n = |rng: &mut Rng| -> String {
        if rng.chance(0.08) {
            invented(rng)
        } else {
            rng.pick(&w.noun).to_string()
        }
    };
    let a = |rng: &mut Rng| rng.pick(&w.adj).to_string();
    let main = match rng.below(14) {
        9 => capitalise(&n(rng)),
        10 => format!("{} {}", capitalise(&a(rng)), capitalise(&n(rng))),
        11 => format!(
            "{}, {}, and the {} of {}",
            capitalise(&n(rng)),
            n(rng),
            n(rng),
            n(rng)
        ),
        12 => format!(
            "{}-{}: {} {} for {}",
            acronym(rng),
            1 + rng.below(9),
            a(rng),
            n(rng),
            n(rng)
        ),
        13 => format!("{} {} {}", invented(rng), n(rng), n(rng)),
        0 => format!("{} {} for {} {}", a(rng), n(rng), a(rng), n(rng)),
        1 => format!("On the {} of {} {}", n(rng), a(rng), n(rng)),
        2 => format!(
            "{} {} in {} {}",
            capitalise(&a(rng)),
            n(rng),
            n(rng),
            n(rng)
        ),
        3 => format!(
            "{} {} with {} {}",
            capitalise(rng.pick(&w.verb)),
            n(rng),
            a(rng),
            n(rng)
        ),
        4 => format!(
            "The {} of {} on {} {} among {}",
            n(rng),
            n(rng),
            a(rng),
            n(rng),
            n(rng)
        ),
        5 => format!("{} and {} {}", capitalise(&n(rng)), a(rng), n(rng)),
        6 => format!("How {} {} shapes {} {}", a(rng), n(rng), n(rng), n(rng)),
        7 => format!("{}: {} {}", invented(rng), a(rng), n(rng)),
        _ => format!(
            "{} {} of {} in {}",
            capitalise(&a(rng)),
            n(rng),
            n(rng),
            rng.pick(&w.topic)
        ),
    };
    let main = match rng.below(8) {
        0 => format!("A {}", lower_first(&main)),
        1 => format!("An {}", lower_first(&main)),
        2 => format!("The {}", lower_first(&main)),
        _ => main,
    };
    match rng.below(15) {
        0 | 1 => format!("{main}: {} {} and {}", a(rng), n(rng), n(rng)),
        2 => format!("{main}?"),
        3 => format!("{main} – a {} {}", a(rng), n(rng)),
        4 => {
            let from = 1700 + rng.below(300);
            format!("{main}, {from}–{}", from + 1 + rng.below(60))
        }
        5 => format!("{main} ({})", acronym(rng)),
        6 => format!("{main}, {}, and {}", capitalise(&n(rng)), n(rng)),
        _ => main,
    }
}

fn acronym(rng: &mut Rng) -> String {
    let n = 2 + rng.below(4);
    (0..n)
        .map(|_| (b'A' + rng.below(26) as u8) as char)
        .collect()
}

fn journal(rng: &mut Rng) -> String {
    let w = &*WORDS;
    let f = rng.pick(&w.field);
    let t = rng.pick(&w.topic);
    match rng.below(15) {
        0 => format!("Journal of {t}"),
        1 => format!("Journal of {f}"),
        2 => format!("{t} Letters"),
        3 => format!("Annual Review of {f}"),
        4 => format!("IEEE Transactions on {t}"),
        5 => format!("International Journal of {t}"),
        6 => f.to_string(),
        7 => format!("Frontiers in {f}"),
        8 => format!("J. {}. {}.", &f[..3.min(f.len())], &t[..4.min(t.len())]),
        9 => format!("{} {}", capitalise(rng.pick(&w.adj)), f),
        10 => format!("{} Research", t),
        11 => format!("{} Review {}", f, (b'A' + rng.below(5) as u8) as char),
        12 => format!("{} {}", invented(rng), invented(rng)),
        13 => format!("{} and {}", f, rng.pick(&w.field)),
        _ => invented(rng),
    }
}

fn proceedings(rng: &mut Rng, year: &str) -> String {
    let w = &*WORDS;
    let t = rng.pick(&w.topic);
    let acr = acronym(rng);
    let nth = 2 + rng.below(40);
    let ord = match nth % 10 {
        1 if nth != 11 => "st",
        2 if nth != 12 => "nd",
        3 if nth != 13 => "rd",
        _ => "th",
    };
    match rng.below(8) {
        0 => format!("Proceedings of the {nth}{ord} International Conference on {t}"),
        1 => format!("Proceedings of the {t} Conference ({acr})"),
        2 => format!("{year} IEEE International Conference on {t} ({acr})"),
        3 => format!("Proceedings of {acr} {year}"),
        4 => format!("Advances in {t}"),
        5 => format!("Workshop on {t} at {acr} {year}"),
        6 => format!("Annual Meeting of the Society for {t}"),
        _ => format!("{nth}{ord} Symposium on {t}"),
    }
}

fn publisher(rng: &mut Rng) -> String {
    let w = &*WORDS;
    match rng.below(4) {
        0 => format!("{} University Press", rng.pick(&w.places)),
        1 => format!("{} Press", invented(rng)),
        _ => rng.pick(&w.publishers).to_string(),
    }
}

fn place(rng: &mut Rng) -> String {
    let w = &*WORDS;
    let city = rng.pick(&w.places);
    if rng.chance(0.4) {
        format!("{city}, {}", rng.pick(&w.regions))
    } else {
        city.to_string()
    }
}

fn pages(rng: &mut Rng) -> String {
    let max = if rng.chance(0.5) { 300 } else { 3000 };
    let start = 1 + rng.below(max);
    format!("{start}--{}", start + 1 + rng.below(30))
}

/// Abbreviations of venue words, as journal and proceedings names are often written.
static ABBREVIATIONS: LazyLock<Vec<(&str, &str)>> = LazyLock::new(|| {
    include_str!("data/venue-abbreviations.tsv")
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .collect()
});

/// A venue name with its long words abbreviated and `of`, `on`, `the` dropped.
fn abbreviate(name: &str, rng: &mut Rng) -> String {
    let drop_small = rng.chance(0.7);
    let periods = rng.chance(0.6);
    name.split(' ')
        .filter(|w| !(drop_small && matches!(*w, "of" | "on" | "the" | "in" | "for")))
        .map(|w| {
            ABBREVIATIONS
                .iter()
                .find(|(long, _)| *long == w)
                .map(|(_, short)| short.to_string())
                .unwrap_or_else(|| {
                    if w.len() > 7 && rng.chance(0.4) {
                        format!(
                            "{}.",
                            &w[..w.char_indices().nth(4).map_or(w.len(), |(i, _)| i)]
                        )
                    } else {
                        w.to_string()
                    }
                })
        })
        .map(|w| {
            if periods {
                w
            } else {
                w.trim_end_matches('.').to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// One synthetic record.
pub fn record(rng: &mut Rng) -> Entry {
    let w = &*WORDS;
    let kind = match rng.below(100) {
        0..=37 => EntryType::Article,
        38..=61 => EntryType::InProceedings,
        62..=71 => EntryType::InCollection,
        72..=80 => EntryType::Book,
        81..=85 => EntryType::PhdThesis,
        86..=88 => EntryType::MastersThesis,
        89..=92 => EntryType::TechReport,
        _ => EntryType::Misc,
    };
    let n_auth = match rng.below(10) {
        0..=2 => 1,
        3..=5 => 2,
        6..=7 => 3 + rng.below(2),
        8 => 5 + rng.below(8),
        _ => 5 + rng.below(26),
    };
    let n_auth = if matches!(kind, EntryType::PhdThesis | EntryType::MastersThesis) {
        1
    } else {
        n_auth
    };
    let mut authors: Vec<Author> = (0..n_auth)
        .map(|_| Author {
            name: person(rng),
            marks: Marks::default(),
        })
        .collect();
    if kind != EntryType::PhdThesis && kind != EntryType::MastersThesis && rng.chance(0.05) {
        authors = vec![Author {
            name: Person {
                family: organisation(rng),
                ..Person::default()
            },
            marks: Marks::default(),
        }];
    }
    if rng.chance(0.04) {
        // No author: styles put the title (or the editors) first.
        authors.clear();
    }
    let owner = rng.below(authors.len());
    if !authors.is_empty() && rng.chance(0.5) {
        authors[owner].marks.highlight = true;
    }
    if authors.len() > 1 && rng.chance(0.15) {
        authors[0].marks.equal = true;
        authors[1].marks.equal = true;
    }
    let year = (1960 + rng.below(67)).to_string();
    let mut e = Entry {
        kind,
        authors,
        title: Some(title(rng)),
        year: Some(year.clone()),
        ..Entry::default()
    };
    if rng.chance(0.3) {
        e.month = Some((1 + rng.below(12)).to_string());
    }
    match kind {
        EntryType::Article => {
            let j = journal(rng);
            e.container = Some(if rng.chance(0.3) {
                abbreviate(&j, rng)
            } else {
                j
            });
            if rng.chance(0.9) {
                e.volume = Some((1 + rng.below(120)).to_string());
            }
            if rng.chance(0.6) {
                e.number = Some((1 + rng.below(12)).to_string());
            }
            if rng.chance(0.9) {
                e.pages = Some(if rng.chance(0.1) {
                    format!("e{}", 1000 + rng.below(9000))
                } else {
                    pages(rng)
                });
            }
        }
        EntryType::InProceedings => {
            let p = proceedings(rng, &year);
            e.container = Some(if rng.chance(0.25) {
                abbreviate(&p, rng)
            } else {
                p
            });
            if rng.chance(0.7) {
                e.pages = Some(pages(rng));
            }
            if rng.chance(0.4) {
                e.publisher = Some(publisher(rng));
            }
            if rng.chance(0.4) {
                e.address = Some(place(rng));
            }
        }
        EntryType::InCollection => {
            e.container = Some(format!(
                "{} of {}",
                rng.pick(&["Handbook", "The Oxford Handbook", "Studies", "Essays"]),
                rng.pick(&w.topic)
            ));
            let n_ed = 1 + rng.below(3);
            e.editors = (0..n_ed).map(|_| person(rng)).collect();
            e.pages = Some(pages(rng));
            e.publisher = Some(publisher(rng));
            if rng.chance(0.6) {
                e.address = Some(place(rng));
            }
        }
        EntryType::Book => {
            e.publisher = Some(publisher(rng));
            if rng.chance(0.6) {
                e.address = Some(place(rng));
            }
            if rng.chance(0.15) {
                e.set_extra("edition", (2 + rng.below(6)).to_string());
            }
            if rng.chance(0.12) {
                let series = match rng.below(3) {
                    0 => format!("Lecture Notes in {}", rng.pick(&w.field)),
                    1 => format!("Studies in {}", rng.pick(&w.topic)),
                    _ => format!("{} Series", rng.pick(&w.topic)),
                };
                e.set_extra("series", series);
            }
            if rng.chance(0.1) {
                e.volume = Some((1 + rng.below(500)).to_string());
            }
        }
        EntryType::PhdThesis | EntryType::MastersThesis | EntryType::TechReport => {
            e.container = Some(if rng.chance(0.5) {
                format!("University of {}", rng.pick(&w.places))
            } else {
                format!("{} University", invented(rng))
            });
            if rng.chance(0.4) {
                e.address = Some(place(rng));
            }
            if kind == EntryType::TechReport && rng.chance(0.6) {
                e.number = Some(format!("TR-{}", 10 + rng.below(900)));
            }
        }
        _ => {
            e.container = Some("arXiv".into());
        }
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_records() {
        let a: Vec<Entry> = (0..20).map(|_| record(&mut Rng::new(7))).collect();
        let b: Vec<Entry> = (0..20).map(|_| record(&mut Rng::new(7))).collect();
        assert_eq!(a, b);
        let mut rng = Rng::new(1);
        let kinds: std::collections::HashSet<_> = (0..500).map(|_| record(&mut rng).kind).collect();
        assert!(kinds.len() >= 7);
    }
}

//! Injected name variants: realistic CV bibliographies (written for publist) get one
//! spelling changed at a time (typos, swaps, accents, hyphens, case, initials, a dropped
//! middle initial); the linter must find each and nothing else. Recall and precision are
//! printed (`cargo test --test lint_injected -- --nocapture`) and must reach 0.95.

use std::collections::BTreeMap;

use publist::lint::{Options, Rule, Source, lint};

/// Co-authors by lab: people of one lab write together. Similar names of different people
/// (Hao Li / Huan Li, Xiaoming Li / Xiaoling Li, Wei Wang / Wei Wan) sit in different labs.
const LABS: [&[(&str, &str)]; 8] = [
    &[
        ("Hao", "Li"),
        ("Chuang", "Gan"),
        ("Alexander G.", "Hauptmann"),
        ("Shou-I", "Yu"),
        ("Yi", "Yang"),
        ("Lu", "Jiang"),
        ("Zhenzhong", "Lan"),
    ],
    &[
        ("Huan", "Li"),
        ("Jörg", "Müller"),
        ("Anne-Marie", "Dubois"),
        ("Pieter", "van der Berg"),
        ("Søren", "Kierkegaard-Hansen"),
        ("Ines", "García Márquez"),
    ],
    &[
        ("Xiaoming", "Li"),
        ("Jian-Feng", "Cai"),
        ("Qi", "Qian"),
        ("Rong", "Jin"),
        ("Xiuyu", "Sun"),
        ("Zhenhong", "Sun"),
    ],
    &[
        ("Xiaoling", "Li"),
        ("Wei", "Wang"),
        ("Yaohua", "Wang"),
        ("Shifeng", "Weng"),
        ("Fangyi", "Zhang"),
    ],
    &[
        ("Priya", "Raghunathan"),
        ("Anurag", "Kumar"),
        ("Bhiksha", "Raj"),
        ("Rita", "Singh"),
        ("Vaibhav", "Narayan"),
    ],
    &[
        ("Wei", "Wan"),
        ("Jennifer L.", "Thompson"),
        ("Michael", "O'Connor"),
        ("Sarah", "McAllister"),
        ("David", "Nguyen"),
    ],
    &[
        ("François", "Lefèvre"),
        ("Ludwig", "de Vries"),
        ("Katarzyna", "Wójcik"),
        ("Mateus", "Oliveira"),
        ("Hiroshi", "Tanaka"),
    ],
    &[
        ("Olusegun", "Adeyemi"),
        ("Fatima", "Al-Sayed"),
        ("Emily", "Chen"),
        ("Robert", "Chen"),
        ("Yuki", "Sato"),
    ],
];

const OWNER: (&str, &str) = ("Mei", "Lin");

const VENUES: [(&str, &str); 8] = [
    (
        "inproceedings",
        "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition",
    ),
    (
        "inproceedings",
        "Advances in Neural Information Processing Systems",
    ),
    (
        "inproceedings",
        "International Conference on Machine Learning",
    ),
    (
        "inproceedings",
        "Proceedings of the Annual Meeting of the Association for Computational Linguistics",
    ),
    (
        "article",
        "IEEE Transactions on Pattern Analysis and Machine Intelligence",
    ),
    ("article", "Journal of the Acoustical Society of America"),
    ("inproceedings", "Proceedings of Interspeech"),
    ("article", "Nature Communications"),
];

const TOPICS: [&str; 12] = [
    "Learning",
    "Efficient",
    "Robust",
    "Sparse",
    "Speech",
    "Attention",
    "Transformers",
    "Graphs",
    "Retrieval",
    "Segmentation",
    "Phonology",
    "Acoustic",
];

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// One entry: authors as (given, family), in order.
struct Paper {
    authors: Vec<(String, String)>,
    title: String,
    kind: &'static str,
    venue: &'static str,
    year: u32,
}

/// A CV: 48 papers of the owner with co-authors from one or two labs.
fn cv(seed: u64) -> Vec<Paper> {
    let mut rng = Rng(seed | 1);
    let mut papers = Vec::new();
    for i in 0..48 {
        let lab = LABS[i % LABS.len()];
        let mut authors: Vec<(String, String)> = Vec::new();
        let n = 2 + rng.below(3);
        while authors.len() < n {
            let (g, f) = lab[rng.below(lab.len())];
            if !authors.iter().any(|(ag, af)| ag == g && af == f) {
                authors.push((g.into(), f.into()));
            }
        }
        let pos = rng.below(authors.len() + 1);
        authors.insert(pos, (OWNER.0.into(), OWNER.1.into()));
        let (kind, venue) = VENUES[rng.below(VENUES.len())];
        let title = format!(
            "{} {} for {} Number {i}",
            TOPICS[rng.below(TOPICS.len())],
            TOPICS[rng.below(TOPICS.len())],
            TOPICS[rng.below(TOPICS.len())]
        );
        papers.push(Paper {
            authors,
            title,
            kind,
            venue,
            year: 2012 + (i as u32 % 12),
        });
    }
    papers
}

fn to_bib(papers: &[Paper]) -> String {
    let mut out = String::new();
    for (i, p) in papers.iter().enumerate() {
        let authors: Vec<String> = p
            .authors
            .iter()
            .map(|(g, f)| {
                let f = if f.contains(' ') && !f.starts_with(|c: char| c.is_lowercase()) {
                    format!("{{{f}}}")
                } else {
                    f.clone()
                };
                format!("{f}, {g}")
            })
            .collect();
        let field = if p.kind == "article" {
            "journal"
        } else {
            "booktitle"
        };
        out.push_str(&format!(
            "@{}{{paper{i},\n  author = {{{}}},\n  title = {{{}}},\n  {field} = {{{}}},\n  year = {{{}}},\n}}\n\n",
            p.kind,
            authors.join(" and "),
            p.title,
            p.venue,
            p.year
        ));
    }
    out
}

/// The kinds of variant injected.
const KINDS: [&str; 9] = [
    "family typo",
    "given typo",
    "swap",
    "accent",
    "hyphen",
    "case",
    "initials",
    "middle initial",
    "transliteration",
];

/// A variant of (given, family) of the given kind, or `None` when the kind does not apply.
fn variant(kind: &str, g: &str, f: &str, rng: &mut Rng) -> Option<(String, String)> {
    let ascii = |s: &str| deunicode(s);
    match kind {
        "family typo" => {
            let letters: Vec<char> = f.chars().collect();
            if letters.len() < 3 || f.contains(' ') {
                return None;
            }
            let i = 1 + rng.below(letters.len() - 1);
            let mut v = letters.clone();
            match rng.below(3) {
                0 => {
                    v.insert(i, v[i - 1]);
                }
                1 => {
                    v.remove(i);
                }
                _ => v.swap(i - 1, i),
            }
            let v: String = v.into_iter().collect();
            (v != f).then(|| (g.to_string(), v))
        }
        "given typo" => {
            let letters: Vec<char> = g.chars().collect();
            if letters.len() < 5 || g.contains(['.', ' ']) {
                return None;
            }
            let i = 2 + rng.below(letters.len() - 2);
            let mut v = letters.clone();
            v.insert(i, v[i - 1]);
            Some((v.into_iter().collect(), f.to_string()))
        }
        "swap" => {
            (!g.contains(['.', ' ']) && !f.contains(' ')).then(|| (f.to_string(), g.to_string()))
        }
        "accent" => {
            let (ag, af) = (ascii(g), ascii(f));
            (ag != g || af != f).then_some((ag, af))
        }
        "transliteration" => f.contains(['ü', 'ö', 'ä']).then(|| {
            (
                g.to_string(),
                f.replace('ü', "ue").replace('ö', "oe").replace('ä', "ae"),
            )
        }),
        "hyphen" => {
            if g.contains('-') {
                Some((g.replace('-', ""), f.to_string()))
            } else {
                None
            }
        }
        "case" => Some((g.to_string(), f.to_uppercase())),
        "initials" => {
            let initials: Vec<String> = g
                .split([' ', '-'])
                .filter(|w| !w.is_empty())
                .map(|w| format!("{}.", w.chars().next().unwrap_or('X')))
                .collect();
            Some((initials.join(" "), f.to_string()))
        }
        "middle initial" => g
            .split_once(' ')
            .map(|(first, _)| (first.to_string(), f.to_string())),
        _ => None,
    }
}

fn deunicode(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'ö' => 'o',
            'ü' => 'u',
            'ä' => 'a',
            'é' | 'è' => 'e',
            'á' => 'a',
            'ç' => 'c',
            'ø' => 'o',
            'ó' => 'o',
            'Ø' => 'O',
            other => other,
        })
        .collect()
}

/// Whether the variant is unambiguous: no other person shares its family name and initial
/// when it is written with initials.
fn unambiguous(kind: &str, g: &str, f: &str) -> bool {
    if kind != "initials" {
        return true;
    }
    let first = g.chars().next();
    LABS.iter()
        .flat_map(|l| l.iter())
        .filter(|(og, of)| *of == f && og.chars().next() == first)
        .count()
        == 1
}

#[test]
fn clean_cvs_have_no_name_findings() {
    for seed in 1..=5 {
        let bib = to_bib(&cv(seed));
        let report = lint(&[Source::new("cv.bib", bib)], &Options::default());
        let names: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.rule == Rule::NameVariant)
            .map(|f| f.message.clone())
            .collect();
        assert!(names.is_empty(), "seed {seed}: {names:#?}");
        assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    }
}

#[test]
fn injected_variants_recall_and_precision() {
    let mut per_kind: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let (mut injected, mut found, mut reported, mut true_reports) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    for trial in 0..360u64 {
        let kind = KINDS[trial as usize % KINDS.len()];
        let mut rng = Rng(trial * 7919 + 17);
        let mut papers = cv(trial / KINDS.len() as u64 + 1);
        // Pick an author occurrence (not the owner) whose name has this kind of variant.
        let mut choices = Vec::new();
        for (p, paper) in papers.iter().enumerate() {
            for (a, (g, f)) in paper.authors.iter().enumerate() {
                if (g.as_str(), f.as_str()) != OWNER {
                    choices.push((p, a));
                }
            }
        }
        let mut picked = None;
        for _ in 0..50 {
            let (p, a) = choices[rng.below(choices.len())];
            let (g, f) = papers[p].authors[a].clone();
            let uses = papers
                .iter()
                .flat_map(|x| &x.authors)
                .filter(|(xg, xf)| *xg == g && *xf == f)
                .count();
            if uses < 3 || !unambiguous(kind, &g, &f) {
                continue;
            }
            if let Some(v) = variant(kind, &g, &f, &mut rng) {
                let clash = LABS
                    .iter()
                    .flat_map(|l| l.iter())
                    .filter(|(og, of)| (*og, *of) != (g.as_str(), f.as_str()))
                    .any(|(og, of)| {
                        deunicode(og) == deunicode(&v.0) && deunicode(of) == deunicode(&v.1)
                    });
                if !clash {
                    picked = Some((p, a, g, f, v));
                    break;
                }
            }
        }
        let Some((p, a, g, f, v)) = picked else {
            continue;
        };
        papers[p].authors[a] = v.clone();
        let bib = to_bib(&papers);
        let report = lint(
            &[Source::new("cv.bib", bib)],
            &Options {
                rules: vec![Rule::NameVariant],
                ..Options::default()
            },
        );
        injected += 1;
        let entry = per_kind.entry(kind).or_default();
        entry.0 += 1;
        let written = |given: &str, family: &str| format!("{given} {family}");
        let (orig, var) = (written(&g, &f), written(&v.0, &v.1));
        let mut hit = false;
        for finding in &report.findings {
            reported += 1;
            let spellings: Vec<String> = finding
                .variants
                .iter()
                .map(|x| x.spelling.clone())
                .collect();
            let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
            let has = |n: &str| spellings.iter().any(|s| norm(s) == norm(n));
            if has(&orig) && has(&var) {
                true_reports += 1;
                hit = true;
            }
        }
        if hit {
            found += 1;
            entry.1 += 1;
        } else {
            misses.push(format!("{kind}: {orig} -> {var}"));
        }
    }
    let recall = found as f64 / injected as f64;
    let precision = true_reports as f64 / reported.max(1) as f64;
    println!("injected {injected}, found {found}, reports {reported}, true reports {true_reports}");
    for (k, (n, hit)) in &per_kind {
        println!("  {k:<16} {hit}/{n}");
    }
    println!("recall {recall:.3}, precision {precision:.3}");
    println!("misses: {misses:#?}");
    assert!(injected >= 300, "only {injected} injections");
    assert!(recall >= 0.95, "recall {recall:.3}: {misses:#?}");
    assert!(precision >= 0.95, "precision {precision:.3}");
}

/// Look-alikes of people in the CV, added as co-authors of a different lab: different
/// people, so no name-variant finding may mention them.
#[test]
fn look_alike_newcomers_are_not_variants() {
    let newcomers = [
        (("Hao", "Lin"), 2),
        (("Xiaomin", "Li"), 4),
        (("Wei", "Wong"), 4),
        (("Jian", "Cai"), 0),
        (("Emily", "Chan"), 4),
        (("Yuki", "Saito"), 3),
        (("Mei", "Li"), 1),
        (("Rui", "Jin"), 1),
        (("Qiang", "Qian"), 0),
        (("Anne", "Dubois"), 6),
    ];
    let mut false_alarms = Vec::new();
    for seed in 1..=4 {
        for ((g, f), lab) in newcomers {
            let mut papers = cv(seed);
            let mut added = 0;
            for (i, p) in papers.iter_mut().enumerate() {
                if i % LABS.len() == lab && added < 3 {
                    p.authors.push((g.to_string(), f.to_string()));
                    added += 1;
                }
            }
            let report = lint(
                &[Source::new("cv.bib", to_bib(&papers))],
                &Options {
                    rules: vec![Rule::NameVariant],
                    ..Options::default()
                },
            );
            for finding in report.findings {
                false_alarms.push(format!("seed {seed}, {g} {f}: {}", finding.message));
            }
        }
    }
    println!("look-alike false alarms: {}", false_alarms.len());
    assert!(false_alarms.is_empty(), "{false_alarms:#?}");
}

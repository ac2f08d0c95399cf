//! Lint throughput on a 100,000-entry .bib with realistic names (about 60,000 people,
//! co-authors by group) and a few injected variants. Run with `cargo bench --bench lint`.
//! `PUBLIST_BENCH_BIB=path cargo bench --bench lint` also writes the file, so that
//! `benches/lint-vs-bibtex-tidy.sh` can time the CLI and a peer on the same input.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::Instant;

use publist::lint::{Options, Rule, Source, lint};

const GIVEN: &[&str] = &[
    "Wei",
    "Jing",
    "Hao",
    "Huan",
    "Xiaoming",
    "Yi",
    "Chuang",
    "Qi",
    "Rong",
    "Mei",
    "Jian-Feng",
    "Shou-I",
    "Anna",
    "Maria",
    "Jörg",
    "François",
    "Ines",
    "Pieter",
    "Katarzyna",
    "Olusegun",
    "Fatima",
    "Priya",
    "Anurag",
    "Hiroshi",
    "Yuki",
    "Emily",
    "Robert",
    "Michael",
    "Sarah",
    "David",
    "Alexander G.",
    "Jennifer L.",
    "Søren",
    "Mateus",
    "Elena",
    "Luca",
    "Giulia",
    "Ahmed",
    "Sofia",
    "Ivan",
    "Olga",
    "Kwame",
    "Amara",
    "Chen",
    "Ling",
    "Tao",
    "Bo",
    "Xin",
    "Yang",
    "Zhen",
    "Rui",
    "Lei",
    "Min",
    "Na",
    "Ping",
    "Qiang",
    "Shan",
    "Ting",
    "Wen",
    "Yan",
];

const FAMILY: &[&str] = &[
    "Li",
    "Wang",
    "Zhang",
    "Liu",
    "Chen",
    "Yang",
    "Huang",
    "Zhao",
    "Wu",
    "Zhou",
    "Xu",
    "Sun",
    "Ma",
    "Zhu",
    "Hu",
    "Guo",
    "He",
    "Lin",
    "Gao",
    "Luo",
    "Zheng",
    "Liang",
    "Xie",
    "Song",
    "Tang",
    "Han",
    "Feng",
    "Deng",
    "Cao",
    "Peng",
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Perez",
    "Thompson",
    "White",
    "Harris",
    "Sanchez",
    "Clark",
    "Ramirez",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Torres",
    "Nguyen",
    "Hill",
    "Flores",
    "Green",
    "Adams",
    "Nelson",
    "Baker",
    "Hall",
    "Rivera",
    "Campbell",
    "Mitchell",
    "Carter",
    "Roberts",
    "Kumar",
    "Singh",
    "Sharma",
    "Patel",
    "Tanaka",
    "Sato",
    "Suzuki",
    "Takahashi",
    "Watanabe",
    "Kowalski",
    "Nowak",
    "Wójcik",
    "Rossi",
    "Russo",
    "Ferrari",
    "Esposito",
    "Bianchi",
    "Romano",
    "Dubois",
    "Lefèvre",
    "Moreau",
    "Laurent",
    "Simon",
    "Michel",
    "García Márquez",
    "van der Berg",
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "Mulder",
    "Adeyemi",
    "Okafor",
    "Mensah",
    "Al-Sayed",
    "Haddad",
    "Hauptmann",
    "Kierkegaard",
    "Ivanov",
];

const VENUES: &[(&str, &str)] = &[
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
    ("inproceedings", "NIPS"),
    ("inproceedings", "IEEE/CVF CVPR"),
];

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n as u64) as usize
    }
}

/// A .bib of `n` entries; people come in groups of 12 who write together.
fn corpus(n: usize) -> String {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let people = GIVEN.len() * FAMILY.len();
    let mut out = String::with_capacity(n * 330);
    for i in 0..n {
        let group = rng.below(people / 12);
        let k = 3 + rng.below(4);
        let mut authors = Vec::with_capacity(k);
        while authors.len() < k {
            // Scatter a group's members over the name table (7919 is prime).
            let p = ((group * 12 + rng.below(12)) * 7919) % people;
            let (g, f) = (GIVEN[p % GIVEN.len()], FAMILY[p / GIVEN.len()]);
            let name = if f.contains(' ') && f.starts_with(char::is_uppercase) {
                format!("{{{f}}}, {g}")
            } else {
                format!("{f}, {g}")
            };
            if !authors.contains(&name) {
                authors.push(name);
            }
        }
        // One entry in 500 carries a slip: a doubled letter in the first family name.
        if i % 500 == 7
            && let Some(at) = authors[0].find(|c: char| c.is_ascii_lowercase())
        {
            let c = authors[0].as_bytes()[at] as char;
            authors[0].insert(at, c);
        }
        let (kind, venue) = VENUES[rng.below(VENUES.len())];
        let field = if kind == "article" {
            "journal"
        } else {
            "booktitle"
        };
        out.push_str(&format!(
            "@{kind}{{key{i},\n  author = {{{}}},\n  title = {{Learning Representation Number {i} for Things}},\n  {field} = {{{venue}}},\n  year = {{{}}},\n  pages = {{{}--{}}},\n}}\n\n",
            authors.join(" and "),
            1995 + i % 30,
            i % 900 + 1,
            i % 900 + 12,
        ));
    }
    out
}

fn main() {
    let n = 100_000;
    let text = corpus(n);
    if let Ok(path) = std::env::var("PUBLIST_BENCH_BIB") {
        std::fs::write(&path, &text).expect("writing the benchmark .bib");
        println!("wrote {path} ({} bytes)", text.len());
    }
    let sources = [Source::new("bench.bib", text)];
    let mut best = f64::MAX;
    let mut findings = 0;
    for _ in 0..3 {
        let start = Instant::now();
        let report = lint(&sources, &Options::default());
        best = best.min(start.elapsed().as_secs_f64());
        assert_eq!(report.entries, n);
        findings = report.findings.len();
    }
    println!("lint, all rules: {n} entries in {best:.3} s ({findings} findings)");
    for rule in Rule::ALL {
        let opts = Options {
            rules: vec![rule],
            ..Options::default()
        };
        let start = Instant::now();
        let report = lint(&sources, &opts);
        println!(
            "  {:<14} {:.3} s ({} findings)",
            rule.code(),
            start.elapsed().as_secs_f64(),
            report.findings.len()
        );
    }
}

//! Extraction throughput: 10,000 references in several citation styles, on one thread and
//! over several input files in parallel. Run with `cargo bench --bench extract`.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::Instant;

use publist::extract::{Format, Options, extract};
use rayon::prelude::*;

/// Reference shapes written for this benchmark (APA, IEEE, Vancouver, given-first CV lines).
const TEMPLATES: &[&str] = &[
    "Lin, M., Ye, J., & van der Berg, P. ({Y}). A non-convex framework for item {N}. Journal of Machine Learning Research, {V}({I}), {P}-{Q}. https://doi.org/10.5555/{N}",
    "M. Lin, J. Ye and K. Smith, “Sparse recovery number {N},” in Proc. IEEE Conf. Comput. Vis. Pattern Recognit. (CVPR), Seattle, WA, USA, {Y}, pp. {P}–{Q}.",
    "Ferreira AC, Halvorsen K, Nakamura Y. Gut microbiota study {N} in preterm infants. Lancet Microbe. {Y};{V}({I}):{P}-{Q}.",
    "Xuan Shen, Yaohua Wang, Ming Lin, Yilun Huang. DeepMAD {N}: Mathematical Architecture Design. In Proceedings of the IEEE / CVF Computer Vision and Pattern Recognition Conference (CVPR), {Y}.",
    "**Lin, R.** *, Li, C. *, Zhou, J. ({Y}). Lite it fly {N}: An All-Deformable Network. IEEE Transactions on Neural Networks (TNNLS). [[PDF](https://arxiv.org/abs/2311.{N})][[Code](https://github.com/x/y{N})]",
];

fn corpus(n: usize, offset: usize) -> String {
    let mut out = String::new();
    for i in 0..n {
        let t = TEMPLATES[i % TEMPLATES.len()];
        let k = i + offset;
        let line = t
            .replace("{N}", &k.to_string())
            .replace("{Y}", &(1990 + k % 35).to_string())
            .replace("{V}", &(k % 90 + 1).to_string())
            .replace("{I}", &(k % 12 + 1).to_string())
            .replace("{P}", &(k % 900 + 1).to_string())
            .replace("{Q}", &(k % 900 + 15).to_string());
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn main() {
    let n = 10_000;
    let text = corpus(n, 0);
    let opts = Options {
        file: "bench.txt".into(),
        format: Format::Text,
        owner: None,
    };
    // Warm-up (regex compilation, allocator).
    let _ = extract(&corpus(200, 0), &opts);
    let mut best = f64::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        let out = extract(&text, &opts);
        let secs = start.elapsed().as_secs_f64();
        assert_eq!(out.entries.len(), n);
        best = best.min(secs);
    }
    println!(
        "extract, one thread: {n} references in {:.3} s = {:.0} references/s",
        best,
        n as f64 / best
    );

    let files: Vec<String> = (0..8).map(|f| corpus(n / 8 * 4, f * n)).collect();
    let total: usize = n / 8 * 4 * 8;
    let start = Instant::now();
    let count: usize = files
        .par_iter()
        .map(|t| extract(t, &opts).entries.len())
        .sum();
    let secs = start.elapsed().as_secs_f64();
    assert_eq!(count, total);
    println!(
        "extract, {} threads over 8 files: {total} references in {secs:.3} s = {:.0} references/s",
        rayon::current_num_threads(),
        total as f64 / secs
    );
}

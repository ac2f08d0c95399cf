#!/usr/bin/env bash
# Times `publist lint` (all rules) against `bibtex-tidy --duplicates` on the same
# 100,000-entry .bib (written by `cargo bench --bench lint`), best of three runs each, and
# prints the ratio. Installs bibtex-tidy from npm into a scratch directory.
#
#   benches/lint-vs-bibtex-tidy.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work="${TMPDIR:-/tmp}/publist-lint-bench"
mkdir -p "$work"
bib="$work/bench.bib"

PUBLIST_BENCH_BIB="$bib" cargo bench --bench lint
cargo build --release --quiet
if [ ! -x "$work/node_modules/.bin/bibtex-tidy" ]; then
    npm install --prefix "$work" --no-audit --no-fund bibtex-tidy@1.14.0 >/dev/null
fi

best() { # best wall time in seconds of three runs of the shell command "$1"
    python3 - "$1" <<'PY'
import subprocess, sys, time
times = []
for _ in range(3):
    t = time.perf_counter()
    subprocess.run(sys.argv[1], shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append(time.perf_counter() - t)
print(f"{min(times):.3f}")
PY
}

publist_s=$(best "target/release/publist lint '$bib' --format json")
tidy_s=$(best "'$work/node_modules/.bin/bibtex-tidy' --duplicates < '$bib'")
echo "publist lint (all rules):      ${publist_s} s"
echo "bibtex-tidy --duplicates:      ${tidy_s} s"
echo "ratio bibtex-tidy / publist:   $(python3 -c "print(f'{$tidy_s / $publist_s:.2f}')")"

#!/usr/bin/env bash
# Renders the same 10,000 entries in APA and in IEEE to HTML with publist, citeproc-js
# (npm `citeproc`) and pandoc's citeproc, in one run on this machine, and prints the
# ratios. The entries and the two (unpatched) styles come from `cargo bench --bench
# render`; citeproc-js is installed from npm into a scratch directory, pandoc from Debian.
#
#   benches/render-vs-peers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work="${TMPDIR:-/tmp}/publist-render-bench"
mkdir -p "$work"

PUBLIST_BENCH_DIR="$work" cargo bench --bench render
cargo build --release --quiet
command -v pandoc >/dev/null || { sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo; $sudo apt-get install -y -qq pandoc >/dev/null; }
if [ ! -d "$work/node_modules/citeproc" ]; then
    npm install --prefix "$work" --no-audit --no-fund citeproc@2.4.63 >/dev/null
fi
# citeproc-js needs a locale file: en-US from citation-js's CSL plugin.
if [ ! -f "$work/locales-en-US.xml" ]; then
    npm install --prefix "$work" --no-audit --no-fund @citation-js/plugin-csl@0.7.18 >/dev/null
    node -e '
      const l = require(process.argv[1] + "/node_modules/@citation-js/plugin-csl/lib/locales.json");
      require("fs").writeFileSync(process.argv[1] + "/locales-en-US.xml", l["en-US"]);
    ' "$work"
fi
cat > "$work/citeproc.js" <<'JS'
// citeproc-js: a bibliography of every item in bench.json, as HTML.
const fs = require("fs");
const CSL = require("citeproc");
const [dir, style] = process.argv.slice(2);
const items = JSON.parse(fs.readFileSync(dir + "/bench.json", "utf8"));
const byId = Object.fromEntries(items.map((it) => [it.id, it]));
const sys = {
  retrieveLocale: () => fs.readFileSync(dir + "/locales-en-US.xml", "utf8"),
  retrieveItem: (id) => byId[id],
};
const engine = new CSL.Engine(sys, fs.readFileSync(dir + "/" + style + ".csl", "utf8"), "en-US");
engine.updateItems(items.map((it) => it.id));
const [, entries] = engine.makeBibliography();
fs.writeFileSync(dir + "/citeproc-" + style + ".html", entries.join(""));
console.error("citeproc-js " + style + ": " + entries.length + " entries");
JS

best() { # best wall time in seconds of three runs of the shell command "$1"
    python3 - "$1" <<'PY'
import subprocess, sys, time
times = []
for _ in range(3):
    t = time.perf_counter()
    r = subprocess.run(sys.argv[1], shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append(time.perf_counter() - t)
    if r.returncode != 0:
        sys.exit(f"failed: {sys.argv[1]}")
print(f"{min(times):.3f}")
PY
}

printf -- '---\nnocite: "@*"\n---\n' > "$work/empty.md"
for style in apa ieee; do
    p=$(best "target/release/publist render '$work/bench.json' --style $style --to html --group-by none -o '$work/publist-$style.html'")
    c=$(best "node '$work/citeproc.js' '$work' $style")
    d=$(best "pandoc --citeproc --csl '$work/$style.csl' --bibliography '$work/bench.json' -t html -o '$work/pandoc-$style.html' '$work/empty.md'")
    echo "$style: publist ${p} s, citeproc-js ${c} s, pandoc ${d} s;" \
        "citeproc-js/publist $(python3 -c "print(f'{$c/$p:.2f}')"), pandoc/publist $(python3 -c "print(f'{$d/$p:.2f}')")"
done

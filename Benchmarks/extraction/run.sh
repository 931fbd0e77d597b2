#!/usr/bin/env bash
# Article-extraction benchmark: Parallax's extractor and trafilatura on the same 181 pages, scored with the
# same metric (token 4-shingle precision / recall / F1, see ../../../shared/data/article-extraction/README.md).
#
#   Benchmarks/extraction/run.sh [DATA_DIR]        (REPEATS=3 by default for Parallax's timing)
#
# Installs trafilatura from PyPI into Benchmarks/extraction/.venv (not committed), builds `parallax` in
# release mode and runs `parallax evaluate html`, pins both runs to one core (taskset), and prints one JSON
# line per system. Pages per second are per second of the process's own CPU time for extraction from the
# decompressed bytes (decoding, parsing, extraction); reading and gunzipping are not timed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${1:-$(cd "$root/.." && pwd)/shared/data/article-extraction}"
repeats="${REPEATS:-3}"
mkdir -p "$here/.build"

if [ ! -x "$here/.venv/bin/python" ]; then
    python3 -m venv "$here/.venv"
fi
"$here/.venv/bin/pip" install --quiet --disable-pip-version-check "trafilatura==2.3.1" lxml_html_clean

pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); fi

(cd "$root" && swift build -c release --product parallax >/dev/null)
echo "# machine: $(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
"${pin[@]}" "$root/.build/release/parallax" evaluate html "$data" --repeats "$repeats"
"${pin[@]}" "$root/.build/release/parallax" evaluate html "$data" --repeats 1 --format json \
    | python3 -c 'import json,sys; json.dump(json.load(sys.stdin)["predictions"], open(sys.argv[1], "w"))' "$here/.build/parallax-predictions.json"
(cd "$here" && .venv/bin/python score.py "$data" .build/parallax-predictions.json "parallax (scored by scorer.py)")
(cd "$here" && "${pin[@]}" .venv/bin/python run_trafilatura.py "$data" 1 .build/trafilatura-predictions.json)

#!/usr/bin/env bash
# Event clustering benchmark: Parallax and the scikit-learn baseline on the same labelled sets, same run.
# Usage: bash Benchmarks/clustering/run.sh   (from the package root; needs ../shared/data)
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=Benchmarks/clustering/.venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q scikit-learn numpy
fi
swift build -c release --product parallax >/dev/null
ecb=../shared/data/event-clustering/ecbplus-dev.jsonl
echo "== Parallax on ECB+ dev"
.build/release/parallax evaluate clustering "$ecb"
echo "== Parallax on the Examples corpus"
.build/release/parallax evaluate clustering Examples/articles
echo "== Parallax on the seeds"
.build/release/parallax evaluate clustering ../shared/seeds --labels Benchmarks/clustering/seeds-labels.tsv
echo "== scikit-learn TF-IDF + agglomerative (average, cosine), threshold sweep, ECB+ dev"
"$venv/bin/python" Benchmarks/clustering/baseline.py "$ecb" | tail -1

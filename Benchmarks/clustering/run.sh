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
echo "== Parallax on ECB+ dev, two articles at a time, every article dated the same day"
.build/release/parallax evaluate pairs "$ecb"
uci=../shared/data/headline-clustering/uci-headlines-dev.jsonl
echo "== Parallax on the UCI headlines (titles only)"
.build/release/parallax evaluate clustering "$uci"
echo "== scikit-learn TF-IDF + agglomerative (average, cosine), threshold sweep, UCI headlines"
"$venv/bin/python" Benchmarks/clustering/baseline.py "$uci" --from 0.90 --to 0.98 | tail -1
echo "== Parallax on the Examples corpus"
.build/release/parallax evaluate clustering Examples/articles
echo "== Parallax on the seeds"
.build/release/parallax evaluate clustering ../shared/seeds --labels Benchmarks/clustering/seeds-labels.tsv
echo "== scikit-learn TF-IDF + agglomerative (average, cosine), threshold sweep, ECB+ dev"
"$venv/bin/python" Benchmarks/clustering/baseline.py "$ecb" | tail -1
newsroom=Benchmarks/clustering/newsroom
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "== Parallax on newsroom part 3 (held out: never tuned on)"
.build/release/parallax evaluate clustering "$newsroom/part3.jsonl"
echo "== scikit-learn on newsroom part 3 (threshold swept on it)"
"$venv/bin/python" Benchmarks/clustering/baseline.py "$newsroom/part3.jsonl" | tail -1
echo "== Parallax on the labelled set: seeds + Examples + newsroom parts 1-3, clustered together"
.build/release/parallax evaluate clustering ../shared/seeds=Benchmarks/clustering/seeds-labels.tsv Examples/articles \
  "$newsroom/part1.jsonl" "$newsroom/part2.jsonl" "$newsroom/part3.jsonl" \
  --format json --dump-documents "$work/documents.json" >"$work/result.json"
python3 -c "import json,sys; r=json.load(open(sys.argv[1])); b=r['bcubed']; print(f\"documents {r['documents']}  gold events {r['goldEvents']}  events found {r['eventsFound']}\"); print(f\"BCubed precision {b['precision']:.3f}  recall {b['recall']:.3f}  F1 {b['f1']:.3f}\")" "$work/result.json"
echo "== scikit-learn on the same labelled set (same articles and text, threshold swept on it)"
"$venv/bin/python" Benchmarks/clustering/baseline.py --from-parallax "$work/result.json" "$work/documents.json" | tail -1
echo "== newsroom part 3 with the finer happening labels: defaults, then follow-ups split (gap 0.2 beyond 5 days)"
.build/release/parallax evaluate clustering "$newsroom/part3.jsonl" --label-field happening | sed -n 2p
.build/release/parallax evaluate clustering "$newsroom/part3.jsonl" --label-field happening \
  --options '{"publicationGapFactor": 0.2, "publicationWindowDays": 5}' --format json \
  --dump-documents "$work/happening-documents.json" >"$work/happening.json"
python3 -c "import json,sys; b=json.load(open(sys.argv[1]))['bcubed']; print(f\"BCubed precision {b['precision']:.3f}  recall {b['recall']:.3f}  F1 {b['f1']:.3f}\")" "$work/happening.json"
echo "== scikit-learn on part 3 with happening labels"
"$venv/bin/python" Benchmarks/clustering/baseline.py --from-parallax "$work/happening.json" "$work/happening-documents.json" | tail -1

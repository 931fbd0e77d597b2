#!/usr/bin/env bash
# Streaming event clustering at scale: generate a synthetic labelled corpus, stream-cluster it, score it.
# Usage: bash Benchmarks/clustering/stream.sh [ARTICLES] [OUT_DIR]   (from the package root; needs ../shared/data)
# Needs `Bench` registered in ParallaxCommand's subcommands. Not a timed test: record the output, the machine
# and its load in BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
articles=${1:-1000000}
out=${2:-/tmp/parallax-stream}
mkdir -p "$out"
swift build -c release --scratch-path .build-stream --product parallax >/dev/null
bin=.build-stream/release/parallax
corpus="$out/corpus-$articles.jsonl"
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
echo "== generate $articles articles"
/usr/bin/time -f "wall %e s, max RSS %M KB" "$bin" bench generate-corpus --articles "$articles" --out "$corpus" --seed 1 --data ../shared/data
echo "== stream-cluster"
/usr/bin/time -f "wall %e s, user %U s, sys %S s, max RSS %M KB" "$bin" bench cluster-stream "$corpus"
echo "== stream-cluster ECB+ dev (quality check on real labelled news)"
"$bin" bench cluster-stream ../shared/data/event-clustering/ecbplus-dev.jsonl

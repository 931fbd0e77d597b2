#!/usr/bin/env bash
# Dedup benchmark: builds a 100,000-document corpus with planted near copies, then runs Parallax (release
# build of this folder's package) and datasketch's MinHashLSH on it in the same run, and scores both.
#
#   Benchmarks/dedup/run.sh            # reuses out/corpus.jsonl when present
#   FRESH=1 Benchmarks/dedup/run.sh    # rebuilds the corpus
#   DOCS=20000 Benchmarks/dedup/run.sh # a smaller corpus (written to out/ as well)
#   BIN=path/to/dedup-bench run.sh     # an already built dedup-bench
#
# Needs python3 (a venv with datasketch is made in .venv) and /usr/bin/time. Results: out/results.json and
# the table printed at the end (copy it into BENCHMARKS.md with the machine it ran on).
set -euo pipefail
cd "$(dirname "$0")"
DATA=${DATA:-../../../shared/data}
DOCS=${DOCS:-100000}
THRESHOLD=${THRESHOLD:-0.8}
PERMUTATIONS=${PERMUTATIONS:-128}
SHINGLE=${SHINGLE:-5}
mkdir -p out

if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
.venv/bin/python -c "import datasketch" 2>/dev/null || .venv/bin/pip install -q "datasketch==2.0.0"

if [ -n "${FRESH:-}" ] || [ ! -s out/corpus.jsonl ] || [ ! -s out/truth.tsv ]; then
  echo "== corpus ($DOCS documents)"
  .venv/bin/python make_corpus.py --data "$DATA" --docs "$DOCS" --families $((DOCS * 8 / 100)) \
    --shingle "$SHINGLE" --out out/corpus.jsonl --truth out/truth.tsv
fi

if [ -z "${BIN:-}" ]; then
  echo "== build (release)"
  swift build -c release 2>&1 | tail -1
  BIN=$(swift build -c release --show-bin-path)/dedup-bench
fi

echo "== parallax"
/usr/bin/time -v "$BIN" out/corpus.jsonl --threshold "$THRESHOLD" --permutations "$PERMUTATIONS" --shingle "$SHINGLE" \
  --pairs out/parallax-pairs.tsv --summary out/parallax.json 2> out/parallax.time
grep -E "Maximum resident|Elapsed" out/parallax.time

echo "== parallax, signature verification"
/usr/bin/time -v "$BIN" out/corpus.jsonl --threshold "$THRESHOLD" --permutations "$PERMUTATIONS" --shingle "$SHINGLE" \
  --verification signature --pairs out/parallax-signature-pairs.tsv --summary out/parallax-signature.json \
  2> out/parallax-signature.time
grep -E "Maximum resident|Elapsed" out/parallax-signature.time

echo "== datasketch"
/usr/bin/time -v .venv/bin/python run_datasketch.py out/corpus.jsonl --threshold "$THRESHOLD" \
  --permutations "$PERMUTATIONS" --shingle "$SHINGLE" --pairs out/datasketch-pairs.tsv --summary out/datasketch.json \
  2> out/datasketch.time
grep -E "Maximum resident|Elapsed" out/datasketch.time

echo "== scores"
.venv/bin/python evaluate.py --corpus out/corpus.jsonl --truth out/truth.tsv --threshold "$THRESHOLD" \
  --shingle "$SHINGLE" \
  --system parallax out/parallax-pairs.tsv out/parallax.json \
  --system parallax-signature out/parallax-signature-pairs.tsv out/parallax-signature.json \
  --system datasketch out/datasketch-pairs.tsv out/datasketch.json

#!/usr/bin/env bash
# Incremental ingest benchmark (issue 19): a store of N generated articles, then +NEW new ones, then the N
# stored files again; and the same corpus ingested at once and in CHUNKS chunks in publication order, scored
# against each other and against the labels (BCubed).
# Usage: bash Benchmarks/incremental/run.sh [N=10000] [NEW=200] [CHUNKS=10]   (from the package root)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
new=${2:-200}
chunks=${3:-10}
swift build -c release --product parallax >/dev/null
parallax=.build/release/parallax
work=$(mktemp -d /tmp/parallax-incremental.XXXXXX)
trap 'rm -rf "$work"' EXIT
"$parallax" bench generate-corpus --articles $((n + new)) --seed 3 --out "$work/corpus.jsonl" | head -1
head -n "$n" "$work/corpus.jsonl" >"$work/base.jsonl"
tail -n "$new" "$work/corpus.jsonl" >"$work/new.jsonl"
timed() {  # label, then the command: prints seconds, peak RSS and the analysis report
  local label=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" --format json >"$work/out.json"
  read -r seconds kb <"$work/time"
  python3 - "$label" "$seconds" "$kb" "$work/out.json" <<'PY'
import json, sys
label, seconds, kb, path = sys.argv[1:]
report = json.load(open(path))
a = report.get("analysis") or {}
print(f"{label}: {float(seconds):.2f} s, peak RSS {int(kb) // 1024} MB; {len(report['inserted'])} new, "
      f"{len(report['existing'])} already stored; analysis {a.get('mode')}, {a.get('reclusteredEvents')} events "
      f"re-clustered, {a.get('touchedEvents')} replaced; {report['events']} events")
PY
}
echo "== $n articles into an empty store, +$new new, the $n again"
timed "ingest $n" "$parallax" ingest "$work/base.jsonl" --db "$work/store.sqlite"
timed "+$new new" "$parallax" ingest "$work/new.jsonl" --db "$work/store.sqlite"
timed "the $n stored again" "$parallax" ingest "$work/base.jsonl" --db "$work/store.sqlite"
echo "== the $((n + new)) at once and in $chunks chunks (publication order)"
timed "at once" "$parallax" ingest "$work/corpus.jsonl" --db "$work/once.sqlite"
lines=$(((n + new + chunks - 1) / chunks))
split -l "$lines" -d -a 3 --additional-suffix=.jsonl "$work/corpus.jsonl" "$work/chunk-"
for chunk in "$work"/chunk-*.jsonl; do
  timed "chunk $(basename "$chunk" .jsonl)" "$parallax" ingest "$chunk" --db "$work/chunked.sqlite"
done
python3 Benchmarks/incremental/partitions.py "$work/corpus.jsonl" "$work/once.sqlite" "$work/chunked.sqlite"

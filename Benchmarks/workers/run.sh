#!/usr/bin/env bash
# PostgreSQL workers (issue 19, point 4): the same generated corpus, queued as FILES files, ingested by one
# `parallax worker` and, into a second database, by two at once; prints each run's wall time and peak RSS and
# the BCubed agreement of the two runs' events.
# Usage: PARALLAX_BENCH_POSTGRES_URL=postgres://user@host:port/db [PARALLAX=path/to/parallax] \
#          bash Benchmarks/workers/run.sh [N=20000] [FILES=200]
# (from the package root; the URL's server must let its user create databases).
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-20000}
files=${2:-200}
url=${PARALLAX_BENCH_POSTGRES_URL:?set PARALLAX_BENCH_POSTGRES_URL to a PostgreSQL server URL}
# PARALLAX names a release binary built with the PostgreSQL trait; without it, this builds one.
parallax=${PARALLAX:-}
if [ -z "$parallax" ]; then
  swift build -c release --traits PostgreSQL --product parallax >/dev/null
  parallax=.build/release/parallax
fi
work=$(mktemp -d /tmp/parallax-workers.XXXXXX)
trap 'rm -rf "$work"' EXIT
"$parallax" bench generate-corpus --articles "$n" --seed 3 --out "$work/corpus.jsonl" | head -1
mkdir "$work/jobs"
split -n "l/$files" -d -a 4 --additional-suffix=.jsonl "$work/corpus.jsonl" "$work/jobs/part-"
run() {  # database name, number of workers
  local db=$1 workers=$2 target="${url%/*}/$1"
  psql -q "$url" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  "$parallax" enqueue "$work/jobs" --db "$target" >/dev/null
  local start end
  start=$(date +%s.%N)
  for i in $(seq "$workers"); do
    /usr/bin/time -f "%M" -o "$work/rss-$db-$i" "$parallax" worker --db "$target" --name "w$i" --format json \
      >"$work/out-$db-$i.json" 2>"$work/err-$db-$i" &
  done
  wait
  end=$(date +%s.%N)
  local rss
  rss=$(sort -n "$work"/rss-"$db"-* | tail -1)
  printf '%d worker(s): %.1f s, peak RSS %d MB a worker; events: %s\n' "$workers" "$(echo "$end - $start" | bc)" \
    $((rss / 1024)) "$(psql -At "$target" -c 'SELECT count(*) FROM event')"
  psql -At "$target" -c "SELECT article_ids FROM event" >"$work/events-$db.txt"
}
run parallax_bench_one 1
run parallax_bench_two 2
python3 - "$work/events-parallax_bench_one.txt" "$work/events-parallax_bench_two.txt" <<'PY'
import json, sys
def partition(path):
    member = {}
    for number, line in enumerate(open(path)):
        for article in json.loads(line):
            member[article] = number
    return member
one, two = partition(sys.argv[1]), partition(sys.argv[2])
def clusters(p):
    c = {}
    for k, v in p.items():
        c.setdefault(v, set()).add(k)
    return c
c1, c2 = clusters(one), clusters(two)
items = [k for k in one if k in two]
precision = sum(len(c1[one[k]] & c2[two[k]]) / len(c2[two[k]]) for k in items) / len(items)
recall = sum(len(c1[one[k]] & c2[two[k]]) / len(c1[one[k]]) for k in items) / len(items)
print(f"agreement of the two runs' events (BCubed F1): {2 * precision * recall / (precision + recall):.4f} "
      f"over {len(items)} articles")
PY

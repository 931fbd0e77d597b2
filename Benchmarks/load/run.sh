#!/usr/bin/env bash
# Load test of `parallax serve` (a benchmark, not a test): builds a store of N articles with
# `parallax bench generate-store` unless DB exists, starts the release server on a loopback port, and runs
# wrk against event pages, event JSON, the event list and search, each over many different paths.
#
# Usage: Benchmarks/load/run.sh [ARTICLES=100000] ; environment: DB (default /tmp/parallax-load.sqlite),
# DURATION (default 20s), CONNECTIONS (default 16), THREADS (default 1), WARM=1 (serve with --warm-pages and
# wait until every event page and event JSON is materialised in the store before measuring).
# Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
articles=${1:-100000}
db=${DB:-/tmp/parallax-load.sqlite}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-16}
threads=${THREADS:-1}
command -v wrk >/dev/null || { echo "error: wrk is not installed (apt-get install wrk)" >&2; exit 1; }

swift build -c release --product parallax >/dev/null
binary="$(swift build -c release --show-bin-path)/parallax"
if [ ! -f "$db" ]; then
  "$binary" bench generate-store --articles "$articles" --db "$db"
fi

work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

port=$((20000 + RANDOM % 20000))
warm=()
[ -n "${WARM:-}" ] && warm=(--warm-pages)
"$binary" serve --db "$db" --port "$port" --log-level warning "${warm[@]}" >"$work/serve.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -fsS "$base/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
# Searches rank through the store's in-memory index once the server has built it (FTS5 answers until then).
for _ in $(seq 1 600); do
  prepared=$(curl -fsS "$base/metrics" | awk '/^parallax_search_prepared_seconds/ { print $2 }')
  [ -n "$prepared" ] && break
  sleep 1
done
echo "search index: built in ${prepared:-?} s, server RSS $(ps -o rss= -p "$server" | awk '{ printf "%d MB", $1 / 1024 }')"
if [ -n "${WARM:-}" ]; then
  events=$(sqlite3 "$db" "SELECT count(*) FROM event")
  start=$(date +%s)
  while [ "$(sqlite3 "$db" "SELECT count(*) FROM renderedPage")" -lt $((2 * events)) ]; do sleep 2; done
  echo "warm: $((2 * events)) bodies materialised in $(($(date +%s) - start)) s, store now $(du -h "$db" | cut -f1)"
fi

# Paths: every event id (a cold set: more ids than the page cache keeps warm), a hot set of 500, queries.
sqlite3 "$db" "SELECT id FROM event ORDER BY random()" >"$work/events.txt" 2>/dev/null \
  || curl -fsS "$base/api/events?limit=200" | grep -o '"id":"e-[0-9a-f]*"' | cut -d'"' -f4 >"$work/events.txt"
sed 's|^|/events/|' "$work/events.txt" >"$work/event-pages-all.txt"
head -500 "$work/event-pages-all.txt" >"$work/event-pages-hot.txt"
head -500 "$work/events.txt" | sed 's|^|/api/events/|' >"$work/event-json-hot.txt"
sed 's|^|/api/events/|' "$work/events.txt" >"$work/event-json-all.txt"
for word in bridge collapse inquiry floods evacuated summit talks tariffs grain strike port minister river \
  "bridge collapse" "kestra summit" "lenna floods" "prime minister" "security operation" harnlow brenmoor vesse; do
  printf '/api/search?q=%s\n' "${word// /+}"
done >"$work/search.txt"
# Cold search: 20,000 distinct one- and two-word queries from the Examples vocabulary, so nearly every request
# misses the server's 30-second search cache and is ranked by SQLite FTS5.
cat Examples/articles/*.txt | tr -cs 'A-Za-z' '\n' | tr 'A-Z' 'a-z' | awk 'length($0) > 3' | sort -u >"$work/words.txt"
awk 'BEGIN { srand(1) } { w[NR] = $0 } END {
  for (i = 0; i < 2000; i++) print "/api/search?q=" w[int(rand() * NR) + 1]
  for (i = 0; i < 20000; i++) print "/api/search?q=" w[int(rand() * NR) + 1] "+" w[int(rand() * NR) + 1]
}' "$work/words.txt" | sort -u >"$work/search-cold.txt"
for offset in 0 50 100 500 1000 5000; do printf '/?offset=%s\n' "$offset"; done >"$work/list.txt"
for n in 1 2 3 4 5 6 7 8 9 10; do printf '/api/events?outlet=Outlet+A+%s&limit=20\n' "$((n % 2 + 1))"; done >>"$work/list.txt"
printf '/api/timeline\n/api/timeline?outlet=Outlet+B+1\n' >>"$work/list.txt"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "store: $(curl -fsS "$base/healthz")"
for scenario in ${SCENARIOS:-event-pages-hot event-pages-all event-json-hot event-json-all search search-cold list}; do
  wrk -t1 -c4 -d3s -s Benchmarks/load/paths.lua "$base" -- "$work/$scenario.txt" >/dev/null  # warm up
  echo "== $scenario ($(wc -l <"$work/$scenario.txt") paths): wrk -t$threads -c$connections -d$duration --latency"
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s Benchmarks/load/paths.lua "$base" -- "$work/$scenario.txt" \
    | grep -E "Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx|Socket errors"
done

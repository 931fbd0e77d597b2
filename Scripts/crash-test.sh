#!/usr/bin/env bash
# Crash test: kill ingestion with SIGKILL partway, restart it, and check the store equals a clean run's.
#
#   Scripts/crash-test.sh [ARTICLES]          (default 3000)
#
# SQLite: `parallax ingest` of a generated corpus, killed at several points, then rerun.
# PostgreSQL (when PARALLAX_TEST_POSTGRES_URL names a server, e.g. postgres://postgres@127.0.0.1:55432/postgres):
# the corpus split into files, queued, two `parallax worker`s killed mid-batch, two more started.
# Each store must then hold the same articles (ids and text hashes) and the same events as a clean run, and
# right after each kill no article may be stored whose job is not marked stored (no partial batch).
# Needs sqlite3 and psql; PARALLAX names the binary (default .build/debug/parallax); CRASH_SQLITE_POINTS and
# CRASH_PG_POINTS when to kill the workers: after the "first" committed batch, at "half" the jobs, or at
# "analysis" (every job committed, the re-analysis running).
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-3000}
# Kill points, in percent of a clean run's time.
sqlite_points=${CRASH_SQLITE_POINTS:-5 30 70}
pg_points=${CRASH_PG_POINTS:-first half analysis}
parallax=${PARALLAX:-.build/debug/parallax}
work=$(mktemp -d /tmp/parallax-crash.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "crash-test: FAIL: $*" >&2; exit 1; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
# Sleeps for PERCENT % of MILLISECONDS.
sleep_part() { local ms=$(($2 * $1 / 100)); sleep "$((ms / 1000)).$(printf '%03d' $((ms % 1000)))"; }

"$parallax" bench generate-corpus --articles "$articles" --out "$work/corpus.jsonl" --seed 7 >/dev/null
mkdir "$work/files"
split -l 20 -d -a 4 --additional-suffix=.jsonl "$work/corpus.jsonl" "$work/files/part-"
echo "corpus: $articles articles in $(ls "$work/files" | wc -l) files"

sqlite_digest() { sqlite3 "$1" "SELECT id || ' ' || length(text) || ' ' || hex(text) FROM article ORDER BY id" | sha256sum; }
# Events as "id:sorted article ids": the clustering itself. (Titles and the order of equally central
# articles can differ between processes, as Swift's hashing is seeded per process.)
events_digest() {
  case "$1" in
    postgres*) psql -At "$1" -c "SELECT e.id || ':' || (SELECT string_agg(v, ',' ORDER BY v)
        FROM json_array_elements_text(e.article_ids::json) AS v) FROM event e ORDER BY e.id" ;;
    *) sqlite3 "$1" "SELECT e.id || ':' || (SELECT group_concat(value) FROM (SELECT value
        FROM json_each(e.articleIds) ORDER BY value)) FROM event e ORDER BY e.id" ;;
  esac | sha256sum
}

echo "== SQLite: parallax ingest"
start=$(now_ms)
"$parallax" ingest "$work/files" --db "$work/clean.sqlite" >/dev/null
clean_ms=$(($(now_ms) - start))
clean_count=$(sqlite3 "$work/clean.sqlite" "SELECT count(*) FROM article")
clean_articles=$(sqlite_digest "$work/clean.sqlite")
clean_events=$(events_digest "$work/clean.sqlite")
echo "clean run: $clean_count articles in ${clean_ms} ms"
[ "$clean_count" -gt 0 ] || fail "the clean SQLite run stored nothing"
for percent in $sqlite_points; do
  db="$work/crash-$percent.sqlite"
  "$parallax" ingest "$work/files" --db "$db" >/dev/null 2>&1 &
  pid=$!
  sleep_part "$percent" "$clean_ms"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  partial=$(sqlite3 "$db" "SELECT count(*) FROM article" 2>/dev/null || echo 0)
  [ "$partial" = 0 ] || [ "$partial" = "$clean_count" ] || fail "killed at $percent: $partial of $clean_count articles stored"
  "$parallax" ingest "$work/files" --db "$db" >/dev/null
  [ "$(sqlite3 "$db" "SELECT count(*) FROM article")" = "$clean_count" ] || fail "SQLite restart after $percent: count differs"
  [ "$(sqlite_digest "$db")" = "$clean_articles" ] || fail "SQLite restart after $percent: articles differ"
  [ "$(events_digest "$db")" = "$clean_events" ] || fail "SQLite restart after $percent: events differ"
  echo "killed at $percent % of the run ($partial articles stored at the kill): restart matches the clean run"
done

if [ -z "${PARALLAX_TEST_POSTGRES_URL:-}" ]; then
  echo "== PostgreSQL: skipped (PARALLAX_TEST_POSTGRES_URL is unset)"
  echo "crash-test: OK"
  exit 0
fi

echo "== PostgreSQL: two parallax workers"
base=$PARALLAX_TEST_POSTGRES_URL
export PGOPTIONS="--client-min-messages=warning"
database_url() { echo "${base%/*}/$1"; }
fresh_database() {
  psql -q "$base" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null
  database_url "$1"
}
pg_digest() { psql -At "$1" -c "SELECT id || ' ' || length(text) || ' ' || md5(text) FROM article ORDER BY id" | sha256sum; }
pg_count() { psql -At "$1" -c "SELECT count(*) FROM article"; }
workers() {
  local url=$1
  shift
  "$parallax" worker --db "$url" --name w1 --batch 2 "$@" >/dev/null 2>&1 &
  w1=$!
  "$parallax" worker --db "$url" --name w2 --batch 2 "$@" >/dev/null 2>&1 &
  w2=$!
}

run=$$   # database names unique to this run: another run may share the server
clean=$(fresh_database "parallax_crash_clean_$run")
"$parallax" enqueue "$work/files" --db "$clean" >/dev/null
start=$(now_ms)
workers "$clean"
wait "$w1" "$w2" || fail "a clean PostgreSQL worker failed"
pg_ms=$(($(now_ms) - start))
pg_clean_count=$(pg_count "$clean")
[ "$pg_clean_count" = "$clean_count" ] || fail "PostgreSQL stored $pg_clean_count articles, SQLite $clean_count"
pg_clean_articles=$(pg_digest "$clean")
pg_clean_events=$(events_digest "$clean")
[ "$pg_clean_events" = "$clean_events" ] || fail "PostgreSQL workers' events differ from SQLite ingest's"
echo "clean run: $pg_clean_count articles in ${pg_ms} ms, events equal SQLite's"
files_count=$(ls "$work/files" | wc -l)
for point in $pg_points; do
  name="parallax_crash_${point}_$run"
  url=$(fresh_database "$name")
  "$parallax" enqueue "$work/files" --db "$url" >/dev/null
  # Each batch stays open 300 ms before its commit, so the kill finds both workers mid-batch.
  workers "$url" --hold-batch-ms 300
  case "$point" in
    first) want=1 ;;                      # after the first committed batch
    half) want=$((files_count / 2)) ;;    # half the jobs committed
    analysis) want=$files_count ;;        # every job committed: the re-analysis is running
  esac
  for _ in $(seq 600); do
    done_jobs=$(psql -At "$url" -c "SELECT count(*) FROM job WHERE state <> 'pending'")
    [ "$done_jobs" -ge "$want" ] && break
    sleep 0.05
  done
  kill -KILL "$w1" "$w2" 2>/dev/null || true
  wait "$w1" "$w2" 2>/dev/null || true
  orphans=$(psql -At "$url" -c "SELECT count(*) FROM article a WHERE NOT EXISTS (
      SELECT 1 FROM job j WHERE j.state <> 'pending' AND a.path LIKE j.path || '%')")
  [ "$orphans" = 0 ] || fail "killed at $point: $orphans articles stored outside a committed batch"
  at_kill=$(psql -At "$url" -c "SELECT string_agg(state || '=' || n, ' ') FROM (
      SELECT state, count(*) AS n FROM job GROUP BY state ORDER BY state) s")
  stored_at_kill=$(pg_count "$url")
  workers "$url"
  wait "$w1" "$w2" || fail "a restarted PostgreSQL worker failed"
  [ "$(pg_count "$url")" = "$pg_clean_count" ] || fail "PostgreSQL restart after $point: count differs"
  [ "$(pg_digest "$url")" = "$pg_clean_articles" ] || fail "PostgreSQL restart after $point: articles differ"
  [ "$(events_digest "$url")" = "$pg_clean_events" ] || fail "PostgreSQL restart after $point: events differ"
  left=$(psql -At "$url" -c "SELECT count(*) FROM job WHERE state <> 'analysed'")
  [ "$left" = 0 ] || fail "PostgreSQL restart after $point: $left jobs not analysed"
  psql -q "$base" -c "DROP DATABASE $name WITH (FORCE)" >/dev/null
  echo "killed both workers at '$point' (jobs: $at_kill; $stored_at_kill articles, none outside a committed batch):" \
    "restart matches the clean run"
done
psql -q "$base" -c "DROP DATABASE parallax_crash_clean_$run WITH (FORCE)" >/dev/null
echo "crash-test: OK"

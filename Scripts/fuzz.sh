#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each one after the other for a bounded time.
#
#   Scripts/fuzz.sh [seconds-per-target] [target ...]     fuzz (default 60 s each, all targets)
#   Scripts/fuzz.sh --replay [target ...]                  run each target once over its seeds, no fuzzing
#
# Environment: FUZZ_RUNS=N also stops each target after N executions (whichever comes first);
# FUZZ_SANITIZERS=fuzzer builds without AddressSanitizer (about twice the executions per second, built in
# Fuzz/.build-fuzzer-only; Swift's own overflow and bounds traps still fire) instead of the default
# fuzzer,address; FUZZ_JOBS_NICE (default 10) is the nice level. Not part of CI: the fuzz package is never
# built there.
#
# Each target starts from Fuzz/Corpus/<target> (the committed seeds, read-only) plus a working corpus in
# Fuzz/.build/fuzz/corpus/<target> that grows across runs. A crash, timeout (> 10 s) or out-of-memory
# input (> 2 GiB) is saved to Fuzz/.build/fuzz/crashes/<target>/ and the script goes on with the next
# target; turn it into a regression test in the normal test targets and fix the parser. A summary table
# (executions, seconds, new findings) is printed at the end and written to Fuzz/.build/fuzz/summary.md.
# (Not .build/artifacts: SwiftPM owns that folder and empties it.)
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"

all_targets=(
  FuzzPlainText FuzzHTML FuzzXMLFeed FuzzJSONFeed FuzzJSONLines FuzzWARC
  FuzzPublicationDate FuzzTimes FuzzQuantities FuzzDedup
)

replay=no
seconds=60
if [ "${1:-}" = "--replay" ]; then
  replay=yes
  shift
elif [[ "${1:-}" =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

# `swift build --sanitize=fuzzer --sanitize=address` passes two -sanitize flags and the Swift 6.3 driver
# keeps only the last (no coverage instrumentation), so the flags go to swiftc as one list. SwiftPM
# links executables with its own `main` (see FuzzDriver), and gold crashes on that link; lld works.
sanitizers=${FUZZ_SANITIZERS:-fuzzer,address}
scratch=.build
[ "$sanitizers" = "fuzzer,address" ] || scratch=.build-${sanitizers//,/-}-only
build=(swift build -c release --scratch-path "$scratch" -Xswiftc -sanitize="$sanitizers" -Xswiftc -use-ld=lld)
echo "== build (release, -sanitize=$sanitizers, in Fuzz/$scratch)"
nice -n "${FUZZ_JOBS_NICE:-10}" "${build[@]}" 2>&1 | grep -Ev "^\[|Cannot export|CMakeLists|unhandled;" || true
bin=$("${build[@]}" --show-bin-path)

out=.build/fuzz
mkdir -p $out/corpus $out/crashes $out/logs
summary=$out/summary.md
printf 'Build: -sanitize=%s; %s\n\n' "$sanitizers" "$(date -u '+%Y-%m-%d %H:%M UTC')" > "$summary"
printf '| Target | Executions | Seconds | Exec/s | Corpus | New crashes/timeouts/OOMs |\n|---|---:|---:|---:|---:|---:|\n' >> "$summary"
status=0
for target in "${targets[@]}"; do
  [ -x "$bin/$target" ] || { echo "error: $bin/$target was not built" >&2; exit 1; }
  if [ "$replay" = yes ]; then
    inputs=(Corpus/"$target"/*)
    echo "== replay $target (${#inputs[@]} inputs)"
    "$bin/$target" -rss_limit_mb=2048 -timeout=10 "${inputs[@]}" > $out/logs/"$target"-replay.log 2>&1 \
      || { echo "FAILED: see Fuzz/$out/logs/$target-replay.log" >&2; status=1; }
    continue
  fi
  work=$out/corpus/$target
  artifacts=$out/crashes/$target
  mkdir -p "$work" "$artifacts"
  log=$out/logs/$target.log
  echo "== fuzz $target for ${seconds}s${FUZZ_RUNS:+ or $FUZZ_RUNS runs}"
  start=$(date +%s)
  # -fork=1 would survive crashes, but loses the exact stats; one crash ends this target's run instead.
  nice -n "${FUZZ_JOBS_NICE:-10}" "$bin/$target" \
    -max_total_time="$seconds" ${FUZZ_RUNS:+-runs="$FUZZ_RUNS"} \
    -max_len=65536 -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$work" Corpus/"$target" > "$log" 2>&1 || status=1
  elapsed=$(( $(date +%s) - start ))
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  runs=${runs:-$(grep -Eo '^#[0-9]+' "$log" | tail -1 | tr -d '#')}
  found=$(find "$artifacts" -type f -newermt "@$start" 2>/dev/null | wc -l)
  corpus=$(find "$work" -type f | wc -l)
  rate=$(( ${runs:-0} / (elapsed > 0 ? elapsed : 1) ))
  printf '| %s | %s | %s | %s | %s | %s |\n' "$target" "${runs:-0}" "$elapsed" "$rate" "$corpus" "$found" >> "$summary"
  if [ "$found" -gt 0 ]; then
    echo "   FOUND $found: $(find "$artifacts" -type f -newermt "@$start" | head -3 | tr '\n' ' ')"
    grep -m3 -E "ERROR: |Fatal error|SUMMARY" "$log" | sed 's/^/   /' || true
  fi
done
[ "$replay" = yes ] || { echo; cat "$summary"; }
exit $status

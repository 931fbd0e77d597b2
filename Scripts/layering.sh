#!/usr/bin/env bash
# The layering rule of docs/ARCHITECTURE (README "Architecture"): stages never import each other; the shells
# (the `parallax` CLI and ParallaxServer) import no stage and no concrete store; Model and Text import no other
# Parallax module. `swift build --explicit-target-dependency-import-check error` checks imports against
# Package.swift; this checks Package.swift's shape against the rule.
#
#   bash Scripts/layering.sh [SOURCES]   check SOURCES (default: Sources); exit 1 naming each violation
#   bash Scripts/layering.sh --self-test plant a violation of each kind in a copy and expect each to fail
set -euo pipefail
cd "$(dirname "$0")/.."

# The analysis stages; ParallaxReport (rendering Model values) is a stage to the others but the shells use it.
analysis="ParallaxIngest ParallaxDedup ParallaxCluster ParallaxExtract ParallaxCompare"
stages="$analysis ParallaxReport"
stores="ParallaxSQLite ParallaxPostgres"
shells="parallax ParallaxServer"

# Prints "file: imports module" for every violation under $1.
violations() {
  local root=$1 target module forbidden
  for target in $stages ParallaxModel ParallaxText $shells; do
    [ -d "$root/$target" ] || continue
    case " $stages " in
      *" $target "*) forbidden="$stages $stores ParallaxStore Parallax ParallaxServer ParallaxEvaluation" ;;
      *)
        case "$target" in
          ParallaxModel) forbidden="$stages $stores ParallaxStore ParallaxText Parallax ParallaxServer ParallaxEvaluation" ;;
          ParallaxText) forbidden="$stages $stores ParallaxStore Parallax ParallaxServer ParallaxEvaluation" ;;
          *) forbidden="$analysis $stores ParallaxText" ;;
        esac
        ;;
    esac
    for module in $forbidden; do
      [ "$module" = "$target" ] && continue
      grep -rlE "^(@testable )?(@_exported )?(public |package |internal )?import $module\$" "$root/$target" \
        --include='*.swift' 2>/dev/null | sed "s|\$|: imports $module|" || true
    done
  done
}

if [ "${1:-}" = "--self-test" ]; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  failures=0
  for plant in "ParallaxCluster:ParallaxExtract" "parallax:ParallaxCluster" "ParallaxServer:ParallaxSQLite" \
    "ParallaxModel:ParallaxText"; do
    rm -rf "$scratch/Sources" && cp -r Sources "$scratch/Sources"
    printf 'import %s\n' "${plant#*:}" >"$scratch/Sources/${plant%%:*}/PlantedViolation.swift"
    if [ -z "$(violations "$scratch/Sources")" ]; then
      echo "self-test: a planted import of ${plant#*:} in ${plant%%:*} was not caught" >&2
      failures=$((failures + 1))
    fi
  done
  [ "$failures" -eq 0 ] && echo "layering self-test: 4 planted violations caught"
  exit "$failures"
fi

found=$(violations "${1:-Sources}")
if [ -n "$found" ]; then
  echo "layering violations (stages import no stage; shells import no stage or concrete store):" >&2
  echo "$found" >&2
  exit 1
fi
echo "layering: no stage imports another stage; no shell imports a stage or a concrete store"

#!/usr/bin/env bash
# Browser test of `parallax serve`: ingests Examples/articles and ../shared/seeds (when present; required in CI)
# plus an XSS fixture into a temporary database,
# starts the server on a loopback port, loads pages in headless Chromium (--dump-dom gives the DOM after
# parsing, i.e. what a person's browser shows) and checks what a reader sees: the event title, both sides of
# a disagreement, the outlets, the marked article text, the timeline chart, the event page's reading order
# (what happened, disagreements, who reports what, framing and sourcing, the articles) and that an article
# page links to its event. It also checks that the XSS
# fixture's markup is text, not live elements, and takes screenshots.
#
# Usage: Scripts/browser-test.sh [PARALLAX_BINARY]   (default: the debug build, built if missing)
# Environment: SCREENSHOT_DIR (default: a temporary directory), CHROMIUM (default: chromium).
# Needs chromium, curl and python3. Runs as root in CI, hence --no-sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium=${CHROMIUM:-chromium}
command -v "$chromium" >/dev/null || { echo "error: $chromium is not installed (apt-get install chromium)" >&2; exit 1; }
binary=${1:-}
if [ -z "$binary" ]; then
  swift build --product parallax >/dev/null
  binary="$(swift build --show-bin-path)/parallax"
fi

work=$(mktemp -d)
shots=${SCREENSHOT_DIR:-$work/shots}
mkdir -p "$shots"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

cat > "$work/xss-inquiry.txt" <<'ARTICLE'
Kellan Bridge inquiry <script>alert(1)</script> opens
20250320
https://meridian.example/news/2025/03/20/kellan-bridge-inquiry
The inquiry into the Kellan Bridge collapse in Portvale opened on Thursday <img src=x onerror=alert(1)>.
Transport Minister Oskar Lindmere said the inquiry would examine lorry traffic from the Eastbank docks.
"We owe the families answers <script>alert(1)</script>," Mayor Rafaela Quist said.
ARTICLE

db="$work/parallax.sqlite"
"$binary" ingest Examples/articles --db "$db" >/dev/null
if [ -d ../shared/seeds ]; then
  "$binary" ingest ../shared/seeds --db "$db" >/dev/null
elif [ -n "${CI:-}" ]; then
  echo "error: ../shared/seeds is missing" >&2; exit 1
fi
"$binary" ingest "$work/xss-inquiry.txt" --db "$db" >/dev/null

port=$((20000 + RANDOM % 20000))
"$binary" serve --db "$db" --host 127.0.0.1 --port "$port" >"$work/serve.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do
  curl -fsS "$base/healthz" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -fsS "$base/healthz" >/dev/null || { echo "error: the server did not start" >&2; cat "$work/serve.log" >&2; exit 1; }

passed=0
failed=0
check() { # check NAME FILE PATTERN: the DOM in FILE matches the extended regular expression PATTERN
  if grep -Eq -- "$3" "$2"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $1" >&2; fi
}
refute() { # refute NAME FILE PATTERN: the DOM in FILE does not match PATTERN
  if grep -Eiq -- "$3" "$2"; then failed=$((failed + 1)); echo "FAIL: $1" >&2; grep -Eio -- "$3" "$2" | head -3 >&2
  else passed=$((passed + 1)); fi
}
browse() { # browse URL OUT [WIDTH,HEIGHT]: the DOM after parsing
  timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="${3:-1280,900}" \
    --dump-dom "$1" >"$2" 2>/dev/null
}
shoot() { # shoot URL PNG WIDTH,HEIGHT
  timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$3" \
    --screenshot="$2" "$1" >/dev/null 2>&1
  [ -s "$2" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: no screenshot $2" >&2; }
}
html_escape() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g'; }
regex_quote() { sed -e 's/[][\.*^$+?(){}|/]/\\&/g'; }

# The event with a disagreement, from the API: its id, title, outlets and the values of the first one's sides.
python3 - "$base" >"$work/event.txt" <<'PY'
import json, sys, urllib.request
base = sys.argv[1]
for summary in json.load(urllib.request.urlopen(base + "/api/events?limit=200"))["events"]:
    detail = json.load(urllib.request.urlopen(base + "/api/events/" + summary["id"]))
    contradictions = (detail.get("comparison") or {}).get("contradictions") or []
    if contradictions:
        print(summary["id"]); print(summary["title"]); print("\t".join(summary["outlets"]))
        print("\t".join(side["value"] for side in contradictions[0]["sides"]))
        break
PY
[ -s "$work/event.txt" ] || { echo "error: no event with a disagreement in Examples" >&2; exit 1; }
event_id=$(sed -n 1p "$work/event.txt")
title=$(sed -n 2p "$work/event.txt")
IFS=$'\t' read -r -a outlets <<<"$(sed -n 3p "$work/event.txt")"
IFS=$'\t' read -r -a sides <<<"$(sed -n 4p "$work/event.txt")"

browse "$base/events/$event_id" "$work/event.html"
check "event title in <h1>" "$work/event.html" "<h1>$(printf '%s' "$title" | html_escape | regex_quote)</h1>"
check "two sides shown" "$work/event.html" 'class="side side-1"'
for side in "${sides[@]}"; do
  check "side '$side' marked" "$work/event.html" "<mark>$(printf '%s' "$side" | html_escape | regex_quote)</mark>"
done
for outlet in "${outlets[@]}"; do
  check "outlet '$outlet' named in what happened" "$work/event.html" "<span class=\"outlet\">$(printf '%s' "$outlet" | html_escape | regex_quote)</span>"
done
check "article text with a side marked" "$work/event.html" '<mark class="contra side-[0-3]"'
check "claims marked in article text" "$work/event.html" '<mark class="claim (consensus|partial|unique)"'
refute "no script on the event page" "$work/event.html" '<script'

# Reading order on every compared event page (Examples and seeds): the sections' ids in this order, and the
# article pages link back to their event.
in_order() { # in_order FILE: the event page's sections come in the reader's order
  python3 - "$1" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
wanted = ["what-happened", "contradictions", "coverage", "framing-sourcing", "texts"]
found = [m.group(1) for m in re.finditer(r'<section id="([a-z-]+)"', page) if m.group(1) in wanted]
expected = [name for name in wanted if name in found]
sys.exit(0 if found == expected and found[:2] == wanted[:2] and found[-1] == "texts" else 1)
PY
}
python3 - "$base" >"$work/events.tsv" <<'PY'
import json, sys, urllib.request
base = sys.argv[1]
for summary in json.load(urllib.request.urlopen(base + "/api/events?limit=200"))["events"]:
    detail = json.load(urllib.request.urlopen(base + "/api/events/" + summary["id"]))
    if detail.get("comparison"):
        print(summary["id"] + "\t" + detail["event"]["articleIds"][0])
PY
compared=0
while IFS=$'\t' read -r id first_article; do
  browse "$base/events/$id" "$work/order.html"
  if in_order "$work/order.html"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: section order of $id" >&2; fi
  browse "$base/articles/$first_article" "$work/article.html"
  check "article $first_article links to its event $id" "$work/article.html" "<a href=\"/events/$id\">"
  compared=$((compared + 1))
done <"$work/events.tsv"
[ "$compared" -ge 3 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: only $compared compared events" >&2; }
shoot "$base/events/$event_id" "$shots/event.png" 1280,900
shoot "$base/events/$event_id" "$shots/event-phone.png" 390,844

browse "$base/timeline" "$work/timeline.html"
check "timeline chart" "$work/timeline.html" '<svg class="timeline"'
check "timeline bars" "$work/timeline.html" '<rect class="bar"'
shoot "$base/timeline" "$shots/timeline.png" 1280,900
shoot "$base/timeline" "$shots/timeline-phone.png" 390,844

# The XSS fixture: its markup must arrive as text on every page that shows it.
xss_article=$(curl -fsS "$base/api/search?q=inquiry+Lindmere" | python3 -c 'import json,sys; print(json.load(sys.stdin)["hits"][0]["articleId"])')
xss_event=$(python3 - "$base" "$xss_article" <<'PY'
import json, sys, urllib.request
base, article = sys.argv[1], sys.argv[2]
for summary in json.load(urllib.request.urlopen(base + "/api/events?limit=200"))["events"]:
    if article in json.load(urllib.request.urlopen(base + "/api/events/" + summary["id"]))["event"]["articleIds"]:
        print(summary["id"])
        break
PY
)
for page in "/articles/$xss_article" "/events/$xss_event" "/search?q=inquiry" "/"; do
  out="$work/xss-$(printf '%s' "$page" | tr -c 'a-zA-Z0-9' '_').html"
  browse "$base$page" "$out"
  if [ "$page" != "/" ]; then
    check "$page shows the fixture's title as text" "$out" '&lt;script&gt;alert\(1\)&lt;/script&gt;'
  fi
  refute "$page has no live <script>" "$out" '<script'
  refute "$page has no live onerror= attribute" "$out" '<[a-z][^>]*[[:space:]]onerror='
  refute "$page has no live <img>" "$out" '<img[[:space:]>]'
done
check "the fixture's <img> is text" "$work/xss-_articles_$xss_article.html" '&lt;img src=x onerror=alert\(1\)&gt;'

echo "screenshots in $shots"
echo "browser: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

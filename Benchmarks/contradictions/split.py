#!/usr/bin/env python3
"""Scores `parallax evaluate contradictions --format json` output by ECB+ topic range.

  python3 Benchmarks/contradictions/split.py RESULT.json [RESULT.json ...]

Ranges: dev (topics 1-17, used to find causes and set rules), read (18-26, read for causes), check (27 and up,
looked at only for numbers). For each file: false contradictions per untouched event and planted recall per range.
With --misses, lists the planted figures not found in the dev and read ranges (never the check range).
"""
import json
import sys

RANGES = [("dev 1-17", 1, 17), ("read 18-26", 18, 26), ("check 27+", 27, 10**9), ("18+", 18, 10**9), ("all", 1, 10**9)]


def topic(event_id):
    return int(event_id.split("-")[0])


def score(events, low, high):
    chosen = [e for e in events if low <= topic(e["eventId"]) <= high]
    false = sum(len(e["contradictions"]) for e in chosen)
    planted = [e["planted"] for e in chosen if e.get("planted")]
    found = sum(1 for p in planted if p["found"])
    return len(chosen), false, found, len(planted)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    misses = "--misses" in sys.argv
    for path in args:
        result = json.load(open(path))
        events = result["events"]
        cells = []
        for name, low, high in RANGES:
            n, false, found, planted = score(events, low, high)
            recall = found / planted if planted else 0
            cells.append(f"{name}: false {false / n:.2f} ({false}/{n}) recall {recall:.2f} ({found}/{planted})")
        print(f"{path} seed {result['seed']}")
        for cell in cells:
            print("  " + cell)
        if misses:
            for e in events:
                p = e.get("planted")
                if p and not p["found"] and topic(e["eventId"]) <= 26:
                    print(f"  miss {e['eventId']}: {p['original']!r} -> {p['replacement']!r} in {p['articleId']}"
                          f" (witness {p['witnessArticleId']})")


if __name__ == "__main__":
    main()

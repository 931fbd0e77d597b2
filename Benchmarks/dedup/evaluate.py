"""Scores the systems' reported pairs against the planted truth.

Definitions (pairs are unordered; threshold t = 0.8 unless --threshold says otherwise):
- J(a, b) is the exact Jaccard similarity of the two documents' 5-word shingle sets (shingles.py).
- Truth T = the planted family pairs with J >= t, plus any pair a system reported that is not a planted pair
  but has J >= t (computed here from the texts), so an unplanted true duplicate counts for, not against.
- A system's reported set R: for Parallax, its pairs of kind exact or near (its `contained` pairs answer a
  different question, share of the shorter text, and are counted separately); for datasketch, every
  MinHashLSH query result.
- recall = |R ∩ T| / |T|; precision = |R ∩ T| / |R|. Recall is also given per band of true Jaccard.
"""
import argparse
import json

from shingles import jaccard, shingles


def read_pairs(path, kinds=None):
    pairs = set()
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if kinds is None or fields[2] in kinds:
                pairs.add(frozenset(fields[:2]))
    return pairs


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default="out/corpus.jsonl")
    parser.add_argument("--truth", default="out/truth.tsv")
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--shingle", type=int, default=5)
    parser.add_argument("--system", nargs=3, action="append", metavar=("NAME", "PAIRS", "SUMMARY"), required=True)
    parser.add_argument("--out", default="out/results.json")
    args = parser.parse_args()

    planted = {}
    with open(args.truth, encoding="utf-8") as f:
        next(f)
        for line in f:
            a, b, j = line.rstrip("\n").split("\t")
            planted[frozenset((a, b))] = float(j)
    reported = {}
    for name, path, _ in args.system:
        kinds = {"exact", "near"} if name.startswith("parallax") else None
        reported[name] = read_pairs(path, kinds)
        if name.startswith("parallax"):
            reported[name + " contained"] = read_pairs(path, {"contained"})
    unknown = set().union(*reported.values()) - planted.keys()
    needed = {d for pair in unknown for d in pair}
    texts = {}
    if needed:
        with open(args.corpus, encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                if record["id"] in needed:
                    texts[record["id"]] = record["text"]
    sets = {d: shingles(t, args.shingle) for d, t in texts.items()}
    true_j = dict(planted)
    for pair in unknown:
        a, b = tuple(pair)
        true_j[pair] = jaccard(sets[a], sets[b])
    truth = {p for p, j in true_j.items() if j >= args.threshold}
    bands = [(0.8, 0.85), (0.85, 0.9), (0.9, 0.95), (0.95, 1.0), (1.0, 1.01)]
    results = {"threshold": args.threshold, "true_pairs": len(truth),
               "unplanted_true_pairs": len(truth - planted.keys()), "systems": {}}
    for name, path, summary_path in args.system:
        with open(summary_path) as f:
            summary = json.load(f)
        r = reported[name]
        hits = r & truth
        entry = dict(summary)
        time_path = summary_path[: -len(".json")] + ".time"
        try:
            with open(time_path) as f:
                fields = dict(line.strip().rsplit(": ", 1) for line in f if ": " in line)
            entry["cpu_seconds"] = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
            entry["time_max_rss_bytes"] = int(fields["Maximum resident set size (kbytes)"]) * 1024
        except (OSError, KeyError, ValueError):
            pass
        entry.update({
            "reported": len(r), "true_positives": len(hits),
            "recall": len(hits) / len(truth) if truth else 1.0,
            "precision": len(hits) / len(r) if r else 1.0,
            "recall_by_jaccard": {},
        })
        for lo, hi in bands:
            band = {p for p in truth if lo <= true_j[p] < hi}
            entry["recall_by_jaccard"][f"{lo:.2f}-{min(hi, 1.0):.2f}"] = (
                round(len(band & r) / len(band), 4) if band else None)
        if name.startswith("parallax"):
            contained = reported[name + " contained"]
            entry["contained_pairs"] = len(contained)
            entry["contained_pairs_below_threshold"] = sum(1 for p in contained if true_j.get(p, 0) < args.threshold)
        results["systems"][name] = entry
    with open(args.out, "w") as f:
        json.dump(results, f, indent=2, sort_keys=True)
    print(f"true pairs (J >= {args.threshold}): {len(truth)}")
    print("| system | recall | precision | reported | docs/s (wall) | seconds | CPU seconds | docs per CPU-second "
          "| peak RSS (MB) | bands×rows |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, entry in results["systems"].items():
        cpu = entry.get("cpu_seconds")
        rss = entry.get("time_max_rss_bytes", entry["peak_rss_bytes"])
        print(f"| {name} | {entry['recall']:.4f} | {entry['precision']:.4f} | {entry['reported']} | "
              f"{entry['docs_per_second']:.0f} | {entry['seconds']:.1f} | {cpu if cpu is not None else '-'} | "
              f"{entry['documents'] / cpu if cpu else 0:.0f} | {rss / 2**20:.0f} | {entry['bands']}×{entry['rows']} |")
    for name, entry in results["systems"].items():
        print(f"{name} recall by true Jaccard: {entry['recall_by_jaccard']}")
    p = [e for n, e in results["systems"].items() if n.startswith("parallax")]
    d = results["systems"].get("datasketch")
    if p and d:
        print(f"speed ratio parallax/datasketch: {p[0]['docs_per_second'] / d['docs_per_second']:.1f}x wall-clock; "
              f"memory ratio: {p[0]['peak_rss_bytes'] / d['peak_rss_bytes']:.2f}")
        if p[0].get("cpu_seconds") and d.get("cpu_seconds"):
            print(f"CPU time ratio datasketch/parallax: {d['cpu_seconds'] / p[0]['cpu_seconds']:.1f}x")


if __name__ == "__main__":
    main()

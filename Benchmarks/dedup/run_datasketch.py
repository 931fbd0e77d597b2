"""The datasketch side of the dedup benchmark: MinHashLSH over the same shingles, same threshold and number of
permutations as Parallax.

Streams the corpus like the Swift side: for each document, read and parse its line, build its shingles
(shingles.py), a MinHash (datasketch's default scheme and SHA-1 hash of each shingle's UTF-8), query the LSH
index for earlier documents, then insert it. Every query result is a reported pair: MinHashLSH's candidates
are its answer (it has no verification step), with the banding datasketch itself chooses for the threshold.
"""
import argparse
import json
import resource
import sys
import time

from datasketch import MinHash, MinHashLSH

from shingles import shingles


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--permutations", type=int, default=128)
    parser.add_argument("--shingle", type=int, default=5)
    parser.add_argument("--pairs", required=True)
    parser.add_argument("--summary")
    parser.add_argument("--limit", type=int, default=0, help="stop after this many documents (0: all)")
    args = parser.parse_args()

    start = time.perf_counter()
    lsh = MinHashLSH(threshold=args.threshold, num_perm=args.permutations)
    pairs = []
    documents = 0
    with open(args.corpus, encoding="utf-8") as corpus:
        for line in corpus:
            record = json.loads(line)
            m = MinHash(num_perm=args.permutations)
            m.update_batch([s.encode("utf-8") for s in shingles(record["text"], args.shingle)])
            for other in lsh.query(m):
                pairs.append((other, record["id"]))
            lsh.insert(record["id"], m)
            documents += 1
            if args.limit and documents >= args.limit:
                break
    seconds = time.perf_counter() - start
    with open(args.pairs, "w", encoding="utf-8") as out:
        out.write("first\tsecond\tkind\n")
        for a, b in pairs:
            out.write(f"{a}\t{b}\tcandidate\n")
    summary = {
        "system": "datasketch",
        "documents": documents,
        "seconds": seconds,
        "docs_per_second": documents / seconds,
        "pairs": len(pairs),
        "bands": lsh.b,
        "rows": lsh.r,
        "permutations": args.permutations,
        "shingle": args.shingle,
        "threshold": args.threshold,
        "peak_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    }
    if args.summary:
        with open(args.summary, "w") as f:
            json.dump(summary, f, sort_keys=True)
    print(json.dumps(summary, sort_keys=True))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The baseline anyone would try first: scikit-learn TF-IDF (sublinear, English stop words) with
agglomerative clustering (average linkage, cosine), swept over the distance threshold.

Usage: baseline.py LABELLED.jsonl [--from T0 --to T1]   (the distance thresholds swept, 0.50 to 0.98 by default)
       baseline.py --from-parallax RESULT.json DOCUMENTS.json   (from `parallax evaluate clustering SET… --format json
       --dump-documents DOCUMENTS.json`: the same articles, labels and text Parallax clustered)
Prints BCubed P/R/F1 at every threshold and the best, plus documents per second of the best run.
Reads the same labelled JSON Lines as `parallax evaluate clustering` (title + text are the document).
"""
import json, sys, time
from collections import Counter
import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer


def bcubed(pred, gold):
    pc, gc, both = Counter(pred), Counter(gold), Counter(zip(pred, gold))
    n = len(pred)
    p = sum(both[(a, b)] / pc[a] for a, b in zip(pred, gold)) / n
    r = sum(both[(a, b)] / gc[b] for a, b in zip(pred, gold)) / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load(path):
    rows = [json.loads(line) for line in open(path) if line.strip()]
    return [((r.get("title") or "") + "\n" + r["text"]) for r in rows], [r["cluster"] for r in rows]


def load_from_parallax(result_path, documents_path):
    """The documents Parallax clustered (`--dump-documents`) with the gold labels of its JSON result, so the
    baseline sees exactly the same articles, however they were given (files, directories, several sets)."""
    gold = json.load(open(result_path))["gold"]
    docs = json.load(open(documents_path))
    return [((d.get("title") or "") + "\n" + d["text"]) for d in docs], [gold[d["id"]] for d in docs]


def main():
    args = sys.argv[1:]
    low, high = 0.50, 0.98
    if "--from" in args:
        i = args.index("--from")
        low = float(args[i + 1])
        del args[i : i + 2]
    if "--to" in args:
        i = args.index("--to")
        high = float(args[i + 1])
        del args[i : i + 2]
    if args[0] == "--from-parallax":
        docs, gold = load_from_parallax(args[1], args[2])
    else:
        docs, gold = load(args[0])
    best = None
    for threshold in np.arange(low, high + 1e-9, 0.02):
        start = time.perf_counter()
        X = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(docs).toarray()
        labels = AgglomerativeClustering(
            n_clusters=None, metric="cosine", linkage="average", distance_threshold=float(threshold)
        ).fit_predict(X)
        seconds = time.perf_counter() - start
        p, r, f = bcubed(list(labels), gold)
        print(f"threshold {threshold:.2f}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  clusters {len(set(labels))}  {len(docs)/seconds:.0f} docs/s")
        if best is None or f > best[3]:
            best = (threshold, p, r, f, len(docs) / seconds)
    print(f"best: threshold {best[0]:.2f}  P {best[1]:.3f}  R {best[2]:.3f}  F1 {best[3]:.3f}  {best[4]:.0f} docs/s")


if __name__ == "__main__":
    main()

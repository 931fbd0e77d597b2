#!/usr/bin/env python3
"""BCubed F1 between the events of two Parallax SQLite stores, and of each against the corpus labels.

Usage: partitions.py CORPUS.jsonl STORE_A.sqlite [STORE_B.sqlite]
CORPUS is the labelled JSON Lines file the stores ingested (`id`, `cluster`); articles are matched by their
`url`-free identity through the text, so the script maps each stored article to its corpus line by title+text.
"""
import json
import sqlite3
import sys


def partition(path):
    """{article id: event id} from a store's event table."""
    db = sqlite3.connect(path)
    out = {}
    for event_id, ids in db.execute("SELECT id, articleIds FROM event"):
        for article in json.loads(ids):
            out[article] = event_id
    return out


def labels(corpus, path):
    """{stored article id: gold cluster}, joining the corpus to the store on the article text."""
    by_text = {}
    with open(corpus) as f:
        for line in f:
            row = json.loads(line)
            by_text[row["text"].strip()[:400]] = row["cluster"]
    db = sqlite3.connect(path)
    out = {}
    for article, text in db.execute("SELECT id, text FROM article"):
        gold = by_text.get(text.strip()[:400])
        if gold is not None:
            out[article] = gold
    return out


def bcubed(system, gold):
    items = [i for i in system if i in gold]
    by_sys, by_gold = {}, {}
    for i in items:
        by_sys.setdefault(system[i], set()).add(i)
        by_gold.setdefault(gold[i], set()).add(i)
    p = r = 0.0
    for i in items:
        s, g = by_sys[system[i]], by_gold[gold[i]]
        both = len(s & g)
        p += both / len(s)
        r += both / len(g)
    n = max(1, len(items))
    p, r = p / n, r / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), len(items)


def main():
    corpus, first = sys.argv[1], sys.argv[2]
    a = partition(first)
    gold = labels(corpus, first)
    p, r, f, n = bcubed(a, gold)
    print(f"{first}: {len(set(a.values()))} events over {len(a)} articles; against the labels "
          f"BCubed P {p:.3f} R {r:.3f} F1 {f:.3f} ({n} labelled)")
    if len(sys.argv) > 3:
        second = sys.argv[3]
        b = partition(second)
        p, r, f, n = bcubed(b, labels(corpus, second))
        print(f"{second}: {len(set(b.values()))} events over {len(b)} articles; against the labels "
              f"BCubed P {p:.3f} R {r:.3f} F1 {f:.3f} ({n} labelled)")
        p, r, f, n = bcubed(b, a)
        print(f"agreement between the two: BCubed P {p:.3f} R {r:.3f} F1 {f:.3f} over {n} shared articles")


if __name__ == "__main__":
    main()

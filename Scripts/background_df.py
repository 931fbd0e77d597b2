#!/usr/bin/env python3
"""Builds the background document-frequency table that weights terms in event clustering.

Reads the news bodies in ../shared/data (the article-extraction benchmark's ground truth, 181 pages, MIT;
ECB+ dev articles, 772, CC BY 3.0) and writes Sources/ParallaxCluster/Resources/background-df.tsv:
first line `#documents<TAB>N`, then `term<TAB>df` for terms seen in at least 2 documents.
Tokens follow ParallaxText: letters/digits runs with inner apostrophes and hyphens, folded to lower case,
typographic apostrophes as "'", English stop words removed by the Swift side at lookup time.
Usage: python3 Scripts/background_df.py [../shared/data]
"""
import gzip, json, os, re, sys
from collections import Counter

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data")
token = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
docs = []
with open(os.path.join(root, "article-extraction", "ground-truth.json")) as f:
    docs += [v["articleBody"] for v in json.load(f).values()]
with open(os.path.join(root, "event-clustering", "ecbplus-dev.jsonl")) as f:
    docs += [json.loads(line)["text"] for line in f]
df = Counter()
for text in docs:
    df.update({t.lower().replace("\u2019", "'") for t in token.findall(text) if not t.isdigit()})
out = os.path.join(os.path.dirname(__file__), "..", "Sources", "ParallaxCluster", "Resources", "background-df.tsv")
with open(out, "w") as f:
    f.write(f"#documents\t{len(docs)}\n")
    for term, n in sorted(df.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= 2:
            f.write(f"{term}\t{n}\n")
print(f"{len(docs)} documents, {sum(1 for n in df.values() if n >= 2)} terms -> {out}")

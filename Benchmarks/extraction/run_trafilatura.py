"""Runs trafilatura over the article-extraction benchmark and scores it with scorer.py.

Timing is the CPU time of this thread (time.thread_time) around trafilatura.extract on the decompressed
bytes, as the Swift driver times Parallax; reading and gunzipping files are not timed.
"""
import gzip
import json
import os
import sys
import time

import trafilatura

from scorer import evaluate


def main():
    data = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    out = sys.argv[3] if len(sys.argv) > 3 else None
    truth_all = json.load(open(os.path.join(data, "ground-truth.json"), encoding="utf-8"))
    ids = sorted(truth_all)
    pages = {}
    for key in ids:
        with gzip.open(os.path.join(data, "html", key + ".html.gz"), "rb") as f:
            pages[key] = f.read()
    predictions = {}
    seconds = 0.0
    for _ in range(repeats):
        for key in ids:
            start = time.thread_time()
            text = trafilatura.extract(pages[key]) or ""
            seconds += time.thread_time() - start
            predictions[key] = text
    result = evaluate({k: truth_all[k].get("articleBody", "") for k in ids}, predictions)
    result["system"] = "trafilatura " + trafilatura.__version__
    result["pages_per_second"] = len(ids) * repeats / seconds
    result["repeats"] = repeats
    if out:
        json.dump(predictions, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
    print(json.dumps(result))


if __name__ == "__main__":
    main()

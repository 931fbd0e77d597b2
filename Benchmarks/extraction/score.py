"""Scores a predictions file ({page_id: text}) against the benchmark's ground truth with scorer.py.

Used to check that the Swift scorer (ShingleScorer) and this one agree on Parallax's predictions.
"""
import json
import os
import sys

from scorer import evaluate

data, predictions_path = sys.argv[1], sys.argv[2]
truth = json.load(open(os.path.join(data, "ground-truth.json"), encoding="utf-8"))
predictions = json.load(open(predictions_path, encoding="utf-8"))
result = evaluate({k: v.get("articleBody", "") for k, v in truth.items()}, predictions)
result["system"] = sys.argv[3] if len(sys.argv) > 3 else "predictions"
print(json.dumps(result))

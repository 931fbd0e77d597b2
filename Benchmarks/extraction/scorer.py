"""The article-extraction benchmark's metric, exactly as its README (and scrapinghub's evaluate.py) defines it.

Tokens are `\\w+` (Unicode, case kept); all 4-token shingles (a text of fewer than 4 tokens is one shingle)
are counted as multisets; tp = sum min(true, pred), fp = sum max(0, pred - true), fn = sum max(0, true - pred),
normalised by their sum so every page weighs the same. Page precision = tp/(tp+fp), recall = tp/(tp+fn)
(both 1.0 when fp = fn = 0; both 0.0 when tp = 0). Precision and recall are averaged over pages and
F1 = 2PR/(P+R) of the averages. Accuracy: the share of pages whose token sequences are equal.
"""
import re
from collections import Counter

TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def tokenize(text):
    return TOKEN_RE.findall(text or "")


def shingles(text, n=4):
    tokens = tokenize(text)
    result = []
    for i in range(0, max(1, len(tokens) - n + 1)):
        shingle = tuple(tokens[i:i + n])
        if shingle:
            result.append(shingle)
    return Counter(result)


def page_counts(true, pred):
    t, p = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in set(t) | set(p):
        tc, pc = t.get(key, 0), p.get(key, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    s = tp + fp + fn
    if s > 0:
        tp, fp, fn = tp / s, fp / s, fn / s
    return tp, fp, fn


def precision_recall(tp, fp, fn):
    if fp == fn == 0:
        return 1.0, 1.0
    if tp == 0:
        return 0.0, 0.0
    return tp / (tp + fp), tp / (tp + fn)


def evaluate(truth, predictions):
    """truth, predictions: {page_id: text}. Returns dict with pages, precision, recall, f1, accuracy."""
    ps, rs, exact = [], [], 0
    for key, true in truth.items():
        pred = predictions.get(key, "")
        p, r = precision_recall(*page_counts(true, pred))
        ps.append(p)
        rs.append(r)
        exact += tokenize(true) == tokenize(pred)
    precision = sum(ps) / len(ps)
    recall = sum(rs) / len(rs)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pages": len(ps), "precision": precision, "recall": recall, "f1": f1, "accuracy": exact / len(ps)}

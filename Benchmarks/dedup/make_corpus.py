"""Builds the dedup benchmark corpus: synthetic news documents recombined from real sentences, with planted
near copies at known Jaccard levels.

Sources: the article bodies of ../shared/data/article-extraction/ground-truth.json and the texts of
../shared/data/event-clustering/ecbplus-dev.jsonl, split into sentences. Every document draws sentences at
random (lengths log-normal around 500 words, 80-2,500) and groups them into paragraphs of one to three
sentences separated by blank lines.

Planted families: an origin and one to five copies. Each copy gets a target Jaccard drawn uniformly from
[0.5, 1.0) (12% are exact copies, 1.0, with only quote style and spacing changed) and is made from the origin
by random edits until its Jaccard falls to the target: deleting a sentence (a third of deletions trim from the
end, as wire copies are trimmed), inserting a sentence from the pool, or swapping two adjacent sentences. An
edit that would overshoot the target by more than 0.02 is undone and another tried.

Outputs: corpus.jsonl ({"id", "text"} per line, shuffled) and truth.tsv: every pair within a family with its
true Jaccard, computed on the final texts with shingles.py (the same shingles Parallax and datasketch use).
"""
import argparse
import json
import math
import random
import re
import sys

from shingles import jaccard, shingles, words

SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")


def load_sentences(data):
    texts = []
    with open(f"{data}/article-extraction/ground-truth.json", encoding="utf-8") as f:
        for record in json.load(f).values():
            texts.append(record.get("articleBody") or "")
    with open(f"{data}/event-clustering/ecbplus-dev.jsonl", encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["text"])
    seen, sentences = set(), []
    for text in texts:
        for line in text.split("\n"):
            for sentence in SENTENCE_END.split(line.strip()):
                sentence = " ".join(sentence.split())
                n = len(words(sentence))
                if 5 <= n <= 80 and sentence not in seen:
                    seen.add(sentence)
                    sentences.append(sentence)
    return sentences


class Builder:
    def __init__(self, sentences, k, rng):
        self.sentences = sentences
        self.k = k
        self.rng = rng
        vocabulary = {}
        self.tokens = [[vocabulary.setdefault(w, len(vocabulary)) for w in words(s)] for s in sentences]
        self.lengths = [len(t) for t in self.tokens]

    def document(self):
        target = min(2500, max(80, int(math.exp(self.rng.gauss(math.log(500), 0.5)))))
        order, total = [], 0
        while total < target:
            s = self.rng.randrange(len(self.sentences))
            order.append(s)
            total += self.lengths[s]
        return order

    def shingle_set(self, order):
        toks = [t for s in order for t in self.tokens[s]]
        k = self.k
        if len(toks) < k:
            return {tuple(toks)} if toks else set()
        return set(zip(*(toks[i:] for i in range(k))))

    def copy(self, origin, target):
        base = self.shingle_set(origin)
        copy = list(origin)
        current = 1.0
        failures = 0
        while current > target and failures < 200 and len(copy) > 1:
            edit = list(copy)
            op = self.rng.random()
            if op < 0.45:
                if self.rng.random() < 1 / 3:
                    edit.pop()
                else:
                    edit.pop(self.rng.randrange(len(edit)))
            elif op < 0.8:
                edit.insert(self.rng.randrange(len(edit) + 1), self.rng.randrange(len(self.sentences)))
            else:
                i = self.rng.randrange(len(edit) - 1)
                edit[i], edit[i + 1] = edit[i + 1], edit[i]
            j = jaccard(base, self.shingle_set(edit))
            if j < target - 0.02 or j >= current and op >= 0.8 and failures < 20:
                failures += 1
                continue
            copy, current = edit, j
        return copy

    def text(self, order):
        paragraphs, i = [], 0
        while i < len(order):
            n = self.rng.choice((1, 1, 2, 2, 3))
            paragraphs.append(" ".join(self.sentences[s] for s in order[i : i + n]))
            i += n
        return "\n\n".join(paragraphs)


def cosmetic(text, rng):
    """Same words, different quote style and spacing: still an exact duplicate after normalisation."""
    text = re.sub(r'"([^"]*)"', "“\\1”", text).replace("'", "’")
    return text.replace(". ", ".  ") if rng.random() < 0.5 else text.replace("\n\n", "\n \n\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default="../../../shared/data")
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--families", type=int, default=8_000)
    parser.add_argument("--shingle", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", default="out/corpus.jsonl")
    parser.add_argument("--truth", default="out/truth.tsv")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sentences = load_sentences(args.data)
    print(f"{len(sentences)} distinct sentences", file=sys.stderr)
    builder = Builder(sentences, args.shingle, rng)

    documents = []  # (text, family or None)
    families = []
    for f in range(args.families):
        origin = builder.document()
        members = [builder.text(origin)]
        copies = rng.choices((1, 2, 3, 4, 5), weights=(70, 20, 5, 3, 2))[0]
        for _ in range(copies):
            if rng.random() < 0.12:
                members.append(cosmetic(members[0], rng))
            else:
                members.append(builder.text(builder.copy(origin, rng.uniform(0.5, 1.0))))
        families.append([len(documents) + i for i in range(len(members))])
        documents.extend((text, f) for text in members)
    while len(documents) < args.docs:
        documents.append((builder.text(builder.document()), None))

    order = list(range(len(documents)))
    rng.shuffle(order)
    ids = {}
    with open(args.out, "w", encoding="utf-8") as out:
        for position, d in enumerate(order):
            ids[d] = f"d{position:06d}"
            out.write(json.dumps({"id": ids[d], "text": documents[d][0]}, ensure_ascii=False) + "\n")

    levels = [0] * 11
    with open(args.truth, "w", encoding="utf-8") as out:
        out.write("first\tsecond\tjaccard\n")
        for members in families:
            sets = [shingles(documents[m][0], args.shingle) for m in members]
            for a in range(len(members)):
                for b in range(a + 1, len(members)):
                    j = jaccard(sets[a], sets[b])
                    levels[min(10, int(j * 10))] += 1
                    out.write(f"{ids[members[a]]}\t{ids[members[b]]}\t{j:.6f}\n")
    print(f"{len(documents)} documents, {len(families)} families; family pairs by Jaccard decile: {levels}",
          file=sys.stderr)


if __name__ == "__main__":
    main()

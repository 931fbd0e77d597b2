#!/usr/bin/env python3
"""Extracts a compact character n-gram table for Parallax's language identifier.

Source: the per-language profiles shipped in the PyPI package `langdetect` 1.0.9
(https://pypi.org/project/langdetect/), Copyright 2014-2015 Michal "Mimino" Danilak, itself
a port of Nakatani Shuyo's language-detection; licensed under the Apache License, Version 2.0
(http://www.apache.org/licenses/LICENSE-2.0). The output is a derived table of those frequencies.

Usage:
    pip download --no-deps -d /tmp/ld langdetect
    python3 Scripts/language_profiles.py /tmp/ld/langdetect-1.0.9.tar.gz \
        > Sources/ParallaxIngest/Resources/language-profiles.tsv

Only the languages written in Latin or Cyrillic script are kept: the identifier decides Arabic,
Chinese, Japanese and Korean by script alone. Grams are lowercased (counts of case variants
merged) because the identifier lowercases its input. Each line is `lang<TAB>gram<TAB>log p`, where
p is the gram's share of all grams of its length in that language's profile.
"""
import json
import math
import sys
import tarfile

LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "ru", "uk"]
# Kept per gram length (1, 2, 3): enough to cover ~95% of a language's letter mass, small file.
TOP = {1: 60, 2: 300, 3: 450}


def main(archive):
    with tarfile.open(archive) as tar:
        members = {m.name.rsplit("/", 1)[-1]: m for m in tar.getmembers() if "/profiles/" in m.name}
        print("# Derived from langdetect 1.0.9 profiles (Apache License 2.0); see Scripts/language_profiles.py")
        for lang in LANGUAGES:
            profile = json.load(tar.extractfile(members[lang]))
            merged = {}
            for gram, count in profile["freq"].items():
                key = gram.lower()
                merged[key] = merged.get(key, 0) + count
            for n in (1, 2, 3):
                total = profile["n_words"][n - 1]
                grams = [(g, c) for g, c in merged.items() if len(g) == n and g.strip() != "" and "\t" not in g]
                grams.sort(key=lambda gc: (-gc[1], gc[0]))
                for gram, count in grams[: TOP[n]]:
                    print(f"{lang}\t{gram}\t{math.log(count / total):.3f}")


if __name__ == "__main__":
    main(sys.argv[1])

"""Word shingles exactly as Parallax makes them (ParallaxText.Tokenizer + ParallaxDedup.TextScanner).

A word is a run of letters and digits with inner apostrophes (' or U+2019, before a letter) and inner hyphens
(before a letter or digit); a number keeps inner ',' or '.' between digits ("1,284.5"). Letters are ASCII
letters and every code point from U+00C0 up except the few that Parallax treats as punctuation or space
(U+00D7, U+00F7, U+2000-U+207F, U+3000-U+3002, U+FEFF). Words are folded: ASCII and Latin-1 capitals
lowercased, U+2019 becomes "'". A shingle is k consecutive words joined by one space; a text with fewer than k
words (but at least one) is one shingle of all of them.
"""
import re

_LETTER = "A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2080-\u2FFF\u3003-\uFEFE\uFF00-\U0010FFFF"
TOKEN = re.compile(
    rf"(?:[0-9]+(?:[.,][0-9]+)*|[{_LETTER}])(?:[{_LETTER}0-9]|['\u2019](?=[{_LETTER}])|-(?=[{_LETTER}0-9]))*"
)
_FOLD = {c: c + 32 for c in range(0x41, 0x5B)}
_FOLD.update({c: c + 32 for c in range(0xC0, 0xDF) if c != 0xD7})
_FOLD[0x2019] = ord("'")


def words(text):
    """Folded words of a text, in order."""
    return TOKEN.findall(text.translate(_FOLD))


def shingles(text, k=5):
    """The set of k-word shingles of a text, as strings."""
    w = words(text)
    if not w:
        return set()
    if len(w) < k:
        return {" ".join(w)}
    return {" ".join(w[i : i + k]) for i in range(len(w) - k + 1)}


def jaccard(a, b):
    if not a and not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)

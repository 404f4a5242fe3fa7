"""Near-duplicate articles: one agency text republished by several sites is one source.

Anadolu, Sputnik or AFP copy is carried by many sites with a new headline, a trimmed paragraph or
a line of their own. Counting each as an independent outlet would make one claim look confirmed
five times. Texts are compared by their word shingles with MinHash and locality-sensitive
hashing (datasketch), so a collection of any size is compared in one pass, not pairwise.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from geo.arabic import normalize

if TYPE_CHECKING:
    from datasketch import MinHash

# datasketch is imported where it is used: importing it loads scipy (0.6 s), which every
# `python -m geo extract` would pay for although only --claims and the app compare texts.

# Up to this many articles, texts are compared pair by pair with the exact Jaccard similarity
# MinHash estimates (21 ms for 40 articles): a small collection, the seed corpus among them, then
# never imports datasketch and scipy (0.6 s). Larger ones are compared by MinHash and LSH.
EXACT_UP_TO = 40
SHINGLE_WORDS = 5
THRESHOLD = 0.7  # estimated Jaccard similarity of shingles from which two texts are one copy
PERMUTATIONS = 128


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Runs of ``size`` words of the normalised text (diacritics, alef forms, punctuation folded)."""
    words = re.findall(r"\w+", normalize(text))
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


@lru_cache(maxsize=4096)
def signature(text: str) -> MinHash:
    """The text's MinHash; remembered, as every new session of the app indexes the same corpus
    (a signature is never changed once made)."""
    from datasketch import MinHash

    sketch = MinHash(num_perm=PERMUTATIONS, seed=1)  # a fixed seed: the same groups on every run
    sketch.update_batch([shingle.encode("utf-8") for shingle in shingles(text)])  # numpy, not a loop
    return sketch


@lru_cache(maxsize=8)
def _bands(threshold: float) -> tuple[int, int]:
    """datasketch's bands and rows for a threshold: found by numerical integration (25 ms), so
    once per threshold rather than once per index (the app makes an index per session)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
    return lsh.b, lsh.r


class CopyIndex:
    """Articles added one by one; each is checked against all before it in constant time."""

    def __init__(self, threshold: float = THRESHOLD):
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS, params=_bands(threshold))
        self._order: dict[str, int] = {}
        self.first_of: dict[str, str] = {}  # a copy -> the first article of its group

    def add(self, name: str, text: str) -> str | None:
        """Index an article; returns the earlier article it copies, if any."""
        return self.add_signature(name, signature(text)) if name not in self._order else self.first_of.get(name)

    def add_signature(self, name: str, sketch: MinHash) -> str | None:
        """As add(), from a signature made elsewhere (another process, geo.pipeline)."""
        if name in self._order:
            return self.first_of.get(name)
        similar = [found for found in self._lsh.query(sketch) if found in self._order]
        self._order[name] = len(self._order)
        self._lsh.insert(name, sketch)
        if not similar:
            return None
        earliest = min(similar, key=self._order.__getitem__)
        self.first_of[name] = self.first_of.get(earliest, earliest)
        return self.first_of[name]


def copies(texts: Mapping[str, str], threshold: float = THRESHOLD) -> dict[str, str]:
    """For every article that copies an earlier one, the first article of its group."""
    if len(texts) <= EXACT_UP_TO:
        return _copies_pair_by_pair(texts, threshold)
    index = CopyIndex(threshold)
    for name, text in texts.items():
        index.add(name, text)
    return index.first_of


def _copies_pair_by_pair(texts: Mapping[str, str], threshold: float) -> dict[str, str]:
    """copies() for a few texts: each compared with every earlier one, exactly."""
    earlier: list[tuple[str, set[str]]] = []
    first_of: dict[str, str] = {}
    for name, text in texts.items():
        own = shingles(text)
        similar = next((other for other, theirs in earlier if _jaccard(own, theirs) >= threshold), None)
        if similar is not None:
            first_of[name] = first_of.get(similar, similar)
        earlier.append((name, own))
    return first_of


def similarity(a: str, b: str) -> float:
    """Exact Jaccard similarity of two texts' shingles (for messages and tests)."""
    return _jaccard(shingles(a), shingles(b))


def _jaccard(left: set[str], right: set[str]) -> float:
    return len(left & right) / len(left | right) if left or right else 1.0

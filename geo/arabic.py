"""Arabic text normalisation, tokenisation with offsets, and clitic stripping.

Offsets always refer to the original text: tokens carry both the text as written and its
normalised form, so nothing downstream has to map positions back.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

_FIXED_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# One-to-one letter folding (Arabic and Persian forms the press mixes).
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ئ": "ي",
        "ة": "ه",
        "ۀ": "ه",
        "ە": "ه",
        "ؤ": "و",
        "ۆ": "و",
        "ک": "ك",
        "گ": "ك",
        "پ": "ب",
        "چ": "ج",
        "ژ": "ز",
        "٬": ",",
        "،": ",",
        "؛": ";",
        "؟": "?",
        "\u200c": " ",  # zero-width non-joiner (Persian compounds)
        # no-break and other fixed-width spaces a copied page holds ("وزارة\u00a0الدفاع"): spaces
        **{ch: " " for ch in _FIXED_SPACES},
        # Arabic-Indic and Persian digits ("في ٩ أيار ١٩٩٤"): the dates read them as 0-9
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)
# Characters normalisation drops: harakat, superscript alef, tatweel, joiners, direction marks.
_DROPPED = frozenset(
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    + ["\u0670", "\u0640", "\u200d", "\u200e", "\u200f"]
)
_DROPPED_RE = re.compile("[" + "".join(sorted(_DROPPED)) + "]")


# Presentation forms (ﻗﺼﻔﺖ, ﻻ), as text copied out of a PDF or an old page holds them: each contextual
# shape is its letter, a lam-alef ligature its two. Only shapes of one or two letters.
_SHAPES = {shape: letters for shape, letters in (
    (chr(c), unicodedata.normalize("NFKC", chr(c))) for c in (*range(0xFB50, 0xFDF0), *range(0xFE70, 0xFEFD)))
    if letters != shape and 1 <= len(letters) <= 2 and all("\u0600" <= ch <= "\u06ff" for ch in letters)}
_UNSHAPE = str.maketrans(_SHAPES)
_SHAPED = re.compile("[" + "".join(sorted(_SHAPES)) + "]")


def unshaped(text: str) -> str:
    """``text`` with presentation forms read as the letters they shape: "ﻣﺪﻳﻨﺔ ﺑﺮﺩﻋﺔ" is
    "مدينة بردعة". Text without them (nearly all) comes back as it is."""
    return text.translate(_UNSHAPE) if _SHAPED.search(text) else text


def strip_marks(text: str) -> str:
    """The text as written without harakat and tatweel: letters that normalize() folds (ى and ي)
    kept apart, where the spelling tells words apart (على, on; علي, the name Əli)."""
    return _DROPPED_RE.sub("", text)


def normalize(text: str) -> str:
    """Fold spelling variants that carry no meaning for matching (alef forms, taa marbuta...)."""
    return strip_marks(text).translate(_FOLD)


class Token(NamedTuple):
    """A word with its place in the text (a named tuple: every word of every article is one,
    and a tuple is made at C speed where a frozen dataclass sets each field in Python)."""

    text: str  # as written in the article
    norm: str  # normalised, clitics kept
    start: int
    end: int


# bullets and every quotation mark too: "• قرية X", "قرى ‘X’ و‘Y’" name X and Y
WORD = re.compile(r"[^\s,.;:!?()\[\]{}\"'«»“”„‘’‚‹›″′،؛؟\-–—/|#@•▪●*·]+")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words with their character offsets (in ``text``, plus ``offset`` when ``text`` is a
    sentence of a longer one); diacritics do not split words."""
    tokens = []
    for m in WORD.finditer(text):
        raw = m.group(0)
        norm = normalize_word(raw)
        if norm:
            tokens.append(Token(raw, norm, m.start() + offset, m.end() + offset))
    return tokens


@lru_cache(maxsize=1 << 16)
def normalize_word(word: str) -> str:
    """normalize() of one word, remembered: an article repeats its words, and the press its names."""
    return normalize(word)


# Proclitics the press attaches to names: conjunction, prepositions, article.
_PREFIXES = ("وبال", "وال", "فال", "بال", "لل", "كال", "ال", "و", "ب", "ل", "ف", "ك")


@lru_cache(maxsize=1 << 16)
def strip_clitics(word: str) -> tuple[tuple[str, int], ...]:
    """Readings of ``word`` with leading clitics removed, longest word first.

    Returns (stem, prefix_length) pairs; the unstripped word is always the first reading,
    so a name that really starts with و or ب (وان, باكو) is not lost. A stem shorter than
    three letters is not offered: stripping must not turn بردة into ردة.
    """
    word = normalize(word)
    readings = [(word, 0)]
    seen = {word}
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            stem = word[len(prefix) :]
            if stem not in seen:
                readings.append((stem, len(prefix)))
                seen.add(stem)
    return tuple(readings)


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalised text and, for each of its characters, the offset in ``text`` it came from."""
    if not _DROPPED_RE.search(text):  # most sentences carry no diacritics: one to one
        return text.translate(_FOLD), list(range(len(text)))
    offsets = [i for i, ch in enumerate(text) if ch not in _DROPPED]
    return "".join(text[i] for i in offsets).translate(_FOLD), offsets

"""One comparable phonetic key for Arabic script and Latin (or Cyrillic) romanisations.

The Arabic press writes a village as it was heard (قاودار, مشدي إسمايللي); the gazetteer
holds Azerbaijani Latin (Məşədiismayıllı) or Soviet-era English (Meshadiismailly). Both are
mapped onto the same consonant classes, where the sounds the scripts confuse share a class:
q/k/g/gh/ğ/ق/ك/غ, x/kh/h/خ/ح/ه, c/j/dzh/ج, ş/sh/ش, ç/ch/تش, b/p, f/v/w/ف, z/ض/ذ/ظ.

Two keys come out of every name:

* the *skeleton*: consonant classes only. Arabic leaves short vowels unwritten, so vowels
  are not comparable across scripts; consonants are.
* the *vocalised key*: the same classes with vowels folded into ``a`` (a, e, i, ə, ı, ا, ي)
  or ``u`` (o, u, ö, ü, و); it breaks ties the skeleton cannot (Aghavno vs Aghvani).

Single letters are used as class symbols so rapidfuzz can compare keys as plain strings.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from geo.arabic import normalize

KEY_VERSION = "10"
VOWEL = "a"  # a, e, i, ə, ı, y; ا ي
ROUND = "u"  # o, u, ö, ü; و

_AR = {
    "ب": "B",
    "ت": "T",
    "ط": "T",
    "ث": "S",
    "ج": "J",
    "ح": "H",
    "خ": "H",
    "د": "D",
    "ذ": "Z",
    "ر": "R",
    "ز": "Z",
    "س": "S",
    "ش": "X",
    "ص": "S",
    "ض": "Z",
    "ظ": "Z",
    "غ": "K",
    "ف": "F",
    "ق": "K",
    "ك": "K",
    "ل": "L",
    "م": "M",
    "ن": "N",
    "ه": "H",
    "ا": VOWEL,
    "و": ROUND,
    "ي": VOWEL,
    "ع": "",
    "ء": "",
}

_LATIN_DIGRAPHS = (
    ("dzh", "J"),
    ("tsh", "C"),
    ("tch", "C"),
    ("sh", "X"),
    ("ch", "C"),
    ("zh", "Z"),
    ("kh", "H"),
    ("gh", "K"),
    ("dz", "J"),
    ("th", "T"),
)

_LATIN = {
    "b": "B",
    "p": "B",
    "t": "T",
    "d": "D",
    "z": "Z",
    "ž": "Z",
    "s": "S",
    "ş": "X",
    "š": "X",
    "ș": "X",
    "ç": "C",
    "č": "C",
    "c": "J",
    "j": "J",
    "ğ": "K",
    "g": "K",
    "q": "K",
    "k": "K",
    "ķ": "K",
    "h": "H",
    "x": "H",
    "ḩ": "H",
    "f": "F",
    "v": "F",
    "w": "F",
    "m": "M",
    "n": "N",
    "l": "L",
    "r": "R",
    "y": VOWEL,
}
_LATIN_VOWELS = set("aeiəıäâîëéèêíìáàãåæ")
_LATIN_ROUND = set("ouöüûóòôúùõøœ")

_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәөүғқҹһ",
        [
            "a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
            "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
            "yu", "ya", "a", "o", "u", "gh", "q", "j", "h",
        ],
        strict=True,
    )
)

# Western Armenian voices a final t: Lebanese Armenian writers give ستيباناكيرد, مارتاكيرد for
# Stepanakert, Martakert. A name ending in رد is also read with a t.
_WESTERN_ARMENIAN_KERD = re.compile(r"رد$")
_ARMENIAN_DZ = re.compile(r"(?i)dz(?!h)")  # Berdzor, Tsaghkadzor; not Russian dzh (Dzhabrail)
# Russian has no h: its Гаджи- (Gadzhi-, Gadzhy-) is the title Hacı that begins many village
# names (Gadzhiismaylli is Hacı İsmayıllı, حاجي إسماعيللي); a name the gazetteer holds only so
# is also read with the h.
_RUSSIAN_HAJI = re.compile(r"(?i)gadzh")
_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
_LATIN_RE = re.compile("[A-Za-z\u00c0-\u024f\u0259]")
_ARABIC_RE = re.compile("[\u0600-\u06ff]")


def script_of(name: str) -> str | None:
    """'arabic', 'latin', 'cyrillic' or None for scripts we do not key (Armenian, CJK...)."""
    if _ARABIC_RE.search(name):
        return "arabic"
    if _CYRILLIC_RE.search(name):
        return "cyrillic"
    if _LATIN_RE.search(name):
        return "latin"
    return None


def _collapse(symbols: list[str]) -> str:
    out: list[str] = []
    for s in symbols:
        if s and (not out or out[-1] != s):
            out.append(s)
    return "".join(out)


def _keys(symbols: list[str]) -> tuple[str, str]:
    # a nasal before b is one sound whatever the letter: Qaraxanbəyli is written كاراخامبيلي
    symbols = ["N" if s == "M" and i + 1 < len(symbols) and symbols[i + 1] == "B" else s
               for i, s in enumerate(symbols)]
    vocalised = _collapse(symbols)  # geminates (ll, لل) fold; Shusha keeps both sh
    skeleton = vocalised.replace(VOWEL, "").replace(ROUND, "")
    return skeleton, vocalised


def latin_symbols(name: str, dz_as_two: bool = False, qualities: bool = False) -> list[str]:
    """``dz_as_two``: Armenian dz (ձ) is two sounds, which Arabic writes دز (Berdzor, بيردزور).
    ``qualities``: vowels as the letter Arabic writes them with (see vowel_clashes), not folded."""
    text = name.lower().replace("i̇", "i")
    text = re.sub(r"[’'ʼ`ʻ\-\s.]", "", text)
    symbols: list[str] = []
    i = 0
    while i < len(text):
        for digraph, symbol in _LATIN_DIGRAPHS:
            if dz_as_two and digraph == "dz":
                continue
            if text.startswith(digraph, i):
                symbols.append(symbol)
                i += len(digraph)
                break
        else:
            ch = text[i]
            i += 1
            symbol = _latin_class(ch) or _latin_class(unicodedata.normalize("NFKD", ch)[:1])
            if qualities and symbol in (VOWEL, ROUND):
                symbol = _latin_quality(ch, symbol)
            if symbol:
                symbols.append(symbol)
    return symbols


def _latin_class(ch: str) -> str | None:
    if ch in _LATIN:
        return _LATIN[ch]
    if ch in _LATIN_VOWELS:
        return VOWEL
    if ch in _LATIN_ROUND:
        return ROUND
    return None


def arabic_symbols(name: str, waw_as_consonant: bool | str = False, jim_as_g: bool = False,
                   qualities: bool = False) -> list[str]:
    """``waw_as_consonant``: every inner و read as v/w (True), or only one after an alef
    ("after_alef": خوجاوند is Xocavənd, its first و a vowel and its second a v). ``qualities``:
    ا, ي and و as the vowels they write (see vowel_clashes), not folded."""
    text = re.sub(r"[\s\-]", " ", normalize(name))
    symbols: list[str] = []
    words = text.split()
    for word in words:
        i = 0
        while i < len(word):
            ch = word[i]
            nxt = word[i + 1] if i + 1 < len(word) else ""
            if ch == "ت" and nxt == "ش":  # تش is how the press writes ç/ch
                symbols.append("C")
                i += 2
                continue
            if ch == "ه" and i == len(word) - 1 and i > 0:  # final ه is a vowel (قره, دره)
                symbols.append(_EITHER if qualities else VOWEL)
            elif ch == "و" and i > 0 and (waw_as_consonant is True and not _opens_with_a_cluster(word, i)
                                          or (waw_as_consonant == "after_alef" and word[i - 1] == "ا")):
                symbols.append("F")
            elif ch == "ج" and jim_as_g:  # Egyptian ج is g: جورانبوي is Goranboy
                symbols.append("K")
            else:
                symbols.append(_AR_QUALITIES.get(ch) if qualities and ch in _AR_QUALITIES else _AR.get(ch, ""))
            i += 1
    return symbols


# The vowel a long-vowel letter writes: ا an open a, ي a front e, i or ı (or y), و a round o or u.
# Azerbaijani ə is written either way or not at all (كلبجار Kəlbəcər, أغجابيدي Ağcabədi), and so is
# a final ه: they contradict no letter. As bits, a slot's vowels are one small number.
_OPEN, _FRONT, _EITHER = "a", "i", "e"
_BITS = {_OPEN: 1, _FRONT: 2, ROUND: 4, _EITHER: 8}
_AR_QUALITIES = {"ا": _OPEN, "ي": _FRONT, "و": ROUND}
_LATIN_OPEN = set("aäâáàãåæ")
_LATIN_EITHER = set("əэ")
VowelSlots = tuple[str, bytes]  # the consonants, and the vowels before, between and after them


def _latin_quality(ch: str, folded: str) -> str:
    if folded == ROUND:
        return ROUND
    if ch in _LATIN_EITHER:
        return _EITHER
    return _OPEN if ch in _LATIN_OPEN or unicodedata.normalize("NFKD", ch)[:1] in _LATIN_OPEN else _FRONT


def _vowel_slots(symbols: list[str]) -> VowelSlots:
    """The consonants of a name (geminates folded, m before b an n, as in _keys) and the vowels
    written before, between and after them, slot by slot."""
    consonants: list[str] = []
    slots = [0]
    for symbol in symbols:
        if symbol in _BITS:
            slots[-1] |= _BITS[symbol]
        elif symbol:
            if consonants and not slots[-1] and consonants[-1] == symbol:
                continue
            if symbol == "B" and consonants and not slots[-1] and consonants[-1] == "M":
                consonants[-1] = "N"
            consonants.append(symbol)
            slots.append(0)
    return "".join(consonants), bytes(slots)


@lru_cache(maxsize=1 << 12)
def written_vowels(arabic: str) -> VowelSlots:
    """An Arabic spelling's consonants and the vowels its letters write (see vowel_clashes)."""
    return _vowel_slots(arabic_symbols(arabic, qualities=True))


@lru_cache(maxsize=1 << 14)
def spoken_vowels(romanised: str) -> VowelSlots:
    """A Latin or Cyrillic name's consonants and its vowels, as the Arabic letters would write them."""
    if script_of(romanised) == "cyrillic":
        romanised = "".join(_CYRILLIC.get(c, c) for c in romanised.lower())
    return _vowel_slots(latin_symbols(romanised, qualities=True))


def vowel_clashes(arabic: str, romanised: str) -> int | None:
    """How many of an Arabic spelling's vowel letters write a vowel the romanisation does not have
    in that place: هاجيلي writes an i where Hacalli has an a (Hacılı's ı agrees). None when the two
    do not share their consonants: then the keys, not the vowels, tell them apart."""
    return clashes_between(written_vowels(arabic), spoken_vowels(romanised))


def clashes_between(written: VowelSlots, spoken: VowelSlots) -> int | None:
    if written[0] != spoken[0]:
        return None
    return sum(_clash(w, v) for w, v in zip(written[1], spoken[1], strict=True))


def _clash(written: int, spoken: int) -> bool:
    letters = written & ~_BITS[_EITHER]
    return bool(letters and spoken and not spoken & _BITS[_EITHER] and not letters & spoken)


def _opens_with_a_cluster(word: str, i: int) -> bool:
    """"سوغانلي": a و second in a word, between two consonant letters, is the vowel (Soğanlı),
    never a v: Azerbaijani and Armenian words do not open with a consonant cluster."""
    return i == 1 and len(word) > 2 and word[0] not in _VOWEL_LETTERS and word[2] not in _VOWEL_LETTERS


_VOWEL_LETTERS = "اآأإىيوه"


@lru_cache(maxsize=1 << 16)
def keys(name: str) -> tuple[tuple[str, str], ...]:
    """All (skeleton, vocalised) keys of a name; Arabic و gives a vowel and a v/w reading.

    Cached: news vocabulary repeats, and every word of every article is keyed.
    """
    return tuple(_all_keys(name))


def _all_keys(name: str) -> list[tuple[str, str]]:
    script = script_of(name)
    if script == "arabic":
        norm = normalize(name)
        readings: list[tuple[bool | str, bool]] = [(False, False)]
        if "و" in norm[1:]:
            readings.append((True, False))
        if "او" in norm[1:] and norm.count("و", 1) > 1:
            readings.append(("after_alef", False))
        if "ج" in norm:
            readings += [(waw, True) for waw, _ in list(readings)]
        variants: list[tuple[str, str]] = []
        for waw, jim in readings:
            found = _keys(arabic_symbols(name, waw_as_consonant=waw, jim_as_g=jim))
            if found not in variants:
                variants.append(found)
        if len(norm) >= 6 and _WESTERN_ARMENIAN_KERD.search(norm):
            variants += [(skeleton[:-1] + "T", vocalised[:-1] + "T") for skeleton, vocalised in variants]
        return variants
    if script == "cyrillic":
        name = "".join(_CYRILLIC.get(c, c) for c in name.lower())
    if script is None:
        return []
    found = [_keys(latin_symbols(name))]
    if _ARMENIAN_DZ.search(name):
        found.append(_keys(latin_symbols(name, dz_as_two=True)))
    if _RUSSIAN_HAJI.match(name):
        found.append(_keys(latin_symbols("h" + name[1:])))
    return found


def key(name: str) -> str:
    """The primary skeleton of a name (first reading)."""
    found = keys(name)
    return found[0][0] if found else ""


SKELETON_WEIGHT, VOWEL_WEIGHT = 0.6, 0.4  # consonants carry a name; vowels vary by outlet


def key_similarity(a: tuple[str, str], b: tuple[str, str]) -> float:
    """0..100: consonant skeletons weigh 0.6, vocalised keys 0.4."""
    return SKELETON_WEIGHT * fuzz.ratio(a[0], b[0]) + VOWEL_WEIGHT * fuzz.ratio(a[1], b[1])


@lru_cache(maxsize=1 << 16)
def similarity(a: str, b: str) -> float:
    """Best key similarity of two names over their readings (any scripts)."""
    return max((key_similarity(x, y) for x in keys(a) for y in keys(b)), default=0.0)

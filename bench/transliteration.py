"""Synthetic cross-script check: spell gazetteer villages the way the Arabic press might, and
see whether the resolver finds them back.

    python bench/transliteration.py [--sample 400] [--seed 1]

Each village of the core theatre (Karabakh and the seven districts) is written in Arabic
letters from its Azerbaijani Latin name, with a naive letter table and half of the short inner
vowels dropped (as the press drops them). It is then resolved twice: with its district named
(as "التابعة لمدينة X" gives it) and with nothing but the cue "قرية". A third time it is the
first item of a list with two other villages of its district, no district named ("حرر الجيش قرى
A وB وC"), placed by geo.locate as an article's would be: the list-mates are its only context.
A result within 2 km of the village counts as right: the gazetteer keeps duplicate records of
many villages.

This measures the phonetic matching on many names, not the whole pipeline on real text: the
spellings are ours, not journalists'.
"""

from __future__ import annotations

import argparse
import random

from geo import gazetteer, tables
from geo.locate import locate
from geo.resolve import Context, distance_km, resolve

LETTERS = {
    "a": "ا", "ə": "ا", "e": "ي", "i": "ي", "ı": "ي", "o": "و", "ö": "و", "u": "و", "ü": "و",
    "b": "ب", "c": "ج", "ç": "تش", "d": "د", "f": "ف", "g": "غ", "ğ": "غ", "h": "ه", "x": "خ",
    "j": "ج", "k": "ك", "q": "ق", "l": "ل", "m": "م", "n": "ن", "p": "ب", "r": "ر", "s": "س",
    "ş": "ش", "t": "ت", "v": "ف", "y": "ي", "z": "ز", " ": " ",
}
AZERBAIJANI_LETTERS = set("əışçğüö")


def press_spelling(name: str, rng: random.Random) -> str:
    out = []
    text = name.replace("İ", "i").lower()
    for i, ch in enumerate(text):
        letter = LETTERS.get(ch, "")
        if ch in "əeıiu" and 0 < i < len(text) - 1 and rng.random() < 0.5:
            letter = ""  # short vowels go unwritten
        out.append(letter)
    return "".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    gaz, tabs = gazetteer.load(), tables.load()
    rng = random.Random(args.seed)
    villages = sorted(
        (p for p in gaz.places.values()
         if p.admin1 in tabs.core and p.feature_class == "P"
         and any(ch in n for n in p.names for ch in AZERBAIJANI_LETTERS)),
        key=lambda p: p.id,
    )
    sample = rng.sample(villages, min(args.sample, len(villages)))
    for label, with_district in (("district named", True), ("cue word only", False)):
        counts = [0, 0, 0]
        for place in sample:
            context = Context(cue="village", districts=[place.admin1] if with_district else [])
            found = resolve(gaz, tabs, press_spelling(_latin(place), rng), context)
            counts[_outcome(found.place, found.precision, place)] += 1
        _report(label, counts)
    counts = [0, 0, 0]
    by_district: dict[str, list] = {}
    for place in villages:
        by_district.setdefault(place.admin1, []).append(place)
    for place in (p for p in sample if len(by_district[p.admin1]) >= 3):
        mates = rng.sample([p for p in by_district[place.admin1] if p.id != place.id], 2)
        spelt = [press_spelling(_latin(p), rng) for p in (place, *mates)]
        placed = locate(f"حرر الجيش قرى {spelt[0]} و{spelt[1]} و{spelt[2]}.", gaz, tabs)
        first = next((loc for loc in placed if loc.mention.start == len("حرر الجيش قرى ")), None)
        counts[_outcome(*((first.place_id and gaz.places[first.place_id], first.precision)
                          if first else (None, "unresolved")), place)] += 1
    _report("in a list", counts)


def _latin(place) -> str:
    return next(n for n in place.names if any(ch in n for ch in AZERBAIJANI_LETTERS))


def _outcome(found, precision: str, place) -> int:
    """0 right place, 1 district or unresolved, 2 wrong place."""
    if found is not None and precision == "place" and distance_km(found.lat, found.lon, place.lat, place.lon) <= 2:
        return 0
    return 1 if precision in ("district", "unresolved") or found is None else 2


def _report(label: str, counts: list[int]) -> None:
    n = sum(counts)
    print(f"{label:>15}: right place {counts[0] / n:6.1%}, district or unresolved "
          f"{counts[1] / n:6.1%}, wrong place {counts[2] / n:6.1%}  ({n} villages)")


if __name__ == "__main__":
    main()

"""The small tables this team writes in data/: theatre of war, regions, places far from the front, aliases."""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from geo import config
from geo.arabic import normalize
from geo.phonetic import keys

# A curated alias also holds for other spellings with the same sound (سوقوفوشان as well as
# سوغوفوشان) when it has this many consonants: shorter sounds are shared by ordinary words.
ALIAS_SOUND_CONSONANTS = 4
ALIAS_MEMO_SIZE = 50_000  # names remembered before the memo starts again: flat memory on an archive
ALIAS_LEVELS = frozenset({"name", "stand-in"})  # aliases.csv: a name of the place, or a missing place put on it


@dataclass(frozen=True, slots=True)
class Region:
    id: str
    name: str
    lat: float
    lon: float
    admin1: tuple[str, ...]
    names: tuple[str, ...]
    front: bool = False  # a sector of the front ("وادي نهر أراكس"): fighting there goes on the map


@dataclass(frozen=True, slots=True)
class DistantPlace:
    """A country, a capital (Baku as a seat of government, Moscow) or a city far from the front:
    recognised, but kept off the war map."""

    arabic: str
    name: str
    kind: str
    country: str
    lat: float
    lon: float


@lru_cache(maxsize=1 << 16)
def compact(text: str) -> str:
    """Normalised Arabic (or lower-cased Latin) without spaces or hyphens, for exact look-ups."""
    return normalize(text).lower().replace(" ", "").replace("-", "")


@dataclass(frozen=True)
class Tables:
    theatre: frozenset[str]
    core: frozenset[str]
    regions: tuple[Region, ...]
    region_names: dict[str, Region]
    distant: dict[str, DistantPlace]
    aliases: dict[str, int]
    first_words: frozenset[str]  # first words of the multi-word names above
    held_by_azerbaijan: frozenset[int] = frozenset()  # gazetteer ids inside the region's districts
    held_until_handover: frozenset[str] = frozenset()  # admin1 codes Armenians held until their handover
    alias_sounds: dict[tuple[str, str], int] = field(default_factory=dict)  # (skeleton, vowels) -> id
    # aliases of places the gazetteer lacks, placed on the unit that holds them: no name of that unit
    stand_ins: frozenset[str] = frozenset()
    # every mention asks, and an article names its places many times
    _alias_memo: dict[str, int | None] = field(default_factory=dict, init=False, repr=False, compare=False)

    def alias(self, name: str) -> int | None:
        """The gazetteer id the team's alias table gives ``name``, as written or as it sounds."""
        memo = self._alias_memo
        if name not in memo:
            if len(memo) > ALIAS_MEMO_SIZE:
                memo.clear()
            found = self.aliases.get(compact(name))
            if found is None and self.alias_sounds:
                found = next((self.alias_sounds[k] for k in keys(name) if k in self.alias_sounds), None)
            memo[name] = found
        return memo[name]


@lru_cache(maxsize=4)
def load(directory: Path | None = None) -> Tables:
    directory = Path(directory or config.team_data_dir())
    theatre_doc = json.loads((directory / "theatre.json").read_text(encoding="utf-8"))
    regions = tuple(
        Region(
            r["id"], r["name"], r["lat"], r["lon"], tuple(r["admin1"]),
            tuple(r["arabic"]) + tuple(r["latin"]), bool(r.get("front", False)),
        )
        for r in theatre_doc["regions"]
    )
    region_names = {compact(n): r for r in regions for n in r.names}
    distant = {}
    with open(directory / "distant_places.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            place = DistantPlace(
                row["arabic"], row["name"], row["kind"], row["country"],
                float(row["lat"]), float(row["lon"]),
            )
            distant[compact(place.arabic)] = place
            distant.setdefault(compact(place.name), place)
    aliases, stand_ins = {}, set()
    with open(directory / "aliases.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["why"].strip():
                raise ValueError(f"aliases.csv: {row['arabic']} has no reason given")
            level = (row.get("level") or "name").strip()
            if level not in ALIAS_LEVELS:
                raise ValueError(f"aliases.csv: {row['arabic']} has level {level!r}, not one of {sorted(ALIAS_LEVELS)}")
            aliases[compact(row["arabic"])] = int(row["place_id"])
            if level == "stand-in":
                stand_ins.add(compact(row["arabic"]))
    multiword = [r_name for r in regions for r_name in r.names]
    multiword += [p.arabic for p in distant.values()] + [p.name for p in distant.values()]
    with open(directory / "aliases.csv", encoding="utf-8") as fh:
        multiword += [row["arabic"] for row in csv.DictReader(fh)]
    first_words = frozenset(
        normalize(n).lower().replace("-", " ").split()[0] for n in multiword if len(n.split()) > 1
        or "-" in n
    )
    return Tables(
        frozenset(theatre_doc["admin1"]), frozenset(theatre_doc["core"]), regions, region_names,
        distant, aliases, first_words, _place_ids(theatre_doc.get("held_by_azerbaijan", {}), "held_by_azerbaijan"),
        _admin1_codes(theatre_doc.get("held_by_armenians_until_handover", {}), "held_by_armenians_until_handover"),
        _alias_sounds(aliases), frozenset(stand_ins),
    )


def _admin1_codes(table: dict, key: str) -> frozenset[str]:
    codes = table.get("admin1", [])
    if not isinstance(codes, list) or not all(isinstance(c, str) and re.fullmatch(r"[A-Z]{2}\.\d+", c) for c in codes):
        raise ValueError(f"theatre.json: {key}.admin1 must be a list of admin1 codes such as AZ.26")
    return frozenset(codes)


def _alias_sounds(aliases: dict[str, int]) -> dict[tuple[str, str], int]:
    """The sounds of the long aliases; a sound two aliases of different places share is dropped."""
    sounds: dict[tuple[str, str], set[int]] = {}
    for spelling, place_id in aliases.items():
        for sound in keys(spelling):
            if len(sound[0]) >= ALIAS_SOUND_CONSONANTS:
                sounds.setdefault(sound, set()).add(place_id)
    return {sound: next(iter(ids)) for sound, ids in sounds.items() if len(ids) == 1}


def _place_ids(table: dict, key: str) -> frozenset[int]:
    ids = table.get("places", [])
    if not isinstance(ids, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        raise ValueError(f"theatre.json: {key}.places must be a list of gazetteer ids")
    return frozenset(ids)

"""An analyst's corrections: another place for a mention, or an event rejected.

Stored in SQLite (data/reviews.sqlite by default, git-ignored: they are the analyst's, not the
team's). A corrected spelling becomes an alias: the same mention in later articles is placed
the same way, unless the gazetteer already placed it on a village.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from geo.extract import Event
from geo.gazetteer import Gazetteer
from geo.sqlite_file import BUSY_SECONDS, SqliteFile
from geo.tables import compact


class ReviewError(Exception):
    """The review store cannot be read or written; str() is one line for the analyst."""


class ReviewStore(SqliteFile):
    """Decisions in SQLite (geo.sqlite_file: WAL, a busy timeout, one-line errors)."""

    error = ReviewError
    what = "the review store"
    variable = "GEO_REVIEWS"

    def __init__(self, path: Path, busy_seconds: float = BUSY_SECONDS):
        super().__init__(path, ("CREATE TABLE IF NOT EXISTS reviews (article TEXT, start INTEGER, mention TEXT, "
                                "place_id INTEGER, rejected INTEGER, note TEXT, at REAL, "
                                "PRIMARY KEY (article, start))",), busy_seconds)

    def correct(self, event: Event, place_id: int, note: str = "") -> None:
        self._save(event, place_id, False, note)

    def reject(self, event: Event, note: str = "") -> None:
        self._save(event, None, True, note)

    def undo(self, event: Event) -> None:
        self._write("DELETE FROM reviews WHERE article = ? AND start = ?", (event.article, event.start))

    def _save(self, event: Event, place_id: int | None, rejected: bool, note: str) -> None:
        self._write("INSERT OR REPLACE INTO reviews VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (event.article, event.start, event.mention, place_id, int(rejected), note, time.time()),
                    "your decision was not saved")

    def version(self) -> tuple[int, float]:
        """Changes whenever a decision is saved or undone: a key for caching applied results."""
        count, last = self._read("SELECT COUNT(*), MAX(at) FROM reviews")[0]
        return count, last or 0.0

    def decisions(self) -> dict[tuple[str, int], tuple[int | None, bool]]:
        rows = self._read("SELECT article, start, place_id, rejected FROM reviews")
        return {(a, s): (p, bool(r)) for a, s, p, r in rows}

    def aliases(self) -> dict[str, int]:
        """Spelling → place, from every correction (the latest wins)."""
        rows = self._read("SELECT mention, place_id FROM reviews WHERE place_id IS NOT NULL ORDER BY at")
        return {compact(mention): place_id for mention, place_id in rows}


def apply(events: list[Event], store: ReviewStore, gaz: Gazetteer) -> list[Event]:
    """Events with the analyst's decisions: corrected places, rejected events left out, and
    learnt spellings applied where the gazetteer could only place a district or nothing."""
    decisions, aliases = store.decisions(), store.aliases()
    if not decisions:
        return list(events)
    out = []
    for event in events:
        decided = decisions.get((event.article, event.start))
        if decided is not None:
            place_id, rejected = decided
            if rejected:
                continue
            out.append(_placed(event, gaz, place_id, "corrected by an analyst"))
            continue
        learnt = aliases.get(compact(event.mention))
        if learnt is not None and event.geo_precision in ("district", "unresolved"):
            out.append(_placed(event, gaz, learnt, "spelling learnt from an analyst's correction"))
            continue
        out.append(event)
    return out


def _placed(event: Event, gaz: Gazetteer, place_id: int, note: str) -> Event:
    place = gaz.get(place_id)
    if place is None:
        return event
    precision = "district" if place.feature_code == "ADM1" else "place"
    return replace(
        event, place_id=place.id, name=place.name, admin1=place.admin1,
        admin1_name=place.admin1_name, country=place.country, lat=place.lat, lon=place.lon,
        geo_precision=precision, confidence=1.0, resolution_note=note,
        scope="theatre" if event.scope in ("theatre", "elsewhere") else event.scope,
        on_map=True,
    )

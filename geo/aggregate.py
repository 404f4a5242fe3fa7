"""From events to what an analyst reads: claims, contradictions, claimed control as of a date.

A **claim** groups the events that say the same thing: the same place, event type and
claimant side, their dates within ``window_days`` of each other. It lists its sources (one per
event), so every control, strike and clash event is in exactly one claim.

A **contradiction** pairs claims of opposing sides on the same place within a few days.

**Claimed control** as of a date: for each place, the latest control claim of each side up to
that date; the place goes to the side that claimed it last. Claimed, not verified.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from geo.vocab import OPPOSITE_PARTY

EVENT_TYPES = ("control", "strike", "clash")
PARTIES = ("azerbaijani", "armenian")


@dataclass
class Claim:
    id: str
    place_key: str
    name: str
    mention: str
    lat: float | None
    lon: float | None
    admin1: str
    event_type: str
    claimant_side: str
    first_date: str | None
    last_date: str | None
    sources: list[dict] = field(default_factory=list)

    @property
    def outlets(self) -> int:
        """Independent sources: articles, or outlets when known, counted once each; copies of one
        agency text (geo.copies) count once."""
        return len({s.get("copy_of") or s.get("outlet") or s["article"] for s in self.sources})

    def to_record(self) -> dict:
        return {"claim_id": self.id, "place_key": self.place_key, "name": self.name, "mention": self.mention,
                "lat": self.lat, "lon": self.lon, "admin1": self.admin1, "event_type": self.event_type,
                "claimant_side": self.claimant_side, "first_date": self.first_date, "last_date": self.last_date,
                "source_count": self.outlets, "sources": self.sources}


def group_claims(events: list[dict], window_days: int = 1, copies: dict[str, str] | None = None) -> list[Claim]:
    """Claims of the control, strike and clash events, in order of place, type, side and date.
    ``copies``: article -> the article it copies (geo.copies), so copies count as one source."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for e in events:
        if e["event_type"] in EVENT_TYPES:
            groups[(_place_key(e), e["event_type"], e["claimant_side"])].append(e)
    claims = []
    for key in sorted(groups, key=str):
        for run in _runs(groups[key], window_days):
            claims.append(_claim(key, run, copies or {}))
    return claims


def _place_key(e: dict) -> str:
    return f"id:{e['place_id']}" if e.get("place_id") is not None else f"name:{e.get('name') or e['mention']}"


def _runs(events: list[dict], window_days: int) -> list[list[dict]]:
    """Dated events whose dates lie within the window of the one before; undated ones apart."""
    dated = sorted((e for e in events if e.get("event_date")), key=lambda e: (e["event_date"], e["article"]))
    runs: list[list[dict]] = []
    for e in dated:
        if runs and date.fromisoformat(e["event_date"]) - date.fromisoformat(runs[-1][-1]["event_date"]) \
                <= timedelta(days=window_days):
            runs[-1].append(e)
        else:
            runs.append([e])
    undated = [e for e in events if not e.get("event_date")]
    return runs + ([undated] if undated else [])


def _claim(key: tuple, run: list[dict], copies: dict[str, str]) -> Claim:
    place_key, event_type, side = key
    first = run[0]
    dates = [e["event_date"] for e in run if e.get("event_date")]
    sources = [{"article": e["article"], "mention": e["mention"], "start": e["start"], "event_type": event_type,
                "sentence": e["sentence"],
                "event_date": e.get("event_date"), "published": e.get("published"), "claimant": e["claimant"],
                "sub_type": e.get("sub_type", ""), "outlet": e.get("outlet", ""),
                **({"copy_of": _copied(e["article"], copies)} if _copied(e["article"], copies) else {})}
               for e in run]
    digest = hashlib.sha1(repr((key, min(dates) if dates else None)).encode()).hexdigest()[:12]
    return Claim(digest, place_key, first.get("name") or first["mention"], first["mention"], first.get("lat"),
                 first.get("lon"), first.get("admin1", ""), event_type, side, min(dates, default=None),
                 max(dates, default=None), sources)


def _copied(article: str, copies: dict[str, str]) -> str:
    """The group an article belongs to when it is a copy or has copies, else ""."""
    if article in copies:
        return copies[article]
    return article if article in copies.values() else ""


@dataclass(frozen=True)
class Contradiction:
    place_key: str
    name: str
    first: Claim
    second: Claim


def contradictions(claims: list[Claim], within_days: int = 3) -> list[Contradiction]:
    """Claims of opposing sides on the same place within a few days: a capture announced by one
    side while the other reports fighting or shelling there, or strikes each blames on the other."""
    by_place: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.claimant_side in PARTIES and claim.first_date:
            by_place[claim.place_key].append(claim)
    pairs = []
    for place_key, found in sorted(by_place.items()):
        for i, a in enumerate(found):
            for b in found[i + 1 :]:
                if b.claimant_side == OPPOSITE_PARTY[a.claimant_side] and _days_apart(a, b) <= within_days:
                    first, second = sorted((a, b), key=lambda c: (c.first_date, c.claimant_side))
                    pairs.append(Contradiction(place_key, a.name, first, second))  # the claim, then the answer
    return pairs


def _days_apart(a: Claim, b: Claim) -> int:
    gaps = [abs((date.fromisoformat(x) - date.fromisoformat(y)).days)
            for x in (a.first_date, a.last_date) for y in (b.first_date, b.last_date)]
    return min(gaps)


def claimed_control(claims: list[Claim], as_of: date) -> dict:
    """A GeoJSON FeatureCollection: each place with a control claim up to ``as_of``, its
    ``side`` the side that claimed it last (a capture by a side, or a loss admitted by the other)."""
    latest: dict[str, dict[str, tuple[str, Claim]]] = defaultdict(dict)
    for claim in claims:
        if claim.event_type != "control" or claim.claimant_side not in PARTIES or claim.lat is None:
            continue
        for source in claim.sources:
            day = source.get("event_date")
            if not day or date.fromisoformat(day) > as_of:
                continue
            # "we withdrew from X" is a claim that the other side holds it
            holder = OPPOSITE_PARTY[claim.claimant_side] if source.get("sub_type") == "lost" else claim.claimant_side
            known = latest[claim.place_key].get(holder)
            if known is None or day > known[0]:
                latest[claim.place_key][holder] = (day, claim)
    features = []
    for place_key, by_side in sorted(latest.items()):
        holder, (day, claim) = max(by_side.items(), key=lambda item: item[1][0])
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [claim.lon, claim.lat]},
            "properties": {"place_key": place_key, "name": claim.name, "side": holder,
                           "claimed_on": day, "as_of": as_of.isoformat(), "label": "claimed, not verified",
                           **{f"last_{side}_claim": found[0] for side, found in by_side.items()}},
        })
    return {"type": "FeatureCollection", "features": features}


def control_areas(control: dict, districts: dict | None, reach_km: float = 15.0) -> dict:
    """Areas of claimed control: the Voronoi cell of each claimed place, clipped to its district
    (so a cell never crosses into a district nobody claimed there) and to ``reach_km`` around the
    place (so one claimed village does not paint a whole empty district). ``control`` is
    claimed_control()'s collection; ``districts`` a GeoJSON of district polygons with an
    ``admin1`` property, or None. Each area keeps its place's side: claimed, not verified."""
    from shapely import MultiPoint, Point, STRtree, voronoi_polygons
    from shapely.geometry import mapping, shape

    places = [f for f in control["features"] if f["geometry"]["type"] == "Point"]
    if not places:
        return {"type": "FeatureCollection", "features": []}
    points = [Point(*f["geometry"]["coordinates"]) for f in places]
    outlines = [shape(d["geometry"]) for d in (districts or {}).get("features", []) if d.get("geometry")]
    index = STRtree(outlines) if outlines else None
    cells = list(voronoi_polygons(MultiPoint(points), ordered=True).geoms) if len(points) > 1 else [None]
    reach_degrees = reach_km / 111.0  # a degree of latitude; longitude degrees are shorter, so this errs small
    features = []
    for place, point, cell in zip(places, points, cells, strict=False):
        area = point.buffer(reach_degrees)
        if cell is not None:
            area = area.intersection(cell)
        if index is not None:
            inside = [outlines[i] for i in index.query(point, predicate="intersects")]
            if inside:
                area = area.intersection(inside[0])
        if area.is_empty:
            continue
        features.append({"type": "Feature", "geometry": mapping(area),
                         "properties": {**place["properties"], "kind": "area"}})
    return {"type": "FeatureCollection", "features": features}

"""GeoJSON (RFC 7946, one layer per event type) and a CSV with ACLED's columns."""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

from geo.extract import Event

if TYPE_CHECKING:
    import geopandas as gpd

EVENT_LAYERS = ("control", "strike", "clash", "other")
# ACLED: 1 the place itself, 2 near it / part of a district, 3 the district or region only.
ACLED_GEO_PRECISION = {"place": 1, "district": 3, "region": 3}
ACLED_TIME_PRECISION = {"day": 1, "week": 2, "month": 3}

# ACLED's columns, in ACLED's order, then ours.
CSV_COLUMNS = (
    "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "iso", "region", "country", "admin1", "admin2", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    "claimant", "claimant_side", "sentence", "confidence", "claim_id", "source_count", "event_id",
    "location_arabic", "published", "claim_type", "claim_sub_type",
)
# Our types onto ACLED's: (disorder type, event type, sub-event type by our sub-type or default).
ACLED_TYPES = {
    "strike": ("Political violence", "Explosions/Remote violence",
               {"drone": "Air/drone strike", "air_strike": "Air/drone strike"}, "Shelling/artillery/missile attack"),
    "clash": ("Political violence", "Battles", {}, "Armed clash"),
    "control": ("Strategic developments", "Strategic developments",
                {"lost": "Non-violent transfer of territory", "handed_over": "Non-violent transfer of territory"},
                "Change to group/activity"),
}
ACLED_COUNTRY = {"AZ": ("Azerbaijan", 31), "AM": ("Armenia", 51)}
ACLED_REGION = "Caucasus and Central Asia"
# The force a sentence says acted, as ACLED names state forces.
ACTORS = {"azerbaijani": "Military Forces of Azerbaijan (2003-)", "armenian": "Military Forces of Armenia (2018-)"}


def to_geodataframe(events: Iterable[Event], placed_only: bool = True) -> gpd.GeoDataFrame:
    import geopandas as gpd  # imported on first export: it costs the app's start a third of a second
    from shapely.geometry import Point

    rows, geometry = [], []
    for e in events:
        if e.lat is None and placed_only:
            continue
        rows.append(e.to_dict())
        geometry.append(Point(e.lon, e.lat) if e.lat is not None else None)
    frame = gpd.GeoDataFrame(rows, geometry=geometry, crs="EPSG:4326")
    return frame


def to_geojson(events: Iterable[Event], placed_only: bool = True) -> str:
    """A FeatureCollection with the data contract's field names (the CLI's --format geojson);
    unplaced events get a null geometry when placed_only is False."""
    events = list(events)
    if not events or (placed_only and all(e.lat is None for e in events)):
        return json.dumps({"type": "FeatureCollection", "features": []})
    frame = to_geodataframe(events, placed_only)
    frame = frame.drop(columns=["lat", "lon"])
    return frame.to_json(drop_id=True, ensure_ascii=False)


def to_layer_geojson(events: Iterable[Event], placed_only: bool = True) -> str:
    """A map layer for download: properties are the CSV's columns (ACLED's names, then ours),
    so a workflow built on ACLED reads the layers and the CSV alike."""
    events = [e for e in events if e.lat is not None or not placed_only]
    claims = _claims_of(events)
    stamp = int(time.time())
    features = [
        {"type": "Feature",
         "geometry": {"type": "Point", "coordinates": [e.lon, e.lat]} if e.lat is not None else None,
         "properties": _row(e, claims, stamp)}
        for e in events
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)


def layers(events: Iterable[Event]) -> dict[str, list[Event]]:
    """Events by event type, in the order the map shows them."""
    out: dict[str, list[Event]] = {kind: [] for kind in EVENT_LAYERS}
    for e in events:
        out.setdefault(e.event_type, []).append(e)
    return out


def to_csv(events: Iterable[Event]) -> str:
    """ACLED's columns (types mapped, the acting force only when the text names it), then ours."""
    events = list(events)
    claims = _claims_of(events)
    stamp = int(time.time())
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for e in events:
        writer.writerow(_safe_row(_row(e, claims, stamp)))
    return buffer.getvalue()


def _row(e: Event, claims: dict, stamp: int) -> dict:
    claim_id, source_count = claims.get((e.article, e.start, e.event_type), ("", ""))
    return {**_acled(e, stamp), **_ours(e, claim_id, source_count)}


def _acled(e: Event, stamp: int) -> dict:
    disorder, kind, subs, default_sub = ACLED_TYPES.get(e.event_type, ("", "", {}, ""))
    country, iso = ACLED_COUNTRY.get(e.country, ("", ""))
    year = (e.event_date or e.published or "")[:4]
    return {
        "event_date": e.event_date or "",
        "year": int(year) if year.isdigit() else "",
        "time_precision": ACLED_TIME_PRECISION.get(e.date_precision, ""),
        "disorder_type": disorder, "event_type": kind, "sub_event_type": subs.get(e.sub_type, default_sub),
        "actor1": acting_force(e.sentence), "assoc_actor_1": "",
        "iso": iso, "region": ACLED_REGION if iso else "", "country": country,
        "admin1": e.admin1_name or e.admin1, "admin2": "", "location": e.name,
        "latitude": "" if e.lat is None else e.lat, "longitude": "" if e.lon is None else e.lon,
        "geo_precision": ACLED_GEO_PRECISION.get(e.geo_precision, ""),
        "source": " ".join(part for part in (e.outlet or e.article, e.article_url) if part),
        "source_scale": "Other",
        "notes": f"{e.claimant} ({e.claimant_side}) claims: {e.sub_type} at {e.name or e.mention}",
        "fatalities": "",  # not read from the text: left empty rather than guessed
        "tags": f"claimed, not verified; geo: {e.geo_precision}",
        "timestamp": stamp,
    }


def _ours(e: Event, claim_id: str, source_count) -> dict:
    return {"claimant": e.claimant, "claimant_side": e.claimant_side, "sentence": e.sentence,
            "confidence": e.confidence, "claim_id": claim_id, "source_count": source_count,
            "event_id": f"{e.article or 'article'}:{e.start}" + (f":{e.event_type}" if e.second_claim else ""),
            "location_arabic": e.mention,
            "published": e.published or "", "claim_type": e.event_type, "claim_sub_type": e.sub_type}


def acting_force(sentence: str) -> str:
    """The force the sentence names as acting ("قصفت القوات الأرمينية ..."), else "": never
    guessed from who makes the claim."""
    from geo.arabic import normalize
    from geo.attribute import relayed_actor

    actor = relayed_actor(normalize(sentence))
    return ACTORS.get(actor.side, "") if actor is not None and actor.role == "army" else ""


def _claims_of(events: list[Event]) -> dict[tuple[str, int, str], tuple[str, int]]:
    from geo.aggregate import group_claims

    found = {}
    for claim in group_claims([e.to_dict() for e in events]):
        for source in claim.sources:
            found[(source["article"], source["start"], claim.event_type)] = (claim.id, claim.outlets)
    return found


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe_row(row: dict) -> dict:
    """OWASP's rule against CSV injection: a text cell that a spreadsheet would read as a formula
    gets a leading single quote. Numbers stay numbers (a negative longitude is no formula)."""
    return {key: f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value
            for key, value in row.items()}

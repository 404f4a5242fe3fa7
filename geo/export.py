"""GeoJSON (RFC 7946, one layer per event type) and an ACLED-like CSV of events."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from geo.extract import Event

if TYPE_CHECKING:
    import geopandas as gpd

EVENT_LAYERS = ("control", "strike", "clash", "other")
# ACLED: 1 the place itself, 2 near it / part of a district, 3 the district or region only.
ACLED_GEO_PRECISION = {"place": 1, "district": 3, "region": 3}
ACLED_TIME_PRECISION = {"day": 1, "week": 2, "month": 3}

CSV_COLUMNS = (
    "event_id", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "claimant", "claimant_side", "country", "admin1", "location", "location_arabic",
    "latitude", "longitude", "geo_precision", "geo_precision_label", "source", "published",
    "notes", "confidence",
)


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
    """A FeatureCollection; unplaced events get a null geometry when placed_only is False."""
    events = list(events)
    if not events or (placed_only and all(e.lat is None for e in events)):
        return json.dumps({"type": "FeatureCollection", "features": []})
    frame = to_geodataframe(events, placed_only)
    frame = frame.drop(columns=["lat", "lon"])
    return frame.to_json(drop_id=True, ensure_ascii=False)


def layers(events: Iterable[Event]) -> dict[str, list[Event]]:
    """Events by event type, in the order the map shows them."""
    out: dict[str, list[Event]] = {kind: [] for kind in EVENT_LAYERS}
    for e in events:
        out.setdefault(e.event_type, []).append(e)
    return out


def to_csv(events: Iterable[Event]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for e in events:
        writer.writerow(_safe_row({
            "event_id": f"{e.article or 'article'}:{e.start}",
            "event_date": e.event_date or "",
            "year": (e.event_date or "")[:4],
            "time_precision": ACLED_TIME_PRECISION.get(e.date_precision, ""),
            "event_type": e.event_type,
            "sub_event_type": e.sub_type,
            "claimant": e.claimant,
            "claimant_side": e.claimant_side,
            "country": e.country,
            "admin1": e.admin1_name or e.admin1,
            "location": e.name,
            "location_arabic": e.mention,
            "latitude": "" if e.lat is None else e.lat,
            "longitude": "" if e.lon is None else e.lon,
            "geo_precision": ACLED_GEO_PRECISION.get(e.geo_precision, ""),
            "geo_precision_label": e.geo_precision,
            "source": e.article,
            "published": e.published or "",
            "notes": e.sentence,
            "confidence": e.confidence,
        }))
    return buffer.getvalue()


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe_row(row: dict) -> dict:
    """OWASP's rule against CSV injection: a text cell that a spreadsheet would read as a formula
    gets a leading single quote. Numbers stay numbers (a negative longitude is no formula)."""
    return {key: f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value
            for key, value in row.items()}

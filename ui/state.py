"""The view a URL reproduces: date range, visible layers, selected articles.

Parsing is forgiving: a hand-edited or stale link falls back to defaults field by field,
never to an error page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from geo.export import EVENT_LAYERS

DEFAULT_LAYERS = ("control", "strike", "clash")
MIN_ZOOM, MAX_ZOOM = 5, 18  # the map's own limits (ui.mapview.base_map)


@dataclass
class View:
    start: date | None = None
    end: date | None = None
    layers: tuple[str, ...] = DEFAULT_LAYERS
    articles: tuple[str, ...] = ()  # empty: all articles
    undated: bool = True  # show events whose date is unknown
    sides: tuple[str, ...] = ()  # empty: every claimant side
    control: bool = False  # the claimed-control layer, as of the end of the date range
    place: int | None = None  # a gazetteer id the map is zoomed to, its claims listed
    added: tuple[str, ...] = ()  # stored articles the user added (geo.store ids): a link brings them back
    position: tuple[int, float, float] | None = None  # zoom, lat, lon where the reader left the map
    extras: dict[str, str] = field(default_factory=dict)


def from_query(params: dict[str, str]) -> View:
    view = View()
    view.start = _date(params.get("from"))
    view.end = _date(params.get("to"))
    if view.start and view.end and view.start > view.end:
        view.start, view.end = view.end, view.start
    if "layers" in params:
        chosen = tuple(x for x in params["layers"].split(",") if x in EVENT_LAYERS)
        view.layers = chosen
    if params.get("articles"):
        view.articles = tuple(x for x in params["articles"].split(",") if x)
    if params.get("sides"):
        view.sides = tuple(x for x in params["sides"].split(",") if x)
    if params.get("added"):
        view.added = tuple(x for x in params["added"].split(",") if is_article_id(x))
    view.undated = params.get("undated", "1") != "0"
    view.control = params.get("control") == "1"
    view.position = parse_position(params.get("map"))
    place = params.get("place", "")
    view.place = int(place) if place.isascii() and place.isdigit() and len(place) <= 12 else None
    return view


def to_query(view: View) -> dict[str, str]:
    query = {"layers": ",".join(view.layers), "undated": "1" if view.undated else "0"}
    if view.start:
        query["from"] = view.start.isoformat()
    if view.end:
        query["to"] = view.end.isoformat()
    if view.articles:
        query["articles"] = ",".join(view.articles)
    if view.sides:
        query["sides"] = ",".join(view.sides)
    if view.added:
        query["added"] = ",".join(view.added)
    if view.control:
        query["control"] = "1"
    if view.place is not None:
        query["place"] = str(view.place)
    if view.position is not None:
        query["map"] = format_position(view.position)
    return query


def format_position(position: tuple[int, float, float]) -> str:
    """OpenStreetMap's ``zoom/lat/lon``; four decimals are about ten metres."""
    zoom, lat, lon = position
    return f"{zoom}/{lat:.4f}/{lon:.4f}"


def parse_position(value: str | None) -> tuple[int, float, float] | None:
    """A ``zoom/lat/lon`` from a link, or None when any part is missing or off the globe."""
    parts = (value or "").split("/")
    if len(parts) != 3 or len(value) > 40:
        return None
    try:
        zoom, lat, lon = int(parts[0]), float(parts[1]), float(parts[2])
    except ValueError:
        return None
    if not (MIN_ZOOM <= zoom <= MAX_ZOOM and -90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return zoom, lat, lon


def is_article_id(value: str) -> bool:
    return len(value) == 13 and value[0] == "a" and all(c in "0123456789abcdef" for c in value[1:])


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def in_view(event: dict, view: View) -> bool:
    """Whether an event (a dict of the data contract) belongs on the map for ``view``."""
    if event["event_type"] not in view.layers:
        return False
    if view.articles and event["article"] not in view.articles:
        return False
    if view.sides and event["claimant_side"] not in view.sides:
        return False
    when = event.get("event_date")
    if when is None:
        return view.undated
    day = date.fromisoformat(when)
    return (view.start is None or day >= view.start) and (view.end is None or day <= view.end)

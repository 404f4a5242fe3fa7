"""The Folium map: one clustered overlay per event type, markers coloured by claimant side.

Points are drawn as GeoJSON layers with DivIcon markers (fast in st_folium, unlike thousands
of Marker objects); every popup is built here from HTML-escaped text.
"""

from __future__ import annotations

import hashlib
import html
import json
from collections.abc import Iterable
from pathlib import Path

import folium
from branca.element import Element, MacroElement
from folium.plugins import MarkerCluster
from jinja2 import Template

from ui.assets import LeafletAssets
from ui.state import MAX_ZOOM, MIN_ZOOM

THEATRE_CENTRE = (39.75, 46.75)
OPENING_VIEW = (8, *THEATRE_CENTRE)  # zoom, lat, lon of a map no link places elsewhere
MAX_LISTED_SOURCES = 8  # a popup lists this many other reports of a claim, then counts the rest
# Folium embeds GeoJSON with Jinja's tojson, which writes Arabic as \\uXXXX escapes: six bytes
# a letter, a third of a 2,000-point map. UTF-8 is as safe there (<, >, & stay escaped).
folium.GeoJson._template.environment.policies["json.dumps_kwargs"] = {
    "sort_keys": True, "ensure_ascii": False,
}
SIDE_COLOURS = {  # Okabe-Ito, distinguishable with colour-blindness
    "azerbaijani": "#0072B2",
    "armenian": "#D55E00",
    "third_party": "#009E73",
    "media": "#6E6E6E",
    "unknown": "#CC79A7",
}
SIDE_LABELS = {"azerbaijani": "Azerbaijani side", "armenian": "Armenian / Artsakh side",
               "third_party": "Third party", "media": "Media (unattributed)", "unknown": "Unknown"}
TYPE_GLYPHS = {"control": "⚑", "strike": "✹", "clash": "⚔", "other": "•"}
TYPE_LABELS = {"control": "Control changes", "strike": "Strikes", "clash": "Clashes",
               "other": "Other mentions"}
PRECISION_LABELS = {"place": "the place itself", "district": "district only (hollow marker)",
                    "region": "region only", "unresolved": "not placed"}


MARKER_CSS = """
<style>
.event-icon { background: transparent; border: none; }
.event-marker .sources { position: absolute; top: -7px; right: -9px; min-width: 14px; height: 14px; padding: 0 2px;
  border-radius: 7px; background: #222; color: #fff; font-size: 10px; line-height: 14px; text-align: center; }
.event-popup .also ul { margin: 2px 0 4px 0; padding-left: 16px; }
.claim-cluster div { background: #fff; border: 4px solid #999; border-radius: 50%; width: 28px; height: 28px;
  display: flex; align-items: center; justify-content: center; font-weight: bold; font-size: 12px; }
.cluster-mixed div { border-color: #999; }
.fit-to-points { display: block; width: 30px; height: 30px; line-height: 30px; text-align: center; font-size: 18px;
  background: #fff; color: #333; text-decoration: none; }
.place-label span { position: absolute; transform: translate(-50%, -50%); white-space: nowrap;
  font: 11px sans-serif; color: #444; text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff; }
.place-label-district span { font-size: 12px; color: #777; letter-spacing: 1px; text-transform: uppercase; }
.place-label-town span { font-size: 12px; font-weight: bold; color: #222; }
.event-marker.contested { outline: 3px dashed #c00; outline-offset: 1px; }
.event-popup .contradicted { color: #a00; margin: 4px 0; }
.tiles-offline { background: #fff3cd; color: #664d03; padding: 6px 8px; max-width: 260px; font-size: 12px;
  border: 1px solid #ffe69c; border-radius: 4px; }
.event-popup { max-width: min(340px, calc(100vw - 90px)); font-size: 13px; overflow-wrap: anywhere; }
.event-popup .es { margin: 6px 0; padding: 4px; background: #f4f4f4; }
.event-marker { width: 22px; height: 22px; border-radius: 50%; display: flex; align-items: center;
  justify-content: center; font-size: 13px; box-shadow: 0 0 3px rgba(0,0,0,.5);
  border: 2px solid #fff; color: #fff; position: relative; }
""" + "".join(
    f".side-{side} {{ background: {colour}; }}\n"
    f".side-{side}.hollow {{ background: rgba(255,255,255,.75); color: {colour};"
    f" border: 2px dashed {colour}; }}\n"
    f".cluster-{side} div {{ border-color: {colour}; }}\n"
    for side, colour in SIDE_COLOURS.items()
) + "</style>"


class _Text(Element):
    """Text already rendered, kept as is."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class RenderedAsText(MacroElement):
    """A map element whose rendered macros are kept as text.

    branca wraps each rendered macro in a new Element, which compiles it as a Jinja template: for
    a layer of 2,000 points, the district polygons or the place names, that compile took longer
    than everything else in a rerun.
    """

    def render(self, **kwargs):
        figure = self.get_root()
        macros = self._template.module.__dict__
        for part, target in (("header", figure.header), ("html", figure.html), ("script", figure.script)):
            if part in macros:
                target.add_child(_Text(macros[part](self, kwargs)), name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)


class DistrictsLayer(RenderedAsText):
    """The district polygons of the offline base map, named on hover (labels escaped on load), in a
    pane under every other layer. ``districts``: the GeoJSON, or the URL of a published copy."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            map.createPane("districts").style.zIndex = 350;
            function use(districts) {
                L.geoJson(districts, {
                    pane: "districts",
                    style: {color: "#8a8a8a", weight: 1, fillColor: "#f2efe9", fillOpacity: 0.6},
                    onEachFeature: function (feature, layer) { layer.bindTooltip(feature.properties.label || ""); }
                }).addTo(map);
            }
            {{ this.load }}
        })();
        {% endmacro %}
    """)

    def __init__(self, districts: dict | str):
        super().__init__()
        self._name = "DistrictsLayer"
        self.load = load_into("use", districts)


def load_into(callback: str, source) -> str:
    """JavaScript handing ``source`` to ``callback``: fetched when it is a URL (a published file,
    cached by the browser), else written inline."""
    if isinstance(source, str):
        return (f"fetch({script_json(source)}).then(function (r) {{ return r.json(); }})"
                f".then({callback});")
    return f"{callback}({script_json(source)});"


def script_json(value) -> str:
    """JSON to write inside a <script>: UTF-8 as is (a third of the size of \\u escapes), with the
    only sequences that could end or derail the script element escaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("<!--", "\\u003c!--").replace("<script", "\\u003cscript")


class EventLayer(RenderedAsText):
    """One event type's markers: a GeoJSON layer whose points are DivIcons built from their
    properties, popups assembled from the layer's table of sentences (the places of one list
    share a sentence). folium's GeoJson would map a style per marker and encode each twice."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.geoJson({{ this.collection }}, {
            pointToLayer: function (feature, latlng) {
                return L.marker(latlng, {icon: L.divIcon({html: feature.properties.m, className: "event-icon",
                                                          iconSize: [22, 22], iconAnchor: [11, 11]})});
            },
            onEachFeature: function (feature, layer) {
                var all = window.eventSentences || (window.eventSentences = {});
                var s = all["{{ this.key }}"] || (all["{{ this.key }}"] = {{ this.sentences }});
                var p = feature.properties;
                layer.bindPopup(p.h + s[p.s] + p.t, {maxWidth: Math.min(360, window.innerWidth - 80)});
            }
        }).addTo({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, collection: dict, sentences: list[str], key: str):
        super().__init__()
        self._name = "EventLayer"
        self.collection, self.sentences = script_json(collection), script_json(sentences)
        self.key = "".join(c for c in key if c.isalnum())


def marker_class(event: dict) -> str:
    """CSS classes of a marker: type, claimant side, hollow when only the district is known."""
    side = event["claimant_side"] if event["claimant_side"] in SIDE_COLOURS else "unknown"
    hollow = " hollow" if event["geo_precision"] != "place" else ""
    contested = " contested" if event.get("contradicted_by") else ""
    return f"event-marker event-{event['event_type']} side-{side}{hollow}{contested}"


def marker_html(event: dict) -> str:
    glyph = TYPE_GLYPHS.get(event["event_type"], "•")
    count = int(event.get("source_count") or 1)
    badge = f'<span class="sources" title="{count} sources">{count}</span>' if count > 1 else ""
    return f'<div class="{marker_class(event)}">{glyph}{badge}</div>'


POPUP_FIELDS = ("event_date", "date_precision", "date_text", "name", "mention", "sub_type", "claimant",
                "admin1_name", "sentence", "published", "published_source", "confidence", "resolution_note")


def popup_parts(event: dict) -> tuple[str, str, str]:
    """The popup as (head, evidence sentence, tail), every field HTML-escaped.

    The sentence is kept apart because the places of one list share it: the map sends each
    sentence once.
    """
    e = {k: html.escape(str(event[k])) if event.get(k) is not None else "" for k in POPUP_FIELDS}
    date_line = (f"{e['event_date']} ({e['date_precision']})" if event.get("event_date")
                 else "date unknown")
    if event.get("date_text"):
        date_line += f" — «{e['date_text']}»"
    side = html.escape(SIDE_LABELS.get(event["claimant_side"], event["claimant_side"]))
    head = (
        f'<div class="event-popup"><b>{e["name"] or e["mention"]}</b> '
        f'<span dir="rtl">({e["mention"]})</span><br>'
        f"<b>{html.escape(TYPE_LABELS.get(event['event_type'], event['event_type']))}</b>"
        f" · {e['sub_type']}<br>"
        f"<b>Claimed by</b> <span dir=\"auto\">{e['claimant']}</span> · {side}<br>"
        f"<b>When</b> {date_line}<br>"
        f"<b>Placed on</b> {html.escape(PRECISION_LABELS.get(event['geo_precision'], ''))}"
        f" {('· ' + e['admin1_name']) if event.get('admin1_name') else ''}<br>"
        f'<div class="es" dir="rtl" lang="ar">'
    )
    tail = (
        f"</div>{_contradiction(event)}{_other_sources(event)}<small>{_permalink(event)}{_article_line(event)}"
        f" · published {e['published'] or '?'} "
        f"({e['published_source']}) · confidence {e['confidence']}"
        f"{('<br>placed by: ' + e['resolution_note']) if event.get('resolution_note') else ''}"
        f"</small></div>"
    )
    return head, e["sentence"], tail


def _contradiction(event: dict) -> str:
    opposing = event.get("contradicted_by") or []
    if not opposing:
        return ""
    return ('<div class="contradicted"><b>Contradicted</b> within days by '
            + "; ".join(html.escape(o) for o in opposing) + " (see the Contradictions page)</div>")


def _other_sources(event: dict) -> str:
    """The other reports of the same claim (see as_claims), each with its own evidence."""
    others = event.get("other_sources") or []
    if not others:
        return ""
    items = "".join(
        f'<li><span dir="auto">{html.escape(o["label"])}</span> · {html.escape(o.get("event_date") or "undated")}'
        f' · <span dir="auto">{html.escape(o["claimant"])}</span>: <span dir="rtl" lang="ar">'
        f'{html.escape(_clipped(o["sentence"]))}</span></li>'
        for o in others[:MAX_LISTED_SOURCES]
    )
    more = len(others) - MAX_LISTED_SOURCES
    return (f'<div class="also"><b>Also reported</b> ({event.get("source_count", 1)} sources in all):'
            f'<ul>{items}</ul>{f"<i>and {more} more</i>" if more > 0 else ""}</div>')


def _clipped(sentence: str, limit: int = 160) -> str:
    return sentence if len(sentence) <= limit else sentence[:limit].rsplit(" ", 1)[0] + " …"


def as_claims(events: list[dict], copies: dict[str, str] | None = None) -> list[dict]:
    """One point per claim (geo.aggregate): the same claim carried by several articles is one
    marker with its source count, the other reports listed in its popup. "Other" mentions stay."""
    from geo.aggregate import contradictions, group_claims

    by_report = {(e["article"], e["start"]): e for e in events}  # for titles: one article, one title
    claim_of = {}  # one mention may carry two claims of two types ("رغم إعلان باكو السيطرة عليها")
    claims = group_claims(events, copies=copies)
    for claim in claims:
        for source in claim.sources:
            claim_of[(source["article"], source["start"], claim.event_type)] = claim
    opposed = _opposed(contradictions(claims))
    points, seen = [], set()
    for e in events:
        claim = claim_of.get((e["article"], e["start"], e["event_type"]))
        if claim is None:
            points.append(e)
            continue
        if claim.id in seen:
            continue
        seen.add(claim.id)
        others = [{**s, "label": (by_report[(s["article"], s["start"])].get("article_title") or s["article"])}
                  for s in claim.sources if (s["article"], s["start"]) != (e["article"], e["start"])]
        points.append({**e, "claim_id": claim.id, "source_count": claim.outlets, "other_sources": others,
                       "contradicted_by": opposed.get(claim.id, [])})
    return points


def _opposed(pairs) -> dict[str, list[str]]:
    """Claim id -> what the other side claims there within days: "Armenian / Artsakh side: clashes, 2020-10-06"."""
    found: dict[str, list[str]] = {}
    for pair in pairs:
        for claim, other in ((pair.first, pair.second), (pair.second, pair.first)):
            found.setdefault(claim.id, []).append(
                f"{SIDE_LABELS.get(other.claimant_side, other.claimant_side)}: "
                f"{TYPE_LABELS.get(other.event_type, other.event_type).lower()}, {other.first_date}")
    return found


def permalink_query(event: dict) -> dict[str, str]:
    """The app's URL parameters that show this event: its place, its day, its article (a stored
    article's id brings the article back in any browser)."""
    from ui.state import is_article_id

    query = {"articles": event["article"]}
    if event.get("place_id") is not None:
        query["place"] = str(event["place_id"])
    if event.get("event_date"):
        query["from"] = query["to"] = event["event_date"]
    if is_article_id(event["article"]):
        query["added"] = event["article"]
    return query


def _permalink(event: dict) -> str:
    from urllib.parse import urlencode

    # the map lives in a sandboxed frame: the link opens the app anew in a tab, from the site's root
    href = html.escape("/?" + urlencode(permalink_query(event)), quote=True)
    return (f'<a class="permalink" href="{href}" target="_blank" rel="noopener" '
            f'title="a link to this claim">link</a> · ')


def _article_line(event: dict) -> str:
    """The article by the name people know (its headline), linked to the page when there is one."""
    shown = html.escape(event.get("article_title") or event["article"])
    url = event.get("article_url") or ""
    if url.startswith(("http://", "https://")):
        return f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener" dir="auto">{shown}</a>'
    return f'<span dir="auto">{shown}</span>'


def popup_html(event: dict) -> str:
    return "".join(popup_parts(event))


# Leaflet places every marker with a 3D transform, which makes each its own compositing layer: with
# a few hundred markers and clusters on the map, the browser spends 100-300 ms assigning layers on
# every frame of the page's animations (Streamlit fades a running page), and the timeline waits.
# Set before leaflet.js loads, this makes Leaflet place markers with left/top instead.
FLAT_POSITIONING = ("leaflet-flat", "data:text/javascript,window.L_DISABLE_3D%3Dtrue%3B")


def base_map(
    assets: LeafletAssets, districts: dict | str | None = None, online_tiles: bool = False,
    height: int = 620, opening: tuple[int, float, float] | None = None,
    labels: list[tuple[float, float, str, str]] | str | None = None,
) -> folium.Map:
    """The map without events: it stays the same across reruns, so st_folium keeps it (and the
    reader's zoom) while the event layers change. ``opening`` (zoom, lat, lon) is where it first
    shows, a shared link's position; later moves go through st_folium's centre and zoom.
    ``districts`` and ``labels`` may be URLs of published files (ui.assets.published)."""
    folium.Map.default_js = [FLAT_POSITIONING, *assets.map_js]
    folium.Map.default_css = assets.map_css
    MarkerCluster.default_js = assets.cluster_js
    MarkerCluster.default_css = assets.cluster_css

    # clustering needs the map's own maxZoom when no tile layer sets one
    zoom_limits = {"maxZoom": MAX_ZOOM, "minZoom": MIN_ZOOM}
    zoom, *centre = opening or OPENING_VIEW
    fmap = folium.Map(location=centre, zoom_start=zoom, tiles=None, control_scale=True,
                      height=height, prefer_canvas=False, **zoom_limits)
    fmap.get_root().header.add_child(folium.Element(MARKER_CSS))
    MarkerCluster(control=False).add_to(fmap)  # loads the clustering plugin for the layers
    fmap.add_child(FitToPoints())
    if online_tiles:
        tiles = folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)",
                                 attr="© OpenStreetMap contributors").add_to(fmap)
        tiles.add_child(TilesOfflineNotice())
    if districts:
        fmap.add_child(DistrictsLayer(districts))
    if labels and not online_tiles:  # online tiles carry their own names
        fmap.add_child(PlaceLabels(labels))
    return fmap


TOWN_CODES = frozenset({"PPLC", "PPLA", "PPLA2", "PPLA3"})
LABEL_ZOOMS = {"district": (7, 10), "town": (9, MAX_ZOOM), "village": (11, MAX_ZOOM)}  # shown from, to


def place_labels(places: Iterable, districts: dict | None) -> list[tuple[float, float, str, str]]:
    """Names for the offline base map: (lat, lon, name, rank), rank a key of LABEL_ZOOMS.

    Districts are named at a point inside their polygon, towns and villages at their own point;
    the map shows each rank only at the zooms where it does not crowd the others out.
    """
    from shapely.geometry import shape

    labels = []
    for feature in (districts or {}).get("features", []):
        props = feature.get("properties") or {}
        name = str(props.get("asciiname") or props.get("name") or "")
        if name and feature.get("geometry"):
            inside = shape(feature["geometry"]).representative_point()
            labels.append((round(inside.y, 4), round(inside.x, 4), name, "district"))
    for place in places:
        if place.feature_class == "P":
            rank = "town" if place.feature_code in TOWN_CODES else "village"
            labels.append((round(place.lat, 4), round(place.lon, 4), place.name, rank))
    return labels


class PlaceLabels(RenderedAsText):
    """District, town and village names drawn from the gazetteer, offline: a zoomed map without
    tiles still says where it is. Only the names inside the view are drawn, each as text
    (never HTML), in a pane under the event markers that takes no clicks."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var labels = [], zooms = {{ this.zooms|tojson }};
            var pane = map.createPane("place-labels");
            pane.style.zIndex = 450; pane.style.pointerEvents = "none";
            var layer = L.layerGroup().addTo(map);
            function label(entry) {
                var text = document.createElement("span");
                text.textContent = entry[2];
                return L.marker([entry[0], entry[1]], {pane: "place-labels", interactive: false, keyboard: false,
                    icon: L.divIcon({className: "place-label place-label-" + entry[3], html: text, iconSize: null})});
            }
            function draw() {
                layer.clearLayers();
                var zoom = map.getZoom(), bounds = map.getBounds().pad(0.1);
                labels.forEach(function (entry) {
                    var shown = zooms[entry[3]];
                    if (zoom >= shown[0] && zoom <= shown[1] && bounds.contains([entry[0], entry[1]])) {
                        layer.addLayer(label(entry));
                    }
                });
            }
            function use(found) { labels = found; draw(); }
            map.on("moveend", draw);
            {{ this.load }}
        })();
        {% endmacro %}
    """)

    def __init__(self, labels: list[tuple[float, float, str, str]] | str):
        super().__init__()
        self._name = "PlaceLabels"
        self.load = load_into("use", labels if isinstance(labels, str) else [list(entry) for entry in labels])
        self.zooms = LABEL_ZOOMS


# A cluster says what it holds: its number of claims, ringed in the colour of the side that
# makes most of them (a grey ring: no side has most).
CLUSTER_ICON_JS = """
function (cluster) {
    var counts = {}, children = cluster.getAllChildMarkers();
    children.forEach(function (m) {
        var found = /side-([a-z_]+)/.exec((m.options.icon && m.options.icon.options.html) || "");
        if (found) { counts[found[1]] = (counts[found[1]] || 0) + 1; }
    });
    var best = null, most = 0, tie = false;
    Object.keys(counts).forEach(function (side) {
        if (counts[side] > most) { best = side; most = counts[side]; tie = false; }
        else if (counts[side] === most) { tie = true; }
    });
    var side = tie || !best ? "mixed" : best;
    return L.divIcon({html: '<div><span>' + children.length + '</span></div>',
                      className: 'marker-cluster claim-cluster cluster-' + side, iconSize: L.point(36, 36)});
}
"""


class FitToPoints(MacroElement):
    """A button that brings every point back into view: a zoomed map never leaves the reader in
    an empty square."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var control = L.control({position: "topleft"});
            control.onAdd = function () {
                var button = L.DomUtil.create("a", "leaflet-bar fit-to-points");
                button.href = "#"; button.title = "Fit the map to the points"; button.textContent = "⤢";
                button.setAttribute("role", "button");
                L.DomEvent.on(button, "click", function (e) {
                    L.DomEvent.preventDefault(e);
                    var bounds = L.latLngBounds([]);
                    map.eachLayer(function (layer) {
                        if (L.MarkerClusterGroup && layer instanceof L.MarkerClusterGroup) {
                            layer.getLayers().forEach(function (m) { bounds.extend(m.getLatLng()); });
                        } else if (layer.getLatLng && !layer.getChildCount) {
                            bounds.extend(layer.getLatLng());
                        }
                    });
                    if (bounds.isValid()) { map.fitBounds(bounds, {padding: [30, 30], maxZoom: 12}); }
                });
                return button;
            };
            control.addTo(map);
        })();
        {% endmacro %}
    """)


class TilesOfflineNotice(MacroElement):
    """Says so on the map when online tiles fail to load (no network), instead of a blank map."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.once("tileerror", function () {
            var notice = L.control({position: "topright"});
            notice.onAdd = function () {
                var box = L.DomUtil.create("div", "tiles-offline");
                box.textContent = "Online map tiles could not be loaded (no network?): " +
                    "turn off \u201cOnline map tiles\u201d for the offline district map.";
                return box;
            };
            notice.addTo({{ this._parent._parent.get_name() }});
        });
        {% endmacro %}
    """)


def control_layer(areas: dict, as_of: str) -> folium.FeatureGroup:
    """Claimed control as of a date: areas shaded by the side that last claimed each place."""
    group = folium.FeatureGroup(name=f"Claimed control as of {as_of}")
    if not areas["features"]:
        return group  # nothing claimed yet: an empty layer (a tooltip needs features to read)
    for feature in areas["features"]:
        props = feature["properties"]
        side = SIDE_LABELS.get(props["side"], props["side"])
        props["tip"] = html.escape(f"{props['name']}: last claimed by the {side} on {props['claimed_on']} "
                                   "(claimed, not verified)")
    folium.GeoJson(
        areas, name="claimed control",
        style_function=lambda f: {"color": SIDE_COLOURS.get(f["properties"]["side"], "#777"), "weight": 1,
                                  "fillColor": SIDE_COLOURS.get(f["properties"]["side"], "#777"),
                                  "fillOpacity": 0.25, "dashArray": "4"},
        tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False),
    ).add_to(group)
    return group


def event_layers(events: list[dict], visible: tuple[str, ...]) -> list[folium.FeatureGroup]:
    """One clustered overlay per visible event type."""
    groups = []
    for kind, label in TYPE_LABELS.items():
        if kind not in visible:
            continue
        points = [e for e in events if e["event_type"] == kind and e.get("lat") is not None]
        group = folium.FeatureGroup(name=f"{label} ({len(points)})")
        cluster = MarkerCluster(control=False, icon_create_function=CLUSTER_ICON_JS,
                                options={"maxClusterRadius": 30, "spiderfyOnMaxZoom": True,
                                         "chunkedLoading": True})
        cluster.add_to(group)
        if points:
            collection, sentences = _feature_collection(points)
            # the browser keeps tables across redraws: each table is kept under its own
            # content key, so a redraw with other events can never read a stale one
            key = hashlib.sha1(json.dumps(sentences, ensure_ascii=False).encode()).hexdigest()[:16]
            EventLayer(collection, sentences, key).add_to(cluster)
        groups.append(group)
    return groups


def build_map(
    events: list[dict], assets: LeafletAssets, visible: tuple[str, ...],
    districts: dict | None = None, online_tiles: bool = False, height: int = 620,
) -> folium.Map:
    """A self-contained map (base and event layers), for pages that redraw it whole. Layers are
    chosen by the page's own control, which the counts and downloads follow: no second control
    inside the map to disagree with it."""
    fmap = base_map(assets, districts, online_tiles, height)
    for group in event_layers(events, visible):
        group.add_to(fmap)
    return fmap


def _feature_collection(events: list[dict]) -> tuple[dict, list[str]]:
    """Features with compact properties, and the shared table of (escaped) sentences."""
    features, sentences, index = [], [], {}
    for e in events:
        head, sentence, tail = popup_parts(e)
        if sentence not in index:
            index[sentence] = len(sentences)
            sentences.append(sentence)
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [e["lon"], e["lat"]]},
            "properties": {"m": marker_html(e), "h": head, "s": index[sentence], "t": tail},
        })
    return {"type": "FeatureCollection", "features": features}, sentences


def load_districts(path: Path) -> dict | None:
    """District polygons for the offline base layer, labels escaped once here."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    for feature in doc.get("features", []):
        props = feature.setdefault("properties", {})
        props["label"] = html.escape(str(props.get("asciiname") or props.get("name") or ""))
    return doc

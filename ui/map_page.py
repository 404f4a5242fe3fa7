"""The Map page: articles in (the configured corpus, uploads, pasted text), claimed events out,
on a map that works offline. The app only presents; geo/ does the work. app.py runs it.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, date, datetime

import streamlit as st
from streamlit_folium import st_folium

from geo import config
from geo.dates import timeline as war_timeline
from geo.export import EVENT_LAYERS, to_csv, to_layer_geojson
from geo.extract import Event
from geo.mentions import reads_as_name
from ui import session, state
from ui.assets import leaflet_assets, published
from ui.mapview import (
    OPENING_VIEW,
    SIDE_COLOURS,
    SIDE_LABELS,
    TYPE_GLYPHS,
    TYPE_LABELS,
    as_claims,
    base_map,
    control_layer,
    event_layers,
    load_districts,
    place_labels,
)
from ui.timeline import timeline_spec


@st.cache_resource
def districts():
    return load_districts(config.gazetteer_dir() / "districts.geojson")


@st.cache_resource(max_entries=1)
def base_labels(version: str):
    """District, town and village names of the war theatre for the offline base map (``version``:
    the pipeline's, so an edited dump renames the map too), published as a file when it can be."""
    gaz, tabs = session.pipeline()
    labels = place_labels((p for code in sorted(tabs.theatre) for p in gaz.in_admin1(code)), districts())
    return published("labels", labels) or labels


@st.cache_resource
def base_districts():
    """The district outlines, published as a file when it can be: a browser fetches them once,
    not with every rerun's map."""
    outlines = districts()
    return (published("districts", outlines) or outlines) if outlines else None


def seed(key: str, value) -> None:
    """Give a widget its first value (from the URL); afterwards the widget owns it."""
    if key not in st.session_state:
        st.session_state[key] = value


def sidebar_inputs(view: state.View) -> state.View:
    side = st.sidebar
    side.header("Articles")
    uploads = side.file_uploader("Upload articles (.txt, .html; a .zip of them; a .csv or .jsonl table "
                                 "with a text column)", type=["txt", "html", "htm", "zip", "csv", "jsonl"],
                                 accept_multiple_files=True)
    done = st.session_state.setdefault("uploaded", set())
    for upload in uploads or []:
        if (upload.name, upload.size) in done:
            continue
        done.add((upload.name, upload.size))
        error = session.add_upload(upload.name, upload.getvalue())
        if error:
            st.session_state.setdefault("problems", []).append(error)
    with side.form("paste", clear_on_submit=True):
        pasted = st.text_area("…or paste an article", height=120, placeholder="نص المقال")
        if st.form_submit_button("Add pasted article"):
            error = session.add_paste(pasted)
            if error:
                st.session_state.setdefault("problems", []).append(error)
            elif (added := session.last_added()) is not None:
                with st.spinner("Reading the article…"):
                    st.session_state["found"] = session.found_in(added)
    if st.session_state.get("found"):
        side.success(st.session_state["found"])
    with side.form("url", clear_on_submit=True):
        link = st.text_input("…or add by URL (online)", placeholder="https://…",
                             help="Fetched once (one request at a time, cached); needs a network.")
        if st.form_submit_button("Fetch the article") and link.strip():
            with st.spinner("Fetching…"):
                error = session.add_url(link)
            if error:
                st.session_state.setdefault("problems", []).append(error)
    for problem in st.session_state.get("problems", []):
        side.warning(problem)
    if side.button("Clear messages", disabled=not (st.session_state.get("problems") or st.session_state.get("found"))):
        st.session_state.problems, st.session_state.found = [], ""
        st.rerun()

    by_name = session.articles()
    names = list(by_name)
    # widgets keep their own state once created; the URL only seeds them on the first run
    if "articles-select" not in st.session_state:
        st.session_state["articles-select"] = [n for n in view.articles if n in names] or names
    else:  # keep the choice, drop vanished articles, add new uploads and pastes
        known = st.session_state.get("known-articles", names)
        kept = [n for n in st.session_state["articles-select"] if n in names]
        st.session_state["articles-select"] = kept + [n for n in names if n not in known]
    st.session_state["known-articles"] = names
    chosen = side.multiselect("Articles on the map", names, key="articles-select",
                              format_func=lambda name: by_name[name].shown if name in by_name else name)
    view.articles = tuple(chosen) if len(chosen) != len(names) else ()
    side.header("Filters")
    sides = list(SIDE_LABELS)
    seed("sides-select", list(view.sides) or sides)
    picked_sides = side.multiselect("Claimant side", sides, key="sides-select",
                                    format_func=SIDE_LABELS.get)
    view.sides = tuple(picked_sides) if len(picked_sides) != len(sides) else ()
    seed("undated-check", view.undated)
    view.undated = side.checkbox("Show events whose date is unknown", key="undated-check")
    side.checkbox("Ask OpenStreetMap (Nominatim) for unresolved names", key="online_geocoding",
                  help="Off by default. Online only; one request a second; answers are cached. "
                       "Places found this way are marked in their popup.")
    seed("online_tiles", districts() is None)  # no offline outlines: tiles are the only base
    side.checkbox("Online map tiles (OpenStreetMap)", key="online_tiles",
                  help="Off by default: the app works without internet, on district outlines.")
    return view


MAP_HEIGHT = 560  # with the header and summary, the whole map fits a 900-pixel-high screen
# Streamlit's default top padding and title size push the map below the fold on a laptop
COMPACT_PAGE = ("<style>[data-testid='stMainBlockContainer'], .block-container {padding-top: 2.2rem}"
                "</style>")

PUBLISHED_MIN, PUBLISHED_MAX = date(2020, 1, 1), date(2030, 12, 31)


ALL_DATES_UP_TO = 20  # more articles than this: a field only for the dates that need a look


def publication_dates(selected: list[session.Article], published: dict[str, dict]) -> None:
    """A date field per article; for a large corpus only where the date needs a look (unknown,
    doubtful or impossible) and for one article picked from the rest: eighty date pickers cost
    the browser half a second at every start, and nobody reads down eighty of them."""
    with st.sidebar.expander("Publication dates", expanded=False):
        fields = selected
        if len(selected) > ALL_DATES_UP_TO:
            fields = [a for a in selected if _needs_a_look(a, published.get(a.name, {}))]
            by_name = {a.name: a for a in selected}
            needing = {a.name for a in fields}
            rest = [a.name for a in selected if a.name not in needing]
            st.caption(f"{len(fields)} of {len(selected)} dates need a look (not found, or inferred with "
                       f"confidence under {LOW_CONFIDENCE}); pick another article to correct its date.")
            picked = st.selectbox("Another article", rest, index=None, format_func=lambda n: by_name[n].shown,
                                  key="pub-pick", placeholder="Choose an article")
            fields = [*fields, by_name[picked]] if picked in by_name else fields
        for article in fields:
            date_field(article, published.get(article.name, {}))


def _needs_a_look(article: session.Article, info: dict) -> bool:
    if article.published:
        return False  # given by the page or the reader
    value = info.get("value")
    return (value is None or info.get("confidence", 0.0) < LOW_CONFIDENCE
            or not PUBLISHED_MIN <= value <= PUBLISHED_MAX)


def date_field(article: session.Article, info: dict) -> None:
    shown = article.published or info.get("value")
    if shown is not None and not (PUBLISHED_MIN <= shown <= PUBLISHED_MAX):
        st.warning(f"{article.shown}: a publication date of {shown} is outside the war's years; "
                   "set the real one here.")
        shown = None  # a page's broken metadata must not break the widget
    given = st.date_input(
        article.shown, value=shown, min_value=PUBLISHED_MIN, max_value=PUBLISHED_MAX,
        key=f"pub-{article.name}",
    )
    if info.get("source") == "inferred" and not article.published:
        st.caption(f"inferred: {info['explanation']} (confidence {info['confidence']:.2f})")
    elif info.get("source") == "unknown" and not article.published:
        st.caption("could not be inferred: set it here")
    if given and given != info.get("value"):
        problem = session.correct_published(article, given)
        if problem:
            st.session_state.setdefault("problems", []).append(problem)
        st.rerun()


def _read(selected) -> tuple[list[dict], dict]:
    """The selected articles' events (reviewed) and publication dates, with a progress bar; a first
    look on a long corpus says how many are read so far."""
    bar = st.progress(0.0, text="Reading articles…")

    def report(i: int, n: int, name: str) -> None:
        if i == n or i % max(1, n // 40) == 0:  # ~40 updates, however long the corpus
            bar.progress(i / n, text=f"Read {name} ({i}/{n})")

    online = st.session_state.get("online_geocoding", False)
    events, published = session.all_events(selected, report, online=online,
                                           first_look=not st.session_state.get("first-look-done"))
    bar.empty()
    if session.reading_left():
        st.info(f"A first look: the {len(selected) - session.reading_left()} of {len(selected)} articles read "
                "so far. The others are read next, and the page is then drawn again with all of them.")
    st.session_state.raw_events, st.session_state.published = events, published
    events = st.session_state.events = session.reviewed(events)
    return events, published


def _warn_undated(published: dict) -> None:
    undated_articles = [n for n, p in published.items() if p["value"] is None]
    if undated_articles:
        st.warning("Publication date unknown for " + ", ".join(undated_articles)
                   + ": relative dates (today, yesterday) cannot be resolved. Set the date in "
                   "the sidebar under Publication dates.")


def _date_range(mapped: list[dict], view):
    """The event-date slider over the mapped events' days (a span drawn on the timeline sets it),
    beside the layers' column it returns; with fewer than two days, no slider."""
    dated = sorted({date.fromisoformat(e["event_date"]) for e in mapped if e["event_date"]})
    if len(dated) < 2:
        return st.container()
    low, high = dated[0], dated[-1]
    span = timeline_span(low, high)
    if span is not None:
        st.session_state["dates"] = span
    start, end = st.session_state.get("dates", (view.start or low, view.end or high))
    if (start, end) == st.session_state.get("dates-bounds"):
        start, end = low, high  # the whole range was shown: keep showing the whole range
    start = min(max(start, low), high)  # the articles may have changed the range
    chosen = (start, max(min(end, high), start))
    if st.session_state.get("dates") != chosen:  # set only when it must change: a value set
        st.session_state["dates"] = chosen        # from code resets a thumb the reader is moving
    st.session_state["dates-bounds"] = (low, high)
    dates_column, layers_column = st.columns([3, 2])
    start, end = dates_column.slider("Event dates", min_value=low, max_value=high, key="dates",
                                     format="YYYY-MM-DD")
    view.start = start if start != low else None
    view.end = end if end != high else None
    return layers_column


def main() -> None:
    session.load_pipeline_or_stop()
    view = session.shared_view()
    session.articles(view.added)  # the first run of a session: the corpus and the link's articles
    session.copy_groups_ahead()
    st.markdown(COMPACT_PAGE, unsafe_allow_html=True)
    st.markdown("#### Karabakh 2020 — what Arabic news claims, on the map",
                help="Control changes, strikes and clashes as claimed by each side, placed on the villages "
                     "the articles name. Claims are shown as claims, never merged.")
    view = sidebar_inputs(view)

    articles = session.articles()
    selected = [a for a in articles.values() if not view.articles or a.name in view.articles]
    if not selected:
        st.info("No article selected. Add one in the sidebar (upload or paste), or select "
                "articles of the corpus.")
        view.added = tuple(session.added_ids())
        session.keep_view(view)
        return
    events, published = _read(selected)
    read = [a for a in selected if a.name in published]  # a first look has not read them all yet
    publication_dates(read, published)
    _warn_undated(published)
    mapped = [e for e in events if e["on_map"]]
    if not mapped:
        st.info("No place of the war theatre found in the selected articles.")
    mapped = outside_the_war_apart(mapped)
    place = find_place(view)
    if place != view.place:  # a new place searched: the map goes there, not where it was left
        view.place, view.position = place, None
    view.position = map_moved() or view.position
    summary_slot, map_slot = st.container(), st.container()  # the map first; its controls below

    layers_column = _date_range(mapped, view)
    seed("layers-select", list(view.layers))
    layer_names = layers_column.multiselect("Layers", list(EVENT_LAYERS), key="layers-select",
                                            format_func=TYPE_LABELS.get)
    view.layers = tuple(layer_names)
    seed("control-check", view.control)
    view.control = layers_column.checkbox("Claimed control as of the range's end", key="control-check",
                                          help="Each place shaded by the side that claimed it last, up to the end "
                                               "of the date range: claimed, not verified.")
    view.added = tuple(session.added_ids())
    session.keep_view(view)

    shown = [e for e in mapped if state.in_view(e, view)]
    points = as_claims(shown, session.copies_among([a.name for a in selected]))  # one marker per claim
    counts = Counter(e["event_type"] for e in shown)
    summary_slot.markdown(
        "**In range:** " + ", ".join(f"{counts.get(k, 0)} {TYPE_LABELS[k].lower()}"
                                     for k in EVENT_LAYERS)
        + f" — {len(shown)} of {len(mapped)} points from {len(selected)} articles, {len(points)} markers",
        help="Counts follow the date range, layers, articles and sides chosen. A claim reported by several "
             "articles (the same place, event, side and dates within a day) is one marker, its number of "
             "sources on its badge and its other reports in its popup.",
    )
    st.markdown(_legend(), unsafe_allow_html=True)
    timeline(mapped, view)  # before the map is built: the chart reaches the browser first

    assets = leaflet_assets()
    focus = gazetteer_place(view.place)
    center, zoom = map_view(view, focus)
    opening = st.session_state.setdefault("map-opening", (zoom, *center) if center else None)
    base = base_map(assets, base_districts(), online_tiles=st.session_state.get("online_tiles", False),
                    opening=opening, labels=base_labels(session.pipeline_version()))
    # the base map stays put across reruns (and keeps the reader's zoom); only layers change
    overlays = event_layers(points, view.layers)
    control = claimed_areas(mapped, view) if view.control else None
    if control is not None:
        overlays.insert(0, control_layer(*control))
    with map_slot:
        st_folium(base, key="map", height=MAP_HEIGHT, use_container_width=True,
                  returned_objects=["center", "zoom"],  # a pan or zoom reruns once, and the link keeps it
                  feature_group_to_add=overlays, center=center, zoom=zoom)
    if not assets.local:
        map_slot.caption("Leaflet is loaded from a CDN: install libjs-leaflet for offline use.")
    if focus is not None:
        claims_about(focus, events)
    article_dates(read, published)
    downloads(shown, control)
    unresolved(events, view)
    if session.reading_left():
        read_the_rest()


FIRST_LOOK_SHOWN = 1.0  # seconds for the browser to draw a first look before the page runs again


@st.fragment(run_every=FIRST_LOOK_SHOWN)
def read_the_rest() -> None:
    """The page shows the articles of a first look. Once it is drawn (this fragment runs again a
    moment after the page's run has ended), run the page again to read the others and draw them
    all: the first look stays in sight meanwhile, as a page does while any run reads."""
    if st.session_state.get("first-look-drawn"):
        st.session_state["first-look-done"] = True
        st.rerun(scope="app")
    st.session_state["first-look-drawn"] = True



LOW_CONFIDENCE = 0.5


def outside_the_war_apart(mapped: list[dict]) -> list[dict]:
    """The events dated inside the war's window; those dated outside (a 1994 capture an article
    recalls, a date misread) are named in a caption instead of stretching the date slider."""
    war = war_timeline()
    inside, outside = [], []
    for e in mapped:
        (outside if e["event_date"] and not war.covers(date.fromisoformat(e["event_date"])) else inside).append(e)
    if outside:
        days = sorted({e["event_date"] for e in outside})
        st.caption(f"{len(outside)} events dated outside the war ({', '.join(days[:3])}"
                   f"{'…' if len(days) > 3 else ''}) are left off the map and the slider: history an article "
                   "recalls, or a date misread. The Events page lists them.")
    return inside


def timeline(mapped: list[dict], view: state.View) -> None:
    """Events per day by type (the visible layers), the slider's window shaded; drag across the
    chart to choose a span of dates. Undated events are counted apart."""
    layered = [e for e in mapped if e["event_type"] in view.layers]
    counts = Counter((e["event_date"], TYPE_LABELS[e["event_type"]]) for e in layered if e["event_date"])
    if not counts:
        return
    days = sorted(day for day, _ in counts)
    window = (view.start.isoformat() if view.start else days[0], view.end.isoformat() if view.end else days[-1])
    st.vega_lite_chart(timeline_spec(tuple(sorted(counts.items())), window), width="stretch",
                       key="timeline", on_select="rerun", selection_mode="span")
    undated = len(layered) - counts.total()
    st.caption("Drag across the chart to choose dates; the shaded band is the slider's window."
               + (f" {undated} events without a date are not in the chart." if undated else ""))


def timeline_span(low: date, high: date) -> tuple[date, date] | None:
    """The span last drawn on the timeline, once (the slider owns the range afterwards)."""
    chosen = (st.session_state.get("timeline") or {}).get("selection", {}).get("span", {}).get("day")
    if not chosen or chosen == st.session_state.get("timeline-applied"):
        return None
    st.session_state["timeline-applied"] = chosen
    start, end = sorted(_day(value) for value in chosen[:2])
    return max(start, low), min(end, high)


def _day(value) -> date:
    """A day from Vega-Lite's selection: epoch milliseconds or an ISO string."""
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value / 1000, tz=UTC).date()
    return date.fromisoformat(str(value)[:10])


def article_dates(selected: list[session.Article], published: dict[str, dict]) -> None:
    """Each article's publication date, how it was found and how sure it is, in plain sight:
    every relative date of its events hangs on it. Low-confidence dates are marked."""
    rows = []
    for article in selected:
        info = published.get(article.name, {})
        source = info.get("source", "unknown")
        how = {"given": "given (file, page or you)", "inferred": "inferred from the text"}.get(source, "unknown")
        doubtful = _needs_a_look(article, info)
        rows.append({"": "⚠" if doubtful else "", "article": article.shown,
                     "published": info.get("value").isoformat() if info.get("value") else "—",
                     "how": how, "confidence": round(float(info.get("confidence", 0)), 2),
                     "why": info.get("explanation", "")})
    doubtful = sum(1 for r in rows if r[""])
    title = f"Publication dates ({doubtful} to check)" if doubtful else "Publication dates"
    with st.expander(title, expanded=bool(doubtful)):
        st.caption("Correct a date in the sidebar under Publication dates: the article's events are "
                   "redated at once. ⚠ marks a date inferred with confidence under "
                   f"{LOW_CONFIDENCE} or not found.")
        st.dataframe(rows, hide_index=True, width="stretch")


def _legend() -> str:
    sides = " ".join(
        f'<span style="display:inline-block;width:12px;height:12px;border-radius:50%;'
        f'background:{colour};margin:0 4px 0 12px"></span>{SIDE_LABELS[side]}'
        for side, colour in SIDE_COLOURS.items()
    )
    types = " ".join(f"{glyph} {TYPE_LABELS[kind]}" for kind, glyph in TYPE_GLYPHS.items())
    return (f'<div style="font-size:0.85rem">{types} · hollow dashed marker: placed on the '
            f"district only · a small black badge: the number of sources of a claim<br>{sides}<br>"
            "A red dashed ring: the other side claims otherwise there within days. "
            "Numbered circles gather nearby claims, ringed in the colour of the side that makes most of "
            "them (grey: no side has most); click one to zoom in or spread it. ⤢ on the map fits it to "
            "the points.</div>")


PLACE_ZOOM = 12


def map_moved() -> tuple[int, float, float] | None:
    """Where the reader last panned or zoomed the map to, once (a later search moves it on)."""
    moved = st.session_state.get("map") or {}
    center, zoom = moved.get("center"), moved.get("zoom")
    if not center or zoom is None or moved == st.session_state.get("map-applied"):
        return None
    st.session_state["map-applied"] = moved
    position = int(zoom), float(center["lat"]), float(center["lng"])
    opening = st.session_state.get("map-opening") or OPENING_VIEW
    if position[0] == opening[0] and max(abs(position[1] - opening[1]), abs(position[2] - opening[2])) < 0.01:
        return None  # the map telling where it opened (it does once, on its first draw): not a move
    return position


def map_view(view: state.View, focus) -> tuple[tuple[float, float] | None, int | None]:
    """The centre and zoom to open the map on: where the reader left it, else the searched place,
    else the map's own default."""
    if view.position is not None:
        zoom, lat, lon = view.position
        return (lat, lon), zoom
    if focus is not None:
        return (focus.lat, focus.lon), PLACE_ZOOM
    return None, None


def find_place(view: state.View) -> int | None:
    """A search box: a name in any script (Qubadlı, Kubatly, قوبادلي) zooms the map to the place."""
    seed("place-search", "")
    typed = st.sidebar.text_input("Find a place", key="place-search", max_chars=80,
                                  placeholder="Qubadlı, Kubatly, قوبادلي…",
                                  help="Zooms the map to the place and lists every claim about it.")
    if not typed.strip():
        return view.place if st.session_state.get("place-search-used") is None else None
    st.session_state["place-search-used"] = typed
    from geo.resolve import PLACE_THRESHOLD, Context, score_candidates

    gaz, tabs = session.pipeline()
    found = score_candidates(gaz, typed.strip(), Context(), tabs, limit=1)
    if not found or found[0].name_score < PLACE_THRESHOLD:
        st.sidebar.warning(f"No place of the gazetteer is spelt like «{typed.strip()}».")
        return None
    return found[0].place.id


def gazetteer_place(place_id: int | None):
    if place_id is None:
        return None
    gaz, _ = session.pipeline()
    return gaz.get(place_id)


def claims_about(place, events: list[dict]) -> None:
    """Every claim about the searched place, over time, whatever the date range."""
    about = sorted((e for e in events if e["place_id"] == place.id),
                   key=lambda e: (e["event_date"] or "9999", e["article"]))
    with st.expander(f"Claims about {place.name} ({place.admin1_name}): {len(about)}", expanded=True):
        if not about:
            st.caption("No article of the selection names this place.")
            return
        st.dataframe([{"date": e["event_date"] or "undated", "claim": TYPE_LABELS.get(e["event_type"], e["event_type"]),
                       "side": SIDE_LABELS.get(e["claimant_side"], e["claimant_side"]), "claimant": e["claimant"],
                       "article": session.article_label(e["article"]), "sentence": e["sentence"]} for e in about],
                     hide_index=True, width="stretch")


def claimed_areas(mapped: list[dict], view: state.View) -> tuple[dict, str] | None:
    """The claimed-control areas as of the end of the range, from the control claims of the
    selected articles and sides (every date up to then counts, not only the range's)."""
    from geo.aggregate import claimed_control, control_areas, group_claims

    dated = [e["event_date"] for e in mapped if e["event_date"]]
    if not dated:
        return None
    as_of = view.end or date.fromisoformat(max(dated))
    claims = [e for e in mapped if e["event_type"] == "control"
              and (not view.sides or e["claimant_side"] in view.sides)]
    layer = claimed_control(group_claims(claims), as_of)
    return control_areas(layer, districts()), as_of.isoformat()


def downloads(shown: list[dict], control: tuple[dict, str] | None = None) -> None:
    st.subheader("Downloads")
    st.caption("GeoJSON (RFC 7946, WGS84) loads in QGIS or kepler.gl; the layers and the CSV share "
               "ACLED's column names, then ours. Downloads follow the filters above.")
    columns = st.columns(len(EVENT_LAYERS) + 2)

    def objects(kind: str | None = None) -> list[Event]:
        return [Event(**e) for e in shown if kind is None or e["event_type"] == kind]

    # files are built when clicked (callables), not on every rerun of the page
    for column, kind in zip(columns, EVENT_LAYERS, strict=False):
        count = sum(e["event_type"] == kind for e in shown)
        column.download_button(f"{TYPE_LABELS[kind]} ({count})",
                               lambda kind=kind: to_layer_geojson(objects(kind)),
                               file_name=f"karabakh-{kind}.geojson", mime="application/geo+json",
                               key=f"dl-{kind}", on_click="ignore")
    columns[-2].download_button(f"All layers ({len(shown)})", lambda: to_layer_geojson(objects()),
                                file_name="karabakh-events.geojson", mime="application/geo+json",
                                key="dl-all", on_click="ignore")
    columns[-1].download_button("CSV (ACLED columns)", lambda: to_csv(objects()),
                                file_name="karabakh-events.csv", mime="text/csv", key="dl-csv",
                                on_click="ignore")
    if control is not None:
        areas, as_of = control
        st.download_button(f"Claimed control as of {as_of} ({len(areas['features'])} places)",
                           json.dumps(areas, ensure_ascii=False),
                           file_name=f"karabakh-claimed-control-{as_of}.geojson",
                           mime="application/geo+json", key="dl-claimed-control", on_click="ignore")


def unresolved(events: list[dict], view: state.View) -> None:
    missing = [e for e in events if e["geo_precision"] == "unresolved" and reads_as_name(e["mention"])
               and (not view.articles or e["article"] in view.articles)]
    st.subheader(f"Unresolved mentions ({len(missing)})")
    if not missing:
        st.caption("Every place mention was placed (on the place or on its district).")
        return
    st.caption("Names the gazetteer could not place. They are listed, not dropped: check them "
               "on the Gazetteer page.")
    st.dataframe(
        [{"mention": e["mention"], "article": e["article"], "event": e["event_type"],
          "claimant": e["claimant"], "sentence": e["sentence"]} for e in missing],
        hide_index=True, width="stretch",
    )

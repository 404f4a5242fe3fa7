"""Review: correct where an event is placed, or reject it; corrections persist and teach."""

from __future__ import annotations

import html

import folium
import streamlit as st
from streamlit_folium import st_folium

from geo import config
from geo.extract import Event
from geo.resolve import Context, distance_km, score_candidates
from geo.review import ReviewError
from ui import session
from ui.assets import leaflet_assets
from ui.mapview import base_map, load_districts

st.set_page_config(page_title="Review — Karabakh 2020", layout="wide")
st.title("Review")
st.caption("Pick another place for a mention, or reject an event. Corrections are saved "
           "(data/reviews.sqlite) and the corrected spelling is used for later articles too.")
gaz, tabs = session.load_pipeline_or_stop()
session.current_events()
raw = [Event(**e) for e in st.session_state.get("raw_events", [])]
candidates = [e for e in raw if e.scope in ("theatre", "elsewhere")]
if not candidates:
    st.info("No place mentions to review: add articles on the main page.")
    st.stop()

store = session.review_store()
if store is None:
    st.stop()  # review_store() said why
try:
    decisions = store.decisions()
except ReviewError as exc:
    st.error(str(exc))
    st.stop()
only_open = st.checkbox("Only unresolved or district-level mentions", value=False)
shown = [e for e in candidates if not only_open or e.geo_precision in ("district", "unresolved")]
if not shown:
    st.success("Nothing left to review with this filter.")
    st.stop()


def label(e: Event) -> str:
    decided = decisions.get((e.article, e.start))
    state = "" if decided is None else (" · rejected" if decided[1] else " · corrected")
    article = session.articles().get(e.article)
    named = article.shown if article else e.article
    # the claim's type too: one mention may carry two claims ("رغم إعلان باكو السيطرة عليها"), placed alike
    return f"{e.mention} → {e.name or 'unresolved'} ({e.geo_precision}) · {e.event_type} · {named}{state}"


event = st.selectbox("Event", shown, format_func=label)
st.markdown(f"<div dir='rtl' lang='ar'>{html.escape(event.sentence)}</div>",
            unsafe_allow_html=True)
st.text(f"Claim: {event.event_type} ({event.sub_type}) by {event.claimant} "
        f"[{event.claimant_side}], {event.event_date or 'date unknown'}")

current = gaz.get(event.place_id) if event.place_id else None


def away(place) -> str:
    """How far a candidate lies from where the event is placed now."""
    if current is None or place.id == current.id:
        return ""
    return f", {distance_km(current.lat, current.lon, place.lat, place.lon):.0f} km away"


options = [c.place for c in score_candidates(gaz, event.mention, Context(), tabs, limit=10)]
if current is not None:
    options = [current] + [p for p in options if p.id != current.id]  # where it is now comes first
choices = {f"{p.name} — {p.admin1_name} ({p.feature_code}, id {p.id}{away(p)})"
           + (" · placed here now" if current is not None and p.id == current.id else ""): p.id for p in options}
if current is not None and current.admin1 in gaz.admin1_place:
    unit = gaz.district(current.admin1)
    choices.setdefault(f"{unit.name} — the district only (id {unit.id})", unit.id)
choice_column, map_column = st.columns([1, 1])
picked = choice_column.radio("Place it on", list(choices) or ["(no candidate)"], index=0)
with map_column:
    candidates_map = base_map(leaflet_assets(), load_districts(config.gazetteer_dir() / "districts.geojson"),
                              height=360)
    for number, place in enumerate(options, 1):
        here = current is not None and place.id == current.id
        folium.CircleMarker([place.lat, place.lon], radius=9 if here else 6, weight=3 if here else 1,
                            color="#d62728" if here else "#1f77b4", fill=True, fill_opacity=0.7,
                            tooltip=html.escape(f"{number}. {place.name} ({place.admin1_name}){away(place)}"),
                            ).add_to(candidates_map)
    if options:
        candidates_map.fit_bounds([[min(p.lat for p in options), min(p.lon for p in options)],
                                   [max(p.lat for p in options), max(p.lon for p in options)]], max_zoom=11)
    st_folium(candidates_map, key="candidates-map", height=360, use_container_width=True, returned_objects=[])
    st.caption("Red: where the event is placed now; blue: the other candidates (hover for the name).")
typed = st.text_input("…or a gazetteer id", placeholder="e.g. 147869")
left, middle, right = st.columns(3)
def chosen_place() -> int | None:
    """The typed id when one is typed (and it must then be a gazetteer id), else the choice."""
    typed_id = typed.strip()
    if not typed_id:
        return choices.get(picked)
    if not (typed_id.isascii() and typed_id.isdigit() and len(typed_id) <= 12) or gaz.get(int(typed_id)) is None:
        st.error(f"«{typed_id[:40]}» is no place id of the gazetteer: nothing was saved.")
        return None
    return int(typed_id)


def decide(action, done: str) -> None:
    """Save a decision; if the store is busy, say so: the choice stays on the page to try again."""
    try:
        action()
    except ReviewError as exc:
        st.error(str(exc))
        return
    st.session_state.pop("events", None)
    st.success(done)


if left.button("Save this place", type="primary", disabled=not choices and not typed):
    place_id = chosen_place()
    if place_id is not None:
        decide(lambda: store.correct(event, place_id),
               f"Saved: {event.mention} → {gaz.get(place_id).name} (id {place_id}).")
if middle.button("Reject this event"):
    decide(lambda: store.reject(event), "Rejected: it no longer appears on the map or in downloads.")
if right.button("Undo my decision", disabled=(event.article, event.start) not in decisions):
    decide(lambda: store.undo(event), "Undone.")

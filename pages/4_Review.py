"""Review: correct where an event is placed, or reject it; corrections persist and teach."""

from __future__ import annotations

import html

import streamlit as st

from geo.extract import Event
from geo.resolve import Context, score_candidates
from geo.review import ReviewError
from ui import session

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
    return f"{e.mention} → {e.name or 'unresolved'} ({e.geo_precision}) · {e.article}{state}"


event = st.selectbox("Event", shown, format_func=label)
st.markdown(f"<div dir='rtl' lang='ar'>{html.escape(event.sentence)}</div>",
            unsafe_allow_html=True)
st.text(f"Claim: {event.event_type} ({event.sub_type}) by {event.claimant} "
        f"[{event.claimant_side}], {event.event_date or 'date unknown'}")

options = score_candidates(gaz, event.mention, Context(), tabs, limit=10)
choices = {f"{c.place.name} — {c.place.admin1_name} ({c.place.feature_code}, id {c.place.id}, "
           f"spelling {c.name_score:.0f})": c.place.id for c in options}
district = gaz.get(event.place_id) if event.place_id else None
if district is not None and district.admin1 in gaz.admin1_place:
    unit = gaz.district(district.admin1)
    choices.setdefault(f"{unit.name} — the district only (id {unit.id})", unit.id)
picked = st.radio("Place it on", list(choices) or ["(no candidate)"])
typed = st.text_input("…or a gazetteer id", placeholder="e.g. 147869")
left, middle, right = st.columns(3)
def chosen_place() -> int | None:
    """The typed id when one is typed (and it must then be a gazetteer id), else the choice."""
    typed_id = typed.strip()
    if not typed_id:
        return choices.get(picked)
    if not (typed_id.isascii() and typed_id.isdigit() and len(typed_id) <= 12) or gaz.get(int(typed_id)) is None:
        st.error(f"{typed_id[:40]!r} is no place id of the gazetteer: nothing was saved.")
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

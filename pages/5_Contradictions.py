"""Contradictions: opposing claims on the same place within a few days, side by side.

A capture announced by one side while the other reports fighting there, strikes each side
blames on the other: what an analyst checks first. Claims, not verdicts: both are shown.
"""

from __future__ import annotations

import html

import streamlit as st

from geo.aggregate import contradictions, group_claims
from ui import session, state
from ui.mapview import SIDE_COLOURS, SIDE_LABELS, TYPE_LABELS

st.set_page_config(page_title="Contradictions — Karabakh 2020", layout="wide")
st.title("Contradictions")
events = session.current_events()
view = session.shared_view()
within = st.slider("Days apart at most", 0, 10, 3,
                   help="Two claims of opposing sides on the same place count as a pair when their dates "
                        "are at most this many days apart.")
selected = [e for e in events
            if e["on_map"] and state.in_view(e, view) and e["claimant_side"] in ("azerbaijani", "armenian")]
pairs = contradictions(group_claims(selected), within_days=within)
st.caption(f"{len(pairs)} pairs among the claims the map's filters select (dates, articles, layers, sides).")
if not pairs:
    st.info("No opposing claims on the same place within these days.")


def claim_box(claim) -> str:
    """One side's claim: what, who, when, and every evidence sentence (escaped)."""
    colour = SIDE_COLOURS.get(claim.claimant_side, "#777")
    dates = claim.first_date if claim.first_date == claim.last_date else f"{claim.first_date} – {claim.last_date}"
    sentences = "".join(
        f"<div dir='rtl' lang='ar' style='margin:4px 0;padding:4px;background:#f6f6f6'>"
        f"{html.escape(s['sentence'])}<br><small dir='auto'>{html.escape(s['claimant'])} · "
        f"{html.escape(session.article_label(s['article']))}</small></div>"
        for s in claim.sources
    )
    return (f"<div style='border-left:5px solid {colour};padding-left:8px'>"
            f"<b>{html.escape(SIDE_LABELS.get(claim.claimant_side, claim.claimant_side))}</b>: "
            f"{html.escape(TYPE_LABELS.get(claim.event_type, claim.event_type))} · {html.escape(dates or '')} · "
            f"{claim.outlets} source(s){sentences}</div>")


for pair in pairs:
    st.subheader(f"{pair.name} ({pair.first.mention})")
    left, right = st.columns(2)
    left.markdown(claim_box(pair.first), unsafe_allow_html=True)
    right.markdown(claim_box(pair.second), unsafe_allow_html=True)

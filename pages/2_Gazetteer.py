"""Gazetteer search: a name in any script, the candidates, and why they score as they do."""

from __future__ import annotations

import streamlit as st

from geo.phonetic import keys
from geo.resolve import (
    PLACE_THRESHOLD,
    PLACE_THRESHOLD_WITH_DISTRICT,
    Context,
    score_candidates,
)
from ui import session

st.set_page_config(page_title="Gazetteer — Karabakh 2020", layout="wide")
st.title("Gazetteer search")
gaz, tabs = session.load_pipeline_or_stop()
st.caption(f"{len(gaz):,} places from {gaz.source}. Type a name as an article writes it "
           "(قاودار, غوبادلي) or in any romanisation (Kavdar, Qubadlı, Gubadly).")

name = st.text_input("Name", value=st.query_params.get("q", ""), max_chars=80)
districts = {p.admin1: f"{p.name} ({p.admin1})" for p in gaz.admin1_place.values()}
district = st.selectbox("District named in the text (optional)", [""] + sorted(districts),
                        format_func=lambda c: districts.get(c, "none"))
if not name.strip():
    st.info("Enter a name to see its candidates.")
    st.stop()
st.query_params["q"] = name
st.write("Phonetic keys: " + ", ".join(f"`{s}` / `{v}`" for s, v in keys(name)) or "none")
context = Context(districts=[district] if district else [])
found = score_candidates(gaz, name.strip(), context, tabs, limit=15)
if not found:
    st.warning("No candidate: no gazetteer name comes close to this spelling.")
    st.stop()
st.dataframe(
    [{"score": round(c.score, 1), "spelling": round(c.name_score, 1), "name": c.place.name,
      "matched name": c.matched, "district": f"{c.place.admin1_name} ({c.place.admin1})",
      "type": c.place.feature_code, "id": c.place.id, "lat": c.place.lat, "lon": c.place.lon,
      "why": "; ".join(c.reasons)} for c in found],
    hide_index=True, width="stretch",
)
st.caption("spelling: similarity of the phonetic keys (0–100); score: spelling plus context "
           "(district named, war theatre, kind of place). A village is placed when its spelling "
           f"reaches {PLACE_THRESHOLD:.0f} ({PLACE_THRESHOLD_WITH_DISTRICT:.0f} when the text names "
           "its district, which is the fallback below that).")

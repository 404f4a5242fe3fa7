"""Events table: the claimed events the map's filters select, sortable and searchable; selected
rows show on a map. Layers and sides chosen here are the map's too: one view, every page."""

from __future__ import annotations

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo import config
from ui import session, state
from ui.assets import leaflet_assets
from ui.mapview import SIDE_LABELS, TYPE_LABELS, build_map, load_districts

st.set_page_config(page_title="Events — Karabakh 2020", layout="wide")
st.title("Events")
events = session.current_events()
if not events:
    st.info("No events yet: add articles on the main page.")
    st.stop()

view = session.shared_view()
left, middle, right = st.columns(3)
types = left.multiselect("Event type", list(TYPE_LABELS), default=list(view.layers),
                         format_func=TYPE_LABELS.get)
sides = middle.multiselect("Claimant side", list(SIDE_LABELS), default=list(view.sides) or list(SIDE_LABELS),
                           format_func=SIDE_LABELS.get)
scopes = right.multiselect("Scope", ["theatre", "elsewhere", "region", "distant"],
                           default=["theatre", "elsewhere"],
                           help="region: Karabakh as a whole; distant: countries and capitals far from the front")
view.layers = tuple(types)
view.sides = tuple(sides) if len(sides) != len(SIDE_LABELS) else ()
session.keep_view(view)
text = st.text_input("Search (place, Arabic mention, claimant, sentence)")
frame = pd.DataFrame(events)
selected = frame[[state.in_view(e, view) for e in events]] if len(frame) else frame
shown = selected[selected.scope.isin(scopes)]
if text:
    haystack = (shown.name.fillna("") + " " + shown.mention + " " + shown.claimant + " " + shown.sentence)
    shown = shown[haystack.str.contains(text, case=False, regex=False)]

columns = ["event_date", "date_precision", "event_type", "sub_type", "name", "mention",
           "claimant_side", "claimant", "geo_precision", "article", "confidence", "sentence"]
on_map = int(shown.on_map.sum()) if len(shown) else 0
st.caption(f"{len(shown)} of {len(frame)} events ({on_map} on the map), by the map's dates, articles, "
           "layers and sides. Select rows to see them on the map below.")
selection = st.dataframe(
    shown[columns], hide_index=True, width="stretch", on_select="rerun",
    selection_mode="multi-row", key="events-table",
    column_config={"confidence": st.column_config.ProgressColumn(min_value=0, max_value=1),
                   "claimant": st.column_config.TextColumn(width="medium"),
                   "mention": st.column_config.TextColumn(width="small"),
                   "sentence": st.column_config.TextColumn(width="large")},
)
rows = selection.selection.rows if selection and selection.selection else []
picked = shown.iloc[rows] if rows else shown
points = [e for e in picked.to_dict("records") if e.get("lat") == e.get("lat") and e["on_map"]]
st.subheader(f"On the map: {'selected' if rows else 'all listed'} events ({len(points)})")
fmap = build_map(points, leaflet_assets(), tuple(TYPE_LABELS),
                 load_districts(config.gazetteer_dir() / "districts.geojson"), height=480)
st_folium(fmap, key="events-map", height=480, use_container_width=True, returned_objects=[])

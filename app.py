"""Karabakh 2020 claims map: the entry point, with the Map page (ui/map_page.py); pages/ holds
the others.

    streamlit run app.py

Streamlit runs this script as ``__main__``. A process the app starts (geo.background: reading the
rest of a long list, finding copy groups) runs it again as ``__mp_main__``, as multiprocessing
does with a main script; it needs nothing of the page, whose imports cost it a second.
"""

from __future__ import annotations

if __name__ == "__main__":
    import streamlit as st

    from ui import map_page

    st.set_page_config(page_title="Karabakh 2020 — claims on the map", layout="wide")
    st.navigation([
        st.Page(map_page.main, title="Map", icon=":material/map:", default=True),
        st.Page("pages/1_Events.py", title="Events", icon=":material/table_rows:"),
        st.Page("pages/2_Gazetteer.py", title="Gazetteer", icon=":material/search:"),
        st.Page("pages/5_Contradictions.py", title="Contradictions", icon=":material/compare_arrows:"),
        st.Page("pages/4_Review.py", title="Review", icon=":material/edit:"),
        st.Page("pages/3_Method.py", title="Method", icon=":material/science:"),
    ]).run()
elif __name__ != "__mp_main__":  # `streamlit run app.py` imports it as the server's app: warm it
    import streamlit as st

    from ui.warm import warm_up

    app = st.App(__file__, lifespan=warm_up)

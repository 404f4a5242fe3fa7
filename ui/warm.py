"""Work a server does when it starts, before its first visitor arrives. A first visit's browser
spends about a second loading Streamlit's front end while the server sits idle; the first script
run then spent about a second importing the page's libraries (folium, pandas) and loading the
gazetteer index. Both are done in that idle second now, in a thread, while the server serves."""

from __future__ import annotations

import contextlib
import logging
import threading

# Streamlit warns on every cached call made outside a script run; this thread makes them on purpose.
_BARE_MODE_WARNINGS = "streamlit.runtime.scriptrunner_utils.script_run_context"


@contextlib.asynccontextmanager
async def warm_up(app):
    """The server's lifespan (st.App in app.py): start warming in a thread and serve at once."""
    threading.Thread(target=warm, name="warm-up", daemon=True).start()
    yield


def warm() -> None:
    """Import what the Map page imports and load the gazetteer index into the server's cache.
    Not streamlit_folium: a component imported outside a script run is never registered."""
    logger = logging.getLogger(_BARE_MODE_WARNINGS)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        from ui import mapview, session, state, timeline  # noqa: F401  (folium, pandas, the pipeline)

        session.pipeline()
    except Exception:  # noqa: S110  a failure is the first session's to report, in the page
        pass
    finally:
        logger.setLevel(level)

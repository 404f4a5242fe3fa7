"""The timeline under the map: events per day by type, the slider's window shaded behind them.

The chart is a fixed Vega-Lite spec whose two named datasets carry everything that changes. The
browser redraws a chart whose spec changed from scratch, but one whose data alone changed in
place; and a spec written out needs neither Altair's import nor its validation on a cold start.
"""

from __future__ import annotations

import pandas as pd

SPAN = "span"  # the selection a reader draws across the chart (app.timeline_span reads it)

CHART: dict = {
    "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
    "height": 150,
    "params": [{"name": SPAN, "select": {"type": "interval", "encodings": ["x"]}, "views": ["bars"]}],
    "layer": [
        {
            "data": {"name": "window"},
            "mark": {"type": "rect", "color": "#555", "opacity": 0.12},
            "encoding": {"x": {"field": "from", "type": "temporal"}, "x2": {"field": "to"}},
        },
        {
            "name": "bars",
            "data": {"name": "counts"},
            "mark": {"type": "bar"},
            "encoding": {
                "x": {"field": "day", "type": "temporal", "title": None},
                "y": {"field": "events", "type": "quantitative", "title": "events"},
                "color": {"field": "type", "type": "nominal", "title": None, "legend": {"orient": "top"}},
                "tooltip": [{"field": "day", "type": "temporal"}, {"field": "type", "type": "nominal"},
                            {"field": "events", "type": "quantitative"}],
            },
        },
    ],
}


def timeline_spec(counts: tuple[tuple[tuple[str, str], int], ...], window: tuple[str, str]) -> dict:
    """The chart with its data: ((day, type), events) counts and the (from, to) window."""
    counts_frame = pd.DataFrame([{"day": day, "type": kind, "events": n} for (day, kind), n in counts],
                                columns=["day", "type", "events"])
    window_frame = pd.DataFrame([{"from": window[0], "to": window[1]}])
    return {**CHART, "datasets": {"counts": counts_frame, "window": window_frame}}

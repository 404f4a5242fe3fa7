from __future__ import annotations

from datetime import date

from ui.state import View, from_query, in_view, to_query


def test_round_trip():
    view = View(date(2020, 10, 1), date(2020, 10, 20), ("control", "strike"), ("a.txt",), False,
                ("armenian",))
    again = from_query(to_query(view))
    assert (again.start, again.end, again.layers, again.articles, again.undated, again.sides) == (
        view.start, view.end, view.layers, view.articles, view.undated, view.sides)


def test_bad_values_fall_back_and_swapped_dates_are_fixed():
    view = from_query({"from": "2020-10-20", "to": "2020-10-01", "layers": "strike,nonsense"})
    assert view.start == date(2020, 10, 1) and view.end == date(2020, 10, 20)
    assert view.layers == ("strike",)
    assert from_query({"from": "not-a-date"}).start is None


def test_in_view_filters():
    event = {"event_type": "strike", "article": "a.txt", "claimant_side": "media",
             "event_date": "2020-10-15"}
    assert in_view(event, View(layers=("strike",)))
    assert not in_view(event, View(layers=("control",)))
    assert not in_view(event, View(start=date(2020, 10, 16)))
    assert not in_view({**event, "event_date": None}, View(undated=False))
    assert not in_view(event, View(sides=("armenian",)))

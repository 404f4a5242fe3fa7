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


def test_the_maps_position_travels_in_the_link_as_zoom_lat_lon():
    view = View(position=(11, 39.3891234, 46.5812345))
    assert to_query(view)["map"] == "11/39.3891/46.5812"
    assert from_query(to_query(view)).position == (11, 39.3891, 46.5812)
    assert "map" not in to_query(View())


def test_a_broken_or_impossible_position_is_ignored():
    for value in ("", "11/39.4", "11/39.4/46.5/2", "x/39.4/46.5", "40/39.4/46.5", "11/95/46.5",
                  "11/nan/46.5", "11/39.4/inf", "1" * 50):
        assert from_query({"map": value}).position is None, value

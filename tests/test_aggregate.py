"""Claims, contradictions and claimed control, on events written for the test (no Streamlit)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

from geo.aggregate import claimed_control, contradictions, control_areas, group_claims
from tests.conftest import SEEDS


def event(article, place_id, kind, side, day, sub_type="", outlet=""):
    return {"article": article, "mention": f"m{place_id}", "start": 0, "place_id": place_id, "name": f"P{place_id}",
            "lat": 39.5, "lon": 46.5 + place_id / 1000, "admin1": "AZ.14", "event_type": kind,
            "claimant_side": side, "claimant": side, "event_date": day, "published": day, "sentence": "…",
            "sub_type": sub_type, "outlet": outlet}


EVENTS = [
    event("a.txt", 1, "control", "azerbaijani", "2020-10-04", "liberated", "Anadolu"),
    event("b.txt", 1, "control", "azerbaijani", "2020-10-05", "liberated", "Anadolu"),  # an agency copy
    event("c.txt", 1, "control", "azerbaijani", "2020-10-05", "liberated", "TRT"),
    event("d.txt", 1, "clash", "armenian", "2020-10-05"),  # fighting still, says the other side
    event("e.txt", 1, "control", "azerbaijani", "2020-10-20", "liberated"),  # a later claim: another claim
    event("f.txt", 2, "control", "armenian", "2020-10-06", "lost"),  # "we withdrew from P2"
    event("g.txt", 3, "control", "armenian", "2020-10-07", "recaptured"),
    event("h.txt", 3, "control", "azerbaijani", "2020-10-02", "liberated"),
    event("i.txt", 4, "other", "media", None),  # not an event: in no claim
]


def test_one_claim_from_many_outlets_and_every_event_in_exactly_one_claim():
    claims = group_claims(EVENTS)
    first = next(c for c in claims if c.place_key == "id:1" and c.event_type == "control")
    assert [s["article"] for s in first.sources] == ["a.txt", "b.txt", "c.txt"]
    assert first.outlets == 2 and (first.first_date, first.last_date) == ("2020-10-04", "2020-10-05")
    grouped = sorted(s["article"] for c in claims for s in c.sources)
    assert grouped == ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt", "g.txt", "h.txt"]


def test_opposing_claims_on_a_place_within_days_are_paired():
    pairs = contradictions(group_claims(EVENTS))
    assert {(p.place_key, p.first.claimant_side, p.second.claimant_side) for p in pairs} == {
        ("id:1", "azerbaijani", "armenian"),  # the claim (a capture on the 4th), then the answer
    }


def test_claimed_control_moves_with_the_date():
    claims = group_claims(EVENTS)

    def sides(day):
        layer = claimed_control(claims, day)
        return {f["properties"]["place_key"]: f["properties"]["side"] for f in layer["features"]}

    assert sides(date(2020, 10, 3)) == {"id:3": "azerbaijani"}
    assert sides(date(2020, 10, 10)) == {"id:1": "azerbaijani", "id:2": "azerbaijani", "id:3": "armenian"}
    assert all(f["properties"]["label"] == "claimed, not verified"
               for f in claimed_control(claims, date(2020, 10, 10))["features"])


def test_control_areas_are_voronoi_cells_clipped_to_their_district_and_reach():
    from shapely.geometry import Point, box, shape

    claims = group_claims(EVENTS)
    layer = claimed_control(claims, date(2020, 10, 10))
    west, east = box(46.0, 39.0, 46.5025, 40.0), box(46.5025, 39.0, 47.0, 40.0)  # P1, P2 west; P3 east
    districts = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"admin1": "W"}, "geometry": west.__geo_interface__},
        {"type": "Feature", "properties": {"admin1": "E"}, "geometry": east.__geo_interface__}]}
    areas = control_areas(layer, districts)["features"]
    assert len(areas) == 3
    by_place = {f["properties"]["place_key"]: shape(f["geometry"]) for f in areas}
    assert by_place["id:3"].within(east.buffer(1e-9)) and by_place["id:1"].within(west.buffer(1e-9))
    for place_key, area in by_place.items():
        others = [a for k, a in by_place.items() if k != place_key]
        assert all(area.intersection(o).area < 1e-9 for o in others)  # cells do not overlap
    lone = control_areas(claimed_control(claims, date(2020, 10, 3)), None)["features"]
    assert len(lone) == 1 and shape(lone[0]["geometry"]).contains(Point(46.503, 39.5))
    assert lone[0]["properties"]["side"] == "azerbaijani" and lone[0]["properties"]["label"] == "claimed, not verified"


def test_the_command_line_prints_claims_and_the_control_layer():
    def run(*args):
        return subprocess.run([sys.executable, "-m", "geo", *map(str, args)], capture_output=True, text=True,
                              timeout=300)

    events = [json.loads(line) for line in run("extract", SEEDS).stdout.splitlines()]
    claims = [json.loads(line) for line in run("extract", SEEDS, "--claims").stdout.splitlines()]
    assert sum(len(c["sources"]) for c in claims) == sum(e["event_type"] in ("control", "strike", "clash")
                                                         for e in events)
    layer = json.loads(run("control", SEEDS, "--as-of", "2020-11-01").stdout)
    assert layer["type"] == "FeatureCollection" and layer["features"]
    assert all(f["properties"]["side"] in ("azerbaijani", "armenian") for f in layer["features"])

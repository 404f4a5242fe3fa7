from __future__ import annotations

import csv
import io
import json

import geopandas as gpd

from geo.export import CSV_COLUMNS, layers, to_csv, to_geojson, to_layer_geojson
from geo.extract import extract

TEXT = ("أعلنت وزارة الدفاع الأذربيجانية اليوم تحرير قرى قاودار وميراك التابعتين لمدينة جبرائيل. "
        "وقالت وزارة الدفاع الأرمينية إن القوات الأذرية قصفت مدينة ستيباناكيرت "
        "وقرية <b>خوشابولاغستان</b>.")


def test_geojson_layers_are_valid_and_escape_nothing_away(gaz, tabs, tmp_path):
    from datetime import date

    events = extract(TEXT, gaz, tabs, "test", date(2020, 11, 2)).events
    by_type = layers(events)
    assert {e.name for e in by_type["control"]} == {"Kavdar", "Miraq"}
    assert "Xankändi" in {e.name for e in by_type["strike"]}
    path = tmp_path / "control.geojson"
    path.write_text(to_layer_geojson(by_type["control"]), encoding="utf-8")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc  # RFC 7946: WGS84 implied
    lon, lat = doc["features"][0]["geometry"]["coordinates"]
    assert 46 < lon < 48 and 39 < lat < 40
    frame = gpd.read_file(path)
    assert len(frame) == 2 and frame.crs.to_epsg() == 4326
    assert set(CSV_COLUMNS) <= set(frame.columns)  # the CSV's names: ACLED's, then ours
    assert set(frame.event_type) == {"Strategic developments"} and set(frame.claim_type) == {"control"}
    assert frame.year.dtype.kind == "i" and set(frame.location) == {"Kavdar", "Miraq"}
    assert json.loads(to_layer_geojson([])) == {"type": "FeatureCollection", "features": []}
    assert json.loads(to_geojson([])) == {"type": "FeatureCollection", "features": []}


def test_csv_has_acled_like_columns(gaz, tabs):
    from datetime import date

    events = extract(TEXT, gaz, tabs, "test", date(2020, 11, 2)).events
    rows = list(csv.DictReader(io.StringIO(to_csv(events))))
    assert tuple(rows[0]) == CSV_COLUMNS
    kavdar = next(r for r in rows if r["location"] == "Kavdar")
    assert kavdar["event_date"] == "2020-11-02" and kavdar["time_precision"] == "1"
    assert kavdar["geo_precision"] == "1" and kavdar["claimant_side"] == "azerbaijani"


def test_two_claims_told_of_one_mention_are_two_rows_with_their_own_ids_and_claims(gaz, tabs):
    text = "عنوان\n\nوأكدت وزارة الدفاع الأرمينية أن المعارك مستمرة في محيط بلدة تالش، التي أعلن علييف تحريرها أمس.\n"
    events = [e for e in extract(text, gaz, tabs, "a1").events if e.mention == "تالش"]
    rows = list(csv.DictReader(io.StringIO(to_csv(events))))
    assert len({r["event_id"] for r in rows}) == len({r["claim_id"] for r in rows}) == 2


def test_csv_cells_that_look_like_formulas_are_neutralised(gaz, tabs):
    from dataclasses import replace
    from datetime import date

    events = extract(TEXT, gaz, tabs, "test", date(2020, 11, 2)).events
    hostile = [replace(events[0], claimant='=HYPERLINK("http://x","click")', sentence="@SUM(A1)",
                       article="+cmd|' /C calc'!A0"), replace(events[0], claimant="-2+3")]
    rows = list(csv.DictReader(io.StringIO(to_csv(hostile))))
    assert rows[0]["claimant"] == "'=HYPERLINK(\"http://x\",\"click\")"
    assert rows[0]["sentence"] == "'@SUM(A1)" and rows[0]["source"].startswith("'+cmd")
    assert rows[0]["notes"].startswith("'=HYPERLINK")
    assert rows[1]["claimant"] == "'-2+3"
    assert rows[0]["latitude"] == str(events[0].lat)  # numbers are left alone


def test_the_csv_loads_into_pandas_with_acled_names_and_types(gaz, tabs):
    from datetime import date

    import pandas as pd

    events = extract(TEXT, gaz, tabs, "test", date(2020, 11, 2)).events
    frame = pd.read_csv(io.StringIO(to_csv(events)))
    acled = ["event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
             "assoc_actor_1", "iso", "region", "country", "admin1", "admin2", "location", "latitude",
             "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]
    assert list(frame.columns[: len(acled)]) == acled
    assert frame["year"].dtype.kind == "i" and (frame["year"] == 2020).all()
    assert frame["iso"].dtype.kind == "i" and set(frame["country"]) <= {"Azerbaijan", "Armenia"}
    kinds = dict(zip(frame["location"], frame["event_type"], strict=True))
    assert kinds["Kavdar"] == "Strategic developments"
    strike = frame[frame["event_type"] == "Explosions/Remote violence"].iloc[0]
    assert strike["sub_event_type"] == "Shelling/artillery/missile attack"
    assert set(frame["claim_id"]) and (frame["source_count"] >= 1).all()


def test_the_acting_force_is_only_what_the_text_names():
    from geo.export import acting_force

    assert acting_force("قصفت القوات الأرمينية مدينة ترتر") == "Military Forces of Armenia (2018-)"
    assert acting_force("وقالت وزارة الدفاع الأذربيجانية إن مدينة ترتر تعرضت للقصف") == ""


def test_a_town_handed_over_under_the_ceasefire_is_acleds_non_violent_transfer(gaz, tabs):
    import csv
    from datetime import date

    text = "وبموجب الاتفاق سلمت أرمينيا منطقة آغدام إلى أذربيجان اليوم الجمعة."
    events = [e for e in extract(text, gaz, tabs, "test", date(2020, 11, 20)).events if e.name == "Ağdam"]
    assert [(e.event_type, e.sub_type) for e in events] == [("control", "handed_over")]
    row = next(csv.DictReader(io.StringIO(to_csv(events))))
    assert row["sub_event_type"] == "Non-violent transfer of territory"

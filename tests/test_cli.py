"""The `python -m geo extract` contract, end to end on the seed corpus in ../shared."""

from __future__ import annotations

import json
import subprocess
import sys

import geopandas as gpd
import pytest

from tests.conftest import SEEDS

CONTRACT = {
    "article", "mention", "start", "end", "place_id", "name", "admin1", "admin1_name", "country",
    "lat", "lon", "geo_precision", "event_type", "sub_type", "claimant", "claimant_side",
    "event_date", "date_precision", "published", "published_source", "sentence", "confidence",
}
CHAPAND_ARTICLE = SEEDS / "001_3125d2bf6cf5a27d.txt"


def run(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "geo", *map(str, args)], capture_output=True,
                          text=True, timeout=120, **kwargs)


@pytest.fixture(scope="module")
def seed_events():
    done = run("extract", SEEDS)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_every_event_has_the_contract_fields(seed_events):
    assert len(seed_events) > 40
    for event in seed_events:
        assert CONTRACT <= set(event)
        assert event["geo_precision"] in ("place", "district", "region", "unresolved")
        assert event["event_type"] in ("control", "strike", "clash", "other")
        assert event["claimant_side"] in ("azerbaijani", "armenian", "third_party", "media", "unknown")
        assert event["date_precision"] in ("day", "week", "month", "unknown")
        assert (event["lat"] is None) == (event["geo_precision"] == "unresolved")
        assert event["lat"] != 0 and event["lon"] != 0
        text = (SEEDS / event["article"]).read_text(encoding="utf-8")
        assert text[event["start"] : event["end"]] == event["mention"]


def test_chapand_is_an_azerbaijani_control_claim_of_2_november(seed_events):
    chapand = [e for e in seed_events if e["place_id"] == 388746]
    assert len(chapand) == 1
    event = chapand[0]
    assert event["mention"] == "تشاب راند" and event["name"] == "Chapand"
    assert (event["event_type"], event["sub_type"]) == ("control", "liberated")
    assert event["claimant_side"] == "azerbaijani"
    assert (event["event_date"], event["date_precision"]) == ("2020-11-02", "day")
    assert event["published_source"] == "inferred"


def test_known_strikes_and_the_trap(seed_events):
    barda = [e for e in seed_events if e["place_id"] == 587057]
    assert barda and all(e["event_type"] == "strike" for e in barda)
    assert {"2020-10-28"} <= {e["event_date"] for e in barda}
    assert not [e for e in seed_events if e["mention"].startswith("شوشان")]


def test_given_publication_date_is_used(tmp_path):
    done = run("extract", CHAPAND_ARTICLE, "--published", "2020-11-03")
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert {e["published"] for e in events} == {"2020-11-03"}
    assert {e["published_source"] for e in events} == {"given"}


def test_geojson_output_loads_in_geopandas(tmp_path):
    out = tmp_path / "events.geojson"
    done = run("extract", CHAPAND_ARTICLE, "--format", "geojson", "--out", out)
    assert done.returncode == 0 and done.stdout == ""
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection"
    frame = gpd.read_file(out)
    assert len(frame) == len(doc["features"]) > 10
    assert "تشاب راند" in set(frame["mention"])


def test_bad_inputs_are_reported_and_the_rest_still_processed(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    legacy = tmp_path / "cp1256.txt"  # a legacy Arabic encoding is read, not refused
    legacy.write_bytes("قصفت القوات الأرمينية مدينة ترتر اليوم.".encode("cp1256"))
    page = tmp_path / "page.html"
    page.write_text("<html><body><script>document.write('x')</script>"
                    "<p>قصفت القوات الأرمينية مدينة ترتر مساء اليوم.</p></body></html>", encoding="utf-8")
    done = run("extract", tmp_path / "missing.txt", empty, binary, legacy, page)
    assert done.returncode == 1
    errors = done.stderr.strip().splitlines()
    assert len(errors) == 3 and "Traceback" not in done.stderr
    assert all(line.startswith("geo: ") for line in errors)
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert [e["place_id"] for e in events if e["on_map"]] == [584871, 584871]  # Tərtər town, twice


def test_region_and_distant_places_only_with_all(seed_events):
    assert {e["scope"] for e in seed_events} <= {"theatre", "elsewhere"}
    done = run("extract", CHAPAND_ARTICLE, "--all")
    everything = [json.loads(line) for line in done.stdout.splitlines()]
    distant = {e["name"]: e for e in everything if e["scope"] == "distant"}
    assert "Paris" in distant and distant["Paris"]["on_map"] is False
    assert any(e["scope"] == "region" and e["geo_precision"] == "region" for e in everything)


def test_usage_errors_exit_2():
    assert run("extract").returncode == 2
    assert run("extract", CHAPAND_ARTICLE, "--published", "2020-13-45").returncode == 2


def test_missing_gazetteer_is_one_line(tmp_path):
    done = run("extract", CHAPAND_ARTICLE, "--gazetteer", tmp_path / "none")
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "not found" in done.stderr


def test_an_html_pages_own_date_is_used(tmp_path):
    page = tmp_path / "page.html"
    page.write_text('<html><head><meta property="article:published_time" content="2020-10-20T08:00">'
                    "</head><body><p>قصفت القوات الأرمينية مدينة ترتر أمس.</p></body></html>",
                    encoding="utf-8")
    events = [json.loads(line) for line in run("extract", page).stdout.splitlines()]
    assert [(e["published"], e["published_source"], e["event_date"]) for e in events] == [
        ("2020-10-20", "given", "2020-10-19")]


def test_two_workers_give_the_same_events_in_the_same_order(tmp_path):
    one = run("extract", SEEDS, "--published", "2020-11-01")
    two = run("extract", SEEDS, "--published", "2020-11-01", "--workers", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and one.stdout.count("\n") > 20


def test_output_file_is_written_whole_and_no_temporary_is_left(tmp_path):
    out = tmp_path / "events.jsonl"
    done = run("extract", SEEDS, "--out", out)
    assert done.returncode == 0
    assert out.read_text(encoding="utf-8").count("\n") > 20
    assert [p.name for p in tmp_path.iterdir()] == ["events.jsonl"]


def test_output_does_not_depend_on_the_process_hash_seed(tmp_path):
    """Workers are separate processes: ties must break alike in each of them."""
    import os

    from geo import config

    folder = tmp_path / "articles"
    subprocess.run([sys.executable, str(config.SHARED / "tools" / "distinct_corpus.py"), str(folder), "40"],
                   check=True, capture_output=True)
    outputs = {
        subprocess.run([sys.executable, "-m", "geo", "extract", str(folder)], capture_output=True, text=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}, timeout=300).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1 and next(iter(outputs)).count("\n") > 100


def test_zips_tables_and_nested_folders_give_the_events_of_the_files(tmp_path):
    import csv
    import zipfile

    from geo import config

    dev = sorted((config.SHARED / "corpus" / "dev").glob("*.txt"))[:6]
    folder = run("extract", *dev, "--published", "2020-10-20")
    archive = tmp_path / "dev.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for path in dev:
            z.write(path, f"nested/{path.name}")
    table = tmp_path / "dev.csv"
    with open(table, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, ["text", "published", "url", "title", "outlet"])
        writer.writeheader()
        for path in dev:
            writer.writerow({"text": path.read_text(encoding="utf-8"), "url": f"https://example.org/{path.stem}"})
    key = ("mention", "start", "place_id", "event_type", "claimant_side", "event_date")

    def events(done):
        assert done.returncode == 0, done.stderr
        return [tuple(json.loads(line)[k] for k in key) for line in done.stdout.splitlines()]

    expected = events(folder)
    assert events(run("extract", archive, "--published", "2020-10-20")) == expected
    assert events(run("extract", table, "--published", "2020-10-20")) == expected
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    for path in dev:
        (nested / path.name).write_bytes(path.read_bytes())
    assert events(run("extract", tmp_path / "a", "--published", "2020-10-20")) == expected


def test_bad_table_rows_are_reported_by_number_and_the_rest_read(tmp_path):
    table = tmp_path / "feed.jsonl"
    rows = [{"text": "قصفت القوات الأرمينية مدينة ترتر اليوم.", "published": "2020-10-05", "outlet": "وكالة"},
            {"text": ""}, "not json", {"text": "قصف مدينة كنجة", "published": "5/10/2020"}]
    table.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows),
                     encoding="utf-8")
    done = run("extract", table)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "geo: feed.jsonl#2: no text in the row",
        "geo: feed.jsonl#3: not JSON (Expecting value)",
        "geo: feed.jsonl#4: published '5/10/2020' is not YYYY-MM-DD",
    ]
    [event] = [json.loads(line) for line in done.stdout.splitlines() if json.loads(line)["on_map"]]
    assert (event["article"], event["published"], event["outlet"]) == ("feed.jsonl#1", "2020-10-05", "وكالة")


def test_an_article_arriving_twice_is_read_once(tmp_path):
    first = tmp_path / "a.txt"
    first.write_text("قصفت القوات الأرمينية مدينة ترتر اليوم.", encoding="utf-8")
    again = tmp_path / "b.txt"
    again.write_text("قصفت  القوات الأرمينيّة مدينة ترتر اليوم!\n", encoding="utf-8")  # spacing, a diacritic
    done = run("extract", first, again)
    assert done.returncode == 0
    assert "geo: b.txt: the same article as a.txt; read once" in done.stderr
    assert {json.loads(line)["article"] for line in done.stdout.splitlines()} == {"a.txt"}


def test_dates_outside_the_war_are_flagged_not_fatal(tmp_path):
    done = run("extract", SEEDS / "001_3125d2bf6cf5a27d.txt", "--published", "1900-01-01")
    assert done.returncode == 0 and "outside the war window" in done.stderr
    page = tmp_path / "old.html"
    page.write_text('<html><head><meta property="article:published_time" content="1900-01-01"></head>'
                    "<body><article><p>قصفت القوات الأرمينية مدينة ترتر اليوم الأحد 4 أكتوبر 2020 بالصواريخ، "
                    "وقال السكان إن القصف استمر حتى الفجر.</p></article></body></html>", encoding="utf-8")
    done = run("extract", page)
    published = {json.loads(line)["published"] for line in done.stdout.splitlines()}
    assert done.returncode == 0 and published == {"2020-10-04"}  # the broken metadata gave way to the text

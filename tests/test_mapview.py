from __future__ import annotations

import json
import re

from geo.extract import extract
from ui.assets import LeafletAssets, install_local_copy
from ui.mapview import MARKER_CSS, _feature_collection, build_map, marker_html, popup_html

EVENT = {
    "article": "a<b>.txt", "mention": "قرية <img src=x onerror=alert(1)>", "name": "Kavdar",
    "event_type": "control", "sub_type": "liberated", "claimant": "<script>alert(1)</script>",
    "claimant_side": "azerbaijani", "event_date": "2020-11-04", "date_precision": "day",
    "date_text": "أمس", "geo_precision": "place", "admin1_name": "Jabrayil",
    "sentence": "حرر الجيش \"قرية\" <b>قاودار</b> & ميراك", "published": "2020-11-05",
    "published_source": "given", "confidence": 0.9, "lat": 39.3, "lon": 47.05, "on_map": True,
}


def test_popup_escapes_every_field():
    popup = popup_html(EVENT)
    assert "<script>" not in popup and "<img" not in popup and "<b>قاودار" not in popup
    assert "&lt;script&gt;" in popup and "&lt;img src=x" in popup and "&amp; ميراك" in popup
    assert "a&lt;b&gt;.txt" in popup


def test_a_popup_names_its_article_by_headline_and_links_only_to_web_pages():
    titled = popup_html({**EVENT, "article_title": "الجيش <i>يحرر</i> قرى", "article_url": "https://x.org/a?b=1&c=\"2"})
    assert "الجيش &lt;i&gt;يحرر&lt;/i&gt; قرى" in titled and "a&lt;b&gt;.txt" not in titled
    assert 'href="https://x.org/a?b=1&amp;c=&quot;2"' in titled
    scripted = popup_html({**EVENT, "article_title": "t", "article_url": "javascript:alert(1)"})
    assert "javascript" not in scripted and scripted.count("href") == 1  # only the permalink


def test_district_only_markers_are_hollow():
    solid = marker_html(EVENT)
    hollow = marker_html({**EVENT, "geo_precision": "district"})
    assert "hollow" in hollow and "hollow" not in solid
    assert "side-azerbaijani" in solid and "event-control" in solid
    assert ".side-azerbaijani.hollow" in MARKER_CSS and "dashed" in MARKER_CSS


def test_sentences_shared_by_a_list_are_sent_once():
    listed = [{**EVENT, "name": n, "lat": 39.3 + i / 100} for i, n in enumerate("ABC")]
    collection, sentences = _feature_collection(listed)
    assert len(sentences) == 1 and len(collection["features"]) == 3
    assert {f["properties"]["s"] for f in collection["features"]} == {0}
    assert "&lt;b&gt;قاودار" in sentences[0]


def test_map_uses_local_leaflet_and_one_layer_per_type(tmp_path):
    assets = LeafletAssets(True, {n: f"/app/static/vendor/leaflet/{n}" for n in (
        "leaflet.js", "leaflet.css", "leaflet.markercluster.js", "MarkerCluster.css",
        "MarkerCluster.Default.css")})
    page = build_map([EVENT], assets, ("control",)).get_root().render()
    assert "/app/static/vendor/leaflet/leaflet.js" in page
    assert "cdn.jsdelivr" not in page and "code.jquery" not in page
    assert "event-control" in page and "event-strike" not in page  # hidden layers not sent
    strike = {**EVENT, "event_type": "strike"}
    both = build_map([EVENT, strike], assets, ("control", "strike")).get_root().render()
    assert "event-control" in both and "event-strike" in both
    assert "L.control.layers" not in both  # one layer control: the page's


def test_local_copy_is_made_from_a_system_folder(tmp_path):
    source = tmp_path / "leaflet"
    source.mkdir()
    for name in ("leaflet.js", "leaflet.css", "leaflet.markercluster.js", "MarkerCluster.css",
                 "MarkerCluster.Default.css"):
        (source / name).write_text("/* test */")
    target = tmp_path / "static"
    assert install_local_copy(target, (tmp_path / "absent", source))
    assert (target / "leaflet.js").read_text() == "/* test */"
    assert not install_local_copy(tmp_path / "other", (tmp_path / "absent",))


def test_one_claim_carried_by_two_articles_is_one_marker_listing_both():
    from ui.mapview import as_claims

    first = {**EVENT, "article": "a1", "start": 10, "place_id": 147869, "article_title": "خبر أول"}
    second = {**EVENT, "article": "a2", "start": 99, "place_id": 147869, "sentence": "نقلت <وكالة> الخبر",
              "claimant": "وكالة", "article_title": "خبر <ثان>"}
    elsewhere = {**EVENT, "article": "a3", "start": 5, "place_id": 147495, "name": "Miraq"}
    points = as_claims([first, second, elsewhere])
    assert [p["article"] for p in points] == ["a1", "a3"]
    assert points[0]["source_count"] == 2 and "source_count" in points[1]
    popup, marker = popup_html(points[0]), marker_html(points[0])
    assert "Also reported" in popup and "خبر &lt;ثان&gt;" in popup and "نقلت &lt;وكالة&gt; الخبر" in popup
    assert 'class="sources"' in marker and ">2</span>" in marker
    assert 'class="sources"' not in marker_html(points[1])


def test_two_claims_told_of_one_mention_are_two_markers_each_with_its_own_claim(gaz, tabs):
    """"رغم إعلان باكو السيطرة عليها": Yerevan's fighting and Baku's control at one mention's span."""
    from ui.mapview import as_claims

    text = "عنوان\n\nوأكدت وزارة الدفاع الأرمينية أن المعارك مستمرة في محيط بلدة تالش، التي أعلن علييف تحريرها أمس.\n"
    events = [e.to_dict() for e in extract(text, gaz, tabs, "a1").events if e.mention == "تالش"]
    points = as_claims(events)
    assert sorted((p["event_type"], p["claimant_side"]) for p in points) == [("clash", "armenian"),
                                                                                ("control", "azerbaijani")]
    assert len({p["claim_id"] for p in points}) == 2


def test_every_popup_links_to_its_claim():
    from urllib.parse import parse_qs, urlparse

    from ui.mapview import permalink_query

    stored = {**EVENT, "article": "a0123456789ab", "place_id": 147869}
    assert permalink_query(stored) == {"articles": "a0123456789ab", "place": "147869", "from": "2020-11-04",
                                       "to": "2020-11-04", "added": "a0123456789ab"}
    assert "added" not in permalink_query({**EVENT, "place_id": 147869})  # a corpus file needs no store
    popup = popup_html(stored)
    href = popup.split('class="permalink" href="')[1].split('"')[0].replace("&amp;", "&")
    assert parse_qs(urlparse(href).query)["place"] == ["147869"] and href.startswith("/?")


def test_a_contradicted_claim_is_marked_and_says_by_whom():
    from ui.mapview import as_claims

    taken = {**EVENT, "article": "a1", "start": 1, "place_id": 147869, "event_date": "2020-10-05"}
    fought = {**EVENT, "article": "a2", "start": 2, "place_id": 147869, "event_date": "2020-10-06",
              "event_type": "clash", "claimant_side": "armenian"}
    calm = {**EVENT, "article": "a3", "start": 3, "place_id": 147495, "name": "Miraq"}
    points = {p["article"]: p for p in as_claims([taken, fought, calm])}
    assert "contested" in marker_html(points["a1"]) and "contested" in marker_html(points["a2"])
    assert "contested" not in marker_html(points["a3"])
    popup = popup_html(points["a1"])
    assert "Contradicted" in popup and "Armenian / Artsakh side: clashes, 2020-10-06" in popup


def test_the_offline_base_map_names_districts_towns_and_villages_as_text():
    from types import SimpleNamespace

    from shapely.geometry import Point, shape

    from ui.mapview import base_map, place_labels

    square = {"type": "Polygon", "coordinates": [[[46.0, 39.0], [47.0, 39.0], [47.0, 40.0], [46.0, 40.0],
                                                  [46.0, 39.0]]]}
    districts = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"asciiname": "Qubadli", "label": "Qubadli"}, "geometry": square}]}
    places = [SimpleNamespace(feature_class="P", feature_code="PPLA", lat=39.34, lon=46.58, name="Qubadli"),
              SimpleNamespace(feature_class="P", feature_code="PPL", lat=39.3, lon=46.6, name="<b>Mahmudlu"),
              SimpleNamespace(feature_class="A", feature_code="ADM1", lat=39.3, lon=46.6, name="Qubadli Rayon")]
    labels = place_labels(places, districts)
    assert [(name, rank) for *_, name, rank in labels] == [
        ("Qubadli", "district"), ("Qubadli", "town"), ("<b>Mahmudlu", "village")]
    lat, lon = labels[0][:2]
    assert shape(square).contains(Point(lon, lat))
    assets = LeafletAssets(True, {n: f"/v/{n}" for n in (
        "leaflet.js", "leaflet.css", "leaflet.markercluster.js", "MarkerCluster.css", "MarkerCluster.Default.css")})
    page = base_map(assets, districts, labels=labels).get_root().render()
    assert "textContent = entry[2]" in page  # names are set as text, never as HTML
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert any('"<b>Mahmudlu"' in js for js in scripts) and page.count("<b>Mahmudlu") == 1  # only as a JS string
    online = base_map(assets, districts, online_tiles=True, labels=labels).get_root().render()
    assert "place-labels" not in online  # online tiles carry their own names


def test_base_layers_published_as_files_are_fetched_not_embedded(tmp_path):
    from ui.assets import published
    from ui.mapview import base_map

    labels = [[39.3, 46.6, "Mahmudlu", "village"]]
    url = published("labels", labels, folder=tmp_path)
    assert url.startswith("/app/static/generated/labels-") and url == published("labels", labels, folder=tmp_path)
    [written] = tmp_path.iterdir()
    assert json.loads(written.read_text(encoding="utf-8")) == labels and url.endswith(written.name)
    assets = LeafletAssets(True, {n: f"/v/{n}" for n in (
        "leaflet.js", "leaflet.css", "leaflet.markercluster.js", "MarkerCluster.css", "MarkerCluster.Default.css")})
    page = base_map(assets, "/app/static/generated/districts-x.json", labels=url).get_root().render()
    assert f'fetch("{url}")' in page and 'fetch("/app/static/generated/districts-x.json")' in page
    assert "Mahmudlu" not in page
    (tmp_path / "locked").write_text("a file where the folder should be")
    assert published("labels", labels, folder=tmp_path / "locked" / "generated") is None  # the caller embeds

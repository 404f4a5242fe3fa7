"""The app in a real browser: headless Debian Chromium driven by Playwright, no network.

Starts `streamlit run app.py` on a free local port, checks that the seed corpus's markers draw
with Leaflet served locally, moves the date slider, downloads a GeoJSON layer and validates it.
A screenshot of the main page is saved to artifacts/ (git-ignored).
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

import geopandas as gpd
import pytest

from geo.config import PROJECT_ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
ARTIFACTS = PROJECT_ROOT / "artifacts"
MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"

pytestmark = pytest.mark.browser


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(port: int) -> subprocess.Popen:
    env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2):
                return process
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(process.stdout.read().decode(errors="replace")) from None
            time.sleep(0.3)
    process.kill()
    raise RuntimeError("streamlit did not start within 60 s")


@pytest.fixture(scope="module")
def app_url():
    port = free_port()
    process = start_app(port)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: .ci/run installs Debian's chromium package")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def open_map(browser, app_url: str, path: str = "", width: int = 1400, height: int = 1400):
    """A new page on the app, once its map has drawn markers and Streamlit has settled."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(app_url + path)
    page.frame_locator(MAP_FRAME).locator(".event-marker, .marker-cluster").first.wait_for(timeout=60_000)
    wait_until_idle(page)
    return page


def wait_until_idle(page) -> None:
    """Streamlit reruns after a widget moves; downloads must be clicked once it has settled."""
    page.wait_for_timeout(500)
    page.locator("[data-testid='stStatusWidget']").wait_for(state="hidden", timeout=30_000)
    page.wait_for_timeout(1000)


def points_in_summary(page) -> tuple[int, int]:
    text = page.get_by_text(re.compile(r"points from \d+ articles")).inner_text()
    shown, total = re.search(r"(\d+) of (\d+) points", text).groups()
    return int(shown), int(total)


def move_start_date(page, shown_before: int) -> None:
    """Move the date slider's start thumb forward until fewer points are shown, and settle."""
    thumb = page.get_by_role("slider").first
    thumb.focus()
    for _ in range(20):
        thumb.press("ArrowRight")
    page.wait_for_function(
        "before => { const m = document.body.innerText.match(/(\\d+) of (\\d+) points/);"
        " return m && Number(m[1]) < before; }", arg=shown_before, timeout=30_000)
    # twenty presses are several reruns: settled once the link's start is the thumb's
    page.wait_for_function(
        "() => { const thumb = document.querySelector(\"input[type=range][aria-label$='start']\");"
        " return thumb && new URLSearchParams(location.search).get('from') === thumb.getAttribute('aria-valuetext'); }",
        timeout=30_000)
    wait_until_idle(page)


def test_map_slider_and_download(app_url, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1400, "height": 1400}, accept_downloads=True)
    failed = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.goto(app_url)

    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".event-marker, .marker-cluster").first.wait_for(timeout=60_000)
    drawn = frame.locator(".event-marker").count() + frame.locator(".marker-cluster").count()
    assert drawn > 5
    assert not [u for u in failed if "leaflet" in u.lower()], failed
    shown_before, total = points_in_summary(page)
    assert 30 < shown_before <= total  # the "other" layer starts hidden
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "main-page.png"), full_page=True)

    move_start_date(page, shown_before)  # the date slider, a couple of weeks on
    shown_after, _ = points_in_summary(page)
    assert 0 < shown_after < shown_before
    assert "from=" in page.url  # the view is in the shareable URL

    with page.expect_download(timeout=30_000) as info:
        page.get_by_role("button", name=re.compile(r"^All layers")).click()
    path = tmp_path / "all.geojson"
    info.value.save_as(path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == shown_after
    for feature in doc["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert 43 < lon < 51 and 38 < lat < 42
    assert len(gpd.read_file(path)) == shown_after
    page.close()


def test_popup_text_is_escaped(app_url, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1400})
    page.goto(app_url)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".event-marker").first.wait_for(timeout=60_000)
    frame.locator(".event-marker").first.click()
    popup = frame.locator(".event-popup")
    popup.wait_for(timeout=10_000)
    assert "Claimed by" in popup.inner_text()
    assert popup.locator("script").count() == 0
    page.close()


POPUPS_JS = """() => {
  const found = [];
  const visit = layer => {
    if (layer.getLayers) { layer.getLayers().forEach(visit); return; }
    const popup = layer.getPopup && layer.getPopup();
    if (popup) found.push(popup.getContent());
  };
  for (const key of Object.keys(window)) {
    const map = window[key];
    if (key.startsWith('map_') && map && map.eachLayer) map.eachLayer(visit);
  }
  return found.map(html => {
    const box = document.createElement('div');
    box.innerHTML = html;
    const mention = box.querySelector('span[dir=rtl]');
    const sentence = box.querySelector('.es');
    return [mention ? mention.textContent.slice(1, -1) : '', sentence ? sentence.textContent : ''];
  });
}"""


def own_evidence(page) -> list[tuple[str, str]]:
    """(mention, sentence) of every popup on the map, read from Leaflet itself."""
    frame = next(f for f in page.frames if "streamlit_folium" in f.url)
    return [tuple(pair) for pair in frame.evaluate(POPUPS_JS)]


def test_every_popup_shows_its_own_evidence_after_the_map_changes(app_url, browser):
    page = open_map(browser, app_url)
    before = own_evidence(page)
    assert len(before) > 20 and all(mention and mention in sentence for mention, sentence in before)
    move_start_date(page, points_in_summary(page)[0])  # the map is redrawn in place with other events
    after = own_evidence(page)
    wrong = [(mention, sentence[:60]) for mention, sentence in after if not mention or mention not in sentence]
    assert after and not wrong, wrong
    page.close()


PASTED = ("أعلن الرئيس الأذربيجاني اليوم الاثنين تحرير قرية قاودار التابعة لمدينة جبرائيل، "
          "بينما قصفت القوات الأرمينية مدينة ترتر بالصواريخ.")


def test_a_pasted_article_survives_a_reload_and_its_link_opens_it_elsewhere(app_url, browser):
    page = open_map(browser, app_url)
    _, total_before = points_in_summary(page)
    page.get_by_placeholder("نص المقال").fill(PASTED)
    page.get_by_role("button", name="Add pasted article").click()
    page.wait_for_function("() => /from 6 articles/.test(document.body.innerText)", timeout=60_000)
    wait_until_idle(page)
    assert "added=a" in page.url
    shown, total = points_in_summary(page)
    assert total == total_before + 2
    evidence = sorted(own_evidence(page))

    page.reload()  # a new session: only the link and the store remember the paste
    page.wait_for_function("() => /from 6 articles/.test(document.body.innerText)", timeout=60_000)
    wait_until_idle(page)
    assert points_in_summary(page) == (shown, total)
    assert "أعلن الرئيس الأذربيجاني" in page.locator("[data-testid='stSidebar']").inner_text()

    elsewhere = browser.new_context(viewport={"width": 1400, "height": 1400})  # a colleague's browser
    shared = elsewhere.new_page()
    shared.goto(page.url)
    shared.wait_for_function("() => /from 6 articles/.test(document.body.innerText)", timeout=60_000)
    shared.frame_locator(MAP_FRAME).locator(".event-marker, .marker-cluster").first.wait_for(timeout=60_000)
    wait_until_idle(shared)
    assert points_in_summary(shared) == (shown, total)
    assert sorted(own_evidence(shared)) == evidence
    elsewhere.close()
    page.close()


def test_the_filters_are_one_view_shared_by_the_pages(app_url, browser):
    page = open_map(browser, app_url)
    move_start_date(page, points_in_summary(page)[0])
    shown, total = points_in_summary(page)

    page.get_by_role("link", name="Events").click()
    caption = page.get_by_text(re.compile(r"\d+ of \d+ events \(\d+ on the map\)"))
    caption.wait_for(timeout=60_000)
    on_map = int(re.search(r"\((\d+) on the map\)", caption.inner_text()).group(1))
    assert on_map == shown  # the Events page counts what the map shows

    page.get_by_role("link", name="Map").click()
    page.wait_for_function("() => /points from \\d+ articles/.test(document.body.innerText)", timeout=60_000)
    wait_until_idle(page)
    assert points_in_summary(page) == (shown, total)  # the date range survived the visit
    assert page.frame_locator(MAP_FRAME).locator(".leaflet-control-layers").count() == 0
    page.close()


@pytest.mark.parametrize(("width", "height"), [(1400, 900), (390, 844)])
def test_the_map_is_in_the_first_screen_and_its_popups_fit(app_url, browser, width, height):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(app_url)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".event-marker").first.wait_for(timeout=60_000)
    wait_until_idle(page)
    box = page.locator(MAP_FRAME).bounding_box()
    assert box["y"] < height / 3 and box["y"] + box["height"] / 2 < height  # most of it in view
    frame.locator(".event-marker").first.click()
    popup = frame.locator(".leaflet-popup-content-wrapper")
    popup.wait_for(timeout=10_000)
    page.wait_for_timeout(1000)  # Leaflet pans the map to show an opened popup whole
    inside = popup.bounding_box()
    assert inside["x"] >= box["x"] - 1 and inside["x"] + inside["width"] <= box["x"] + box["width"] + 1
    page.close()


def test_a_side_chip_is_removed_by_its_cross(app_url, browser):
    page = open_map(browser, app_url)
    shown, _ = points_in_summary(page)
    sides = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").filter(has_text="Claimant side")
    sides.get_by_role("button", name="Remove Azerbaijani side").click()
    page.wait_for_function("before => { const m = document.body.innerText.match(/(\\d+) of (\\d+) points/);"
                           " return m && Number(m[1]) < before; }", arg=shown, timeout=30_000)
    wait_until_idle(page)
    assert sides.get_by_role("button", name="Remove Azerbaijani side").count() == 0
    assert "sides=" in page.url
    page.close()


def test_online_tiles_that_cannot_load_say_so_on_the_map(app_url, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.route(re.compile(r"tile\.openstreetmap\.org"), lambda route: route.abort())  # offline, no request leaves
    page.goto(app_url)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".event-marker, .marker-cluster").first.wait_for(timeout=60_000)
    wait_until_idle(page)
    page.get_by_text("Online map tiles (OpenStreetMap)").click()
    wait_until_idle(page)
    notice = page.frame_locator(MAP_FRAME).last.locator(".tiles-offline")
    notice.wait_for(timeout=30_000)
    assert "could not be loaded" in notice.inner_text()
    page.close()


def test_a_span_drawn_on_the_timeline_sets_the_date_range(app_url, browser):
    page = open_map(browser, app_url)
    shown, total = points_in_summary(page)
    chart = page.locator("[data-testid='stVegaLiteChart']").first
    chart.scroll_into_view_if_needed()
    box = chart.bounding_box()
    y = box["y"] + box["height"] * 0.6
    page.mouse.move(box["x"] + box["width"] * 0.2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=8)
    page.mouse.up()
    page.wait_for_function("before => { const m = document.body.innerText.match(/(\\d+) of (\\d+) points/);"
                           " return m && Number(m[1]) < before; }", arg=shown, timeout=30_000)
    wait_until_idle(page)
    assert "from=" in page.url and "to=" in page.url
    assert 0 < points_in_summary(page)[0] < shown
    page.close()


ALSO_REPORTED_JS = """() => {
  const found = [];
  const visit = layer => {
    if (layer.getLayers) { layer.getLayers().forEach(visit); return; }
    const popup = layer.getPopup && layer.getPopup();
    if (popup && popup.getContent().includes('Also reported')) found.push(popup.getContent());
  };
  for (const key of Object.keys(window)) {
    const map = window[key];
    if (key.startsWith('map_') && map && map.eachLayer) map.eachLayer(visit);
  }
  return found;
}"""


def test_one_claim_from_two_articles_is_one_marker_with_both_sources(app_url, browser):
    page = open_map(browser, app_url)
    for text in ("أعلنت وزارة الدفاع الأذربيجانية في 12 أكتوبر 2020 تحرير قرية قاودار التابعة لمدينة جبرائيل.",
                 "قالت وزارة الدفاع الأذربيجانية في بيان يوم 12 أكتوبر 2020 إن الجيش حرر قرية قاودار."):
        page.get_by_placeholder("نص المقال").fill(text)
        page.get_by_role("button", name="Add pasted article").click()
        wait_until_idle(page)
    page.wait_for_function("() => /from 7 articles/.test(document.body.innerText)", timeout=60_000)
    wait_until_idle(page)
    frame = next(f for f in page.frames if "streamlit_folium" in f.url)
    grouped = sorted({html for html in frame.evaluate(ALSO_REPORTED_JS) if "قاودار" in html and "2020-10-12" in html})
    assert len(grouped) == 1, grouped  # one marker for the claim
    assert "تحرير قرية قاودار" in grouped[0] and "الجيش حرر قرية قاودار" in grouped[0]  # both reports
    page.close()


def test_the_claimed_control_layer_moves_with_the_slider(app_url, browser):
    page = open_map(browser, app_url, "/?control=1")
    label = page.get_by_role("button", name=re.compile(r"^Claimed control as of"))
    before = re.search(r"as of (\S+) \((\d+) places\)", label.inner_text()).groups()
    assert int(before[1]) > 5
    end = page.get_by_role("slider").nth(1)
    end.focus()
    for _ in range(10):  # pressed fast, while the first moves are still redrawing: none is lost
        end.press("ArrowLeft")
    expected = (date.fromisoformat(before[0]) - timedelta(days=10)).isoformat()
    page.wait_for_function("day => [...document.querySelectorAll('button')].some("
                           "x => x.innerText.startsWith('Claimed control as of ' + day))", arg=expected,
                           timeout=30_000)
    wait_until_idle(page)
    after = re.search(r"as of (\S+) \((\d+) places\)", label.inner_text()).groups()
    assert after[0] < before[0] and int(after[1]) < int(before[1])
    areas = page.frame_locator(MAP_FRAME).last.locator("path.leaflet-interactive")
    assert areas.count() >= int(after[1])
    page.close()


MAP_VIEW_JS = """() => {
  for (const key of Object.keys(window)) {
    const map = window[key];
    if (key.startsWith('map_') && map && map.getZoom) return [map.getZoom(), map.getCenter().lat, map.getCenter().lng];
  }
  return null;
}"""


SET_VIEW_JS = """([lat, lon, zoom]) => { for (const k of Object.keys(window)) { const m = window[k];
  if (k.startsWith('map_') && m && m.setView) m.setView([lat, lon], zoom, {animate: false}); } }"""


def test_finding_a_place_zooms_the_map_to_it(app_url, browser):
    page = open_map(browser, app_url)
    search = page.get_by_role("textbox", name="Find a place")
    search.fill("Qubadlı")
    search.press("Enter")
    page.get_by_text(re.compile(r"Claims about (Qubadlı|Kubatly)")).wait_for(timeout=30_000)
    wait_until_idle(page)
    frame = next(f for f in page.frames if "streamlit_folium" in f.url)
    zoom, lat, lon = frame.evaluate(MAP_VIEW_JS)
    assert zoom == 12 and abs(lat - 39.34) < 0.1 and abs(lon - 46.58) < 0.1
    assert "place=" in page.url
    page.close()


def test_a_popups_permalink_opens_the_app_on_that_claim(app_url, browser):
    page = open_map(browser, app_url)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".event-marker").first.click()
    link = frame.locator(".leaflet-popup a.permalink")
    link.wait_for(timeout=10_000)
    with page.context.expect_page(timeout=30_000) as opened:
        link.click()
    claim = opened.value
    claim.get_by_text(re.compile(r"Claims about ")).wait_for(timeout=60_000)
    assert re.search(r"place=\d+", claim.url) and "from=" in claim.url and "articles=" in claim.url
    claim.close()
    page.close()


def test_clusters_say_their_side_and_fit_to_points_brings_the_points_back(app_url, browser):
    page = open_map(browser, app_url, width=1400, height=1000)
    frame = page.frame_locator(MAP_FRAME)
    assert frame.locator(".claim-cluster.cluster-azerbaijani").count() >= 1
    leaflet = next(f for f in page.frames if "streamlit_folium" in f.url)
    leaflet.evaluate(SET_VIEW_JS, [41.5, 44.0, 13])
    page.wait_for_timeout(500)
    assert leaflet.evaluate(MAP_VIEW_JS)[0] == 13  # far from every point, zoomed in
    frame.locator(".fit-to-points").click()
    page.wait_for_timeout(1000)
    zoom, lat, lon = leaflet.evaluate(MAP_VIEW_JS)
    assert zoom <= 12 and 38.5 < lat < 40.5 and 45.5 < lon < 48.0  # back over the theatre
    page.close()


def test_markers_are_placed_flat_not_each_on_its_own_compositing_layer(app_url, browser):
    """A 3D transform per marker gives each its own compositing layer, and with hundreds of them
    the browser spent 100-300 ms a frame assigning layers while the page faded in a rerun."""
    page = open_map(browser, app_url)
    leaflet = next(f for f in page.frames if "streamlit_folium" in f.url)
    assert leaflet.evaluate("() => L.Browser.any3d") is False
    transforms = leaflet.evaluate(
        "() => [...document.querySelectorAll('.leaflet-marker-icon')].map(m => m.style.transform)")
    assert transforms and not any("translate3d" in t for t in transforms)
    page.close()


def test_the_link_reopens_the_map_where_the_reader_left_it(app_url, browser):
    page = open_map(browser, app_url)
    assert "map=" not in page.url  # a map nobody moved says nothing of where it is
    leaflet = next(f for f in page.frames if "streamlit_folium" in f.url)
    leaflet.evaluate(SET_VIEW_JS, [39.39, 46.58, 11])
    page.wait_for_function("() => /map=11%2F39\\.39|map=11\\/39\\.39/.test(location.search)", timeout=30_000)
    wait_until_idle(page)
    link = page.url
    page.close()
    fresh = browser.new_context(viewport={"width": 1400, "height": 1000})
    again = fresh.new_page()
    again.goto(link)
    again.frame_locator(MAP_FRAME).locator(".event-marker, .marker-cluster").first.wait_for(timeout=60_000)
    wait_until_idle(again)
    zoom, lat, lon = next(f for f in again.frames if "streamlit_folium" in f.url).evaluate(MAP_VIEW_JS)
    assert zoom == 11 and abs(lat - 39.39) < 0.01 and abs(lon - 46.58) < 0.01
    fresh.close()


def test_the_offline_map_names_districts_and_then_villages_as_it_zooms(app_url, browser):
    page = open_map(browser, app_url)
    leaflet = next(f for f in page.frames if "streamlit_folium" in f.url)
    names = "rank => [...document.querySelectorAll('.place-label-' + rank)].map(e => e.textContent)"
    assert len(leaflet.evaluate(names, "district")) >= 20 and not leaflet.evaluate(names, "village")
    leaflet.evaluate(SET_VIEW_JS, [39.34, 46.58, 11])
    leaflet.wait_for_function("() => document.querySelectorAll('.place-label-village').length > 20", timeout=10_000)
    assert not leaflet.evaluate(names, "district")  # district names give way to villages
    assert any(name in ("Kubatly", "Qubadli", "Qubadlı") for name in leaflet.evaluate(names, "town"))
    page.close()


CONTRADICTED = ("أعلنت وزارة الدفاع الأذربيجانية في 5 أكتوبر 2020 تحرير قرية قاودار التابعة لمدينة جبرائيل.\n\n"
                "ونفت وزارة الدفاع الأرمينية في 6 أكتوبر 2020 ذلك، وقالت إن قواتها تصد هجوما على قرية قاودار.")


def test_a_contradiction_is_ringed_on_the_map_and_shown_side_by_side(app_url, browser):
    page = open_map(browser, app_url)
    page.get_by_placeholder("نص المقال").fill(CONTRADICTED)
    page.get_by_role("button", name="Add pasted article").click()
    page.wait_for_function("() => /from 6 articles/.test(document.body.innerText)", timeout=60_000)
    wait_until_idle(page)
    leaflet = next(f for f in page.frames if "streamlit_folium" in f.url)
    leaflet.evaluate(SET_VIEW_JS, [39.3083, 47.059, 16])  # Kavdar, where the two claims are: no cluster
    page.frame_locator(MAP_FRAME).locator(".event-marker.contested").first.wait_for(timeout=20_000)
    page.get_by_role("link", name="Contradictions").click()
    page.get_by_text("Kavdar (قاودار)").wait_for(timeout=60_000)
    left = page.locator("div[style*='border-left']", has_text="تحرير قرية قاودار").bounding_box()
    right = page.locator("div[style*='border-left']", has_text="تصد هجوما").bounding_box()
    assert abs(left["y"] - right["y"]) < 5 and left["x"] + left["width"] <= right["x"] + 1  # side by side
    page.close()


def test_the_same_article_uploaded_twice_is_read_once(app_url, browser, tmp_path):
    page = open_map(browser, app_url)
    first, second = tmp_path / "report.txt", tmp_path / "the same report.txt"
    first.write_text(CONTRADICTED, encoding="utf-8")
    second.write_text(CONTRADICTED + "\n", encoding="utf-8")  # the same text, another file
    uploader = page.locator("[data-testid='stFileUploaderDropzoneInput']")
    uploader.set_input_files(str(first))
    page.wait_for_function("() => /from 6 articles/.test(document.body.innerText)", timeout=60_000)
    wait_until_idle(page)
    shown = points_in_summary(page)
    uploader.set_input_files([str(first), str(second)])
    page.get_by_text(re.compile(r"the same article as .*read once")).wait_for(timeout=60_000)
    wait_until_idle(page)
    assert "from 6 articles" in page.inner_text("body") and points_in_summary(page) == shown
    page.close()

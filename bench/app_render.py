"""The map page in Chromium: time to markers after a cold start, and per slider step the time
until the map's markers and the timeline chart are redrawn.

    python bench/app_render.py [--articles 80]

Two corpora: the seed corpus, and --articles distinct articles made by
../shared/tools/distinct_corpus.py (sentences reshuffled, names swapped; in a temporary folder,
never committed), enough for about 2,000 points on the map. Repeated copies of one text would
collapse into a few claims and flatter the figures. The gazetteer index is built before the
clock starts. "First start" is a fresh server that has never read the articles; "restart" is a
fresh server process after one that read them (the events of each article are kept on disk, under
the pipeline's version, in the server's ~/.streamlit/cache: a temporary home here). With many
articles to read, the page first shows those read in its first moments ("A first look"), then
every article: both times are printed, the slider steps measured on the whole page.

Targets (issue 14, 2,000 events): markers <= 6 s after a cold start, a slider step redraws the
map in <= 1 s and the timeline in <= 0.5 s. Needs Debian's chromium (/usr/bin/chromium).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

from geo import config

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.test_browser import CHROMIUM, CHROMIUM_ARGS, MAP_FRAME, free_port  # noqa: E402

SUMMARY = re.compile(r"(\d+) of (\d+) points")
DISTINCT = ROOT.parent / "shared" / "tools" / "distinct_corpus.py"
# the last time (performance.now) anything under a node changed, kept on window for the bench
WATCH_JS = """([selector, key]) => {
  window[key] = 0;
  const target = document.querySelector(selector);
  new MutationObserver(() => { window[key] = performance.now(); })
    .observe(target, {subtree: true, childList: true, attributes: true, characterData: true});
}"""
# the chart's own drawing (Vega's SVG marks), not Streamlit's fading of a running page's elements
CHART_WATCH_JS = """([selector, key]) => {
  window[key] = 0;
  const drawn = r => r.target instanceof SVGElement || [...r.addedNodes].some(n => n instanceof SVGElement);
  new MutationObserver(records => { if (records.some(drawn)) window[key] = performance.now(); })
    .observe(document.querySelector(selector), {subtree: true, childList: true, attributes: true, characterData: true});
}"""


def serve(corpus: Path, cache: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "GEO_CORPUS_DIR": str(corpus), "GEO_CACHE_DIR": str(cache), "HOME": str(cache / "home"),
           "GEO_STORE": str(cache / "articles.sqlite"), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=open(os.environ.get("SERVER_LOG", os.devnull), "w"),
    )
    return server, f"http://127.0.0.1:{port}"


def wait_healthy(url: str) -> None:
    while True:
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=1)
            return
        except OSError:
            time.sleep(0.05)


def slider_step(page, leaflet, key: str) -> tuple[float, float]:
    """One press on the slider's start thumb: seconds until the map and the timeline last changed."""
    page.wait_for_timeout(800)
    before = SUMMARY.search(page.inner_text("body")).group(0)
    leaflet.evaluate("() => { window.mapChanged = 0; }")
    page.evaluate("() => { window.chartChanged = 0; }")
    thumb = page.get_by_role("slider").first
    thumb.focus()
    started = page.evaluate("() => performance.now()")
    map_started = leaflet.evaluate("() => performance.now()")
    thumb.press(key)
    try:
        page.wait_for_function("before => { const m = document.body.innerText.match(/\\d+ of \\d+ points/);"
                               " return m && m[0] !== before; }", arg=before, timeout=60_000)
    except PlaywrightTimeout:
        sys.exit(f"a slider step ({key}) left '{before}' unchanged for 60 s: no event of the shown layers "
                 "lies on the range's first day, or the page stopped redrawing")
    page.locator("[data-testid='stStatusWidget']").wait_for(state="hidden", timeout=60_000)
    page.wait_for_timeout(1500)  # let the map and the chart finish drawing
    map_done = leaflet.evaluate("() => window.mapChanged")
    chart_done = page.evaluate("() => window.chartChanged")
    return (map_done - map_started) / 1000, (chart_done - started) / 1000


def run_once(corpus: Path, cache: Path) -> tuple[float, float, list[float], list[float], int]:
    """The reader's browser is already open; the clock starts with the server."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1300})
        started = time.perf_counter()
        server, url = serve(corpus, cache)
        try:
            wait_healthy(url)
            page.goto(url)
            page.frame_locator(MAP_FRAME).locator(".event-marker, .marker-cluster").first.wait_for(timeout=300_000)
            first_map = time.perf_counter() - started
            page.wait_for_function("() => !document.body.innerText.includes('A first look')", timeout=300_000)
            page.locator("[data-testid='stStatusWidget']").wait_for(state="hidden", timeout=60_000)
            every_article = time.perf_counter() - started
            shown = int(SUMMARY.search(page.inner_text("body")).group(1))
            leaflet = next(f for f in page.frames if "streamlit_folium" in f.url)
            leaflet.evaluate(WATCH_JS, [".leaflet-marker-pane", "mapChanged"])
            page.evaluate(CHART_WATCH_JS, ["[data-testid='stVegaLiteChart']", "chartChanged"])
            steps = [slider_step(page, leaflet, "ArrowRight" if n % 2 == 0 else "ArrowLeft") for n in range(4)]
        finally:
            browser.close()
            server.terminate()
            server.wait(timeout=20)
    return first_map, every_article, [s[0] for s in steps], [s[1] for s in steps], shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=80, help="distinct articles for the large corpus")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} missing: apt-get install chromium")
    with tempfile.TemporaryDirectory() as tmp:
        cache, big = Path(tmp) / "cache", Path(tmp) / "corpus"
        subprocess.run([sys.executable, str(DISTINCT), str(big), str(args.articles)], check=True,
                       stdout=subprocess.DEVNULL)
        subprocess.run([sys.executable, "-m", "geo", "index"], cwd=ROOT, check=True,
                       env={**os.environ, "GEO_CACHE_DIR": str(cache)}, stdout=subprocess.DEVNULL)
        many = f"{args.articles} articles"
        for label, corpus in (("seed corpus", config.corpus_dir()), (many, big), (many + ", restart", big)):
            first, every, map_steps, chart_steps, shown = run_once(corpus, cache)
            print(f"{label}, {shown} points: markers {first:4.1f} s after the server starts (target <= 6), "
                  f"every article drawn at {every:4.1f} s; "
                  f"a slider step redraws the map in {statistics.median(map_steps):.2f} s median, "
                  f"{max(map_steps):.2f} max (<= 1), the timeline in {statistics.median(chart_steps):.2f} s "
                  f"median, {max(chart_steps):.2f} max (<= 0.5)")


if __name__ == "__main__":
    main()

"""Time from `streamlit run` to the first rendered map in Chromium, and for a slider change.

    python bench/app_render.py [--events 2000]

Two corpora: the seed corpus, and copies of it (in a temporary folder, never committed) until
the map holds at least --events points. Targets: first map under 10 s, slider re-render under
1.5 s. Needs Debian's chromium (/usr/bin/chromium).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

from geo import config

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.test_browser import CHROMIUM, CHROMIUM_ARGS, MAP_FRAME, free_port  # noqa: E402

SUMMARY = re.compile(r"(\d+) of (\d+) points")


def run_once(corpus: Path, cache: Path) -> tuple[float, list[float], int]:
    port = free_port()
    env = {**os.environ, "GEO_CORPUS_DIR": str(corpus), "GEO_CACHE_DIR": str(cache)}
    started = time.perf_counter()
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        while True:
            try:
                urllib.request.urlopen(url + "/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1300})
            page.goto(url)
            frame = page.frame_locator(MAP_FRAME)
            frame.locator(".event-marker, .marker-cluster").first.wait_for(timeout=300_000)
            first_map = time.perf_counter() - started
            shown = int(SUMMARY.search(page.inner_text("body")).group(1))
            slider_times = []
            thumb = page.get_by_role("slider").first
            for step in range(3):
                page.wait_for_timeout(800)
                before = page.inner_text("body")
                thumb.focus()
                t0 = time.perf_counter()
                thumb.press("ArrowRight" if step % 2 == 0 else "ArrowLeft")
                page.wait_for_function(
                    "before => { const m = document.body.innerText.match(/\\d+ of \\d+ points/);"
                    " return m && !before.includes(m[0] + ' from'); }",
                    arg=before, timeout=60_000)
                page.locator("[data-testid='stStatusWidget']").wait_for(state="hidden",
                                                                        timeout=60_000)
                frame.locator(".leaflet-marker-icon").first.wait_for(state="attached",
                                                                     timeout=60_000)
                slider_times.append(time.perf_counter() - t0)
            browser.close()
        return first_map, slider_times, shown
    finally:
        server.terminate()
        server.wait(timeout=20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=2000)
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} missing: apt-get install chromium")
    seeds = config.corpus_dir()
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        big = Path(tmp) / "corpus"
        big.mkdir()
        files = sorted(seeds.glob("*.txt"))
        copies = max(1, args.events // 40 + 1)  # the seeds give about 40 map points per 5 articles
        for n in range(copies):
            for f in files:
                shutil.copy(f, big / f"{n:04d}_{f.name}")
        for label, corpus in (("seed corpus", seeds), (f"{copies * len(files)} articles", big)):
            first, slider, shown = run_once(corpus, cache)
            print(f"{label:>14}: first map {first:5.1f} s (target < 10), slider re-render "
                  f"median {statistics.median(slider):.2f} s, max {max(slider):.2f} s "
                  f"(target < 1.5) with {shown} points shown")


if __name__ == "__main__":
    main()

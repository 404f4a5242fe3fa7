"""Articles by URL (online only, off by default like geocoding).

trafilatura's fetcher with a timeout and a polite user agent, one request at a time, pages
cached on disk so a link is fetched once ever. Only pages are cached: a link that gave no page
(offline, a timeout, a 404) is not stored and is asked again next time. Tests hand in a fake
``fetch``: nothing here is reached without ``--online``.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

USER_AGENT = "karabakh-claims-map/0.1 (conflict research; one request at a time)"
TIMEOUT_SECONDS = 20


class FetchError(Exception):
    """A link that gave no page; str() is one line."""


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


class PageFetcher:
    """``fetch(url) -> (status, html) or None`` behind a lock, a delay and a SQLite cache."""

    def __init__(self, cache_path: Path, fetch: Callable[[str], tuple[int, str] | None] | None = None,
                 min_delay_seconds: float = 1.0):
        self._fetch = fetch or _trafilatura_fetch
        self._lock = threading.Lock()
        self._delay, self._last = min_delay_seconds, 0.0
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(cache_path, check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS pages (url TEXT PRIMARY KEY, html TEXT, fetched REAL)")
        self.asked = 0

    def page(self, url: str) -> str:
        row = self._db.execute("SELECT html FROM pages WHERE url = ?", (url,)).fetchone()
        if row is not None:
            return row[0]
        with self._lock:  # one request at a time, and a pause between them
            time.sleep(max(0.0, self._last + self._delay - time.monotonic()))
            self.asked += 1
            answer = self._fetch(url)
            self._last = time.monotonic()
        if answer is None:
            raise FetchError(f"{url}: no answer (offline, or the site did not respond in {TIMEOUT_SECONDS} s)")
        status, html = answer
        if status != 200 or not html:
            raise FetchError(f"{url}: the site answered {status}, not a page")
        self._db.execute("INSERT OR REPLACE INTO pages VALUES (?, ?, ?)", (url, html, time.time()))
        self._db.commit()
        return html


def _trafilatura_fetch(url: str) -> tuple[int, str] | None:
    from trafilatura.downloads import fetch_response
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "DOWNLOAD_TIMEOUT", str(TIMEOUT_SECONDS))
    config.set("DEFAULT", "USER_AGENTS", USER_AGENT)
    response = fetch_response(url, decode=True, config=config)
    if response is None:
        return None
    return response.status, response.html or ""
